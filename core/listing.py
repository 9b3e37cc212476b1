"""What every filtered public list shares: a GET filter form, forgiving pagination.

Kept free of imports from the apps so that every app may use it.
"""

import unicodedata

from django.conf import settings
from django.db.models import CharField, F, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation
from django.views.generic import ListView
from django_countries import countries
from modeltranslation.utils import build_localized_fieldname


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


def name_key(name: str) -> str:
    """Sort key for names: accented letters right after their base (C, Č, D; S, Š, T)."""
    return unicodedata.normalize("NFD", str(name)).casefold()


def country_choices(codes) -> list[tuple[str, str]]:
    """(code, name) pairs for the given ISO codes, by name in the active language."""
    named = [(code, countries.name(code)) for code in set(codes) if code]
    return sorted((pair for pair in named if pair[1]), key=lambda pair: name_key(pair[1]))


def translated(field: str):
    """An ordering expression for a translated field: its value in the active language,
    or in the fallback language when empty, as the page shows it.

    (Ordering by ``field`` alone sorts by the active language's column even where it is
    empty and the page shows the fallback.)
    """
    language = translation.get_language() or settings.LANGUAGE_CODE
    order = [language, *[code for code, _ in settings.LANGUAGES if code != language]]
    columns = [
        NullIf(F(build_localized_fieldname(field, code)), Value(""), output_field=CharField())
        for code in order
    ]
    return Coalesce(*columns, output_field=CharField())
