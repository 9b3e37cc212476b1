from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.static import serve

from clusterportal import admin_views, views
from clusterportal.favicon import favicon
from clusterportal.sitemaps import robots_txt, sitemaps

handler500 = "clusterportal.views.server_error"

urlpatterns = [
    path("", views.root_redirect, name="root"),
    path("healthz", views.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/data-report/", admin_views.data_report, name="admin-data-report"),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots"),
    path("favicon.ico", favicon, name="favicon"),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("clusters/", include("clusterportal.directory.urls")),
    path("search/", views.SearchView.as_view(), name="search"),
    path("", include("alliance.urls")),
    path("", include("programmes.urls")),
    path("countries/", include("clusterportal.countries.urls")),
    path("partner-search/", include("clusterportal.partnersearch.urls")),
    path("open-data/", include("clusterportal.opendata.urls")),
    path("statistics/", include("clusterportal.statistics.urls")),
    path("publication/", include("clusterportal.publication.urls")),
    prefix_default_language=True,
)

if settings.SERVE_MEDIA:
    # Logos uploaded in the admin; a front server or object storage may take over.
    media = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(
        re_path(rf"^{media}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )
