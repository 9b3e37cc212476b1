"""The cluster directory's GET filter form (django-filter).

Every option list carries counts of published clusters, each list from one grouped
query. Counts are over the whole directory, not narrowed by the other filters in use:
they say how big each group is.

Size is by the member total (SMEs + large companies + research + other members, as the
cluster declares them), in the EU's company-size bands: 1–9, 10–49, 50–249, 250+.
Clusters that declare no members are in no band. Member counts are what every cluster
profile gives; employee figures are missing for many clusters.

Associations and programmes sit in apps above this one: they are reached through the
app registry and Cluster's reverse relations, never imported.
"""

import functools

import django_filters
from django.apps import apps
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from clusters.models import Cluster, Label, LabelLevel
from core import datacache, search
from core.content import published_q

YES_NO = [("yes", _("Yes")), ("no", _("No"))]
SIZE_BANDS = {
    "1-9": (1, 9),
    "10-49": (10, 49),
    "50-249": (50, 249),
    "250+": (250, None),
}
SIZE_LABELS = {
    "1-9": _("1–9 members"),
    "10-49": _("10–49 members"),
    "50-249": _("50–249 members"),
    "250+": _("250 members or more"),
}
SORTS = [
    ("name", _("Name")),
    ("country", _("Country")),
    ("founded", _("Founding year, oldest first")),
    ("updated", _("Newest update")),
    ("projects", _("Most EU projects")),
]


def _model(label: str):
    return apps.get_model(label)


def published_participations():
    """Participations of clusters in published projects."""
    return _model("programmes.Participation").objects.filter(
        published_q("project"), cluster__isnull=False
    )


def project_count():
    """Per cluster: how many published projects it takes part in (a subquery)."""
    counted = (
        published_participations()
        .filter(cluster=OuterRef("pk"))
        .order_by()
        .values("cluster")
        .annotate(n=Count("project", distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def member_total():
    """SMEs + large + research + other members; 0 when none is declared."""
    return (
        Coalesce("members_sme", 0)
        + Coalesce("members_large", 0)
        + Coalesce("members_research", 0)
        + Coalesce("members_other", 0)
    )


def translated(row: dict, prefix: str) -> str:
    """The ``prefix_<language>`` value of a values() row, falling back to the other."""
    language = (get_language() or "lt")[:2]
    other = "en" if language == "lt" else "lt"
    return row.get(f"{prefix}_{language}") or row.get(f"{prefix}_{other}") or ""


def with_count(label, count: int) -> str:
    return f"{label} ({count})"


class ClusterFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Name, acronym, city or organisation"), method="filter_text"
    )
    country = django_filters.ChoiceFilter(label=_("Country"), empty_label=_("Any country"))
    sector = django_filters.ChoiceFilter(
        label=_("Sector"), empty_label=_("Any sector"), method="filter_sector"
    )
    label = django_filters.ChoiceFilter(
        label=_("ESCA label (ever awarded)"), empty_label=_("Any or none"), method="filter_label"
    )
    association = django_filters.ChoiceFilter(
        label=_("Association"), empty_label=_("Any association"), method="filter_association"
    )
    programme = django_filters.ChoiceFilter(
        label=_("Took part in a programme"),
        empty_label=_("Any programme"),
        method="filter_programme",
    )
    projects = django_filters.ChoiceFilter(
        label=_("Has EU projects"),
        choices=YES_NO,
        empty_label=_("Either"),
        method="filter_projects",
    )
    size = django_filters.ChoiceFilter(
        label=_("Size (members)"), empty_label=_("Any size"), method="filter_size"
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=SORTS, empty_label=_("Best match, then name"), method="keep"
    )

    class Meta:
        model = Cluster
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        published = Cluster.objects.published()
        self._published = published
        choices = {
            "country": self.country_choices(published),
            "sector": self.sector_choices(published),
            "label": self.label_choices(published),
            "association": self.association_choices(published),
            "programme": self.programme_choices(published),
            "size": self.size_choices(published),
        }
        for name, options in choices.items():
            # Form fields iterate callable choices each time (rendering, validating):
            # keep each option list for the request, and its counts across requests
            # until the data changes (core.datacache).
            counted = functools.partial(datacache.cached, f"clusters:{name}", options)
            self.filters[name].extra["choices"] = functools.cache(counted)

    # Option lists, one grouped query each, evaluated when the form is first built.

    @staticmethod
    def country_choices(published):
        def options():
            rows = published.order_by().values("country").annotate(n=Count("pk"))
            named = [(r["country"], countries.name(r["country"]), r["n"]) for r in rows]
            return [
                (code, with_count(name, n)) for code, name, n in sorted(named, key=lambda r: r[1])
            ]

        return options

    @staticmethod
    def sector_choices(published):
        def options():
            through = Cluster.sectors.through
            rows = (
                through.objects.filter(cluster__in=published)
                .order_by()
                .values("sector__slug", "sector__name_lt", "sector__name_en")
                .annotate(n=Count("cluster", distinct=True))
            )
            named = [(r["sector__slug"], translated(r, "sector__name"), r["n"]) for r in rows]
            return [(slug, with_count(name, n)) for slug, name, n in sorted(named, key=_by_name)]

        return options

    @staticmethod
    def label_choices(published):
        def options():
            rows = (
                Label.objects.filter(cluster__in=published)
                .order_by()
                .values("level")
                .annotate(n=Count("cluster", distinct=True))
            )
            counts = {r["level"]: r["n"] for r in rows}
            return [
                (level, with_count(label, counts[level]))
                for level, label in reversed(LabelLevel.choices)
                if level in counts
            ]

        return options

    @staticmethod
    def association_choices(published):
        def options():
            rows = (
                _model("alliance.Membership")
                .objects.filter(published_q("cluster"), published_q("association"))
                .order_by()
                .values(
                    "association__slug",
                    "association__acronym",
                    "association__name_lt",
                    "association__name_en",
                )
                .annotate(n=Count("cluster", distinct=True))
            )
            named = [
                (r["association__slug"], translated(r, "association__name"), r["n"]) for r in rows
            ]
            return [(slug, with_count(name, n)) for slug, name, n in sorted(named, key=_by_name)]

        return options

    @staticmethod
    def programme_choices(published):
        def options():
            rows = (
                published_participations()
                .filter(published_q("cluster"), project__action__isnull=False)
                .order_by()
                .values(
                    "project__action__programme__slug",
                    "project__action__programme__acronym",
                    "project__action__programme__name_lt",
                    "project__action__programme__name_en",
                )
                .annotate(n=Count("cluster", distinct=True))
            )
            prefix = "project__action__programme__"
            named = [
                (
                    r[prefix + "slug"],
                    r[prefix + "acronym"] or translated(r, prefix + "name"),
                    r["n"],
                )
                for r in rows
            ]
            return [(slug, with_count(name, n)) for slug, name, n in sorted(named, key=_by_name)]

        return options

    @staticmethod
    def size_choices(published):
        def options():
            counts = published.annotate(member_total=member_total()).aggregate(
                **{
                    band: Count("pk", filter=_band_q(low, high))
                    for band, (low, high) in SIZE_BANDS.items()
                }
            )
            return [(band, with_count(SIZE_LABELS[band], counts[band])) for band in SIZE_BANDS]

        return options

    # Filters.

    def filter_text(self, queryset, name, value):
        return search.filter_queryset(queryset, "clusters", value)

    def filter_sector(self, queryset, name, value):
        through = Cluster.sectors.through
        return queryset.filter(
            Exists(through.objects.filter(cluster=OuterRef("pk"), sector__slug=value))
        )

    def filter_label(self, queryset, name, value):
        return queryset.filter(Exists(Label.objects.filter(cluster=OuterRef("pk"), level=value)))

    def filter_association(self, queryset, name, value):
        associations = _model("alliance.Association").objects.published().filter(slug=value)
        memberships = _model("alliance.Membership").objects.filter(
            cluster=OuterRef("pk"), association__in=associations
        )
        return queryset.filter(Exists(memberships))

    def filter_programme(self, queryset, name, value):
        taking_part = published_participations().filter(
            cluster=OuterRef("pk"), project__action__programme__slug=value
        )
        return queryset.filter(Exists(taking_part))

    def filter_projects(self, queryset, name, value):
        taking_part = Exists(published_participations().filter(cluster=OuterRef("pk")))
        return queryset.filter(taking_part if value == "yes" else ~taking_part)

    def filter_size(self, queryset, name, value):
        low, high = SIZE_BANDS[value]
        return queryset.alias(member_total=member_total()).filter(_band_q(low, high))

    def keep(self, queryset, name, value):
        """Sorting is applied last, in ``filter_queryset``."""
        return queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = getattr(self.form, "cleaned_data", {})
        return queryset.order_by(*self.ordering(data.get("sort"), bool(data.get("q"))))

    @staticmethod
    def ordering(sort: str | None, has_text: bool) -> list:
        """The ORDER BY for a whitelisted ``sort``; real clusters before demo ones on ties."""
        name = name_expression()
        orderings = {
            "name": [],
            "country": ["country"],
            "founded": [F("founded_year").asc(nulls_last=True)],
            "updated": ["-updated_at"],
            "projects": ["-project_count"],
        }
        first = orderings.get(sort or "")
        if first is None:
            first = ["-search_score"] if has_text else []
        return [*first, "is_demo", name.asc(), "pk"]


def name_expression():
    """The name in the active language, the Lithuanian one when it has none."""
    language = (get_language() or "lt")[:2]
    other = "en" if language == "lt" else "lt"
    return Coalesce(NullIf(F(f"name_{language}"), Value("")), F(f"name_{other}"))


def _band_q(low: int, high: int | None) -> Q:
    condition = Q(member_total__gte=low)
    return condition & Q(member_total__lte=high) if high is not None else condition


def _by_name(option) -> str:
    return str(option[1]).casefold()
