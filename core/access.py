"""Who may see and change what in the admin: the portal's one access rule.

Three kinds of staff account:

- **full access**: superusers and members of the "Portal editors" group. They see and
  change every record and they alone publish.
- **association editors**: an account tied to one association (the app that owns
  associations says which, through ``declare_editor_lookup``). They change that
  association's own data and read the reference data without changing it. Whatever they
  create must belong to their association: the relations they may pick are limited
  (``Access.choices``) and what they add becomes theirs (``Access.claim``).
- **any other staff account**: nothing.

This module is the mechanism; each app declares the rules for its own models in its
``access`` module (``declare``, ``declare_read_only``), loaded from its AppConfig.ready().
A model without a declared rule is out of an editor's reach.

The rule says *which rows*; Django's model permissions (given through the groups that
``ensure_groups`` keeps, derived from the declared rules) still say *which actions* on a
model. ``PortalAdminMixin`` in ``core.admin`` applies both to every admin page, inline,
autocomplete, action and history view.
"""

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property

from django.apps import apps as django_apps
from django.core.exceptions import PermissionDenied
from django.db.models import Q

from core.content import ContentModel, PublicationStatus

PORTAL_EDITORS = "Portal editors"
ASSOCIATION_EDITORS = "Association editors"


@dataclass(frozen=True)
class Rule:
    """What an association's editor may do with one model's rows.

    - ``editable(a)``: the condition on the rows an editor of association ``a`` may view
      and change (None: none of them);
    - ``deletable(a)``: where they may delete fewer rows than they may change;
    - ``addable``: whether they may create records (which must then belong to them);
    - ``read_only``: reference data they read and never change;
    - ``open_choices``: relation fields of this model where any *published* record may
      be picked besides their own (an event's participating clusters);
    - ``owner_fields``: relation fields an editor must fill (an event's organiser, which
      ``choices`` limits to their association);
    - ``exclude_choices``: by relation field, the rows an editor of ``a`` may not pick
      there (``exclude_choices[field](a)``: a cluster already a member, for a request to
      add one);
    - ``claim(obj, a)``: makes a record an editor of ``a`` has just created theirs;
    - ``owners``: the relation from a row to the associations it belongs to, shown
      beside it (the review queue); ``""`` when the row is an association itself,
      None when no association owns it.
    """

    editable: Callable[[int], Q] | None = None
    deletable: Callable[[int], Q] | None = None
    addable: bool = False
    read_only: bool = False
    open_choices: frozenset[str] = frozenset()
    owner_fields: frozenset[str] = frozenset()
    exclude_choices: Mapping[str, Callable[[int], Q]] = dataclasses.field(default_factory=dict)
    claim: Callable[[object, int], None] | None = None
    owners: str | None = None


NO_RULE = Rule()
# Filled by the apps' ``access`` modules (loaded from their AppConfig.ready()).
_rules: dict[type, Rule] = {}
_editor_lookup: list[Callable] = []


def declare(model, **rule) -> None:
    """Declare the editors' rule for ``model`` (see ``Rule``); once per model."""
    if model in _rules:
        raise ValueError(f"An access rule for {model.__name__} is already declared.")
    rule["open_choices"] = frozenset(rule.get("open_choices", ()))
    rule["owner_fields"] = frozenset(rule.get("owner_fields", ()))
    _rules[model] = Rule(**rule)


def declare_read_only(*models) -> None:
    """Reference data kept by portal editors: association editors read it, never change it."""
    for model in models:
        declare(model, read_only=True)


def declare_editor_lookup(lookup: Callable) -> None:
    """Register ``lookup(user) -> association id | None``: the association an account edits
    (the app that ties accounts to associations provides it)."""
    _editor_lookup[:] = [lookup]


def rule_for(model) -> Rule:
    return _rules.get(model._meta.concrete_model, NO_RULE)


def editor_permissions() -> dict[tuple[str, str], tuple[str, ...]]:
    """Model permissions of the "Association editors" group, by (app label, model name),
    as the declared rules need them."""
    permissions = {}
    for model, rule in _rules.items():
        if rule.read_only:
            actions = ("view",)
        elif rule.editable is not None:
            actions = ("view", "add", "change", "delete") if rule.addable else ("view", "change")
        else:
            continue
        permissions[(model._meta.app_label, model._meta.model_name)] = actions
    return permissions


def portal_app_labels() -> list[str]:
    """The apps holding portal data (``portal_data = True`` on their AppConfig)."""
    return [
        config.label
        for config in django_apps.get_app_configs()
        if getattr(config, "portal_data", False)
    ]


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
        return _editor_lookup[0](self.user) if _editor_lookup else None

    @property
    def can_publish(self) -> bool:
        return self.full

    def rows(self, queryset, action: str = "view"):
        """The rows of ``queryset`` this user may ``action`` ("view", "change", "delete")."""
        if self.full:
            return queryset
        if self.association_id is None:
            return queryset.none()
        rule = rule_for(queryset.model)
        if rule.read_only:
            return queryset if action == "view" else queryset.none()
        condition = rule.deletable if action == "delete" else None
        condition = condition or rule.editable
        if condition is None:
            return queryset.none()
        return queryset.filter(condition(self.association_id))

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
        rule = rule_for(model)
        if action == "add":
            return rule.addable
        if obj is None:
            if action == "view":
                return rule.editable is not None or rule.read_only
            if action == "delete":
                return rule.addable
            return rule.editable is not None
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
        if rule_for(queryset.model).read_only:
            return queryset
        allowed = self.rows(queryset, "change")
        rule = rule_for(field.model)
        if field.name in rule.open_choices:
            allowed = queryset.filter(Q(pk__in=allowed.values("pk")) | published_rows(queryset))
        if field.name in rule.exclude_choices:
            allowed = allowed.exclude(rule.exclude_choices[field.name](self.association_id))
        return allowed

    def must_fill(self, field) -> bool:
        """Whether this user must fill relation ``field`` (an editor's own association)."""
        return not self.full and field.name in rule_for(field.model).owner_fields

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
        claim = rule_for(type(obj)).claim
        if claim is not None:
            claim(obj, self.association_id)


def for_user(user) -> Access:
    """The access of ``user``, computed once and kept on the user object of the request."""
    access = getattr(user, "_portal_access", None)
    if access is None or access.user is not user:
        access = Access(user)
        user._portal_access = access
    return access


def published_rows(queryset) -> Q:
    """The public rows of ``queryset``'s model, as a condition (all rows when unmoderated)."""
    return Q(pk__in=queryset.model._default_manager.published().values("pk"))


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
    for (app_label, model), actions in editor_permissions().items():
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
            Q(content_type__app_label__in=portal_app_labels())
            | Q(content_type__app_label="auth", codename="view_user")
        )
    )
