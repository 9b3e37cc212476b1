from django.db.models import Count, F, Prefetch
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from core import datacache
from core.content import published_q
from core.listing import (
    DATE_PRECISION_COLUMN,
    ExportableListMixin,
    ExportColumn,
    FilteredListView,
    country_choices,
    record_columns,
)
from programmes.filters import CallFilter, ProjectFilter
from programmes.models import (
    Action,
    Call,
    CallStatus,
    Participation,
    Programme,
    Project,
    Report,
    Role,
)

# A programme page shows this many projects per action (the newest), with a link to the
# project list filtered by the action, which shows them all.
PROJECTS_PER_ACTION = 3


class ProgrammeListView(ExportableListMixin, ListView):
    template_name = "programmes/programme_list.html"
    export_name = "programmes"
    export_columns = [
        ExportColumn("slug", "slug", _("Identifier of the programme on this portal.")),
        ExportColumn("name", "name", _("Name.")),
        ExportColumn("acronym", "acronym", _("Acronym.")),
        ExportColumn("start_year", "start_year", _("First year of the programme period.")),
        ExportColumn("end_year", "end_year", _("Last year of the programme period.")),
        ExportColumn("managing_body", "managing_body", _("Managing body.")),
        ExportColumn("legal_basis", "legal_basis", _("Legal basis.")),
        ExportColumn("link", "link", _("The programme's official page.")),
        ExportColumn("actions", "actions", _("Its actions.")),
        ExportColumn(
            "project_count", "project_count", _("International projects on this portal.")
        ),
        *record_columns(verified=False),
    ]

    def get_queryset(self):
        return Programme.objects.annotate(
            project_count=Count(
                "actions__projects", filter=published_q("actions__projects"), distinct=True
            )
        ).prefetch_related(Prefetch("actions", queryset=Action.objects.order_by("name", "pk")))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["reports"] = Report.objects.prefetch_related(
            Prefetch("actions", queryset=Action.objects.select_related("programme"))
        )
        return context


def programme_summary(programme) -> dict:
    """What a programme page counts, as plain values for the data cache: each action's
    published projects (``counts``: action pk → number) and the newest
    ``PROJECTS_PER_ACTION`` of them (``shown``: action pk → project pks, in order), and
    the participants' countries (``countries``: code → projects)."""
    published = Project.objects.published().filter(action__programme=programme)
    counts = dict(
        published.order_by().values("action").annotate(n=Count("pk")).values_list("action", "n")
    )
    shown = {
        action: list(
            published.filter(action=action)
            .newest_first()
            .values_list("pk", flat=True)[:PROJECTS_PER_ACTION]
        )
        for action in counts
    }
    countries = (
        Participation.objects.published()
        .filter(project__action__programme=programme)
        .projects_per_country()
    )
    return {"counts": counts, "shown": shown, "countries": countries}


class ProgrammeDetailView(DetailView):
    template_name = "programmes/programme_detail.html"

    def get_queryset(self):
        actions = Action.objects.order_by("name", "pk").prefetch_related(
            Prefetch("calls", queryset=Call.objects.open_first())
        )
        return Programme.objects.prefetch_related(Prefetch("actions", queryset=actions))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        programme = self.object
        # The counts and the newest projects' ids grow with the data: they come from the
        # data cache (fresh after every edit); a request reads the shown projects only.
        summary = datacache.cached(
            f"programmes:summary:{programme.pk}", lambda: programme_summary(programme)
        )
        ids = [pk for pks in summary["shown"].values() for pk in pks]
        projects = Project.objects.published().for_list().in_bulk(ids) if ids else {}
        for action in programme.actions.all():
            action.project_count = summary["counts"].get(action.pk, 0)
            action.shown_projects = [
                projects[pk] for pk in summary["shown"].get(action.pk, []) if pk in projects
            ]
        context["reports"] = (
            Report.objects.filter(actions__programme=programme)
            .distinct()
            .order_by(F("year").desc(nulls_last=True), "title", "pk")
        )
        counts = summary["countries"]
        context["countries"] = [
            (code, name, counts[code]) for code, name in country_choices(counts)
        ]
        return context


PROGRAMME_COLUMNS = [
    ExportColumn("programme", "action.programme.name", _("Programme.")),
    ExportColumn("programme_slug", "action.programme.slug", _("Identifier of the programme.")),
    ExportColumn("action", "action.name", _("Action (the programme's strand or topic).")),
    ExportColumn("action_slug", "action.slug", _("Identifier of the action.")),
]


class ProjectListView(ExportableListMixin, FilteredListView):
    template_name = "programmes/project_list.html"
    filterset_class = ProjectFilter
    export_name = "projects"
    export_columns = [
        ExportColumn("slug", "slug", _("Identifier of the project on this portal.")),
        ExportColumn("title", "title", _("Title.")),
        ExportColumn("acronym", "acronym", _("Acronym.")),
        *PROGRAMME_COLUMNS,
        ExportColumn("call", "call.identifier", _("Identifier of the call it was funded by.")),
        ExportColumn(
            "call_inferred", "call_inferred", _("True when the sources do not name the call.")
        ),
        ExportColumn("start_date", "start_date", _("Start (ISO 8601 date).")),
        ExportColumn("end_date", "end_date", _("End (ISO 8601 date).")),
        DATE_PRECISION_COLUMN,
        ExportColumn("duration_months", "duration_months", _("Duration in months.")),
        ExportColumn("budget_total", "budget_total", _("Total budget in euros.")),
        ExportColumn("eu_contribution", "eu_contribution", _("EU contribution in euros.")),
        ExportColumn("partner_count", "partner_count", _("Participants named on this portal.")),
        ExportColumn("grant_agreement", "grant_agreement", _("Grant agreement number.")),
        ExportColumn("project_number", "project_number", _("Project number.")),
        ExportColumn("website", "website", _("The project's website.")),
        *record_columns(),
    ]

    def get_base_queryset(self):
        return Project.objects.published().for_list().with_partner_count().newest_first()


ROLE_ORDER = {Role.COORDINATOR: 0, Role.PARTNER: 1, Role.ASSOCIATED: 2}


def partners_by_country(participations) -> list[dict]:
    """Participants grouped by country (by name), coordinator first within each."""
    groups = {}
    for participation in participations:
        country = participation.country
        groups.setdefault(country.code, {"country": country, "participants": []})
        groups[country.code]["participants"].append(participation)
    coordinator_country = next(
        (p.country.code for p in participations if p.role == Role.COORDINATOR), None
    )
    for group in groups.values():
        group["participants"].sort(
            key=lambda p: (ROLE_ORDER.get(p.role, 9), p.participant_name.casefold())
        )
    return sorted(
        groups.values(),
        key=lambda g: (g["country"].code != coordinator_country, g["country"].name),
    )


class ProjectDetailView(DetailView):
    template_name = "programmes/project_detail.html"

    def get_queryset(self):
        # Draft clusters stay out of sight: only published ones and named organisations.
        visible = Participation.objects.published().with_country().select_related("cluster")
        return (
            Project.objects.published()
            .select_related("action__programme", "call")
            .prefetch_related(
                Prefetch("participations", queryset=visible, to_attr="visible_participations")
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = partners_by_country(self.object.visible_participations)
        context["partner_groups"] = groups
        context["country_count"] = len(groups)
        return context


class CallListView(ExportableListMixin, FilteredListView):
    template_name = "programmes/call_list.html"
    filterset_class = CallFilter
    paginate_by = 50
    export_name = "calls"
    export_columns = [
        ExportColumn("identifier", "identifier", _("The call's official identifier.")),
        ExportColumn("title", "title", _("Title.")),
        *PROGRAMME_COLUMNS,
        ExportColumn("year", "year", _("Year of the call.")),
        ExportColumn("opens", "opens", _("Opening date (ISO 8601).")),
        ExportColumn("deadline", "deadline", _("Deadline (ISO 8601 date).")),
        ExportColumn(
            "second_deadline", "second_deadline", _("Second-stage deadline (ISO 8601 date).")
        ),
        ExportColumn(
            "status",
            "status",
            _("Status on the day of the download, from the dates."),
            choices=CallStatus.choices,
        ),
        ExportColumn("budget", "budget", _("Budget in euros.")),
        ExportColumn("max_grant", "max_grant", _("Maximum grant per project in euros.")),
        ExportColumn("expected_projects", "expected_projects", _("Projects expected.")),
        ExportColumn("link", "link", _("The call's official page.")),
        *record_columns(verified=False),
    ]

    def get_base_queryset(self):
        return Call.objects.for_list().open_first()
