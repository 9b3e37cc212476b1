"""Helpers that several test modules share (pages, forms, the browser).

Factories of records are in ``tests.factories``; fixtures in ``conftest.py``.
"""

from django import forms
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
