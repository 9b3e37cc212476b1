"""The statistics page's numbers: a fixed set of grouped queries over published, real records.

Demo records (``generate_demo_data``) are left out of every figure; how many published demo
clusters and projects were left out is counted separately so the page can say so. What
``overview()`` returns is plain values (codes, names, numbers, lists and dicts of them),
kept in the data cache until the portal data changes.
"""

from collections import Counter

from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext
from django_countries import countries

from alliance.models import AssociationFigure, FigureKind, FigureSourceKind
from clusters.models import Cluster, Label, LabelLevel, Sector
from core import datacache
from core.content import published_q, today
from core.listing import name_key, translated_value
from programmes.models import Participation, Project, Role

LITHUANIA = "LT"


def overview() -> dict:
    """Every number of the page, computed at most once per data version and language."""
    return datacache.cached("statistics:overview", compute)


def compute() -> dict:
    clusters = Cluster.objects.published().real()
    by_country = clusters_by_country(clusters)
    return {
        "clusters": sum(row["count"] for row in by_country),
        "by_country": by_country,
        "by_sector": clusters_by_sector(),
        "by_label": clusters_by_label(clusters),
        "figures": declared_figures(),
        **projects(),
        "lithuania": lithuanian_participation(by_country),
        "demo": {
            "clusters": Cluster.objects.published().demo().count(),
            "projects": Project.objects.published().demo().count(),
        },
    }


def _real_published(relation: str) -> Q:
    return published_q(relation) & Q(**{f"{relation}__is_demo": False})


def clusters_by_country(clusters) -> list[dict]:
    """[{"code", "name", "count"}], most clusters first (one query)."""
    rows = (
        clusters.order_by().values("country").annotate(n=Count("pk")).values_list("country", "n")
    )
    result = [
        {"code": code, "name": str(countries.name(code) or code), "count": number}
        for code, number in rows
        if code
    ]
    result.sort(key=lambda row: (-row["count"], name_key(row["name"])))
    return result


def clusters_by_sector() -> list[dict]:
    """[{"slug", "name", "count"}] of sectors with at least one cluster (one query)."""
    rows = (
        Sector.objects.order_by()
        .annotate(n=Count("clusters", filter=_real_published("clusters")))
        .filter(n__gt=0)
        .values("slug", "name_lt", "name_en", "n")
    )
    result = [
        {"slug": row["slug"], "name": translated_value(row, "name"), "count": row["n"]}
        for row in rows
    ]
    result.sort(key=lambda row: (-row["count"], name_key(row["name"])))
    return result


def clusters_by_label(clusters) -> dict:
    """Clusters ever awarded each ESCA level, those holding a still-valid label of it, and
    those never labelled (two queries). A cluster relabelled at another level counts under
    each level it was awarded, as the directory's label filter finds it."""
    rows = (
        Label.objects.filter(_real_published("cluster"))
        .order_by()
        .values("level")
        .annotate(
            ever=Count("cluster", distinct=True),
            valid=Count("cluster", distinct=True, filter=Q(valid_until__gte=today())),
        )
    )
    counts = {row["level"]: row for row in rows}
    levels = [
        {
            "level": level.value,
            "name": str(level.label),
            "count": counts.get(level.value, {}).get("ever", 0),
            "valid": counts.get(level.value, {}).get("valid", 0),
        }
        for level in reversed(LabelLevel)
    ]
    labelled = clusters.labelled().count()
    return {"levels": levels, "labelled": labelled, "unlabelled": clusters.count() - labelled}


def declared_figures() -> dict:
    """The associations' declared figures, one row per association and figure, the talk's
    value beside the public sources' (one query).

    {"rows": [{"association": {"name", "shown", "url"}, "kind", "talk": [figure…],
    "public": [figure…]}], "talk_source": the reference most talk figures give (the page
    names it once)} where a figure is {"value", "qualifier", "qualifier_name", "year",
    "source", "verified", "note"}.
    """
    figures = (
        AssociationFigure.objects.filter(_real_published("association"))
        .select_related("association")
        .order_by("association_id", "kind", "-as_of_year", "pk")
    )
    kinds = list(FigureKind)
    rows: dict[tuple[int, str], dict] = {}
    for figure in figures:
        association = figure.association
        row = rows.setdefault(
            (association.pk, figure.kind),
            {
                "association": {
                    "name": association.name,
                    "shown": association.acronym or association.name,
                    "url": association.get_absolute_url(),
                },
                "kind": str(figure.get_kind_display()),
                "order": kinds.index(figure.kind) if figure.kind in kinds else len(kinds),
                "talk": [],
                "public": [],
            },
        )
        side = "talk" if figure.source_kind == FigureSourceKind.TALK else "public"
        row[side].append(
            {
                "value": figure.value,
                "qualifier": figure.qualifier,
                "qualifier_name": str(figure.get_qualifier_display()),
                "year": figure.as_of_year,
                "source": figure.source,
                "verified": figure.verified,
                "note": figure.note,
            }
        )
    result = list(rows.values())
    result.sort(key=lambda row: (name_key(row["association"]["shown"]), row["order"]))
    talk_sources = Counter(
        figure["source"] for row in result for figure in row["talk"] if figure["source"]
    )
    talk_source = talk_sources.most_common(1)[0][0] if talk_sources else ""
    return {"rows": result, "talk_source": talk_source}


def projects() -> dict:
    """Projects by programme and action, and by start year (two queries)."""
    published = Project.objects.published().real().order_by()
    rows = published.values(
        "action__slug",
        "action__acronym",
        "action__name_lt",
        "action__name_en",
        "action__programme__slug",
        "action__programme__acronym",
        "action__programme__name_lt",
        "action__programme__name_en",
    ).annotate(n=Count("pk"))
    programmes: dict[str, dict] = {}
    for row in rows:
        slug = row["action__programme__slug"] or ""
        programme = programmes.setdefault(
            slug,
            {
                "slug": slug,
                "name": row["action__programme__acronym"]
                or translated_value(row, "action__programme__name")
                or gettext("Programme not given"),
                "count": 0,
                "actions": [],
            },
        )
        programme["count"] += row["n"]
        if row["action__slug"]:
            programme["actions"].append(
                {
                    "slug": row["action__slug"],
                    "name": row["action__acronym"] or translated_value(row, "action__name"),
                    "count": row["n"],
                }
            )
    for programme in programmes.values():
        programme["actions"].sort(key=lambda action: (-action["count"], name_key(action["name"])))
    by_programme = sorted(
        programmes.values(),
        key=lambda row: (not row["slug"], -row["count"], name_key(row["name"])),
    )
    years = (
        published.annotate(year=ExtractYear("start_date"))
        .values("year")
        .annotate(n=Count("pk"))
        .values_list("year", "n")
    )
    by_year = sorted(({"year": year, "count": n} for year, n in years), key=_year_order)
    return {
        "projects": sum(row["count"] for row in by_programme),
        "by_programme": by_programme,
        "by_year": by_year,
    }


def _year_order(row) -> tuple:
    # Projects without a known start come last.
    return (row["year"] is None, row["year"] or 0)


def lithuanian_participation(by_country: list[dict]) -> dict:
    """How Lithuanian clusters take part in EU projects (two queries).

    {"clusters": Lithuanian clusters, "active": those in at least one project, "projects":
    projects with a Lithuanian cluster, "coordinated": of which one coordinates, "roles":
    [{"role", "name", "participations"}], "by_programme": [{"slug", "name", "projects",
    "clusters"}]}
    """
    participations = (
        Participation.objects.published()
        .filter(cluster__country=LITHUANIA, cluster__is_demo=False, project__is_demo=False)
        .order_by()
    )
    totals = participations.aggregate(
        active=Count("cluster", distinct=True),
        projects=Count("project", distinct=True),
        coordinated=Count("project", distinct=True, filter=Q(role=Role.COORDINATOR)),
        coordinators=Count("pk", filter=Q(role=Role.COORDINATOR)),
        partners=Count("pk", filter=Q(role=Role.PARTNER)),
        associated=Count("pk", filter=Q(role=Role.ASSOCIATED)),
    )
    roles = [
        {"role": role.value, "name": str(role.label), "participations": totals[key]}
        for role, key in (
            (Role.COORDINATOR, "coordinators"),
            (Role.PARTNER, "partners"),
            (Role.ASSOCIATED, "associated"),
        )
    ]
    rows = participations.values(
        "project__action__programme__slug",
        "project__action__programme__acronym",
        "project__action__programme__name_lt",
        "project__action__programme__name_en",
    ).annotate(projects=Count("project", distinct=True), clusters=Count("cluster", distinct=True))
    by_programme = [
        {
            "slug": row["project__action__programme__slug"] or "",
            "name": row["project__action__programme__acronym"]
            or translated_value(row, "project__action__programme__name")
            or gettext("Programme not given"),
            "projects": row["projects"],
            "clusters": row["clusters"],
        }
        for row in rows
    ]
    by_programme.sort(key=lambda row: (not row["slug"], -row["projects"], name_key(row["name"])))
    lithuanian = next((row["count"] for row in by_country if row["code"] == LITHUANIA), 0)
    return {
        "clusters": lithuanian,
        "active": totals["active"],
        "projects": totals["projects"],
        "coordinated": totals["coordinated"],
        "roles": roles,
        "by_programme": by_programme,
    }
