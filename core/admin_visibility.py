"""What the admin shows a user about records beyond their access: nothing by name.

An association editor sees by name only what the public sees (published records) and what
the access rule (``core.access``) lets them view; staff of other associations are
"another editor". Users with full access see everything. Used by ``PortalAdminMixin``
(filter sidebars, history), the admin's "view on site" redirect
(``core.middleware.AdminViewOnSiteMiddleware``) and read-only lists whose rows point at
moderated records (``hide_unseen``).
"""

from django.contrib import admin
from django.contrib.admin.utils import get_fields_from_path
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core import access
from core.content import PublicationStatus


def visible(request, queryset):
    """The rows of ``queryset`` this user may see named."""
    rule = access.for_user(request.user)
    if rule.full or not access.is_moderated(queryset.model):
        return queryset
    viewable = rule.rows(queryset.model._default_manager.all(), "view")
    return queryset.filter(Q(status=PublicationStatus.PUBLISHED) | Q(pk__in=viewable.values("pk")))


def hide_unseen(request, queryset, relation: str):
    """``queryset`` without the rows whose ``relation`` names a record the user may not see
    (rows without one are kept)."""
    if access.for_user(request.user).full:
        return queryset
    related = queryset.model._meta.get_field(relation).related_model
    seen = visible(request, related._default_manager.all())
    return queryset.filter(
        Q(**{f"{relation}__isnull": True}) | Q(**{f"{relation}__in": seen.values("pk")})
    )


class VisibleRelatedFilter(admin.RelatedFieldListFilter):
    """A sidebar filter by a related record, offering only records the user may see."""

    def field_choices(self, field, request, model_admin):
        related = visible(request, field.related_model._default_manager.all())
        ordering = self.field_admin_ordering(field, request, model_admin)
        if ordering:
            related = related.order_by(*ordering)
        return [(obj.pk, str(obj)) for obj in related]


def visible_list_filter(model, list_filter) -> list:
    """``list_filter`` with each plain filter by a moderated related record (an association,
    a cluster) made a ``VisibleRelatedFilter``."""
    filters = []
    for item in list_filter:
        if isinstance(item, str):
            try:
                field = get_fields_from_path(model, item)[-1]
            except (FieldDoesNotExist, admin.utils.NotRelationField):
                field = None
            if (
                field is not None
                and field.is_relation
                and access.is_moderated(field.related_model)
            ):
                item = (item, VisibleRelatedFilter)
        filters.append(item)
    return filters


class AnotherEditor:
    """Stands in a history record for a user the viewer may not know by name."""

    def __str__(self):
        return str(_("another editor"))


def hide_history_users(request, records) -> None:
    """Show the users of history ``records`` from outside the viewer's association as
    "another editor" (full access sees every name)."""
    rule = access.for_user(request.user)
    if rule.full:
        return
    user_ids = {record.history_user_id for record in records} - {None, request.user.pk}
    users = get_user_model().objects.filter(pk__in=user_ids)
    colleagues = {
        user.pk
        for user in users
        if rule.association_id is not None
        and access.for_user(user).association_id == rule.association_id
    }
    for record in records:
        if record.history_user_id in user_ids - colleagues:
            # The template links by ``history_user_id`` and shows ``history_user``, read
            # from the relation's cache (set after the id, whose change would clear it).
            record.history_user_id = None
            record._state.fields_cache["history_user"] = AnotherEditor()
