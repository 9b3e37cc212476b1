"""The dataset review's findings about the associations stay fixed."""

import pytest
from django.core.management import call_command
from django.test import Client

from alliance.models import Association, FigureKind, FigureSourceKind

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def real_data(module_db):
    call_command("load_portal_data", verbosity=0)


def test_klasterlt_joined_the_alliance_once_it_existed(real_data):
    klasterlt = Association.objects.get(slug="klasterlt")
    assert klasterlt.eca_member_since >= klasterlt.founded_year
    # The talk's 54 counts Lithuania's clusters, not the network's members.
    talk = klasterlt.figures.filter(source_kind=FigureSourceKind.TALK)
    assert not talk.filter(kind=FigureKind.MEMBER_CLUSTERS).exists()
    assert "54" in klasterlt.description_en


def test_a_figure_a_source_does_not_confirm_is_not_marked_confirmed(real_data):
    talk = Association.objects.get(slug="fenaeic").figures.get(
        kind=FigureKind.MEMBER_CLUSTERS, source_kind=FigureSourceKind.TALK
    )
    assert not talk.verified


def test_figures_without_a_year_say_so(real_data):
    association = Association.objects.filter(figures__as_of_year__isnull=True).first()
    body = Client().get(f"/en{association.get_absolute_url()[3:]}").content.decode()
    assert "the source gives no year" in body


def test_association_titles_carry_their_acronym(real_data):
    body = Client().get("/en/associations/afpc/").content.decode()
    title = body.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "AFPC" in title


def test_the_alliance_page_says_what_the_talk_says_of_it(real_data):
    alliance = Association.objects.get(slug="european-clusters-alliance")
    assert "good practice" in alliance.description_en
    assert "Visegrád" in alliance.description_en
    assert "Višegrado" in alliance.description_lt
