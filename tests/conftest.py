import pytest
from django.contrib.auth import get_user_model
from django.utils import translation


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(
        username="admin", email="admin@example.org", password="correct-horse-battery"
    )


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: cached counts never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def records_in_lithuanian():
    """Factories write translated fields in the active language: make it the default one
    (a previous test's request may have left English active in this thread)."""
    with translation.override("lt"):
        yield
