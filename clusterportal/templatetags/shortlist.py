"""``{% add_to_shortlist_url cluster %}``: the builder with the shortlist being built
(from the cookie, see ``clusterportal.partnersearch.state``) and ``cluster`` added."""

from django import template

from clusterportal.partnersearch.views import builder_url

register = template.Library()


@register.simple_tag(takes_context=True)
def add_to_shortlist_url(context, cluster) -> str:
    slugs = list(context.get("shortlist_slugs") or [])
    if cluster.slug not in slugs:
        slugs.append(cluster.slug)
    return builder_url("", slugs)


@register.simple_tag(takes_context=True)
def shortlist_url(context) -> str:
    return builder_url("", list(context.get("shortlist_slugs") or []))
