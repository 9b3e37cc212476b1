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
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import CharField, F, Manager, QuerySet, Value
from django.db.models.functions import Coalesce, NullIf
from django.forms.utils import flatatt
from django.http import StreamingHttpResponse
from django.utils import translation
from django.utils.functional import Promise, cached_property
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView
from django_countries import countries
from modeltranslation.utils import build_localized_fieldname

from core import datacache
from core.bulk import FORMULA_STARTS
from core.content import DatePrecision

YES_NO = [("yes", _("Yes")), ("no", _("No"))]

# Option labels carry a count, "Lithuania (12)"; a chip shows the name only.
COUNT_SUFFIX = re.compile(r"\s\((\d[\d\s,.]*)\)$")


def split_count(label) -> tuple[str, str]:
    """``"Lithuania (12)"`` → ``("Lithuania", "12")``; a label without a count → (label, "")."""
    text = str(label)
    match = COUNT_SUFFIX.search(text)
    if match is None:
        return text, ""
    return text[: match.start()], match.group(1)


# --- Widgets: option lists built in Python ----------------------------------------------
# Django's choice widgets render every option through a template of its own; with a few
# hundred options (associations at 10,000 clusters) that dominated a list page's render
# time. These build the same markup with format_html_join (every value escaped) in one go.


def _flat_choices(choices) -> list[tuple[str, object]]:
    flat = []
    for value, label in choices:
        if isinstance(label, list | tuple):  # an option group: its options, in order
            flat.extend((str(v), text) for v, text in label)
        else:
            flat.append(("" if value is None else str(value), label))
    return flat


class OptionList(forms.Select):
    """A ``<select>`` whose options are rendered without a template per option."""

    def render(self, name, value, attrs=None, renderer=None):
        selected = set(self.format_value(value))
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option, " selected" if option in selected else "", label)
                for option, label in _flat_choices(self.choices)
            ),
        )
        return format_html(
            '<select name="{}"{}>{}</select>',
            name,
            flatatt(self.build_attrs(self.attrs, attrs)),
            options,
        )


# A group of more checkboxes than this scrolls in a box of its own.
SCROLL_AFTER = 10


class CheckboxList(forms.CheckboxSelectMultiple):
    """A multiple-choice filter as a list of checkboxes, each label wrapping its box and
    ending in the option's count (``"Lithuania (12)"`` shows the 12 apart).

    The list carries the field's id (a ``<legend>`` names the group); the boxes have no
    ids of their own, their labels wrap them. With ``cache_as`` (the name its choices are
    cached under by ``cached_choices``) the rendered list is kept in the data cache per
    language, data version and ticked values: a long list (hundreds of associations) is
    built once, not on every request.
    """

    def __init__(
        self, attrs=None, choices=(), cache_as: str | None = None, show_at_most=None, more=None
    ):
        super().__init__(attrs, choices)
        self.cache_as = cache_as
        # A group that grows with the data (associations) shows its ``show_at_most``
        # largest options (by count) and every ticked one, then ``more``: a callable
        # giving the ``(url, text)`` of the page that lists them all.
        self.show_at_most = show_at_most
        self.more = more

    def render(self, name, value, attrs=None, renderer=None):
        selected = sorted(set(self.format_value(value)))
        attrs = self.build_attrs(self.attrs, attrs)
        if self.cache_as is None:
            return self._render(name, selected, attrs)
        identity = json.dumps([name, attrs, selected], default=str)
        key = hashlib.sha256(identity.encode()).hexdigest()[:32]
        html = datacache.cached(
            f"widget:{self.cache_as}:{key}", lambda: str(self._render(name, selected, attrs))
        )
        return mark_safe(html)  # built by _render, every value escaped

    def _render(self, name, selected, attrs):
        items_list = [(option, label) for option, label in _flat_choices(self.choices) if option]
        hidden = 0
        if self.show_at_most is not None and len(items_list) > self.show_at_most:
            largest = sorted(items_list, key=lambda item: -_count(item[1]))[: self.show_at_most]
            shown = {option for option, _label in largest} | set(selected)
            hidden = len(items_list) - len(shown)
            items_list = [item for item in items_list if item[0] in shown]
        scroll = len(items_list) > SCROLL_AFTER
        if scroll:
            # Ticked boxes first, so that a scrolling box shows what is in use.
            items_list.sort(key=lambda item: item[0] not in selected)
        items = format_html_join(
            "",
            '<li><label><input type="checkbox" name="{}" value="{}"{}>'
            " <span>{}{}</span></label></li>",
            (
                (name, option, " checked" if option in selected else "", *self._label(label))
                for option, label in items_list
            ),
        )
        list_attrs = {"class": "checks checks-scroll" if scroll else "checks"}
        if attrs.get("id"):
            list_attrs["id"] = attrs["id"]
        html = format_html("<ul{}>{}</ul>", flatatt(list_attrs), items)
        if hidden and self.more:
            url, text = self.more(hidden)
            html += format_html('<p class="checks-more"><a href="{}">{}</a></p>', url, text)
        return html

    @staticmethod
    def _label(label) -> tuple[str, str]:
        text, count = split_count(label)
        return text, format_html(' <span class="count">({})</span>', count) if count else ""

    def id_for_label(self, id_, index=None):
        # The group's id, for aria-describedby and the legend; no box has an id.
        return id_


def _count(label) -> int:
    """The count an option label ends with (``"Lithuania (1 234)"`` → 1234), else 0."""
    digits = re.sub(r"\D", "", split_count(label)[1])
    return int(digits) if digits else 0


def use_option_lists(form) -> None:
    """Swap the form's plain ``<select>`` widgets for ``OptionList`` (same markup, no
    template per option)."""
    for field in form.fields.values():
        old = field.widget
        if type(old) is forms.Select:
            widget = OptionList(attrs=old.attrs, choices=old.choices)
            widget.is_required = old.is_required
            field.widget = widget


# --- Filtered lists -------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class UnknownValue:
    """A filter value in the address that the filter does not know."""

    name: str
    label: str
    value: str
    remove_url: str
    # True for a parameter that only orders the list (its default order is used).
    lenient: bool


def without_value(request, name: str, value: str | None = None) -> str:
    """The current address without ``name``'s ``value`` (every value of ``name`` when
    None), without the page number and empty values: the link that removes one filter
    value."""
    query = request.GET.copy()
    query.pop("page", None)
    for key in list(query):
        kept = [
            item
            for item in query.getlist(key)
            # Empty values (a submitted form's "any") say nothing: they go too.
            if item != "" and not (key == name and value in (None, item))
        ]
        if kept:
            query.setlist(key, kept)
        else:
            del query[key]
    encoded = query.urlencode()
    return f"{request.path}?{encoded}" if encoded else request.path


def unknown_values(filterset, request, lenient=()) -> list[UnknownValue]:
    """The values of the address that ``filterset``'s form rejects, one per value.

    A choice field's value that is not among its choices is unknown; any other rejected
    value counts whole. Names in ``lenient`` are marked so (they do not filter).
    """
    if filterset is None or not filterset.is_bound:
        return []
    form = filterset.form
    form.is_valid()
    found = []
    for name in form.errors:
        field = form.fields.get(name)
        if field is None:  # a form-wide error: nothing to name
            continue
        raw = form.data.getlist(name)
        # A single-valued field reads the last value of its name.
        values = raw if isinstance(field, forms.MultipleChoiceField) else raw[-1:]
        known = {option for option, _ in _flat_choices(getattr(field, "choices", ()))}
        bad = [value for value in values if value not in known] if known else values
        for value in bad or values:
            found.append(
                UnknownValue(
                    name=name,
                    label=str(field.label),
                    value=str(value),
                    remove_url=without_value(request, name, value),
                    lenient=name in lenient,
                )
            )
    return found


class ListPaginator(Paginator):
    """A paginator for long querysets whose rows are wide (translated texts, annotations).

    A page reads the ids of its rows first (a narrow sorted query), then those rows with
    their annotations and prefetches: the database sorts ids only, and a per-row subquery
    is computed for the page's rows, not for every row before the OFFSET, so page 50
    costs what page 1 costs. With ``cache_as`` (a name for the filter selection and
    order) the total and each page's ids are kept in the data cache: the COUNT(*) and the
    sort run once per selection and data version, not on every request.
    """

    def __init__(self, *args, cache_as: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.cache_as = cache_as

    def _cached(self, name: str, compute):
        if self.cache_as is None:
            return compute()
        return datacache.cached(f"{self.cache_as}:{name}", compute)

    @cached_property
    def count(self):
        return self._cached("count", lambda: Paginator.count.func(self))

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        queryset = self.object_list
        ids = self._cached(
            f"ids:{bottom}:{top}",
            lambda: list(queryset.prefetch_related(None).values_list("pk", flat=True)[bottom:top]),
        )
        rows = {row.pk: row for row in queryset.order_by().filter(pk__in=ids)} if ids else {}
        return self._get_page([rows[pk] for pk in ids if pk in rows], number, self)


class FilteredListView(ListView):
    """A ListView whose queryset passes through ``filterset_class`` (django-filter).

    A filter value the filter does not know gives an empty list, and the page says which
    value is unknown with a link that removes it (``unknown_filters`` in the context): a
    list that silently ignored it would show records the visitor asked to leave out.
    Parameters in ``lenient_filters`` only order the list: an unknown one falls back to
    the default order, with a note. A page number that is not a number or out of range
    gives the nearest page instead of an error.

    With ``cache_count`` the pages come from ``ListPaginator``: the number of matching
    records and each page's ids are kept in the data cache per filter selection and
    order (for lists whose filters and order do not depend on today's date).
    """

    filterset_class = None
    paginate_by = 24
    lenient_filters = ("sort",)
    cache_count = False

    def get_base_queryset(self):
        raise NotImplementedError

    def filter_data(self):
        """The GET parameters the filters read: all but the download format, and no empty
        values (an empty ``<select>`` choice or ``?country=`` means "any")."""
        data = self.request.GET.copy()
        data.pop(FORMAT_PARAMETER, None)
        for key in list(data):
            values = [value for value in data.getlist(key) if value != ""]
            if key == COUNTRY_PARAMETER:
                # ISO codes are upper case; a typed ``?country=lt`` means Lithuania.
                values = [value.upper() if len(value) == 2 else value for value in values]
            if values:
                data.setlist(key, values)
            else:
                del data[key]
        return data or None

    def get_queryset(self):
        self.filterset = self.filterset_class(
            self.filter_data(), queryset=self.get_base_queryset(), request=self.request
        )
        form = self.filterset.form
        use_option_lists(form)
        for name, field in form.fields.items():
            field.error_messages["invalid_choice"] = (
                _("“%(value)s” is not a known order; the default order is used.")
                if name in self.lenient_filters
                else _("“%(value)s” is not a known value, so nothing is shown.")
            )
        self.unknown_filters = unknown_values(self.filterset, self.request, self.lenient_filters)
        if any(not unknown.lenient for unknown in self.unknown_filters):
            return self.filterset.queryset.none()
        return self.filterset.qs

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        if not self.cache_count:
            return super().get_paginator(
                queryset, per_page, orphans, allow_empty_first_page, **kwargs
            )
        return ListPaginator(
            queryset,
            per_page,
            orphans=orphans,
            allow_empty_first_page=allow_empty_first_page,
            cache_as=self.selection_name(),
            **kwargs,
        )

    def selection_name(self) -> str:
        """The data-cache name of this list under the current filter selection and order:
        the valid filters' values (the values of a group in any order)."""
        selection = {}
        if self.filterset.is_bound:
            for name, value in self.filterset.form.cleaned_data.items():
                if value in (None, "", [], ()):
                    continue
                several = isinstance(value, list | tuple)
                selection[name] = sorted(map(str, value)) if several else str(value)
        digest = hashlib.sha256(json.dumps(selection, sort_keys=True).encode()).hexdigest()[:32]
        return f"list:{type(self).__module__}.{type(self).__name__}:{digest}"

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter"] = self.filterset
        context["unknown_filters"] = [u for u in self.unknown_filters if not u.lenient]
        context["unknown_orders"] = [u for u in self.unknown_filters if u.lenient]
        return context


# Opening quotes and brackets do not count in sorting („Erasmus+“ 2021–2027 sorts at E).
_OPENING_MARKS = "„“”\"'«»‹›([ "


def name_key(name) -> str:
    """Sort key for names: accented letters right after their base (C, Č, D; S, Š, T);
    opening quotes and brackets ignored."""
    return unicodedata.normalize("NFD", str(name).lstrip(_OPENING_MARKS)).casefold()


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
# Every list's country filter reads this parameter, with ISO 3166 codes as values.
COUNTRY_PARAMETER = "country"
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
