"""Template helpers for filtered lists and page metadata (used by base.html and _partials)."""

from django import template
from django.template.base import Node, TemplateSyntaxError
from django.utils.safestring import mark_safe

from core.listing import split_count, without_value

register = template.Library()


class CaptureNode(Node):
    child_nodelists = ("nodelist",)

    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        # Set on the outermost context level so that later blocks see it.
        context.dicts[0][self.name] = mark_safe(self.nodelist.render(context).strip())
        return ""


@register.tag
def capture(parser, token):
    """``{% capture name %}…{% endcapture %}``: render once, reuse as ``{{ name }}``.

    base.html captures the ``title`` and ``description`` blocks so that <title>, the meta
    description and the OpenGraph tags all say the same without repeating a block.
    """
    bits = token.split_contents()
    if len(bits) != 2:
        raise TemplateSyntaxError("{% capture %} takes one variable name.")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[1])


@register.simple_tag
def elided_pages(page_obj, on_each_side=2, on_ends=1):
    """Page numbers around the current page, with ``…`` (Paginator.ELLIPSIS) for gaps."""
    return list(
        page_obj.paginator.get_elided_page_range(
            page_obj.number, on_each_side=on_each_side, on_ends=on_ends
        )
    )


def _choice_label(field, value) -> str:
    for key, label in getattr(field, "choices", ()):
        if str(key) == str(value):
            return split_count(label)[0]
    return str(value)


@register.simple_tag(takes_context=True)
def active_filters(context, filterset, ignore="page sort"):
    """The filter values in use: ``[{"name", "label", "value", "remove_url"}]``, one per
    value (a group of checkboxes gives one per ticked value).

    ``remove_url`` is the current query string without that value (and the page), so an
    empty result can say how to widen the search. Invalid values are not listed.
    """
    request = context["request"]
    if filterset is None or not filterset.is_bound:
        return []
    form = filterset.form
    form.is_valid()
    skipped = set(ignore.split())
    active = []
    for name, value in getattr(form, "cleaned_data", {}).items():
        if name in skipped or value in (None, "", [], ()):
            continue
        field = form.fields[name]
        several = isinstance(value, list | tuple)
        for item in value if several else [value]:
            active.append(
                {
                    "name": name,
                    "label": field.label,
                    "value": _choice_label(field, item),
                    "remove_url": without_value(request, name, str(item) if several else None),
                }
            )
    return active


@register.simple_tag(takes_context=True)
def result_total(context) -> int:
    """``count`` from the context when given, else the paginator's count, else 0."""
    count = context.get("count")
    if count is None:
        paginator = context.get("paginator")
        count = paginator.count if paginator is not None else 0
    try:
        return int(count)
    except (TypeError, ValueError):
        return 0
