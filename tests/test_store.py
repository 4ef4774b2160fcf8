"""The SQLite store: idempotent ingest, replacement of changed documents, provenance integrity."""

import sqlite3
from dataclasses import replace

import pytest

from blocwatch import pipeline
from blocwatch.config import Options
from blocwatch.errors import StoreError
from blocwatch.records import RawDocument
from blocwatch.store import SCHEMA_VERSION, Store

from .conftest import REPO

TABLES = ("documents", "entities", "aliases", "mentions", "claims", "events",
          "event_participants", "quotes", "evidence", "merges", "person_keys")


def dump(path: str) -> dict[str, list[tuple]]:
    db = sqlite3.connect(path)
    out = {}
    for t in TABLES:
        cols = [c[1] for c in db.execute(f"PRAGMA table_info({t})") if c[1] != "ingested_at"]
        out[t] = sorted(db.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall(), key=repr)
    db.close()
    return out


def ingest(path: str, docs) -> pipeline.IngestReport:
    store = Store(path)
    try:
        return pipeline.ingest(docs, store, replace(Options(), db=path))
    finally:
        store.close()


def test_store_every_evidence_offset_slices_its_text(demo_db):
    db = sqlite3.connect(demo_db)
    rows = db.execute("SELECT d.text, v.start, v.end, v.text FROM evidence v JOIN documents d "
                      "ON d.id = v.document_id").fetchall()
    assert len(rows) > 50
    for text, start, end, evidence in rows:
        assert text[start:end] == evidence
    mentions = db.execute("SELECT d.text, m.start, m.end, m.text FROM mentions m JOIN documents d "
                          "ON d.id = m.document_id").fetchall()
    assert all(text[s:e] == t for text, s, e, t in mentions)


def test_store_every_fact_event_and_quote_has_evidence(demo_db):
    db = sqlite3.connect(demo_db)
    for table in ("claims", "events", "quotes"):
        orphans = db.execute(f"SELECT COUNT(*) FROM {table} WHERE id NOT IN "
                             f"(SELECT owner_id FROM evidence)").fetchone()[0]
        assert orphans == 0, table
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_store_second_ingest_changes_nothing(tmp_path):
    path = str(tmp_path / "s.db")
    first = ingest(path, pipeline.demo_sources())
    assert first.new == 5
    before = dump(path)
    again = ingest(path, pipeline.demo_sources())
    assert (again.new, again.unchanged, again.replaced) == (0, 5, 0)
    assert dump(path) == before


def test_store_replaces_a_changed_document_in_one_go(tmp_path):
    path = str(tmp_path / "s.db")
    v1 = RawDocument("a.txt", "/x/a.txt", "MOSCOW, June 14, 2005 - CSTO Secretary General Nikolai "
                     "Bordyuzha met Armenian President Robert Kocharyan in Yerevan on Tuesday.",
                     "text/plain")
    ingest(path, [v1])
    v2 = replace(v1, text="MOSCOW, June 14, 2005 - CSTO Secretary General Nikolai Bordyuzha "
                          "met Kazakh President Nursultan Nazarbayev in Astana on Tuesday.")
    report = ingest(path, [v2])
    assert report.replaced == 1
    db = sqlite3.connect(path)
    names = {r[0] for r in db.execute("SELECT name FROM entities")}
    assert "Nursultan Nazarbayev" in names
    assert "Robert Kocharyan" not in names  # its only document changed: no orphan left
    assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1


def test_store_reports_a_failing_document_and_keeps_the_rest(tmp_path):
    path = str(tmp_path / "s.db")
    good = pipeline.demo_sources()[:1]
    empty = RawDocument("menu.txt", "/x/menu.txt", "Home\nWorld\nSport\n", "text/plain")
    report = ingest(path, [empty, *good])
    assert report.new == 1 and len(report.failed) == 1
    source, code, reason = report.failed[0]
    assert source == "menu.txt" and code == "B221" and "no article text" in reason
    assert "B221" not in reason  # the code is kept beside the reason, not repeated in it
    db = sqlite3.connect(path)
    assert db.execute("SELECT COUNT(*) FROM failures").fetchone()[0] == 1


def test_store_refuses_a_file_that_is_not_a_store(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("this is not sqlite")
    with pytest.raises(StoreError) as err:
        Store(str(bad))
    assert "not a blocwatch store" in str(err.value)


def test_store_read_only_open_needs_an_existing_store(tmp_path):
    with pytest.raises(StoreError) as err:
        Store(str(tmp_path / "missing.db"), readonly=True)
    assert "blocwatch demo" in str(err.value)


def test_store_upgrades_a_first_release_store_and_keeps_its_rows(tmp_path):
    path = str(tmp_path / "v1.db")
    old = sqlite3.connect(path)
    old.executescript((REPO / "tests" / "fixtures" / "schemas" / "v1.sql").read_text())
    old.execute("INSERT INTO entities(id, kind, name) VALUES ('org:csto', 'organization', 'CSTO')")
    old.commit()
    old.close()
    Store(path).close()
    db = sqlite3.connect(path)
    version = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    assert version == (str(SCHEMA_VERSION),)
    assert db.execute("SELECT name FROM entities").fetchall() == [("CSTO",)]
    columns = {c[1] for c in db.execute("PRAGMA table_info(events)")}
    assert {"quad", "mode", "context", "actors"} <= columns
    db.close()
    report = ingest(path, pipeline.demo_sources()[:1])
    assert report.new == 1 and report.failed == []


def test_store_refuses_a_store_from_a_newer_blocwatch(tmp_path):
    path = str(tmp_path / "new.db")
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    db.commit()
    db.close()
    with pytest.raises(StoreError) as err:
        Store(path)
    assert err.value.code == "B403"
