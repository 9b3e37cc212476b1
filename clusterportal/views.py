import sys

from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from alliance.models import Association
from clusters.models import Cluster
from core import datacache, search
from programmes.models import Call, Project


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
        context["numbers"] = datacache.cached("home:numbers", self.key_numbers)
        context["newest_projects"] = (
            Project.objects.published().real().for_list().order_by("-start_date")[:5]
        )
        context["open_calls"] = Call.objects.open().for_list()[:5]
        return context

    @staticmethod
    def key_numbers() -> dict:
        """Counts of the real, published dataset (kept until the data changes)."""
        clusters = Cluster.objects.published().real()
        return {
            "clusters": clusters.count(),
            "lithuanian_clusters": clusters.filter(country="LT").count(),
            "associations": Association.objects.published().real().count(),
            "countries": clusters.values("country").distinct().count(),
            "projects": Project.objects.published().real().count(),
        }


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
