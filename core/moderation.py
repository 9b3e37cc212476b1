"""Moderation in the admin, as staff meet it: what a save tells them, and the queue of
records waiting for review on the admin's index page.

Editors save drafts and submit them for review; the portal's editors (``core.access``:
full access) publish. A record is public only once published (``ContentModel``).
"""

from django.contrib import admin
from django.db.models import ForeignKey
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from core import access
from core.content import PublicationStatus

# How many waiting records the index page lists (newest first); each model's count links
# to its full list.
QUEUE_LIMIT = 30


def public_url(obj) -> str | None:
    """The record's public page, or None when it has none."""
    get_url = getattr(obj, "get_absolute_url", None)
    if get_url is None:
        return None
    try:
        return get_url()
    except NoReverseMatch:
        return None


def status_note(obj) -> str:
    """In words, whether ``obj`` (a moderated record just saved) is public and who makes
    it so: appended to the admin's success message (safe HTML)."""
    if obj.status == PublicationStatus.PUBLISHED:
        url = public_url(obj)
        if url is None:
            return _("It is public now.")
        return format_html(
            '{} <a href="{}">{}</a>', _("It is public now."), url, _("View it on the site")
        )
    if obj.status == PublicationStatus.REVIEW:
        return _(
            "It waits for review and is not public yet: the portal's editors check it "
            "and publish it."
        )
    return _(
        "It is a draft and is not public yet. When it is ready, submit it for review: "
        "the portal's editors publish it."
    )


def publish_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_publish", args=[obj.pk])


def _owners(obj, path: str | None) -> list:
    """The associations ``obj`` belongs to (``Rule.owners``), from preloaded relations."""
    if path is None:
        return []
    if path == "":
        return [obj]
    related = getattr(obj, path)
    if related is None:
        return []
    return list(related.all()) if hasattr(related, "all") else [related]


def _preload(queryset, path: str | None):
    if not path:
        return queryset
    if isinstance(queryset.model._meta.get_field(path), ForeignKey):
        return queryset.select_related(path)
    return queryset.prefetch_related(path)


def review_queue(request) -> dict:
    """The records waiting for review that this user may act on, newest first.

    Portal editors get every model's waiting records and may publish them; an editor gets
    the waiting records of their own association (what they may change), without the
    right to publish. A fixed number of queries per moderated model, whatever the data.
    """
    rule = access.for_user(request.user)
    entries, counts = [], []
    for model, model_admin in admin.site._registry.items():
        if not access.is_moderated(model) or not model_admin.has_view_permission(request):
            continue
        waiting = rule.rows(
            model._default_manager.filter(status=PublicationStatus.REVIEW), "change"
        )
        count = waiting.count()
        if not count:
            continue
        opts = model._meta
        counts.append(
            {
                "name": opts.verbose_name_plural,
                "count": count,
                "url": reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
                + f"?status__exact={PublicationStatus.REVIEW}",
            }
        )
        owners = access.rule_for(model).owners
        for obj in _preload(waiting.order_by("-updated_at", "-pk"), owners)[:QUEUE_LIMIT]:
            entries.append(
                {
                    "obj": obj,
                    "kind": opts.verbose_name,
                    "owners": _owners(obj, owners),
                    "updated_at": obj.updated_at,
                    "change_url": reverse(
                        f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]
                    ),
                    "publish_url": publish_url(obj) if rule.can_publish else None,
                }
            )
    entries.sort(key=lambda entry: entry["updated_at"], reverse=True)
    return {
        "entries": entries[:QUEUE_LIMIT],
        "counts": counts,
        "total": sum(item["count"] for item in counts),
        "can_publish": rule.can_publish,
    }
