"""Clusters and events in bulk, limited to what the importing user may edit.

The rule is the admin's (``core.access``): full-access users import and export
anything; an association's editor only that association's clusters (its member
clusters) and events (those it organises), and gives no status they may not give in a
form (they do not publish); any other account nothing. A cluster an editor imports
joins their association; an event they import is organised by it.
"""

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from import_export import fields

from alliance.models import Association, Event
from clusters.resources import ClusterResource
from core import access
from core.bulk import (
    CountryWidget,
    DateWidget,
    PortalResource,
    SlugForeignKeyWidget,
    URLWidget,
)
from core.content import PublicationStatus

EVENT_COLUMNS = (
    "slug",
    "title_lt",
    "title_en",
    "kind",
    "city",
    "country",
    "start_date",
    "end_date",
    "date_precision",
    "organiser",
    "link",
    "status",
)

NO_ASSOCIATION = _("Your account is not tied to an association, so it cannot import.")


def user_access(user) -> access.Access:
    """The access rule for ``user``; no user (a script) gets an anonymous user's: nothing."""
    return access.for_user(user if user is not None else AnonymousUser())


def import_errors(user, instance, *, new: bool) -> dict:
    """Why ``user`` may not import ``instance`` (a cluster or event), by field; {} if they may.

    ``instance`` carries the row's values; whether it exists is decided by ``new``. The
    checks are the admin's: the right to add or to change this record, the organiser an
    editor may pick (events), and the publication statuses the user may give.
    """
    rule = user_access(user)
    model = type(instance)
    if not rule.full and rule.association_id is None:
        return {"slug": [NO_ASSOCIATION]}
    errors = {}
    if new and not rule.can("add", model):
        errors["slug"] = [
            _("You may not add %(things)s.") % {"things": model._meta.verbose_name_plural}
        ]
    elif not new and not rule.can("change", model, instance):
        # The same words whether the record is public or another association's draft:
        # the row must not tell which slugs exist beyond what the user may see.
        errors["slug"] = [
            _(
                "The slug “%(slug)s” is not available to you: you may only update your "
                "association's records. Choose another slug for a new record."
            )
            % {"slug": instance.slug}
        ]
    if isinstance(instance, Event) and instance.organiser is not None:
        field = Event._meta.get_field("organiser")
        allowed = rule.choices(field, Association.objects.filter(pk=instance.organiser.pk))
        if not allowed.exists():
            errors["organiser"] = [_("You may only import events your association organises.")]
    if access.is_moderated(model) and instance.status in PublicationStatus.values:
        current = None if new else access.stored_status(instance)
        if instance.status not in rule.status_choices(current):
            errors["status"] = [
                _("You may not give the status “%(status)s”: only portal editors publish.")
                % {"status": instance.status}
            ]
    return errors


class MemberClusterResource(ClusterResource):
    """Clusters, limited to the user's: an editor's new clusters join their association."""

    def check_row(self, instance, row, *, new):
        errors = import_errors(self.user, instance, new=new)
        if errors:
            raise ValidationError(errors)

    def after_save_instance(self, instance, row, **kwargs):
        super().after_save_instance(instance, row, **kwargs)
        user_access(self.user).claim(instance)

    def filter_export(self, queryset, **kwargs):
        return user_access(self.user).rows(queryset, "view")


class EventResource(PortalResource):
    """One row per event, found by its slug; the organiser is an association's slug."""

    country = fields.Field(attribute="country", column_name="country", widget=CountryWidget())
    start_date = fields.Field(
        attribute="start_date", column_name="start_date", widget=DateWidget()
    )
    end_date = fields.Field(attribute="end_date", column_name="end_date", widget=DateWidget())
    organiser = fields.Field(
        attribute="organiser", column_name="organiser", widget=SlugForeignKeyWidget(Association)
    )
    link = fields.Field(attribute="link", column_name="link", widget=URLWidget())

    class Meta:
        model = Event
        fields = EVENT_COLUMNS
        import_order = EVENT_COLUMNS
        export_order = EVENT_COLUMNS

    def check_row(self, instance, row, *, new):
        association_id = user_access(self.user).association_id
        if instance.organiser is None and association_id is not None:
            # An editor's events are organised by their association, named or not.
            instance.organiser_id = association_id
        errors = import_errors(self.user, instance, new=new)
        if errors:
            raise ValidationError(errors)

    def filter_export(self, queryset, **kwargs):
        return user_access(self.user).rows(queryset, "view")
