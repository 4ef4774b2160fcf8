"""Concurrent use: readers in threads and in other processes query a store (read-only
connections, WAL) while an ingest process writes to it; none sees "database is locked" or any
other error, a reader never sees the store shrink, and `blocwatch check` finds it sound.
(The HTTP load test is tests/test_web_load.py.)"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from dataclasses import replace

from blocwatch import maintenance, pipeline
from blocwatch.config import Options
from blocwatch.kb import KnowledgeBase
from blocwatch.store import Store

from .conftest import REPO
from .test_maintenance import cli_process, short_news

READERS = 3


def test_concurrency_readers_during_an_ingest_never_fail(tmp_path):
    db = str(tmp_path / "live.db")
    store = Store(db)
    pipeline.ingest(pipeline.demo_sources(), store, replace(Options(), db=db))
    store.close()
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in short_news(40)), "utf-8")
    child = cli_process("ingest", str(source), "--db", db, "--json")

    done = threading.Event()
    errors: list[BaseException] = []
    seen: list[list[int]] = [[] for _ in range(READERS)]

    def reader(n: int) -> None:
        try:
            while not done.is_set():
                with KnowledgeBase(db) as kb:  # a fresh read-only connection each round
                    seen[n].append(len(kb.documents()))
                    kb.members("CSTO")
                    kb.officials("OSCE")
                    kb.show("CSTO")
                    kb.events()
                    kb.failures()
                time.sleep(0.05)
        except BaseException as exc:  # noqa: BLE001 - collected and reported by the test
            errors.append(exc)

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(READERS)]
    for t in threads:
        t.start()
    cli_runs, cli_failures, checks = 0, [], []
    try:
        deadline = time.monotonic() + 300
        while child.poll() is None and time.monotonic() < deadline:
            query = subprocess.run(
                [sys.executable, "-c", "from blocwatch.cli import main; main()", "members", "CSTO",
                 "--db", db, "--json"], cwd=REPO, capture_output=True, timeout=120)
            cli_runs += 1
            if query.returncode != 0:
                cli_failures.append(query.stderr.decode())
            checks.append(maintenance.check(db))
        out, err = child.communicate(timeout=300)
    finally:
        done.set()
        for t in threads:
            t.join(timeout=60)
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err.decode()
    assert json.loads(out)["new"] == 40
    assert not errors, errors[:3]
    assert not cli_failures, cli_failures[:2]
    assert all(c.ok for c in checks), [c.totals for c in checks if not c.ok]
    rounds = sum(len(s) for s in seen)
    assert rounds >= 6 and cli_runs >= 1, (rounds, cli_runs)
    for counts in seen:  # a reader never sees the store go back
        assert counts == sorted(counts)
    assert any(5 < c < 45 for s in seen for c in s), seen  # some reads landed mid-ingest


def test_concurrency_a_snapshot_sees_one_state_while_an_ingest_commits(tmp_path):
    db = str(tmp_path / "snap.db")
    options = replace(Options(), db=db)
    sources = list(pipeline.demo_sources())
    store = Store(db)
    pipeline.ingest(sources[:2], store, options)
    with KnowledgeBase(db) as kb:
        count = "SELECT COUNT(*) FROM documents"
        with kb.snapshot():
            before = kb.db.execute(count).fetchone()[0]
            pipeline.ingest(sources[2:], store, options)  # commits while the snapshot is open
            inside = kb.db.execute(count).fetchone()[0]
        after = kb.db.execute(count).fetchone()[0]
    store.close()
    assert before == inside == 2
    assert after == len(sources)
