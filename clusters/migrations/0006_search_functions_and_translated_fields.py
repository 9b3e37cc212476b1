"""Search functions that name their schema, and the cluster search index over both
languages of the translated city and coordinator.

- ``portal_unaccent`` and ``portal_document`` name the schema of the ``unaccent``
  dictionary and of the ``portal_search`` configuration: ``pg_restore`` runs with an
  empty ``search_path``, and a restored database could not rebuild the indexes that use
  them (``make restore``);
- the full-text index covers ``city_lt``/``city_en`` and ``coordinator_lt``/
  ``coordinator_en``, the columns the search reads since those fields are translated,
  and both indexes the names a cluster is also known by (``other_names``).
"""

from django.db import migrations

OLD_NAME = "COALESCE(name_lt, '') || ' ' || COALESCE(name_en, '') || ' ' || COALESCE(acronym, '')"
NAME = OLD_NAME + " || ' ' || COALESCE(other_names, '')"
ALL = (
    NAME + " || ' ' || COALESCE(city_lt, '') || ' ' || COALESCE(city_en, '')"
    " || ' ' || COALESCE(region, '')"
    " || ' ' || COALESCE(coordinator_lt, '') || ' ' || COALESCE(coordinator_en, '')"
    " || ' ' || COALESCE(description_lt, '') || ' ' || COALESCE(description_en, '')"
)
OLD_ALL = (
    OLD_NAME + " || ' ' || COALESCE(city, '') || ' ' || COALESCE(region, '')"
    " || ' ' || COALESCE(coordinator, '') || ' ' || COALESCE(description_lt, '')"
    " || ' ' || COALESCE(description_en, '')"
)

# The functions are made in the schema the migrations run in; their bodies name it.
QUALIFY = """
DO $$
DECLARE
    here text := quote_ident(current_schema());
    dictionary text;
BEGIN
    SELECT quote_ident(n.nspname) || '.unaccent' INTO dictionary
      FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
     WHERE d.dictname = 'unaccent';
    EXECUTE format(
        'CREATE OR REPLACE FUNCTION %1$s.portal_unaccent(text) RETURNS text '
        'LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT COST 200 '
        'AS $f$ SELECT %2$s(%3$L::regdictionary, $1) $f$',
        here,
        (SELECT quote_ident(n.nspname) || '.unaccent' FROM pg_proc p
           JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE p.proname = 'unaccent' AND p.pronargs = 2 LIMIT 1),
        dictionary
    );
    EXECUTE format(
        'CREATE OR REPLACE FUNCTION %1$s.portal_document(text) RETURNS tsvector '
        'LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT COST 1000 '
        'AS $f$ BEGIN RETURN to_tsvector(%2$L::regconfig, $1); END $f$',
        here,
        here || '.portal_search'
    );
END
$$
"""

FTS = "CREATE INDEX cluster_search_fts_idx ON clusters_cluster USING gin (portal_document({}))"
TRGM = (
    "CREATE INDEX cluster_search_trgm_idx ON clusters_cluster "
    "USING gin (lower(portal_unaccent({})) gin_trgm_ops)"
)
DROP = ["DROP INDEX IF EXISTS cluster_search_fts_idx", "DROP INDEX IF EXISTS cluster_search_trgm_idx"]
FORWARD = [QUALIFY, *DROP, FTS.format(ALL), TRGM.format(NAME)]
BACKWARD = [*DROP, FTS.format(OLD_ALL), TRGM.format(OLD_NAME)]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement, None)  # no parameters: keep % as written

    return apply


class Migration(migrations.Migration):
    dependencies = [("clusters", "0005_cluster_life_and_translated_city")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
