import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
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


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a whole test module, rolled back after its last test.

    Data that a module's tests only read is built once in a module-scoped fixture that
    depends on this one; each test still runs in its own savepoint (pytest-django's
    ``db``), so what a test writes is undone after it.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)
