"""Version history of the portal's records (django-simple-history).

Every create, change and delete of a registered model leaves a historical row holding
the whole record, who made the change (``HistoryRequestMiddleware`` supplies the admin
user) and when; the admin's history page lists them and can restore an earlier version.
"""

import simple_history
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from modeltranslation.translator import NotRegistered, translator
from simple_history.models import HistoricalRecords

# Changed by every save whatever else changes: not a change of the record itself.
NOT_CHANGES = frozenset({"updated_at"})
# A stored change reason that names a restored version: "restored:<history id>".
RESTORED = "restored:"


class PortalHistoricalRecords(HistoricalRecords):
    """A history that records a save only when it changed something.

    Saving an untouched admin form (or any save repeating the stored values) would
    otherwise add a version identical to the previous one. A save carrying an explicit
    change reason (``_change_reason``) is always recorded.
    """

    def post_save(self, instance, created, using=None, **kwargs):
        if not created and not kwargs.get("raw", False) and self.unchanged(instance):
            return
        super().post_save(instance, created, using=using, **kwargs)

    def unchanged(self, instance) -> bool:
        """Whether ``instance`` holds the values of its latest version (one query)."""
        if getattr(instance, "_change_reason", None):
            return False
        latest = getattr(instance, self.manager_name).first()
        if latest is None:
            return False
        return all(
            _same(getattr(latest, field.attname), getattr(instance, field.attname))
            for field in self.fields_included(instance)
            if field.name not in NOT_CHANGES
        )


def _same(old, new) -> bool:
    # A translation column left empty is NULL until a form saves it as "": no change.
    return old == new or (old in (None, "") and new in (None, ""))


def restored_reason(version) -> str:
    """The change reason stored when ``version`` (a historical row) is restored: the
    version's date, so that the history page names it without a query per row."""
    return f"{RESTORED}{version.history_date.isoformat()}"


def readable_reason(record, changed_fields=None) -> str:
    """Why ``record`` (a historical row) exists, in words of the active language.

    ``changed_fields`` are the verbose names of the fields it changed against the version
    before it (None for the oldest row shown). A free-text reason someone gave is kept.
    """
    reason = record.history_change_reason or ""
    if reason.startswith(RESTORED):
        restored = parse_datetime(reason.removeprefix(RESTORED))
        if restored is None:
            return _("Restored an earlier version")
        when = formats.date_format(timezone.localtime(restored), "DATETIME_FORMAT")
        return _("Restored the version of %(date)s") % {"date": when}
    if reason:
        return reason
    if record.history_type == "+":
        return _("Created")
    if record.history_type == "-":
        return _("Deleted")
    if changed_fields:
        return _("Changed: %(fields)s") % {"fields": ", ".join(changed_fields)}
    return _("Changed")


def register_history(*models) -> None:
    """Keep a version history of ``models``.

    Called at the end of each app's ``translation.py``, after the translator registration:
    modeltranslation has then added the ``_lt``/``_en`` fields to the models, so the
    historical tables hold both languages. The untranslated column behind a translated
    field (``name`` beside ``name_lt``/``name_en``) only mirrors the language active at
    save time, so it is left out: a restored version takes its text from ``_lt``/``_en``.
    """
    for model in models:
        try:
            translated = list(translator.get_options_for_model(model).all_fields)
        except NotRegistered:
            translated = []
        simple_history.register(
            model, excluded_fields=translated, records_class=PortalHistoricalRecords
        )
