"""Kill an ingest with SIGKILL at random points, re-run it, and compare with an uninterrupted run.

    python bench/crash.py [--docs 1000] [--kills 6] [--seed 1] [--json]

The source is ``--docs`` short articles from ../shared/corpus/news (first four sentences each)
with the five seed articles spread among them and one broken JSON line.  One ingest runs
uninterrupted; another is killed ``--kills`` times (each after a random number of stored
documents plus a random delay, so kills land inside batches, between them and while
re-dating) and then run to the end.  Prints where each kill landed, the row counts, whether
every knowledge table is identical (timestamps aside), and ``blocwatch check`` on the result.
The harness is ``tests/test_crash.py``; CI runs it at a small scale.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.test_crash import compare, killed_and_rerun, run_to_end, write_source  # noqa: E402

from blocwatch import maintenance  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--kills", type=int, default=6)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = write_source(folder / "news.jsonl", args.docs)
        started = time.perf_counter()
        clean = run_to_end(source, folder / "clean.db")
        clean_s = time.perf_counter() - started
        started = time.perf_counter()
        run = killed_and_rerun(source, folder / "crashed.db", args.docs, args.kills, args.seed)
        crashed_s = time.perf_counter() - started
        result = compare(folder / "clean.db", folder / "crashed.db")
        check = maintenance.check(folder / "crashed.db")
    figures = {"documents": args.docs, "kills": run.kills, "seed": args.seed,
               "uninterrupted": {"seconds": round(clean_s, 1), "new": clean["new"],
                                 "failed": len(clean["failed"]), "redated": len(clean["redated"])},
               "killed_and_rerun": {"seconds": round(crashed_s, 1), "last_run_new": run.final["new"],
                                    "last_run_unchanged": run.final["unchanged"],
                                    "last_run_redated": len(run.final["redated"])},
               **result, "check_ok": check.ok, "check_problems": check.totals}
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{args.docs} documents; uninterrupted run {clean_s:.0f}s; killed {len(run.kills)} "
              f"times, then run to the end ({crashed_s:.0f}s in all)")
        for k in run.kills:
            print(f"  kill after {k['after_s']}s: {k['stored_at_kill']} documents stored"
                  + ("" if k["killed"] else " (the run had already ended)"))
        print(f"rows compared: {result['total_rows']} in {len(result['rows'])} tables; identical: "
              f"{result['identical']}; check: {'ok' if check.ok else check.totals}")
        for table, d in result["differences"].items():
            print(f"  {table}: {d}")
    return 0 if result["identical"] and check.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
