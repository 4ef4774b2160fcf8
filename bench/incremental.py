"""What ingesting new documents costs in a small store and in a large one: re-dating must not grow
with the store.

New Wikinews articles (``../shared/corpus/news``, the ones after ``--skip``, which the stores do
not hold) are ingested into (1) a small store: the seed articles and ``--small`` Wikinews
articles, and (2) a copy of a large store (``--large``, e.g. the 100,000-document store built by
``bench/query_latency.py``; the original is never written).  For each, CPU and wall seconds of
the whole ingest and of its re-dating, and how many inferred-year documents re-dating scored.

A store from before schema 8 has no watches yet: opening it marks every inferred-year document
for one more look, which the first ingest pays once (shown as "catch-up", measured apart).  The
machine's load average is printed: on shared cores wall seconds are noisy, CPU seconds less so.

    .venv/bin/python bench/incremental.py [--large PATH] [--new 100] [--skip 300]
                                          [--small 40] [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

NEWS = REPO.parent / "shared" / "corpus" / "news" / "articles.jsonl.gz"


def timed_ingest(path: str, sources: list[Any]) -> dict[str, Any]:
    """Ingest ``sources`` into the store at ``path``; the figures of the run and of re-dating."""
    from blocwatch import pipeline
    from blocwatch.config import Options
    from blocwatch.store import Store

    options = replace(Options(), db=path)
    store = Store(path)
    redating: dict[str, float] = {"cpu": 0.0, "wall": 0.0, "scored": 0, "rounds": 0}
    inner = pipeline.redate

    def measured(*args: Any, **kwargs: Any) -> Any:
        c0, w0 = time.process_time(), time.perf_counter()
        stats: dict[str, int] = {}
        try:
            return inner(*args, **kwargs, stats=stats)
        finally:
            redating["cpu"] += time.process_time() - c0
            redating["wall"] += time.perf_counter() - w0
            redating["scored"] += stats.get("scored", 0)
            redating["rounds"] += stats.get("rounds", 0)

    pipeline.redate = measured  # type: ignore[assignment]
    try:
        c0, w0 = time.process_time(), time.perf_counter()
        report = pipeline.ingest(sources, store, options)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    finally:
        pipeline.redate = inner  # type: ignore[assignment]
    documents = store.counts()["documents"]
    store.close()
    return {"documents_after": documents, "new": report.new, "redated": len(report.redated),
            "cpu_s": round(cpu, 2), "wall_s": round(wall, 2),
            "redate_cpu_s": round(redating["cpu"], 2), "redate_wall_s": round(redating["wall"], 2),
            "redate_scored": int(redating["scored"]), "redate_rounds": int(redating["rounds"])}


def news(start: int, count: int) -> list[Any]:
    from blocwatch.config import Options
    from blocwatch.read import read

    return list(itertools.islice(read([str(NEWS)], Options()), start, start + count))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--large", help="a large store to copy (never written)")
    ap.add_argument("--new", type=int, default=100, help="new Wikinews articles to ingest")
    ap.add_argument("--skip", type=int, default=300,
                    help="Wikinews articles the large store already holds (the first ones)")
    ap.add_argument("--small", type=int, default=40, help="Wikinews articles in the small store")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not NEWS.exists():
        sys.exit(f"{NEWS} not found: this benchmark needs ../shared beside the repository")
    from blocwatch import pipeline

    out: dict[str, Any] = {"new_articles": args.new, "cores": os.cpu_count(),
                           "load_before": [round(x, 2) for x in os.getloadavg()]}
    fresh = news(args.skip, args.new)
    with tempfile.TemporaryDirectory(prefix="blocwatch-incremental-") as tmp:
        small = str(Path(tmp) / "small.db")
        timed_ingest(small, [*pipeline.demo_sources(), *news(0, args.small)])
        out["small"] = timed_ingest(small, fresh)
        if args.large:
            large = str(Path(tmp) / "large.db")
            shutil.copyfile(args.large, large)
            out["large_catch_up"] = timed_ingest(large, [])
            out["large"] = timed_ingest(large, fresh)
    out["load_after"] = [round(x, 2) for x in os.getloadavg()]
    if "large" in out:
        out["large_over_small_cpu"] = round(out["large"]["cpu_s"] / out["small"]["cpu_s"], 2)
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"{args.new} new Wikinews articles; load {out['load_before']} -> {out['load_after']} "
          f"on {out['cores']} cores")
    print(f"{'store':<12}{'docs after':>11}{'CPU s':>8}{'wall s':>8}{'redate CPU s':>14}"
          f"{'scored':>8}{'redated':>9}")
    for name in ("small", "large_catch_up", "large"):
        if name in out:
            r = out[name]
            print(f"{name:<12}{r['documents_after']:>11}{r['cpu_s']:>8}{r['wall_s']:>8}"
                  f"{r['redate_cpu_s']:>14}{r['redate_scored']:>8}{r['redated']:>9}")
    if "large" in out:
        print(f"large/small CPU: {out['large_over_small_cpu']}")


if __name__ == "__main__":
    main()
