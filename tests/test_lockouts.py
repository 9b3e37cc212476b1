"""Login lockouts an attacker cannot turn against staff (django-axes).

A lock holds a pair of user name and client address; an address that tries many user
names is throttled as a whole; the client address comes from the proxy's header only as
far as the deployment trusts its proxies; operators can lift a lock at once.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from tests.test_security import LOGIN_URL, PASSWORD, log_in, logged_in

pytestmark = pytest.mark.django_db

ATTACKER = "203.0.113.66"
OFFICE = "198.51.100.7"


def fail_ten_times(client, *, username="admin", ip=ATTACKER, **headers):
    for _ in range(10):
        client.post(
            LOGIN_URL,
            {"username": username, "password": "wrong password"},
            REMOTE_ADDR=ip,
            **headers,
        )


def test_failures_from_one_address_do_not_lock_the_user_out_elsewhere(client, superuser):
    fail_ten_times(client)

    # The attacker's address is locked for this user name...
    assert log_in(client, PASSWORD, ip=ATTACKER).status_code == 429
    # ...the real user, from their own address, still gets in.
    assert log_in(client, PASSWORD, ip=OFFICE).status_code == 302
    assert logged_in(client)


def test_an_address_trying_many_user_names_is_throttled(client, superuser, settings):
    settings.PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT = 30
    get_user_model().objects.create_user("kolega", password=PASSWORD, is_staff=True)
    for number in range(30):
        log_in(client, "wrong password", username=f"guess-{number}", ip=ATTACKER)

    # Every user name is refused from that address, even with the right password...
    assert log_in(client, PASSWORD, username="kolega", ip=ATTACKER).status_code == 429
    # ...and not from anywhere else.
    assert log_in(client, PASSWORD, username="kolega", ip=OFFICE).status_code == 302


def test_a_forwarded_address_is_ignored_unless_proxies_are_trusted(client, superuser):
    # Without trusted proxies, a made-up X-Forwarded-For does not escape the lock.
    for number in range(10):
        log_in_as = {"HTTP_X_FORWARDED_FOR": f"192.0.2.{number}"}
        client.post(
            LOGIN_URL,
            {"username": "admin", "password": "wrong"},
            REMOTE_ADDR=ATTACKER,
            **log_in_as,
        )
    response = client.post(
        LOGIN_URL,
        {"username": "admin", "password": PASSWORD},
        REMOTE_ADDR=ATTACKER,
        HTTP_X_FORWARDED_FOR="192.0.2.200",
    )
    assert response.status_code == 429


def test_behind_a_trusted_proxy_the_client_address_is_the_proxys_entry(
    client, superuser, settings
):
    settings.PORTAL_TRUSTED_PROXIES = 1
    proxy = "10.0.0.1"
    # The client may put anything in front; the proxy appends the address it saw.
    fail_ten_times(client, ip=proxy, HTTP_X_FORWARDED_FOR=f"1.2.3.4, {ATTACKER}")

    def from_client(address):
        return client.post(
            LOGIN_URL,
            {"username": "admin", "password": PASSWORD},
            REMOTE_ADDR=proxy,
            HTTP_X_FORWARDED_FOR=f"1.2.3.4, {address}",
        )

    assert from_client(ATTACKER).status_code == 429
    # Everyone comes through the same proxy, yet the real user is not locked out.
    assert from_client(OFFICE).status_code == 302


def test_an_operator_unlocks_a_user_at_once(client, superuser):
    fail_ten_times(client, ip=OFFICE)
    assert log_in(client, PASSWORD, ip=OFFICE).status_code == 429

    out = io.StringIO()
    call_command("unlock_staff", "admin", stdout=out)

    assert "admin" in out.getvalue()
    assert log_in(client, PASSWORD, ip=OFFICE).status_code == 302
