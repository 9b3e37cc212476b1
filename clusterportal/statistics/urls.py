from django.urls import path

from clusterportal.statistics import views

app_name = "statistics"
urlpatterns = [path("", views.StatisticsView.as_view(), name="overview")]
