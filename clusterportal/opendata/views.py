"""The open data page: what can be downloaded, in which formats, under which licence.

The columns it documents are the list views' own declarations (``export_columns``), so
the page cannot drift from what the downloads hold.
"""

import dataclasses

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from alliance.views import AssociationListView, EventListView
from clusterportal.countries.views import CountryListView
from clusterportal.directory.views import ClusterListView
from clusterportal.opendata.feeds import FEED_ITEMS
from core.listing import EXPORT_FORMATS, EXPORT_MAX_ROWS
from programmes.views import CallListView, ProgrammeListView, ProjectListView


@dataclasses.dataclass(frozen=True)
class Dataset:
    """One downloadable list: its page, its view (with the columns) and its feed."""

    key: str
    title: str
    url_name: str
    view: type
    feed_url_name: str = ""
    feed_title: str = ""

    @property
    def columns(self):
        return self.view.export_columns

    @property
    def url(self) -> str:
        return reverse(self.url_name)

    @property
    def downloads(self) -> list[tuple[str, str]]:
        return [(kind.upper(), f"{self.url}?format={kind}") for kind in EXPORT_FORMATS]

    @property
    def feed_url(self) -> str:
        return reverse(self.feed_url_name) if self.feed_url_name else ""


DATASETS = [
    Dataset("clusters", _("Clusters"), "clusters:cluster-list", ClusterListView),
    Dataset(
        "associations",
        _("Associations and networks"),
        "alliance:association-list",
        AssociationListView,
    ),
    Dataset("programmes", _("EU programmes"), "programmes:programme-list", ProgrammeListView),
    Dataset(
        "projects",
        _("International projects"),
        "programmes:project-list",
        ProjectListView,
        "opendata:feed-projects",
        _("New projects"),
    ),
    Dataset(
        "events",
        _("Events"),
        "alliance:event-list",
        EventListView,
        "opendata:feed-events",
        _("Upcoming events"),
    ),
    Dataset("countries", _("Countries"), "countries:country-list", CountryListView),
    Dataset(
        "calls",
        _("Calls for proposals"),
        "programmes:call-list",
        CallListView,
        "opendata:feed-calls",
        _("Open calls"),
    ),
]


class OpenDataView(TemplateView):
    template_name = "opendata/index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        absolute = self.request.build_absolute_uri
        context["datasets"] = [
            {
                "dataset": dataset,
                "downloads": [(kind, absolute(url)) for kind, url in dataset.downloads],
                "feed_url": absolute(dataset.feed_url) if dataset.feed_url_name else "",
            }
            for dataset in DATASETS
        ]
        context["feeds"] = [row for row in context["datasets"] if row["feed_url"]]
        context["max_rows"] = EXPORT_MAX_ROWS
        context["feed_items"] = FEED_ITEMS
        return context
