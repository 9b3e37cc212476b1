"""One search over the kinds of record the apps register (clusters, associations,
projects, programmes, events).

Each app registers its kinds in its ``search`` module (``register(Kind(...))``).
Contract: ``search(query, language) -> dict[kind, Hits]`` where ``Hits`` is a list of at
most ``PER_KIND`` records (best first) with ``.total``, the number of all matches.
``filter_queryset(queryset, kind, query)`` applies the same matching to one queryset
(the cluster directory's free-text filter uses it).

Cost: each kind's ranking query (ids, scores and the total only) is compiled once per
database, language and shape of query (how many words; near misses or not) with its
search values as parameters (``_Slot``); one statement (UNION ALL) ranks and counts every
kind, then one query per kind reads the records shown. So a search builds no ORM
expressions, and the database sorts narrow rows.

Matching, the same on both databases:
- case-insensitive and insensitive to diacritics (``siauliai`` finds ``Šiauliai``);
- Lithuanian inflection: each word of the query is reduced to its stem by the Snowball
  Lithuanian stemmer (``klasteriai``, ``klasteris`` → ``klaster``; ``lazeriai`` →
  ``lazer``), and every stem must start a word of the record, so any inflected form of
  the word matches (``lazerių``, ``klasterio``). A stem is only a shortened word, so a
  query never finds less than its words as typed would;
- ranked: a match in the name (or title, acronym) above a match elsewhere, then real
  records before demo ones, then by name.

PostgreSQL: full-text search with the ``portal_search`` configuration (``simple`` with
``unaccent``; prefix queries ``word:*``), plus pg_trgm word similarity on the name for
near misses (``klaipda``) when no record of the kind has the words themselves; the
configuration and the functions ``portal_document`` and ``portal_unaccent`` are made by
``clusters/migrations/0002_search.py``. Each searched table keeps its document and its
normalised name in two stored generated columns, ``search_document`` and
``search_name`` (``stored_search_sql``, GIN-indexed), so that a word found in thousands
of records costs no text processing per record at query time.
PostgreSQL's own ``lithuanian`` configuration is not used for the documents: its older
Snowball rules stem forms of one word differently (``klasteriai`` → ``klast`` but
``klasterių`` → ``klaster``; ``lazeriai`` → ``laz``), and SQLite could not do the same.
Stemming the query in Python (the ``snowballstemmer`` package, current rules) and
matching word prefixes gives one behaviour on both databases.

SQLite: each searched table has an FTS5 table of its names and other text,
``<table>_search``, kept up to date by triggers (``sqlite_search_sql``; made after every
``migrate`` by ``install_sqlite_search``); a word prefix is an FTS5 prefix query
(``"klaster"*``), a name match the same query on the ``name`` column.
"""

import functools
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import snowballstemmer
from django.db import connections
from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    Expression,
    F,
    Field,
    Func,
    IntegerField,
    Q,
    Subquery,
    TextField,
    Value,
    When,
    Window,
)
from django.db.models.query import QuerySet, get_related_populators, prefetch_related_objects
from django.utils import translation

PER_KIND = 10
MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
MAX_TERM_LENGTH = 40
# Near misses (pg_trgm) only for queries long enough to have meaningful trigrams.
MIN_FUZZY_LENGTH = 4
PG_CONFIG = "portal_search"

_WORD = re.compile(r"[^\W_]+")
# The combining marks NFKD splits off letters (the blocks of combining diacritics).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@dataclass(frozen=True)
class Kind:
    """A searchable kind of record, registered by the app that owns the model.

    ``queryset()`` gives what the public may find (published records, preloaded for the
    result list); ``name_fields`` rank above ``other_fields``; ties are ordered by the
    translated field ``order_name``; results are shown in ascending ``position``.
    """

    key: str
    label: object
    queryset: Callable[[], QuerySet]
    name_fields: tuple[str, ...]
    other_fields: tuple[str, ...]
    order_name: str
    position: int
    # Whether the model marks demo records (real ones are ranked first).
    real_first: bool = True
    # ``related(matching)``: a queryset of the ids of records matched through related
    # records (clusters through the names of their sectors), ranked with "elsewhere"
    # matches; ``matching(queryset, key)`` narrows a queryset to the search's matches of
    # kind ``key``.
    related: Callable[[Callable[[QuerySet, str], QuerySet]], QuerySet] | None = None


# Filled by the apps' ``search`` modules (loaded from their AppConfig.ready()).
_kinds: dict[str, Kind] = {}


def register(kind: Kind) -> None:
    if kind.key in _kinds:
        raise ValueError(f"A search kind {kind.key!r} is already registered.")
    _kinds[kind.key] = kind


def kinds() -> dict[str, Kind]:
    """The registered kinds by key, in display order."""
    return dict(sorted(_kinds.items(), key=lambda item: item[1].position))


class Hits(list):
    """The best matches of one kind; ``total`` counts all matches."""

    def __init__(self, items=(), total: int = 0):
        super().__init__(items)
        self.total = total


def normalise(text: str | None) -> str:
    """Casefolded text without diacritics: ``Šiauliai`` → ``siauliai``."""
    if not text:
        return ""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", str(text))).casefold()


def terms(query: str | None) -> list[str]:
    """The query's words as stems, normalised; at most MAX_TERMS, each at most
    MAX_TERM_LENGTH.

    Anything that is not a letter or digit separates words, so no term carries LIKE
    wildcards, tsquery operators or NUL bytes.
    """
    words = _WORD.findall((query or "")[:MAX_QUERY_LENGTH].casefold())
    stems = (normalise(stem(word[:MAX_TERM_LENGTH])) for word in words)
    unique = dict.fromkeys(term for term in stems if term)
    return list(unique)[:MAX_TERMS]


def typed_words(query: str | None) -> list[str]:
    """The query's words as typed, normalised (for near misses), bounded like ``terms``."""
    words = _WORD.findall(normalise((query or "")[:MAX_QUERY_LENGTH]))
    return list(dict.fromkeys(word[:MAX_TERM_LENGTH] for word in words))[:MAX_TERMS]


_STEMMER = snowballstemmer.stemmer("lithuanian")
# A stem shorter than this matches too much as a prefix: the word is kept as typed.
MIN_STEM_LENGTH = 4


@functools.lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """``word``'s Lithuanian stem (``lazeriai`` → ``lazer``), or the word itself when the
    stem would be too short to be a useful prefix."""
    stemmed = _STEMMER.stemWord(word)
    return stemmed if len(stemmed) >= MIN_STEM_LENGTH else word


# SQLite: each searched table's words in an FTS5 table kept by triggers.
SQLITE_TOKENIZER = "unicode61 remove_diacritics 2"
_TRIGGERS = ("insert", "update", "delete")


def sqlite_search_table(kind: Kind) -> str:
    """The FTS5 table of ``kind`` on SQLite: ``<table>_search``."""
    return kind.queryset().model._meta.db_table + "_search"


def _sqlite_texts(kind: Kind, row: str) -> str:
    """``name, other``: the SQL of ``row``'s name fields and other fields, each joined."""
    fields = kind.queryset().model._meta

    def joined(names):
        columns = [f"COALESCE({row}.\"{fields.get_field(name).column}\", '')" for name in names]
        return " || ' ' || ".join(columns) or "''"

    return f"{joined(kind.name_fields)}, {joined(kind.other_fields)}"


def sqlite_search_sql(kind: Kind) -> list[str]:
    """The FTS5 table of ``kind`` and its three triggers, as SQLite stores them.

    ``<table>_search`` holds each record's name fields (column ``name``) and its other
    fields (``other``) under the record's id. Triggers after insert, update and delete
    keep it equal to the table whatever writes (save, bulk_create, update, loaddata, the
    admin's import, raw SQL). The ``unicode61`` tokenizer folds case and strips
    diacritics, as ``normalise`` does for the query's words.
    """
    table = kind.queryset().model._meta.db_table
    search = sqlite_search_table(kind)
    insert = (
        f"INSERT INTO {search}(rowid, name, other) VALUES (new.id, {_sqlite_texts(kind, 'new')});"
    )
    delete = f"DELETE FROM {search} WHERE rowid = old.id;"
    body = {"insert": insert, "update": f"{delete} {insert}", "delete": delete}
    return [
        f"CREATE VIRTUAL TABLE {search} USING fts5(name, other, "
        f"tokenize='{SQLITE_TOKENIZER}', detail=column)",
        *(
            f"CREATE TRIGGER {search}_{event} AFTER {event.upper()} ON {table} "
            f"BEGIN {body[event]} END"
            for event in _TRIGGERS
        ),
    ]


def install_sqlite_search(using: str = "default", app_config=None, **kwargs) -> None:
    """post_migrate receiver: give the kinds' tables (those of ``app_config``'s models,
    or all) their FTS5 tables and triggers on SQLite, remade and refilled when missing or
    out of date (a migration that rebuilds a table drops its triggers; a kind's fields
    may change). restore_data runs it too."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for kind in _kinds.values():
            model = kind.queryset().model
            if app_config is not None and model._meta.app_label != app_config.label:
                continue
            table, search = kind.queryset().model._meta.db_table, sqlite_search_table(kind)
            wanted = sqlite_search_sql(kind)
            names = [search, *(f"{search}_{event}" for event in _TRIGGERS)]
            cursor.execute(
                f"SELECT sql FROM sqlite_master WHERE name IN ({', '.join(['%s'] * len(names))})",
                names,
            )
            if set(wanted) <= {row[0] for row in cursor.fetchall()}:
                continue
            for event in _TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {search}_{event}")
            cursor.execute(f"DROP TABLE IF EXISTS {search}")
            for statement in wanted:
                cursor.execute(statement)
            cursor.execute(
                f"INSERT INTO {search}(rowid, name, other) "
                f"SELECT {table}.id, {_sqlite_texts(kind, table)} FROM {table}"
            )


def _boolean(*expressions, joiner: str):
    return Func(
        *expressions, template="(%(expressions)s)", arg_joiner=joiner, output_field=BooleanField()
    )


class _Marker:
    """Where a search parameter goes in SQL compiled once (``_Slot``)."""

    def __init__(self, name: str):
        self.name = name

    def __repr__(self):
        return f"<search parameter {self.name}>"


class _Slot(Expression):
    """A search parameter as ``%s``, filled in when the compiled SQL runs."""

    def __init__(self, name: str):
        super().__init__(output_field=Field())
        self.name = name

    def as_sql(self, compiler, connection):
        return "%s", [_Marker(self.name)]


def _parameters(vendor: str, words: list[str], typed: list[str]) -> dict:
    """The values of a search's parameters, by the names the conditions give them."""
    if vendor == "postgresql":
        values = {f"name_{index}": f"% {word}%" for index, word in enumerate(words)}
        values["tsquery"] = " & ".join(f"{word}:*" for word in words)
        values["phrase"] = " ".join(typed)
    else:
        # Every word as a quoted prefix ("klaster"*): terms are letters and digits only,
        # so they carry no FTS5 syntax.
        every = " AND ".join(f'"{word}"*' for word in words)
        values = {"every": every, "in_name": f"name : ({every})"}
    return values


def _shape(vendor: str, words: list[str], typed: list[str]) -> tuple:
    """What the SQL of a search depends on besides its parameters' values."""
    if vendor == "postgresql":
        return (len(words), len(" ".join(typed)) >= MIN_FUZZY_LENGTH)
    return ()


def _sqlite_conditions(kind: Kind, shape: tuple, param):
    # SQLite evaluates each IN (subquery) once.
    search = sqlite_search_table(kind)
    pk = F("pk")

    def matching(name):
        rows = Func(
            param(name),
            template=f"(SELECT rowid FROM {search} WHERE {search} MATCH %(expressions)s)",
        )
        return _boolean(pk, rows, joiner=" IN ")

    aliases = {"_search_all": matching("every"), "_search_name": matching("in_name")}
    in_all = Q(_search_all=True)
    return aliases, in_all, [(Q(_search_name=True), 3)]


class StoredColumn(Expression):
    """A column of the queried table that the model does not declare (the stored search
    columns exist on PostgreSQL only), named through the query's own alias for the table
    so that it holds inside subqueries too."""

    def __init__(self, column: str):
        super().__init__(output_field=TextField())
        self.column = column

    def as_sql(self, compiler, connection):
        alias = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        return f"{alias}.{connection.ops.quote_name(self.column)}", []


def stored_search_sql(table: str, name_fields, other_fields, *, prefix: str):
    """(forward, backward) SQL giving ``table`` its stored search columns and their GIN
    indexes ``<prefix>_search_fts_idx`` and ``<prefix>_search_trgm_idx``.

    For migrations: each passes the fields of its time, so keep the output stable.
    ``search_document`` is the ``portal_search`` document of all the searched fields,
    ``search_name`` the names' words, lower-case and unaccented, between spaces (for
    ranking, and near misses).
    """

    def joined(fields):
        return " || ' ' || ".join(f"COALESCE({field}, '')" for field in fields)

    document = f"portal_document({joined([*name_fields, *other_fields])})"
    # `` word word ``: a word prefix is LIKE '% prefix%'.
    words = (
        f"regexp_replace(lower(portal_unaccent({joined(name_fields)})), '[^[:alnum:]]+', ' ', 'g')"
    )
    name = f"' ' || {words} || ' '"
    forward = [
        f"ALTER TABLE {table} ADD COLUMN search_document tsvector "
        f"GENERATED ALWAYS AS ({document}) STORED",
        f"ALTER TABLE {table} ADD COLUMN search_name text GENERATED ALWAYS AS ({name}) STORED",
        f"CREATE INDEX {prefix}_search_fts_idx ON {table} USING gin (search_document)",
        f"CREATE INDEX {prefix}_search_trgm_idx ON {table} USING gin (search_name gin_trgm_ops)",
    ]
    backward = [
        f"DROP INDEX IF EXISTS {prefix}_search_trgm_idx",
        f"DROP INDEX IF EXISTS {prefix}_search_fts_idx",
        f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_name",
        f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_document",
    ]
    return forward, backward


# pg_trgm declares word similarity (``<%``, near misses) as cheap as an equality, but it
# costs some 15 µs a row: believing it cheap, PostgreSQL scanned every cluster and
# compared each name for a word found in a fifth of them (300 ms at 10,000 clusters)
# instead of combining the GIN indexes (20 ms). Set by clusters 0008 and again by
# restore_data (pg_restore recreates the extension with its declared cost). Changing an
# extension's function needs its owner; without that, common words only stay slower.
TRGM_COST_SQL = """
DO $$
BEGIN
    ALTER FUNCTION word_similarity_op(text, text) COST 1000;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'word_similarity_op keeps its cost: not the owner of pg_trgm';
END
$$
"""


class _InArray(Func):
    """``column = ANY(array)`` with the array as one parameter (PostgreSQL): thousands of
    ids cost one value to prepare, not one lookup parameter each."""

    template = "(%(expressions)s))"
    arg_joiner = " = ANY("
    output_field = BooleanField()


def _postgres_conditions(kind: Kind, shape: tuple, param):
    # The stored columns of stored_search_sql, so that their GIN indexes serve.
    count, fuzzy = shape
    tsquery = Func(
        param("tsquery"),
        template="to_tsquery('" + PG_CONFIG + "'::regconfig, %(expressions)s)",
        output_field=TextField(),
    )
    document = StoredColumn("search_document")
    name_text = StoredColumn("search_name")
    aliases = {"_search_all": _boolean(document, tsquery, joiner=" @@ ")}
    in_all = Q(_search_all=True)
    # Ranking needs no second document: a word of the name starts with every term
    # (terms are letters and digits only, so they are safe in the pattern; a LIKE on the
    # stored words costs a tenth of a regular expression's word boundaries).
    in_name = Q()
    for index in range(count):
        aliases[f"_search_name_{index}"] = _boolean(
            name_text, param(f"name_{index}"), joiner=" LIKE "
        )
        in_name &= Q(**{f"_search_name_{index}": True})
    ranks = [(in_name, 3)]
    # Near misses compare the words as typed: a misspelt word's stem is no word at all.
    # They are looked for only when no record of the kind has the words themselves
    # (a misspelling, not a word found in hundreds of names): checking a candidate costs
    # a similarity per row, and PostgreSQL tests "no exact match" once for the query.
    if fuzzy:
        exact = kind.queryset().alias(_search_exact=_boolean(document, tsquery, joiner=" @@ "))
        aliases["_search_no_exact"] = ~Exists(exact.filter(_search_exact=True))
        # word_similarity(phrase, name) >= pg_trgm.word_similarity_threshold (0.6).
        aliases["_search_fuzzy"] = _boolean(param("phrase"), name_text, joiner=" <%% ")
        # In this order: PostgreSQL evaluates an OR's arms as written, and the cheap
        # test first skips the similarity.
        near = Q(_search_no_exact=True) & Q(_search_fuzzy=True)
        in_all |= near
        ranks.append((near, 2))
    return aliases, in_all, ranks


def _filtered(queryset, spec: Kind, vendor: str, shape: tuple, param):
    """``queryset`` narrowed to the search's matches and annotated with ``search_score``;
    ``param(name)`` gives each parameter as an expression."""
    build = _postgres_conditions if vendor == "postgresql" else _sqlite_conditions
    aliases, condition, ranks = build(spec, shape, param)
    if spec.related is not None:

        def matching(related_queryset, key):
            return _filtered(related_queryset, _kinds[key], vendor, shape, param)

        ids = Subquery(spec.related(matching))
        if vendor == "postgresql":
            # The ids as one array (an InitPlan, computed once): ``id IN (subquery)``
            # inside the OR would keep PostgreSQL from using the GIN index for the rest.
            related = _InArray(F("pk"), Func(ids, template="ARRAY%(expressions)s"))
        else:
            related = _boolean(F("pk"), ids, joiner=" IN ")
        aliases["_search_related"] = related
        condition |= Q(_search_related=True)
    score = Case(
        *[When(rank, then=Value(points)) for rank, points in ranks],
        default=Value(1),
        output_field=IntegerField(),
    )
    return queryset.alias(**aliases).filter(condition).annotate(search_score=score)


def _values(vendor: str, query: str | None) -> tuple[tuple, dict]:
    """(shape, parameters) of ``query``, which has words."""
    words, typed = terms(query), typed_words(query)
    return _shape(vendor, words, typed), _parameters(vendor, words, typed)


def filter_queryset(queryset, kind: str, query: str | None, *, connection=None):
    """``queryset`` narrowed to records matching ``query``, annotated with
    ``search_score`` (3 name, 2 near miss in the name, 1 elsewhere). An empty or
    word-less query leaves ``queryset`` as it is (``search_score`` 0)."""
    spec = _kinds[kind]
    if not terms(query):
        return queryset.annotate(search_score=Value(0, output_field=IntegerField()))
    vendor = (connection or connections[queryset.db]).vendor
    shape, values = _values(vendor, query)
    return _filtered(queryset, spec, vendor, shape, lambda name: Value(values[name]))


# The ranking SQL of each kind, compiled once per database, language, limit and shape:
# {key: (sql, params with _Marker where a search's values go)}.
_compiled: dict[tuple, tuple[str, list]] = {}


def _ranking_sql(key: str, alias: str, limit: int, shape: tuple) -> tuple[str, list]:
    """The SQL giving kind ``key``'s ``limit`` best matches as (id, score, total), best
    first: one narrow pass, without the records' other columns."""
    language = translation.get_language()
    cache_key = (key, alias, language, limit, shape)
    if cache_key not in _compiled:
        spec = _kinds[key]
        vendor = connections[alias].vendor
        queryset = _filtered(spec.queryset().using(alias), spec, vendor, shape, _Slot)
        order = ["-search_score", *(["is_demo"] if spec.real_first else []), spec.order_name]
        queryset = queryset.annotate(search_total=Window(Count("pk")))
        queryset = queryset.order_by(*order, "pk").values_list(
            "pk", "search_score", "search_total"
        )
        _compiled[cache_key] = queryset[:limit].query.sql_with_params()
    return _compiled[cache_key]


class _Reader:
    """The records of a kind's queryset with the given ids (and its select_related), by
    SQL compiled once: the rows become records as a queryset's would."""

    def __init__(self, queryset, vendor: str):
        if vendor == "postgresql":
            wanted = _InArray(F("pk"), _Slot("ids"))
        else:
            ids = Func(_Slot("ids"), template="(SELECT value FROM json_each(%(expressions)s))")
            wanted = _boolean(F("pk"), ids, joiner=" IN ")
        self.queryset = queryset.alias(_search_ids=wanted).filter(_search_ids=True)
        self.compiler = self.queryset.query.get_compiler(using=self.queryset.db)
        self.sql, self.params = self.compiler.as_sql()
        self.json = vendor != "postgresql"

    def read(self, ids: list) -> dict:
        """{pk: record} of the records with these ids."""
        value = json.dumps(ids) if self.json else ids
        params = [value if isinstance(p, _Marker) else p for p in self.params]
        db = self.queryset.db
        with connections[db].cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        compiler = self.compiler
        select, klass_info = compiler.select, compiler.klass_info
        fields = klass_info["select_fields"]
        start, end = fields[0], fields[-1] + 1
        names = [column[0].target.attname for column in select[start:end]]
        populators = get_related_populators(klass_info, select, db)
        records = {}
        for row in compiler.results_iter([rows]):
            record = klass_info["model"].from_db(db, names, row[start:end])
            for populator in populators:
                populator.populate(row, record)
            records[record.pk] = record
        if self.queryset._prefetch_related_lookups:
            prefetch_related_objects(
                list(records.values()), *self.queryset._prefetch_related_lookups
            )
        return records


_readers: dict[tuple, _Reader] = {}


def _read(key: str, alias: str, ids: list) -> dict:
    """{pk: record} of kind ``key``'s records with these ids (always one query)."""
    if (key, alias) not in _readers:
        queryset = _kinds[key].queryset().using(alias)
        _readers[key, alias] = _Reader(queryset, connections[alias].vendor)
    return _readers[key, alias].read(ids)


def search_kind(kind: str, query: str | None, limit: int = PER_KIND) -> Hits:
    """The ``limit`` best matches of one kind with the total."""
    return search(query, limit=limit, only=[kind])[kind]


def search(query: str | None, language: str | None = None, limit: int = PER_KIND, only=None):
    """Matches per kind, in display order: ``{kind: Hits}``.

    ``language`` is the visitor's: ties are ordered by the name in that language (names
    render in it, with fallback, under the caller's active language). One query ranks
    and counts every kind's matches (ids only, SQL compiled once per shape of query);
    then one query per kind reads the records shown.
    """
    keys = [key for key in kinds() if only is None or key in only]
    if not terms(query):
        return {key: Hits() for key in keys}
    with translation.override(language or translation.get_language()):
        alias = _kinds[keys[0]].queryset().db
        vendor = connections[alias].vendor
        shape, values = _values(vendor, query)
        parts, params = [], []
        for index, key in enumerate(keys):
            sql, template = _ranking_sql(key, alias, limit, shape)
            columns = 'ranked."pk", ranked."search_score", ranked."search_total"'
            parts.append(f"SELECT {index}, {columns} FROM ({sql}) ranked")
            params += [values[p.name] if isinstance(p, _Marker) else p for p in template]
        with connections[alias].cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            rows = cursor.fetchall()
        # Within each kind the rows come in the order of its ranking query.
        ranked: dict[str, list] = {key: [] for key in keys}
        totals = dict.fromkeys(keys, 0)
        for index, pk, score, total in rows:
            ranked[keys[index]].append((pk, score))
            totals[keys[index]] = total
        results = {}
        for key in keys:
            found = dict(ranked[key])
            # One query per kind even without matches: the page's query count does not
            # depend on which kinds match.
            records = _read(key, alias, list(found))
            hits = []
            for pk, score in found.items():
                if pk in records:
                    records[pk].search_score = score
                    hits.append(records[pk])
            results[key] = Hits(hits, totals[key])
        return results
