from django.urls import path

from clusterportal.directory import printing, views

# The namespace says what the pages are (clusters), wherever their code lives.
app_name = "clusters"
urlpatterns = [
    path("", views.ClusterListView.as_view(), name="cluster-list"),
    path("print/", printing.ClusterPrintView.as_view(), name="cluster-print"),
    path("<slug:slug>/", views.ClusterDetailView.as_view(), name="cluster-detail"),
]
