"""Each entity's events by date (``entity_events``): the same answers as gathering every report
of every cluster, kept in step by triggers on every write path, filled when a store upgrades."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import replace

import pytest

from blocwatch import pipeline
from blocwatch.config import Options
from blocwatch.kb import KnowledgeBase
from blocwatch.records import RawDocument
from blocwatch.store import EVENT_DATES_SCHEMA, SCHEMA_VERSION, Store

from .webserver import copy_store


def definition(db: sqlite3.Connection) -> dict[str, list[tuple[str, str]]]:
    """Per entity, (date or "", cluster id) of its distinct events in order, computed in
    Python from every report: a cluster's date is its head report's (the first day-precise
    one by id, else the first by id), its participants those of all its reports."""
    reports: dict[str, list[tuple[bool, str, str | None]]] = defaultdict(list)
    for cid, eid, date, precision in db.execute(
            "SELECT c.cluster_id, e.id, e.date, e.date_precision FROM event_clusters c "
            "JOIN events e ON e.id = c.event_id"):
        reports[cid].append((precision != "day", eid, date))
    parts: dict[str, set[str]] = defaultdict(set)
    for cid, entity in db.execute("SELECT c.cluster_id, p.entity_id FROM event_clusters c "
                                  "JOIN event_participants p ON p.event_id = c.event_id"):
        parts[entity].add(cid)
    return {entity: sorted((min(reports[c])[2] or "", c) for c in clusters)
            for entity, clusters in parts.items()}


def stored(db: sqlite3.Connection) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for entity, cid, date in db.execute("SELECT entity_id, cluster_id, date FROM entity_events "
                                        "ORDER BY entity_id, date, cluster_id"):
        out[entity].append((date or "", cid))
    return dict(out)


def ingest(path: str, docs: list[RawDocument]) -> pipeline.IngestReport:
    store = Store(path)
    try:
        return pipeline.ingest(docs, store, replace(Options(), db=path))
    finally:
        store.close()


@pytest.fixture(scope="module", params=["demo", "news"])
def real_db(request, demo_db):
    """The demo store, and (when ../shared is there) the seed articles with 30 Wikinews ones."""
    if request.param == "demo":
        return demo_db
    return request.getfixturevalue("one_process_db")


def test_entity_events_hold_every_entitys_events_by_head_date(real_db):
    db = sqlite3.connect(real_db)
    expected = definition(db)
    assert expected and stored(db) == expected
    db.close()


def test_show_and_timeline_through_the_index_match_the_full_scan(real_db):
    with KnowledgeBase(real_db) as fast, KnowledgeBase(real_db) as scan:
        scan._event_dates = False  # the path for stores without the table: every report read
        busiest = [r[0] for r in fast.db.execute(
            "SELECT entity_id FROM entity_events GROUP BY entity_id ORDER BY COUNT(*) DESC, "
            "entity_id LIMIT 6")]
        assert len(busiest) >= 3
        for entity in busiest:
            for limit in (None, 1, 3):
                a, b = fast.show(entity, limit=limit), scan.show(entity, limit=limit)
                assert a.events == b.events and a.totals == b.totals
                assert fast.timeline(entity, limit=limit) == scan.timeline(entity, limit=limit)
            for other in busiest:
                assert fast.timeline(entity, other, limit=2) == scan.timeline(entity, other,
                                                                             limit=2)
                assert fast.timeline(entity, other) == scan.timeline(entity, other)


def test_entity_events_follow_replacement_merges_relabels_redating_and_deletion(tmp_path,
                                                                                demo_db):
    path = copy_store(demo_db, tmp_path / "w.db")

    def check() -> None:
        db = sqlite3.connect(path)
        assert stored(db) == definition(db)
        db.close()

    sources = pipeline.demo_sources()
    changed = replace(sources[0], text=sources[0].text.replace("Tuesday", "Wednesday", 1)
                      + "\nThe CSTO Secretary General met the OSCE Secretary General in Minsk on "
                        "Monday to discuss border security.")
    assert ingest(path, [changed]).replaced == 1
    check()
    store = Store(path)
    with store.transaction() as db:  # a report moved to another cluster by REPLACE
        report, cluster = db.execute(
            "SELECT event_id, cluster_id FROM event_clusters c WHERE (SELECT COUNT(*) FROM "
            "event_clusters o WHERE o.cluster_id = c.cluster_id) = 1 AND event_id IN (SELECT "
            "event_id FROM event_participants) ORDER BY event_id LIMIT 1").fetchone()
        other = db.execute("SELECT cluster_id FROM event_clusters WHERE cluster_id != ? ORDER BY "
                           "cluster_id DESC LIMIT 1", (cluster,)).fetchone()[0]
        db.execute("INSERT OR REPLACE INTO event_clusters(event_id, cluster_id) VALUES (?, ?)",
                   (report, other))
    check()
    with store.transaction() as db:
        keep, drop = [r[0] for r in db.execute(
            "SELECT entity_id FROM event_participants GROUP BY entity_id ORDER BY COUNT(*) DESC, "
            "entity_id LIMIT 2")]
        store.merge_entities(keep, drop, "test merge")
    check()
    with store.transaction() as db:
        db.execute("UPDATE events SET date_precision='day', date='1999-01-01' WHERE id=(SELECT "
                   "id FROM events ORDER BY id DESC LIMIT 1)")
        db.execute("UPDATE events SET date=NULL, date_precision=NULL WHERE id=(SELECT id FROM "
                   "events ORDER BY id LIMIT 1)")
    check()
    with store.transaction() as db:  # two clusters become one, as a later ingest may join them
        first, second = [r[0] for r in db.execute(
            "SELECT DISTINCT cluster_id FROM event_clusters ORDER BY cluster_id LIMIT 2")]
        db.execute("UPDATE event_clusters SET cluster_id=? WHERE cluster_id=?", (first, second))
    check()
    with store.transaction() as db:
        doc = db.execute("SELECT id FROM documents ORDER BY id LIMIT 1").fetchone()[0]
        store._delete_document(doc)
    check()
    with store.transaction() as db:  # foreign-key cascades alone
        db.execute("DELETE FROM evidence")
        db.execute("DELETE FROM merges")
        doc = db.execute("SELECT id FROM documents ORDER BY id LIMIT 1").fetchone()[0]
        db.execute("DELETE FROM documents WHERE id=?", (doc,))
    check()
    store.close()


def test_entity_events_are_filled_when_a_schema_4_store_upgrades(tmp_path, demo_db):
    path = copy_store(demo_db, tmp_path / "v4.db")
    db = sqlite3.connect(path)
    expected = stored(db)
    for name in [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='trigger' "
                                          "AND name LIKE 'entity_events%'")]:
        db.execute(f"DROP TRIGGER {name}")
    db.execute("DROP TABLE entity_events")
    db.execute("UPDATE meta SET value='4' WHERE key='schema_version'")
    db.commit()
    db.close()
    with KnowledgeBase(path) as old:  # read-only before the upgrade: the full scan answers
        assert not old._event_dates
        before = old.show("CSTO", limit=5)
    Store(path).close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] \
        == str(SCHEMA_VERSION)
    assert stored(db) == expected == definition(db)
    triggers = db.execute("SELECT COUNT(*) FROM sqlite_master WHERE type='trigger' AND "
                          "name LIKE 'entity_events%'").fetchone()[0]
    assert triggers == sum(s.startswith("CREATE TRIGGER") for s in EVENT_DATES_SCHEMA)
    db.close()
    with KnowledgeBase(path) as new:
        assert new._event_dates and new.show("CSTO", limit=5) == before
