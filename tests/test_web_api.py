"""The HTTP API over a real `blocwatch serve` process and a store built from the seed corpus."""

from __future__ import annotations

import json

import httpx
import pytest

from .conftest import WEB_TOKEN

AUTH = {"Authorization": f"Bearer {WEB_TOKEN}"}

ARTICLE = (
    "MOSCOW, May 14, 2019 - CSTO Secretary General Valery Semerikov met OSCE Secretary General "
    "Thomas Greminger in Moscow on Tuesday. The two discussed terrorism and drug trafficking in "
    "Central Asia.\n\nSemerikov said the Collective Security Treaty Organization is ready to "
    "deepen cooperation with the OSCE on border security.\n\nGreminger thanked his host.")


@pytest.fixture(scope="module")
def api(web_server):  # type: ignore[no-untyped-def]
    with httpx.Client(base_url=web_server.url, timeout=120) as client:
        yield client


def test_api_health_reports_the_store(api):
    body = api.get("/api/health").json()
    assert body["status"] == "ok" and body["writes"] is True
    assert body["counts"]["documents"] >= 5


def test_api_search_finds_one_person_by_surname_with_highlights(api):
    body = api.get("/api/search", params={"q": "Greminger"}).json()
    people = [e for e in body["entities"] if e["kind"] == "person"]
    assert [p["id"] for p in people] == ["person:thomas-greminger"]
    hit = people[0]
    assert hit["highlights"]
    for start, end in hit["highlights"]:
        assert hit["snippet"][start:end].lower() == "greminger"
    assert body["documents"], "documents that name him are found too"
    scores = [d["score"] for d in body["documents"]]
    assert scores == sorted(scores, reverse=True)
    assert body["ranking"] == {"all_matches": True}  # a few documents: every match is ranked


@pytest.mark.parametrize("query", ['"AND (', "NEAR(x y", "csto OR", "-x*", "a'b\"c"])
def test_api_search_treats_query_syntax_as_words(api, query):
    response = api.get("/api/search", params={"q": query})
    assert response.status_code == 200, response.text


def test_api_search_finds_words_of_the_text_by_prefix(api):
    body = api.get("/api/search", params={"q": "six-memb"}).json()
    assert any("six-member" in d["snippet"].lower() for d in body["documents"])


def test_api_entities_and_profile_mirror_the_cli(api):
    entities = api.get("/api/entities", params={"kind": "organization"}).json()
    assert {e["kind"] for e in entities} == {"organization"}
    assert "org:csto" in {e["id"] for e in entities}
    profile = api.get("/api/entities/Greminger").json()
    assert profile["entity"]["id"] == "person:thomas-greminger"
    assert {"Thomas Greminger", "T.Greminger"} <= set(profile["entity"]["aliases"])
    assert any(f["predicate"] == "holds_position" for f in profile["facts"])


def test_api_entities_and_documents_page_through(api):
    whole = api.get("/api/entities").json()
    assert [e["id"] for e in whole] == [e["id"] for e in api.get("/api/entities").json()]
    pages = [api.get("/api/entities", params={"limit": 7, "offset": n}).json()
             for n in range(0, len(whole), 7)]
    assert [e for page in pages for e in page] == whole
    docs = api.get("/api/documents").json()
    assert api.get("/api/documents", params={"limit": 2, "offset": 1}).json() == docs[1:3]


def test_api_profile_and_timeline_take_a_limit(api):
    whole = api.get("/api/entities/CSTO").json()
    first = api.get("/api/entities/CSTO", params={"limit": 2}).json()
    assert first["facts"] == whole["facts"][:2] and first["totals"] == whole["totals"]
    assert whole["totals"]["facts"] == len(whole["facts"]) > 2
    items = api.get("/api/timeline", params={"entity": "CSTO"}).json()
    assert api.get("/api/timeline", params={"entity": "CSTO", "limit": 3}).json() == items[:3]
    events = api.get("/api/timeline", params={"entity": "CSTO", "category": "CONSULT"}).json()
    assert api.get("/api/timeline", params={"entity": "CSTO", "category": "CONSULT",
                                            "limit": 1}).json() == events[:1]


def test_api_members_as_of_two_dates(api):
    def members(day: str) -> set[str]:
        body = api.get("/api/members/CSTO", params={"as_of": day}).json()
        return {m["country"]["name"] for m in body["members"]}

    early, late = members("2012-10-25"), members("2022-12-19")
    assert "Uzbekistan" in early and "Uzbekistan" not in late
    assert {"Armenia", "Russia", "Belarus"} <= early & late


def test_api_officials_in_order_and_as_of(api):
    terms = api.get("/api/officials/CSTO").json()
    secretaries = [t["person"]["name"] for t in terms if t["role"] == "Secretary General"]
    assert secretaries[:3] == ["Nikolai Bordyuzha", "Yuri Khachaturov", "Stanislav Zas"]
    holding = api.get("/api/officials/CSTO", params={"as_of": "2017-11-02"}).json()
    assert "Yuri Khachaturov" in {t["person"]["name"] for t in holding}


def test_api_timeline_of_two_entities_with_filters(api):
    items = api.get("/api/timeline", params=[("entity", "CSTO"), ("entity", "OSCE")]).json()
    assert items and [i["date"] or "9999" for i in items] == sorted(i["date"] or "9999"
                                                                     for i in items)
    consult = api.get("/api/timeline", params=[("entity", "CSTO"), ("entity", "OSCE"),
                                               ("category", "CONSULT")]).json()
    assert consult and all(i["kind"] == "event" and i["category"] == "CONSULT" for i in consult)
    topic = api.get("/api/timeline", params=[("entity", "CSTO"), ("topic", "terrorism")]).json()
    assert topic and all("terrorism" in i["topics"] for i in topic)


def test_api_events_filtered_by_topic_and_dates(api):
    all_events = api.get("/api/events").json()
    later = api.get("/api/events", params={"from": "2017-01-01"}).json()
    assert 0 < len(later) < len(all_events)
    assert all(e["date"] >= "2017" for e in later)
    on_topic = api.get("/api/events", params={"topic": "terrorism"}).json()
    assert on_topic and all("terrorism" in e["topics"] for e in on_topic)


def test_api_events_page_through_by_date_and_take_actor_codes(api):
    all_events = api.get("/api/events").json()
    assert len(all_events) >= 4
    assert [(e["date"] or "", e["id"]) for e in all_events] == \
        sorted((e["date"] or "", e["id"]) for e in all_events)
    page = api.get("/api/events", params={"limit": 2, "offset": 1}).json()
    assert [e["id"] for e in page] == [e["id"] for e in all_events[1:3]]
    igo = api.get("/api/events", params={"actor": "IGO"}).json()
    assert igo and all(any(c["code"] == "IGO" for c in e["coded"]) for e in igo)
    bad = api.get("/api/events", params={"category": "PARTY"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "B601"
    assert "'AGREE'" in bad.json()["error"]["message"]  # the schema's enum, named


def test_api_conflicts_show_both_sides(api):
    conflicts = api.get("/api/conflicts").json()
    count = next(c for c in conflicts if c["kind"] == "member_count")
    assert len(count["sides"]) == 2 and all(count["sides"])


def test_api_document_spans_index_its_text(api):
    docs = api.get("/api/documents").json()
    assert len(docs) >= 5
    body = api.get(f"/api/documents/{docs[0]['id']}").json()
    text = body["document"]["text"]
    assert body["mentions"] and body["evidence"]
    for m in body["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    for e in body["evidence"]:
        assert e["summary"] and 0 <= e["start"] < e["end"] <= len(text)


def test_api_sources_of_a_fact_point_into_its_document(api):
    fact = api.get("/api/entities/CSTO").json()["facts"][0]
    src = api.get(f"/api/sources/{fact['id']}").json()
    assert src["kind"] == "fact" and src["evidence"]
    ev = src["evidence"][0]
    text = api.get(f"/api/documents/{ev['document']}").json()["document"]["text"]
    assert text[ev["start"]:ev["end"]] == ev["text"]


def test_api_export_streams_json_lines(api):
    response = api.get("/api/export")
    assert response.headers["content-type"].startswith("application/x-ndjson")
    records = [json.loads(line) for line in response.text.splitlines()]
    assert {"document", "entity", "fact", "event", "quote"} <= {r["type"] for r in records}


def test_api_openapi_lists_the_endpoints(api):
    paths = api.get("/api/openapi.json").json()["paths"]
    assert {"/api/search", "/api/members/{org}", "/api/documents", "/api/export"} <= set(paths)


def test_api_openapi_documents_every_error_with_the_one_shape(api):
    schema = api.get("/api/openapi.json").json()
    error = {"$ref": "#/components/schemas/ErrorBody"}
    for path, operations in schema["paths"].items():
        for method, op in operations.items():
            statuses = {int(s) for s in op["responses"] if s[0] in "45"}
            assert {422, 500, 503} <= statuses, (method, path)
            for status in statuses:
                assert op["responses"][str(status)]["content"] == {
                    "application/json": {"schema": error}}, (method, path, status)
            for parameter in op.get("parameters", []):  # every integer bounded on both sides
                for part in parameter["schema"].get("anyOf", [parameter["schema"]]):
                    if part.get("type") == "integer":
                        assert "minimum" in part and part["maximum"] <= 1_000_000_000, parameter
    post = schema["paths"]["/api/documents"]["post"]
    assert {"200", "201", "401", "403", "413", "415"} <= set(post["responses"])
    assert set(post["requestBody"]["content"]) == {"application/json", "text/plain", "text/html"}
    assert post["security"] and schema["components"]["securitySchemes"]
    export = schema["paths"]["/api/export"]["get"]["responses"]["200"]
    assert set(export["content"]) == {"application/x-ndjson"}
    events = {p["name"]: p["schema"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert events["category"]["anyOf"][0]["enum"][:2] == ["AGREE", "CONSULT"]
    assert "pattern" in events["from"]["anyOf"][0]


@pytest.mark.parametrize("path", ["/api/health", "/api/documents", "/api/entities/CSTO", "/"])
def test_api_answers_options_and_head_and_names_allowed_methods_on_405(api, path):
    allowed = api.options(path)
    assert allowed.status_code == 204 and allowed.content == b""
    methods = allowed.headers["allow"].split(", ")
    assert {"GET", "HEAD", "OPTIONS"} <= set(methods)
    assert ("POST" in methods) == (path == "/api/documents")
    head, get = api.head(path), api.get(path)
    assert head.status_code == get.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    refused = api.request("PATCH", path)
    assert refused.status_code == 405 and refused.headers["allow"] == allowed.headers["allow"]


# --- one error shape ---------------------------------------------------------------------------
ERRORS = [
    ("GET", "/api/no-such-endpoint", {}, None, 404, "B604"),
    ("GET", "/api/entities/no-such-thing-anywhere", {}, None, 404, "B503"),
    ("GET", "/api/sources/fact:0000", {}, None, 404, "B506"),
    ("GET", "/api/documents/doc:0000", {}, None, 404, "B508"),
    ("GET", "/api/members/CSTO?as_of=yesterday", {}, None, 422, "B601"),
    ("GET", "/api/search?q=***", {}, None, 422, "B507"),
    ("GET", "/api/entities?offset=355&limit=163916896849878253568", {}, None, 422, "B601"),
    ("GET", "/api/entities/0?limit=3510182950306260168212480", {}, None, 422, "B601"),
    ("GET", "/api/events?category=", {}, None, 422, "B601"),
    ("GET", "/api/events?from=2023-02-29", {}, None, 422, "B601"),
    ("GET", "/api/members/CSTO?as_of=2022-13", {}, None, 422, "B601"),
    ("POST", "/api/documents", AUTH | {"Content-Type": "application/json"},
     b'{"text": "' + b"x" * 30 + b'", "tags": []}', 400, "B608"),
    ("POST", "/api/documents", AUTH | {"Content-Type": "text/plain"}, b"null", 400, "B608"),
    ("GET", "/api/search", {}, None, 422, "B601"),
    ("GET", "/api/search?q=csto&limit=0", {}, None, 422, "B601"),
    ("DELETE", "/api/documents", {}, None, 405, "B605"),
    ("POST", "/api/documents", {"Content-Type": "text/plain"}, b"text", 401, "B602"),
    ("POST", "/api/documents", {"Authorization": "Bearer wrong", "Content-Type": "text/plain"},
     b"text", 401, "B602"),
    ("POST", "/api/documents", AUTH | {"Content-Type": "application/xml"}, b"<a/>", 415, "B607"),
    ("POST", "/api/documents", AUTH | {"Content-Type": "application/json"}, b"{not json", 400,
     "B608"),
    ("POST", "/api/documents", AUTH | {"Content-Type": "application/json"}, b'{"text": ""}', 400,
     "B608"),
    ("POST", "/api/documents", AUTH | {"Content-Type": "text/plain"}, b"x" * 2_000_001, 413,
     "B606"),
    ("POST", "/api/documents", AUTH | {"Content-Type": "text/plain"}, b"\x00\x01\x02binary", 422,
     "B206"),
    ("POST", "/api/documents", AUTH | {"Content-Type": "application/json"},
     json.dumps({"text": ARTICLE + "\x00"}).encode(), 422, "B206"),
]


@pytest.mark.parametrize(("method", "path", "headers", "body", "status", "code"), ERRORS,
                         ids=[f"{e[4]}-{e[5]}-{e[1][:30]}" for e in ERRORS])
def test_api_errors_have_one_shape(api, method, path, headers, body, status, code):
    response = api.request(method, path, headers=headers, content=body)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    payload = response.json()
    assert set(payload) == {"error"} and set(payload["error"]) == {"code", "message"}
    assert payload["error"]["code"] == code and payload["error"]["message"]


def test_api_stores_nothing_of_a_binary_body(api):
    before = api.get("/api/health").json()["counts"]
    for body in (b"\x00", b"\x00\x01\x02binary", ARTICLE.encode() + b"\x00",
                 b"\x01\x02\x03\x04" * 10_000):
        response = api.post("/api/documents", headers=AUTH | {"Content-Type": "text/plain"},
                            content=body)
        assert response.status_code == 422 and response.json()["error"]["code"] == "B206"
    assert api.get("/api/health").json()["counts"] == before


def test_api_refuses_a_streamed_body_over_the_limit(api):
    def chunks():  # no Content-Length: the server counts what arrives
        for _ in range(30):
            yield b"y" * 100_000

    response = api.post("/api/documents", headers=AUTH | {"Content-Type": "text/plain"},
                        content=chunks())
    assert response.status_code == 413 and response.json()["error"]["code"] == "B606"


# --- writing -----------------------------------------------------------------------------------
def test_api_ingests_a_document_and_search_sees_it_at_once(api):
    posted = api.post("/api/documents", headers=AUTH, json={
        "text": ARTICLE, "title": "Semerikov meets Greminger", "source": "test-ingest-1"})
    assert posted.status_code == 201, posted.text
    body = posted.json()
    assert body["status"] == "new" and body["document"].startswith("doc:")
    assert any("Secretary General of CSTO" in f["summary"] for f in body["facts"])
    assert any(e["kind"] == "person" and e["name"] == "Valery Semerikov" for e in body["entities"])
    found = api.get("/api/search", params={"q": "Semerikov"}).json()
    assert body["document"] in {d["id"] for d in found["documents"]}
    assert "person:valery-semerikov" in {e["id"] for e in found["entities"]}
    again = api.post("/api/documents", headers=AUTH, json={
        "text": ARTICLE, "title": "Semerikov meets Greminger", "source": "test-ingest-1"})
    assert again.status_code == 200 and again.json()["status"] == "unchanged"


def test_api_replacing_a_document_replaces_its_search_entries(api):
    first = ARTICLE.replace("border security", "quantumfrobnication of borders")
    doc = api.post("/api/documents", headers=AUTH, json={"text": first, "source": "replace-me"})
    assert doc.status_code == 201, doc.text
    assert api.get("/api/search", params={"q": "quantumfrobnication"}).json()["documents"]
    second = ARTICLE.replace("border security", "hyperspatial customs")
    again = api.post("/api/documents", headers=AUTH, json={"text": second, "source": "replace-me"})
    assert again.json()["status"] == "replaced"
    assert not api.get("/api/search", params={"q": "quantumfrobnication"}).json()["documents"]
    hits = api.get("/api/search", params={"q": "hyperspatial"}).json()["documents"]
    assert [h["id"] for h in hits] == [doc.json()["document"]]


def test_api_ingests_raw_html_bodies(api):
    html = (f"<html><head><title>Talks in Moscow</title></head><body><article><p>"
            f"{ARTICLE.replace(chr(10) * 2, '</p><p>')}</p></article></body></html>")
    html = html.replace("Tuesday", "Tuesday, the 14th")
    posted = api.post("/api/documents", headers=AUTH | {"Content-Type": "text/html"},
                      content=html.encode())
    assert posted.status_code in (200, 201), posted.text
    assert posted.json()["facts"]


def test_api_writes_are_disabled_without_a_token(demo_db, tmp_path):
    from .webserver import Server, copy_store

    server = Server(copy_store(demo_db, tmp_path / "ro.db"), tmp_path / "serve.log")
    try:
        response = httpx.post(f"{server.url}/api/documents", headers=AUTH, json={"text": ARTICLE})
        assert response.status_code == 403
        error = response.json()["error"]
        assert error["code"] == "B603" and "BLOCWATCH_TOKEN" in error["message"]
        assert httpx.get(f"{server.url}/api/health").json()["writes"] is False
    finally:
        server.stop()


def test_api_server_binds_to_localhost_by_default(web_server):
    from pathlib import Path

    table = Path("/proc/net/tcp")
    if not table.exists():
        pytest.skip("no /proc/net/tcp on this system to read listening addresses from")
    listening = set()
    for line in table.read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, port = local.split(":")
        if state == "0A" and int(port, 16) == web_server.port:  # 0A: LISTEN
            listening.add(address)
    assert listening == {"0100007F"}, "listens on 127.0.0.1 only"


def test_serve_refuses_a_file_that_is_not_a_store(tmp_path):
    from typer.testing import CliRunner

    from blocwatch.cli import app

    bad = tmp_path / "notes.db"
    bad.write_text("not sqlite at all")
    result = CliRunner().invoke(app, ["serve", "--db", str(bad), "--port", "1"])
    assert result.exit_code == 1
    assert "B404" in result.output and "blocwatch store" in " ".join(result.output.split())


def test_api_reads_are_stopped_at_the_time_limit(demo_db):
    import sqlite3
    from dataclasses import replace
    from types import SimpleNamespace

    from blocwatch.config import Options
    from blocwatch.web import database_error, read_kb

    options = replace(Options(), db=demo_db, query_timeout_ms=1)
    request = SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(options=options)))
    reader = read_kb(request)  # type: ignore[arg-type]
    kb = next(reader)
    try:
        with pytest.raises(sqlite3.OperationalError) as stopped:
            kb.db.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                          "WHERE i < 100000000) SELECT COUNT(*) FROM n").fetchone()
    finally:
        reader.close()
    error = database_error(stopped.value, options)
    assert (error.status, error.code) == (503, "B609") and "1 ms" in error.message
