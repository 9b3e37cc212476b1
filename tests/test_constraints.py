"""Each named constraint bites in the database, and its clean() gives editors a readable error."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from alliance.models import (
    AssociationFigure,
    FigureKind,
    FigureSourceKind,
    Membership,
    MembershipRequest,
)
from clusters.models import Cluster, Label, LabelLevel, LifeStatus
from programmes.models import Participation, Role
from tests import factories as f

pytestmark = pytest.mark.django_db

D = datetime.date


def _figure(**fields):
    fields.setdefault("association", f.make_association())
    fields.setdefault("kind", FigureKind.MEMBER_CLUSTERS)
    fields.setdefault("value", 10)
    fields.setdefault("source_kind", FigureSourceKind.TALK)
    fields.setdefault("as_of_year", 2019)
    return AssociationFigure.objects.create(**fields)


def _merged_into_itself():
    cluster = f.make_cluster(life_status=LifeStatus.MERGED)
    Cluster.objects.filter(pk=cluster.pk).update(merged_into=cluster)


def _twice(make, **fields):
    make(**fields)
    make(**fields)


# Each case builds what violates one named constraint.
VIOLATIONS = {
    "sector_slug_unique": lambda: _twice(f.make_sector, slug="ict"),
    "cluster_slug_unique": lambda: _twice(f.make_cluster, slug="same"),
    "cluster_founded_year_range": lambda: f.make_cluster(founded_year=3000),
    "cluster_figures_year_range": lambda: f.make_cluster(figures_year=1200),
    "cluster_counts_not_negative": lambda: f.make_cluster(members_sme=-1),
    "cluster_last_evidence_year_range": lambda: f.make_cluster(last_evidence_year=3000),
    "cluster_merged_into_needs_merged_status": lambda: f.make_cluster(
        merged_into=f.make_cluster(), life_status=LifeStatus.ACTIVE
    ),
    "cluster_not_merged_into_itself": _merged_into_itself,
    "label_awarded_year_range": lambda: Label.objects.create(
        cluster=f.make_cluster(), level=LabelLevel.BRONZE, awarded_year=1900 - 200
    ),
    "label_unique_award": lambda: _twice(
        Label.objects.create, cluster=f.make_cluster(), level="gold", awarded_year=2018
    ),
    "association_slug_unique": lambda: _twice(f.make_association, slug="same"),
    "association_founded_year_range": lambda: f.make_association(founded_year=99),
    "association_eca_since_year_range": lambda: f.make_association(
        eca_member=True, eca_member_since=2500
    ),
    "association_eca_since_needs_member": lambda: f.make_association(
        eca_member=False, eca_member_since=2019
    ),
    "association_eca_since_after_founding": lambda: f.make_association(
        founded_year=2020, eca_member=True, eca_member_since=2019
    ),
    "membership_unique_pair": lambda: _twice(
        Membership.objects.create, association=f.make_association(), cluster=f.make_cluster()
    ),
    "membership_request_one_pending": lambda: _twice(
        MembershipRequest.objects.create,
        association=f.make_association(),
        cluster=f.make_cluster(),
    ),
    "membership_since_year_range": lambda: Membership.objects.create(
        association=f.make_association(), cluster=f.make_cluster(), since_year=20
    ),
    "figure_value_not_negative": lambda: _figure(value=-5),
    "figure_as_of_year_range": lambda: _figure(as_of_year=19),
    "figure_unique_per_source_year": lambda: _twice(_figure, association=f.make_association()),
    "event_slug_unique": lambda: _twice(f.make_event, slug="same"),
    "event_dates_in_order": lambda: f.make_event(start_date=D(2020, 5, 2), end_date=D(2020, 5, 1)),
    "event_end_needs_start": lambda: f.make_event(end_date=D(2020, 5, 1)),
    "programme_slug_unique": lambda: _twice(f.make_programme, slug="same"),
    "programme_years_range": lambda: f.make_programme(start_year=10),
    "programme_years_in_order": lambda: f.make_programme(start_year=2020, end_year=2014),
    "action_slug_unique": lambda: _twice(f.make_action, slug="same"),
    "action_grant_range_in_order": lambda: f.make_action(grant_min=5000, grant_max=100),
    "action_grant_min_not_negative": lambda: f.make_action(grant_min=-1),
    "action_funding_rate_max_100": lambda: f.make_action(funding_rate=150),
    "action_countries_within_partners": lambda: f.make_action(min_partners=3, min_countries=4),
    "action_region_minimums_in_order": lambda: f.make_action(
        min_countries=3, min_regions=5, min_less_developed_regions=6
    ),
    "action_listed_area_has_countries": lambda: f.make_action(eligible_area="listed"),
    "call_identifier_unique": lambda: _twice(f.make_call, identifier="COS-X"),
    "call_year_range": lambda: f.make_call(year=9999),
    "call_dates_in_order": lambda: f.make_call(opens=D(2019, 5, 1), deadline=D(2019, 4, 1)),
    "call_deadlines_in_order": lambda: f.make_call(
        deadline=D(2015, 9, 9), second_deadline=D(2015, 4, 30)
    ),
    "call_amounts_not_negative": lambda: f.make_call(budget=Decimal("-1")),
    "call_published_before_opening": lambda: f.make_call(
        published_on=D(2023, 12, 20), opens=D(2023, 12, 1)
    ),
    "project_slug_unique": lambda: _twice(f.make_project, slug="same"),
    "project_dates_in_order": lambda: f.make_project(
        start_date=D(2019, 1, 1), end_date=D(2018, 1, 1)
    ),
    "project_amounts_not_negative": lambda: f.make_project(budget_total=Decimal("-10")),
    "project_eu_share_within_budget": lambda: f.make_project(
        budget_total=Decimal("100"), eu_contribution=Decimal("200")
    ),
    "participation_unique_cluster": lambda: _twice(
        f.make_participation, project=f.make_project(), cluster=f.make_cluster()
    ),
    "participation_one_coordinator": lambda: [
        f.make_participation(project=project, role=Role.COORDINATOR)
        for project in [f.make_project()] * 2
    ],
    "participation_cluster_or_organisation": lambda: Participation.objects.create(
        project=f.make_project(), organisation="Kaunas University of Technology"
    ),
    "report_slug_unique": lambda: _twice(_report, slug="same"),
    "report_year_range": lambda: _report(slug="r", year=3000),
}


def _report(**fields):
    from programmes.models import Report

    return Report.objects.create(title="Progress report", **fields)


@pytest.mark.parametrize("name", sorted(VIOLATIONS))
def test_constraint_bites(name):
    with pytest.raises(IntegrityError), transaction.atomic():
        VIOLATIONS[name]()


def test_every_named_constraint_has_a_test():
    from django.apps import apps

    names = {
        constraint.name
        for app in ("clusters", "alliance", "programmes")
        for model in apps.get_app_config(app).get_models()
        for constraint in model._meta.constraints
    }
    assert names == set(VIOLATIONS)


def test_participation_accepts_an_organisation_with_country():
    participation = Participation.objects.create(
        project=f.make_project(),
        organisation="Kaunas University of Technology",
        organisation_country="LT",
    )
    assert participation.country.code == "LT"
    assert participation.participant_name == "Kaunas University of Technology"


def test_clean_gives_readable_errors():
    """What the database refuses, the forms refuse first with a message on the field."""
    event = f.make_event()
    event.start_date, event.end_date = D(2020, 5, 2), D(2020, 5, 1)
    with pytest.raises(ValidationError) as caught:
        event.full_clean()
    assert "end_date" in caught.value.message_dict

    project = f.make_project()
    project.budget_total, project.eu_contribution = Decimal(100), Decimal(200)
    with pytest.raises(ValidationError) as caught:
        project.full_clean()
    assert "eu_contribution" in caught.value.message_dict

    cluster = f.make_cluster()
    cluster.founded_year = 3000
    with pytest.raises(ValidationError) as caught:
        cluster.full_clean()
    assert "founded_year" in caught.value.message_dict

    cluster.founded_year = None
    cluster.merged_into = f.make_cluster()
    with pytest.raises(ValidationError) as caught:
        cluster.full_clean()
    assert "life_status" in caught.value.message_dict
    cluster.life_status = LifeStatus.MERGED
    cluster.merged_into = cluster
    with pytest.raises(ValidationError) as caught:
        cluster.full_clean()
    assert "merged_into" in caught.value.message_dict
    cluster.merged_into = None

    label = Label(
        cluster=cluster, level=LabelLevel.GOLD, awarded_year=2020, valid_until=D(2019, 1, 1)
    )
    with pytest.raises(ValidationError) as caught:
        label.full_clean()
    assert "valid_until" in caught.value.message_dict

    association = f.make_association(founded_year=2020)
    association.eca_member, association.eca_member_since = True, 2019
    with pytest.raises(ValidationError) as caught:
        association.full_clean()
    assert "eca_member_since" in caught.value.message_dict


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"min_partners": 3, "min_countries": 4}, "min_countries"),
        ({"min_countries": 3, "min_regions": 2}, "min_regions"),
        ({"min_regions": 3, "min_less_developed_regions": 4}, "min_less_developed_regions"),
        ({"eligible_area": "listed"}, "eligible_countries"),
    ],
)
def test_action_rule_clean_names_the_field(fields, field):
    action = f.make_action()
    for name, value in fields.items():
        setattr(action, name, value)
    with pytest.raises(ValidationError) as caught:
        action.full_clean()
    assert field in caught.value.message_dict


def test_a_rule_a_consortium_can_meet_is_accepted():
    action = f.make_action(
        min_partners=5,
        min_countries=3,
        min_regions=5,
        min_less_developed_regions=2,
        eligible_area="listed",
        eligible_countries=["LT", "LV", "PL"],
        generation="2021-2027",
    )
    action.full_clean()
    assert action.is_current
    assert [country.code for country in action.eligible_countries] == ["LT", "LV", "PL"]


def test_call_clean_refuses_opening_before_publication():
    call = f.make_call()
    call.published_on, call.opens = D(2023, 12, 20), D(2023, 12, 1)
    with pytest.raises(ValidationError) as caught:
        call.full_clean()
    assert "opens" in caught.value.message_dict


def test_call_status_is_derived_from_dates():
    from programmes.models import Call, CallStatus

    today = datetime.date.today()
    closed = f.make_call(deadline=D(2019, 4, 4))
    open_call = f.make_call(
        opens=today - datetime.timedelta(days=5), deadline=today + datetime.timedelta(days=30)
    )
    upcoming = f.make_call(
        opens=today + datetime.timedelta(days=10), deadline=today + datetime.timedelta(days=60)
    )
    two_stage = f.make_call(
        deadline=today - datetime.timedelta(days=1),
        second_deadline=today + datetime.timedelta(days=40),
    )
    undated_old = f.make_call(year=2014)
    assert closed.status == CallStatus.CLOSED
    assert open_call.status == CallStatus.OPEN
    assert upcoming.status == CallStatus.UPCOMING
    assert two_stage.status == CallStatus.OPEN
    assert undated_old.status == CallStatus.CLOSED
    assert set(Call.objects.open()) == {open_call, two_stage}
    assert set(Call.objects.upcoming()) == {upcoming}
    assert set(Call.objects.closed()) == {closed, undated_old}


def test_published_hides_drafts():
    from clusters.models import Cluster
    from core.content import PublicationStatus

    shown = f.make_cluster()
    f.make_cluster(status=PublicationStatus.DRAFT)
    f.make_cluster(status=PublicationStatus.REVIEW)
    assert list(Cluster.objects.published()) == [shown]
