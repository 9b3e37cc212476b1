"""The templates' house rules and the small tags of core/templatetags/portal_ui.py."""

from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import translation

MAX_LINE = 120
# Templates copied from a third-party package, kept as upstream wrote them. None today.
VENDOR_OVERRIDES: set[str] = set()


def render(template: str, **context) -> str:
    """``template`` rendered in English (unless a test overrides the language)."""
    return Template("{% load portal_ui %}" + template).render(Context(context))


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def test_no_template_line_is_longer_than_120_characters():
    root = Path(settings.BASE_DIR) / "templates"
    too_long = [
        f"{path.relative_to(root)}:{number} ({len(line)} characters)"
        for path in sorted(root.rglob("*.html"))
        if str(path.relative_to(root)) not in VENDOR_OVERRIDES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > MAX_LINE
    ]
    assert too_long == []


def test_every_list_page_extends_the_list_page_skeleton():
    root = Path(settings.BASE_DIR) / "templates"
    list_pages = sorted(root.glob("*/*_list.html"))
    assert len(list_pages) >= 6
    for path in list_pages:
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        assert first_line == '{% extends "_list_page.html" %}', path.name


def test_search_results_have_one_partial_per_kind():
    from core import search

    root = Path(settings.BASE_DIR) / "templates" / "search"
    kinds = {path.stem.removeprefix("_") for path in root.glob("_*.html")}
    assert kinds == {"clusters", "sectors", "associations", "projects", "programmes", "events"}
    assert set(search.kinds()) == kinds


class TestExternalLink:
    def test_links_to_the_url_with_nofollow_noopener(self):
        html = render("{% external_link url %}", url="https://example.org/a?b=1&c=2")
        assert html == (
            '<a href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener">'
            "https://example.org/a?b=1&amp;c=2</a>"
        )

    def test_shows_the_given_text_shortened(self):
        html = render(
            "{% external_link url text truncate=8 %}", url="https://e.org", text="A long title"
        )
        assert html == '<a href="https://e.org" rel="nofollow noopener">A long …</a>'

    def test_without_url_shows_the_text_plain_and_escaped(self):
        assert (
            render("{% external_link url name %}", url="", name="<b>C-1</b>")
            == "&lt;b&gt;C-1&lt;/b&gt;"
        )
        assert render("{% external_link url %}", url=None) == ""

    def test_cite_wraps_the_title(self):
        html = render(
            "{% external_link url title cite=True %}", url="https://e.org", title="Report"
        )
        assert html == '<a href="https://e.org" rel="nofollow noopener"><cite>Report</cite></a>'
        assert (
            render("{% external_link url title cite=True %}", url="", title="Report")
            == "<cite>Report</cite>"
        )


class TestSourceLink:
    def test_a_url_is_a_nofollow_link(self):
        html = render("{% source_link source truncate=12 %}", source="https://stat.gov.lt/x")
        assert html == '<a href="https://stat.gov.lt/x" rel="nofollow noopener">https://sta…</a>'

    def test_a_reference_is_plain_text(self):
        html = render("{% source_link source %}", source="Annual report 2019, p. 4 <draft>")
        assert html == "Annual report 2019, p. 4 &lt;draft&gt;"

    def test_no_source_shows_the_default(self):
        assert render('{% source_link source default="—" %}', source="") == "—"
        assert render("{% source_link source %}", source=None) == ""

    def test_a_translated_link_text(self):
        with translation.override("lt"):
            html = render('{% source_link source _("Source") %}', source="http://e.org")
        assert html == '<a href="http://e.org" rel="nofollow noopener">Šaltinis</a>'

    def test_a_word_starting_with_http_is_not_a_url(self):
        assert render("{% source_link source %}", source="httpd manual") == "httpd manual"


class TestDemoBadge:
    def test_a_demo_record_gets_the_badge_after_a_space(self):
        html = render("Name{% demo_badge item %}", item=SimpleNamespace(is_demo=True))
        assert html == 'Name <span class="badge badge-demo">demo</span>'

    def test_a_cached_row_is_read_by_key(self):
        assert render("{% demo_badge row %}", row={"is_demo": True, "name": "X"}) == (
            ' <span class="badge badge-demo">demo</span>'
        )
        assert render("{% demo_badge row %}", row={"name": "X"}) == ""

    def test_the_badge_is_translated(self):
        with translation.override("lt"):
            html = render("{% demo_badge item %}", item=SimpleNamespace(is_demo=True))
        assert html == ' <span class="badge badge-demo">demonstracinis</span>'

    @pytest.mark.parametrize("item", [SimpleNamespace(is_demo=False), None, "text"])
    def test_a_real_record_has_no_badge(self, item):
        assert render("{% demo_badge item %}", item=item) == ""


class TestAcronymSuffix:
    def test_adds_the_acronym_in_brackets(self):
        assert (
            render("{% acronym_suffix name acronym %}", name="Horizon 2020", acronym="H2020")
            == " (H2020)"
        )

    @pytest.mark.parametrize("acronym", ["", None, "COSME"])
    def test_nothing_when_empty_or_already_in_the_name(self, acronym):
        assert (
            render("{% acronym_suffix name acronym %}", name="COSME programme", acronym=acronym)
            == ""
        )

    def test_an_acronym_in_the_name_in_another_case_is_not_repeated(self):
        html = render("{% acronym_suffix name acronym %}", name="Food (EEFOOD)", acronym="EEfood")
        assert html == ""

    def test_in_a_span_of_a_class(self):
        html = render(
            '{% acronym_suffix name acronym css_class="acronym" %}', name="X", acronym="Y"
        )
        assert html == ' <span class="acronym">(Y)</span>'

    def test_escapes_the_acronym(self):
        assert (
            render("{% acronym_suffix name acronym %}", name="X", acronym="<A&B>")
            == " (&lt;A&amp;B&gt;)"
        )


def test_the_talk_is_cited_in_the_pages_language():
    from django.utils import translation

    from core.templatetags.portal_ui import TALK_REFERENCE

    with translation.override("lt"):
        html = render("{% source_link source %}", source=TALK_REFERENCE)
    assert html.startswith("Pranešimas „Lietuvos klasteriai Europos klasterių aljanse“")
    with translation.override("en"):
        assert render("{% source_link source %}", source=TALK_REFERENCE).startswith("Talk «")
