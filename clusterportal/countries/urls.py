from django.urls import path, re_path

from clusterportal.countries import views

app_name = "countries"
urlpatterns = [
    path("", views.CountryListView.as_view(), name="country-list"),
    re_path(r"^(?P<code>[A-Za-z]{2})/$", views.CountryDetailView.as_view(), name="country-detail"),
]
