"""Lithuanian number formats as Lithuanian readers write them: thousands grouped by a
(non-breaking) space, a comma before decimals — "6 000 000 €", "2,5". Django's own
Lithuanian formats group thousands with a dot. Dates and the rest stay Django's."""

from django.conf.locale.lt.formats import *  # noqa: F403

THOUSAND_SEPARATOR = "\u00a0"
DECIMAL_SEPARATOR = ","
NUMBER_GROUPING = 3
