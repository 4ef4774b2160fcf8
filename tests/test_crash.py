"""Crash safety: an ingest killed with SIGKILL at random points, then run again, leaves exactly
the store an uninterrupted run leaves: no duplicates, nothing missing, no partial document.

The harness here is also what ``bench/crash.py`` runs at a larger scale (~1,000 documents).
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from blocwatch import maintenance, nlp, pipeline
from blocwatch.config import Options
from blocwatch.store import Store

from .conftest import REPO, redating_docs
from .test_maintenance import short_news

# Every table that holds what the store knows; volatile columns (times) are left out.
TABLES = ("documents", "entities", "aliases", "person_keys", "mentions", "merges", "claims",
          "events", "event_participants", "event_clusters", "quotes", "evidence", "failures")
VOLATILE = {"ingested_at", "at"}


def canonical_dump(path: str | Path) -> dict[str, list[tuple]]:
    """Every row of every knowledge table, sorted, without timestamps."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {}
        for table in TABLES:
            cols = [c[1] for c in db.execute(f"PRAGMA table_info({table})")
                    if c[1] not in VOLATILE]
            rows = db.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()  # noqa: S608
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        db.close()


def write_source(path: Path, n: int) -> Path:
    """``n`` documents as JSON Lines: short Wikinews articles with the five seed articles and the
    articles of ``redating_docs`` spread among them (these make the final re-dating do work:
    one has a year only the others can give), and one broken line (a failure to record)."""
    yearless, dated = redating_docs()
    extra = [*pipeline.demo_sources(), *dated, yearless]
    records = short_news(n - len(extra))
    for i, doc in enumerate(extra):
        records.insert((i * 2 + 1) * len(records) // (2 * len(extra)),
                       {"text": doc.text, "url": doc.source_key})
    lines = [json.dumps(r) for r in records]
    lines.insert(len(lines) // 3, '{"text": "a line cut off')
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def ingest_process(source: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", "from blocwatch.cli import main; main()",
                             "ingest", str(source), "--db", str(db), "--json"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def stored_documents(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # no tables yet
        return 0


def run_to_end(source: Path, db: Path) -> dict[str, object]:
    child = ingest_process(source, db)
    out, err = child.communicate(timeout=3600)
    assert child.returncode == 0, err.decode()[-2000:]
    return json.loads(out)


@dataclass
class CrashRun:
    kills: list[dict[str, object]] = field(default_factory=list)  # when each kill landed
    final: dict[str, object] = field(default_factory=dict)  # the last run's report


def killed_and_rerun(source: Path, db: Path, n: int, kills: int, seed: int) -> CrashRun:
    """Ingest ``source`` into ``db``, killing the process ``kills`` times at random points (after
    a random number of stored documents, then a random delay, so a kill can land inside a
    batch, between batches or while re-dating), then run it to the end."""
    rng = random.Random(seed)
    run = CrashRun()
    targets = sorted(rng.sample(range(1, n + 1), kills))
    for target in targets:
        child = ingest_process(source, db)
        started = time.monotonic()
        while child.poll() is None and stored_documents(db) < target:
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 0.4))
        finished = child.poll() is not None
        if not finished:
            child.send_signal(signal.SIGKILL)
        child.communicate()
        run.kills.append({"target": target, "stored_at_kill": stored_documents(db),
                          "after_s": round(time.monotonic() - started, 2),
                          "killed": not finished})
    run.final = run_to_end(source, db)
    return run


def compare(clean: Path, crashed: Path) -> dict[str, object]:
    """Row counts per table and, for tables that differ, how many rows each side lacks."""
    a, b = canonical_dump(clean), canonical_dump(crashed)
    diff = {t: {"only_clean": len(set(a[t]) - set(b[t])), "only_crashed": len(set(b[t]) - set(a[t])),
                "duplicates": len(b[t]) - len(set(b[t]))}
            for t in TABLES if a[t] != b[t]}
    return {"rows": {t: len(a[t]) for t in TABLES}, "total_rows": sum(len(a[t]) for t in TABLES),
            "identical": a == b, "differences": diff}


def test_crash_killed_ingest_rerun_equals_an_uninterrupted_one(tmp_path):
    n, kills = 120, 3
    source = write_source(tmp_path / "news.jsonl", n)
    clean_db, crashed_db = tmp_path / "clean.db", tmp_path / "crashed.db"
    report = run_to_end(source, clean_db)
    assert report["new"] == n and len(report["failed"]) == 1 and report["redated"]
    run = killed_and_rerun(source, crashed_db, n, kills, seed=11)
    assert sum(k["killed"] for k in run.kills) >= 2, run.kills  # most kills landed mid-run
    result = compare(clean_db, crashed_db)
    assert result["identical"], (result["differences"], run.kills)
    assert maintenance.check(crashed_db).ok
    assert run.final["new"] + run.final["unchanged"] + run.final["replaced"] == n


def test_crash_between_last_write_and_redating_is_made_good_by_the_rerun(tmp_path):
    """The window a random kill rarely hits: every document committed, re-dating not done.
    Simulated exactly: the batches written as ingest writes them, then the store closed."""
    yearless, dated = redating_docs()
    docs = [*pipeline.demo_sources(), *dated, yearless]
    options = Options()
    clean_path, crashed_path = tmp_path / "clean.db", tmp_path / "crashed.db"
    store = Store(clean_path)
    uninterrupted = pipeline.ingest(docs, store, replace(options, db=str(clean_path)))
    store.close()
    assert uninterrupted.redated  # the year-less article has a year only the store can give
    store = Store(crashed_path)
    store.write_many(pipeline.extract_batch(docs, options), f"blocwatch {pipeline.VERSION} / "
                     f"{nlp.pipeline_name(options)}")
    store.close()  # killed here
    store = Store(crashed_path)
    rerun = pipeline.ingest(docs, store, replace(options, db=str(crashed_path)))
    store.close()
    assert rerun.unchanged == len(docs) and rerun.redated == uninterrupted.redated
    assert canonical_dump(clean_path) == canonical_dump(crashed_path)
