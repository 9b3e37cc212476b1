"""GET filter forms of the association and event lists (django-filter)."""

import django_filters
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from alliance.models import Association, AssociationKind, Event, EventKind
from core.listing import YES_NO, cached_choices, published_countries, translated


class AssociationFilter(django_filters.FilterSet):
    country = django_filters.ChoiceFilter(label=_("Country"), empty_label=_("Any country"))
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=AssociationKind.choices, empty_label=_("Any kind")
    )
    eca = django_filters.ChoiceFilter(
        label=_("Member of the European Clusters Alliance"),
        choices=YES_NO,
        empty_label=_("Either"),
        method="filter_eca",
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=[
            ("name", _("Name")),
            ("country", _("Country")),
            ("members", _("Most member clusters")),
            ("founded", _("Oldest first")),
        ],
        empty_label=_("ECA members first"),
        method="sort_by",
    )

    class Meta:
        model = Association
        fields = ["country", "kind", "eca"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["country"].extra["choices"] = cached_choices(
            "associations:country", lambda: published_countries(Association.objects)
        )

    def filter_eca(self, queryset, name, value):
        return queryset.filter(eca_member=value == "yes")

    def sort_by(self, queryset, name, value):
        orderings = {
            "name": [translated("name"), "pk"],
            "country": ["country", translated("name"), "pk"],
            "members": ["-member_count", translated("name"), "pk"],
            "founded": [F("founded_year").asc(nulls_last=True), translated("name"), "pk"],
        }
        return queryset.order_by(*orderings[value])


class EventFilter(django_filters.FilterSet):
    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=[("upcoming", _("Upcoming")), ("past", _("Past"))],
        empty_label=_("Upcoming and past"),
        method="filter_when",
    )
    country = django_filters.ChoiceFilter(label=_("Country"), empty_label=_("Any country"))
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=EventKind.choices, empty_label=_("Any kind")
    )

    class Meta:
        model = Event
        fields = ["when", "country", "kind"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["country"].extra["choices"] = cached_choices(
            "events:country", lambda: published_countries(Event.objects)
        )

    def filter_when(self, queryset, name, value):
        return queryset.upcoming() if value == "upcoming" else queryset.past()
