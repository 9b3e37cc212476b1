"""Per-country pages: every country with published content, and one country's view.

Addressed by lower-case ISO 3166 alpha-2 code: /<lang>/countries/lt/.
"""

from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from django_countries import countries
from django_countries.fields import Country

from alliance.models import Association, Event
from clusters.models import Cluster
from core import datacache
from core.listing import ExportableListMixin, ExportColumn, name_key, translated
from programmes.models import Participation, Project

# A country page shows this many of each; the filtered list pages show them all.
CLUSTERS_SHOWN = 24
PROJECTS_SHOWN = 20
EVENTS_SHOWN = 20


def country_counts() -> dict[str, dict[str, int]]:
    """code → {"clusters", "associations", "projects", "events"}, from the data cache.

    Each count is a grouped query over every published record: run once per data
    version, not on every request (an edit bumps the version, so it shows at once).
    """
    return datacache.cached("countries:counts", count_per_country)


def count_per_country() -> dict[str, dict[str, int]]:
    """code → {"clusters", "associations", "projects", "events"}: one grouped query each."""
    counts: dict[str, dict[str, int]] = {}

    def add(kind, rows):
        for code, number in rows:
            if code:
                counts.setdefault(
                    code, {"clusters": 0, "associations": 0, "projects": 0, "events": 0}
                )[kind] = number

    def grouped(queryset, field="country"):
        return queryset.order_by().values(field).annotate(n=Count("pk")).values_list(field, "n")

    add("clusters", grouped(Cluster.objects.published()))
    add("associations", grouped(Association.objects.published()))
    add("events", grouped(Event.objects.published()))
    add("projects", Participation.objects.published().projects_per_country().items())
    return counts


def country_rows() -> list[dict]:
    """One row per country with published content: Lithuania first, then by name."""
    rows = [
        {"country": Country(code), **numbers}
        for code, numbers in country_counts().items()
        if countries.name(code)
    ]
    rows.sort(key=lambda row: (row["country"].code != "LT", name_key(row["country"].name)))
    return rows


def _count(kind: str) -> ExportColumn:
    return ExportColumn(kind, lambda row: row[kind], COUNT_HELP[kind])


COUNT_HELP = {
    "clusters": _("Published clusters."),
    "associations": _("Published associations and networks."),
    "projects": _("Projects with a participant from the country."),
    "events": _("Published events held there."),
}


class CountryListView(ExportableListMixin, TemplateView):
    template_name = "countries/country_list.html"
    export_name = "countries"
    export_columns = [
        ExportColumn("country", lambda row: row["country"].code, _("ISO 3166-1 alpha-2 code.")),
        ExportColumn("name", lambda row: row["country"].name, _("Name.")),
        *[_count(kind) for kind in COUNT_HELP],
        ExportColumn(
            "url",
            lambda row: reverse(
                "countries:country-detail", kwargs={"code": row["country"].code.lower()}
            ),
            _("Its page on this portal."),
            absolute=True,
        ),
    ]

    def export_records(self):
        rows = country_rows()
        return len(rows), rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = country_rows()
        return context


class CountryDetailView(TemplateView):
    template_name = "countries/country_detail.html"

    def get(self, request, *args, **kwargs):
        code = kwargs["code"]
        if code != code.lower():
            return redirect("countries:country-detail", code=code.lower(), permanent=True)
        if code.upper() not in countries:
            raise Http404("No such country.")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        code = kwargs["code"].upper()
        context["country"] = Country(code)
        context["associations"] = (
            Association.objects.published()
            .filter(country=code)
            .with_member_count()
            .order_by("-eca_member", translated("name"), "pk")
        )
        clusters = Cluster.objects.published().in_country(code)
        by_name = clusters.for_list().order_by(translated("name"), "pk")
        context["clusters"] = by_name[:CLUSTERS_SHOWN]
        context["cluster_count"] = clusters.count()
        projects = Project.objects.published().with_participant_in(code)
        newest = projects.for_list().with_partner_count().newest_first()
        context["projects"] = newest[:PROJECTS_SHOWN]
        context["project_count"] = projects.count()
        events = Event.objects.published().filter(country=code)
        context["events"] = events.for_list().upcoming_first()[:EVENTS_SHOWN]
        context["event_count"] = events.count()
        context["directory_url"] = reverse("clusters:cluster-list") + f"?country={code}"
        return context
