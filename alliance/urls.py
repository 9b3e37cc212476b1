from django.urls import path

from alliance import views

app_name = "alliance"
urlpatterns = [
    path("associations/", views.AssociationListView.as_view(), name="association-list"),
    path(
        "associations/<slug:slug>/",
        views.AssociationDetailView.as_view(),
        name="association-detail",
    ),
    path("events/", views.EventListView.as_view(), name="event-list"),
    path("events/<slug:slug>/", views.EventDetailView.as_view(), name="event-detail"),
]
