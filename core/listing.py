"""What every filtered public list shares: a GET filter form, forgiving pagination,
option lists kept in the data cache, downloads of the list as CSV and JSON, and one way
to name and sort things by their translated names.

Lithuanian names sort with accented letters right after their base letter (C, Č, D;
S, Š, T; Z, Ž), in every option list: ``name_key`` is the one sort key.
"""

import csv
import dataclasses
import datetime
import decimal
import functools
import io
import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator

from django.conf import settings
from django.db.models import CharField, F, Manager, QuerySet, Value
from django.db.models.functions import Coalesce, NullIf
from django.http import StreamingHttpResponse
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView
from django_countries import countries
from modeltranslation.utils import build_localized_fieldname

from core import datacache
from core.bulk import FORMULA_STARTS
from core.content import DatePrecision

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class FilteredListView(ListView):
    """A ListView whose queryset passes through ``filterset_class`` (django-filter).

    Invalid filter values are ignored (the form shows why), and a page number that is
    not a number or out of range gives the nearest page instead of an error.
    """

    filterset_class = None
    paginate_by = 24

    def get_base_queryset(self):
        raise NotImplementedError

    def filter_data(self):
        """The GET parameters the filters read: all but the download format."""
        data = self.request.GET.copy()
        data.pop(FORMAT_PARAMETER, None)
        return data or None

    def get_queryset(self):
        self.filterset = self.filterset_class(
            self.filter_data(), queryset=self.get_base_queryset(), request=self.request
        )
        return self.filterset.qs

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter"] = self.filterset
        return context


def name_key(name) -> str:
    """Sort key for names: accented letters right after their base (C, Č, D; S, Š, T)."""
    return unicodedata.normalize("NFD", str(name)).casefold()


def by_name(pairs) -> list[tuple]:
    """``(value, name, …)`` tuples sorted by name (``name_key``), then value."""
    return sorted(pairs, key=lambda pair: (name_key(pair[1]), str(pair[0])))


def with_count(label, count: int) -> str:
    """An option label with the number of records behind it: ``Lithuania (31)``."""
    return f"{label} ({count})"


def counted_choices(rows) -> list[tuple[str, str]]:
    """``(value, name, count)`` rows as ``(value, "name (count)")`` choices, by name."""
    return [(value, with_count(name, count)) for value, name, count in by_name(rows)]


def country_choices(codes) -> list[tuple[str, str]]:
    """(code, name) pairs for the given ISO codes, by name in the active language."""
    named = [(code, countries.name(code)) for code in set(codes) if code]
    return by_name(pair for pair in named if pair[1])


def published_countries(queryset) -> list[tuple[str, str]]:
    """Country choices: the countries of ``queryset``'s published records, by name."""
    codes = queryset.published().exclude(country="").values_list("country", flat=True)
    return country_choices(codes.distinct())


def cached_choices(name: str, compute):
    """The choices of a filter field: ``compute()``'s plain ``(value, label)`` pairs, kept
    in the data cache until the data changes, and computed once per form.

    Assign the result to ``filterset.filters[field].extra["choices"]``: form fields call
    callable choices each time they render or validate.
    """
    return functools.cache(functools.partial(datacache.cached, f"choices:{name}", compute))


def translated_value(row: dict, prefix: str) -> str:
    """The ``prefix_<language>`` value of a ``values()`` row in the active language, or in
    another language when it is empty (as modeltranslation's fallback shows it)."""
    for code in _languages():
        value = row.get(build_localized_fieldname(prefix, code))
        if value:
            return value
    return ""


def _languages() -> list[str]:
    """The active language first, then the others in the settings' order."""
    language = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    return [language, *[code for code, _ in settings.LANGUAGES if code != language]]


def translated(field: str):
    """An ordering expression for a translated field: its value in the active language,
    or in the fallback language when empty, as the page shows it.

    (Ordering by ``field`` alone sorts by the active language's column even where it is
    empty and the page shows the fallback.)
    """
    columns = [
        NullIf(F(build_localized_fieldname(field, code)), Value(""), output_field=CharField())
        for code in _languages()
    ]
    return Coalesce(*columns, output_field=CharField())


# --- Downloads: the list as CSV or JSON ------------------------------------------------

FORMAT_PARAMETER = "format"
EXPORT_FORMATS = ("csv", "json")
# A download holds at most this many rows (the open data page says so); every list of
# the portal is far smaller today, the cap keeps a response bounded as the data grows.
EXPORT_MAX_ROWS = 10_000
# Rows read from the database at a time (with their prefetches): a few queries per
# chunk, however many rows there are.
EXPORT_CHUNK_SIZE = 1_000


@dataclasses.dataclass(frozen=True)
class ExportColumn:
    """One column of a list's downloads.

    ``source`` is an attribute path (``"action.programme.name"``; a method on the way is
    called, a related manager gives its records) or a callable taking the record.
    ``absolute`` makes the value (a path such as ``get_absolute_url`` gives) a full URL.
    ``help`` documents the column on the open data page, with the codes of ``choices``
    (``(code, label)`` pairs) when the values are codes.
    """

    name: str
    source: str | Callable
    help: str
    absolute: bool = False
    choices: tuple = ()

    def value(self, record, request):
        if callable(self.source):
            value = self.source(record)
        else:
            value = record
            for part in self.source.split("."):
                value = getattr(value, part)
                if callable(value) and not isinstance(value, Manager):
                    value = value()
                if value is None:
                    break
        if self.absolute and value:
            value = request.build_absolute_uri(value)
        return json_value(value)


# The column of every dated record whose dates may be known only to the month or year.
DATE_PRECISION_COLUMN = ExportColumn(
    "date_precision",
    "date_precision",
    _("How exact the dates are (a month or a year is given as its first day)."),
    choices=tuple(DatePrecision.choices),
)


def record_columns(*, verified: bool = True) -> list[ExportColumn]:
    """The columns every exported record ends with: its sources, whether it is demo
    data, when it was last checked (content records) and its page on the portal."""
    columns = [
        ExportColumn("sources", "source_list", _("The sources of its facts.")),
        ExportColumn("is_demo", "is_demo", _("True for generated demo records.")),
    ]
    if verified:
        columns.append(
            ExportColumn("last_verified", "last_verified", _("When its facts were last checked."))
        )
    columns.append(
        ExportColumn("url", "get_absolute_url", _("Its page on this portal."), absolute=True)
    )
    return columns


def json_value(value):
    """A value as the JSON download holds it: dates in ISO 8601, countries as ISO codes,
    amounts as numbers, related records as lists of their names."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, Manager):
        value = value.all()
    if isinstance(value, QuerySet | list | tuple | set):
        return [json_value(item) for item in value]
    code = getattr(value, "code", None)  # django-countries' Country
    if isinstance(code, str):
        return code
    if isinstance(value, Promise):
        return str(value)
    return str(value)


def csv_cell(value) -> str:
    """A JSON download value as its CSV cell: lists joined with "; ", true/false, empty
    for null, and text a spreadsheet would run as a formula behind an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = "; ".join(csv_cell(item) for item in value)
    elif not isinstance(value, str):
        return str(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


class ExportableListMixin:
    """A list page that also answers ``?format=csv`` and ``?format=json``: the rows the
    page says it has (its filters and order, every page of them, at most
    ``EXPORT_MAX_ROWS``), with the columns ``export_columns`` declares.

    Both are UTF-8 and streamed, reading the queryset in chunks. JSON is
    ``{"count": N, "results": [{column: value, …}, …]}`` where ``count`` is the number of
    matching rows; CSV has one header line of the column names. Any other ``format``
    value is ignored: the page answers as usual.
    """

    export_columns: list[ExportColumn] = []
    export_name = "export"

    def get(self, request, *args, **kwargs):
        kind = request.GET.get(FORMAT_PARAMETER)
        if kind in EXPORT_FORMATS and self.export_columns:
            return self.export_response(kind)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["exportable"] = bool(self.export_columns)
        return context

    def export_records(self) -> tuple[int, Iterable]:
        """How many rows match, and the records to write (at most ``EXPORT_MAX_ROWS``,
        read lazily). A page whose rows are not a queryset overrides this."""
        self.object_list = queryset = self.get_queryset()
        records = queryset[:EXPORT_MAX_ROWS].iterator(chunk_size=EXPORT_CHUNK_SIZE)
        return queryset.count(), records

    def export_rows(self, records) -> Iterator[dict]:
        request = self.request
        for record in records:
            yield {column.name: column.value(record, request) for column in self.export_columns}

    def export_response(self, kind: str) -> StreamingHttpResponse:
        # The rows are read while the response streams, after this view has returned:
        # keep the request's language for the translated names.
        language = translation.get_language()
        count, records = self.export_records()

        def in_language(chunks):
            with translation.override(language):
                yield from chunks

        rows = self.export_rows(records)
        if kind == "csv":
            content, content_type = self._csv_chunks(rows), "text/csv; charset=utf-8"
        else:
            content = self._json_chunks(rows, count)
            content_type = "application/json; charset=utf-8"
        response = StreamingHttpResponse(in_language(content), content_type=content_type)
        filename = f"{self.export_name}-{language}.{kind}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["X-Total-Count"] = str(count)
        return response

    def _csv_chunks(self, rows) -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")

        def flush() -> str:
            text = buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            return text

        # A byte-order mark, so that spreadsheet programs read the file as UTF-8.
        writer.writerow([column.name for column in self.export_columns])
        yield "\ufeff" + flush()
        for row in rows:
            writer.writerow([csv_cell(value) for value in row.values()])
            yield flush()

    def _json_chunks(self, rows, count: int) -> Iterator[str]:
        yield f'{{"count": {count}, "results": ['
        separator = ""
        for row in rows:
            yield separator + json.dumps(row, ensure_ascii=False)
            separator = ", "
        yield "]}"
