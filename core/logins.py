"""Login throttling that an attacker cannot turn against staff (django-axes).

- A lock holds the pair of user name and client address (``AXES_LOCKOUT_PARAMETERS``):
  failures from an attacker's address do not lock the real user out of their own.
- An address whose failures, whatever the user names, reach
  ``PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT`` within the cool-off is refused as a whole
  (``PortalLoginHandler``): guessing many names from one place is throttled too.
- The client address is the proxy's ``X-Forwarded-For`` entry only as far as the
  deployment trusts its proxies (``PORTAL_TRUSTED_PROXIES``, see ``client_address``);
  otherwise the connection's own address, which a client cannot make up.
"""

import ipaddress

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


def client_address(request) -> str | None:
    """The client's address, for ``AXES_CLIENT_IP_CALLABLE``.

    With ``PORTAL_TRUSTED_PROXIES = N`` (N > 0), each of our N proxies appended the
    address it received the request from to ``X-Forwarded-For``: the N-th entry from the
    right is the client as our outermost proxy saw it; entries before it are the
    client's own claims and are ignored. A header shorter than N, or an entry that is not
    an address, means the request did not come through our proxies: the connection's
    address is used.
    """
    remote = request.META.get("REMOTE_ADDR")
    trusted = settings.PORTAL_TRUSTED_PROXIES
    if trusted <= 0:
        return remote
    entries = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    if len(entries) < trusted:
        return remote
    try:
        return str(ipaddress.ip_address(entries[-trusted]))
    except ValueError:
        return remote


class PortalLoginHandler(AxesDatabaseHandler):
    """Axes' database handler, adding the limit on an address's failures."""

    def get_failures(self, request, credentials=None) -> int:
        """The failures of the (user name, address) pair, or the lock limit when the
        address as a whole has reached its own limit (so that axes locks it)."""
        pair = super().get_failures(request, credentials)
        attempts = AccessAttempt.objects.filter(ip_address=request.axes_ip_address)
        if settings.AXES_COOLOFF_TIME is not None:
            attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
        address = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
        if address >= settings.PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT:
            return max(pair, get_failure_limit(request, credentials))
        return pair
