"""Coded-event confidence: the fitted model, the option that sets its threshold, and what a
document keeps under it (real pipeline, real spaCy)."""

from __future__ import annotations

from pathlib import Path

import pytest

from blocwatch import confidence, pipeline
from blocwatch.config import Options, load_options
from blocwatch.errors import ConfigError
from blocwatch.plover import CODER
from blocwatch.records import RawDocument

TEXT = (
    "Police arrest opposition leaders in Cairo\n\n"
    "CAIRO, March 3, 2011 - Egyptian police arrested five opposition leaders in Cairo on "
    "Thursday, witnesses said.\n\n"
    "The arrests came a week after the government banned street protests.\n\n"
    "In 2005 the ruling party had proposed a new election law, and President Hosni Mubarak "
    "ordered the army to guard polling stations.\n\n"
    "Last year the interior minister offered talks to the opposition, which the Muslim "
    "Brotherhood accepted.\n")


def coded(options: Options) -> dict[str, float]:
    ex = pipeline.process(RawDocument("t.txt", "t", TEXT, "text/plain"), options)
    doc = ex.extras["parsed"]
    return {e.trigger: confidence.score(e, len(ex.document.text), ex.date.value,
                                        confidence.trigger_token(doc, e))
            for e in ex.events if e.extractor == CODER}


def test_the_model_names_its_features_and_was_measured_on_held_out_articles():
    m = confidence.model()
    names = set(confidence.features(_any_event(), 100, None))
    assert set(m["weights"]) == names
    assert 0 < m["threshold"] < 1 and m["smoothing"] > 0
    held = m["fitted_on"]["held_out"]
    kept, everything = held[str(m["threshold"])], held["0.0"]
    assert kept["precision"] > everything["precision"]  # what it keeps is more often right
    assert kept["precision_with_source"] > everything["precision_with_source"]
    assert set(m["fitted_on"]["offsets"].split(",")).isdisjoint(
        m["fitted_on"]["held_out_offsets"].split(","))


def _any_event():
    from blocwatch.records import Event, Evidence
    return Event(category="AGREE", cameo="030", actors=("a",), trigger="agreed",
                 evidence=(Evidence("d", 0, 10, "x", f"{CODER}:agree"),))


def test_an_event_readers_mostly_call_wrong_is_not_kept_and_the_option_keeps_it():
    everything = coded(Options(event_min_confidence=0.0))
    assert everything["arrested"] > 0.9  # a police arrest told in the lede
    assert everything["accepted"] < 0.65  # last year's acceptance, late in the text, no target,
    # in a relative clause
    packaged = load_options()
    kept = coded(packaged)
    assert "arrested" in kept and "accepted" not in kept
    assert all(score >= packaged.event_min_confidence for score in kept.values())


def test_the_packaged_default_and_the_environment_set_the_threshold(monkeypatch):
    assert load_options().event_min_confidence == confidence.model()["threshold"] == 0.65
    assert Options().event_min_confidence == 0.0  # bare options: every coded event
    monkeypatch.setenv("BLOCWATCH_EVENT_MIN_CONFIDENCE", "0")
    assert load_options().event_min_confidence == 0.0


@pytest.mark.parametrize("value", ["high", "1.5", "-0.1"])
def test_a_threshold_that_is_not_a_share_is_refused(monkeypatch, value):
    monkeypatch.setenv("BLOCWATCH_EVENT_MIN_CONFIDENCE", value)
    with pytest.raises(ConfigError, match="event_min_confidence"):
        load_options()


def test_the_lemma_read_from_an_extractor_name_drops_its_patterns():
    assert confidence.trigger_lemma(f"{CODER}:take~WHEN_OF_TIME") == "take"
    assert confidence.trigger_lemma(f"{CODER}:withdrawal#ANNOUNCED_WITHDRAWAL") == "withdrawal"
    assert confidence.trigger_lemma(f"{CODER}:deny@QUOTED") == "deny"


def test_the_trigger_token_and_its_clause_are_read_from_the_parse():
    ex = pipeline.process(RawDocument("t.txt", "t", TEXT, "text/plain"),
                          Options(event_min_confidence=0.0))
    doc = ex.extras["parsed"]
    found = {e.trigger: confidence.trigger_token(doc, e) for e in ex.events
             if e.extractor == CODER}
    arrested, accepted = found["arrested"], found["accepted"]
    assert arrested.text == "arrested" and accepted.text == "accepted"
    said = confidence.clause_features(arrested)  # "police arrested …, witnesses said"
    assert said["clause_ccomp"] == said["said"] == said["tag_VBD"] == 1.0
    assert confidence.clause_features(accepted)["clause_relcl"] == 1.0  # "which … accepted"
    assert not any(confidence.clause_features(None).values())


def test_a_meeting_the_coder_finds_is_not_scored():
    """A CONSULT of the sentence coder is a meeting, measured by the meeting golds as the
    meeting extractor's are: even the strictest threshold keeps it, and drops the rest."""
    text = ("African Union responds to Merkel\n\n"
            "ACCRA, December 9, 2007 - German Chancellor Angela Merkel criticised Zimbabwe on "
            "Saturday.\n\n"
            "The head of the African Union, Ghana's President John Kufuor, responded to Ms. "
            "Merkel's remarks by noting that South African President Thabo Mbeki is mediating "
            "talks between Zimbabwe's ruling party and the opposition in an effort to bring free "
            "and fair elections next year.\n")

    def categories(threshold: float) -> set[str]:
        ex = pipeline.process(RawDocument("t.txt", "t", text, "text/plain"),
                              Options(event_min_confidence=threshold))
        return {e.category for e in ex.events if e.extractor == CODER}

    assert categories(0.0) == {"ACCUSE", "CONSULT"}
    assert categories(1.0) == {"CONSULT"}


def test_the_store_and_the_export_carry_each_kept_event_s_confidence(tmp_path):
    """Each stored event of the sentence coder has its confidence (a table of its own, gone
    with its document); the export and the PLOVER records carry it; a meeting has none."""
    import sqlite3

    from blocwatch.export import plover_records, records
    from blocwatch.kb import KnowledgeBase
    from blocwatch.store import Store

    path = tmp_path / "s.db"
    packaged = load_options()
    store = Store(str(path))
    try:
        ex = pipeline.process(RawDocument("t.txt", "t", TEXT, "text/plain"), packaged)
        assert store.write(ex, "test").status != "failed"
    finally:
        store.close()
    kb = KnowledgeBase(str(path))
    try:
        events = [r for r in records(kb) if r["type"] == "event"]
        coded = {r["trigger"]: r["confidence"] for r in events if r["extractor"] == CODER}
        assert set(coded) == {"arrested"}  # "accepted" scored under the threshold
        assert packaged.event_min_confidence <= coded["arrested"] <= 1
        assert {r["event_text"]: r["confidence"] for r in plover_records(kb)
                if r["extractor"] == CODER} == coded
    finally:
        kb.close()
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT COUNT(*) FROM event_confidence").fetchone()[0] == 1
    finally:
        db.close()
    store = Store(str(path))  # the same source again, changed: its old events' rows go
    try:
        ex = pipeline.process(RawDocument("t.txt", "t", TEXT.replace("five", "six"),
                                          "text/plain"), packaged)
        assert store.write(ex, "test").status != "failed"
    finally:
        store.close()
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT COUNT(*) FROM event_confidence c LEFT JOIN events e ON "
                          "e.id = c.event_id WHERE e.id IS NULL").fetchone()[0] == 0
        assert db.execute("SELECT COUNT(*) FROM event_confidence").fetchone()[0] == 1
    finally:
        db.close()


def test_a_meeting_is_stored_without_a_confidence(tmp_path):
    from blocwatch.kb import KnowledgeBase
    from blocwatch.store import Store

    text = ("Ministers meet in Moscow\n\nMOSCOW, March 3, 2011 - Russian Foreign Minister Sergei "
            "Lavrov met Kazakh Foreign Minister Kanat Saudabayev in Moscow on Thursday.\n")
    path = tmp_path / "m.db"
    store = Store(str(path))
    try:
        ex = pipeline.process(RawDocument("m.txt", "m", text, "text/plain"), load_options())
        assert any(e.category == "CONSULT" for e in ex.events)
        assert all(e.confidence is None for e in ex.events if e.category == "CONSULT")
        store.write(ex, "test")
    finally:
        store.close()
    kb = KnowledgeBase(str(path))
    try:
        meetings = kb.events(category="CONSULT")
        assert meetings and all(m["confidence"] is None for m in meetings)
    finally:
        kb.close()


def test_events_filter_by_confidence_in_the_python_api_the_cli_and_http(tmp_path):
    """``min_confidence`` leaves out coded events scoring less; meetings (unscored) stay; a
    share outside 0-1 is refused (B555 in Python and the CLI, 422 over HTTP)."""
    import json as jsonlib

    import httpx
    from typer.testing import CliRunner

    from blocwatch.cli import app
    from blocwatch.errors import QueryError
    from blocwatch.kb import KnowledgeBase
    from blocwatch.store import Store

    from .webserver import Server

    path = tmp_path / "f.db"
    text = TEXT + ("\nIn Moscow, Russian Foreign Minister Sergei Lavrov met Kazakh Foreign "
                   "Minister Kanat Saudabayev on Thursday.\n")
    store = Store(str(path))
    try:
        store.write(pipeline.process(RawDocument("t.txt", "t", text, "text/plain"),
                                     Options(event_min_confidence=0.0)), "test")
    finally:
        store.close()
    kb = KnowledgeBase(str(path))
    try:
        every = kb.events()
        scores = {e["trigger"]: e["confidence"] for e in every}
        assert scores["arrested"] > 0.9 and scores["accepted"] < 0.65
        assert any(e["category"] == "CONSULT" and e["confidence"] is None for e in every)
        kept = {e["trigger"] for e in kb.events(min_confidence=0.65)}
        assert "arrested" in kept and "accepted" not in kept
        assert {e["trigger"] for e in every if e["confidence"] is None} <= kept
        with pytest.raises(QueryError) as err:
            kb.events(min_confidence=1.5)
        assert err.value.code == "B555"
    finally:
        kb.close()
    result = CliRunner().invoke(app, ["events", "--db", str(path), "--min-confidence", "0.65",
                                      "--json"])
    assert result.exit_code == 0, result.output
    assert {e["trigger"] for e in jsonlib.loads(result.output)} == kept
    server = Server(str(path), tmp_path / "serve.log")  # a real `blocwatch serve`
    try:
        answer = httpx.get(f"{server.url}/api/events", params={"min_confidence": 0.65},
                           timeout=60)
        assert {e["trigger"] for e in answer.json()} == kept
        assert httpx.get(f"{server.url}/api/events", params={"min_confidence": 2},
                         timeout=60).status_code == 422
    finally:
        server.stop()


# --- export --min-confidence ------------------------------------------------------------------
MEETING = ("\nIn Moscow, Russian Foreign Minister Sergei Lavrov met Kazakh Foreign Minister Kanat "
           "Saudabayev on Thursday.\n")


@pytest.fixture(scope="module")
def scored_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store with every coded event of TEXT kept and scored, and one meeting (unscored)."""
    from blocwatch.store import Store

    path = str(tmp_path_factory.mktemp("scored") / "s.db")
    store = Store(path)
    try:
        result = store.write(pipeline.process(RawDocument("t.txt", "t", TEXT + MEETING,
                                                          "text/plain"),
                                              Options(event_min_confidence=0.0)), "test")
        assert result.status != "failed"
    finally:
        store.close()
    return path


def _floor_and_kept(db: str) -> tuple[float, set[str], list[dict]]:
    """A minimum between the lowest and highest stored score, the ids of the events the query
    keeps at it, and every event unfiltered."""
    from blocwatch.kb import KnowledgeBase

    with KnowledgeBase(db) as kb:
        every = kb.events()
        scores = sorted(e["confidence"] for e in every if e["confidence"] is not None)
        floor = round((scores[0] + scores[-1]) / 2, 3)
        kept = {e["id"] for e in kb.events(min_confidence=floor)}
    assert scores[0] < floor < scores[-1]
    assert kept == {e["id"] for e in every
                    if e["confidence"] is None or e["confidence"] >= floor}
    assert 0 < len(kept) < len(every)  # some go, some stay
    meetings = {e["id"] for e in every if e["category"] == "CONSULT" and e["confidence"] is None}
    assert meetings and meetings <= kept  # the meeting is not scored and stays
    return floor, kept, every


def _export(db: str, fmt: str, out: Path, *extra: str) -> None:
    from typer.testing import CliRunner

    from blocwatch.cli import app

    result = CliRunner().invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", db,
                                      *extra])
    assert result.exit_code == 0, result.output


def test_export_min_confidence_keeps_the_events_the_query_keeps_in_every_format(scored_store,
                                                                                tmp_path):
    """``blocwatch export --min-confidence X`` writes exactly the events
    ``KnowledgeBase.events(min_confidence=X)`` gives, in every format; meetings stay and the
    other records (documents, entities, facts, quotes; the other CSV tables) are unchanged."""
    import csv
    import json as jsonlib

    floor, kept, every = _floor_and_kept(scored_store)
    extra = ("--min-confidence", str(floor))

    _export(scored_store, "jsonl", tmp_path / "all.jsonl")
    _export(scored_store, "jsonl", tmp_path / "kept.jsonl", *extra)
    whole = [jsonlib.loads(x) for x in (tmp_path / "all.jsonl").read_text("utf-8").splitlines()]
    part = [jsonlib.loads(x) for x in (tmp_path / "kept.jsonl").read_text("utf-8").splitlines()]
    assert {r["id"] for r in whole if r["type"] == "event"} == {e["id"] for e in every}
    assert {r["id"] for r in part if r["type"] == "event"} == kept
    assert [r for r in part if r["type"] != "event"] == [r for r in whole if r["type"] != "event"]
    assert [r for r in part if r["type"] == "event"] == [r for r in whole
                                                         if r["type"] == "event" and r["id"] in kept]

    _export(scored_store, "csv", tmp_path / "all")
    _export(scored_store, "csv", tmp_path / "kept", *extra)
    tables = sorted(p.name for p in (tmp_path / "all").iterdir())
    assert tables == sorted(p.name for p in (tmp_path / "kept").iterdir())
    for name in tables:
        if name != "events.csv":
            assert (tmp_path / "kept" / name).read_bytes() == (tmp_path / "all" / name).read_bytes()
    with (tmp_path / "kept" / "events.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["id"] for r in rows} == kept
    reports = {rep for r in rows for rep in r["reports"].split(" | ")}
    assert reports == {rep for r in part if r["type"] == "event" for rep in r["reports"]}

    _export(scored_store, "plover", tmp_path / "all.plover.jsonl")
    _export(scored_store, "plover", tmp_path / "kept.plover.jsonl", *extra)
    plover_all = [jsonlib.loads(x) for x in
                  (tmp_path / "all.plover.jsonl").read_text("utf-8").splitlines()]
    plover_kept = [jsonlib.loads(x) for x in
                   (tmp_path / "kept.plover.jsonl").read_text("utf-8").splitlines()]
    assert [r["id"] for r in plover_kept] == [r["id"] for r in plover_all if r["id"] in kept]
    assert {r["id"] for r in plover_kept} == kept
    assert all(r["confidence"] is None or r["confidence"] >= floor for r in plover_kept)

    _export(scored_store, "cameo-tsv", tmp_path / "all.tsv")
    _export(scored_store, "cameo-tsv", tmp_path / "kept.tsv", *extra)
    tsv_all = (tmp_path / "all.tsv").read_text("utf-8").splitlines()
    tsv_kept = (tmp_path / "kept.tsv").read_text("utf-8").splitlines()
    assert tsv_kept[0] == tsv_all[0]  # the header
    assert len(tsv_all) - 1 == len(plover_all)  # a row per event, in the PLOVER order
    assert tsv_kept[1:] == [row for rec, row in zip(plover_all, tsv_all[1:], strict=True)
                            if rec["id"] in kept]


@pytest.mark.parametrize("value", ["1.5", "-0.1"])
def test_export_refuses_a_min_confidence_outside_0_1_and_leaves_out_alone(scored_store, tmp_path,
                                                                         value):
    """A minimum that is not a share is the query's B555 and exit status 1, in every format;
    an existing --out file is left as it was and no CSV folder is made."""
    from typer.testing import CliRunner

    from blocwatch.cli import app

    runner = CliRunner()
    for fmt in ("jsonl", "plover", "cameo-tsv"):
        out = tmp_path / f"old.{fmt}"
        out.write_text("an earlier export\n", encoding="utf-8")
        result = runner.invoke(app, ["export", "--format", fmt, "--out", str(out),
                                     "--db", scored_store, "--min-confidence", value])
        assert result.exit_code == 1 and "[B555]" in result.stderr, (fmt, result.output)
        assert "between 0 and 1" in result.stderr
        assert out.read_text("utf-8") == "an earlier export\n"
        result = runner.invoke(app, ["export", "--format", fmt, "--db", scored_store,
                                     "--min-confidence", value])
        assert result.exit_code == 1 and "[B555]" in result.stderr and not result.stdout
    folder = tmp_path / "tables"
    result = runner.invoke(app, ["export", "--format", "csv", "--out", str(folder),
                                 "--db", scored_store, "--min-confidence", value])
    assert result.exit_code == 1 and "[B555]" in result.stderr
    assert not folder.exists()


def test_export_functions_check_the_minimum_before_writing(scored_store, tmp_path):
    """The Python writers refuse a bad minimum (B555) before they make a folder or a line."""
    import io

    from blocwatch import export
    from blocwatch.errors import QueryError
    from blocwatch.kb import KnowledgeBase

    with KnowledgeBase(scored_store) as kb:
        with pytest.raises(QueryError) as err:
            export.write_csv(kb, tmp_path / "t", min_confidence=2.0)
        assert err.value.code == "B555" and not (tmp_path / "t").exists()
        for write in (export.write_jsonl, export.write_plover, export.write_cameo_tsv):
            sink = io.StringIO()
            with pytest.raises(QueryError) as err:
                write(kb, sink, min_confidence=2.0)
            assert err.value.code == "B555" and sink.getvalue() == "", write.__name__


def test_api_export_filters_by_min_confidence(scored_store, tmp_path):
    """``GET /api/export?min_confidence=X`` keeps the events the query keeps and every other
    record; a value outside 0-1 is a 422 in the one error shape (a real `blocwatch serve`)."""
    import json as jsonlib

    import httpx

    from .webserver import Server

    floor, kept, every = _floor_and_kept(scored_store)
    server = Server(scored_store, tmp_path / "serve.log")
    try:
        whole = [jsonlib.loads(x) for x in
                 httpx.get(f"{server.url}/api/export", timeout=60).text.splitlines()]
        answer = httpx.get(f"{server.url}/api/export", params={"min_confidence": floor},
                           timeout=60)
        assert answer.status_code == 200
        part = [jsonlib.loads(x) for x in answer.text.splitlines()]
        assert {r["id"] for r in whole if r["type"] == "event"} == {e["id"] for e in every}
        assert {r["id"] for r in part if r["type"] == "event"} == kept
        assert [r for r in part if r["type"] != "event"] == [r for r in whole
                                                             if r["type"] != "event"]
        for bad in (2, -0.5, "high"):
            refused = httpx.get(f"{server.url}/api/export", params={"min_confidence": bad},
                                timeout=60)
            assert refused.status_code == 422 and refused.json()["error"]["code"] == "B601"
    finally:
        server.stop()
