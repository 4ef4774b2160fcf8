"""Full-text search (SQLite FTS5): built on migration, kept in step with every write."""

from __future__ import annotations

import sqlite3

from blocwatch import explore
from blocwatch.kb import KnowledgeBase
from blocwatch.store import SCHEMA_VERSION, Store

from .conftest import REPO


def test_search_index_is_built_when_an_older_store_is_upgraded(tmp_path):
    path = str(tmp_path / "v1.db")
    old = sqlite3.connect(path)
    old.executescript((REPO / "tests" / "fixtures" / "schemas" / "v1.sql").read_text())
    old.execute("INSERT INTO entities(id, kind, name) VALUES ('org:csto', 'organization', "
                "'Collective Security Treaty Organization')")
    old.execute("INSERT INTO aliases(entity_id, alias, norm) VALUES ('org:csto', 'CSTO', 'csto')")
    old.commit()
    old.close()
    Store(path).close()
    with KnowledgeBase(path) as kb:
        assert kb.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] \
            == str(SCHEMA_VERSION)
        assert [e["id"] for e in explore.search(kb, "CSTO")["entities"]] == ["org:csto"]
        assert [e["id"] for e in explore.search(kb, "treaty")["entities"]] == ["org:csto"]


def test_search_follows_renames_aliases_and_deletions(tmp_path):
    path = str(tmp_path / "s.db")
    store = Store(path)
    with store.transaction() as db:
        db.execute("INSERT INTO entities(id, kind, name) VALUES ('person:a', 'person', 'Anna Ivanova')")
        db.execute("INSERT INTO aliases(entity_id, alias, norm) VALUES ('person:a', 'A. Ivanova', "
                   "'a ivanova')")
    kb = KnowledgeBase(path)
    assert explore.search(kb, "Ivanova")["entities"][0]["id"] == "person:a"
    with store.transaction() as db:
        db.execute("UPDATE entities SET name='Anna Petrova' WHERE id='person:a'")
        db.execute("INSERT INTO aliases(entity_id, alias, norm) VALUES ('person:a', 'Annushka', 'annushka')")
    assert explore.search(kb, "Petrova")["entities"] and explore.search(kb, "Annushka")["entities"]
    with store.transaction() as db:
        db.execute("DELETE FROM entities WHERE id='person:a'")
    assert explore.search(kb, "Petrova")["entities"] == []
    assert kb.db.execute("SELECT COUNT(*) FROM search_keys").fetchone()[0] == 0
    kb.close()
    store.close()


def test_search_of_the_demo_store_ranks_names_and_snippets(demo_db):
    with KnowledgeBase(demo_db) as kb:
        docs = kb.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        indexed = kb.db.execute("SELECT COUNT(*) FROM search_fts WHERE kind='document'").fetchone()[0]
        assert indexed == docs
        hits = explore.search(kb, "Zannier")
        assert hits["entities"][0]["name"] == "Lamberto Zannier"
        assert all(d["highlights"] for d in hits["documents"])


def test_search_puts_the_entity_a_name_means_first(demo_db):
    with KnowledgeBase(demo_db) as kb:
        hits = explore.search(kb, "CSTO")["entities"]
        assert hits[0]["id"] == "org:csto" and hits[0]["exact"]
        assert len(hits) > 1 and not any(h["exact"] for h in hits[1:])


def _by_bm25(kb: KnowledgeBase, expression: str, rowids: set[int] | None = None) -> list[str]:
    """Documents matching ``expression``, best first: BM25 over every match, in Python order."""
    rows = kb.db.execute("SELECT rowid, ref, bm25(search_fts, 0.0, 0.0, 8.0, 1.0) FROM search_fts "
                         "WHERE search_fts MATCH ?", (expression,)).fetchall()
    return [r[1] for r in sorted(rows, key=lambda r: (r[2], r[0]))
            if rowids is None or r[0] in rowids]


def test_search_ranks_every_matching_document_by_bm25(demo_db):
    with KnowledgeBase(demo_db) as kb:
        for word in ("security", "Secretary", "the"):
            hits = explore.search(kb, word, limit=3)
            assert hits["ranking"] == {"all_matches": True}
            expected = _by_bm25(kb, explore.match_expression(word))
            assert len(expected) > 3
            assert [d["id"] for d in hits["documents"]] == expected[:3]


def test_search_for_a_very_common_word_ranks_the_documents_added_last_and_says_so(demo_db):
    with KnowledgeBase(demo_db) as kb:
        expression = explore.match_expression("the")
        matching = sorted(r[0] for r in kb.db.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ?", (expression,)))
        assert len(matching) == 5
        hits = explore.search(kb, "the", limit=3, rank_at_most=2)
        assert hits["ranking"]["all_matches"] is False and hits["ranking"]["ranked"] == 2
        assert "added last" in hits["ranking"]["note"]
        assert [d["id"] for d in hits["documents"]] == _by_bm25(kb, expression, set(matching[-2:]))
        exactly = explore.search(kb, "the", limit=3, rank_at_most=5)  # as many as match: all
        assert exactly["ranking"] == {"all_matches": True}


def test_search_indexes_move_and_gain_prefixes_when_a_schema_5_store_upgrades(
        tmp_path, demo_db):
    from .webserver import copy_store

    path = copy_store(demo_db, tmp_path / "v5.db")
    with KnowledgeBase(path) as kb:
        before = explore.search(kb, "CSTO")
    db = sqlite3.connect(path)  # as schema 5 had it: entity names in search_fts, no own table
    for name in ("entity_added", "entity_renamed", "entity_removed", "alias_added",
                 "alias_removed"):
        db.execute(f"DROP TRIGGER search_{name}")
    db.execute("DROP TABLE search_entities")
    db.execute("INSERT INTO search_fts(rowid, kind, ref, title, body) SELECT k.n, 'entity', e.id, "
               "e.name, coalesce((SELECT group_concat(alias, ' ; ') FROM aliases a WHERE "
               "a.entity_id=e.id), '') FROM entities e JOIN search_keys k ON k.kind='entity' AND "
               "k.ref=e.id")
    db.execute("UPDATE meta SET value='5' WHERE key='schema_version'")
    db.commit()
    db.close()
    with KnowledgeBase(path) as old:  # read-only, not upgraded: the kind filter still answers
        assert not old.search_split
        legacy = explore.search(old, "CSTO")  # (BM25 counted entity rows as documents then)
        for kind in ("entities", "documents"):
            assert {h["id"] for h in legacy[kind]} == {h["id"] for h in before[kind]}
    Store(path).close()
    with KnowledgeBase(path) as kb:
        assert kb.search_split
        assert kb.db.execute("SELECT COUNT(*) FROM search_fts WHERE kind='entity'").fetchone()[0] == 0
        assert kb.db.execute("SELECT COUNT(*) FROM search_entities").fetchone()[0] == \
            kb.db.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
        assert explore.search(kb, "CSTO") == before
        sql = kb.db.execute("SELECT group_concat(sql) FROM sqlite_master WHERE name LIKE "
                            "'search%'").fetchone()[0]
        assert "prefix='1 2 3 4'" in sql and "search_fts_v6" not in sql
        assert sql.count("ON documents") == 3  # its triggers, on the rebuilt table


def test_search_takes_the_last_word_as_a_prefix_unless_something_follows_it(demo_db):
    assert explore.match_expression("six-memb") == '"six" "memb"*'
    assert explore.match_expression("the ") == '"the"'
    assert explore.match_expression("CSTO.") == '"CSTO"'
    with KnowledgeBase(demo_db) as kb:
        assert explore.search(kb, "Zanni")["entities"][0]["name"] == "Lamberto Zannier"
        assert explore.search(kb, "Zanni ")["entities"] == []
        assert explore.search(kb, "Zannier ")["entities"][0]["name"] == "Lamberto Zannier"


def _v8_store_from(demo_db: str, path: str) -> None:
    """A store as schema 8 (commit 521c357) wrote it: its schema, then the demo store's rows
    inserted table by table, so its triggers (an entity's search row rewritten per alias) fill
    the search indexes."""
    db = sqlite3.connect(path)
    db.executescript((REPO / "tests" / "fixtures" / "schemas" / "v8.sql").read_text())
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("ATTACH DATABASE ? AS demo", (demo_db,))
    for table in ("documents", "entities", "aliases", "person_keys", "mentions", "merges",
                  "claims", "events", "event_participants", "event_clusters", "quotes",
                  "evidence", "failures", "redate_watch"):
        db.execute(f"INSERT INTO main.{table} SELECT * FROM demo.{table}")  # noqa: S608
    db.commit()
    db.execute("DETACH DATABASE demo")
    db.close()


def _queries(kb: KnowledgeBase) -> list[str]:
    """Names, their words and prefixes, and words of the documents' titles."""
    out: set[str] = set()
    for name, in kb.db.execute("SELECT name FROM entities UNION SELECT alias FROM aliases "
                               "UNION SELECT title FROM documents WHERE title IS NOT NULL"):
        words = name.split()
        out.update([name, *words[:3], *(w[:3] for w in words[:3] if len(w) > 3)])
    return sorted(q for q in out if any(c.isalnum() for c in q))


def test_search_gives_the_same_answers_when_a_schema_8_store_upgrades(tmp_path, demo_db):
    path = str(tmp_path / "v8.db")
    _v8_store_from(demo_db, path)
    with KnowledgeBase(path) as kb:  # read-only: not upgraded
        assert kb.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] \
            == "8"
        queries = _queries(kb)
        before = {q: explore.search(kb, q) for q in queries}
        rows = kb.db.execute("SELECT rowid, * FROM search_entities ORDER BY rowid").fetchall()
    assert len(queries) > 100 and sum(bool(b["entities"]) for b in before.values()) > 100
    store = Store(path)
    with KnowledgeBase(path) as kb:
        assert kb.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] \
            == str(SCHEMA_VERSION)
        assert kb.db.execute("SELECT rowid, * FROM search_entities ORDER BY rowid").fetchall() \
            == rows
        assert {q: explore.search(kb, q) for q in queries} == before
        triggers = kb.db.execute("SELECT group_concat(sql) FROM sqlite_master WHERE "
                                 "type='trigger' AND tbl_name IN ('entities', 'aliases')"
                                 ).fetchone()[0]
        assert "UPDATE search_entities" not in triggers and "search_stale" in triggers
    # written after the upgrade: a new entity with aliases, a new alias, a rename, a deletion
    with store.transaction() as db:
        db.execute("INSERT INTO entities(id, kind, name) VALUES ('person:x', 'person', "
                   "'Xenia Oblonskaya')")
        db.executemany("INSERT INTO aliases(entity_id, alias, norm) VALUES ('person:x', ?, ?)",
                       [("X. Oblonskaya", "x oblonskaya"), ("Oblonskaya", "oblonskaya")])
        db.execute("INSERT INTO aliases(entity_id, alias, norm) VALUES ('org:csto', "
                   "'Tashkent Pact', 'tashkent pact')")
    with KnowledgeBase(path) as kb:
        assert [e["id"] for e in explore.search(kb, "Oblonsk")["entities"]] == ["person:x"]
        assert [e["id"] for e in explore.search(kb, "Tashkent Pact")["entities"]] == ["org:csto"]
        assert kb.db.execute("SELECT COUNT(*) FROM search_stale").fetchone()[0] == 0
        # every row as a rebuild from the stored names and aliases would write it
        assert [tuple(r) for r in kb.db.execute(
            "SELECT rowid, title, body FROM search_entities ORDER BY rowid")] == [
            tuple(r) for r in kb.db.execute(
                "SELECT k.n, e.name, coalesce((SELECT group_concat(alias, ' ; ') FROM aliases a "
                "WHERE a.entity_id=e.id), '') FROM entities e JOIN search_keys k ON "
                "k.kind='entity' AND k.ref=e.id ORDER BY k.n")]
    store.close()


def test_search_rows_of_a_failed_document_go_with_it(tmp_path):
    path = str(tmp_path / "s.db")
    store = Store(path)
    with store.transaction() as db:
        db.execute("INSERT INTO entities(id, kind, name) VALUES ('person:a', 'person', 'Anna Ivanova')")
        db.execute("SAVEPOINT document")
        db.execute("INSERT INTO aliases(entity_id, alias, norm) VALUES ('person:a', 'Annushka', "
                   "'annushka')")
        db.execute("INSERT INTO entities(id, kind, name) VALUES ('person:b', 'person', 'Boris')")
        db.execute("ROLLBACK TO document")
        db.execute("RELEASE document")
    with KnowledgeBase(path) as kb:
        assert explore.search(kb, "Ivanova")["entities"][0]["id"] == "person:a"
        assert explore.search(kb, "Annushka")["entities"] == []
        assert explore.search(kb, "Boris")["entities"] == []
    store.close()
