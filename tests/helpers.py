"""Helpers that several test modules share (pages, forms, the browser).

Factories of records are in ``tests.factories``; fixtures in ``conftest.py``.
"""

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

from django import forms
from django.conf import settings
from django.urls import reverse


def admin_url(model, view: str, *args) -> str:
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def form_data(response) -> dict:
    """The POST a browser sends for the rendered change form when nothing is changed.

    Extra (empty) inline forms are left out, as a browser sends them unchanged anyway.
    """
    data = {}
    forms_to_send = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management[name].html_name] = management[name].value()
        data[management["TOTAL_FORMS"].html_name] = len(formset.initial_forms)
        forms_to_send.extend(formset.initial_forms)
    for form in forms_to_send:
        for field in form:
            value = field.value()
            if isinstance(field.field, forms.FileField) or value is None or value is False:
                continue
            data[field.html_name] = "on" if value is True else value
    return data


def inline_prefix(response, model) -> str:
    for inline in response.context["inline_admin_formsets"]:
        if inline.formset.model is model:
            return inline.formset.prefix
    raise AssertionError(f"no inline for {model}")


def no_sideways_scroll(page) -> bool:
    """Whether the page in the browser fits its window's width (nothing to scroll sideways)."""
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


# --- Settings modules, each imported in a fresh interpreter -----------------------------------

STRONG_KEY = "Kq3-vX8_pL2mN9sT4wR7yU1zA6bC5dE0fG3hJ8kM2nP5qS7tV9xZ1"
_ENV_READERS = {"env_bool", "env_int", "env_list", "env_str", "env_url", "secret_key"}


def settings_variables() -> set[str]:
    """Every environment variable the settings modules read through the typed helpers."""
    names = set()
    for module in (Path(settings.BASE_DIR) / "clusterportal" / "settings").glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text())):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) in _ENV_READERS
                and isinstance(node.args[0], ast.Constant)
            ):
                names.add(node.args[0].value)
    return names


def import_settings(module: str, names: list[str], **env: str) -> subprocess.CompletedProcess:
    """Import ``clusterportal.settings.<module>`` in a fresh interpreter, with none of the
    variables the settings read except ``env``; on success it prints ``names`` as JSON."""
    read = settings_variables()
    clean = {
        k: v for k, v in os.environ.items() if k not in read and k != "DJANGO_SETTINGS_MODULE"
    }
    code = (
        "import importlib, json;"
        f"s = importlib.import_module('clusterportal.settings.{module}');"
        f"print(json.dumps({{name: getattr(s, name) for name in {names!r}}}))"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def settings_of(module: str, names: list[str], **env: str) -> dict:
    """``names`` as ``clusterportal.settings.<module>`` sets them with only ``env``."""
    result = import_settings(module, names, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
