"""Browser tests: Playwright driving Debian's Chromium against the live test server.

They are skipped on a machine without Chromium, except in CI (CI=true), where a missing
browser or axe-core is a failure: `.ci/run` installs both.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE = os.environ.get("AXE_CORE_JS", "var/ci/node_modules/axe-core/axe.min.js")
IN_CI = os.environ.get("CI", "").lower() == "true"

# Playwright's sync API runs an event loop in the test thread; the test thread only
# prepares data, so Django's async-safety guard does not apply here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _missing(path: str, what: str):
    if Path(path).exists():
        return
    if IN_CI:
        pytest.fail(f"{what} is missing at {path}; .ci/run should have installed it.")
    pytest.skip(f"{what} not installed at {path}")


@pytest.fixture(scope="session")
def browser():
    _missing(CHROMIUM, "Chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    # bypass_csp lets the test inject axe-core; the site's own pages never need it.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def axe_check():
    """Run axe-core on the page; fail on serious or critical violations."""
    _missing(AXE, "axe-core")

    def check(page):
        page.add_script_tag(path=AXE)
        result = page.evaluate("async () => await axe.run(document)")
        bad = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
        details = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in bad]
        assert not bad, f"axe-core violations on {page.url}: {details}"

    return check
