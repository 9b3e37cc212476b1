import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from clusterportal.env import env_bool, env_int, env_list, env_str, env_url, secret_key
from tests import helpers


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1", True), ("yes", True), ("On", True), ("0", False), ("false", False), ("off", False)],
)
def test_env_bool_reads_common_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("FLAG", raw)
    assert env_bool("FLAG") is expected


@pytest.mark.parametrize("raw", ["maybe", "2", "tru"])
def test_env_bool_rejects_other_values(monkeypatch, raw):
    monkeypatch.setenv("FLAG", raw)
    with pytest.raises(ImproperlyConfigured, match="FLAG"):
        env_bool("FLAG")


def test_unset_or_empty_gives_default(monkeypatch):
    monkeypatch.delenv("FLAG", raising=False)
    assert env_bool("FLAG", default=True) is True
    monkeypatch.setenv("FLAG", "  ")
    assert env_bool("FLAG", default=False) is False
    assert env_str("FLAG", "fallback") == "fallback"


def test_env_int(monkeypatch):
    monkeypatch.setenv("NUMBER", "42")
    assert env_int("NUMBER", 1) == 42
    monkeypatch.setenv("NUMBER", "forty")
    with pytest.raises(ImproperlyConfigured, match="whole number"):
        env_int("NUMBER", 1)
    monkeypatch.setenv("NUMBER", "-3")
    with pytest.raises(ImproperlyConfigured, match="at least 0"):
        env_int("NUMBER", 1, minimum=0)


def test_env_list(monkeypatch):
    monkeypatch.setenv("HOSTS", "a.example.org, b.example.org,,")
    assert env_list("HOSTS", []) == ["a.example.org", "b.example.org"]
    monkeypatch.setenv("HOSTS", " , ")
    with pytest.raises(ImproperlyConfigured):
        env_list("HOSTS", ["x"])


def test_env_url(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")
    assert env_url("REDIS_URL", schemes=("redis",)) == "redis://127.0.0.1:6379/0"
    for bad in ["127.0.0.1:6379", "http://cache", "redis://"]:
        monkeypatch.setenv("REDIS_URL", bad)
        with pytest.raises(ImproperlyConfigured, match="REDIS_URL"):
            env_url("REDIS_URL", schemes=("redis",))


def test_strict_refuses_missing_or_weak_secret_key(monkeypatch):
    monkeypatch.delenv("KEY", raising=False)
    with pytest.raises(ImproperlyConfigured, match="not set"):
        secret_key("KEY", strict=True)
    for weak in ["short", "a" * 60, "django-insecure-" + "x1y2z3" * 10]:
        monkeypatch.setenv("KEY", weak)
        with pytest.raises(ImproperlyConfigured, match="too weak"):
            secret_key("KEY", strict=True)
    monkeypatch.setenv("KEY", helpers.STRONG_KEY)
    assert secret_key("KEY", strict=True) == helpers.STRONG_KEY


def test_lenient_allows_a_missing_or_weak_key(monkeypatch):
    monkeypatch.delenv("KEY", raising=False)
    assert secret_key("KEY", strict=False)
    monkeypatch.setenv("KEY", "short")
    assert secret_key("KEY", strict=False) == "short"


# --- The settings modules ---------------------------------------------------------------------

SHOWN = [
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "SECURE_SSL_REDIRECT",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "SECURE_HSTS_SECONDS",
]


def settings_of(module: str, **env: str) -> dict:
    return helpers.settings_of(module, SHOWN, **env)


def import_settings(module: str, **env: str):
    return helpers.import_settings(module, SHOWN, **env)


def test_production_defaults_are_safe():
    """With only a secret key: debug off, no wildcard host, HTTPS and secure cookies."""
    values = settings_of("production", DJANGO_SECRET_KEY=helpers.STRONG_KEY)

    assert values["DEBUG"] is False
    assert values["SECRET_KEY"] == helpers.STRONG_KEY
    assert "*" not in values["ALLOWED_HOSTS"]
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SESSION_COOKIE_SECURE"] is values["CSRF_COOKIE_SECURE"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31536000


@pytest.mark.parametrize(
    ("key", "message"), [(None, "not set"), ("short", "too weak"), ("x" * 64, "too weak")]
)
def test_production_refuses_a_missing_or_weak_key(key, message):
    result = import_settings("production", **({"DJANGO_SECRET_KEY": key} if key else {}))

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr and message in result.stderr


def test_production_refuses_to_run_with_debug():
    result = import_settings("production", DJANGO_SECRET_KEY=helpers.STRONG_KEY, DJANGO_DEBUG="1")

    assert result.returncode != 0
    assert "DJANGO_DEBUG" in result.stderr and "clusterportal.settings.dev" in result.stderr
    assert settings_of("production", DJANGO_SECRET_KEY=helpers.STRONG_KEY, DJANGO_DEBUG="0")


def test_dev_tolerates_a_missing_or_weak_key_and_plain_http():
    values = settings_of("dev")

    assert values["DEBUG"] is True
    assert values["SECRET_KEY"].startswith("django-insecure")
    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["SESSION_COOKIE_SECURE"] is values["CSRF_COOKIE_SECURE"] is False
    assert values["SECURE_HSTS_SECONDS"] == 0
    assert settings_of("dev", DJANGO_SECRET_KEY="short")["SECRET_KEY"] == "short"
    assert settings_of("dev", DJANGO_DEBUG="0")["DEBUG"] is False


def test_test_settings_need_nothing_from_the_environment():
    values = settings_of("test")

    assert values["DEBUG"] is False
    assert len(values["SECRET_KEY"]) >= 50
    # Only the redirect is off (the test client speaks HTTP); cookies stay production's.
    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["SESSION_COOKIE_SECURE"] is True


@pytest.mark.parametrize(
    ("module", "variable", "value"),
    [
        ("dev", "DJANGO_DEBUG", "perhaps"),
        ("production", "DJANGO_HSTS_SECONDS", "-1"),
        ("production", "DJANGO_DEBUG", "perhaps"),
        ("test", "REDIS_URL", "127.0.0.1:6379"),
    ],
)
def test_settings_modules_refuse_bad_values(module, variable, value):
    """A bad value stops start-up with a message naming the variable, in every module."""
    result = import_settings(module, DJANGO_SECRET_KEY=helpers.STRONG_KEY, **{variable: value})

    assert result.returncode != 0
    assert variable in result.stderr


def test_every_variable_the_settings_read_is_in_the_readme():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    table = [line for line in section.splitlines() if line.startswith("| `")]
    documented = {name for line in table for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", line)}

    read = helpers.settings_variables()

    assert {"DATABASE_URL", "DJANGO_SECRET_KEY", "REDIS_URL", "DJANGO_CACHE_DIR"} <= read
    assert read - documented == set()
