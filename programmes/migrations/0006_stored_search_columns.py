"""Stored search columns (core.search.stored_search_sql) for projects and programmes, on
PostgreSQL only: at 2,000 projects a common word cost a document computed per record."""

from django.db import migrations

from core.search import stored_search_sql

PROJECTS = stored_search_sql(
    "programmes_project",
    ("title_lt", "title_en", "acronym"),
    ("description_lt", "description_en"),
    prefix="project",
)
PROGRAMMES = stored_search_sql(
    "programmes_programme",
    ("name_lt", "name_en", "acronym"),
    ("managing_body_lt", "managing_body_en", "description_lt", "description_en"),
    prefix="programme",
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
        ("programmes", "0005_participation_cluster_index"),
        # portal_document and portal_unaccent.
        ("clusters", "0009_stored_search_columns"),
    ]

    operations = [
        migrations.RunPython(run(PROJECTS[0] + PROGRAMMES[0]), run(PROGRAMMES[1] + PROJECTS[1]))
    ]
