"""Engines and batched writing: worker processes give the same store as one process; a batch
survives one bad document; re-dating looks only at what new documents touch."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from blocwatch import pipeline
from blocwatch.cli import app
from blocwatch.config import Options
from blocwatch.engines import LocalPool, RayEngine, make_engine
from blocwatch.errors import EngineError
from blocwatch.records import Claim
from blocwatch.store import Store

from .conftest import redating_docs, store_content


def test_engines_two_workers_give_the_same_store_as_one(engine_corpus, one_process_db, tmp_path):
    path = str(tmp_path / "two.db")
    result = CliRunner().invoke(app, ["ingest", str(engine_corpus), "--db", path, "--workers", "2",
                                      "--batch-size", "4", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["new"] >= 5 and [f["code"] for f in report["failed"]] == ["B210"]
    assert [r["to"] for r in report["redated"]] == ["2007-02-20"]
    one, two = store_content(one_process_db), store_content(path)
    assert one.keys() == two.keys()
    for table in one:
        assert one[table] == two[table], table


def test_engines_second_run_with_workers_changes_nothing(engine_corpus, one_process_db):
    before = store_content(one_process_db)
    result = CliRunner().invoke(app, ["ingest", str(engine_corpus), "--db", one_process_db, "--workers",
                                      "2", "--json"], catch_exceptions=False)
    report = json.loads(result.output)
    assert report["new"] == report["replaced"] == 0 and report["unchanged"] >= 5
    after = store_content(one_process_db)
    assert {t: v for t, v in after.items() if t != "failures"} == \
        {t: v for t, v in before.items() if t != "failures"}


def test_engines_write_many_keeps_the_batch_when_one_document_fails(seed_extractions, tmp_path):
    good = list(seed_extractions.values())
    bad = replace(good[1], claims=(*good[1].claims, Claim("holds_position", "e999", None)))
    store = Store(str(tmp_path / "b.db"))
    results = store.write_many([good[0], bad, good[2]], "test")
    assert [r.status for r in results] == ["new", "failed", "new"]
    assert results[1].code == "B411" and "unknown local entity" in results[1].reason
    stored = {r[0] for r in store.db.execute("SELECT source_key FROM documents")}
    assert stored == {good[0].document.raw.source_key, good[2].document.raw.source_key}
    failed = store.db.execute("SELECT source_key, code FROM failures").fetchall()
    assert [tuple(r) for r in failed] == [(bad.document.raw.source_key, "B411")]
    assert store.db.execute("SELECT COUNT(*) FROM claims WHERE document_id=?",
                            (bad.doc_id,)).fetchone()[0] == 0
    store.close()


def test_engines_new_document_is_redated_against_the_store(tmp_path):
    """The year-less article ingested last is re-dated by what the others stated before."""
    late, dated = redating_docs()
    path = str(tmp_path / "r.db")
    store = Store(path)
    options = replace(Options(), db=path)
    first = pipeline.ingest([*pipeline.demo_sources(), *dated], store, options)
    assert first.redated == []
    second = pipeline.ingest([late], store, options)
    assert second.redated == [(late.source_path, "2001-02-20", "2007-02-20")]
    store.close()


@pytest.mark.parametrize("args, code", [
    (("spark", 1, None), "B801"),
    (("local", 0, None), "B801"),
    (("local", 2, "ray://head:10001"), "B801"),
])
def test_engines_bad_flags_are_refused_with_a_code(args, code):
    with pytest.raises(EngineError) as info:
        make_engine(*args)
    assert info.value.code == code


def test_engines_make_engine_picks_the_engine():
    assert isinstance(make_engine("local", 1), pipeline.InProcess)
    assert isinstance(make_engine("local", 2), LocalPool)
    engine = make_engine("ray", 2)
    assert isinstance(engine, RayEngine) and engine.num_cpus == 2
