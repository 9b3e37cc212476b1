"""Bulk import and export in the admin (django-import-export), shared by the apps.

Rules every import follows, whatever the model:

- All or nothing: an import runs in one transaction that is rolled back when any row has
  an error, so a file is never half applied. The preview lists every bad row with its
  reasons, and the confirmation button is only offered when there is none.
- Rows are checked like a form would check them (the model's ``full_clean``), and
  references (country codes, slugs of sectors or associations) must name existing things;
  an unknown one is an error of that row, never silently dropped.
- The user is known to the resource (``PortalResource.user``), so a resource can limit
  what the user may import or export (see ``alliance.resources``).

Kept free of imports from the apps so that every app may use it.
"""

import datetime
import logging
import re

from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import (
    NON_FIELD_ERRORS,
    BadRequest,
    FieldDoesNotExist,
    ObjectDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_countries import countries
from django_countries.fields import Country
from import_export import resources, widgets
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX
from import_export.forms import ImportForm, SelectableFieldsExportForm

from core import import_files
from core.import_formats import FileRefused, PortalCSV, PortalXLSX, check_size

logger = logging.getLogger(__name__)

# Characters that make a spreadsheet treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def unescape_cell(value: str) -> str:
    """The text an exported cell held before ``escape_cell`` (anything else unchanged)."""
    if value.startswith("'") and value[1:].startswith((*FORMULA_STARTS, "'")):
        return value[1:]
    return value


def escape_cell(value: str) -> str:
    """``value`` made safe for a spreadsheet: one apostrophe before a formula's start.

    A text that already starts with an apostrophe before such a character gets one too,
    so that ``unescape_cell(escape_cell(text)) == text`` for every text: a file exported
    and imported back changes nothing.
    """
    if value.startswith(FORMULA_STARTS) or unescape_cell(value) != value:
        return "'" + value
    return value


class CountryWidget(widgets.Widget):
    """A country as its two-letter ISO code (``LT``; ``LTU`` is read too); an unknown code
    is an error."""

    def clean(self, value, row=None, **kwargs):
        given = str(value if value is not None else "").strip()
        if not given:
            return ""
        code = countries.alpha2(given)
        if not code:
            raise ValueError(
                _("Unknown country code “%(code)s”: use a two-letter ISO code such as LT.")
                % {"code": given}
            )
        return code

    def render(self, value, obj=None, **kwargs):
        if isinstance(value, Country):
            return value.code or ""
        return value or ""


class SlugListWidget(widgets.ManyToManyWidget):
    """Related records by their slugs, comma-separated; every slug must exist."""

    def __init__(self, model, **kwargs):
        super().__init__(model, separator=",", field="slug", **kwargs)

    def clean(self, value, row=None, **kwargs):
        if value is None or not str(value).strip():
            return self.model.objects.none()
        slugs = {slug.strip() for slug in str(value).split(self.separator) if slug.strip()}
        found = self.model.objects.filter(slug__in=slugs)
        missing = slugs - {obj.slug for obj in found}
        if missing:
            raise ValueError(
                _("Unknown %(things)s: %(slugs)s.")
                % {
                    "things": self.model._meta.verbose_name_plural,
                    "slugs": ", ".join(sorted(missing)),
                }
            )
        return found

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return self.separator.join(sorted(related.slug for related in value.all()))


class SlugForeignKeyWidget(widgets.ForeignKeyWidget):
    """A related record by its slug; an unknown slug is an error of the row."""

    def __init__(self, model, **kwargs):
        super().__init__(model, field="slug", **kwargs)

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, str):
            value = value.strip()
        try:
            return super().clean(value, row, **kwargs)
        except ObjectDoesNotExist:
            raise ValueError(
                _("Unknown %(thing)s “%(slug)s”.")
                % {"thing": self.model._meta.verbose_name, "slug": value}
            ) from None


class DateWidget(widgets.DateWidget):
    """A date written as YYYY-MM-DD (or a spreadsheet's date cell)."""

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        try:
            return super().clean(value, row, **kwargs)
        except ValueError:
            raise ValueError(
                _("“%(value)s” is not a date: write it as YYYY-MM-DD.") % {"value": value}
            ) from None


class IntegerWidget(widgets.IntegerWidget):
    """A whole number written with digits only (``1990``, not ``1990 m.`` or ``12,5``)."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            raise ValueError(_("“%(value)s” is not a whole number.") % {"value": value})
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():  # a spreadsheet's number cell
            return int(value)
        given = str(value if value is not None else "").strip()
        if not given:
            return None
        if not re.fullmatch(r"-?[0-9]{1,15}", given):
            raise ValueError(_("“%(value)s” is not a whole number.") % {"value": given})
        return int(given)


class URLWidget(widgets.CharWidget):
    """A web address; one typed without a scheme is taken as https, as in the admin."""

    def clean(self, value, row=None, **kwargs):
        value = str(value or "").strip()
        if value and "://" not in value:
            value = f"https://{value}"
        return value


class PortalResource(resources.ModelResource):
    """A model resource that knows its user and never applies a file in part.

    Subclasses name the columns in ``Meta.fields`` (with ``slug`` as the import id) and
    may override ``check_row`` (is this user allowed to import this row?),
    ``after_save_instance`` and ``filter_export``.
    """

    # Whole numbers are read by our widget: its errors are sentences, not Decimal's.
    WIDGETS_MAP = {
        **resources.ModelResource.WIDGETS_MAP,
        **{
            name: IntegerWidget
            for name, widget in resources.ModelResource.WIDGETS_MAP.items()
            if widget is widgets.IntegerWidget
        },
    }

    def __init__(self, user=None, **kwargs):
        super().__init__(**kwargs)
        self.user = user

    class Meta:
        import_id_fields = ["slug"]
        use_transactions = True
        clean_model_instances = True
        skip_unchanged = False
        report_skipped = True

    def import_data(self, dataset, dry_run=False, raise_errors=False, **kwargs):
        """Import in one transaction, rolled back if any row has an error of any kind."""
        kwargs["use_transactions"] = True
        kwargs["rollback_on_validation_errors"] = True
        if self.user is None:
            self.user = kwargs.get("user")
        result = super().import_data(dataset, dry_run=dry_run, raise_errors=raise_errors, **kwargs)
        hide_unexpected_errors(result)
        return result

    def before_import(self, dataset, **kwargs):
        """A file without the column that finds the records is refused as a whole."""
        super().before_import(dataset, **kwargs)
        missing = [name for name in self.get_import_id_fields() if name not in dataset.headers]
        if missing:
            raise FileRefused(
                _(
                    "The file lacks the columns an import needs: %(columns)s. Its first row "
                    "must name the columns."
                )
                % {"columns": ", ".join(missing)}
            )

    def required_columns(self) -> dict[str, str]:
        """The columns (by field attribute) a new record cannot do without.

        They are the model fields that may not be left blank and have no default.
        """
        required = {}
        for field in self.get_import_fields():
            try:
                model_field = self._meta.model._meta.get_field(field.attribute)
            except (FieldDoesNotExist, TypeError):
                continue
            if not model_field.blank and not model_field.has_default():
                required[field.attribute] = field.column_name
        return required

    def import_instance(self, instance, row, **kwargs):
        """Set the fields from ``row``; collect every problem of the row at once.

        Besides the field values themselves, this checks the many-to-many columns (which
        the library would only read after saving) and the user's right to the row.
        """
        errors = {}
        if instance._state.adding:
            for attribute, column in self.required_columns().items():
                if column not in row:
                    errors[attribute] = [
                        _("The file has no column “%(column)s”, which a new record needs.")
                        % {"column": column}
                    ]
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row)
                except ValueError as error:
                    errors[field.attribute] = [str(error)]
        try:
            self.check_row(instance, row, new=instance._state.adding)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def check_row(self, instance, row, *, new: bool) -> None:
        """Raise ``ValidationError`` when ``self.user`` may not import this row."""

    def export_field(self, field, instance, **kwargs):
        value = super().export_field(field, instance, **kwargs)
        # A spreadsheet would run a text starting like a formula: keep it text.
        return escape_cell(value) if isinstance(value, str) else value

    def before_import_row(self, row, **kwargs):
        """Remove exactly the apostrophes an export added (``escape_cell``)."""
        super().before_import_row(row, **kwargs)
        for column, value in row.items():
            if isinstance(value, str):
                row[column] = unescape_cell(value)


class PortalExportForm(SelectableFieldsExportForm):
    """The export page's column choices named as the form names them, in the user's
    language ("Pavadinimas [lt] (name_lt)"), not as the column's English identifier."""

    def _get_field_label(self, resource, field_name: str) -> str:
        field = resource.fields.get(field_name)
        attribute = (field.attribute if field is not None else None) or field_name
        try:
            model_field = resource._meta.model._meta.get_field(attribute)
        except FieldDoesNotExist:
            return super()._get_field_label(resource, field_name)
        column = field.column_name if field is not None else field_name
        return f"{capfirst(model_field.verbose_name)} ({column})"


class PortalImportExportMixin(ImportExportMixin):
    """Import and export for a model admin: CSV and XLSX, user-aware, all or nothing.

    Importing needs the rights to add and to change records; exporting, the right to
    view them. Both go through the admin's own permission methods, so any rule they
    apply (an editor's association) holds here too.
    """

    import_formats = [PortalCSV, PortalXLSX]
    export_formats = [CSV, XLSX]
    export_form_class = PortalExportForm
    # Show each bad row's values beside its errors in the preview.
    import_error_display = ("message", "row")

    def has_import_permission(self, request):
        return self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def get_export_queryset(self, request):
        """The records to export, filtered like the list; a filter the list would refuse
        (an unknown parameter, a value out of range) is a 400, not an error."""
        try:
            return super().get_export_queryset(request)
        except (IncorrectLookupParameters, OverflowError) as error:
            raise BadRequest(str(error)) from error

    def get_resource_kwargs(self, request, *args, **kwargs):
        # The resource limits rows to the user's (its ``filter_export`` and ``check_row``).
        return {**kwargs, "user": request.user}

    def get_import_form_class(self, request):
        return CheckedImportForm

    def import_action(self, request, **kwargs):
        """The upload and its preview; a preview that cannot be confirmed keeps no file."""
        response = super().import_action(request, **kwargs)
        context = getattr(response, "context_data", None) or {}
        if request.method == "POST" and "confirm_form" not in context:
            # The library names the stored file on the upload itself, even when reading
            # it failed (and the form dropped it from its cleaned data).
            name = getattr(request.FILES.get("import_file"), "tmp_storage_name", None)
            if name:
                self.preview_storage(name).remove()
        return response

    def preview_storage(self, name: str):
        """The storage of the waiting file ``name`` (one of ours: see ``core.import_files``)."""
        return self.get_tmp_storage_class()(name=name, **self.get_tmp_storage_class_kwargs())

    def get_tmp_storage_class(self):
        return import_files.preview_storage_class(super().get_tmp_storage_class())

    def get_confirm_form_initial(self, request, import_form):
        """The confirmation names its preview's file by a token bound to this user's session."""
        initial = super().get_confirm_form_initial(request, import_form)
        if import_form is not None:
            initial["import_file_name"] = import_files.sign_preview(
                request,
                name=initial["import_file_name"],
                file_format=initial["format"],
                resource=initial["resource"],
            )
        return initial

    @method_decorator(require_POST)
    def process_import(self, request, **kwargs):
        """The confirmed import; a stale or forged confirmation sends back to the upload.

        Only the token of a preview this user made in this session, for that file's format
        and resource, is accepted: anything else is refused before any file is read or
        removed. Pressing "Confirm import" twice, or after the waiting file expired, finds
        no file.
        """
        if not self.has_import_permission(request):
            raise PermissionDenied
        preview = import_files.unsign_preview(request, request.POST.get("import_file_name", ""))
        if preview is None or (request.POST.get("format"), request.POST.get("resource", "")) != (
            str(preview["format"]),
            str(preview["resource"]),
        ):
            return self.import_again(
                request,
                _(
                    "This confirmation is not of a waiting preview of yours: "
                    "upload the file again."
                ),
            )
        if "cancel" in request.POST:
            self.preview_storage(preview["name"]).remove()
            messages.info(request, _("The import was cancelled: nothing was imported."))
            return HttpResponseRedirect(self.import_url())
        post = request.POST.copy()
        post["import_file_name"] = preview["name"]
        request.POST = post
        try:
            return super().process_import(request, **kwargs)
        except import_files.ImportFileGone:
            return self.import_again(
                request, _("The uploaded file is no longer available: upload it again.")
            )

    def add_data_read_fail_error_to_form(self, form, e):
        """A file that cannot be read is an error of the upload field, in words."""
        if isinstance(e, FileRefused):
            message = str(e)
        else:
            message = _("The file could not be read: check that you chose its format.")
        form.add_error("import_file", message)

    def process_result(self, result, request):
        """After the confirmed import: report success, or that nothing was imported."""
        if result.has_errors() or result.has_validation_errors():
            # The transaction was rolled back (the data changed since the preview, or the
            # confirmation was forged): say so and offer the preview again.
            return self.import_again(
                request,
                _(
                    "Nothing was imported: some rows have errors. Upload the file again "
                    "to see them."
                ),
            )
        return super().process_result(result, request)

    def import_again(self, request, message):
        """Back to the upload form, with ``message`` as an error."""
        messages.error(request, message)
        return HttpResponseRedirect(self.import_url())

    def import_url(self) -> str:
        opts = self.model._meta
        return reverse(
            f"admin:{opts.app_label}_{opts.model_name}_import", current_app=self.admin_site.name
        )


def hide_unexpected_errors(result) -> None:
    """Replace the errors of ``result`` that are not sentences for an editor.

    Our widgets and checks raise ``ValueError``/``ValidationError``/``FileRefused`` with a
    message; anything else (a bug, the database) would show its technical text, so it is
    logged and the editor is told that something unexpected happened.
    """
    errors = list(result.base_errors)
    for row in result.error_rows:
        errors.extend(row.errors)
    for error in errors:
        if not isinstance(error.error, (ValueError, ValidationError)):
            logger.error("Unexpected import error", exc_info=error.error)
            error.error = FileRefused(
                _("This could not be imported because of an unexpected error, which was logged.")
            )


class CheckedImportForm(ImportForm):
    """The upload form; a file beyond the size limit is refused before it is stored."""

    def clean_import_file(self):
        import_file = self.cleaned_data["import_file"]
        try:
            check_size(import_file.size)
        except FileRefused as refused:
            raise ValidationError(str(refused)) from None
        return import_file


def row_errors(result) -> dict[int, dict[str, list[str]]]:
    """The errors of an import ``result`` by row number and field (for tests, commands).

    Errors that are not tied to a field are under ``NON_FIELD_ERRORS``.
    """
    errors: dict[int, dict[str, list[str]]] = {}
    for row in result.invalid_rows:
        errors[row.number] = {key: list(value) for key, value in row.error_dict.items()}
    for row in result.error_rows:
        errors.setdefault(row.number, {}).setdefault(NON_FIELD_ERRORS, []).extend(
            str(err.error) for err in row.errors
        )
    return errors
