"""Template helpers for the public pages: dates with their precision, amounts, JSON-LD."""

import json

from django import template
from django.template.defaultfilters import floatformat
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.content import weak_source_reason
from core.dates import format_precise_date, precise_iso_date

register = template.Library()

# As django.utils.html.json_script: nothing in the data can close the <script> element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def precise_date(value, precision="day"):
    """``{{ obj.start_date|precise_date:obj.date_precision }}``."""
    return format_precise_date(value, precision)


@register.simple_tag
def date_span(start, end=None, precision="day"):
    """A start–end span in a <time> element each, with only the known part of each date."""
    if not start:
        return ""
    first = format_html(
        '<time datetime="{}">{}</time>',
        precise_iso_date(start, precision),
        format_precise_date(start, precision),
    )
    if not end or format_precise_date(end, precision) == format_precise_date(start, precision):
        return first
    last = format_html(
        '<time datetime="{}">{}</time>',
        precise_iso_date(end, precision),
        format_precise_date(end, precision),
    )
    return format_html("{} – {}", first, last)


@register.filter
def weak_source(address):
    """Why a link's address is a weak source (a staging or scraper copy), or ""."""
    return weak_source_reason(address or "") or ""


@register.filter
def euros(value):
    """An amount in euros with grouped digits; empty when the amount is not known."""
    if value is None or value == "":
        return ""
    return f"{floatformat(value, '-2g')} €"


@register.filter
def jsonld(data) -> str:
    """``data`` as a JSON-LD <script> element, safe to place in the page."""
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
