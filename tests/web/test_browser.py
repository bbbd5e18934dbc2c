"""The real pages in headless Chromium (Debian's package, driven by Playwright)."""

import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - the dev extra installs it
    sync_playwright = None

pytestmark = pytest.mark.skipif(CHROMIUM is None or sync_playwright is None,
                                reason="Chromium or Playwright is not installed (.ci/run installs both)")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def test_article_shows_highlighted_quotes_and_details(page, server):
    page.goto(f"{server}/?q=Orsk")
    page.click("ol.articles a.title")
    quoted = page.locator(".seg.quoted")
    assert quoted.count() > 0 and quoted.first.is_visible()
    page.locator(".seg.quoted", has_text="We cannot protect").first.click()
    details = page.locator("#details").inner_text()
    assert "Anya Korvel" in details and "rule" in details
    page.locator(".seg.event").first.click()
    assert "Event" in page.locator("#details").inner_text()
    assert page.locator("#sourcing-chart rect").count() >= 4


def test_a_filter_works(page, server):
    page.goto(server + "/")
    total = page.locator("ol.articles li").count()
    page.fill("input[name=q]", "Orsk")
    page.click("form.filters button")
    page.wait_for_url("**/?q=Orsk**")
    found = page.locator("ol.articles li").count()
    assert 1 <= found < total


def test_charts_render(page, server):
    page.goto(f"{server}/timeline?actor=Ukraine&by=week")
    page.wait_for_selector("#timeline-chart svg rect.bar")
    assert page.locator("#timeline-chart svg rect.bar").count() > 0
    page.goto(f"{server}/network")
    page.wait_for_selector("#network-chart svg circle")
    assert page.locator("#network-chart svg line").count() > 0


def test_hostile_article_runs_no_script(page, server):
    page.goto(f"{server}/?q=stays+closed")
    page.click("ol.articles a.title")
    page.wait_for_selector("#text")
    assert page.evaluate("window.pwned") is None
    assert page.dialogs == []
    assert "<script>window.pwned = 1</script>" in page.locator("#text").inner_text()
