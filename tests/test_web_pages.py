"""Web pages over a real server: every page renders, errors are pages, article text is inert."""

from __future__ import annotations

import re

import httpx
import pytest

from .conftest import WEB_TOKEN

HTML = {"Accept": "text/html"}

HOSTILE = (
    "MOSCOW, March 3, 2021 - CSTO Secretary General Stanislav Zas met OSCE Secretary General "
    "Helga Schmid in Moscow on Wednesday. <script>document.title='owned'</script> They spoke "
    "about Afghanistan.\n\nZas said the CSTO was ready to work with the OSCE "
    "<a href=\"javascript:alert(1)\">click here</a> and <img src=x onerror=alert(2)> on "
    "border security.\n\n<iframe src=\"javascript:alert(3)\"></iframe>Schmid thanked him.")


@pytest.fixture(scope="module")
def site(web_server):  # type: ignore[no-untyped-def]
    with httpx.Client(base_url=web_server.url, timeout=120, headers=HTML) as client:
        yield client


def test_pages_render_with_a_strict_security_policy(site):
    doc = site.get("/api/documents").json()[0]["id"]
    fact = site.get("/api/entities/CSTO").json()["facts"][0]["id"]
    for path in ["/", "/?q=Greminger", "/entities/org:csto", "/entities/Greminger",
                 f"/documents/{doc}", f"/documents/{doc}?focus={fact}", "/documents",
                 f"/sources/{fact}", "/timeline", "/timeline?entity=CSTO&entity=OSCE",
                 "/timeline?entity=CSTO&category=CONSULT&topic=terrorism", "/events",
                 "/events?category=CONSULT&from=2017", "/conflicts", "/graph/org:csto", "/api",
                 "/static/vendor/water.min.css", "/static/site.css"]:
        response = site.get(path)
        assert response.status_code == 200, (path, response.text[:300])
        policy = response.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script" not in policy
        if path.startswith("/static"):
            continue
        assert "<script" not in response.text.lower()
        assert not re.search(r"(src|href)=[\"']?(https?:)?//", response.text), "no external assets"


def test_pages_show_errors_as_pages_with_the_code(site):
    missing = site.get("/entities/no-such-thing-anywhere")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]
    assert "B503" in missing.text
    assert site.get("/no/such/page").status_code == 404
    bad = site.get("/timeline?entity=CSTO&entity=nobody-at-all")
    assert bad.status_code == 200 and "nothing named" in bad.text


def test_pages_search_shows_one_person_and_highlights(site):
    page = site.get("/?q=Greminger").text
    hits = re.findall(r'<li><a href="(/entities/[^"]+)">', page.split("<h2>Documents</h2>")[0])
    assert hits == ["/entities/person:thomas-greminger"]
    assert "<mark>Greminger</mark>" in page


def test_pages_organization_chart_has_a_cell_per_state_and_year(site):
    page = site.get("/entities/org:csto").text
    cells = re.findall(r'data-year="(\d{4})" data-country="([^"]+)" data-status="[^"]*" '
                       r'data-member="(yes|no)"', page)
    members = {(y, c) for y, c, m in cells if m == "yes"}
    assert ("2012", "Uzbekistan") in members and ("2022", "Uzbekistan") not in members
    assert ("2022", "Russia") in members
    assert 'class="term"' in page, "office holders are drawn as bars"


def test_pages_document_links_mentions_and_marks_the_focused_evidence(site):
    src = site.get("/api/sources/" + site.get("/api/entities/CSTO").json()["facts"][0]["id"]).json()
    ev = src["evidence"][0]
    page = site.get(f"/documents/{ev['document']}", params={"focus": src["id"]}).text
    focused = re.findall(r'<mark class="evidence focus"[^>]*>(.*?)</mark>', page, re.S)
    text = re.sub(r"<[^>]+>", "", "".join(focused))
    assert " ".join(ev["text"].split()) in " ".join(text.split())
    assert 'class="mention k-organization" href="/entities/org:csto"' in page


def test_pages_render_hostile_article_text_inert(site):
    posted = httpx.post(f"{site.base_url}/api/documents", json={
        "text": HOSTILE, "title": "Talks <script>alert('title')</script>",
        "url": "javascript:alert('url')", "source": "hostile-1"},
        headers={"Authorization": f"Bearer {WEB_TOKEN}"}, timeout=120)
    assert posted.status_code == 201, posted.text
    doc = posted.json()["document"]
    pages = [site.get(f"/documents/{doc}").text, site.get("/?q=document.title").text,
             site.get("/documents").text]
    pages += [site.get(f"/sources/{f['id']}").text for f in posted.json()["facts"]]
    for page in pages:
        lowered = page.lower()
        assert "<script" not in lowered and "<iframe" not in lowered and "<img" not in lowered
        assert not re.search(r"(href|src|action)\s*=\s*[\"']?\s*javascript:", lowered)
        assert not re.search(r"<[a-z][^>]*\son\w+\s*=", lowered), "no event handler attributes"
    assert "&lt;script&gt;document.title=" in pages[0], "the text is shown, escaped"
    assert "&lt;a href=&#34;javascript:alert(1)&#34;&gt;" in pages[0]


# --- events: confidence shown and filtered ------------------------------------------------------
EVENT_ROW = re.compile(r'<tr><td>[^<]*</td><td><a href="/sources/([^"]+)">.*?</a></td><td>\d+</td>'
                       r'<td class="confidence">([^<]*)</td></tr>', re.S)


def shown(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def test_pages_events_show_each_event_s_confidence_and_keep_meetings_under_a_minimum(site):
    every = site.get("/api/events").json()
    rows = EVENT_ROW.findall(site.get("/events").text)
    assert rows == [(e["id"], shown(e["confidence"])) for e in every]
    scores = sorted(e["confidence"] for e in every if e["confidence"] is not None)
    assert len(set(scores)) > 1 and any(e["confidence"] is None for e in every)
    floor = str(scores[len(scores) // 2])  # some scored events fall under it, some not
    page = site.get("/events", params={"min_confidence": floor})
    assert page.status_code == 200
    kept = site.get("/api/events", params={"min_confidence": floor}).json()
    assert [i for i, _ in EVENT_ROW.findall(page.text)] == [e["id"] for e in kept] == [
        e["id"] for e in every if e["confidence"] is None or e["confidence"] >= float(floor)]
    assert len(kept) < len(every)
    assert f'name="min_confidence" min="0" max="1" step="any" value="{floor}"' in page.text
    blank = site.get("/events", params={"min_confidence": ""})  # an empty field: no filter
    assert [i for i, _ in EVENT_ROW.findall(blank.text)] == [e["id"] for e in every]


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high", "nan"])
def test_pages_events_answer_a_min_confidence_outside_0_1_with_the_form_and_a_message(site, value):
    """The form comes back (status 200, the value still in its field) with the store's message,
    rather than the API's 422 or an error page."""
    page = site.get("/events", params={"min_confidence": value})
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert re.search(r'<p class="error">min confidence must be (a number )?between 0 and 1, not '
                     r'[^<]+</p>', page.text)
    assert f'value="{value}"' in page.text
    assert "Traceback" not in page.text and not EVENT_ROW.search(page.text)


def test_pages_sources_of_a_scored_event_say_its_confidence_and_of_a_meeting_none(site):
    every = site.get("/api/events").json()
    scored = next(e for e in every if e["confidence"] is not None)
    meeting = next(e for e in every if e["confidence"] is None)
    page = site.get(f"/sources/{scored['id']}").text
    assert (f"confidence {scored['confidence']:.2f} (the estimated chance that a reader finds "
            f"the category and source right)") in page
    assert "estimated chance" not in site.get(f"/sources/{meeting['id']}").text


GERMAN = ("Der Außenminister hat am Montag in Berlin seinen polnischen Amtskollegen getroffen. "
          "Die beiden Minister sprachen über die Sicherheit in Europa und die Zusammenarbeit der "
          "Nachbarländer. Sie wollen sich im nächsten Jahr wieder in Warschau treffen, teilte "
          "das Ministerium mit.")


def test_pages_say_a_document_in_another_language_was_not_analysed(site):
    posted = httpx.post(f"{site.base_url}/api/documents", json={
        "text": GERMAN, "title": "Außenminister trifft Amtskollegen", "source": "german-1"},
        headers={"Authorization": f"Bearer {WEB_TOKEN}"}, timeout=120)
    assert posted.status_code == 201, posted.text
    doc = posted.json()["document"]
    assert posted.json()["facts"] == [] and posted.json()["events"] == []
    assert "Not analysed" in site.get(f"/documents/{doc}").text
    listed = site.get("/documents").text
    row = next(r for r in listed.split("<tr>") if f"/documents/{doc}" in r)
    assert "(not analysed: not English)" in row
    english = site.get("/api/documents").json()
    assert next(d for d in english if d["id"] == doc)["language"] == "und"
    other = next(d["id"] for d in english if d["language"] == "en")
    assert "Not analysed" not in site.get(f"/documents/{other}").text
