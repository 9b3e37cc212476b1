"""The sitemap: every published public page, in both languages with hreflang alternates.

Drafts and records under review are never listed; demo records are (they are public).
"""

from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_GET

from alliance.models import Association, Event
from clusterportal.countries.views import country_counts
from clusters.models import Cluster
from programmes.models import Programme, Project


class PortalSitemap(Sitemap):
    """Each item once per language (``/lt/…`` and ``/en/…``), each with both alternates."""

    i18n = True
    alternates = True
    x_default = True


class PageSitemap(PortalSitemap):
    priority = 0.8
    changefreq = "daily"

    def items(self):
        return [
            "home",
            "clusters:cluster-list",
            "alliance:association-list",
            "alliance:event-list",
            "programmes:programme-list",
            "programmes:project-list",
            "programmes:call-list",
            "countries:country-list",
            "partnersearch:builder",
            "publication:catalogue",
            "statistics:overview",
            "opendata:index",
        ]

    def location(self, item):
        return reverse(item)


class ModelSitemap(PortalSitemap):
    model = None
    changefreq = "weekly"

    def items(self):
        queryset = self.model.objects.all()
        if hasattr(queryset, "published"):
            queryset = queryset.published()
        return queryset.only("pk", "slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class ClusterSitemap(ModelSitemap):
    model = Cluster


class AssociationSitemap(ModelSitemap):
    model = Association


class EventSitemap(ModelSitemap):
    model = Event


class ProgrammeSitemap(ModelSitemap):
    model = Programme


class ProjectSitemap(ModelSitemap):
    model = Project


class CountrySitemap(PortalSitemap):
    changefreq = "weekly"

    def items(self):
        return sorted(code.lower() for code in country_counts())

    def location(self, item):
        return reverse("countries:country-detail", kwargs={"code": item})


sitemaps = {
    "pages": PageSitemap,
    "countries": CountrySitemap,
    "clusters": ClusterSitemap,
    "associations": AssociationSitemap,
    "programmes": ProgrammeSitemap,
    "projects": ProjectSitemap,
    "events": EventSitemap,
}


@require_GET
def robots_txt(request) -> HttpResponse:
    """Everything public may be crawled; the admin may not. Points to the sitemap."""
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    text = render_to_string("robots.txt", {"sitemap_url": sitemap_url}, request=request)
    return HttpResponse(text, content_type="text/plain; charset=utf-8")
