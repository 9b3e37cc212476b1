from django import template

from core import moderation

register = template.Library()


@register.simple_tag(takes_context=True)
def review_queue(context) -> dict:
    """The records waiting for review that the signed-in user may act on (admin index)."""
    return moderation.review_queue(context["request"])
