"""End to end in a real headless browser (Debian's chromium driven by Playwright).

Skips with a message where no chromium is installed (`.ci/run` installs it).  The pages are
screenshotted into docs/screenshots/ for the README when a picture is missing, or always with
BLOCWATCH_SCREENSHOTS=1, so the tree does not churn on every run.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import httpx
import pytest

from .conftest import REPO, serve_copy

SHOTS = REPO / "docs" / "screenshots"


def chromium_path() -> str | None:
    for candidate in (os.environ.get("BLOCWATCH_CHROMIUM"), "/usr/bin/chromium",
                      shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    executable = chromium_path()
    if executable is None:
        pytest.skip("no chromium found (apt-get install chromium, or set BLOCWATCH_CHROMIUM); "
                    "browser tests skipped")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def server(demo_db, tmp_path_factory):  # type: ignore[no-untyped-def]
    """Its own copy of the demo store, untouched by the tests that post documents."""
    running = serve_copy(demo_db, tmp_path_factory.mktemp("browser"))
    yield running
    running.stop()


@pytest.fixture
def page(browser, server):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server.url)
    opened = context.new_page()
    yield opened
    context.close()


def shoot(page, name: str, full_page: bool = True) -> None:  # type: ignore[no-untyped-def]
    target = SHOTS / f"{name}.png"
    if target.exists() and os.environ.get("BLOCWATCH_SCREENSHOTS") != "1":
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target), full_page=full_page)


def test_browser_search_lands_on_one_person_with_his_variants(page):
    page.goto("/")
    page.fill("input[name=q]", "Greminger")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/?q=Greminger")
    people = page.locator("ul.entity-hits li a")
    assert people.all_inner_texts() == ["Thomas Greminger"]
    shoot(page, "search")
    people.first.click()
    assert page.locator("h1").inner_text() == "Thomas Greminger"
    variants = set(page.locator("ul.variants li").all_inner_texts())
    assert {"Thomas Greminger", "T.Greminger", "Thomas Greming"} <= variants
    shoot(page, "person")


def test_browser_reads_csto_members_in_2012_and_2022_from_the_chart(page, server):
    page.goto("/?q=CSTO")
    page.locator("ul.entity-hits li a", has_text="Collective Security Treaty Organization").click()
    chart = page.locator("svg.members-chart")
    assert chart.is_visible()

    def members(year: int) -> set[str]:
        cells = chart.locator(f"rect[data-year='{year}'][data-member='yes']")
        return {c.get_attribute("data-country") for c in cells.all()}

    in_2012, in_2022 = members(2012), members(2022)
    assert "Uzbekistan" in in_2012 and "Uzbekistan" not in in_2022
    assert {"Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"} <= in_2022
    for year, seen in ((2012, in_2012), (2022, in_2022)):  # the chart says what the API says
        answer = httpx.get(f"{server.url}/api/members/CSTO", params={"as_of": str(year)}).json()
        assert seen == {m["country"]["name"] for m in answer["members"]}
    assert page.locator("svg.terms-chart rect.term").count() >= 3
    shoot(page, "organization")
    page.set_viewport_size({"width": 390, "height": 844})
    page.locator("#members").scroll_into_view_if_needed()
    shoot(page, "organization-phone", full_page=False)


def test_browser_follows_a_fact_to_its_highlighted_sentence(page):
    page.goto("/entities/person:thomas-greminger")
    page.locator("table.facts a.source").first.click()
    page.wait_for_url("**/sources/**")
    sentence = " ".join(page.locator("blockquote mark.evidence").first.inner_text().split())
    assert sentence
    shoot(page, "source")
    page.locator("a.in-document").first.click()
    page.wait_for_url("**/documents/**")
    focused = page.locator("#text mark.evidence.focus")
    assert focused.count() >= 1 and focused.first.is_visible()
    text = focused.evaluate_all("marks => marks.map(m => m.textContent).join('')")
    assert sentence in " ".join(text.split())
    background = focused.first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    shoot(page, "document", full_page=False)


def test_browser_timeline_conflicts_and_graph(page):
    page.goto("/timeline")
    inputs = page.locator("input[name=entity]")
    inputs.nth(0).fill("CSTO")
    inputs.nth(1).fill("OSCE")
    page.select_option("select[name=category]", "CONSULT")
    page.click("form.filters button")
    rows = page.locator("table.timeline tbody tr")
    assert rows.count() >= 1
    assert all(k.startswith("event") for k in page.locator("table.timeline td:nth-child(2)")
               .all_inner_texts())
    shoot(page, "timeline")
    page.goto("/conflicts")
    assert page.locator("section.conflict .side").count() >= 2
    shoot(page, "conflicts")
    page.goto("/graph/org:csto")
    assert page.locator("svg.graph circle.node").count() >= 5
    shoot(page, "graph")


def test_browser_events_filtered_by_min_confidence_keep_only_rows_at_or_above_it(page, server):
    page.goto("/events")
    cells = page.locator("table.events td.confidence")
    before = cells.all_inner_texts()
    scores = [float(c) for c in before if c != "–"]
    assert scores and len(set(scores)) > 1
    # a round floor (steps of 0.05) above the lowest score shown, so some rows go
    floor = next(k / 20 for k in range(21) if k / 20 > min(scores))
    page.fill("input[name=min_confidence]", f"{floor:.2f}")
    page.click("form.filters button")
    page.wait_for_url(f"**min_confidence={floor:.2f}*")
    after = cells.all_inner_texts()
    assert len(after) < len(before)
    assert all(c == "–" or float(c) >= floor for c in after)
    assert after.count("–") == before.count("–")  # meetings are not scored and stay
    answer = httpx.get(f"{server.url}/api/events", params={"min_confidence": floor}).json()
    assert len(after) == len(answer)
    assert page.input_value("input[name=min_confidence]") == f"{floor:.2f}"


# --- accessibility: axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on every kind of page -------
AXE = REPO / "src" / "blocwatch" / "static" / "vendor" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def page_of_each_type(url: str) -> list[str]:
    """One page of every type, found through the API (search, entity of each kind, document,
    events with and without a minimum confidence or a bad one, timeline, conflicts, sources of
    a fact, a meeting and a scored event, graph, and the lists and error page)."""
    api = httpx.Client(base_url=url, timeout=60)
    paths = ["/", "/?q=CSTO", "/?q=***", "/documents", "/events", "/timeline",
             "/timeline?entity=CSTO&entity=OSCE", "/conflicts", "/api", "/no/such/page"]
    for kind in ("person", "organization", "body", "country", "place"):
        (entity,) = api.get("/api/entities", params={"kind": kind, "limit": 1}).json()
        paths.append(f"/entities/{entity['id']}")
        paths.append(f"/graph/{entity['id']}")
    profile = api.get("/api/entities/CSTO").json()
    paths.append(f"/sources/{profile['facts'][0]['id']}")
    paths.append(f"/sources/{profile['events'][0]['id']}")
    scored = next(e for e in api.get("/api/events").json() if e["confidence"] is not None)
    paths += [f"/sources/{scored['id']}", "/events?min_confidence=0.7",
              "/events?min_confidence=high"]
    paths.append(f"/documents/{api.get('/api/documents').json()[0]['id']}")
    api.close()
    return paths


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_browser_every_page_passes_axe_wcag_a_and_aa(browser, server, scheme):
    # axe is injected by the test through the browser's own channel; the pages keep their CSP,
    # which allows no script at all
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server.url,
                                  color_scheme=scheme)
    context.add_init_script(path=str(AXE))
    opened = context.new_page()
    found, checked = {}, 0
    try:
        for path in page_of_each_type(server.url):
            response = opened.goto(path)
            assert "script-src" not in response.headers["content-security-policy"]
            result = opened.evaluate(
                "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG)
            checked += len(result["passes"])
            for rule in result["violations"]:
                found.setdefault(path, []).append(
                    f"{rule['id']} ({rule['impact']}): " + "; ".join(
                        f"{n['target']} {n['failureSummary']}" for n in rule["nodes"][:3]))
    finally:
        context.close()
    assert checked > 100  # axe ran and found rules to apply
    assert found == {}, "\n".join(f"{p}: {v}" for p, vs in found.items() for v in vs)
