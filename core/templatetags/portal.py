from django import template
from django.urls import translate_url

register = template.Library()


@register.simple_tag(takes_context=True)
def translated_url(context, language: str) -> str:
    """The current page in ``language``, query string kept (for the switcher and hreflang)."""
    request = context["request"]
    url = translate_url(request.path, language)
    query = request.META.get("QUERY_STRING", "")
    return f"{url}?{query}" if query else url
