"""``load_portal_data``: the real dataset loads whole, once, and never overwrites edits."""

import copy
import functools
import json
import re
import unicodedata
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase

from alliance.models import Association, AssociationFigure, Event, Membership
from clusters.models import Cluster, Label, Sector
from programmes.models import Action, Call, Participation, Programme, Project, Report, Role
from tests.factories import make_association, make_cluster, make_programme, make_sector

FIXTURE = Path(settings.BASE_DIR) / "fixtures" / "portal_data.json"
TALK = "Talk «Lietuvos klasteriai Europos klasterių aljanse» (LitMEA / SMART food cluster, 2019)"

# People named in the research notes; the dataset names organisations only.
PERSONAL_NAMES = [
    "Bagušinskas",
    "Guerrero",
    "Krystowski",
    "Šermukšnytė",
    "Alešiūnienė",
    "Lasionis",
    "Morkus",
    "Rakickas",
    "Matulis",
    "Paužolis",
    "Bartuška",
    "Floch",
    "Jessica",
    "Cosnita",
    "Bootello",
    "Pareščius",
    "Paškevičius",
    "Rakauskaitė",
    "Liesionis",
    "Ščiglinskienė",
    "Lejas-Krūmiņš",
    "Valytė",
    "Vaiginienė",
    "Nausėdaitė",
    "Mažeikaitė",
    "Setkus",
    "Stumbrytė",
]
GENERIC_MAILBOXES = {"info", "office", "contact", "secretariat", "hello", "mail", "cluster"}

# The ten member associations the talk names, plus the Lithuanian network.
TALK_ASSOCIATIONS = [
    "fenaeic",
    "klastry-polskie",
    "clustero",
    "france-clusters",
    "afpc",
    "abc-bulgaria",
    "ikosz",
    "nca-czech-republic",
    "union-of-slovak-clusters",
    "latvian-clusters-network",
    "klasterlt",
]


def load(**options) -> str:
    out = StringIO()
    call_command("load_portal_data", stdout=out, **options)
    return out.getvalue()


def fold(text: str) -> str:
    """Lower case without diacritics, so “Šermukšnytė” also catches “sermuksnyte”."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@functools.cache
def fixture_data() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture
def dataset() -> dict:
    """A copy of the fixture's data that a test may change."""
    return copy.deepcopy(fixture_data())


COUNTED = [
    Sector,
    Cluster,
    Label,
    Association,
    AssociationFigure,
    Membership,
    Event,
    Programme,
    Action,
    Call,
    Project,
    Participation,
    Report,
]


def expected_counts(data: dict) -> dict:
    """What loading ``data`` into an empty database must create, per model."""

    def nested(kind, key):
        return sum(len(record.get(key, [])) for record in data[kind])

    return {
        Sector: len(data["sectors"]),
        Cluster: len(data["clusters"]),
        Label: nested("clusters", "labels"),
        Association: len(data["associations"]),
        AssociationFigure: nested("associations", "figures"),
        Membership: nested("associations", "members"),
        Event: len(data["events"]),
        Programme: len(data["programmes"]),
        Action: len(data["actions"]),
        Call: len(data["calls"]),
        Project: len(data["projects"]),
        Participation: nested("projects", "participants"),
        Report: len(data["reports"]),
    }


def database_counts() -> dict:
    return {model: model.objects.count() for model in COUNTED}


class TestLoadedDataset(TestCase):
    """The dataset loaded once into an empty database; each test rolls its changes back."""

    @classmethod
    def setUpTestData(cls):
        cls.output = load()
        cls.data = fixture_data()

    def test_loads_every_record_of_the_file(self):
        assert database_counts() == expected_counts(self.data)
        # The dataset covers what the talk and the research name, not a token sample.
        assert Cluster.objects.filter(country="LT").count() >= 30
        assert Association.objects.count() >= 15
        assert f"clusters: {len(self.data['clusters'])}" in self.output
        assert f"projects: {len(self.data['projects'])}" in self.output

    def test_everything_loaded_is_published_real_data(self):
        for model in (Cluster, Association, Event, Project):
            assert not model.objects.exclude(status="published").exists(), model
        for model in (Cluster, Association, Event, Programme, Action, Call, Project, Report):
            assert not model.objects.filter(is_demo=True).exists(), model

    def test_loading_twice_creates_no_duplicates(self):
        second = load()

        assert "nothing was changed" in second
        assert database_counts() == expected_counts(self.data)

    def test_an_edit_made_after_loading_survives_a_second_load(self):
        cluster = Cluster.objects.get(slug="smart-food-cluster")
        cluster.name_lt = "SMART FOOD klasteris (pataisyta)"
        cluster.save()
        Cluster.objects.get(slug="vilnius-film-cluster").delete()

        load()

        renamed = Cluster.objects.get(slug="smart-food-cluster")
        assert renamed.name_lt == "SMART FOOD klasteris (pataisyta)"
        assert not Cluster.objects.filter(slug="vilnius-film-cluster").exists()

    def test_every_record_has_a_source(self):
        for model in (Cluster, Association, Event, Programme, Action, Call, Project, Report):
            for record in model.objects.all():
                assert record.source_list, f"{model.__name__} {record}"
        for model in (Label, AssociationFigure, Membership):
            assert not model.objects.filter(source="").exists(), model

    def test_every_cluster_is_named_in_both_languages(self):
        for cluster in Cluster.objects.all():
            assert cluster.name_lt and cluster.name_en, cluster.slug

    def test_slugs_are_ascii(self):
        for model in (Sector, Cluster, Association, Event, Programme, Action, Project, Report):
            for slug in model.objects.values_list("slug", flat=True):
                assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug

    def test_digiclusters_is_led_by_the_latvian_it_cluster(self):
        project = Project.objects.get(slug="digiclusters")
        coordinators = project.participations.filter(role=Role.COORDINATOR)

        assert [p.cluster.slug for p in coordinators] == ["latvian-it-cluster"]
        assert project.participations.filter(
            cluster__slug="smart-food-cluster", role=Role.PARTNER
        ).exists()
        assert project.grant_agreement == "822095"
        assert project.action.slug == "escp-s3"
        assert project.call_inferred

    def test_the_talks_figures_are_held_as_of_2019(self):
        talk_figures = AssociationFigure.objects.filter(source_kind="talk")

        assert talk_figures.count() == sum(
            1
            for association in self.data["associations"]
            for figure in association.get("figures", [])
            if figure["source_kind"] == "talk"
        )
        assert set(talk_figures.values_list("as_of_year", flat=True)) == {2019}
        assert set(talk_figures.values_list("source", flat=True)) == {TALK}
        clustero = {f.kind: f.value for f in talk_figures.filter(association__slug="clustero")}
        assert clustero == {
            "member_clusters": 42,
            "gold_labels": 3,
            "silver_labels": 5,
            "bronze_labels": 24,
        }
        spain = {f.kind: f.value for f in talk_figures.filter(association__slug="fenaeic")}
        assert spain == {"member_clusters": 40, "companies": 3400}

    def test_a_figure_public_sources_contradict_is_kept_unverified_beside_theirs(self):
        slovak = AssociationFigure.objects.filter(
            association__slug="union-of-slovak-clusters", kind="member_clusters"
        )

        assert slovak.get(source_kind="talk").value == 10
        assert not slovak.get(source_kind="talk").verified
        assert slovak.get(source_kind="public").value == 18

    def test_the_alliance_and_its_members(self):
        alliance = Association.objects.get(slug="european-clusters-alliance")

        assert alliance.kind == "alliance"
        assert not alliance.country
        assert alliance.description_en and alliance.description_lt
        members = Association.objects.eca_members().values_list("slug", flat=True)
        assert set(TALK_ASSOCIATIONS) <= set(members)
        assert not Association.objects.get(slug="lithuanian-clusters-association").eca_member

    def test_undated_events_say_what_is_known(self):
        riga = Event.objects.get(slug="smart-food-partner-search-riga")

        assert riga.start_date is None
        assert riga.date_note_lt == "2016 m. ar vėliau"
        assert riga.date_note_en == "2016 or later"
        assert list(riga.clusters.values_list("slug", flat=True)) == ["smart-food-cluster"]


def test_a_demo_only_database_still_gets_the_real_data(db):
    # As generate_demo_data leaves it: real standard sectors, demo everything else.
    make_sector(slug="ict", name="ICT")
    make_cluster(name="Demo cluster (demo)", slug="demo-cluster-1", is_demo=True)
    make_association(name="Demo association (demo)", slug="demo-association-1", is_demo=True)
    make_programme(name="Demo programme (demo)", slug="demo-programme-1", is_demo=True)

    output = load()

    data = fixture_data()
    assert Cluster.objects.real().count() == len(data["clusters"])
    assert Association.objects.real().count() == len(data["associations"])
    assert Cluster.objects.demo().count() == 1
    assert Sector.objects.count() == len(data["sectors"])
    assert "sectors already present: 1" in output


def test_real_data_entered_by_hand_is_kept_and_the_dataset_arrives_beside_it(db):
    hand_made = make_cluster(name="Hand-made cluster", slug="hand-made", city="Kaunas")

    output = load()

    hand_made.refresh_from_db()
    assert hand_made.name == "Hand-made cluster" and hand_made.city == "Kaunas"
    assert Cluster.objects.count() == len(fixture_data()["clusters"]) + 1
    assert Programme.objects.exists()
    assert "Updated the real dataset" in output


def break_unknown_participant(data):
    data["projects"][-1]["participants"].append({"cluster": "no-such-cluster"})
    return f"projects “{data['projects'][-1]['slug']}”"


def break_call_dates(data):
    data["calls"][0].update(opens="2020-05-01", deadline="2020-04-01")
    return f"calls “{data['calls'][0]['identifier']}”"


def break_figure_value(data):
    data["associations"][1]["figures"][0]["value"] = -1
    return f"associations “{data['associations'][1]['slug']}” › figure"


def break_field_name(data):
    data["clusters"][0]["foundd_year"] = 2013
    return "foundd_year"


def break_second_coordinator(data):
    project = next(p for p in data["projects"] if p["slug"] == "digiclusters")
    project["participants"][1]["role"] = "coordinator"
    return "projects “digiclusters”"


@pytest.mark.parametrize(
    "breakage",
    [
        break_unknown_participant,
        break_call_dates,
        break_figure_value,
        break_field_name,
        break_second_coordinator,
    ],
)
def test_a_broken_record_stops_the_load_and_writes_nothing(db, dataset, tmp_path, breakage):
    named = breakage(dataset)
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(dataset, ensure_ascii=False), encoding="utf-8")

    with pytest.raises(CommandError, match=re.escape(named)):
        load(file=broken)

    assert all(count == 0 for count in database_counts().values())


def test_a_file_that_is_not_json_is_refused(db, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"clusters": [', encoding="utf-8")

    with pytest.raises(CommandError, match="not valid JSON"):
        load(file=broken)

    assert not Sector.objects.exists()


def test_the_fixture_names_no_people():
    text = FIXTURE.read_text(encoding="utf-8")
    folded = fold(text)
    for name in PERSONAL_NAMES:
        assert name not in text, name
        assert fold(name) not in folded, name


def test_the_fixture_holds_no_personal_contacts(dataset):
    text = FIXTURE.read_text(encoding="utf-8")
    for address in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        assert address.split("@")[0].lower() in GENERIC_MAILBOXES, address
    assert not any(record.get("phone") for record in dataset["clusters"])
