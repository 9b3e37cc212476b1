"""An address too long to serve gets the portal's own 414 page, in the visitor's language."""

import pytest

from core.middleware import MAX_URL_LENGTH

LONG = "x" * 6000


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        (f"/lt/clusters/?q={LONG}", "lt", "Per ilgas adresas"),
        (f"/en/clusters/?q={LONG}", "en", "Address too long"),
        (f"/en/{LONG}/", "en", "Address too long"),
        (f"/{LONG}", "lt", "Per ilgas adresas"),
        (f"/?next={LONG}", "lt", "Per ilgas adresas"),
        (f"/admin/?q={LONG}", "lt", "Per ilgas adresas"),
    ],
)
def test_a_too_long_address_gets_the_portal_page(client, path, lang, heading):
    # Without the db fixture: any database access would fail the test.
    response = client.get(path)
    assert response.status_code == 414
    body = response.content.decode()
    assert f'<html lang="{lang}">' in body
    assert f"<h1>{heading}</h1>" in body
    assert f'href="/{lang}/clusters/"' in body
    assert LONG[:100] not in body  # the links of the page do not repeat the address
    assert response["Cache-Control"] == "no-store"


def test_no_database_is_touched(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get(f"/en/clusters/?q={LONG}").status_code == 414


def test_the_limit_counts_the_encoded_address(client, db):
    # "ą" is six characters once percent-encoded: 400 of them are 2,400.
    assert client.get("/lt/search/", {"q": "ą" * 400}).status_code == 414
    assert client.get("/lt/search/", {"q": "a" * 400}).status_code == 200


def test_an_address_at_the_limit_is_served(client, db):
    path = "/en/search/?q="
    response = client.get(path + "a" * (MAX_URL_LENGTH - len(path)))
    assert response.status_code == 200
    response = client.get(path + "a" * (MAX_URL_LENGTH - len(path) + 1))
    assert response.status_code == 414


def test_head_gets_the_status_without_a_body(client):
    response = client.head(f"/en/clusters/?q={LONG}")
    assert response.status_code == 414
    assert response.content == b""


def test_a_non_ascii_path_counts_as_a_browser_sends_it(client, db):
    # "ž" is six characters percent-encoded: 300 of them fit, 400 do not.
    assert client.get("/lt/" + "ž" * 300 + "/").status_code == 404
    assert client.get("/lt/" + "ž" * 400 + "/").status_code == 414


def test_the_page_has_the_security_headers_of_every_page(client):
    response = client.get(f"/en/clusters/?q={LONG}")
    assert "default-src" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
