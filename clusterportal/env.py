"""Typed readers for settings that come from the environment.

Each helper returns the default when the variable is unset or empty, and raises
``ImproperlyConfigured`` with the variable's name when the value cannot be read, so a
typo in a deployment fails at start-up instead of silently meaning something else.
"""

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def _raw(name: str) -> str | None:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return None
    return value.strip()


def env_str(name: str, default: str = "") -> str:
    value = _raw(name)
    return default if value is None else value


def env_bool(name: str, default: bool = False) -> bool:
    value = _raw(name)
    if value is None:
        return default
    lowered = value.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of {sorted(_TRUE | _FALSE)}, not {value!r}.")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    value = _raw(name)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {number}.")
    return number


def env_list(name: str, default: list[str]) -> list[str]:
    """A comma-separated list; blanks between commas are dropped."""
    value = _raw(name)
    if value is None:
        return list(default)
    items = [item.strip() for item in value.split(",") if item.strip()]
    if not items:
        raise ImproperlyConfigured(f"{name} must list at least one value.")
    return items


def env_url(name: str, default: str = "", *, schemes: tuple[str, ...]) -> str:
    """A URL whose scheme is one of ``schemes`` (for example ``redis``)."""
    value = _raw(name)
    if value is None:
        return default
    scheme, sep, rest = value.partition("://")
    if not sep or scheme.lower() not in schemes or not rest:
        raise ImproperlyConfigured(
            f"{name} must be a URL starting with one of {', '.join(s + '://' for s in schemes)}."
        )
    return value


def secret_key(name: str, *, strict: bool) -> str:
    """The secret key. ``strict`` (production) refuses a missing, short or obviously weak
    one; otherwise (a developer's shell) a missing key is replaced by a fixed
    development-only key."""
    value = _raw(name)
    if value is None:
        if not strict:
            return "django-insecure-development-only-key-never-use-in-production-0123456789"
        raise ImproperlyConfigured(
            f"{name} is not set. Production needs a random secret key of at least 50 "
            "characters, e.g. from: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
        )
    if strict and (len(value) < 50 or len(set(value)) < 5 or value.startswith("django-insecure")):
        raise ImproperlyConfigured(
            f"{name} is too weak for production: use at least 50 random characters."
        )
    return value
