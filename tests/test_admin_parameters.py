"""Odd parameters in admin addresses are a 4xx or the page without them, never a 500."""

import pytest

from clusters.models import Cluster, Label
from programmes.models import Call, Report
from tests import factories as f
from tests.test_admin import admin_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(db):
    cluster = f.make_cluster()
    return {"cluster": cluster, "label": f.make_label(cluster=cluster)}


@pytest.mark.parametrize(
    ("model", "query"),
    [
        (Report, "year=99999999999"),
        (Label, "awarded_year=99999999999"),
        (Label, "awarded_year=-99999999999999999999"),
        (Cluster, "founded_year=99999999999"),
        (Cluster, "figures_year__exact=1e999"),
        (Call, "deadline__year=99999999999"),
        (Call, "deadline__year=2030&deadline__month=13"),
    ],
)
def test_an_out_of_range_filter_is_not_a_server_error(admin_client, records, model, query):
    response = admin_client.get(f"{admin_url(model, 'changelist')}?{query}")

    assert response.status_code in (200, 302, 400, 404)


@pytest.mark.parametrize("version", ["abc", "1.5", "99999999999999999999"])
def test_a_history_version_that_is_not_a_number_is_not_found(admin_client, records, version):
    cluster = records["cluster"]
    url = f"{admin_url(Cluster, 'history', cluster.pk)}{version}/"

    assert admin_client.get(url).status_code == 404


@pytest.mark.parametrize(
    "query", ["unknown=1", "status__in=nonsense", "founded_year=99999999999", "o=abc"]
)
def test_an_export_with_an_unknown_parameter_still_answers(admin_client, records, query):
    response = admin_client.get(f"{admin_url(Cluster, 'export')}?{query}")

    assert response.status_code in (200, 302, 400)
