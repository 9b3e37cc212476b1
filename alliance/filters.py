"""GET filter forms of the association and event lists (django-filter)."""

import django_filters
from django.db.models import Case, Count, F, IntegerField, Q, Value, When
from django.utils.translation import gettext_lazy as _

from alliance.models import Association, AssociationKind, Event, EventKind
from core import datacache
from core.content import PublicationStatus
from core.listing import country_choices, translated

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


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
        codes = (
            Association.objects.published().exclude(country="").values_list("country", flat=True)
        )
        self.filters["country"].extra["choices"] = datacache.cached(
            "associations:country", lambda: country_choices(codes.distinct())
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


def published_member_count():
    """Per association: how many published clusters are its members."""
    return Count(
        "memberships",
        filter=Q(memberships__cluster__status=PublicationStatus.PUBLISHED),
    )


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
        codes = Event.objects.published().exclude(country="").values_list("country", flat=True)
        self.filters["country"].extra["choices"] = datacache.cached(
            "events:country", lambda: country_choices(codes.distinct())
        )

    def filter_when(self, queryset, name, value):
        return queryset.filter(pk__in=getattr(Event.objects, value)().values("pk"))


def upcoming_first(queryset):
    """Upcoming events soonest first, then past ones latest first, undated ones last."""
    upcoming = Event.objects.upcoming().values("pk")
    return queryset.annotate(
        is_upcoming=Case(
            When(pk__in=upcoming, then=Value(1)), default=Value(0), output_field=IntegerField()
        ),
        upcoming_start=Case(When(pk__in=upcoming, then=F("start_date"))),
        past_start=Case(When(~Q(pk__in=upcoming), then=F("start_date"))),
    ).order_by(
        "-is_upcoming",
        F("upcoming_start").asc(nulls_last=True),
        F("past_start").desc(nulls_last=True),
        "title",
        "pk",
    )
