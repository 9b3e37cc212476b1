"""Numbers the Lithuanian way on Lithuanian pages: "6 000 000 €", a comma decimal."""

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

NBSP = "\u00a0"


def render(source: str, **context) -> str:
    return Template("{% load humanize public_pages %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("lang", "amount", "expected"),
    [
        ("lt", Decimal("6000000"), f"6{NBSP}000{NBSP}000 €"),
        ("lt", Decimal("1234.5"), f"1{NBSP}234,50 €"),
        ("en", Decimal("6000000"), "6,000,000 €"),
    ],
)
def test_euros(lang, amount, expected):
    with translation.override(lang):
        assert render("{{ amount|euros }}", amount=amount) == expected


def test_counts_group_thousands_with_a_space_in_lithuanian():
    with translation.override("lt"):
        assert render("{{ n|intcomma }}", n=12345) == f"12{NBSP}345"
    with translation.override("en"):
        assert render("{{ n|intcomma }}", n=12345) == "12,345"


def test_lithuanian_dates_keep_their_abbreviations_with_their_numbers():
    import datetime

    from django.utils.formats import date_format

    with translation.override("lt"):
        assert date_format(datetime.date(2026, 12, 1)) == "2026\u00a0m. gruodžio 1\u00a0d."
