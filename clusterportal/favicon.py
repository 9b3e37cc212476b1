"""``/favicon.ico``: browsers ask for it whatever the page links, so it answers with the
PNG icon (``static/favicon.png``) instead of a 404."""

from django.contrib.staticfiles import finders
from django.http import FileResponse, Http404
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

ICON = "favicon.png"


@require_safe
@cache_control(public=True, max_age=7 * 24 * 3600)
def favicon(request):
    path = finders.find(ICON)
    if not path:
        raise Http404("No icon.")
    return FileResponse(open(path, "rb"), content_type="image/png")
