"""``manage.py generate_demo_data``: proportional, marked, repeatable demo data."""

from collections import Counter
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.test import TestCase

from alliance.models import Association, AssociationFigure, Event, Membership
from clusterportal.demo import builders
from clusterportal.management.commands import generate_demo_data
from clusters.models import Cluster, Label, Sector
from core.content import PublicationStatus
from programmes.models import Action, Call, Participation, Programme, Project, Role
from tests.factories import (
    make_action,
    make_association,
    make_call,
    make_cluster,
    make_event,
    make_participation,
    make_project,
    make_sector,
)

MARKER = "(demo)"


def generate(clusters, seed=0) -> str:
    out = StringIO()
    call_command("generate_demo_data", clusters=clusters, seed=seed, stdout=out)
    return out.getvalue()


class _RolledBack(Exception):
    pass


def cluster_names_generated_with(seed: int) -> list[str]:
    """The English cluster names one run makes on the current data, which it leaves as is."""
    try:
        with transaction.atomic():
            generate(30, seed=seed)
            raise _RolledBack(
                list(Cluster.objects.order_by("slug").values_list("name_en", flat=True))
            )
    except _RolledBack as done:
        return done.args[0]


class TestHundredClusters(TestCase):
    """One run of 100 clusters on an empty database."""

    @classmethod
    def setUpTestData(cls):
        cls.output = generate(100)

    def test_counts_are_proportional(self):
        assert Cluster.objects.count() == 100
        assert Association.objects.count() >= 4
        assert 15 <= Project.objects.count() <= 25
        assert 5 <= Event.objects.count() <= 15
        assert 5 <= Label.objects.count() <= 40  # about a fifth of the clusters
        assert AssociationFigure.objects.exists()

    def test_each_cluster_belongs_to_one_or_two_associations(self):
        per_cluster = Counter(Membership.objects.values_list("cluster_id", flat=True))
        assert len(per_cluster) == 100
        assert set(per_cluster.values()) <= {1, 2}

    def test_clusters_are_spread_over_countries_and_sectors(self):
        assert Cluster.objects.values("country").distinct().count() >= 15
        assert Cluster.objects.filter(country="LT").exists()
        assert not Cluster.objects.filter(sectors__isnull=True).exists()

    def test_projects_have_one_coordinator_and_distinct_partners_abroad(self):
        for project in Project.objects.prefetch_related("participations__cluster"):
            participations = list(project.participations.all())
            clusters = [p.cluster_id for p in participations]
            roles = Counter(p.role for p in participations)
            countries = {p.cluster.country.code for p in participations}
            assert 3 <= len(participations) <= 8, project
            assert roles[Role.COORDINATOR] == 1, project
            assert len(set(clusters)) == len(clusters), project
            assert len(countries) >= 3, project

    def test_events_are_past_and_upcoming_some_with_clusters(self):
        assert Event.objects.upcoming().exists()
        assert Event.objects.past().exists()
        assert Event.objects.filter(clusters__isnull=False).exists()

    def test_every_record_is_published_demo_data_visibly_marked(self):
        for model, name in [
            (Cluster, "name"),
            (Association, "name"),
            (Project, "title"),
            (Event, "title"),
            (Programme, "name"),
            (Action, "name"),
        ]:
            records = list(model.objects.all())
            assert records, model
            for record in records:
                assert record.is_demo, record
                assert MARKER in getattr(record, f"{name}_lt"), record
                assert MARKER in getattr(record, f"{name}_en"), record
                assert record.slug.startswith("demo-"), record
                assert "generated demo data" in record.sources.lower(), record
                if hasattr(record, "status"):
                    assert record.status == PublicationStatus.PUBLISHED, record

    def test_records_pass_model_validation(self):
        for model in [Cluster, Association, Project, Event, Label, Membership, Participation]:
            for record in model.objects.all():
                record.full_clean()

    def test_creates_the_standard_sectors_when_there_are_none(self):
        sectors = dict(Sector.objects.values_list("name_en", "name_lt"))
        assert len(sectors) == 14
        assert sectors["Lasers & photonics"] == "Lazeriai ir fotonika"

    def test_creates_a_demo_action_when_there_are_none(self):
        action = Action.objects.get()
        assert action.is_demo and action.programme.is_demo
        assert set(Project.objects.values_list("action", flat=True)) == {action.pk}

    def test_the_one_coordinator_rule_is_enforced_by_the_database(self):
        project = Project.objects.first()
        outsider = Cluster.objects.exclude(participations__project=project).first()
        with pytest.raises(IntegrityError), transaction.atomic():
            Participation.objects.create(project=project, cluster=outsider, role=Role.COORDINATOR)

    def test_prints_what_it_created(self):
        # Counts are labelled with model names in the default language; the summary line
        # is fixed.
        assert "Created 100 demo clusters" in self.output
        assert any(line.split()[:1] == ["100"] for line in self.output.splitlines())


def real_snapshot() -> dict:
    """Every real record and every link that touches one, as stored."""
    return {
        model: list(model.objects.filter(is_demo=False).order_by("pk").values())
        for model in [Cluster, Association, Event, Programme, Action, Call, Project]
    } | {
        Sector: list(Sector.objects.order_by("pk").values()),
        Membership: list(
            Membership.objects.filter(Q(cluster__is_demo=False) | Q(association__is_demo=False))
            .order_by("pk")
            .values()
        ),
        Participation: list(
            Participation.objects.filter(Q(cluster__is_demo=False) | Q(project__is_demo=False))
            .order_by("pk")
            .values()
        ),
        Event.clusters.through: list(
            Event.clusters.through.objects.filter(
                Q(cluster__is_demo=False) | Q(event__is_demo=False)
            )
            .order_by("pk")
            .values()
        ),
        Label: list(Label.objects.filter(cluster__is_demo=False).order_by("pk").values()),
    }


def test_real_records_are_left_untouched(db):
    sector = make_sector(name="Energy")
    cluster = make_cluster(name="Real Cluster", sectors=[sector])
    association = make_association(name="Real Association")
    association.members.add(cluster)
    action = make_action()
    call = make_call(action=action)
    project = make_project(action=action, call=call)
    make_participation(project=project, cluster=cluster, role=Role.COORDINATOR)
    event = make_event(organiser=association)
    event.clusters.add(cluster)
    before = real_snapshot()

    generate(60)

    assert real_snapshot() == before
    assert Cluster.objects.real().get().name == "Real Cluster"
    assert Cluster.objects.demo().count() == 60
    # Demo data hangs on the real taxonomy and actions instead of inventing its own.
    assert Sector.objects.count() == 1
    assert not Programme.objects.demo().exists()
    assert set(Project.objects.demo().values_list("action", flat=True)) == {action.pk}
    assert set(Project.objects.demo().values_list("call", flat=True)) <= {call.pk, None}


def test_a_second_run_adds_as_many_again(db):
    generate(40)
    generate(40)  # the same seed again: numbering continues, no slug collides

    assert Cluster.objects.count() == 80
    names = list(Cluster.objects.values_list("name_en", flat=True))
    assert len(set(names)) == 80
    assert Association.objects.count() == 2 * round(40 / 25)
    assert Project.objects.count() == 2 * round(40 / 5)
    assert Event.objects.count() == 2 * round(40 / 10)
    assert Programme.objects.count() == 1  # the demo action of the first run is reused


def test_the_same_seed_gives_the_same_names(db):
    first = cluster_names_generated_with(seed=7)

    assert len(first) == 30
    assert cluster_names_generated_with(seed=7) == first
    assert cluster_names_generated_with(seed=8) != first


@pytest.mark.parametrize(("clusters", "projects"), [(1, 0), (3, 1)])
def test_a_tiny_run_keeps_the_rules(db, clusters, projects):
    generate(clusters)

    assert Cluster.objects.count() == clusters
    assert Association.objects.count() == 1
    assert Event.objects.count() == 1
    # A consortium needs three clusters: none with fewer, and then all three of them.
    assert Project.objects.count() == projects
    assert Participation.objects.count() == 3 * projects


@pytest.mark.parametrize("clusters", [0, -5, "many", generate_demo_data.MAX_CLUSTERS + 1])
def test_a_bad_cluster_count_is_refused(db, clusters):
    with pytest.raises(CommandError, match="--clusters"):
        generate(clusters)

    assert not Cluster.objects.exists()


def test_the_cluster_count_is_required(db):
    with pytest.raises(CommandError, match="--clusters"):
        call_command("generate_demo_data", stdout=StringIO())


def test_a_failure_part_way_leaves_nothing_behind(db, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(builders, "add_events", fail)

    with pytest.raises(RuntimeError):
        generate(50)

    assert not Cluster.objects.exists()
    assert not Project.objects.exists()
    assert not Sector.objects.exists()


def test_works_where_bulk_inserts_return_no_ids(db, monkeypatch):
    # SQLite before 3.35 cannot return the ids of bulk-inserted rows.
    features = type(connection.features)
    monkeypatch.setattr(features, "can_return_rows_from_bulk_insert", False)

    generate(30)

    assert Cluster.objects.count() == 30
    assert Participation.objects.count() >= 3 * Project.objects.count() > 0
    assert not Cluster.objects.filter(sectors__isnull=True).exists()
