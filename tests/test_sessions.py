"""Admin sessions expire after a working day (8 hours) without activity."""

import datetime

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

from tests.test_security import PASSWORD, log_in, logged_in

pytestmark = pytest.mark.django_db

WORKING_DAY = datetime.timedelta(hours=8)


def expiry(client) -> datetime.datetime:
    return Session.objects.get(session_key=client.cookies["sessionid"].value).expire_date


def test_a_session_lasts_a_working_day_from_the_last_request(client, superuser):
    log_in(client, PASSWORD)
    assert client.cookies["sessionid"]["max-age"] == int(WORKING_DAY.total_seconds())
    assert abs(expiry(client) - (timezone.now() + WORKING_DAY)) < datetime.timedelta(minutes=1)

    # Each request while working moves the end a working day ahead again.
    Session.objects.update(expire_date=timezone.now() + datetime.timedelta(minutes=5))
    assert logged_in(client)
    assert expiry(client) > timezone.now() + WORKING_DAY - datetime.timedelta(minutes=1)


def test_after_a_working_day_without_requests_the_editor_signs_in_again(client, superuser):
    log_in(client, PASSWORD)
    Session.objects.update(expire_date=timezone.now() - datetime.timedelta(seconds=1))

    assert not logged_in(client)


def test_public_visitors_get_no_session(client, db):
    client.get("/lt/")

    assert "sessionid" not in client.cookies
    assert not Session.objects.exists()
