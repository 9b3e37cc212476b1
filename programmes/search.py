"""Projects and programmes in the portal's search (core.search)."""

from django.utils.translation import gettext_lazy as _

from core.search import Kind, register
from programmes.models import Programme, Project

register(
    Kind(
        key="projects",
        label=_("Projects"),
        queryset=lambda: Project.objects.published().for_list(),
        name_fields=("title_lt", "title_en", "acronym"),
        other_fields=("description_lt", "description_en"),
        order_name="title",
        position=30,
    )
)
register(
    Kind(
        key="programmes",
        label=_("Programmes"),
        queryset=lambda: Programme.objects.published(),
        name_fields=("name_lt", "name_en", "acronym"),
        other_fields=("managing_body_lt", "managing_body_en", "description_lt", "description_en"),
        order_name="name",
        position=40,
    )
)
