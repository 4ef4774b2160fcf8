"""Quality gates on ../shared/dev: pinned floors that fail when extraction gets worse.

The store is built from the seed articles and the development articles together, as a user
would ingest them, and scored with `blocwatch eval`'s own rules.
"""

from dataclasses import replace

import pytest

from blocwatch import pipeline
from blocwatch.config import Options
from blocwatch.evaluate import evaluate
from blocwatch.kb import KnowledgeBase
from blocwatch.store import Store

from .conftest import raw, shared

# floors a little under the measured figures (docs/evaluation.md), so that a real regression
# fails while a harmless change does not
FLOORS = {"facts_f1": 0.90, "meetings_f1": 0.80, "published": 0.90}


@pytest.fixture(scope="module")
def dev_kb(tmp_path_factory):
    docs = sorted(shared("dev", "docs").glob("*.txt"))
    seeds = sorted(shared("corpus", "seeds").glob("*.txt"))
    path = str(tmp_path_factory.mktemp("dev") / "dev.db")
    store = Store(path)
    report = pipeline.ingest([raw(p) for p in seeds + docs], store, replace(Options(), db=path))
    store.close()
    assert report.new == len(docs) + len(seeds) and not report.failed
    with KnowledgeBase(path) as kb:
        yield kb


@pytest.fixture(scope="module")
def scores(dev_kb):
    return evaluate(dev_kb, shared("dev", "gold"))


def test_quality_every_gold_document_is_in_the_store(scores):
    assert scores["missing_documents"] == []


def test_quality_facts_micro_f1_floor(scores):
    assert scores["facts_micro"]["f1"] >= FLOORS["facts_f1"], scores["misses"]


@pytest.mark.parametrize("kind", ["positions", "memberships", "member_counts", "chairs", "founded"])
def test_quality_each_fact_kind_is_found(scores, kind):
    assert scores["kinds"][kind]["recall"] >= 0.75, scores["misses"][kind]
    assert scores["kinds"][kind]["precision"] >= 0.75, scores["extras"][kind]


def test_quality_meetings_f1_floor(scores):
    assert scores["kinds"]["meetings"]["f1"] >= FLOORS["meetings_f1"], scores["misses"]["meetings"]


def test_quality_publication_dates_floor(scores):
    assert scores["published_accuracy"] >= FLOORS["published"], scores["misses"]["published"]


def test_quality_secretaries_general_in_order_without_duplicates(dev_kb):
    csto = [t.person.name for t in dev_kb.officials("CSTO") if t.role == "Secretary General"]
    assert csto == ["Nikolai Bordyuzha", "Yuri Khachaturov", "Stanislav Zas"]
    osce = [t.person.name for t in dev_kb.officials("OSCE") if t.role == "Secretary General"]
    assert osce == ["Lamberto Zannier", "Thomas Greminger", "Feridun Sinirlioglu"]


def test_quality_every_evidence_offset_slices_its_text(dev_kb):
    rows = dev_kb.db.execute("SELECT d.text, v.start, v.end, v.text FROM evidence v "
                             "JOIN documents d ON d.id = v.document_id").fetchall()
    assert rows and all(text[s:e] == t for text, s, e, t in rows)
