"""Lithuanian number formats as Lithuanian readers write them: thousands grouped by a
(non-breaking) space, a comma before decimals — "6 000 000 €", "2,5". Django's own
Lithuanian formats group thousands with a dot. Dates are Django's, with a non-breaking
space inside "2026 m." and "1 d." so that a narrow column never breaks "1 / d."."""

from django.conf.locale.lt.formats import *  # noqa: F403

THOUSAND_SEPARATOR = "\u00a0"
DECIMAL_SEPARATOR = ","
NUMBER_GROUPING = 3

# "\u00a0" is no format character: it is written as it is.
DATE_FORMAT = "Y\u00a0\\m. E j\u00a0\\d."
DATETIME_FORMAT = "Y\u00a0\\m. E j\u00a0\\d., H:i"
MONTH_DAY_FORMAT = "E j\u00a0\\d."
YEAR_MONTH_FORMAT = "Y\u00a0\\m. F"
