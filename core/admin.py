"""What every admin page of the portal shares: the site's titles and the base classes.

Every model admin and inline of the three apps derives from ``PortalAdminMixin`` (through
the classes below), so a rule that must hold for all of them is written once, here:

- the access rule of ``core.access`` (which rows a user sees and changes) in
  ``get_queryset``, the ``has_*_permission`` methods, the choices of every relation
  field, autocomplete, the moderation actions and the history views. Every admin that
  narrows its queryset does so by calling ``super().get_queryset(request)`` and so keeps
  the rule; another association's record is a 404, a forbidden action a 403;
- moderation: editors save drafts and submit them for review, portal editors publish;
- version history (django-simple-history): the history page shows who changed what and
  when, and restores an earlier version.

Translated fields are edited side by side (``name [lt]``, ``name [en]``) through
django-modeltranslation's plain admin classes. The "tabbed" variants are not used: they
need inline JavaScript and a CDN, which the Content-Security-Policy forbids.
"""

import re

from django import forms
from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin.options import (
    IS_POPUP_VAR,
    IncorrectLookupParameters,
    InlineModelAdmin,
)
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from core import access, admin_visibility, history, moderation
from core.content import PublicationStatus
from core.images import LogoField

admin.site.site_header = _("Cluster portal — administration")
admin.site.site_title = _("Cluster portal administration")
admin.site.index_title = _("Portal data")

# Kept by the database, shown to editors but never edited.
TIMESTAMP_FIELDS = ("created_at", "updated_at")
# Set when a record becomes public (``ContentModel.save``), shown beside its status.
PUBLISHED_AT = "published_at"


def sources_fieldset(*, moderated: bool = True) -> tuple:
    """The last fieldset of every sourced record: where its facts come from, and its state.

    ``moderated`` adds the publication status and the date of the last check, which only
    content kept by association staff has (``ContentModel``).
    """
    fields = ("status", PUBLISHED_AT, "last_verified") if moderated else ()
    fields += ("sources", "is_demo", *TIMESTAMP_FIELDS)
    return (_("Sources and moderation"), {"fields": fields})


@admin.action(description=_("Submit for review"))
def submit_for_review(modeladmin, request, queryset):
    """Drafts the user may change go to the portal editors for review."""
    drafts = queryset.filter(status=PublicationStatus.DRAFT)
    modeladmin.set_status(request, drafts, PublicationStatus.REVIEW)


@admin.action(description=_("Publish"))
def publish(modeladmin, request, queryset):
    """Records the user may change go public (portal editors and superusers only)."""
    if not access.for_user(request.user).can_publish:
        raise PermissionDenied
    unpublished = queryset.exclude(status=PublicationStatus.PUBLISHED)
    modeladmin.set_status(request, unpublished, PublicationStatus.PUBLISHED)


def check_version_id(version_id) -> None:
    """A history version is named by a number; anything else is not found (404)."""
    if not re.fullmatch(r"[0-9]{1,18}", str(version_id)):
        raise Http404


class PortalAdminMixin:
    """Shared by every model admin and inline of the portal (see the module docstring).

    In an inline, the ``obj`` of the ``has_*_permission`` methods is the parent record:
    an inline's rows are changed only by someone who may change the parent, and only the
    rows the access rule lets them see are shown (and accepted back).
    """

    # A web address typed without a scheme is taken as https (Django 6's default).
    # Uploaded images (logos) are checked and re-encoded before anything is stored.
    formfield_overrides = {
        models.URLField: {"assume_scheme": "https"},
        models.ImageField: {"form_class": LogoField},
    }

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        own_fields = {field.name for field in self.model._meta.get_fields()}
        readonly += [
            name
            for name in (*TIMESTAMP_FIELDS, PUBLISHED_AT)
            if name in own_fields and name not in readonly
        ]
        readonly += self._demo_flag_readonly(request, own_fields, readonly)
        return readonly

    def _demo_flag_readonly(self, request, own_fields, readonly) -> list[str]:
        """Only generated data is demo: the flag is shown to editors, never edited by them
        (portal editors and superusers keep it, to mark or unmark by hand)."""
        if (
            "is_demo" in own_fields
            and "is_demo" not in readonly
            and not access.for_user(request.user).full
        ):
            return ["is_demo"]
        return []

    def get_list_display(self, request):
        """A moderated record's list shows when it was published, beside its status. The
        demo flag is a column only for those who may change it: an editor's list keeps to
        what they keep (and fits a 1,280 px window)."""
        columns = list(super().get_list_display(request))
        if "is_demo" in columns and not access.for_user(request.user).full:
            columns.remove("is_demo")
        if access.is_moderated(self.model) and "status" in columns and PUBLISHED_AT not in columns:
            columns.insert(columns.index("status") + 1, "published_on")
        return columns

    @admin.display(description=_("Published on"), ordering=PUBLISHED_AT)
    def published_on(self, obj):
        """The day only (2026-12-01): the list keeps to a 1,280 px window; the form gives
        the time."""
        value = getattr(obj, PUBLISHED_AT, None)
        return date_format(localtime(value), "SHORT_DATE_FORMAT") if value else "–"

    # --- The access rule (core.access) ----------------------------------

    def get_queryset(self, request):
        return access.for_user(request.user).rows(super().get_queryset(request))

    def get_object(self, request, object_id, from_field=None):
        """The record, or 404 for someone whose access does not reach it."""
        obj = super().get_object(request, object_id, from_field)
        if obj is None and not access.for_user(request.user).full:
            raise Http404
        return obj

    def _allows(self, request, action, obj=None) -> bool:
        rule = access.for_user(request.user)
        if isinstance(self, InlineModelAdmin):
            if obj is not None:
                parent_action = "view" if action == "view" else "change"
                if not rule.can(parent_action, type(obj), obj):
                    return False
            return rule.can(action, self.model)
        return rule.can(action, self.model, obj)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self._allows(request, "view", obj)

    def has_add_permission(self, request, obj=None):
        if isinstance(self, InlineModelAdmin):
            allowed = super().has_add_permission(request, obj)
        else:
            allowed = super().has_add_permission(request)
        return allowed and self._allows(request, "add", obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._allows(request, "change", obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._allows(request, "delete", obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        formfield = super().formfield_for_foreignkey(db_field, request, **kwargs)
        return self._limit_choices(request, db_field, formfield)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        formfield = super().formfield_for_manytomany(db_field, request, **kwargs)
        return self._limit_choices(request, db_field, formfield)

    def _limit_choices(self, request, db_field, formfield):
        rule = access.for_user(request.user)
        if formfield is None or rule.full:
            return formfield
        formfield.queryset = rule.choices(db_field, formfield.queryset)
        if rule.must_fill(db_field):
            # What an editor creates belongs to their association (an event's organiser).
            formfield.required = True
        return formfield

    def get_search_results(self, request, queryset, search_term):
        """Autocomplete offers what the access rule lets the user pick for that field."""
        rule = access.for_user(request.user)
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == "autocomplete" and not rule.full:
            # AutocompleteJsonView has checked these parameters before asking.
            source_model = apps.get_model(request.GET["app_label"], request.GET["model_name"])
            source = source_model._meta.get_field(request.GET["field_name"])
            queryset = rule.choices(source, self.model._default_manager.all())
        return super().get_search_results(request, queryset, search_term)

    # --- Visibility of records beyond the access (core.admin_visibility) ------------

    def get_list_filter(self, request):
        """Filters by an association or a cluster offer only records the user may see."""
        return admin_visibility.visible_list_filter(self.model, super().get_list_filter(request))

    # --- Odd parameters -------------------------------------------------------------

    def get_changelist_instance(self, request):
        """A filter value beyond any range (a year of 99999999999) is a bad lookup, which
        the admin answers with the list and an "incorrect parameters" note, not an error."""
        try:
            return super().get_changelist_instance(request)
        except OverflowError as error:
            raise IncorrectLookupParameters(error) from error

    # --- Moderation ----------------------------------------------------------------

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        status = form.base_fields.get("status")
        if status is not None and access.is_moderated(self.model):
            allowed = access.for_user(request.user).status_choices(
                access.stored_status(obj) if obj is not None else None
            )
            status.choices = [choice for choice in status.choices if choice[0] in allowed]
        return form

    def save_model(self, request, obj, form, change):
        if access.is_moderated(type(obj)):
            access.for_user(request.user).check_status(obj)
            # Told in the success message (``message_user``).
            request._portal_saved = obj
        restoring = getattr(request, "_portal_restoring", None)
        if restoring is not None:
            obj._change_reason = history.restored_reason(restoring)
        super().save_model(request, obj, form, change)

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        """The success message of a save says whether the record is public, and who
        publishes it when it is not."""
        saved = getattr(request, "_portal_saved", None)
        if saved is not None and level == messages.SUCCESS:
            message = format_html("{} {}", message, moderation.status_note(saved))
        super().message_user(request, message, level, *args, **kwargs)

    def get_urls(self):
        opts = self.model._meta
        urls = super().get_urls()
        if not access.is_moderated(self.model):
            return urls
        publish_view = self.admin_site.admin_view(self.publish_view)
        return [
            path(
                "<path:object_id>/publish/",
                publish_view,
                name=f"{opts.app_label}_{opts.model_name}_publish",
            ),
            *urls,
        ]

    def publish_view(self, request, object_id):
        """Publish one record (the review queue's button): POST only, by someone who may
        publish and change it; recorded in the history; back to where the button was."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        rule = access.for_user(request.user)
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not rule.can_publish or not self.has_change_permission(request, obj):
            raise PermissionDenied
        if obj.status != PublicationStatus.PUBLISHED:
            obj.status = PublicationStatus.PUBLISHED
            obj._history_user = request.user
            obj.save(update_fields=["status", "updated_at"])
            self.log_change(request, obj, [{"changed": {"fields": ["status"]}}])
        message = format_html(
            "{} {}", _("Published “%(name)s”.") % {"name": obj}, moderation.status_note(obj)
        )
        super().message_user(request, message, messages.SUCCESS)
        back = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(
            back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            back = reverse("admin:index")
        return HttpResponseRedirect(back)

    def save_related(self, request, form, formsets, change):
        rule = access.for_user(request.user)
        hidden = self._hidden_relations(request, form) if change else {}
        super().save_related(request, form, formsets, change)
        # Links an editor could not see (and so could not send back) are kept.
        for name, pks in hidden.items():
            getattr(form.instance, name).add(*pks)
        if not change:
            rule.claim(form.instance)

    def _hidden_relations(self, request, form) -> dict:
        """Many-to-many links of the record outside the choices the user was offered."""
        if access.for_user(request.user).full:
            return {}
        hidden = {}
        for field in self.model._meta.many_to_many:
            formfield = form.fields.get(field.name)
            if not isinstance(formfield, forms.ModelMultipleChoiceField):
                continue
            current = getattr(form.instance, field.name).values_list("pk", flat=True)
            outside = set(current) - set(
                formfield.queryset.filter(pk__in=current).values_list("pk", flat=True)
            )
            if outside:
                hidden[field.name] = outside
        return hidden

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.actions is None or IS_POPUP_VAR in request.GET:
            return actions
        if access.is_moderated(self.model) and self.has_change_permission(request):
            chosen = [submit_for_review]
            if access.for_user(request.user).can_publish:
                chosen.append(publish)
            for action in chosen:
                func, name, description = self.get_action(action)
                actions[name] = (func, name, description)
        return actions

    def set_status(self, request, queryset, status: str) -> None:
        """Give ``status`` to the records of ``queryset`` the user may change, one by one
        (so that each change is recorded in the history)."""
        changed = 0
        for obj in access.for_user(request.user).rows(queryset, "change"):
            obj.status = status
            obj._history_user = request.user
            obj.save(update_fields=["status", "updated_at"])
            changed += 1
        message = ngettext("%(count)d record changed.", "%(count)d records changed.", changed) % {
            "count": changed
        }
        if changed and status == PublicationStatus.REVIEW:
            note = _(
                "They wait for review and are not public yet: the portal's editors check "
                "and publish them."
            )
            message = f"{message} {note}"
        elif changed and status == PublicationStatus.PUBLISHED:
            message = f"{message} {_('They are public now.')}"
        self.message_user(request, message, messages.SUCCESS if changed else messages.WARNING)

    @admin.display(description=_("profile complete"))
    def completeness(self, obj):
        return f"{obj.profile_completeness()} %"

    # --- History (django-simple-history) --------------------------------------------

    def history_view(self, request, object_id, extra_context=None):
        self._check_current(request, object_id, "view")
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """An earlier version; restoring it (POST) needs the right to change the record."""
        check_version_id(version_id)
        self._check_current(request, object_id, "change" if request.method == "POST" else "view")
        if request.method == "POST":
            # The restored version is named in the change reason (``save_model``).
            request._portal_restoring = self.model.history.model.objects.filter(
                history_id=version_id
            ).first()
        return super().history_form_view(request, object_id, version_id, extra_context)

    def set_history_delta_changes(self, request, page_obj, *args, **kwargs):
        # The last hook before a history page renders: hide names from other associations,
        # and say in words why each version exists (the page shows the change reason).
        super().set_history_delta_changes(request, page_obj, *args, **kwargs)
        not_changes = {
            capfirst(field.verbose_name)
            for field in self.model._meta.fields
            if field.name in history.NOT_CHANGES
        }
        for record in page_obj.object_list:
            changes = getattr(record, "history_delta_changes", None)
            fields = None
            if changes is not None:
                fields = [str(c["field"]) for c in changes if c["field"] not in not_changes]
            record.history_change_reason = history.readable_reason(record, fields)
        admin_visibility.hide_history_users(request, page_obj.object_list)

    def _check_current(self, request, object_id, action: str) -> None:
        """The history of a record follows the access to its current version.

        Someone with full access may also see and restore a deleted record's versions.
        """
        rule = access.for_user(request.user)
        if rule.full:
            return
        obj = self.get_object(request, unquote(object_id))
        check = self.has_change_permission if action == "change" else self.has_view_permission
        if not check(request, obj):
            raise PermissionDenied


class PortalAdmin(PortalAdminMixin, SimpleHistoryAdmin):
    """For models without translated fields."""


class PortalTranslationAdmin(PortalAdminMixin, SimpleHistoryAdmin, TranslationAdmin):
    """For models registered with modeltranslation: one form field per language."""


class PortalTabularInline(PortalAdminMixin, admin.TabularInline):
    extra = 0


class PortalTranslationTabularInline(PortalAdminMixin, TranslationTabularInline):
    extra = 0


# --- Django's users and groups ------------------------------------------------------

PERMISSION_ACTIONS = {
    "add": pgettext_lazy("permission", "add"),
    "change": pgettext_lazy("permission", "change"),
    "delete": pgettext_lazy("permission", "delete"),
    "view": pgettext_lazy("permission", "view"),
}


def permission_label(permission) -> str:
    """A permission as "Klasteriai: keisti", not Django's stored English "Can change
    cluster" (written once, at migration, in no language)."""
    action = permission.codename.split("_", 1)[0]
    model = permission.content_type.model_class()
    if action not in PERMISSION_ACTIONS or model is None:
        return permission.name
    return f"{capfirst(model._meta.verbose_name_plural)}: {PERMISSION_ACTIONS[action]}"


class PermissionLabelsMixin:
    def formfield_for_manytomany(self, db_field, request, **kwargs):
        formfield = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name == "permissions" or db_field.name == "user_permissions":
            formfield.label_from_instance = permission_label
        return formfield


class PortalUserAdmin(PermissionLabelsMixin, UserAdmin):
    pass


class PortalGroupAdmin(PermissionLabelsMixin, GroupAdmin):
    pass


admin.site.unregister(User)
admin.site.unregister(Group)
admin.site.register(User, PortalUserAdmin)
admin.site.register(Group, PortalGroupAdmin)
