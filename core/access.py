"""Who may see and change what in the admin: the portal's one access rule.

Three kinds of staff account:

- **full access**: superusers and members of the "Portal editors" group. They see and
  change every record and they alone publish.
- **association editors**: an ``alliance.Editor`` row ties the account to one association.
  They change that association's own data (``EDITABLE`` below) and read the reference
  data (``READ_ONLY``: sectors, programmes, actions, calls, projects, participations,
  reports) without changing it. Whatever they create must belong to their association:
  the relations they may pick are limited (``Access.choices``) and a cluster they add
  becomes a member of their association (``Access.claim``).
- **any other staff account**: nothing.

The rule says *which rows*; Django's model permissions (given through the groups that
``ensure_groups`` keeps) still say *which actions* on a model. ``PortalAdminMixin`` in
``core.admin`` applies both to every admin page, inline, autocomplete, action and
history view.
"""

from functools import cached_property

from django.apps import apps as django_apps
from django.core.exceptions import PermissionDenied
from django.db.models import Q

from alliance.models import Association, AssociationFigure, Editor, Event, Membership
from clusters.models import Cluster, Label, Sector
from core.content import ContentModel, PublicationStatus
from programmes.models import Action, Call, Participation, Programme, Project, Report

PORTAL_EDITORS = "Portal editors"
ASSOCIATION_EDITORS = "Association editors"


def _member_clusters(association_id: int):
    return Membership.objects.filter(association_id=association_id).values("cluster_id")


def _shared_clusters(association_id: int):
    """Clusters that also belong to another association."""
    return Membership.objects.exclude(association_id=association_id).values("cluster_id")


# What an editor of association ``a`` may view and change: a condition on each model's rows.
EDITABLE = {
    Association: lambda a: Q(pk=a),
    Cluster: lambda a: Q(pk__in=_member_clusters(a)),
    Label: lambda a: Q(cluster__in=_member_clusters(a)),
    Membership: lambda a: Q(association_id=a),
    AssociationFigure: lambda a: Q(association_id=a),
    Event: lambda a: Q(organiser_id=a),
}
# Where an editor may delete fewer rows than they may change.
DELETABLE = {
    Association: lambda a: Q(pk__in=[]),
    # A cluster that is also another network's member is not one association's to delete.
    Cluster: lambda a: Q(pk__in=_member_clusters(a)) & ~Q(pk__in=_shared_clusters(a)),
}
# What an editor may create (anything but an association).
ADDABLE = {Cluster, Label, Membership, AssociationFigure, Event}
# Reference data kept by portal editors: association editors read it, never change it.
READ_ONLY = {Sector, Programme, Action, Call, Project, Participation, Report}
# Relations where an editor may also name any published cluster: participants need not
# be members of the editor's association.
OPEN_CLUSTER_CHOICES = {(Event, "clusters"), (Participation, "cluster")}

# Model permissions of the "Association editors" group, by app and model.
_ALL = ("view", "add", "change", "delete")
EDITOR_PERMISSIONS = {
    "clusters": {"cluster": _ALL, "label": _ALL, "sector": ("view",)},
    "alliance": {
        "association": ("view", "change"),
        "membership": _ALL,
        "associationfigure": _ALL,
        "event": _ALL,
    },
    "programmes": dict.fromkeys(
        ("programme", "action", "call", "project", "participation", "report"), ("view",)
    ),
}
# The "Portal editors" group holds every permission of these apps, and may look up user
# accounts (to tie an account to an association in the Editor admin).
PORTAL_APPS = ("clusters", "alliance", "programmes")


class Access:
    """One user's access: built once per request (see ``for_user``)."""

    def __init__(self, user):
        self.user = user
        self._cache: dict = {}

    @cached_property
    def is_staff(self) -> bool:
        return bool(self.user.is_authenticated and self.user.is_active and self.user.is_staff)

    @cached_property
    def full(self) -> bool:
        """Superusers and portal editors: every record, and publishing."""
        if not self.is_staff:
            return False
        return self.user.is_superuser or self.user.groups.filter(name=PORTAL_EDITORS).exists()

    @cached_property
    def association_id(self) -> int | None:
        """The association an editor's account is tied to (None for everyone else)."""
        if self.full or not self.is_staff:
            return None
        editor = Editor.objects.filter(user=self.user).values_list("association_id", flat=True)
        return editor.first()

    @property
    def can_publish(self) -> bool:
        return self.full

    def rows(self, queryset, action: str = "view"):
        """The rows of ``queryset`` this user may ``action`` ("view", "change", "delete")."""
        if self.full:
            return queryset
        model = queryset.model._meta.concrete_model
        if self.association_id is None:
            return queryset.none()
        if model in READ_ONLY:
            return queryset if action == "view" else queryset.none()
        rule = DELETABLE.get(model) if action == "delete" else None
        rule = rule or EDITABLE.get(model)
        if rule is None:
            return queryset.none()
        return queryset.filter(rule(self.association_id))

    def can(self, action: str, model, obj=None) -> bool:
        """Whether this user may ``action`` ("view", "add", "change", "delete") ``obj``.

        Without ``obj``: whether they may do it to some row of ``model`` (the model-level
        question the admin asks for its index, list and add pages).
        """
        if self.full:
            return True
        if self.association_id is None:
            return False
        model = model._meta.concrete_model
        if action == "add":
            return model in ADDABLE
        if obj is None:
            if action == "view":
                return model in EDITABLE or model in READ_ONLY
            if action == "delete":
                return model in ADDABLE
            return model in EDITABLE
        if obj.pk is None:
            return False
        key = (action, model, obj.pk)
        if key not in self._cache:
            rows = self.rows(model._default_manager.filter(pk=obj.pk), action)
            self._cache[key] = rows.exists()
        return self._cache[key]

    def choices(self, field, queryset):
        """What this user may pick for ``field`` (a model's ForeignKey or ManyToManyField).

        ``queryset`` holds every candidate; an editor gets those of their association,
        so that a new or changed record cannot point at another association's data.
        """
        if self.full:
            return queryset
        related = queryset.model._meta.concrete_model
        if related in READ_ONLY:
            return queryset
        allowed = self.rows(queryset, "change")
        if related is Cluster and (field.model._meta.concrete_model, field.name) in (
            OPEN_CLUSTER_CHOICES
        ):
            allowed = queryset.filter(
                Q(pk__in=allowed.values("pk")) | Q(status=PublicationStatus.PUBLISHED)
            )
        return allowed

    def status_choices(self, current: str | None) -> set[str]:
        """The publication statuses this user may give a record whose status is ``current``.

        An editor saves drafts and submits them for review; a published record they edit
        stays published (their change shows at once, and history can undo it).
        """
        if self.can_publish:
            return set(PublicationStatus.values)
        allowed = {PublicationStatus.DRAFT, PublicationStatus.REVIEW}
        if current == PublicationStatus.PUBLISHED:
            allowed.add(PublicationStatus.PUBLISHED)
        return allowed

    def check_status(self, obj) -> None:
        """Refuse (403) to save ``obj`` with a status this user may not give it."""
        if self.can_publish:
            return
        current = stored_status(obj)
        if obj.status not in self.status_choices(current):
            raise PermissionDenied

    def claim(self, obj) -> None:
        """Make a record an editor has just created belong to their association."""
        if self.full or self.association_id is None:
            return
        if isinstance(obj, Cluster):
            Membership.objects.get_or_create(cluster=obj, association_id=self.association_id)


def for_user(user) -> Access:
    """The access of ``user``, computed once and kept on the user object of the request."""
    access = getattr(user, "_portal_access", None)
    if access is None or access.user is not user:
        access = Access(user)
        user._portal_access = access
    return access


def is_moderated(model) -> bool:
    """Whether ``model`` carries a publication status (``ContentModel``)."""
    return issubclass(model, ContentModel)


def stored_status(obj) -> str | None:
    """The publication status ``obj`` has in the database (None if it is not saved yet)."""
    if obj.pk is None:
        return None
    manager = obj._meta.concrete_model._default_manager
    return manager.filter(pk=obj.pk).values_list("status", flat=True).first()


def ensure_groups(apps=django_apps) -> None:
    """Create the "Association editors" and "Portal editors" groups with their permissions.

    Adds missing permissions, never removes one (a superuser may have given a group more).
    ``apps`` is the registry of a data migration, or the running project's.
    """
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")

    wanted = Q(pk__in=[])
    for app_label, models in EDITOR_PERMISSIONS.items():
        for model, actions in models.items():
            wanted |= Q(
                content_type__app_label=app_label,
                content_type__model=model,
                codename__in=[f"{action}_{model}" for action in actions],
            )
    editors, _ = group_model.objects.get_or_create(name=ASSOCIATION_EDITORS)
    editors.permissions.add(*permission_model.objects.filter(wanted))

    portal, _ = group_model.objects.get_or_create(name=PORTAL_EDITORS)
    portal.permissions.add(
        *permission_model.objects.filter(
            Q(content_type__app_label__in=PORTAL_APPS)
            | Q(content_type__app_label="auth", codename="view_user")
        )
    )
