from django.urls import path

from clusterportal.publication import views

app_name = "publication"
urlpatterns = [path("", views.PublicationView.as_view(), name="catalogue")]
