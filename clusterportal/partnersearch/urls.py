from django.urls import path

from clusterportal.partnersearch import views

app_name = "partnersearch"
urlpatterns = [path("", views.PartnerSearchView.as_view(), name="builder")]
