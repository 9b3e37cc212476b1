"""``manage.py generate_demo_data --clusters N``: synthetic data for scale tests and benchmarks.

Everything it makes is published, has ``is_demo=True``, "(demo)" in its names, a slug
starting with ``demo-`` and a ``sources`` line saying it is generated. Real records are
only read (sectors, actions and calls that demo projects hang on), never changed: demo
projects, memberships and events link demo clusters only.
"""

import argparse
import datetime
import random
import re
import time
from collections import Counter, defaultdict
from decimal import Decimal

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify

from alliance.models import (
    Association,
    AssociationFigure,
    AssociationKind,
    Event,
    EventKind,
    FigureKind,
    FigureQualifier,
    FigureSourceKind,
    Membership,
)
from clusters.models import Cluster, Label, LabelLevel, Maturity, Sector
from core import datacache
from core.content import PublicationStatus, today
from programmes.models import Action, Call, Participation, Programme, Project, Role

MAX_CLUSTERS = 200_000
BATCH_SIZE = 1000
DEMO = "(demo)"
DEMO_SOURCE = "Generated demo data (manage.py generate_demo_data); not a real record."
DEMO_DESCRIPTION = {
    "en": "Synthetic record generated for scale tests and demonstrations; not real.",
    "lt": "Sugeneruotas demonstracinis įrašas apkrovos bandymams; tai ne tikri duomenys.",
}

# ISO code: (relative weight, cities). The 27 EU members plus a few neighbours.
COUNTRIES = {
    "AT": (2, ["Vienna", "Linz", "Graz"]),
    "BE": (2, ["Brussels", "Ghent", "Liège"]),
    "BG": (1, ["Sofia", "Plovdiv", "Varna"]),
    "HR": (1, ["Zagreb", "Split", "Rijeka"]),
    "CY": (1, ["Nicosia", "Limassol"]),
    "CZ": (2, ["Prague", "Brno", "Ostrava"]),
    "DK": (2, ["Copenhagen", "Aarhus", "Odense"]),
    "EE": (1, ["Tallinn", "Tartu"]),
    "FI": (2, ["Helsinki", "Tampere", "Oulu"]),
    "FR": (4, ["Paris", "Lyon", "Toulouse", "Grenoble"]),
    "DE": (4, ["Berlin", "Munich", "Stuttgart", "Hamburg"]),
    "GR": (1, ["Athens", "Thessaloniki", "Patras"]),
    "HU": (2, ["Budapest", "Debrecen", "Szeged"]),
    "IE": (1, ["Dublin", "Cork", "Galway"]),
    "IT": (4, ["Milan", "Turin", "Bologna", "Rome"]),
    "LV": (1, ["Riga", "Jelgava", "Ventspils"]),
    "LT": (4, ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai"]),
    "LU": (1, ["Luxembourg", "Esch-sur-Alzette"]),
    "MT": (1, ["Valletta", "Birkirkara"]),
    "NL": (2, ["Amsterdam", "Eindhoven", "Rotterdam"]),
    "PL": (3, ["Warsaw", "Kraków", "Gdańsk", "Wrocław"]),
    "PT": (2, ["Lisbon", "Porto", "Braga"]),
    "RO": (2, ["Bucharest", "Cluj-Napoca", "Timișoara"]),
    "SK": (1, ["Bratislava", "Košice", "Žilina"]),
    "SI": (1, ["Ljubljana", "Maribor"]),
    "ES": (4, ["Madrid", "Barcelona", "Bilbao", "Valencia"]),
    "SE": (2, ["Stockholm", "Gothenburg", "Malmö"]),
    "NO": (1, ["Oslo", "Bergen", "Trondheim"]),
    "IS": (1, ["Reykjavík", "Akureyri"]),
    "CH": (1, ["Zurich", "Basel", "Lausanne"]),
    "UA": (1, ["Kyiv", "Lviv", "Kharkiv"]),
}

# The standard sector taxonomy (real, not demo), made only when there are no sectors.
STANDARD_SECTORS = [
    ("ict", "ICT", "IRT"),
    ("agrofood", "Agrofood", "Agromaistas"),
    ("automotive", "Automotive", "Automobilių pramonė"),
    ("energy", "Energy", "Energetika"),
    ("machinery", "Machinery", "Mašinos ir įrenginiai"),
    ("health", "Health", "Sveikata"),
    ("tourism", "Tourism", "Turizmas"),
    ("textiles", "Textiles", "Tekstilė"),
    ("renewable-energy", "Renewable energy", "Atsinaujinanti energetika"),
    ("electronics-software", "Electronics & software", "Elektronika ir programinė įranga"),
    ("machine-building", "Machine building", "Mašinų gamyba"),
    ("wood-furniture", "Wood & furniture", "Mediena ir baldai"),
    ("packaging", "Packaging", "Pakuotės"),
    ("lasers-photonics", "Lasers & photonics", "Lazeriai ir fotonika"),
]

# Invented brand-like stems: "Nordwave", "Ambertech"…
STEM_HEADS = [
    "Amber", "Aura", "Balt", "Boreal", "Cor", "Del", "Gala", "Hel", "Ister", "Kor",
    "Lumi", "Mare", "Nord", "Ori", "Pano", "Rhen", "Sil", "Tera", "Vel", "Zen",
]  # fmt: skip
STEM_TAILS = [
    "a", "is", "on", "ia", "tech", "nova", "link", "gate", "wave", "forge",
    "grid", "lab", "ware", "vita", "polis",
]  # fmt: skip

OFFERS = [
    ("Test beds and pilot lines for SMEs.", "Bandymų aikštelės ir bandomosios linijos MVĮ."),
    ("Access to research labs and equipment.", "Prieiga prie mokslinių laboratorijų ir įrangos."),
    ("Training for cluster managers.", "Mokymai klasterių vadybininkams."),
    ("Matchmaking with member companies.", "Partnerių paieška tarp narių įmonių."),
    ("Export promotion and joint trade missions.", "Eksporto skatinimas ir bendros misijos."),
]
SEEKS = [
    ("Partners for joint EU projects.", "Partnerių bendriems ES projektams."),
    ("Clusters in the same value chain abroad.", "Tos pačios vertės grandinės klasterių."),
    ("Research partners for product development.", "Mokslo partnerių produktų kūrimui."),
    ("Distributors in new export markets.", "Platintojų naujose eksporto rinkose."),
]
PROJECT_THEMES = [
    ("Digital transformation", "Skaitmeninė transformacija"),
    ("Green transition", "Žalioji pertvarka"),
    ("Industry 4.0", "Pramonė 4.0"),
    ("Circular economy", "Žiedinė ekonomika"),
    ("Internationalisation", "Tarptautiškumas"),
    ("Skills for industry", "Įgūdžiai pramonei"),
    ("Smart specialisation", "Sumani specializacija"),
    ("Resilient value chains", "Atsparios vertės grandinės"),
]
EVENT_KINDS = {
    EventKind.FORUM: ("Cluster forum", "Klasterių forumas"),
    EventKind.CONFERENCE: ("Conference", "Konferencija"),
    EventKind.TRAINING: ("Training", "Mokymai"),
    EventKind.STUDY_VISIT: ("Study visit", "Studijų vizitas"),
    EventKind.MATCHMAKING: ("Matchmaking", "Partnerių paieškos renginys"),
    EventKind.HACKATHON: ("Hackathon", "Hakatonas"),
    EventKind.MEETING: ("Project meeting", "Projekto susitikimas"),
}
LABEL_WEIGHTS = {LabelLevel.BRONZE: 6, LabelLevel.SILVER: 3, LabelLevel.GOLD: 1}
LABEL_FIGURES = {
    LabelLevel.GOLD: FigureKind.GOLD_LABELS,
    LabelLevel.SILVER: FigureKind.SILVER_LABELS,
    LabelLevel.BRONZE: FigureKind.BRONZE_LABELS,
}
_TRAILING_NUMBER = re.compile(r"-(\d+)$")


def cluster_count(value) -> int:
    """The --clusters value: a whole number from 1 to MAX_CLUSTERS."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise argparse.ArgumentTypeError(f"must be a whole number, not {value!r}") from None
    if not 1 <= number <= MAX_CLUSTERS:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_CLUSTERS:,}, not {number}")
    return number


def demo_fields() -> dict:
    """What every demo content record carries."""
    return {"is_demo": True, "sources": DEMO_SOURCE, "status": PublicationStatus.PUBLISHED}


def bilingual(field: str, en: str, lt: str) -> dict:
    """A translated field's base, Lithuanian and English columns (bulk_create skips
    modeltranslation's own filling); the base column holds the default language."""
    return {field: lt, f"{field}_lt": lt, f"{field}_en": en}


def add_months(day: datetime.date, months: int) -> datetime.date:
    month = day.month - 1 + months
    return day.replace(year=day.year + month // 12, month=month % 12 + 1, day=1)


def last_demo_number(model) -> int:
    """The highest trailing number of any slug starting with ``demo-``.

    New demo slugs are numbered above it, so repeated runs never collide, even with a
    (hypothetical) real record whose slug starts with ``demo-``.
    """
    slugs = model._default_manager.filter(slug__startswith="demo-").values_list("slug", flat=True)
    numbers = (
        int(m.group(1)) for slug in slugs.iterator() if (m := _TRAILING_NUMBER.search(slug))
    )
    return max(numbers, default=0)


class DemoGenerator:
    """Builds and bulk-inserts one run of demo data; ``created`` counts rows per kind."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.today = today()
        self.created = Counter()
        # ISO codes by primary key (the instances' descriptors would build Country objects).
        self.cluster_country: dict[int, str] = {}
        self.association_country: dict[int, str] = {}
        self._defaults: dict[type, dict] = {}

    def build(self, model, **values):
        """An unsaved ``model`` instance from attribute names (``action_id``, ``name_en``).

        Built from positional values, the path Django takes when loading rows: keyword
        arguments would go through modeltranslation's per-keyword rewriting, which took
        most of the run time at 10,000 clusters.
        """
        defaults = self._defaults.get(model)
        if defaults is None:
            defaults = {f.attname: f.get_default() for f in model._meta.concrete_fields}
            self._defaults[model] = defaults
        unknown = values.keys() - defaults.keys()
        if unknown:
            raise TypeError(f"{model.__name__} has no field {', '.join(sorted(unknown))}")
        return model(*[values.get(name, default) for name, default in defaults.items()])

    def insert(self, model, objects: list, label: str | None = None) -> list:
        """bulk_create in batches; every object with a slug gets its primary key."""
        model.objects.bulk_create(objects, batch_size=BATCH_SIZE)
        # SQLite before 3.35 cannot return ids from a bulk insert: look them up by slug.
        # Only slugged records are pointed to; links, labels and figures never are.
        if objects and objects[0].pk is None and hasattr(objects[0], "slug"):
            slugs = [obj.slug for obj in objects]
            ids = {}
            for start in range(0, len(slugs), BATCH_SIZE):
                chunk = slugs[start : start + BATCH_SIZE]
                ids.update(model.objects.filter(slug__in=chunk).values_list("slug", "pk"))
            for obj in objects:
                obj.pk = ids[obj.slug]
        self.created[label or str(model._meta.verbose_name_plural)] += len(objects)
        return objects

    def stem(self) -> str:
        return self.rng.choice(STEM_HEADS) + self.rng.choice(STEM_TAILS)

    def run(self, count: int) -> None:
        sectors = self.sectors()
        clusters = self.clusters(count, sectors)
        labels = self.labels(clusters)
        associations = self.associations(count, clusters, sectors)
        members = self.memberships(clusters, associations)
        self.figures(associations, members, labels)
        self.projects(count, clusters)
        self.events(count, clusters, associations)

    def sectors(self) -> list[Sector]:
        """The existing sectors; the standard taxonomy when the database has none."""
        sectors = list(Sector.objects.order_by("slug"))
        if sectors:
            return sectors
        sectors = [
            self.build(Sector, slug=slug, **bilingual("name", en, lt))
            for slug, en, lt in STANDARD_SECTORS
        ]
        return self.insert(Sector, sectors, "sectors (standard taxonomy, not demo)")

    def clusters(self, count: int, sectors: list[Sector]) -> list[Cluster]:
        rng = self.rng
        first = last_demo_number(Cluster) + 1
        codes = list(COUNTRIES)
        countries = rng.choices(codes, weights=[COUNTRIES[c][0] for c in codes], k=count)
        clusters, cluster_sectors = [], []
        for number, country in enumerate(countries, start=first):
            stem = self.stem()
            chosen = rng.sample(sectors, k=rng.randint(1, min(3, len(sectors))))
            main = chosen[0]
            slug = f"demo-{slugify(stem)}-cluster-{number}"
            sme = rng.randint(5, 150)
            large = rng.randint(0, 12)
            offers = rng.choice(OFFERS)
            seeks = rng.choice(SEEKS)
            clusters.append(
                self.build(
                    Cluster,
                    **demo_fields(),
                    **bilingual(
                        "name",
                        f"{stem} {main.name_en or main.name} Cluster No. {number} {DEMO}",
                        f"{stem} – {main.name_lt or main.name} klasteris Nr. {number} {DEMO}",
                    ),
                    **bilingual("description", DEMO_DESCRIPTION["en"], DEMO_DESCRIPTION["lt"]),
                    **bilingual("offers", *offers),
                    **bilingual("seeks", *seeks),
                    acronym=f"{stem[:4].upper()}{number}",
                    slug=slug,
                    country=country,
                    city=rng.choice(COUNTRIES[country][1]),
                    founded_year=rng.randint(1995, self.today.year - 1),
                    coordinator=f"{stem} Innovation Agency {DEMO}",
                    website=f"https://{slug}.example.org/",
                    email=f"info@{slug}.example.org",
                    members_sme=sme,
                    members_large=large,
                    members_research=rng.randint(0, 8),
                    members_other=rng.randint(0, 15),
                    employees=(sme * rng.randint(10, 60) + large * rng.randint(200, 2000)),
                    figures_year=rng.randint(self.today.year - 4, self.today.year),
                    maturity=rng.choice(Maturity.values) if country == "LT" else "",
                )
            )
            cluster_sectors.append(chosen)
        self.insert(Cluster, clusters)
        self.cluster_country.update(
            (cluster.pk, code) for cluster, code in zip(clusters, countries, strict=True)
        )
        through = Cluster.sectors.through
        self.insert(
            through,
            [
                self.build(through, cluster_id=cluster.pk, sector_id=sector.pk)
                for cluster, chosen in zip(clusters, cluster_sectors, strict=True)
                for sector in chosen
            ],
            "cluster–sector links",
        )
        return clusters

    def labels(self, clusters: list[Cluster]) -> dict[int, str]:
        """ESCA labels for about a fifth of the clusters; returns cluster pk → level."""
        rng = self.rng
        levels, weights = list(LABEL_WEIGHTS), list(LABEL_WEIGHTS.values())
        labels = []
        for cluster in clusters:
            if rng.random() >= 0.2:
                continue
            year = rng.randint(max(2014, cluster.founded_year), self.today.year)
            labels.append(
                self.build(
                    Label,
                    cluster_id=cluster.pk,
                    level=rng.choices(levels, weights=weights)[0],
                    awarded_year=year,
                    valid_until=datetime.date(year + 2, rng.randint(1, 12), rng.randint(1, 28)),
                    source=DEMO_SOURCE,
                )
            )
        self.insert(Label, labels, "ESCA labels")
        return {label.cluster_id: label.level for label in labels}

    def associations(self, count: int, clusters: list[Cluster], sectors: list[Sector]):
        rng = self.rng
        first = last_demo_number(Association) + 1
        per_country = Counter(self.cluster_country[cluster.pk] for cluster in clusters)
        # The countries with most clusters get an association first.
        ranked = sorted(per_country, key=lambda code: (-per_country[code], code))
        codes = [ranked[index % len(ranked)] for index in range(max(1, round(count / 25)))]
        associations, association_sectors = [], []
        for index, country in enumerate(codes):
            number = first + index
            stem = self.stem()
            kind = AssociationKind.NETWORK if index % 10 == 9 else AssociationKind.NATIONAL
            member = rng.random() < 0.6
            slug = f"demo-{slugify(stem)}-association-{number}"
            associations.append(
                self.build(
                    Association,
                    **demo_fields(),
                    **bilingual(
                        "name",
                        f"{stem} Cluster Association No. {number} {DEMO}",
                        f"{stem} klasterių asociacija Nr. {number} {DEMO}",
                    ),
                    **bilingual("description", DEMO_DESCRIPTION["en"], DEMO_DESCRIPTION["lt"]),
                    **bilingual("eca_role", "", ""),
                    acronym=f"{stem[:4].upper()}A{number}",
                    slug=slug,
                    kind=kind,
                    country=country,
                    city=rng.choice(COUNTRIES[country][1]),
                    website=f"https://{slug}.example.org/",
                    founded_year=rng.randint(1995, 2020),
                    eca_member=member,
                    eca_member_since=rng.randint(2017, self.today.year) if member else None,
                )
            )
            association_sectors.append(rng.sample(sectors, k=rng.randint(1, min(4, len(sectors)))))
        self.insert(Association, associations)
        self.association_country.update(
            (association.pk, code) for association, code in zip(associations, codes, strict=True)
        )
        through = Association.sectors.through
        self.insert(
            through,
            [
                self.build(through, association_id=association.pk, sector_id=sector.pk)
                for association, chosen in zip(associations, association_sectors, strict=True)
                for sector in chosen
            ],
            "association–sector links",
        )
        return associations

    def memberships(self, clusters, associations) -> dict[int, list[Cluster]]:
        """Each cluster in one or two associations, its own country's first; returns
        association pk → member clusters."""
        rng = self.rng
        by_country = defaultdict(list)
        for association in associations:
            by_country[self.association_country[association.pk]].append(association)
        members = defaultdict(list)
        memberships = []
        for cluster in clusters:
            chosen = [rng.choice(by_country.get(self.cluster_country[cluster.pk]) or associations)]
            if len(associations) > 1 and rng.random() < 0.3:
                other = rng.choice(associations)
                if other is not chosen[0]:
                    chosen.append(other)
            for association in chosen:
                memberships.append(
                    self.build(
                        Membership,
                        association_id=association.pk,
                        cluster_id=cluster.pk,
                        founding_member=rng.random() < 0.1,
                        since_year=rng.randint(cluster.founded_year, self.today.year),
                        source=DEMO_SOURCE,
                    )
                )
                members[association.pk].append(cluster)
        self.insert(Membership, memberships)
        return members

    def figures(self, associations, members, labels) -> None:
        """The figures each association declares, summed from its demo members."""
        figures = []
        for association in associations:
            clusters = members.get(association.pk, [])
            level_counts = Counter(labels[c.pk] for c in clusters if c.pk in labels)
            values = {
                FigureKind.MEMBER_CLUSTERS: len(clusters),
                FigureKind.SMES: sum(c.members_sme for c in clusters),
                FigureKind.LARGE_COMPANIES: sum(c.members_large for c in clusters),
                FigureKind.COMPANIES: sum(c.members_sme + c.members_large for c in clusters),
                FigureKind.RESEARCH_BODIES: sum(c.members_research for c in clusters),
                FigureKind.EMPLOYEES: sum(c.employees for c in clusters),
            }
            for level, kind in LABEL_FIGURES.items():
                if level_counts[level]:
                    values[kind] = level_counts[level]
            figures.extend(
                self.build(
                    AssociationFigure,
                    association_id=association.pk,
                    kind=kind,
                    value=value,
                    qualifier=FigureQualifier.EXACT,
                    as_of_year=self.today.year,
                    source_kind=FigureSourceKind.PUBLIC,
                    source=DEMO_SOURCE,
                    verified=False,
                    **bilingual("note", f"Demo figure {DEMO}", f"Demonstracinis skaičius {DEMO}"),
                )
                for kind, value in values.items()
            )
        self.insert(AssociationFigure, figures, "association figures")

    def actions(self) -> tuple[list[Action], dict[int, list[int]]]:
        """The actions projects hang on (with their calls); a demo one if there are none."""
        actions = list(Action.objects.order_by("pk"))
        if not actions:
            number = last_demo_number(Programme) + 1
            programme = self.build(
                Programme,
                is_demo=True,
                sources=DEMO_SOURCE,
                **bilingual("name", f"Demo programme {DEMO}", f"Demonstracinė programa {DEMO}"),
                **bilingual("description", DEMO_DESCRIPTION["en"], DEMO_DESCRIPTION["lt"]),
                acronym="DEMO",
                slug=f"demo-programme-{number}",
                start_year=2021,
                end_year=2027,
            )
            self.insert(Programme, [programme])
            number = last_demo_number(Action) + 1
            action = self.build(
                Action,
                is_demo=True,
                sources=DEMO_SOURCE,
                programme_id=programme.pk,
                **bilingual(
                    "name",
                    f"Demo cluster partnership action {DEMO}",
                    f"Demonstracinė klasterių partnerysčių priemonė {DEMO}",
                ),
                **bilingual("objective", DEMO_DESCRIPTION["en"], DEMO_DESCRIPTION["lt"]),
                **bilingual(
                    "consortium_rule",
                    f"At least 3 clusters from 3 countries {DEMO}.",
                    f"Bent 3 klasteriai iš 3 šalių {DEMO}.",
                ),
                acronym="DEMO-ACTION",
                slug=f"demo-action-{number}",
                min_partners=3,
                min_countries=3,
                funding_rate=75,
            )
            actions = self.insert(Action, [action])
        calls = defaultdict(list)
        for action_id, call_id in Call.objects.order_by("pk").values_list("action_id", "pk"):
            calls[action_id].append(call_id)
        return actions, calls

    def participants(self, size: int, clusters, by_country) -> list[Cluster]:
        """``size`` distinct clusters, from as many different countries as possible."""
        rng = self.rng
        countries = rng.sample(list(by_country), k=min(size, len(by_country)))
        chosen = [rng.choice(by_country[country]) for country in countries]
        taken = {cluster.pk for cluster in chosen}
        while len(chosen) < size:
            cluster = rng.choice(clusters)
            if cluster.pk not in taken:
                taken.add(cluster.pk)
                chosen.append(cluster)
        return chosen

    def projects(self, count: int, clusters: list[Cluster]) -> None:
        """About one project per five clusters, each with 3–8 demo clusters."""
        if count < 3:  # a consortium needs at least three clusters
            return
        rng = self.rng
        actions, calls = self.actions()
        first = last_demo_number(Project) + 1
        by_country = defaultdict(list)
        for cluster in clusters:
            by_country[self.cluster_country[cluster.pk]].append(cluster)
        by_country = dict(sorted(by_country.items()))
        projects, consortia = [], []
        for index in range(max(1, round(count / 5))):
            number = first + index
            stem = self.stem()
            theme_en, theme_lt = rng.choice(PROJECT_THEMES)
            action = rng.choice(actions)
            action_calls = calls.get(action.pk)
            start = datetime.date(rng.randint(2015, self.today.year), rng.randint(1, 12), 1)
            months = rng.choice([12, 18, 24, 30, 36])
            budget = Decimal(rng.randrange(100_000, 5_000_000, 1_000))
            share = Decimal(rng.choice([50, 60, 70, 75, 80, 90, 100])) / 100
            projects.append(
                self.build(
                    Project,
                    **demo_fields(),
                    **bilingual(
                        "title",
                        f"{theme_en}: {stem} partnership No. {number} {DEMO}",
                        f"{theme_lt}: partnerystė {stem} Nr. {number} {DEMO}",
                    ),
                    **bilingual("description", DEMO_DESCRIPTION["en"], DEMO_DESCRIPTION["lt"]),
                    acronym=f"DEMO-{stem.upper()}-{number}",
                    slug=f"demo-{slugify(stem)}-project-{number}",
                    action_id=action.pk,
                    call_id=rng.choice(action_calls) if action_calls else None,
                    start_date=start,
                    end_date=add_months(start, months) - datetime.timedelta(days=1),
                    duration_months=months,
                    budget_total=budget,
                    eu_contribution=(budget * share).quantize(Decimal("0.01")),
                )
            )
            size = rng.randint(3, min(8, len(clusters)))
            consortia.append(self.participants(size, clusters, by_country))
        self.insert(Project, projects)
        participations = []
        for project, consortium in zip(projects, consortia, strict=True):
            for position, cluster in enumerate(consortium):
                if position == 0:
                    role = Role.COORDINATOR
                else:
                    role = Role.ASSOCIATED if rng.random() < 0.15 else Role.PARTNER
                participations.append(
                    self.build(
                        Participation,
                        project_id=project.pk,
                        cluster_id=cluster.pk,
                        role=role,
                        **bilingual("note", "", ""),
                    )
                )
        self.insert(Participation, participations)

    def events(self, count: int, clusters, associations) -> None:
        """About one event per ten clusters, alternately past and upcoming."""
        rng = self.rng
        first = last_demo_number(Event) + 1
        kinds = list(EVENT_KINDS)
        events, attendees = [], []
        for index in range(max(1, round(count / 10))):
            number = first + index
            kind = rng.choice(kinds)
            kind_en, kind_lt = EVENT_KINDS[kind]
            organiser = rng.choice(associations) if rng.random() < 0.8 else None
            country = (
                self.association_country[organiser.pk]
                if organiser
                else rng.choice(list(COUNTRIES))
            )
            city = rng.choice(COUNTRIES[country][1])
            offset = -rng.randint(1, 1000) if index % 2 == 0 else rng.randint(1, 400)
            start = self.today + datetime.timedelta(days=offset)
            events.append(
                self.build(
                    Event,
                    **demo_fields(),
                    **bilingual(
                        "title",
                        f"{kind_en} {city} {start.year} No. {number} {DEMO}",
                        f"{kind_lt} – {city}, {start.year}, Nr. {number} {DEMO}",
                    ),
                    **bilingual("description", DEMO_DESCRIPTION["en"], DEMO_DESCRIPTION["lt"]),
                    **bilingual("date_note", "", ""),
                    slug=f"demo-{slugify(kind_en)}-{slugify(city)}-{start.year}-{number}",
                    kind=kind,
                    city=city,
                    country=country,
                    start_date=start,
                    end_date=start + datetime.timedelta(days=rng.randint(0, 3)),
                    organiser_id=organiser.pk if organiser else None,
                    organiser_name="" if organiser else f"Demo organiser {DEMO}",
                )
            )
            size = 0
            if len(clusters) >= 2 and rng.random() < 0.6:
                size = rng.randint(2, min(12, len(clusters)))
            attendees.append(rng.sample(clusters, k=size))
        self.insert(Event, events)
        through = Event.clusters.through
        self.insert(
            through,
            [
                self.build(through, event_id=event.pk, cluster_id=cluster.pk)
                for event, chosen in zip(events, attendees, strict=True)
                for cluster in chosen
            ],
            "event–cluster links",
        )


class Command(BaseCommand):
    help = (
        "Add N synthetic clusters with proportional associations, projects, participations, "
        "labels and events, all marked as demo data (is_demo, '(demo)', 'demo-' slugs). "
        "Real records are never changed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--clusters",
            type=cluster_count,
            required=True,
            metavar="N",
            help=f"How many demo clusters to add (1 to {MAX_CLUSTERS:,}).",
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=0,
            help="Random seed; the same seed gives the same data on an empty database.",
        )

    def handle(self, *args, clusters, seed, **options):
        try:
            count = cluster_count(clusters)
        except argparse.ArgumentTypeError as error:
            raise CommandError(f"--clusters {error}.") from None
        started = time.perf_counter()
        generator = DemoGenerator(seed)
        # The base column of a translated field holds the default language.
        with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
            generator.run(count)
        # Bulk inserts send no signals: make the cached filter counts stale by hand.
        datacache.invalidate()
        elapsed = time.perf_counter() - started
        for label, rows in generator.created.items():
            self.stdout.write(f"  {rows:>8,} {label}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {count:,} demo clusters and related demo data in {elapsed:.1f} s."
            )
        )
