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
