import pytest
from django.contrib.auth import get_user_model


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
