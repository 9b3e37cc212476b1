import sys

from django.db import InterfaceError, OperationalError, connection
from django.db.models import Exists, OuterRef
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import npgettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from alliance.models import Association, Event
from clusters.models import Cluster, LabelLevel
from core import datacache, search
from core.content import today
from programmes.models import Call, Participation, Project


@require_GET
def root_redirect(request) -> HttpResponse:
    """Send ``/`` to the home page in the visitor's language (Lithuanian by default)."""
    language = translation.get_language_from_request(request, check_path=False)
    with translation.override(language):
        return HttpResponseRedirect(reverse("home"))


@never_cache
@require_GET
def healthz(request) -> HttpResponse:
    """200 when the database answers, 503 when it does not (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any database failure means "not healthy"
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Open calls and upcoming events change with the date, not only with the data.
        numbers = datacache.cached(f"home:numbers:{today().isoformat()}", self.key_numbers)
        context["numbers"] = numbers
        context["figures"] = self.figures(numbers)
        context["newest_projects"] = (
            Project.objects.published().real().for_list().order_by("-start_date")[:5]
        )
        context["open_calls"] = Call.objects.open().for_list()[:5]
        return context

    @staticmethod
    def key_numbers() -> dict:
        """Counts of the real, published dataset (kept until the data changes).

        Each is the length of the list its figure links to, when that list holds no demo
        records: ``gold_clusters`` and ``clusters_with_projects`` say whether those lists
        are empty, counting what the list shows (demo records too).
        """
        clusters = Cluster.objects.published().real()
        return {
            "clusters": clusters.count(),
            "lithuanian_clusters": clusters.filter(country="LT").count(),
            "associations": Association.objects.published().real().count(),
            "countries": len(real_countries()),
            "projects": Project.objects.published().real().count(),
            "open_calls": Call.objects.open().count(),
            "upcoming_events": Event.objects.published().real().upcoming().count(),
            "gold_clusters": Cluster.objects.published().labelled(LabelLevel.GOLD).count(),
            "clusters_with_projects": Cluster.objects.published()
            .filter(Exists(Participation.objects.published().filter(cluster=OuterRef("pk"))))
            .count(),
        }

    @staticmethod
    def figures(numbers: dict) -> list[dict]:
        """The key figures in order, each with the list it counts (``url`` is None when that
        list would be empty: a link is never offered to nothing)."""
        clusters = reverse("clusters:cluster-list")
        n = numbers
        figures = [
            ("clusters", clusters, npgettext("home number", "cluster", "clusters", n["clusters"])),
            (
                "lithuanian_clusters",
                clusters + "?" + urlencode({"country": "LT"}),
                npgettext(
                    "home number",
                    "Lithuanian cluster",
                    "Lithuanian clusters",
                    n["lithuanian_clusters"],
                ),
            ),
            (
                "associations",
                reverse("alliance:association-list"),
                npgettext(
                    "home number",
                    "association or network",
                    "associations and networks",
                    n["associations"],
                ),
            ),
            (
                "countries",
                reverse("countries:country-list"),
                npgettext("home number", "country", "countries", n["countries"]),
            ),
            (
                "projects",
                reverse("programmes:project-list"),
                npgettext(
                    "home number", "international project", "international projects", n["projects"]
                ),
            ),
            (
                "open_calls",
                reverse("programmes:call-list") + "?" + urlencode({"status": "open"}),
                npgettext("home number", "open call", "open calls", n["open_calls"]),
            ),
            (
                "upcoming_events",
                reverse("alliance:event-list") + "?" + urlencode({"when": "upcoming"}),
                npgettext(
                    "home number", "upcoming event", "upcoming events", n["upcoming_events"]
                ),
            ),
        ]
        return [
            {"key": key, "count": n[key], "label": label, "url": url if n[key] else None}
            for key, url, label in figures
        ]


def real_countries() -> set[str]:
    """Codes of the countries the countries page lists, from real records only: those of
    published clusters, associations and events, and of project participants."""
    codes: set[str] = set()
    for model in (Cluster, Association, Event):
        rows = model.objects.published().real().order_by().values_list("country", flat=True)
        codes.update(rows.distinct())
    participations = Participation.objects.published().filter(project__is_demo=False)
    codes.update(participations.projects_per_country())
    return {code for code in codes if code}


class SearchView(TemplateView):
    """``/<lang>/search/?q=``: matches grouped by kind, with counts (see core.search)."""

    template_name = "search.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.get("q", "")[: search.MAX_QUERY_LENGTH].replace("\x00", "")
        words = search.terms(query)
        groups = []
        if words:
            results = search.search(query, translation.get_language())
            for key, hits in results.items():
                more_url = None
                if key == "clusters" and hits.total > len(hits):
                    more_url = reverse("clusters:cluster-list") + "?" + urlencode({"q": query})
                groups.append(
                    {
                        "key": key,
                        "label": search.kinds()[key].label,
                        "hits": hits,
                        "more_url": more_url,
                    }
                )
        context.update(
            search_query=query,
            searched=bool(words),
            groups=groups,
            total=sum(group["hits"].total for group in groups),
        )
        return context


# Errors of the database connection (it is down, unreachable, or refuses connections):
# the portal is temporarily unavailable, not broken.
UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def server_error(request) -> HttpResponse:
    """handler500: "temporarily unavailable" (503) when the database cannot be reached,
    else the plain server error page; neither needs the database to render.

    Django calls it while handling the exception, which ``sys.exc_info()`` still holds,
    whether the error came from a view, a template or a middleware.
    """
    error = sys.exc_info()[1]
    if isinstance(error, UNAVAILABLE):
        response = render(request, "503.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())
