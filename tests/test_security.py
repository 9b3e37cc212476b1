"""Login throttling, CSRF, security headers and production cookie settings."""

import datetime
import re

import pytest
from axes.models import AccessAttempt
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from clusters.models import Cluster
from tests import factories as f
from tests import helpers

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
PASSWORD = "correct-horse-battery"  # the superuser fixture's


def log_in(client, password, *, username="admin", ip="127.0.0.1"):
    return client.post(
        LOGIN_URL,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=ip,
    )


def logged_in(client) -> bool:
    return client.get("/admin/").status_code == 200


# --- Login throttling (django-axes) ------------------------------------------------------


def test_right_password_logs_in(client, superuser):
    response = log_in(client, PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


def test_ten_failed_logins_lock_the_user_name_at_that_address_until_the_cool_off(
    client, superuser
):
    for _ in range(10):
        response = log_in(client, "wrong password")
        assert response.status_code in (200, 429)
    assert not logged_in(client)

    # The right password no longer helps from this address (other addresses: see
    # tests/test_lockouts.py).
    assert log_in(client, PASSWORD).status_code == 429
    assert not logged_in(client)

    # Half an hour later (the configured cool-off) the lock is gone.
    half_an_hour_ago = timezone.now() - datetime.timedelta(minutes=31)
    AccessAttempt.objects.update(attempt_time=half_an_hour_ago)
    assert log_in(client, PASSWORD).status_code == 302
    assert logged_in(client)


def test_a_locked_user_name_does_not_lock_others_behind_the_same_address(client, superuser):
    f.make_editor(
        user=get_user_model().objects.create_user("kolega", password=PASSWORD, is_staff=True)
    )
    for _ in range(10):
        log_in(client, "wrong password", username="admin", ip="10.0.0.1")
    for _ in range(10):
        log_in(client, "wrong password", username="nobody", ip="10.0.0.1")
    assert log_in(client, PASSWORD, username="admin", ip="10.0.0.1").status_code == 429

    # A colleague behind the same proxy still gets in.
    assert log_in(client, PASSWORD, username="kolega", ip="10.0.0.1").status_code == 302


def test_fewer_failures_do_not_lock_and_success_resets_the_count(client, superuser):
    for _ in range(9):
        assert log_in(client, "wrong password").status_code == 200
    assert log_in(client, PASSWORD).status_code == 302
    client.logout()
    # The count started again: nine more failures still leave the door open.
    for _ in range(9):
        assert log_in(client, "wrong password").status_code == 200
    assert log_in(client, PASSWORD).status_code == 302


def test_a_shorter_cool_off_is_honoured(client, superuser, settings):
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=1)
    for _ in range(10):
        log_in(client, "wrong password")
    assert log_in(client, PASSWORD).status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=2))
    assert log_in(client, PASSWORD).status_code == 302


def test_password_validators_refuse_weak_passwords():
    assert len(django_settings.AUTH_PASSWORD_VALIDATORS) >= 4
    user = f.make_editor().user
    for weak in ["password", "12345678", "short", user.username]:
        with pytest.raises(ValidationError):
            password_validation.validate_password(weak, user)
    password_validation.validate_password("Klaipėda-uostas-2024-ruduo", user)


# --- CSRF ------------------------------------------------------------------------------


def test_admin_login_without_csrf_token_is_refused(superuser):
    client = Client(enforce_csrf_checks=True)
    response = client.post(LOGIN_URL, {"username": "admin", "password": PASSWORD})
    assert response.status_code == 403
    assert not logged_in(client)


def test_admin_action_without_csrf_token_is_refused(superuser):
    cluster = f.make_cluster(name="Neištrinamas klasteris")
    client = Client(enforce_csrf_checks=True)
    client.force_login(superuser)
    url = reverse("admin:clusters_cluster_changelist")

    response = client.post(
        url,
        {"action": "delete_selected", "_selected_action": [cluster.pk], "post": "yes"},
    )

    assert response.status_code == 403
    assert Cluster.objects.filter(pk=cluster.pk).exists()


def test_admin_action_with_csrf_token_works(superuser):
    cluster = f.make_cluster(name="Ištrinamas klasteris")
    client = Client(enforce_csrf_checks=True)
    client.force_login(superuser)
    url = reverse("admin:clusters_cluster_changelist")
    page = client.get(url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)

    response = client.post(
        url,
        {
            "action": "delete_selected",
            "_selected_action": [cluster.pk],
            "post": "yes",
            "csrfmiddlewaretoken": token,
        },
    )

    assert response.status_code == 302
    assert not Cluster.objects.filter(pk=cluster.pk).exists()


# --- Headers -----------------------------------------------------------------------------


def csp(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


@pytest.mark.parametrize("url", ["/en/", "/lt/", LOGIN_URL])
def test_security_headers(client, url):
    response = client.get(url)

    assert response.status_code == 200
    policy = csp(response)
    script_src = policy.get("script-src", policy["default-src"])
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in policy.get("style-src", policy["default-src"])
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("url", ["/en/", LOGIN_URL])
def test_hsts_over_https_only(client, settings, url):
    settings.SECURE_HSTS_SECONDS = 31536000

    over_https = client.get(url, secure=True)
    over_http = client.get(url)

    hsts = over_https["Strict-Transport-Security"]
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts
    assert "Strict-Transport-Security" not in over_http


def test_session_cookie_is_http_only(client, superuser):
    response = log_in(client, PASSWORD)
    cookie = response.cookies[django_settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"]


# --- Admin pages under the Content-Security-Policy -------------------------------------------


def inline_code(body: str) -> list[str]:
    """What the policy would block: inline scripts, event handlers and styles."""
    found = [
        tag
        for tag, content in re.findall(r"(<script\b[^>]*>)(.*?)</script>", body, re.S)
        if "src=" not in tag and "application/json" not in tag and content.strip()
    ]
    found += re.findall(r"\son[a-z]+\s*=", body)
    found += re.findall(r"javascript:", body)
    found += re.findall(r"<style\b|\sstyle\s*=", body)
    return found


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:index",
        "admin:clusters_cluster_changelist",
        "admin:clusters_cluster_add",
        "admin:clusters_cluster_import",
        "admin:clusters_cluster_export",
        "admin:alliance_event_changelist",
        "admin:alliance_event_import",
        "admin:alliance_event_export",
        "admin:alliance_association_changelist",
        "admin:password_change",
    ],
)
def test_admin_pages_need_no_inline_code(admin_client, url_name):
    f.make_cluster(name="Klasteris")
    response = admin_client.get(reverse(url_name))
    assert response.status_code == 200
    assert inline_code(response.content.decode()) == []


def test_login_page_needs_no_inline_code(client):
    assert inline_code(client.get(LOGIN_URL).content.decode()) == []


# --- Production settings ---------------------------------------------------------------------


def production_settings(**extra) -> dict:
    """Settings as production reads them: no variable but a strong secret key and ``extra``."""
    names = [
        "DEBUG",
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SECURE",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_CONTENT_TYPE_NOSNIFF",
        "SECURE_REFERRER_POLICY",
        "X_FRAME_OPTIONS",
        "AXES_FAILURE_LIMIT",
        "AXES_COOLOFF_TIME",
        "AUTH_PASSWORD_VALIDATORS",
    ]
    return helpers.settings_of("production", names, DJANGO_SECRET_KEY=helpers.STRONG_KEY, **extra)


def test_production_cookies_are_secure_and_http_only():
    values = production_settings()

    assert values["DEBUG"] is False
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert values["SECURE_REFERRER_POLICY"] == "strict-origin-when-cross-origin"
    assert values["X_FRAME_OPTIONS"] == "DENY"
    assert values["AXES_FAILURE_LIMIT"] <= 10
    assert 0 < values["AXES_COOLOFF_TIME"] <= 1  # hours
    assert len(values["AUTH_PASSWORD_VALIDATORS"]) >= 4


def test_behind_a_redirecting_proxy_cookies_stay_secure():
    values = production_settings(DJANGO_SECURE_SSL_REDIRECT="0")

    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31536000
