"""Stored search columns (core.search.stored_search_sql) for clusters and sectors, on
PostgreSQL only.

A common word (``klasteris``) is in nearly every cluster: with the expression indexes of
0006 PostgreSQL recomputed the document of each matching record (unaccent and
to_tsvector over about a kilobyte of text) to check and rank it, some 200 ms at 10,000
clusters. Generated columns compute it once per write; the GIN indexes keep their names
and move onto the columns.
"""

from django.db import migrations

from core.search import TRGM_COST_SQL, stored_search_sql

CLUSTER_NAMES = ("name_lt", "name_en", "acronym", "other_names")
CLUSTER_OTHERS = (
    "city_lt",
    "city_en",
    "region",
    "coordinator_lt",
    "coordinator_en",
    "description_lt",
    "description_en",
)
CLUSTERS = stored_search_sql("clusters_cluster", CLUSTER_NAMES, CLUSTER_OTHERS, prefix="cluster")
SECTORS = stored_search_sql("clusters_sector", ("name_lt", "name_en"), (), prefix="sector")


def joined(fields):
    return " || ' ' || ".join(f"COALESCE({field}, '')" for field in fields)


# The expression indexes of 0006, replaced by the columns' indexes of the same names.
OLD_INDEXES = [
    "CREATE INDEX cluster_search_fts_idx ON clusters_cluster "
    f"USING gin (portal_document({joined(CLUSTER_NAMES + CLUSTER_OTHERS)}))",
    "CREATE INDEX cluster_search_trgm_idx ON clusters_cluster "
    f"USING gin (lower(portal_unaccent({joined(CLUSTER_NAMES)})) gin_trgm_ops)",
]
DROP_OLD = [
    "DROP INDEX IF EXISTS cluster_search_fts_idx",
    "DROP INDEX IF EXISTS cluster_search_trgm_idx",
]
# pg_trgm's word similarity given its true cost (core.search.TRGM_COST_SQL).
TRGM_COST_BACK = """
DO $$
BEGIN
    ALTER FUNCTION word_similarity_op(text, text) COST 1;
EXCEPTION WHEN insufficient_privilege THEN
    NULL;
END
$$
"""
FORWARD = [*DROP_OLD, *CLUSTERS[0], *SECTORS[0], TRGM_COST_SQL]
BACKWARD = [TRGM_COST_BACK, *SECTORS[1], *CLUSTERS[1], *OLD_INDEXES]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement, None)  # no parameters: keep % as written

    return apply


class Migration(migrations.Migration):
    dependencies = [("clusters", "0008_directory_indexes")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
