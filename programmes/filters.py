"""GET filter forms of the project and call lists (django-filter)."""

import django_filters
from django.db.models import Case, Count, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from core import datacache
from core.content import PublicationStatus, published_q, today
from core.listing import country_choices, translated
from programmes.models import Action, Call, Participation, Programme, Project


def programme_choices():
    return [(p.slug, str(p)) for p in Programme.objects.order_by("name", "pk")]


def action_choices():
    return [
        (action.slug, f"{action} ({action.programme})")
        for action in Action.objects.select_related("programme").order_by(
            "programme__name", "name", "pk"
        )
    ]


def participant_countries(projects=None):
    """Visible participations with the participant's country (its cluster's, or the
    organisation's); participations of draft clusters stay out of sight."""
    participations = Participation.objects.filter(
        Q(cluster__isnull=True) | Q(cluster__status=PublicationStatus.PUBLISHED)
    )
    if projects is not None:
        participations = participations.filter(project__in=projects)
    return participations.annotate(
        participant_country=Case(
            When(cluster__isnull=False, then=F("cluster__country")),
            default=F("organisation_country"),
        )
    )


def running_q(now) -> Q:
    """A project is running from its start to its end date (both known)."""
    return Q(start_date__lte=now, end_date__gte=now)


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
        published = Project.objects.published()
        self.filters["programme"].extra["choices"] = programme_choices()
        self.filters["action"].extra["choices"] = action_choices()
        codes = (
            participant_countries(published)
            .values_list("participant_country", flat=True)
            .distinct()
        )
        # Option lists scan every project: kept until the data changes (facets).
        self.filters["country"].extra["choices"] = datacache.cached(
            "projects:country", lambda: country_choices(codes)
        )
        self.filters["year"].extra["choices"] = datacache.cached(
            "projects:year",
            lambda: [
                (str(d.year), str(d.year))
                for d in published.dates("start_date", "year", order="DESC")
            ],
        )

    def filter_country(self, queryset, name, value):
        projects = participant_countries().filter(participant_country=value)
        return queryset.filter(pk__in=projects.values("project_id"))

    def filter_status(self, queryset, name, value):
        now = today()
        if value == "running":
            return queryset.filter(running_q(now))
        return queryset.filter(end_date__lt=now)

    def sort_by(self, queryset, name, value):
        orderings = {
            "oldest": [F("start_date").asc(nulls_last=True), translated("title"), "pk"],
            "title": [translated("title"), "pk"],
            "partners": ["-partner_count", translated("title"), "pk"],
        }
        return queryset.order_by(*orderings[value])


def partner_count():
    """Per project: its visible participants (draft clusters left out).

    A correlated subquery rather than a join with GROUP BY: grouping by every column of
    the project row made the project list grow slow with the data.
    """
    visible = (
        Participation.objects.filter(project=OuterRef("pk"))
        .filter(Q(cluster__isnull=True) | published_q("cluster"))
        .order_by()
        .values("project")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(visible, output_field=IntegerField()), Value(0))


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
        self.filters["programme"].extra["choices"] = programme_choices()
        self.filters["action"].extra["choices"] = action_choices()

    def filter_status(self, queryset, name, value):
        return queryset.filter(pk__in=getattr(Call.objects, value)().values("pk"))


def open_first(queryset):
    """Open calls (nearest deadline first), then upcoming, then closed (latest first)."""
    rank = Case(
        When(pk__in=Call.objects.open().values("pk"), then=Value(0)),
        When(pk__in=Call.objects.upcoming().values("pk"), then=Value(1)),
        When(pk__in=Call.objects.closed().values("pk"), then=Value(3)),
        default=Value(2),
        output_field=IntegerField(),
    )
    last_deadline = Case(
        When(second_deadline__isnull=False, then=F("second_deadline")), default=F("deadline")
    )
    return queryset.annotate(status_rank=rank, last_deadline_at=last_deadline).order_by(
        "status_rank",
        Case(When(status_rank__lte=1, then=F("last_deadline_at"))).asc(nulls_last=True),
        F("last_deadline_at").desc(nulls_last=True),
        F("year").desc(nulls_last=True),
        "identifier",
    )
