"""The command line, through Typer's CliRunner, on a real store."""

import csv
import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from blocwatch.cli import app

from .conftest import REPO

runner = CliRunner()


def run(*args: str) -> str:
    # a wide terminal so that Rich tables do not wrap names across lines
    result = runner.invoke(app, list(args), catch_exceptions=False, env={"COLUMNS": "240"})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "cli.db")
    out = run("demo", "--db", path)
    assert "documents: 5 new" in out
    assert "Members of Collective Security Treaty Organization" in out
    return path


def test_cli_demo_twice_reports_everything_unchanged(db):
    out = run("demo", "--db", db)
    assert "0 new, 0 replaced, 5 unchanged" in out


def test_cli_members_json(db):
    data = json.loads(run("members", "CSTO", "--as-of", "2022-12-19", "--db", db, "--json"))
    assert sorted(m["country"]["name"] for m in data["members"]) == [
        "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"]
    assert all(m["claims"] for m in data["members"])


def test_cli_officials_table_and_json(db):
    out = run("officials", "OSCE", "--db", db)
    assert "Lamberto Zannier" in out and "Thomas Greminger" in out
    data = json.loads(run("officials", "CSTO", "--db", db, "--json"))
    assert [t["person"]["name"] for t in data if t["role"] == "Secretary General"] == [
        "Nikolai Bordyuzha", "Yuri Khachaturov", "Stanislav Zas"]


def test_cli_sources_prints_the_sentence(db):
    data = json.loads(run("conflicts", "--db", db, "--json"))
    fact_id = data[0]["sides"][0][0]["id"]
    out = run("sources", fact_id, "--db", db)
    assert "six-member CSTO" in out


def test_cli_show_timeline_entities_events_documents(db):
    assert "Zaniera" in run("show", "Zannier", "--db", db)
    assert "CONSULT" in run("timeline", "Khachaturov", "Greminger", "--db", db)
    assert "Greming" in run("entities", "--kind", "person", "--db", db)
    assert "compatible" in run("entities", "--explain", "Greminger", "--db", db)
    assert json.loads(run("events", "--category", "CONSULT", "--db", db, "--json"))
    docs = json.loads(run("documents", "--db", db, "--json"))
    inferred = [d for d in docs if d["published_basis"] == "inferred"]
    assert inferred and all(d["published_candidates"] for d in inferred)


def test_cli_export_jsonl_follows_the_schema(db, tmp_path):
    out = tmp_path / "export.jsonl"
    run("export", "--format", "jsonl", "--out", str(out), "--db", db)
    schema = json.loads((REPO / "docs" / "export-schema.json").read_text())
    records = [json.loads(line) for line in out.read_text().splitlines()]
    kinds = {r["type"] for r in records}
    assert kinds == {"document", "entity", "fact", "event", "quote"}
    ids = {r["id"] for r in records}
    docs = {r["id"]: r["text"] for r in records if r["type"] == "document"}
    for r in records:
        jsonschema.validate(r, schema)
        for ev in r.get("evidence", []):
            assert docs[ev["document"]][ev["start"]:ev["end"]] == ev["text"]
        for ref in ("subject", "object", "location", "speaker"):
            assert r.get(ref) is None or r[ref] in ids
        for ref in r.get("actors", []) + r.get("targets", []):
            assert ref in ids


def test_cli_export_csv_writes_one_table_per_type(db, tmp_path):
    folder = tmp_path / "csv"
    run("export", "--format", "csv", "--out", str(folder), "--db", db)
    with (folder / "facts.csv").open(encoding="utf-8") as fh:
        facts = list(csv.DictReader(fh))
    assert facts and {"id", "predicate", "subject", "evidence"} <= set(facts[0])
    assert json.loads(facts[0]["evidence"])[0]["text"]
    assert sorted(p.name for p in folder.iterdir()) == [
        "documents.csv", "entities.csv", "events.csv", "facts.csv", "quotes.csv"]


def test_cli_errors_are_one_clear_line(db, tmp_path):
    result = runner.invoke(app, ["members", "Warsaw Pact", "--db", db])
    assert result.exit_code == 1 and "[B503]" in result.stderr
    result = runner.invoke(app, ["members", "CSTO", "--as-of", "yesterday", "--db", db])
    assert result.exit_code == 1 and "YYYY-MM-DD" in result.stderr
    result = runner.invoke(app, ["officials", "CSTO", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "blocwatch demo" in result.stderr
    result = runner.invoke(app, ["export", "--format", "xml", "--db", db])
    assert result.exit_code == 1 and "jsonl, csv, plover or cameo-tsv" in result.stderr


def test_cli_db_from_environment(db, monkeypatch):
    monkeypatch.setenv("BLOCWATCH_DB", db)
    assert "Stanislav Zas" in run("officials", "CSTO")


def test_cli_ingest_reports_unreadable_inputs_and_goes_on(tmp_path):
    good = tmp_path / "story.txt"
    good.write_text("MOSCOW, June 14, 2005 - CSTO Secretary General Nikolai Bordyuzha met "
                    "Armenian President Robert Kocharyan in Yerevan on Tuesday, officials said.")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    path = str(tmp_path / "i.db")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", path, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["new"] == 1
    assert [f["source"] for f in report["failed"]] == [str(binary)]
    errors = json.loads(run("errors", "--db", path, "--json"))
    assert errors[0]["source_path"] == str(binary)


def test_cli_ingest_without_paths_is_an_error(tmp_path):
    result = runner.invoke(app, ["ingest", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1 and "--demo" in result.stderr


def test_cli_help_lists_every_command():
    out = run("--help")
    for cmd in ("ingest", "demo", "members", "officials", "timeline", "show", "sources",
                "conflicts", "entities", "events", "documents", "errors", "export", "eval"):
        assert cmd in out
    assert Path(REPO / "README.md").exists()


# --- PLOVER events and event-data exports -------------------------------------------------------
def test_cli_events_by_category_and_actor_code_json(db):
    data = json.loads(run("events", "--category", "agree", "--db", db, "--json"))
    assert data and all(e["category"] == "AGREE" and e["quad"] == 1 for e in data)
    assert all(e["coded"] for e in data)
    igo = json.loads(run("events", "--actor", "IGO", "--db", db, "--json"))
    assert igo and all(any(c["code"] == "IGO" for c in e["coded"]) for e in igo)
    consult = json.loads(run("events", "--category", "CONSULT", "--from", "2017", "--to", "2017",
                             "--db", db, "--json"))
    assert consult and all(e["date"].startswith("2017") for e in consult)
    table = run("events", "--quad", "1", "--db", db)
    assert "[IGO]" in table


def test_cli_events_table_shows_each_event_s_confidence(db):
    """Two decimals of the stored score; a dash for a meeting, which no model scores."""
    events = json.loads(run("events", "--db", db, "--json"))
    assert any(e["confidence"] is None for e in events)
    assert any(e["confidence"] is not None for e in events)
    table = run("events", "--db", db)
    header = next(line for line in table.splitlines() if "date" in line and "category" in line)
    assert [c.strip() for c in header.split("┃")[1:-1]] == [
        "date", "category", "who", "where", "topics", "reports", "confidence", "id"]
    first_lines = {}  # each row's first line holds its id and its confidence
    for line in table.splitlines():
        cells = [c.strip() for c in line.split("│")[1:-1]]
        if len(cells) == 8 and cells[7].startswith("event:"):
            first_lines[cells[7]] = cells[6]
    assert first_lines == {e["id"]: "–" if e["confidence"] is None else f"{e['confidence']:.2f}"
                           for e in events}


def test_cli_events_page_with_limit_and_offset(db):
    every = json.loads(run("events", "--db", db, "--json"))
    page = json.loads(run("events", "--limit", "3", "--offset", "2", "--db", db, "--json"))
    assert len(every) > 5 and [e["id"] for e in page] == [e["id"] for e in every[2:5]]
    assert json.loads(run("events", "--limit", "0", "--db", db, "--json")) == every
    result = runner.invoke(app, ["events", "--limit", "-1", "--db", db])
    assert result.exit_code == 1 and "B554" in result.stderr


def test_cli_events_rejects_an_unknown_category(db):
    result = runner.invoke(app, ["events", "--category", "FIGHT", "--db", db])
    assert result.exit_code == 1 and "B550" in result.stderr and "ASSAULT" in result.stderr


def test_cli_export_plover_has_plover_fields_and_provenance(db, tmp_path):
    path = tmp_path / "events.jsonl"
    run("export", "--format", "plover", "--out", str(path), "--db", db)
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    assert rows
    for r in rows:
        assert {"id", "date", "event", "mode", "context", "source", "target", "event_text",
                "text", "cameo", "quad", "document", "evidence"} <= set(r)
        assert all({"text", "code", "sector"} <= set(a) for a in r["source"] + r["target"])
        assert r["evidence"] and r["evidence"][0]["text"] == r["text"]
    assert {r["event"] for r in rows} >= {"CONSULT", "AGREE"}


def test_cli_export_cameo_tsv_one_row_per_event(db):
    out = run("export", "--format", "cameo-tsv", "--db", db)
    rows = list(csv.reader(out.splitlines(), delimiter="\t"))
    assert rows[0] == ["date", "source", "target", "cameo", "quad", "document", "sentence"]
    events = json.loads(run("events", "--db", db, "--json"))
    assert len(rows) - 1 == len(events)
    assert all(len(r) == 7 and r[3].isdigit() and r[4] in "1234" for r in rows[1:])
    assert any("IGO" in r[1] for r in rows[1:])


def test_cli_eval_builds_a_store_from_inputs_and_scores_one_document():
    gold = REPO / "tests" / "fixtures" / "news_gold"
    stem = "wikinews-tosca-ID4107"
    data = json.loads(run("eval", str(gold), "--input", str(gold / f"{stem}.txt"),
                          "--only", stem, "--json"))
    assert data["documents"] == 1 and data["missing_documents"] == []
    # every fact claim of the document is counted under the rule that made it
    facts = data["facts_micro"]
    assert sum(v["tp"] + v["fp"] for k, v in data["patterns"].items()
               if not k.startswith("meeting ")) == facts["tp"] + facts["fp"]


def test_cli_eval_refuses_an_unknown_document_and_an_existing_store(db):
    gold = str(REPO / "tests" / "fixtures" / "news_gold")
    result = runner.invoke(app, ["eval", gold, "--db", db, "--only", "no-such-doc"])
    assert result.exit_code == 1 and "B522" in result.output
    result = runner.invoke(app, ["eval", gold, "--db", db, "--split", "middle"])
    assert result.exit_code == 1 and "B521" in result.output
    result = runner.invoke(app, ["eval", gold, "--db", db, "--input", gold])
    assert result.exit_code == 1 and "B523" in result.output
    result = runner.invoke(app, ["eval", gold, "--db", db, "--split", "held", "--misses"])
    assert result.exit_code == 1 and "B524" in result.output


def test_cli_eval_gives_the_held_half_figures_without_its_errors(tmp_path):
    """The held half is for figures only; the read half keeps its misses for study."""
    from blocwatch.evaluate import split_half
    gold = REPO / "tests" / "fixtures" / "news_gold"
    stems = sorted(p.stem for p in gold.glob("*.json"))
    held = split_half(stems, "held")
    read_stem = next(s for s in stems if s not in held)
    held_stem = next(s for s in stems if s in held)
    db = str(tmp_path / "pair.db")
    run("ingest", str(gold / f"{read_stem}.txt"), str(gold / f"{held_stem}.txt"), "--db", db)
    read = json.loads(run("eval", str(gold), "--db", db, "--split", "read", "--only", read_stem,
                          "--json"))
    hidden = json.loads(run("eval", str(gold), "--db", db, "--split", "held", "--only", held_stem,
                            "--json"))
    assert read["withheld"] is False and "positions" in read["misses"]
    assert hidden["withheld"] is True and hidden["misses"] == hidden["extras"] == {}
    assert hidden["documents"] == 1 and hidden["missing_documents"] == []
    assert sum(hidden["facts_micro"][k] for k in ("tp", "fp", "fn")) > 0


def test_eval_roles_match_by_content_words_in_any_order():
    from blocwatch.evaluate import role_key
    assert role_key("Board Chairman") == role_key("Chairman of the Board")
    assert role_key("Secretary-General") == role_key("secretary general")
    assert role_key("Minister of Foreign Affairs") == role_key("Foreign Minister")
    assert role_key("acting Minister of Defence") == role_key("Defense Minister")
    assert role_key("Deputy Foreign Minister") != role_key("Foreign Minister")
    assert role_key("Chairman of the Board") != role_key("Chairman")
