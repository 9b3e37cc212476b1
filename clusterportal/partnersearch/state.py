"""The shortlist being built, remembered between pages in a cookie.

The builder's URL is the shortlist's real home (bookmarkable, shareable); the cookie only
remembers the last one so that "Add to shortlist" links on other pages can extend it and
the header can show its size. It holds public slugs, nothing else, and is read without
the database: the builder checks every slug when the shortlist is opened.
"""

import re

COOKIE = "shortlist"
MAX_AGE = 30 * 24 * 3600
MAX_SLUGS = 30
_SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,120}$")


def read(request) -> list[str]:
    """The slugs the cookie holds, in order, valid-looking and each once."""
    slugs = []
    for slug in request.COOKIES.get(COOKIE, "").split(","):
        if _SLUG.match(slug) and slug not in slugs:
            slugs.append(slug)
    return slugs[:MAX_SLUGS]


def remember(request, response, slugs: list[str]) -> None:
    """Keep ``slugs`` as the shortlist being built (none: forget it); the cookie is only
    written when it changes, so an unchanged page stays cacheable."""
    if slugs[:MAX_SLUGS] == read(request):
        return
    # The value follows from the builder's address: the page cache may keep the page.
    response.address_cookies = {COOKIE}
    if slugs:
        response.set_cookie(
            COOKIE, ",".join(slugs[:MAX_SLUGS]), max_age=MAX_AGE, samesite="Lax", httponly=True
        )
    else:
        response.delete_cookie(COOKIE, samesite="Lax")


def context(request) -> dict:
    """Template context processor: the shortlist being built, for the header and the
    "Add to shortlist" links."""
    return {"shortlist_slugs": read(request)}
