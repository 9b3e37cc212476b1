"""When the database cannot be reached, pages say "temporarily unavailable" (503) in the
page's language, quickly, without a traceback and without needing the database."""

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down(monkeypatch):
    """Every new database access fails as it does when the server is gone."""

    def refuse(self, *args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)


@pytest.fixture
def browser_client():
    """A client that gets the error page a visitor would, instead of the exception."""
    return Client(raise_request_exception=False)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/lt/clusters/", "Laikinai nepasiekiama"),
        ("/en/clusters/", "Temporarily unavailable"),
        ("/en/search/?q=klaster", "Temporarily unavailable"),
        ("/lt/partner-search/?cluster=a", "Laikinai nepasiekiama"),
    ],
)
def test_public_pages_answer_503_in_their_language(browser_client, database_down, path, text):
    response = browser_client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.content.decode()
    assert text in body
    assert "Traceback" not in body and "OperationalError" not in body


def test_healthz_says_unavailable(browser_client, database_down):
    response = browser_client.get("/healthz")
    assert response.status_code == 503


def test_other_errors_keep_the_server_error_page(browser_client, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr("clusterportal.views.HomeView.get_context_data", broken)
    response = browser_client.get("/en/")
    assert response.status_code == 500
    assert "Server error" in response.content.decode()


def test_the_pages_work_again_once_the_database_is_back(browser_client, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise OperationalError("gone")

    with monkeypatch.context() as patch:
        patch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)
        assert browser_client.get("/en/clusters/").status_code == 503
    assert browser_client.get("/en/clusters/").status_code == 200
