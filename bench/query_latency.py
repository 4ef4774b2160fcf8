"""Query latency on a 100,000-document store: members, officials, timeline, show and search.

The store is built once (or reused with ``--db``): the bundled seed articles and the first
``--base`` Wikinews articles of ``../shared/corpus/news`` are ingested for real, then every
stored row of those documents (documents, mentions, claims, events and their participants and
clusters, quotes, evidence, merges) is copied with distinct ids until the store holds
``--docs`` documents.  Copying rows is what NLP-ingesting the copies would give (each copy is
a document with the same text under another source), at a tiny fraction of the time; the
full-text index is filled by the store's own triggers.  Entities are shared, so an
organization in the seed articles is named in thousands of documents, which is the hard case
for its timeline and profile.

Each query runs once to warm the page cache, then ``--repeat`` times; the median is shown.

    .venv/bin/python bench/query_latency.py [--db PATH] [--docs 100000] [--base 300] [--http]
        [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

NEWS = REPO.parent / "shared" / "corpus" / "news" / "articles.jsonl.gz"
TARGET_MS = 50.0

# (table, {column: how its value changes in copy k}): every id that names a document, claim,
# event or quote gets the suffix "~k"; entities stay shared
COPIED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("documents", ("id", "source_key")),
    ("mentions", ("document_id",)),
    ("merges", ("document_id",)),
    ("claims", ("id", "document_id")),
    ("events", ("id", "document_id")),
    ("event_participants", ("event_id",)),
    ("event_clusters", ("event_id", "cluster_id")),
    ("quotes", ("id", "document_id")),
    ("evidence", ("owner_id", "document_id")),
)
BASE_ONLY = {  # which rows are originals (not copies)
    "documents": "id NOT LIKE '%~%'", "mentions": "document_id NOT LIKE '%~%'",
    "merges": "document_id NOT LIKE '%~%'", "claims": "id NOT LIKE '%~%'",
    "events": "id NOT LIKE '%~%'", "event_participants": "event_id NOT LIKE '%~%'",
    "event_clusters": "event_id NOT LIKE '%~%'", "quotes": "id NOT LIKE '%~%'",
    "evidence": "owner_id NOT LIKE '%~%'",
}


def build(path: str, docs: int, base: int, log: Callable[[str], None]) -> None:
    from blocwatch import pipeline
    from blocwatch.config import Options
    from blocwatch.read import read
    from blocwatch.store import Store

    store = Store(path)
    have = store.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    if have >= docs:
        store.close()
        return
    if have == 0:
        options = replace(Options(), db=path)
        t0 = time.perf_counter()
        sources = itertools.chain(pipeline.demo_sources(),
                                  itertools.islice(read([str(NEWS)], options), base))
        pipeline.ingest(sources, store, options)
        log(f"ingested {base} + 5 documents in {time.perf_counter() - t0:.0f} s")
    db = store.db
    originals = db.execute(f"SELECT COUNT(*) FROM documents WHERE {BASE_ONLY['documents']}"
                           ).fetchone()[0]
    copies = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] // originals
    t0 = time.perf_counter()
    db.execute("PRAGMA synchronous=OFF")
    while db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] < docs:
        suffix = f"~{copies}"
        with store.transaction():
            for table, changed in COPIED:
                cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
                values = [f"{c} || '{suffix}'" if c in changed else c for c in cols]
                db.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(values)} "
                           f"FROM {table} WHERE {BASE_ONLY[table]}")
        copies += 1
        if copies % 20 == 0:
            log(f"{copies} copies ({time.perf_counter() - t0:.0f} s)")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("ANALYZE")
    store.close()


def timed(fn: Callable[[], Any], repeat: int) -> dict[str, float]:
    """Median and worst wall time, and median CPU time (less sensitive to shared cores)."""
    fn()  # warm the page cache
    times, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return {"median_ms": statistics.median(times), "max_ms": max(times),
            "cpu_ms": statistics.median(cpu)}


HTTP_QUERIES = {  # the API calls the web UI makes for the same questions
    "GET /api/members/CSTO": ("/api/members/CSTO", {}),
    "GET /api/officials/CSTO": ("/api/officials/CSTO", {}),
    "GET /api/timeline?entity=CSTO&limit=50": ("/api/timeline", {"entity": "CSTO", "limit": 50}),
    "GET /api/entities/CSTO?limit=50": ("/api/entities/CSTO", {"limit": 50}),
    "GET /api/search?q=CSTO": ("/api/search", {"q": "CSTO"}),
    "GET /api/search?q=terrorism": ("/api/search", {"q": "terrorism"}),
    "GET /api/search?q=security": ("/api/search", {"q": "security"}),
    "GET /api/search?q=the": ("/api/search", {"q": "the"}),
}


def http_timings(db: str, repeat: int) -> dict[str, dict[str, Any]]:
    """Wall time of each call to a real `blocwatch serve` on ``db``, the client on one
    keep-alive connection (the server's CPU time is not measured: ``cpu_ms`` is None)."""
    import socket
    import subprocess

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    script = Path(sys.executable).parent / "blocwatch"
    env = {k: v for k, v in os.environ.items() if not k.startswith("BLOCWATCH_")}
    server = subprocess.Popen([str(script), "serve", "--db", db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=url, timeout=60) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if client.get("/api/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("blocwatch serve did not start")
                time.sleep(0.2)
            out = {}
            for name, (path, params) in HTTP_QUERIES.items():
                def call(path: str = path, params: dict[str, Any] = params) -> None:
                    client.get(path, params=params).raise_for_status()
                out[name] = timed(call, repeat) | {"cpu_ms": None}
            return out
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "blocwatch-latency-100k.db"),
                    help="the store to build or reuse")
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--base", type=int, default=300, help="Wikinews articles ingested for real")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--http", action="store_true",
                    help="also time the same queries through `blocwatch serve` (real HTTP)")
    args = ap.parse_args()
    if not NEWS.exists():
        raise SystemExit(f"{NEWS} not found: the benchmark needs ../shared beside the repository")

    def log(message: str) -> None:
        print(message, file=sys.stderr)

    build(args.db, args.docs, args.base, log)
    from blocwatch import explore
    from blocwatch.kb import KnowledgeBase

    kb = KnowledgeBase(args.db)
    n_docs = kb.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    queries: dict[str, Callable[[], Any]] = {
        "members CSTO": lambda: kb.members("CSTO"),
        "members CSTO --as-of 2012-10-25": lambda: kb.members("CSTO", "2012-10-25"),
        "officials CSTO": lambda: kb.officials("CSTO"),
        "officials OSCE --as-of 2017-11-02": lambda: kb.officials("OSCE", "2017-11-02"),
        "timeline CSTO (first 50)": lambda: kb.timeline("CSTO", limit=50),
        "timeline CSTO OSCE (first 50)": lambda: kb.timeline("CSTO", "OSCE", limit=50),
        "show CSTO (first 50 of each)": lambda: kb.show("CSTO", limit=50),
        "show Lamberto Zannier (first 50 of each)": lambda: kb.show("Lamberto Zannier", limit=50),
    }
    if kb.db.execute("SELECT 1 FROM sqlite_master WHERE name='search_fts'").fetchone():
        queries["search CSTO"] = lambda: explore.search(kb, "CSTO")
        queries["search terrorism"] = lambda: explore.search(kb, "terrorism")
        queries["search security"] = lambda: explore.search(kb, "security")
        # a word in every document, as a prefix and as a whole word: ranked among the
        # documents added last (explore.RANK_AT_MOST)
        queries["search the"] = lambda: explore.search(kb, "the")
        queries["search 'the ' (whole word)"] = lambda: explore.search(kb, "the ")
    results = {name: timed(fn, args.repeat) for name, fn in queries.items()}
    # the whole of a big organization's profile and timeline, for reference (not paginated)
    results["timeline CSTO (all)"] = timed(lambda: kb.timeline("CSTO"), 1)
    results["show CSTO (all)"] = timed(lambda: kb.show("CSTO"), 1)
    if args.http:
        results |= {f"HTTP {name}": r for name, r in http_timings(args.db, args.repeat).items()}
    sizes = {t: kb.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # noqa: S608
             for t in ("documents", "claims", "events", "mentions")}
    kb.close()
    load = os.getloadavg()[0]
    if args.json:
        print(json.dumps({"documents": n_docs, "sizes": sizes, "load": load,
                          "target_ms": TARGET_MS, "queries": results}, indent=2))
        return
    print(f"store: {n_docs} documents, {sizes['claims']} facts, {sizes['events']} events, "
          f"{sizes['mentions']} mentions; load average {load:.2f}")
    print("| query | median ms | max ms | CPU ms | < 50 ms |")
    print("|---|---:|---:|---:|---|")
    for name, r in results.items():
        cpu = "—" if r["cpu_ms"] is None else f"{r['cpu_ms']:.1f}"
        print(f"| {name} | {r['median_ms']:.1f} | {r['max_ms']:.1f} | {cpu} | "
              f"{'yes' if r['median_ms'] < TARGET_MS else 'no'} |")


if __name__ == "__main__":
    main()
