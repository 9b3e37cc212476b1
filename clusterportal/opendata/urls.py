from django.urls import path

from clusterportal.opendata import feeds, views

app_name = "opendata"
urlpatterns = [
    path("", views.OpenDataView.as_view(), name="index"),
    path("feeds/projects/", feeds.NewProjectsFeed(), name="feed-projects"),
    path("feeds/events/", feeds.UpcomingEventsFeed(), name="feed-events"),
    path("feeds/calls/", feeds.OpenCallsFeed(), name="feed-calls"),
]
