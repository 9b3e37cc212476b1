"""Stored search columns (core.search.stored_search_sql) for associations and events, on
PostgreSQL only: at 1,000 events a common word cost a document computed per record."""

from django.db import migrations

from core.search import stored_search_sql

ASSOCIATIONS = stored_search_sql(
    "alliance_association",
    ("name_lt", "name_en", "acronym"),
    ("city", "description_lt", "description_en"),
    prefix="association",
)
EVENTS = stored_search_sql(
    "alliance_event",
    ("title_lt", "title_en"),
    ("city", "organiser_name", "description_lt", "description_en"),
    prefix="event",
)


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement, None)

    return apply


class Migration(migrations.Migration):
    dependencies = [
        ("alliance", "0006_membership_request"),
        # portal_document and portal_unaccent.
        ("clusters", "0009_stored_search_columns"),
    ]

    operations = [
        migrations.RunPython(run(ASSOCIATIONS[0] + EVENTS[0]), run(EVENTS[1] + ASSOCIATIONS[1]))
    ]
