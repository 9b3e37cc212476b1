"""One builder per kind of demo record (``add_clusters``, ``add_events``…), in the order
``generate()`` calls them.

Each builder draws from the run's random stream, inserts its rows and returns what later
builders hang on. Real records are only read (sectors, actions, calls); every row made here
is demo data, except the standard sector taxonomy on a database without sectors, and links
join demo records only.
"""

import datetime
from collections import Counter, defaultdict
from decimal import Decimal

from django.utils.text import slugify

from alliance.models import (
    Association,
    AssociationFigure,
    AssociationKind,
    Event,
    FigureKind,
    FigureQualifier,
    FigureSourceKind,
    Membership,
)
from clusterportal.demo.records import (
    DEMO,
    DEMO_DESCRIPTION,
    DEMO_SOURCE,
    DemoRun,
    add_months,
    bilingual,
    demo_fields,
    last_demo_number,
)
from clusterportal.demo.vocabulary import (
    COUNTRIES,
    EVENT_KINDS,
    LABEL_FIGURES,
    LABEL_WEIGHTS,
    OFFERS,
    PROJECT_THEMES,
    SEEKS,
    STANDARD_SECTORS,
)
from clusters.models import Cluster, Label, Maturity, Sector
from programmes.models import Action, Call, Participation, Programme, Project, Role


def add_sectors(run: DemoRun) -> list[Sector]:
    """The existing sectors; the standard taxonomy (real, not demo) when there are none."""
    existing = list(Sector.objects.order_by("slug"))
    if existing:
        return existing
    standard = [
        run.build(Sector, slug=slug, **bilingual("name", en, lt))
        for slug, en, lt in STANDARD_SECTORS
    ]
    return run.insert(Sector, standard, "sectors (standard taxonomy, not demo)")


def add_clusters(run: DemoRun, count: int, sectors: list[Sector]) -> list[Cluster]:
    """``count`` clusters over the countries by weight, each in one to three sectors."""
    rng = run.rng
    first = last_demo_number(Cluster) + 1
    codes = list(COUNTRIES)
    countries = rng.choices(codes, weights=[COUNTRIES[c][0] for c in codes], k=count)
    made, chosen_sectors = [], []
    for number, country in enumerate(countries, start=first):
        stem = run.stem()
        chosen = rng.sample(sectors, k=rng.randint(1, min(3, len(sectors))))
        main = chosen[0]
        slug = f"demo-{slugify(stem)}-cluster-{number}"
        sme = rng.randint(5, 150)
        large = rng.randint(0, 12)
        offers = rng.choice(OFFERS)
        seeks = rng.choice(SEEKS)
        made.append(
            run.build(
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
                founded_year=rng.randint(1995, run.today.year - 1),
                coordinator=f"{stem} Innovation Agency {DEMO}",
                website=f"https://{slug}.example.org/",
                email=f"info@{slug}.example.org",
                members_sme=sme,
                members_large=large,
                members_research=rng.randint(0, 8),
                members_other=rng.randint(0, 15),
                employees=(sme * rng.randint(10, 60) + large * rng.randint(200, 2000)),
                figures_year=rng.randint(run.today.year - 4, run.today.year),
                maturity=rng.choice(Maturity.values) if country == "LT" else "",
            )
        )
        chosen_sectors.append(chosen)
    run.insert(Cluster, made)
    run.cluster_country.update(
        (cluster.pk, code) for cluster, code in zip(made, countries, strict=True)
    )
    run.link(Cluster.sectors, zip(made, chosen_sectors, strict=True), "cluster–sector links")
    return made


def add_labels(run: DemoRun, clusters: list[Cluster]) -> dict[int, str]:
    """ESCA labels for about a fifth of the clusters; returns cluster pk → level."""
    rng = run.rng
    levels, weights = list(LABEL_WEIGHTS), list(LABEL_WEIGHTS.values())
    made = []
    for cluster in clusters:
        if rng.random() >= 0.2:
            continue
        year = rng.randint(max(2014, cluster.founded_year), run.today.year)
        made.append(
            run.build(
                Label,
                cluster_id=cluster.pk,
                level=rng.choices(levels, weights=weights)[0],
                awarded_year=year,
                valid_until=datetime.date(year + 2, rng.randint(1, 12), rng.randint(1, 28)),
                source=DEMO_SOURCE,
            )
        )
    run.insert(Label, made, "ESCA labels")
    return {label.cluster_id: label.level for label in made}


def add_associations(
    run: DemoRun, count: int, clusters: list[Cluster], sectors: list[Sector]
) -> list[Association]:
    """One association per 25 clusters, the countries with most clusters first; every
    tenth is a network rather than a national association."""
    rng = run.rng
    first = last_demo_number(Association) + 1
    per_country = Counter(run.cluster_country[cluster.pk] for cluster in clusters)
    ranked = sorted(per_country, key=lambda code: (-per_country[code], code))
    codes = [ranked[index % len(ranked)] for index in range(max(1, round(count / 25)))]
    made, chosen_sectors = [], []
    for index, country in enumerate(codes):
        number = first + index
        stem = run.stem()
        kind = AssociationKind.NETWORK if index % 10 == 9 else AssociationKind.NATIONAL
        member = rng.random() < 0.6
        slug = f"demo-{slugify(stem)}-association-{number}"
        made.append(
            run.build(
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
                founded_year=(founded := rng.randint(1995, 2020)),
                eca_member=member,
                # An association joins the Alliance (founded 2019) once it exists.
                eca_member_since=(
                    rng.randint(max(2017, founded), run.today.year) if member else None
                ),
            )
        )
        chosen_sectors.append(rng.sample(sectors, k=rng.randint(1, min(4, len(sectors)))))
    run.insert(Association, made)
    run.association_country.update(
        (association.pk, code) for association, code in zip(made, codes, strict=True)
    )
    run.link(
        Association.sectors, zip(made, chosen_sectors, strict=True), "association–sector links"
    )
    return made


def add_memberships(
    run: DemoRun, clusters: list[Cluster], associations: list[Association]
) -> dict[int, list[Cluster]]:
    """Each cluster in one or two associations, its own country's first; returns
    association pk → member clusters."""
    rng = run.rng
    by_country = defaultdict(list)
    for association in associations:
        by_country[run.association_country[association.pk]].append(association)
    members = defaultdict(list)
    made = []
    for cluster in clusters:
        chosen = [rng.choice(by_country.get(run.cluster_country[cluster.pk]) or associations)]
        if len(associations) > 1 and rng.random() < 0.3:
            other = rng.choice(associations)
            if other is not chosen[0]:
                chosen.append(other)
        for association in chosen:
            made.append(
                run.build(
                    Membership,
                    association_id=association.pk,
                    cluster_id=cluster.pk,
                    founding_member=rng.random() < 0.1,
                    since_year=rng.randint(cluster.founded_year, run.today.year),
                    source=DEMO_SOURCE,
                )
            )
            members[association.pk].append(cluster)
    run.insert(Membership, made)
    return members


def add_figures(
    run: DemoRun,
    associations: list[Association],
    members: dict[int, list[Cluster]],
    labels: dict[int, str],
) -> None:
    """The figures each association declares, summed from its demo members."""
    made = []
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
        made.extend(
            run.build(
                AssociationFigure,
                association_id=association.pk,
                kind=kind,
                value=value,
                qualifier=FigureQualifier.EXACT,
                as_of_year=run.today.year,
                source_kind=FigureSourceKind.PUBLIC,
                source=DEMO_SOURCE,
                verified=False,
                **bilingual("note", f"Demo figure {DEMO}", f"Demonstracinis skaičius {DEMO}"),
            )
            for kind, value in values.items()
        )
    run.insert(AssociationFigure, made, "association figures")


def project_actions(run: DemoRun) -> tuple[list[Action], dict[int, list[int]]]:
    """The actions projects hang on, with their calls' ids; a demo programme and action
    when the database has no action."""
    actions = list(Action.objects.order_by("pk"))
    if not actions:
        number = last_demo_number(Programme) + 1
        programme = run.build(
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
        run.insert(Programme, [programme])
        number = last_demo_number(Action) + 1
        action = run.build(
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
        actions = run.insert(Action, [action])
    calls = defaultdict(list)
    for action_id, call_id in Call.objects.order_by("pk").values_list("action_id", "pk"):
        calls[action_id].append(call_id)
    return actions, calls


def pick_consortium(run: DemoRun, size: int, clusters, by_country) -> list[Cluster]:
    """``size`` distinct clusters, from as many different countries as possible."""
    rng = run.rng
    countries = rng.sample(list(by_country), k=min(size, len(by_country)))
    chosen = [rng.choice(by_country[country]) for country in countries]
    taken = {cluster.pk for cluster in chosen}
    while len(chosen) < size:
        cluster = rng.choice(clusters)
        if cluster.pk not in taken:
            taken.add(cluster.pk)
            chosen.append(cluster)
    return chosen


def add_projects(
    run: DemoRun, count: int, clusters: list[Cluster]
) -> tuple[list[Project], list[list[Cluster]]]:
    """About one project per five clusters, each with a consortium of 3–8 demo clusters;
    returns the projects and their consortia, coordinator first. Needs three clusters."""
    rng = run.rng
    actions, calls = project_actions(run)
    first = last_demo_number(Project) + 1
    by_country = defaultdict(list)
    for cluster in clusters:
        by_country[run.cluster_country[cluster.pk]].append(cluster)
    by_country = dict(sorted(by_country.items()))
    made, consortia = [], []
    for index in range(max(1, round(count / 5))):
        number = first + index
        stem = run.stem()
        theme_en, theme_lt = rng.choice(PROJECT_THEMES)
        action = rng.choice(actions)
        action_calls = calls.get(action.pk)
        start = datetime.date(rng.randint(2015, run.today.year), rng.randint(1, 12), 1)
        months = rng.choice([12, 18, 24, 30, 36])
        budget = Decimal(rng.randrange(100_000, 5_000_000, 1_000))
        share = Decimal(rng.choice([50, 60, 70, 75, 80, 90, 100])) / 100
        made.append(
            run.build(
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
        consortia.append(pick_consortium(run, size, clusters, by_country))
    run.insert(Project, made)
    return made, consortia


def add_participations(
    run: DemoRun, projects: list[Project], consortia: list[list[Cluster]]
) -> None:
    """Each consortium's first cluster coordinates; about one in seven others is an
    associated partner."""
    rng = run.rng
    made = []
    for project, members in zip(projects, consortia, strict=True):
        for position, cluster in enumerate(members):
            if position == 0:
                role = Role.COORDINATOR
            else:
                role = Role.ASSOCIATED if rng.random() < 0.15 else Role.PARTNER
            made.append(
                run.build(
                    Participation,
                    project_id=project.pk,
                    cluster_id=cluster.pk,
                    role=role,
                    **bilingual("note", "", ""),
                )
            )
    run.insert(Participation, made)


def add_events(
    run: DemoRun, count: int, clusters: list[Cluster], associations: list[Association]
) -> None:
    """About one event per ten clusters, alternately past and upcoming, most organised by
    a demo association, some attended by demo clusters."""
    rng = run.rng
    first = last_demo_number(Event) + 1
    kinds = list(EVENT_KINDS)
    made, attendees = [], []
    for index in range(max(1, round(count / 10))):
        number = first + index
        kind = rng.choice(kinds)
        kind_en, kind_lt = EVENT_KINDS[kind]
        organiser = rng.choice(associations) if rng.random() < 0.8 else None
        country = (
            run.association_country[organiser.pk] if organiser else rng.choice(list(COUNTRIES))
        )
        city = rng.choice(COUNTRIES[country][1])
        offset = -rng.randint(1, 1000) if index % 2 == 0 else rng.randint(1, 400)
        start = run.today + datetime.timedelta(days=offset)
        made.append(
            run.build(
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
    run.insert(Event, made)
    run.link(Event.clusters, zip(made, attendees, strict=True), "event–cluster links")
