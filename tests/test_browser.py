"""The pages in a real browser: Playwright driving Debian's chromium (no download).

Screenshots go to $KG_SCREENSHOTS (default: pytest's tmp folder) for a human look.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.server]

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.skip(f"chromium not found at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="nl-NL",
                                  base_url=live_server)
    p = context.new_page()
    # No request may leave the server: every asset is local
    outside = []
    p.on("request", lambda req: None if req.url.startswith(live_server) else outside.append(req.url))
    yield p
    context.close()
    assert not outside, f"requests outside the server: {outside}"


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    d = Path(os.environ.get("KG_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def test_run_a_canned_query(page, shots):
    page.goto("/query")
    page.click("a.canned-q[data-name='07-militias']")
    page.wait_for_selector("#result-table tbody tr", timeout=20000)
    cells = page.locator("#result-table tbody td").all_inner_texts()
    assert any("kataib-hezbollah" in c or "Kata" in c for c in cells)
    assert page.locator(".tok-kw").count() > 3            # the editor highlights SPARQL
    link = page.locator("#result-table a[href='/id/org/kataib-hezbollah']")
    assert link.count() >= 1                               # IRIs are clickable, mapped onto this server
    page.screenshot(path=str(shots / "query.png"), full_page=False)


def test_type_and_run_a_query(page):
    page.goto("/query")
    page.fill("#query", "SELECT ?d WHERE { ?d <https://w3id.org/kamerkg/def#cites> "
                        "<https://w3id.org/kamerkg/doc/kst-27925-960> }")
    page.click("#run")
    page.wait_for_selector("#result-table a[href='/doc/kst-27925-AL']", timeout=20000)


def test_follow_an_evidence_link_to_the_highlighted_quote(page, shots):
    page.goto("/id/org/kataib-hezbollah")
    page.screenshot(path=str(shots / "resource.png"), full_page=True)
    ev = page.locator("#mentions a.ev[href*='/doc/kst-27925-AL#char=']").first
    quote = ev.locator("q").inner_text()
    ev.click()
    page.wait_for_selector("mark.hl", timeout=20000)
    marked = "".join(page.locator("mark.hl").all_inner_texts())
    assert marked == quote
    assert page.evaluate("() => { const r = document.querySelector('mark.hl').getBoundingClientRect();"
                         " return r.top >= 0 && r.bottom <= window.innerHeight; }")
    page.screenshot(path=str(shots / "document-highlight.png"), full_page=False)


def test_timeline_and_citation_graph(page, shots):
    page.goto("/timeline")
    assert page.locator("svg.timeline circle").count() > 0
    page.screenshot(path=str(shots / "timeline.png"), full_page=False)
    page.goto("/citations")
    page.wait_for_selector("svg.citegraph circle", timeout=20000)
    page.wait_for_timeout(1500)
    assert page.locator("svg.citegraph line").count() > 0
    page.screenshot(path=str(shots / "citations.png"), full_page=False)


def test_switch_language(page):
    page.goto("/")
    page.click("header .lang a[hreflang='en']")
    assert page.locator("header nav").inner_text().startswith("Overview")
