import pytest
from django.core.exceptions import ImproperlyConfigured

from clusterportal.env import env_bool, env_int, env_list, env_str, env_url, secret_key


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


def test_production_refuses_missing_or_weak_secret_key(monkeypatch):
    monkeypatch.delenv("KEY", raising=False)
    with pytest.raises(ImproperlyConfigured, match="not set"):
        secret_key("KEY", debug=False)
    for weak in ["short", "a" * 60, "django-insecure-" + "x1y2z3" * 10]:
        monkeypatch.setenv("KEY", weak)
        with pytest.raises(ImproperlyConfigured, match="too weak"):
            secret_key("KEY", debug=False)
    strong = "Kq3-vX8_pL2mN9sT4wR7yU1zA6bC5dE0fG3hJ8kM2nP5qS7tV9xZ1"
    monkeypatch.setenv("KEY", strong)
    assert secret_key("KEY", debug=False) == strong


def test_debug_allows_a_development_key(monkeypatch):
    monkeypatch.delenv("KEY", raising=False)
    assert secret_key("KEY", debug=True)


def test_settings_module_refuses_bad_values():
    """Importing the settings with a bad value fails loudly, naming the variable."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "DJANGO_DEBUG": "perhaps", "DJANGO_SETTINGS_MODULE": ""}
    result = subprocess.run(
        [sys.executable, "-c", "import clusterportal.settings.base"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "DJANGO_DEBUG" in result.stderr


def test_production_settings_defaults(monkeypatch):
    """Without DJANGO_DEBUG, the settings are production's: DEBUG off, no wildcard host."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env["DJANGO_SECRET_KEY"] = "Kq3-vX8_pL2mN9sT4wR7yU1zA6bC5dE0fG3hJ8kM2nP5qS7tV9xZ1"
    code = (
        "from clusterportal.settings import base as s;"
        "print(s.DEBUG, '*' in s.ALLOWED_HOSTS, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False", "True", "True"]
