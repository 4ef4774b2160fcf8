"""Crash safety: an ingest killed with SIGKILL at random points, then run again, leaves exactly
the store an uninterrupted run leaves: no duplicates, nothing missing, no partial document.

The harness here is also what ``bench/crash.py`` runs at a larger scale (~1,000 documents).
"""

from __future__ import annotations

import json
import random
import shutil
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


# --- a kill inside re-dating, and a full disk -------------------------------------------------
# ``blocwatch ingest`` run in a child process with a fault placed at a chosen point: a SIGKILL
# the process sends itself at the n-th transaction re-dating opens (inside it, before its
# COMMIT, or just after the COMMIT), or a cap on the store's size.  The code that runs is the
# real one; only where the fault lands is chosen.
FAULTY_INGEST = """
import atexit, os, signal, sys
from contextlib import contextmanager
from blocwatch import pipeline, store
from blocwatch.cli import main

point, phase, cap = int(sys.argv.pop(1)), sys.argv.pop(1), int(sys.argv.pop(1))
redate, transaction, connect = pipeline.redate, store.Store.transaction, store.Store.__init__
state = {"redating": False, "n": 0}

def kill():
    os.kill(os.getpid(), signal.SIGKILL)

def redating(*args, **kwargs):
    state["redating"] = True
    if phase == "start":
        kill()
    return redate(*args, **kwargs)

@contextmanager
def counted(self):
    if not state["redating"]:
        with transaction(self) as db:
            yield db
        return
    state["n"] += 1
    with transaction(self) as db:
        yield db
        if state["n"] == point and phase == "inside":
            kill()
    if state["n"] == point and phase == "after":
        kill()

def capped(self, *args, **kwargs):
    connect(self, *args, **kwargs)
    if cap:  # the disk fills up after ``cap`` more pages
        pages = self.db.execute("PRAGMA page_count").fetchone()[0]
        self.db.execute(f"PRAGMA max_page_count={pages + cap}")

pipeline.redate = redating
store.Store.transaction = counted
store.Store.__init__ = capped
if phase == "count":
    atexit.register(lambda: print(f"redating-transactions {state['n']}", file=sys.stderr))
main()
"""


def faulty_ingest(source: Path, db: Path, point: int = 0, phase: str = "none", cap: int = 0,
                  batch: int = 32) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", FAULTY_INGEST, str(point), phase, str(cap),
                           "ingest", str(source), "--db", str(db), "--json", "--batch-size",
                           str(batch)], cwd=REPO, capture_output=True, text=True, timeout=900)


def owed(db: Path) -> tuple[set[str], set[tuple[str, str]]]:
    store = Store(db, readonly=True)
    try:
        return store.redating_owed()
    finally:
        store.close()


def seed_source(path: Path) -> Path:
    """The seed articles and those of ``redating_docs`` as JSON Lines: one has a year only the
    others can give, so re-dating rewrites it and stores watches for all."""
    yearless, dated = redating_docs()
    docs = [*pipeline.demo_sources(), *dated, yearless]
    path.write_text("".join(json.dumps({"text": d.text, "url": d.source_key}) + "\n"
                            for d in docs), "utf-8")
    return path


def test_crash_killed_inside_redating_at_five_points_resumes_to_the_uninterrupted_store(tmp_path):
    source = seed_source(tmp_path / "seeds.jsonl")
    clean_db = tmp_path / "clean.db"
    counting = faulty_ingest(source, clean_db, phase="count")
    assert counting.returncode == 0, counting.stderr[-2000:]
    assert json.loads(counting.stdout)["redated"]
    transactions = int(counting.stderr.split("redating-transactions ")[-1].split()[0])
    assert transactions >= 3  # a rewritten document, watches, the owed work cleared
    # every document written, re-dating owed: the state each kill below starts from
    start = tmp_path / "owed.db"
    killed = faulty_ingest(source, start, phase="start")
    assert killed.returncode == -signal.SIGKILL
    assert owed(start)[0]
    points = [(n, phase) for n in range(1, transactions + 1) for phase in ("inside", "after")]
    for n, phase in random.Random(15).sample(points, 5):
        crashed = tmp_path / f"crashed-{n}-{phase}.db"
        shutil.copy(start, crashed)
        killed = faulty_ingest(source, crashed, n, phase)
        assert killed.returncode == -signal.SIGKILL, (n, phase, killed.stderr[-2000:])
        resumed = faulty_ingest(source, crashed)
        assert resumed.returncode == 0, resumed.stderr[-2000:]
        assert json.loads(resumed.stdout)["unchanged"] == len(source.read_text().splitlines())
        assert maintenance.check(crashed).ok, (n, phase)
        result = compare(clean_db, crashed)
        assert result["identical"], (n, phase, result["differences"])
        assert owed(crashed) == (set(), set())


def test_crash_full_disk_during_ingest_leaves_a_sound_store_that_resumes(tmp_path):
    n = 40
    source = write_source(tmp_path / "news.jsonl", n)
    clean_db, full_db = tmp_path / "clean.db", tmp_path / "full.db"
    assert faulty_ingest(source, clean_db, batch=4).returncode == 0
    full = faulty_ingest(source, full_db, cap=60, batch=4)  # 60 pages of 4 KB: some batches fit
    assert full.returncode == 1, full.stderr[-2000:]
    assert full.stderr.startswith("error: [B430] the disk holding"), full.stderr[-2000:]
    stored = stored_documents(full_db)
    assert 0 < stored < n
    assert maintenance.check(full_db).ok  # what was committed is whole
    resumed = faulty_ingest(source, full_db, batch=4)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert json.loads(resumed.stdout)["unchanged"] == stored
    assert maintenance.check(full_db).ok
    result = compare(clean_db, full_db)
    assert result["identical"], result["differences"]
