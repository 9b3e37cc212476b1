"""Site-wide request rules that no single view owns."""

import copy

from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import escape_uri_path

from core import access

# The site reads (GET, and HEAD for health checks and link checkers) and takes forms (POST).
ALLOWED_METHODS = ("GET", "HEAD", "POST")


class HttpMethodsMiddleware:
    """HEAD answers wherever GET does; any other method than GET, HEAD, POST is a 405.

    A HEAD request is answered by the GET view (some views accept GET only) and sent
    without its body, with the headers GET would have. TRACE, PUT, DELETE, OPTIONS and
    the like are refused before any view or other middleware sees them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ALLOWED_METHODS:
            return HttpResponseNotAllowed(ALLOWED_METHODS)
        if request.method != "HEAD":
            return self.get_response(request)
        request.method = "GET"
        try:
            response = self.get_response(request)
        finally:
            request.method = "HEAD"
        if response.streaming:
            response.streaming_content = []
        else:
            length = len(response.content)
            response.content = b""
            response.headers.setdefault("Content-Length", str(length))
        return response


# No page of the portal needs a longer address (path and query string, percent-encoded):
# the longest are directory filters, far below. Browsers and proxies differ beyond 2,048.
MAX_URL_LENGTH = 2048


def address_length(request) -> int:
    """The length of the address as sent: the path percent-encoded as a browser sends it,
    and the query string as received (each byte one character)."""
    query = request.META.get("QUERY_STRING", "")
    return len(escape_uri_path(request.path)) + (len(query) + 1 if query else 0)


class LongUrlMiddleware:
    """An address longer than ``MAX_URL_LENGTH`` gets the portal's own 414 page, in the
    language of its path (``/en/…`` English, anything else Lithuanian), before any view
    or middleware that may read the database sees it (the ones before it only add
    headers, such as the content security policy).

    The page is rendered without the database, for a copy of the request addressed to the
    home page, so that the links every page carries (canonical, languages) do not repeat
    the long address. gunicorn lets request lines up to 8,190 bytes through to here
    (``limit_request_line`` in gunicorn.conf.py); longer ones it refuses itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if address_length(request) <= MAX_URL_LENGTH:
            return self.get_response(request)
        english = request.path_info.startswith("/en/") or request.path_info == "/en"
        with translation.override("en" if english else settings.LANGUAGE_CODE):
            home = copy.copy(request)
            home.path = home.path_info = reverse("home")
            home.META = {**request.META, "QUERY_STRING": ""}
            response = render(home, "414.html", status=414)
        response["Cache-Control"] = "no-store"
        return response


class AdminViewOnSiteMiddleware:
    """The admin's "view on site" redirect answers only for records the user may view.

    Django's redirect (``admin:view_on_site``) looks a record up by content type and id
    for any staff user and sends them to its public address, which would confirm that
    another association's draft exists and give away its address. Here the record must be
    one the model's admin lets this user view; anything else is a 404, as in the admin.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name != "admin:view_on_site":
            return None
        user = request.user
        if not (user.is_active and user.is_staff) or access.for_user(user).full:
            return None  # the view sends others to the login page
        try:
            model = ContentType.objects.get_for_id(view_kwargs["content_type_id"]).model_class()
        except ContentType.DoesNotExist:
            raise Http404 from None
        model_admin = admin.site._registry.get(model)
        if model_admin is None:
            raise Http404
        try:
            obj = model_admin.get_queryset(request).filter(pk=view_kwargs["object_id"]).first()
        except (ValueError, TypeError, ValidationError):
            obj = None
        if obj is None or not model_admin.has_view_permission(request, obj):
            raise Http404
        return None
