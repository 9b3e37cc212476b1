"""Dates shown only as far as they are known (day, month or year), never invented.

Model-independent: takes a date and a precision value of ``DatePrecision``.
"""

import datetime

from django.utils.formats import date_format


def format_precise_date(value: datetime.date | None, precision: str = "day") -> str:
    """``value`` in the active language, to the day, the month or only the year."""
    if not value:
        return ""
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return date_format(value, "YEAR_MONTH_FORMAT")
    return date_format(value, "DATE_FORMAT")


def precise_iso_date(value: datetime.date | None, precision: str = "day") -> str:
    """The ISO 8601 form of what is known: ``2019``, ``2019-09`` or ``2019-09-05``."""
    if not value:
        return ""
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()
