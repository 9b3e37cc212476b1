"""Atom feeds of new projects, upcoming events and open calls, in the language of the
address (/lt/… or /en/…).

Only what the public sees: published projects and events (``published()``), open calls
(``Call.objects.open()``; calls have no publication status). Each feed holds at most
``FEED_ITEMS`` entries, read in a fixed number of queries.
"""

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.urls import reverse
from django.utils import formats
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from alliance.models import Event
from core.names import contains_acronym
from programmes.models import Call, Project

FEED_ITEMS = 50
DESCRIPTION_WORDS = 60


class PortalFeed(Feed):
    """The feeds' shared shape: Atom, entries linked to their portal pages, dated by
    their last change (``updated``) and their addition to the portal (``published``)."""

    feed_type = Atom1Feed
    list_url_name = ""
    name = gettext_lazy("Feed")

    def title(self):
        return f"{self.name} · {_('Lithuanian Cluster Portal')}"

    def link(self):
        return reverse(self.list_url_name)

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_description(self, item):
        return Truncator(item.description).words(DESCRIPTION_WORDS)


class NewProjectsFeed(PortalFeed):
    """Projects by the time they were added to the portal, newest first."""

    name = gettext_lazy("New projects")
    list_url_name = "programmes:project-list"

    def subtitle(self):
        return _("International projects of clusters, as they are added to the portal.")

    def items(self):
        return (
            Project.objects.published()
            .select_related("action__programme")
            .order_by("-created_at", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, item):
        if item.acronym and not contains_acronym(item.title, item.acronym):
            return f"{item.acronym}: {item.title}"
        return item.title

    def item_categories(self, item):
        return [item.action.programme.name] if item.action else []


class UpcomingEventsFeed(PortalFeed):
    """Events not yet over, soonest first."""

    name = gettext_lazy("Upcoming events")
    list_url_name = "alliance:event-list"

    def subtitle(self):
        return _("Forums, conferences, trainings and matchmaking events of clusters.")

    def items(self):
        return (
            Event.objects.published()
            .upcoming()
            .order_by(F("start_date").asc(nulls_last=True), "title", "pk")[:FEED_ITEMS]
        )

    def item_title(self, item):
        if not item.start_date:
            return item.title
        return f"{item.title} ({formats.date_format(item.start_date, 'SHORT_DATE_FORMAT')})"

    def item_categories(self, item):
        return [item.get_kind_display()]


class OpenCallsFeed(PortalFeed):
    """Calls open today, nearest deadline first."""

    name = gettext_lazy("Open calls")
    list_url_name = "programmes:call-list"

    def subtitle(self):
        return _("Calls for proposals of EU cluster programmes that are open now.")

    def items(self):
        return (
            Call.objects.open()
            .select_related("action__programme")
            .order_by("last_deadline_at", "identifier", "pk")[:FEED_ITEMS]
        )

    def item_title(self, item):
        return f"{item.identifier}: {item.title}" if item.title else item.identifier

    def item_description(self, item):
        deadline = formats.date_format(item.last_deadline, "SHORT_DATE_FORMAT")
        parts = [
            f"{item.action.programme.name} – {item.action.name}.",
            _("Deadline: %(date)s.") % {"date": deadline},
        ]
        if item.note:
            parts.append(Truncator(item.note).words(DESCRIPTION_WORDS))
        return " ".join(parts)

    def item_categories(self, item):
        return [item.action.programme.name]
