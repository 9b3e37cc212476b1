"""The admin in the user's language, where Django writes English into the page itself.

Most of the admin's Lithuanian is in the translation catalogues (``locale_vendor/``,
see the README's admin section). A few words Django does not pass through them: the
yes/no icons' alternative text is the Python value (``True``, ``False``, ``None``).
``install()`` (from ``CoreConfig.ready``) gives the icons translated words instead.
"""

from django.contrib.admin.templatetags import admin_list
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext

_ICONS = {True: "yes", False: "no", None: "unknown"}


def boolean_icon(value):
    """The admin's yes/no/unknown icon with "Taip", "Ne" or "Nežinoma" as its text."""
    words = {True: gettext("Yes"), False: gettext("No"), None: gettext("Unknown")}
    icon_url = static(f"admin/img/icon-{_ICONS[value]}.svg")
    return format_html('<img src="{}" alt="{}">', icon_url, words[value])


def install() -> None:
    # Django's list, form and detail code import the helper from this module when called.
    admin_list._boolean_icon = boolean_icon
