"""The cluster directory's GET filter form (django-filter).

The directory combines apps: clusters by country, sector, label and size (their own
data), by association (alliance) and by programme or EU project record (programmes).
It lives at the top, which may import every app.

Country, sector, label, association and programme are groups of checkboxes: any ticked
value of a group matches, and the groups combine (``?country=LT&country=DE&sector=ict``
is Lithuanian or German ICT clusters). The country group also offers "outside
Lithuania" (``abroad``). Every option list carries counts of published clusters, each
list from one grouped query kept in the data cache. Counts are over the whole directory,
not narrowed by the other filters in use: they say how big each group is.

Size is by the member total (SMEs + large companies + research + other members, as the
cluster declares them), in the EU's company-size bands: 1–9, 10–49, 50–249, 250+.
Clusters that declare no members are in no band. Member counts are what every cluster
profile gives; employee figures are missing for many clusters.
"""

from collections import Counter

import django_filters
from django.db.models import Case, Count, Exists, F, OuterRef, Q, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries

from alliance.models import Association, Membership
from clusters.models import Cluster, Label, LabelLevel, LifeStatus
from core import search
from core.listing import (
    YES_NO,
    CheckboxList,
    cached_choices,
    counted_choices,
    translated,
    translated_value,
    with_count,
)
from programmes.models import Participation

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


# The country group's extra choice: every country but Lithuania.
ABROAD = "abroad"
HOME_COUNTRY = "LT"


def checkbox_filter(label, method: str) -> django_filters.MultipleChoiceFilter:
    """A group of checkboxes: any of the ticked values matches (OR); the groups of a form
    combine with AND."""
    return django_filters.MultipleChoiceFilter(label=label, method=method, widget=CheckboxList)


def more_associations(hidden: int) -> tuple[str, str]:
    text = ngettext(
        "%(count)s more association: see the association list",
        "%(count)s more associations: see the association list",
        hidden,
    ) % {"count": hidden}
    return reverse("alliance:association-list"), text


# Groups whose options grow with the data show their largest options (and every ticked
# one) and link to the page that lists them all, so the page's weight stays bounded:
# the real data has about 30 associations, demo data at 10,000 clusters some 400.
GROWING_GROUPS = {"association": {"show_at_most": 40, "more": more_associations}}


class ClusterFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Name, acronym, city or organisation"), method="filter_text"
    )
    country = checkbox_filter(_("Country"), "filter_country")
    sector = checkbox_filter(_("Sector"), "filter_sector")
    label = checkbox_filter(_("ESCA label (ever awarded)"), "filter_label")
    association = checkbox_filter(_("Association"), "filter_association")
    programme = checkbox_filter(_("Took part in a programme"), "filter_programme")
    projects = django_filters.ChoiceFilter(
        label=_("Has EU projects"),
        choices=YES_NO,
        empty_label=_("Either"),
        method="filter_projects",
    )
    size = django_filters.ChoiceFilter(
        label=_("Size (members)"), empty_label=_("Any size"), method="filter_size"
    )
    life = django_filters.ChoiceFilter(
        label=_("Still active?"), empty_label=_("Active or not"), field_name="life_status"
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=SORTS, empty_label=_("Best match, then name"), method="keep"
    )

    class Meta:
        model = Cluster
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        options = {
            "country": self.country_options,
            "sector": self.sector_options,
            "label": self.label_options,
            "association": self.association_options,
            "programme": self.programme_options,
            "size": self.size_options,
            "life": self.life_options,
        }
        for name, compute in options.items():
            self.filters[name].extra["choices"] = cached_choices(f"clusters:{name}", compute)
            if isinstance(self.filters[name], django_filters.MultipleChoiceFilter):
                # The rendered checkboxes are cached with their choices.
                self.filters[name].extra["widget"] = CheckboxList(
                    cache_as=f"clusters:{name}", **GROWING_GROUPS.get(name, {})
                )

    # Option lists: one grouped query each, over published clusters.

    @staticmethod
    def country_options():
        """Lithuania and "outside Lithuania" first, then the other countries by name."""
        rows = Cluster.objects.published().order_by().values("country").annotate(n=Count("pk"))
        counts = {r["country"]: r["n"] for r in rows}
        home = counts.pop(HOME_COUNTRY, 0)
        first = [(HOME_COUNTRY, with_count(countries.name(HOME_COUNTRY), home))] if home else []
        return [
            *first,
            (ABROAD, with_count(_("Outside Lithuania"), sum(counts.values()))),
            *counted_choices((code, countries.name(code), n) for code, n in counts.items()),
        ]

    @staticmethod
    def sector_options():
        rows = (
            Cluster.sectors.through.objects.filter(cluster__in=Cluster.objects.published())
            .order_by()
            .values("sector__slug", "sector__name_lt", "sector__name_en")
            .annotate(n=Count("cluster", distinct=True))
        )
        return counted_choices(
            (r["sector__slug"], translated_value(r, "sector__name"), r["n"]) for r in rows
        )

    @staticmethod
    def label_options():
        rows = (
            Label.objects.filter(cluster__in=Cluster.objects.published())
            .order_by()
            .values("level")
            .annotate(n=Count("cluster", distinct=True))
        )
        counts = {r["level"]: r["n"] for r in rows}
        # Highest label first, not by name.
        return [
            (level, with_count(label, counts[level]))
            for level, label in reversed(LabelLevel.choices)
            if level in counts
        ]

    @staticmethod
    def association_options():
        rows = (
            Membership.objects.published()
            .order_by()
            .values("association__slug", "association__name_lt", "association__name_en")
            .annotate(n=Count("cluster", distinct=True))
        )
        return counted_choices(
            (r["association__slug"], translated_value(r, "association__name"), r["n"])
            for r in rows
        )

    @staticmethod
    def programme_options():
        prefix = "project__action__programme__"
        rows = (
            Participation.objects.published()
            .of_clusters()
            .filter(project__action__isnull=False)
            .order_by()
            .values(f"{prefix}slug", f"{prefix}acronym", f"{prefix}name_lt", f"{prefix}name_en")
            .annotate(n=Count("cluster", distinct=True))
        )
        rows = list(rows)
        # Two programmes may share an acronym (Erasmus+ of two periods): those show names.
        acronyms = Counter(r[f"{prefix}acronym"] for r in rows)

        def name(r):
            acronym = r[f"{prefix}acronym"]
            if acronym and acronyms[acronym] == 1:
                return acronym
            return translated_value(r, f"{prefix}name") or acronym

        return counted_choices((r[f"{prefix}slug"], name(r), r["n"]) for r in rows)

    @staticmethod
    def size_options():
        counts = Cluster.objects.published().size_band_counts(SIZE_BANDS)
        return [(band, with_count(SIZE_LABELS[band], counts[band])) for band in SIZE_BANDS]

    @staticmethod
    def life_options():
        rows = Cluster.objects.published().order_by().values("life_status").annotate(n=Count("pk"))
        counts = {r["life_status"]: r["n"] for r in rows}
        # In the order of the choices: active first.
        return [
            (status, with_count(label, counts[status]))
            for status, label in LifeStatus.choices
            if status in counts
        ]

    # Filters.

    def filter_text(self, queryset, name, value):
        return search.filter_queryset(queryset, "clusters", value)

    def filter_country(self, queryset, name, values):
        codes = [value for value in values if value != ABROAD]
        wanted = Q(country__in=codes)
        if ABROAD in values:
            wanted |= ~Q(country=HOME_COUNTRY)
        return queryset.filter(wanted)

    def filter_sector(self, queryset, name, values):
        in_sectors = Cluster.sectors.through.objects.filter(
            cluster=OuterRef("pk"), sector__slug__in=values
        )
        return queryset.filter(Exists(in_sectors))

    def filter_label(self, queryset, name, values):
        return queryset.filter(
            Exists(Label.objects.filter(cluster=OuterRef("pk"), level__in=values))
        )

    def filter_association(self, queryset, name, values):
        memberships = Membership.objects.filter(
            cluster=OuterRef("pk"),
            association__in=Association.objects.published(),
            association__slug__in=values,
        )
        return queryset.filter(Exists(memberships))

    def filter_programme(self, queryset, name, values):
        taking_part = (
            Participation.objects.published()
            .of_clusters()
            .filter(cluster=OuterRef("pk"), project__action__programme__slug__in=values)
        )
        return queryset.filter(Exists(taking_part))

    def filter_projects(self, queryset, name, value):
        taking_part = Exists(
            Participation.objects.published().of_clusters().filter(cluster=OuterRef("pk"))
        )
        return queryset.filter(taking_part if value == "yes" else ~taking_part)

    def filter_size(self, queryset, name, value):
        return queryset.in_size_band(*SIZE_BANDS[value])

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
        orderings = {
            "name": [],
            "country": ["country"],
            "founded": [F("founded_year").asc(nulls_last=True)],
            "updated": ["-updated_at"],
            "projects": ["-project_count"],
        }
        first = orderings.get(sort or "")
        if first is None:
            # Best match, then clusters that still work before inactive and merged ones.
            first = ["-search_score"] if has_text else []
            first.append(Case(When(life_status=LifeStatus.ACTIVE, then=0), default=1))
        return [*first, "is_demo", translated("name").asc(), "pk"]
