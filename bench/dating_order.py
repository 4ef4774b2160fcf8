"""Publication dates that do not depend on what else a store holds, nor on the order it came in.

The seed articles (``../shared/corpus/seeds``), the development articles
(``../shared/dev/docs.jsonl``) and ``--news`` Wikinews articles (``../shared/corpus/news``, fed
as a scraper delivers them: URL and text, without their ``date`` field) are ingested into fresh
stores in several ways: the seeds alone; seeds and dev in one run; dev, then the seeds; all of
them in one run in ``--orders`` shuffled orders; news, then dev, then seeds in three runs.  Every
document's publication date must come out the same in every store that holds it.  With
``--accuracy``, the news articles' dates are also compared with their true ``date`` (right:
within two days or inside the stated month or year; "not stated" counted apart).

    .venv/bin/python bench/dating_order.py [--news 300] [--orders 2] [--accuracy] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

SHARED = REPO.parent / "shared"


def sources(news: int) -> tuple[list[Any], list[Any], list[Any], dict[str, str]]:
    """(seeds, dev, news) as raw documents, and each news article's true date by URL."""
    from blocwatch.config import Options
    from blocwatch.read import read
    from blocwatch.records import RawDocument

    seeds = list(read([str(SHARED / "corpus" / "seeds")], Options()))
    dev = list(read([str(SHARED / "dev" / "docs.jsonl")], Options()))
    out, truth = [], {}
    with gzip.open(SHARED / "corpus" / "news" / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, news):
            rec = json.loads(line)
            out.append(RawDocument(f"news#{rec['id']}", rec["url"], rec["text"], "text/plain",
                                   url=rec["url"]))
            truth[rec["url"]] = rec["date"]
    return seeds, dev, out, truth


def build(path: str, *runs: list[Any]) -> dict[str, str | None]:
    """Ingest ``runs`` one after another into a fresh store; each document's date by key."""
    from blocwatch import pipeline
    from blocwatch.config import Options
    from blocwatch.store import Store

    for docs in runs:
        store = Store(path)
        pipeline.ingest(docs, store, replace(Options(), db=path))
        store.close()
    store = Store(path)
    got = {r[0]: r[1] for r in store.db.execute("SELECT source_key, published FROM documents")}
    store.close()
    return got


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--news", type=int, default=300)
    ap.add_argument("--orders", type=int, default=2)
    ap.add_argument("--accuracy", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    seeds, dev, news, truth = sources(args.news)
    tmp = tempfile.mkdtemp(prefix="dating-order-")
    stores: dict[str, dict[str, str | None]] = {}
    stores["seeds alone"] = build(f"{tmp}/a.db", seeds)
    stores["seeds + dev"] = build(f"{tmp}/b.db", [*seeds, *dev])
    stores["dev, then seeds"] = build(f"{tmp}/c.db", dev, seeds)
    for k in range(args.orders):
        docs = [*seeds, *dev, *news]
        random.Random(k).shuffle(docs)
        stores[f"all, order {k}"] = build(f"{tmp}/d{k}.db", docs)
    stores["news, dev, seeds"] = build(f"{tmp}/e.db", news, dev, seeds)
    differ: dict[str, dict[str, str | None]] = {}
    for key in sorted({k for s in stores.values() for k in s}):
        seen = {name: s[key] for name, s in stores.items() if key in s}
        if len(set(seen.values())) > 1:
            differ[key] = seen
    report: dict[str, Any] = {"news": args.news, "stores": list(stores), "differing": differ}
    if args.accuracy:
        from blocwatch.evaluate import date_match

        got = stores["news, dev, seeds"]
        right = sum(1 for u, d in truth.items() if d and got.get(u) and date_match(got[u], d, 2))
        wrong = sum(1 for u, d in truth.items() if d and got.get(u) and not date_match(got[u], d, 2))
        unstated = sum(1 for u, d in truth.items() if d and not got.get(u))
        report["news_dates"] = {"right": right, "wrong": wrong, "not stated": unstated}
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(f"{len(stores)} stores, {args.news} news articles")
    for key, seen in differ.items():
        print(f"DIFFERS {key}: " + ", ".join(f"{n}: {v}" for n, v in seen.items()))
    if not differ:
        print("every document has one date in every store that holds it")
    if "news_dates" in report:
        print("news publication dates:", report["news_dates"])


if __name__ == "__main__":
    main()
