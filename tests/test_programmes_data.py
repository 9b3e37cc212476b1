"""Today's programmes in the real dataset: rules, dated calls, projects, honest sources."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import TestCase
from django.utils import translation

from alliance.models import Event
from core.content import weak_source_reason
from programmes.models import Action, Call, CallStatus, Participation, Programme, Project

D = datetime.date

# What the sources state for each new action: partners, countries, eligible area, and
# whether they say who may lead.
RULES = {
    "euroclusters": (None, None, "eu_associated", False),
    "eu-ukraine-cluster-partnership": (None, None, "eu_associated", False),
    "i3-strand-1": (5, 3, "eu_associated", True),
    "i3-strand-2a": (3, 2, "eu_associated", True),
    "i3-strand-2b": (None, None, "", False),
    "regional-innovation-valleys": (None, None, "eu_associated", True),
    "interreg-bsr-core-projects": (3, 3, "listed", True),
    "interreg-bsr-small-projects": (3, 3, "listed", True),
    "interreg-europe-cooperation-projects": (None, None, "listed", True),
    "erasmus-ka220-vet": (3, 3, "eu_associated", True),
    "erasmus-alliances-education-enterprises": (None, 4, "eu_associated", True),
    "erasmus-cove": (8, 4, "eu_associated", False),
    "inoklaster-2021-2027": (1, 1, "listed", True),
    "expo-klasteris": (None, 1, "listed", True),
}


class TestTodaysProgrammes(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_portal_data", stdout=StringIO())

    def status_on(self, day: datetime.date, identifier: str) -> str:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("programmes.models.today", lambda: day)
            return Call.objects.get(identifier=identifier).status

    def test_each_new_action_holds_its_rule_in_data(self):
        for slug, (partners, countries, area, lead_known) in RULES.items():
            action = Action.objects.get(slug=slug)
            assert action.generation == "2021-2027", slug
            assert (action.min_partners, action.min_countries) == (partners, countries), slug
            assert action.eligible_area == area, slug
            assert bool(action.lead_rule_lt) == lead_known == bool(action.lead_rule_en), slug
            assert action.consortium_rule_lt and action.consortium_rule_en, slug

    def test_i3_strand_1_counts_regions_and_less_developed_regions(self):
        strand = Action.objects.get(slug="i3-strand-1")
        assert (strand.min_regions, strand.min_less_developed_regions) == (5, 2)

    def test_programme_area_is_a_list_of_countries(self):
        bsr = Action.objects.get(slug="interreg-bsr-core-projects")
        codes = {country.code for country in bsr.eligible_countries}
        assert codes == {"DK", "EE", "FI", "DE", "LV", "LT", "PL", "SE", "NO"}
        assert [
            c.code for c in Action.objects.get(slug="inoklaster-2021-2027").eligible_countries
        ] == ["LT"]

    def test_past_and_present_actions_are_told_apart(self):
        assert Action.objects.get(slug="ecep").generation == "2014-2020"
        assert Action.objects.get(slug="inoklaster-lt").generation == "2007-2013"
        assert not Action.objects.filter(generation="").exists()
        current = Action.objects.filter(generation="2021-2027")
        assert current.count() == 20
        assert all(action.is_current for action in current)

    def test_an_unverified_rule_says_so(self):
        euroclusters = Action.objects.get(slug="euroclusters")
        assert "call document" in euroclusters.rule_unverified_en
        assert euroclusters.rule_unverified_lt
        expo = Action.objects.get(slug="expo-klasteris")
        assert expo.rule_unverified_en.startswith("Unverified")

    def test_call_status_on_1_december_2026(self):
        december = D(2026, 12, 1)
        assert self.status_on(december, "I3-2026-INV1") == CallStatus.CLOSED
        assert self.status_on(december, "ERASMUS-EDU-2026-PEX-COVE") == CallStatus.CLOSED
        assert self.status_on(december, "Expo klasteris (Innovation Agency)") == CallStatus.UNKNOWN
        # Every call the sources date had closed by then; three have no date at all.
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("programmes.models.today", lambda: december)
            assert not Call.objects.open().exists()
            assert not Call.objects.upcoming().exists()
            unknown = [c for c in Call.objects.all() if c.status == CallStatus.UNKNOWN]
        assert len(unknown) == 3

    def test_call_status_through_the_i3_2026_call(self):
        identifier = "I3-2026-INV1"
        assert self.status_on(D(2026, 5, 1), identifier) == CallStatus.UPCOMING
        assert self.status_on(D(2026, 5, 13), identifier) == CallStatus.OPEN
        assert self.status_on(D(2026, 11, 12), identifier) == CallStatus.OPEN
        assert self.status_on(D(2026, 11, 13), identifier) == CallStatus.CLOSED

    def test_a_two_stage_bsr_call_stays_open_until_the_full_application(self):
        identifier = "Interreg BSR 2021–2027 call 1, core projects"
        assert self.status_on(D(2022, 4, 1), identifier) == CallStatus.OPEN
        assert self.status_on(D(2022, 4, 27), identifier) == CallStatus.CLOSED

    def test_a_publication_date_is_not_stored_as_the_opening(self):
        published_only = Call.objects.get(identifier="COS-CLUSTER-2018-3-02")
        assert published_only.opens is None
        assert published_only.published_on == D(2019, 1, 8)
        cove = Call.objects.get(identifier="Erasmus+ CoVE call 2024")
        assert (cove.published_on, cove.opens) == (D(2023, 12, 20), None)
        innosup = Call.objects.get(identifier="INNOSUP-1-2015")
        assert innosup.published_on < innosup.opens

    def test_projects_link_clusters_of_the_directory_or_name_organisations(self):
        suave = Project.objects.get(slug="suave")
        assert suave.call_inferred
        assert suave.participations.filter(cluster__slug="agrobiocluster").exists()
        coordinator = suave.participations.get(role="coordinator")
        assert coordinator.organisation_en == "Végépolys Valley"
        assert coordinator.organisation_country == "FR"
        for slug in ("photonics4industry", "bsr-deeptech-launch", "prosper-bsr", "tetras"):
            assert Project.objects.get(slug=slug).participations.exists(), slug

    def test_organisations_have_both_languages(self):
        for participation in Participation.objects.filter(cluster__isnull=True):
            assert participation.organisation_lt and participation.organisation_en, participation
        for programme in Programme.objects.all():
            assert bool(programme.managing_body_lt) == bool(programme.managing_body_en), programme
        assert Programme.objects.filter(managing_body_lt__startswith="EISMEA").count() == 2

    def test_lithuanian_pages_show_lithuanian_organisation_names(self):
        page = self.client.get("/lt/projects/bsr-cluster-manager-education/").content.decode()
        assert "Kauno technologijos universitetas" in page
        assert "Kaunas University of Technology" not in page
        page = self.client.get("/lt/programmes/single-market-programme/").content.decode()
        assert "Europos inovacijų tarybos ir MVĮ vykdomoji įstaiga" in page
        english = self.client.get("/en/projects/tetras/").content.decode()
        assert "Klaipėda Science and Technology Park" in english

    def test_search_finds_a_programme_by_its_managing_body_in_either_language(self):
        english = self.client.get("/en/search/?q=Culture+Executive+Agency").content.decode()
        lithuanian = self.client.get("/lt/search/?q=Inovacijų+agentūra").content.decode()
        assert "/en/programmes/erasmus-plus-2021-2027/" in english
        assert "/lt/programmes/lithuanian-cluster-measures-2021-2027/" in lithuanian

    def test_administrative_meetings_are_not_project_meetings(self):
        meetings = Event.objects.filter(kind="meeting").values_list("slug", flat=True)
        assert list(meetings) == ["packaging-project-meeting-karlstad-2018"]

    def test_staging_scraper_and_placeholder_sources_are_marked_weak(self):
        project = Project.objects.get(slug="bsr-cluster-manager-education")
        weak = [entry for entry in project.source_entries if entry["weak"]]
        assert [entry["text"] for entry in weak] == [
            "https://netport.se/nyheter/porta-non-pulvinar-neque-laoreet-suspendisse/"
        ]
        with translation.override("en"):
            page = self.client.get("/en/projects/bsr-cluster-manager-education/").content.decode()
        assert "weak source: placeholder page address" in page

    def test_calls_and_reports_linked_to_a_staging_copy_say_so(self):
        calls = self.client.get("/en/calls/").content.decode()
        staging = (
            "https://impr-0001-1265-news-overview.eccp.hosted-temp.com/content/call-proposals"
        )
        after = calls[calls.index(staging) :][:600]
        assert "weak source: staging copy of the site" in after
        programmes = self.client.get("/en/programmes/").content.decode()
        assert "weak source: staging copy of the site" in programmes

    def test_the_programme_page_shows_the_rule(self):
        page = self.client.get("/en/programmes/i3/").content.decode()
        assert "Who may lead" in page
        assert "at least 2 of them less developed" in page
        assert "EU member states and countries associated to the programme" in page


@pytest.mark.parametrize(
    ("source", "weak"),
    [
        ("https://impr-0001-1265-news-overview.eccp.hosted-temp.com/tags/escp-s3", True),
        ("https://vdocuments.net/clusters-excellence-programme.html", True),
        ("https://stage.prognos.com/en/cluster-meets-regions", True),
        ("https://netport.se/nyheter/porta-non-pulvinar-neque-laoreet-suspendisse/", True),
        ("https://clustercollaboration.eu/euroclusters", False),
        ("https://eismea.ec.europa.eu/programmes/interregional-innovation-investments_en", False),
        ("Talk «Lietuvos klasteriai Europos klasterių aljanse» (LitMEA, 2019)", False),
    ],
)
def test_weak_source_reason(source, weak):
    assert bool(weak_source_reason(source)) is weak
