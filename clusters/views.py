from django.views.generic import DetailView, ListView

from clusters.models import Cluster


class ClusterListView(ListView):
    template_name = "clusters/cluster_list.html"
    paginate_by = 24

    def get_queryset(self):
        return Cluster.objects.published().for_list().order_by("name")


class ClusterDetailView(DetailView):
    template_name = "clusters/cluster_detail.html"

    def get_queryset(self):
        return Cluster.objects.published().for_list()
