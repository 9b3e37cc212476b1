"""GET filter forms of the project and call lists (django-filter)."""

import django_filters
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from core.listing import by_name, cached_choices, country_choices, name_key, translated
from programmes.models import Action, Call, Participation, Programme, Project


def programme_options() -> list[tuple[str, str]]:
    return by_name((programme.slug, str(programme)) for programme in Programme.objects.all())


def action_options() -> list[tuple[str, str]]:
    """Actions grouped by programme: ``ECEP (COSME)``."""
    actions = sorted(
        Action.objects.select_related("programme"),
        key=lambda action: (name_key(action.programme), name_key(action)),
    )
    return [(action.slug, f"{action} ({action.programme})") for action in actions]


class ProjectFilter(django_filters.FilterSet):
    programme = django_filters.ChoiceFilter(
        label=_("Programme"), empty_label=_("Any programme"), field_name="action__programme__slug"
    )
    action = django_filters.ChoiceFilter(
        label=_("Action"), empty_label=_("Any action"), field_name="action__slug"
    )
    country = django_filters.ChoiceFilter(
        label=_("Country of a participant"), empty_label=_("Any country"), method="filter_country"
    )
    year = django_filters.ChoiceFilter(
        label=_("Start year"), empty_label=_("Any year"), field_name="start_date__year"
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("running", _("Running")), ("ended", _("Ended"))],
        empty_label=_("Running or ended"),
        method="filter_status",
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=[
            ("oldest", _("Oldest first")),
            ("title", _("Title")),
            ("partners", _("Most partners")),
        ],
        empty_label=_("Newest first"),
        method="sort_by",
    )

    class Meta:
        model = Project
        fields = ["programme", "action", "country", "year", "status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        options = {
            "programme": programme_options,
            "action": action_options,
            "country": self.country_options,
            "year": self.year_options,
        }
        for name, compute in options.items():
            self.filters[name].extra["choices"] = cached_choices(f"projects:{name}", compute)

    @staticmethod
    def country_options():
        return country_choices(Participation.objects.published().projects_per_country())

    @staticmethod
    def year_options():
        years = Project.objects.published().dates("start_date", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def filter_country(self, queryset, name, value):
        return queryset.with_participant_in(value)

    def filter_status(self, queryset, name, value):
        return queryset.running() if value == "running" else queryset.ended()

    def sort_by(self, queryset, name, value):
        orderings = {
            "oldest": [F("start_date").asc(nulls_last=True), translated("title"), "pk"],
            "title": [translated("title"), "pk"],
            "partners": ["-partner_count", translated("title"), "pk"],
        }
        return queryset.order_by(*orderings[value])


class CallFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("open", _("Open")), ("upcoming", _("Upcoming")), ("closed", _("Closed"))],
        empty_label=_("Any status"),
        method="filter_status",
    )
    programme = django_filters.ChoiceFilter(
        label=_("Programme"), empty_label=_("Any programme"), field_name="action__programme__slug"
    )
    action = django_filters.ChoiceFilter(
        label=_("Action"), empty_label=_("Any action"), field_name="action__slug"
    )

    class Meta:
        model = Call
        fields = ["status", "programme", "action"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["programme"].extra["choices"] = cached_choices(
            "calls:programme", programme_options
        )
        self.filters["action"].extra["choices"] = cached_choices("calls:action", action_options)

    def filter_status(self, queryset, name, value):
        return getattr(queryset, value)()
