"""What every filtered public list shares: a GET filter form, forgiving pagination,
option lists kept in the data cache, and one way to name and sort things by their
translated names.

Lithuanian names sort with accented letters right after their base letter (C, Č, D;
S, Š, T; Z, Ž), in every option list: ``name_key`` is the one sort key.
"""

import functools
import unicodedata

from django.conf import settings
from django.db.models import CharField, F, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView
from django_countries import countries
from modeltranslation.utils import build_localized_fieldname

from core import datacache

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

    def get_queryset(self):
        self.filterset = self.filterset_class(
            self.request.GET or None, queryset=self.get_base_queryset(), request=self.request
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
