from django.urls import path

from clusters import views

app_name = "clusters"
urlpatterns = [
    path("", views.ClusterListView.as_view(), name="cluster-list"),
    path("<slug:slug>/", views.ClusterDetailView.as_view(), name="cluster-detail"),
]
