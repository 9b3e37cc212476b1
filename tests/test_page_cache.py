"""The page cache: anonymous visitors get stored pages, an edit shows at once, staff never
get a stored page, and a repeated request with its ETag gets 304."""

import os

import pytest
from django.core.cache import caches
from django.test import Client

from core.content import PublicationStatus
from tests import factories as f

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("records_in_lithuanian")]


@pytest.fixture(autouse=True)
def page_cache_on(settings, tmp_path):
    """The page cache as in production, in a file cache that processes share."""
    settings.PAGE_CACHE = True
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
        }
    }
    # Django's setting_changed signal makes the cache handler use the new setting.
    yield


def test_a_repeated_visit_is_served_from_the_cache(client, django_assert_num_queries):
    f.make_cluster(name="Saulės klasteris", country="LT")
    first = client.get("/en/clusters/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/en/clusters/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    # Another address, query or language is another page.
    assert client.get("/lt/clusters/")["X-Page-Cache"] == "miss"
    assert client.get("/en/clusters/?country=LT")["X-Page-Cache"] == "miss"


def test_an_edit_shows_at_once_to_every_process():
    """Two clients stand for two server processes sharing the cache."""
    cluster = f.make_cluster(name="Saulės klasteris", country="LT")
    one, two = Client(), Client()
    assert "Saulės klasteris" in one.get("/en/clusters/").content.decode()
    assert two.get("/en/clusters/")["X-Page-Cache"] == "hit"
    cluster.name_en = "Renamed solar cluster"
    cluster.save()  # as the admin saves it: the data version is bumped
    response = two.get("/en/clusters/")
    assert response["X-Page-Cache"] == "miss"
    assert "Renamed solar cluster" in response.content.decode()
    cluster.status = PublicationStatus.DRAFT
    cluster.save()
    assert "Renamed solar cluster" not in one.get("/en/clusters/").content.decode()


def test_signed_in_staff_never_get_a_stored_page(admin_client):
    f.make_cluster(name="Saulės klasteris", country="LT")
    visitor = Client()
    visitor.get("/en/clusters/")
    assert visitor.get("/en/clusters/")["X-Page-Cache"] == "hit"
    response = admin_client.get("/en/clusters/")
    assert "X-Page-Cache" not in response
    assert "X-Page-Cache" not in admin_client.get("/admin/")


def test_responses_that_set_cookies_are_not_stored(rf):
    from django.http import HttpResponse

    from core.pagecache import PageCacheMiddleware

    def view(request):
        response = HttpResponse("a page")
        response.set_cookie("preference", "dark")
        return response

    middleware = PageCacheMiddleware(view)
    assert middleware(rf.get("/en/some-page/"))["X-Page-Cache"] == "miss"
    assert middleware(rf.get("/en/some-page/"))["X-Page-Cache"] == "miss"


def test_the_builder_is_stored_with_the_cookie_its_address_gives(client):
    """The builder remembers the shortlist of its address in a cookie: a stored page
    sends that cookie to a visitor who does not hold it yet, and to no one else."""
    f.make_cluster(name="Saulės klasteris", slug="saule", country="LT")
    url = "/en/partner-search/?cluster=saule"
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    assert first.cookies["shortlist"].value == "saule"
    fresh = Client()
    again = fresh.get(url)
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert again.cookies["shortlist"].value == "saule"
    # A visitor whose cookie holds another shortlist gets it replaced; one whose cookie
    # already holds this one gets no cookie at all.
    other = Client()
    other.cookies["shortlist"] = "someone-else"
    assert other.get(url).cookies["shortlist"].value == "saule"
    holder = Client()
    holder.cookies["shortlist"] = "saule"
    holder.get(url)  # its own key (the cookie is part of it): rendered, no cookie set
    stored = holder.get(url)
    assert stored["X-Page-Cache"] == "hit"
    assert "shortlist" not in stored.cookies


def test_the_shortlist_cookie_is_part_of_the_key(client):
    f.make_cluster(name="Saulės klasteris", slug="saule", country="LT")
    plain = client.get("/en/clusters/")
    client.cookies["shortlist"] = "saule"
    shortlisted = client.get("/en/clusters/")
    assert shortlisted["X-Page-Cache"] == "miss"
    assert "On the shortlist" in shortlisted.content.decode()
    assert "On the shortlist" not in plain.content.decode()


def test_etag_and_not_modified(client):
    f.make_cluster(name="Saulės klasteris", country="LT")
    response = client.get("/en/clusters/")
    etag = response["ETag"]
    again = client.get("/en/clusters/", headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""


def test_errors_are_not_stored(client):
    assert client.get("/en/clusters/no-such-cluster/").status_code == 404
    assert client.get("/en/clusters/no-such-cluster/").get("X-Page-Cache") != "hit"


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs REDIS_URL (CI starts Redis)")
def test_redis_shares_pages_and_edits_between_machines(settings):
    """With REDIS_URL the cache is shared by every machine: the same behaviour."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": f"test-{os.getpid()}",
        }
    }
    caches["default"].clear()
    cluster = f.make_cluster(name="Saulės klasteris", country="LT")
    one, two = Client(), Client()
    one.get("/en/clusters/")
    assert two.get("/en/clusters/")["X-Page-Cache"] == "hit"
    cluster.name_en = "Renamed on another machine"
    cluster.save()
    assert "Renamed on another machine" in two.get("/en/clusters/").content.decode()
