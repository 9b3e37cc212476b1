"""Associations and events in the portal's search (core.search)."""

from django.utils.translation import gettext_lazy as _

from alliance.models import Association, Event
from core.search import Kind, register

register(
    Kind(
        key="associations",
        label=_("Associations"),
        queryset=lambda: Association.objects.published(),
        name_fields=("name_lt", "name_en", "acronym"),
        other_fields=("city", "description_lt", "description_en"),
        order_name="name",
        position=20,
    )
)
register(
    Kind(
        key="events",
        label=_("Events"),
        queryset=lambda: Event.objects.published().for_list(),
        name_fields=("title_lt", "title_en"),
        other_fields=("city", "organiser_name", "description_lt", "description_en"),
        order_name="title",
        position=50,
    )
)
