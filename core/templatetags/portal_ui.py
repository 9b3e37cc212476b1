"""Small pieces of markup every public page repeats: outside links, sources, the demo badge.

Each tag returns safe HTML built with ``format_html``, so whatever the record holds is
escaped; an empty value renders nothing (or the ``default`` given), never an empty link.
"""

from collections.abc import Mapping

from django import template
from django.template.defaultfilters import truncatechars
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from core import names

register = template.Library()

# Outside sites are not endorsed (nofollow) and get no handle on this page (noopener).
_OUTSIDE_REL = "nofollow noopener"


def _shown(text, truncate) -> str:
    text = "" if text is None else str(text)
    return truncatechars(text, truncate) if truncate else text


@register.simple_tag
def external_link(url, text=None, truncate=None, cite=False) -> SafeString:
    """A link to another site: ``<a href="url" rel="nofollow noopener">text</a>``.

    ``text`` defaults to the URL itself; ``truncate`` shortens the shown text (not the
    address) to that many characters; ``cite`` wraps the text in ``<cite>`` (a document's
    title). Without a URL the text is shown plain, so
    ``{% external_link call.link call.identifier %}`` names a call whether or not it
    has a page elsewhere.
    """
    shown = _shown(url if text is None else text, truncate)
    if cite:
        shown = format_html("<cite>{}</cite>", shown)
    if not url:
        return format_html("{}", shown)
    return format_html('<a href="{}" rel="{}">{}</a>', url, _OUTSIDE_REL, shown)


def is_url(source) -> bool:
    """A source entry is either an address (``http…``) or a plain reference to a document."""
    return str(source or "").startswith(("http://", "https://"))


@register.simple_tag
def source_link(source, text=None, truncate=None, default="") -> SafeString:
    """One source entry: a nofollow link when it is a URL, else the reference as plain text.

    ``text`` replaces the shown URL (e.g. "Source"); ``truncate`` shortens the shown URL;
    ``default`` is shown when there is no source at all (e.g. "—" in a table cell).
    """
    if not source:
        return format_html("{}", default)
    if is_url(source):
        return external_link(source, text, truncate)
    return format_html("{}", reference_label(source))


# References cited by their words in many records, shown in the page's language.
TALK_REFERENCE = (
    "Talk «Lietuvos klasteriai Europos klasterių aljanse» (LitMEA / SMART food cluster, 2019)"
)


def reference_label(reference: str) -> str:
    """A plain-text source as the page's language names it (the talk's title stays
    Lithuanian; the words around it are translated)."""
    if reference.strip() == TALK_REFERENCE:
        return gettext(
            "Talk «Lietuvos klasteriai Europos klasterių aljanse» "
            "(LitMEA / SMART food cluster, 2019)"
        )
    return reference


@register.simple_tag
def demo_badge(item) -> SafeString:
    """`` <span class="badge badge-demo">demo</span>`` after the name of a demo record.

    ``item`` is a record or a cached row (a dict with an ``is_demo`` key). The leading space
    separates the badge from the name it follows; a real record (or one without ``is_demo``)
    renders nothing.
    """
    is_demo = item.get("is_demo") if isinstance(item, Mapping) else getattr(item, "is_demo", False)
    if not is_demo:
        return SafeString("")
    return format_html(' <span class="badge badge-demo">{}</span>', gettext("demo"))


@register.simple_tag
def acronym_suffix(name, acronym, css_class="") -> SafeString:
    """`` (ACR)`` after a name, unless the acronym is empty or the name already contains it
    as a whole word (``core.names``); with ``css_class``, the brackets are in a span of
    that class."""
    if not names.acronym_suffix(name, acronym):
        return SafeString("")
    acronym = str(acronym).strip()
    if css_class:
        return format_html(' <span class="{}">({})</span>', css_class, acronym)
    return format_html(" ({})", acronym)


@register.filter
def contains_acronym(name, acronym) -> bool:
    """``{% if name|contains_acronym:acronym %}``: the name already shows the acronym, so
    repeating it beside the name would say it twice."""
    return names.contains_acronym(name, acronym)
