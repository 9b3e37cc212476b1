"""An association editor's admin in a 1,280 px window, in Lithuanian: nothing to scroll
sideways, and the scripts' widgets (the many-to-many chooser, inlines) in Lithuanian."""

import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from alliance.models import AssociationFigure, Event, FigureKind, Membership
from clusters.models import Label, Sector
from core import access
from programmes.models import Action, Call, Participation, Programme, Project, Report
from tests import factories as f
from tests.helpers import admin_url

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct-horse-battery"
WIDTH = 1280
LISTS = [
    Label,
    Membership,
    AssociationFigure,
    Event,
    Sector,
    Programme,
    Action,
    Call,
    Project,
    Participation,
    Report,
]

FITS = """() => {
  const page = document.documentElement.scrollWidth <= window.innerWidth;
  const boxes = Array.from(document.querySelectorAll('.results, .tabular'));
  return page && boxes.every(box => box.scrollWidth <= box.clientWidth + 1);
}"""


@pytest.fixture
def association():
    """An association with many member clusters (long names, web addresses as sources)
    and a full figures table, kept by one editor."""
    access.ensure_groups()
    with translation.override("lt"):
        association = f.make_association(
            name="Lietuvos klasterių tinklas su ilgu pavadinimu", acronym="LKT"
        )
        sector = f.make_sector(name="Maisto pramonė ir gėrimų gamyba")
        for number in range(12):
            cluster = f.make_cluster(
                name=f"Lazerinių ir inžinerinių technologijų klasteris Nr. {number}",
                acronym=f"LITEK{number}",
                city="Vilnius",
                sectors=[sector],
            )
            f.make_label(cluster=cluster)
            f.make_membership(
                association=association,
                cluster=cluster,
                source=f"https://klasteriai.example.org/naujienos/2019/10/ilgas-adresas-{number}",
            )
        project = f.make_project(title="Klasterių bendradarbiavimo projektas", acronym="BSR-COOP")
        f.make_participation(project=project, cluster=cluster)
        f.make_event(title="Nacionalinis klasterių forumas", organiser=association)
        for kind in list(FigureKind)[:6]:
            f.make_figure(
                association=association,
                kind=kind,
                source="https://klasteriai.example.org/ataskaitos/2019/metine-ataskaita",
                note="Skaičius iš metinės ataskaitos",
            )
    editor = f.make_editor(association=association)
    editor.user.set_password(PASSWORD)
    editor.user.save()
    editor.user.groups.add(Group.objects.get(name=access.ASSOCIATION_EDITORS))
    return association, editor.user, cluster


@pytest.fixture
def lithuanian_page(browser):
    context = browser.new_context(viewport={"width": WIDTH, "height": 900}, locale="lt-LT")
    page = context.new_page()
    yield page
    context.close()


def test_editor_admin_fits_the_window_in_lithuanian(live_server, lithuanian_page, association):
    record, user, cluster = association
    page = lithuanian_page
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")

    pages = {
        "association form": f"/admin/alliance/association/{record.pk}/change/",
        "cluster list": "/admin/clusters/cluster/",
        "cluster form": f"/admin/clusters/cluster/{cluster.pk}/change/",
    }
    # Every other list the editor opens, their own records' and the reference data's.
    for model in LISTS:
        pages[f"{model._meta.model_name} list"] = admin_url(model, "changelist")
    for name, path in pages.items():
        page.goto(live_server.url + path)
        assert page.evaluate(FITS), f"the {name} scrolls sideways at {WIDTH} px"
        assert page.locator("html").get_attribute("lang") == "lt"

    # Drawn by the admin's scripts from their Lithuanian catalogue.
    page.goto(live_server.url + pages["cluster form"])
    chooser = page.locator(".selector")
    assert "Galima pasirinkti: sektoriai" in chooser.inner_text()
    assert "Pasirinkta: sektoriai" in chooser.inner_text()
    assert page.locator(".selector-chooseall").inner_text() == (
        "Pasirinkti visus įrašus (sektoriai)"
    )
    body = page.locator("body").inner_text()
    for english in ("Choose all", "Remove all", "Available", "Chosen", "Add another"):
        assert english not in body
    assert "ESCA ženklas: pridėti dar vieną" in body
