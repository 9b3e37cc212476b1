"""One search over the kinds of record the apps register (clusters, associations,
projects, programmes, events).

Each app registers its kinds in its ``search`` module (``register(Kind(...))``).
Contract: ``search(query, language) -> dict[kind, Hits]`` where ``Hits`` is a list of at
most ``PER_KIND`` records (best first) with ``.total``, the number of all matches.
``filter_queryset(queryset, kind, query)`` applies the same matching to one queryset
(the cluster directory's free-text filter uses it).

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

SQLite: the ``portal_norm`` function (registered on each new connection by
``install_sqlite_functions``) turns text into `` word word `` (NFKD, combining marks
stripped, casefolded), so a word prefix is a ``LIKE '% prefix%'``.
"""

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import snowballstemmer
from django.db import connection as default_connection
from django.db import connections
from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    Expression,
    F,
    Func,
    IntegerField,
    Q,
    Subquery,
    TextField,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce
from django.db.models.query import QuerySet
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
    # ``also_matches(query)``: a condition for records matched through related records
    # (clusters through the names of their sectors), ranked with "elsewhere" matches.
    also_matches: Callable[[str], Q] | None = None


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


@functools.lru_cache(maxsize=4096)
def sqlite_norm(text: str | None) -> str:
    """``portal_norm`` for SQLite: `` word word `` so that word prefixes are LIKE '% w%'."""
    return " " + " ".join(_WORD.findall(normalise(text))) + " "


def install_sqlite_functions(sender=None, connection=None, **kwargs):
    """connection_created receiver: register ``portal_norm`` on a new SQLite connection."""
    if connection is not None and connection.vendor == "sqlite":
        connection.connection.create_function("portal_norm", 1, sqlite_norm, deterministic=True)


def _joined(fields, template: str):
    """``template`` applied to the fields' text joined by spaces (NULL and '' alike)."""
    return Func(
        *[Coalesce(F(name), Value("")) for name in fields],
        template=template,
        arg_joiner=" || ' ' || ",
        output_field=TextField(),
    )


def _boolean(*expressions, joiner: str):
    return Func(
        *expressions, template="(%(expressions)s)", arg_joiner=joiner, output_field=BooleanField()
    )


def _sqlite_conditions(kind: Kind, words: list[str], typed: list[str]):
    name = _joined(kind.name_fields, "portal_norm(%(expressions)s)")
    everything = _joined(kind.name_fields + kind.other_fields, "portal_norm(%(expressions)s)")
    aliases = {"_search_name": name, "_search_all": everything}
    in_all = Q(*[Q(_search_all__contains=f" {word}") for word in words])
    in_name = Q(*[Q(_search_name__contains=f" {word}") for word in words])
    return aliases, in_all, [(in_name, 3)]


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
    # `` word word ``, as SQLite's portal_norm: a word prefix is LIKE '% prefix%'.
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


def _postgres_conditions(kind: Kind, words: list[str], typed: list[str]):
    # The stored columns of stored_search_sql, so that their GIN indexes serve.
    tsquery = Func(
        Value(" & ".join(f"{word}:*" for word in words)),
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
    for index, word in enumerate(words):
        pattern = Value(f"% {word}%")
        aliases[f"_search_name_{index}"] = _boolean(name_text, pattern, joiner=" LIKE ")
        in_name &= Q(**{f"_search_name_{index}": True})
    ranks = [(in_name, 3)]
    # Near misses compare the words as typed: a misspelt word's stem is no word at all.
    # They are looked for only when no record of the kind has the words themselves
    # (a misspelling, not a word found in hundreds of names): checking a candidate costs
    # a similarity per row, and PostgreSQL tests "no exact match" once for the query.
    phrase = " ".join(typed)
    if len(phrase) >= MIN_FUZZY_LENGTH:
        exact = kind.queryset().alias(_search_exact=_boolean(document, tsquery, joiner=" @@ "))
        aliases["_search_no_exact"] = ~Exists(exact.filter(_search_exact=True))
        # word_similarity(phrase, name) >= pg_trgm.word_similarity_threshold (0.6).
        aliases["_search_fuzzy"] = _boolean(Value(phrase), name_text, joiner=" <%% ")
        # In this order: PostgreSQL evaluates an OR's arms as written, and the cheap
        # test first skips the similarity.
        near = Q(_search_no_exact=True) & Q(_search_fuzzy=True)
        in_all |= near
        ranks.append((near, 2))
    return aliases, in_all, ranks


def filter_queryset(queryset, kind: str, query: str | None, *, connection=None):
    """``queryset`` narrowed to records matching ``query``, annotated with
    ``search_score`` (3 name, 2 near miss in the name, 1 elsewhere). An empty or
    word-less query leaves ``queryset`` as it is (``search_score`` 0)."""
    spec = _kinds[kind]
    words = terms(query)
    if not words:
        return queryset.annotate(search_score=Value(0, output_field=IntegerField()))
    vendor = (connection or default_connection).vendor
    build = _postgres_conditions if vendor == "postgresql" else _sqlite_conditions
    aliases, condition, ranks = build(spec, words, typed_words(query))
    if spec.also_matches is not None:
        condition |= spec.also_matches(query)
    score = Case(
        *[When(rank, then=Value(points)) for rank, points in ranks],
        default=Value(1),
        output_field=IntegerField(),
    )
    return queryset.alias(**aliases).filter(condition).annotate(search_score=score)


def search_kind(kind: str, query: str | None, limit: int = PER_KIND) -> Hits:
    """The ``limit`` best matches of one kind with the total, in one query."""
    spec = _kinds[kind]
    if not terms(query):
        return Hits()
    queryset = filter_queryset(spec.queryset(), kind, query)
    order = ["-search_score", *(["is_demo"] if spec.real_first else []), spec.order_name, "pk"]
    if connections[queryset.db].vendor == "postgresql":
        # The total as a subquery of ids, computed once: a window count (COUNT(*) OVER ())
        # would keep every matching row, whole, before the first ten are picked, which
        # for a common word is thousands of wide rows.
        total = Subquery(
            queryset.order_by().values("pk"),
            template="(SELECT COUNT(*) FROM (%(subquery)s) AS search_matches)",
            output_field=IntegerField(),
        )
    else:
        # SQLite matches in Python (portal_norm): counting in the same pass costs less
        # than matching twice.
        total = Window(Count("pk"))
    rows = list(queryset.annotate(search_total=total).order_by(*order)[:limit])
    return Hits(rows, rows[0].search_total if rows else 0)


def search(query: str | None, language: str | None = None, limit: int = PER_KIND):
    """Matches per kind, in display order: ``{kind: Hits}``; one query per kind.

    ``language`` is the visitor's: ties are ordered by the name in that language (names
    render in it, with fallback, under the caller's active language).
    """
    with translation.override(language or translation.get_language()):
        return {key: search_kind(key, query, limit) for key in kinds()}
