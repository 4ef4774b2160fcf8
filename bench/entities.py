"""The most mentioned people and organizations after ingesting real news: a junk-entity check.

Takes N articles of ``../shared/corpus/news/articles.jsonl.gz`` (default the first 300;
``--offset`` skips some first, for a second sample), writes them as JSON Lines with only
``url`` and ``text`` (as a scraper delivers pages), ingests them into a new store and prints
the 50 most mentioned people and organizations (by mentions, then name).  The home page of
the web UI shows the head of these lists first, so junk there (outlets as people, "Council
of the", a title glued into a name) is what every user sees.

    .venv/bin/python bench/entities.py [--limit N] [--offset K] [--top N] [--db PATH] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

NEWS = REPO.parent / "shared" / "corpus" / "news" / "articles.jsonl.gz"


def write_slice(path: Path, limit: int, offset: int = 0) -> int:
    """``limit`` articles from ``offset`` on as url + text lines; how many were written."""
    n = 0
    with gzip.open(NEWS, "rt", encoding="utf-8") as src, path.open("w", encoding="utf-8") as out:
        for line in itertools.islice(src, offset, offset + limit):
            rec = json.loads(line)
            out.write(json.dumps({"url": rec["url"], "text": rec["text"]}) + "\n")
            n += 1
    return n


def top(db: Path, kind: str, n: int) -> list[tuple[str, int]]:
    with sqlite3.connect(db) as con:
        return [(name, count) for name, count in con.execute(
            "SELECT e.name, COUNT(m.entity_id) AS c FROM entities e "
            "JOIN mentions m ON m.entity_id = e.id WHERE e.kind = ? "
            "GROUP BY e.id ORDER BY c DESC, e.name LIMIT ?", (kind, n))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--offset", type=int, default=0, help="skip this many articles first")
    ap.add_argument("--top", type=int, default=50)
    ap.add_argument("--db", type=Path, help="store to build (default: a temporary file)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not NEWS.exists():
        sys.exit(f"{NEWS} is absent")
    from blocwatch import ingest, load_options, pipeline
    from blocwatch.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        slice_path = Path(tmp) / "news.jsonl"
        count = write_slice(slice_path, args.limit, args.offset)
        db = args.db or Path(tmp) / "entities.db"
        options = load_options(db=str(db))
        started = time.perf_counter()
        store = Store(options.db)
        try:
            report = ingest(pipeline.read_sources([str(slice_path)], options), store, options)
        finally:
            store.close()
        seconds = time.perf_counter() - started
        result = {"articles": count, "failed": len(report.failed), "seconds": round(seconds, 1),
                  "person": top(db, "person", args.top),
                  "organization": top(db, "organization", args.top)}
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    print(f"{count} articles ({result['failed']} failed) in {seconds:.0f} s")
    for kind in ("person", "organization"):
        print(f"\n{args.top} most mentioned, kind {kind}:")
        for i, (name, c) in enumerate(result[kind], 1):
            print(f"{i:3d}. {name} ({c})")


if __name__ == "__main__":
    main()
