"""The page cache: public pages for visitors without a session, from the shared cache.

A page is kept under its address (path, which holds the language, and query string),
the visitor's shortlist cookie (the header shows it) and the *data version*
of ``core.datacache`` — which every change of portal data bumps — so an edit in the
admin shows at once, on every process and machine that shares the cache (the file
cache of one machine, or Redis across machines).

Never stored or served from it: requests with a session cookie (signed-in staff),
anything but GET and HEAD, the admin, responses that set cookies, responses other than
200, and responses that say ``Cache-Control: private`` or ``no-store``. Each response
says ``X-Page-Cache: hit`` or ``miss`` so that the behaviour can be watched.

One kind of cookie is allowed: one whose value follows from the address alone (the
consortium builder remembers the shortlist in its address). The view names such cookies
in ``response.address_cookies``; the page is stored with them, and a hit sends each one
only to a visitor whose cookie holds another value — as the view itself would.

Pages that depend on the date (upcoming events, open calls) are kept at most
``TIMEOUT`` seconds.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_vary_headers

from core import datacache

TIMEOUT = 300
SKIPPED_PREFIXES = ("/admin/", "/i18n/", "/healthz", "/media/", "/static/")
HEADER = "X-Page-Cache"


def cacheable_request(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return not request.path.startswith(SKIPPED_PREFIXES)


def cacheable_response(response) -> bool:
    if response.status_code != 200 or response.streaming:
        return False
    if set(response.cookies) - set(getattr(response, "address_cookies", ())):
        return False
    control = response.get("Cache-Control", "")
    return "private" not in control and "no-store" not in control


def page_key(request) -> str:
    address = request.get_full_path()
    shortlist = request.COOKIES.get("shortlist", "")
    digest = hashlib.sha256(f"{address}\n{shortlist}".encode()).hexdigest()
    # The language is in the path (/lt/, /en/); pages outside i18n_patterns have none.
    return f"page:{datacache.version()}:{digest}"


class PageCacheMiddleware:
    """Serve and store public pages (see the module docstring). Put it after the
    middleware that picks the language and before those that need the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not getattr(settings, "PAGE_CACHE", True) or not cacheable_request(request):
            return self.get_response(request)
        key = page_key(request)
        cached = cache.get(key)
        if cached is not None:
            for name in list(cached.cookies):
                # Stored only when its value follows from the address: the visitor who
                # already holds that value (or, for a deletion, none) needs no cookie.
                if request.COOKIES.get(name, "") == cached.cookies[name].value:
                    del cached.cookies[name]
            cached[HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if cacheable_response(response):
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            patch_vary_headers(response, ("Cookie",))
            cache.set(key, response, TIMEOUT)
        response[HEADER] = "miss"
        return response
