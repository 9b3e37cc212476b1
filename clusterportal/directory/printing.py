"""The directory's print view: every cluster of the current filter selection in one
compact table (name, country, city, sectors, label, website), without the filter form.

``/<lang>/clusters/print/?<the directory's query string>``: the same filters and order as
the directory (its view and FilterSet, whatever parameters they read), all pages at once,
at most ``PRINT_MAX_ROWS`` rows with a note when there are more. The rows come with their
sectors and labels prefetched, so the page costs the same few queries at any size.
"""

from django.urls import reverse

from clusterportal.directory.views import ClusterListView

# A printed list longer than this is no longer read; the open data exports hold the rest.
PRINT_MAX_ROWS = 2000


class ClusterPrintView(ClusterListView):
    template_name = "clusters/cluster_print.html"
    paginate_by = None
    # No downloads from here: ``?format=`` is the directory's own business.
    export_columns = []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = list(self.object_list[: PRINT_MAX_ROWS + 1])
        capped = len(rows) > PRINT_MAX_ROWS
        query = self.request.GET.copy()
        query.pop("page", None)
        encoded = query.urlencode()
        list_url = reverse("clusters:cluster-list")
        context.update(
            rows=rows[:PRINT_MAX_ROWS],
            count=self.object_list.count() if capped else len(rows),
            capped=capped,
            max_rows=PRINT_MAX_ROWS,
            list_url=f"{list_url}?{encoded}" if encoded else list_url,
        )
        return context
