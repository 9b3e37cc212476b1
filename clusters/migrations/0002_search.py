"""Search support on PostgreSQL (see clusterportal/search.py); nothing on SQLite.

- extensions unaccent and pg_trgm;
- the text search configuration ``portal_search``: ``simple`` with ``unaccent`` first, so
  that ``siauliai`` matches ``Šiauliai``;
- ``portal_unaccent(text)``: an IMMUTABLE wrapper of unaccent, usable in indexes;
- ``portal_document(text)``: the ``portal_search`` tsvector of a text;
- GIN indexes for the cluster search (full text over all searched fields, trigrams over
  the name) with exactly the expressions core.search builds. The other kinds
  (associations, projects, programmes, events) are small enough to scan; their apps
  sit above this one, so their indexes would belong to their own migrations.
"""

from django.db import migrations

NAME = "COALESCE(name_lt, '') || ' ' || COALESCE(name_en, '') || ' ' || COALESCE(acronym, '')"
ALL = (
    NAME + " || ' ' || COALESCE(city, '') || ' ' || COALESCE(region, '')"
    " || ' ' || COALESCE(coordinator, '') || ' ' || COALESCE(description_lt, '')"
    " || ' ' || COALESCE(description_en, '')"
)

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """
    DO $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'portal_search') THEN
            CREATE TEXT SEARCH CONFIGURATION portal_search (COPY = pg_catalog.simple);
            ALTER TEXT SEARCH CONFIGURATION portal_search
                ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
                WITH unaccent, simple;
        END IF;
    END
    $$
    """,
    """
    CREATE OR REPLACE FUNCTION portal_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT COST 200
        AS $func$ SELECT unaccent('unaccent'::regdictionary, $1) $func$
    """,
    # to_tsvector in a function the planner knows is costly (to_tsvector's own cost is
    # far too low with the unaccent dictionary): with it the planner uses the GIN index
    # below for selective queries instead of computing every row's document.
    """
    CREATE OR REPLACE FUNCTION portal_document(text) RETURNS tsvector
        LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT COST 1000
        AS $func$ BEGIN RETURN to_tsvector('portal_search'::regconfig, $1); END $func$
    """,
    # Directory free text and site search: WHERE portal_document(...) @@ to_tsquery(...).
    f"CREATE INDEX IF NOT EXISTS cluster_search_fts_idx ON clusters_cluster "
    f"USING gin (portal_document({ALL}))",
    # Near misses: WHERE 'query' <% lower(portal_unaccent(name ...)).
    "CREATE INDEX IF NOT EXISTS cluster_search_trgm_idx ON clusters_cluster "
    f"USING gin (lower(portal_unaccent({NAME})) gin_trgm_ops)",
]

BACKWARD = [
    "DROP INDEX IF EXISTS cluster_search_trgm_idx",
    "DROP INDEX IF EXISTS cluster_search_fts_idx",
    "DROP FUNCTION IF EXISTS portal_document(text)",
    "DROP FUNCTION IF EXISTS portal_unaccent(text)",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_search",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [
        ("clusters", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(run(FORWARD), run(BACKWARD), elidable=False),
    ]
