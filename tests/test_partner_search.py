"""The consortium builder: a shortlist in the URL, checked against a rule or the advice."""

import csv
import datetime
import io

import pytest
from django.utils.http import urlencode

from core.content import PublicationStatus
from tests import factories as f

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("records_in_lithuanian")]
URL = "/en/partner-search/"


def builder(client, *slugs, action=None, **extra):
    query = [("action", action)] if action else []
    query += [("cluster", slug) for slug in slugs]
    query += list(extra.items())
    response = client.get(f"{URL}?{urlencode(query)}")
    assert response.status_code == 200
    return response


def eligible(response) -> str:
    body = response.content.decode()
    return body.split('data-eligible="', 1)[1].split('"', 1)[0]


@pytest.fixture
def partners():
    food = f.make_sector(name="Maistas", slug="food")
    laser = f.make_sector(name="Lazeriai", slug="lasers")
    make = lambda slug, country, **kw: f.make_cluster(  # noqa: E731
        name=f"Cluster {slug}", slug=slug, country=country, sectors=kw.pop("sectors", [food]), **kw
    )
    rule = f.make_action(name="Euroclusters", slug="euroclusters", min_partners=4, min_countries=3)
    return {
        "rule": rule,
        "lt1": make("lt1", "LT"),
        "lt2": make("lt2", "LT"),
        "lv1": make("lv1", "LV"),
        "ee1": make("ee1", "EE"),
        "fi1": make("fi1", "FI"),
        "pl1": make("pl1", "PL"),
        "de1": make("de1", "DE"),
        "laser": make("laser-fr", "FR", sectors=[laser]),
        "draft": make("draft-se", "SE", status=PublicationStatus.DRAFT),
        "demo": make("demo-dk", "DK", is_demo=True),
    }


def test_empty_page_invites_to_start(client, partners):
    response = builder(client)
    assert eligible(response) == "false"
    assert "The shortlist is empty" in response.content.decode()


def test_rule_fails_on_partners_and_countries(client, partners):
    response = builder(client, "lt1", "lv1", action="euroclusters")
    verdict = response.context["verdict"]
    assert eligible(response) == "false"
    assert verdict.judged_by == "rule"
    assert verdict.missing == ["2 more partners", "1 more country"]
    body = response.content.decode()
    assert "2 more partners; 1 more country" in body


def test_rule_fails_on_countries_only(client, partners):
    response = builder(client, "lt1", "lt2", "lv1", "lv1x", "ee1", action="euroclusters")
    assert response.context["verdict"].missing == []  # lv1x unknown: 4 partners, 3 countries
    response = builder(client, "lt1", "lt2", "lv1", action="euroclusters")
    assert response.context["verdict"].missing == ["1 more partner", "1 more country"]


def test_rule_passes(client, partners):
    response = builder(client, "lt1", "lt2", "lv1", "ee1", action="euroclusters")
    assert eligible(response) == "true"
    assert "meets the action" in response.content.decode()


def test_without_action_the_advice_judges(client, partners):
    response = builder(client, "lt1", "lt2")
    assert response.context["verdict"].missing == [
        "no partner outside Lithuania yet (the applicant's country)"
    ]
    response = builder(client, "lt1", "lv1", "ee1")
    assert response.context["verdict"].missing == ["2 more foreign countries"]
    response = builder(client, "lt1", "lv1", "ee1", "fi1", "pl1")
    assert eligible(response) == "true"


def test_foreign_countries_are_counted_from_the_applicant(client, partners):
    shortlist = builder(client, "lv1", "lt1", "lt2", "ee1").context["shortlist"]
    assert shortlist.applicant.slug == "lv1"
    assert [c.code for c in shortlist.foreign_countries] == ["LT", "EE"]
    reordered = builder(client, "lt1", "lv1", "lt2", "ee1").context["shortlist"]
    assert [c.code for c in reordered.foreign_countries] == ["LV", "EE"]


def test_suggestions_are_new_clusters_from_uncovered_countries(client, partners):
    response = builder(client, "lt1", "lv1")
    suggested = [offer["cluster"].slug for offer in response.context["suggestions"]]
    assert "lt2" not in suggested  # its country is covered
    assert "lt1" not in suggested and "lv1" not in suggested  # already shortlisted
    assert {"ee1", "fi1", "pl1", "de1"} <= set(suggested)
    assert "laser-fr" not in suggested  # no shared sector
    assert "draft-se" not in suggested
    assert suggested[-1] == "demo-dk"  # real before demo
    add = response.context["suggestions"][0]["add_url"]
    assert "cluster=lt1" in add and "cluster=lv1" in add


def test_labelled_and_experienced_partners_first(client, partners):
    f.make_label(cluster=partners["pl1"], awarded_year=2020)
    f.make_participation(cluster=partners["fi1"])
    suggested = [offer["cluster"].slug for offer in builder(client, "lt1").context["suggestions"]]
    assert suggested[:2] == ["pl1", "fi1"]


def test_associations_to_ask_for_missing_countries(client, partners):
    f.make_association(name="Latvian network", country="LV", eca_member=True)
    estonian = f.make_association(name="Estonian network", country="EE", eca_member=True)
    f.make_association(name="Not a member", country="FI", eca_member=False)
    response = builder(client, "lt1", "lv1")
    assert response.context["associations"] == [estonian]


def test_remove_and_make_applicant_links(client, partners):
    rows = builder(client, "lt1", "lv1", "ee1", action="euroclusters").context["rows"]
    assert rows[1]["remove_url"].endswith("action=euroclusters&cluster=lt1&cluster=ee1")
    assert rows[2]["applicant_url"].endswith("cluster=ee1&cluster=lt1&cluster=lv1")


@pytest.mark.parametrize(
    ("slugs", "action", "note"),
    [
        (["nope"], None, "There is no published cluster “nope”."),
        (["lt1", "lt1"], None, "“lt1” was listed twice: kept once."),
        (["lt1"], "no-such-action", "There is no action “no-such-action”."),
        (["demo-dk"], None, "is demo data and cannot be part of a real consortium"),
        (["draft-se"], None, "There is no published cluster “draft-se”."),
    ],
)
def test_bad_input_is_named_and_left_out(client, partners, slugs, action, note):
    response = builder(client, *slugs, action=action)
    assert note in response.content.decode()
    assert "Cluster draft-se" not in response.content.decode()


def test_more_clusters_than_a_shortlist_holds(client, partners):
    # As many as the address limit lets through (core.middleware.MAX_URL_LENGTH).
    slugs = ["lt1", *[f"m{n}" for n in range(139)]]
    response = builder(client, *slugs)
    shortlist = response.context["shortlist"]
    assert shortlist.slugs == ["lt1"]
    assert "at most 30 clusters: 110 more were left out" in response.content.decode()


def test_five_hundred_clusters_are_an_address_too_long(client, partners):
    query = urlencode([("cluster", f"missing-{n}") for n in range(500)])
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 414
    assert "<h1>Address too long</h1>" in response.content.decode()


def test_hostile_values_do_not_break_the_page(client, partners):
    response = client.get(URL + "?cluster=%00%ff&action=" + "x" * 1900 + "&format=xml")
    assert response.status_code == 200


def test_csv_of_contacts(client, partners):
    lt1 = partners["lt1"]
    lt1.website, lt1.email, lt1.phone, lt1.city = (
        "https://lt1.example.org",
        "info@lt1.example.org",
        "+370 5 000 0000",
        "Vilnius",
    )
    lt1.save()
    partners["lv1"].name_en = "=HYPERLINK(evil)"
    partners["lv1"].save()
    network = f.make_association(name="KlasterLT", country="LT", website="https://klaster.lt")
    f.make_membership(association=network, cluster=lt1)
    latvian = f.make_association(
        name="Latvian network", country="LV", eca_member=True, website="https://lv.example.org"
    )
    response = builder(client, "lt1", "lv1", format="csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert list(rows[0]) == [
        "name",
        "country",
        "city",
        "website",
        "email",
        "phone",
        "introduced_by",
        "introduced_by_website",
        "profile_url",
    ]
    assert len(rows) == 2
    assert rows[0]["email"] == "info@lt1.example.org"
    assert rows[0]["introduced_by"] == "KlasterLT"
    assert rows[0]["profile_url"] == "http://testserver/en/clusters/lt1/"
    assert rows[1]["name"] == "'=HYPERLINK(evil)"
    assert rows[1]["introduced_by"] == str(latvian)


def test_lithuanian_page(client, partners):
    response = client.get("/lt/partner-search/?cluster=lt1&cluster=lt2")
    body = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="lt">' in body
    assert "Still missing" not in body


def test_query_count_does_not_grow(client, partners, django_assert_max_num_queries):
    url = f"{URL}?action=euroclusters&cluster=lt1&cluster=lv1"
    with django_assert_max_num_queries(20):
        assert client.get(url).status_code == 200
    for n in range(30):
        f.make_cluster(name=f"More {n}", country="CZ", sectors=list(partners["lt1"].sectors.all()))
    with django_assert_max_num_queries(20) as queries:
        assert client.get(url).status_code == 200
    small = len(queries)
    for n in range(60):
        f.make_cluster(name=f"Even more {n}", country="SK")
    with django_assert_max_num_queries(20) as queries:
        assert client.get(url).status_code == 200
    assert len(queries) == small


def test_opening_the_builder_remembers_the_shortlist(client, partners):
    response = builder(client, "lt1", "lv1")
    assert response.cookies["shortlist"].value == "lt1,lv1"
    assert "(2 on the shortlist)" in response.content.decode()
    directory = client.get("/en/clusters/").content.decode()
    assert "(2 on the shortlist)" in directory
    # A card's link extends the shortlist; a shortlisted cluster says it is there.
    assert "/en/partner-search/?cluster=lt1&amp;cluster=lv1&amp;cluster=ee1" in directory
    assert "On the shortlist" in directory
    profile = client.get("/en/clusters/fi1/").content.decode()
    assert "/en/partner-search/?cluster=lt1&amp;cluster=lv1&amp;cluster=fi1" in profile


def test_an_emptied_shortlist_is_forgotten(client, partners):
    builder(client, "lt1")
    response = builder(client)
    assert response.cookies["shortlist"].value == ""
    assert "on the shortlist" not in client.get("/en/clusters/").content.decode()


def test_a_forged_cookie_is_harmless(client, partners):
    client.cookies["shortlist"] = "lt1,<script>,lt1," + ",".join(f"x{n}" for n in range(100))
    body = client.get("/en/clusters/").content.decode()
    assert "<script>" not in body
    assert "(30 on the shortlist)" in body
    assert builder(client, "lt1").status_code == 200


def test_demo_clusters_offer_no_shortlist_link(client, partners):
    body = client.get("/en/clusters/demo-dk/").content.decode()
    assert "Add to shortlist" not in body


def test_partners_outside_a_programme_area_fail_the_rule(client, partners):
    f.make_action(
        name="Baltic Sea Region",
        slug="bsr",
        min_partners=2,
        eligible_area="listed",
        eligible_countries=["LT", "LV", "EE", "FI", "PL", "DE", "SE", "DK"],
        lead_rule="A public body or a non-profit organisation from the programme area.",
    )
    response = builder(client, "lt1", "lv1", "laser-fr", action="bsr")
    assert eligible(response) == "false"
    assert response.context["verdict"].missing == [
        "partners from outside the programme area: France"
    ]
    assert "A public body or a non-profit organisation" in response.content.decode()
    assert eligible(builder(client, "lt1", "lv1", action="bsr")) == "true"


def test_eu_rules_and_what_is_left_to_confirm(client, partners):
    f.make_cluster(name="Ukrainian cluster", slug="ua1", country="UA")
    f.make_action(name="Single Market", slug="smp", min_partners=2, eligible_area="eu_associated")
    f.make_action(name="EU only", slug="eu-only", min_partners=2, eligible_area="eu")
    f.make_action(name="I3", slug="i3", min_partners=2, min_countries=2, min_regions=2)
    associated = builder(client, "lt1", "ua1", action="smp")
    assert eligible(associated) == "true"
    assert "confirm that Ukraine is associated to the programme" in associated.content.decode()
    assert builder(client, "lt1", "ua1", action="eu-only").context["verdict"].missing == [
        "partners from outside the EU: Ukraine"
    ]
    regions = builder(client, "lt1", "lv1", action="i3")
    assert eligible(regions) == "true"
    assert "does not know the partners&#x27; regions" in regions.content.decode()


def test_todays_actions_come_first_and_past_ones_are_marked_closed(client, partners):
    today = f.make_action(name="Euroclusters 2026", slug="eurocl", generation="2021-2027")
    past = f.make_action(name="ECEP", slug="ecep-old", generation="2014-2020")
    proposed = f.make_action(name="Next", slug="next", generation="2028-2034")
    f.make_call(action=today, identifier="SMP-2026", deadline=datetime.date(2099, 1, 1))
    groups = builder(client).context["actions"]
    assert today in [row["action"] for row in groups["current"]]
    assert [row["action"] for row in groups["earlier"]] == [past]
    assert [row["action"] for row in groups["proposed"]] == [proposed]
    current = next(row for row in groups["current"] if row["action"] == today)
    assert current["call"].identifier == "SMP-2026"
    body = builder(client).content.decode()
    assert (
        body.index("Euroclusters 2026")
        < body.index("Earlier programmes (closed)")
        < body.index("ECEP")
    )


def test_a_rule_without_numbers_is_judged_with_the_advice_too(client, partners):
    f.make_action(name="Euroclusters", slug="eu-clusters", eligible_area="eu_associated")
    response = builder(client, "lt1", action="eu-clusters")
    assert response.context["verdict"].judged_by == "rule and advice"
    assert eligible(response) == "false"
    assert response.context["verdict"].missing == [
        "no partner outside Lithuania yet (the applicant's country)"
    ]
    full = builder(client, "lt1", "lv1", "ee1", "fi1", "pl1", action="eu-clusters")
    assert eligible(full) == "true"


def test_many_bad_values_give_a_bounded_note(client, partners):
    # As many as the address limit lets through (core.middleware.MAX_URL_LENGTH).
    query = "&".join(f"cluster=b%00{n}" for n in range(130))
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    notes = response.context["shortlist"].ignored
    assert len(notes) == 11 and notes[-1] == "…and 120 more."


def test_an_unchanged_shortlist_writes_no_cookie(client, partners):
    assert "shortlist" not in builder(client).cookies
    builder(client, "lt1")
    assert "shortlist" not in builder(client, "lt1").cookies
