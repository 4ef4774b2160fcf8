"""The coded-event confidence threshold against every reader's judgement (issue 14, stop 50).

    .venv/bin/python bench/threshold_curve.py [--cache CODED.pkl]

Codes the 14 offsets of bench/plover_news.py (300 articles each) with no threshold, as
bench/event_confidence.py does (``--cache`` keeps the coded events in a pickle so a second run
skips the ten minutes of coding), matches them to the judged rows of
bench/data/plover_news_judged_*.jsonl, and prints for thresholds 0.50-0.80 the kept share, the
share right in category and in category and source among the judged events kept, and the share
of right events kept: for the shipped model (src/blocwatch/data/event_confidence.json) on the odd
offsets it never learned from and on the even ones it was fitted on, and for a refit on the even
offsets left one offset out at a time (each offset scored by a model fitted on the other six).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_confidence as ec  # noqa: E402

from blocwatch import confidence  # noqa: E402

EVEN, ODD = [0, 2, 4, 6, 8, 10, 12], [1, 3, 5, 7, 9, 11, 13]
GRID = [round(float(x), 2) for x in np.arange(0.50, 0.81, 0.01)]
SHOWN = {0.5, 0.55, 0.6, 0.65, 0.66, 0.67, 0.68, 0.69, 0.7, 0.71, 0.72, 0.75, 0.8}


def score(model: dict, r: dict) -> float:
    return confidence.score(r["event"], r["length"], r["published"], None, model, r["clause"])


def table(scored: list[tuple[float, dict]], label: str) -> None:
    print(label)
    right = sum(1 for _, r in scored if r["category"])
    for t in GRID:
        if t not in SHOWN:
            continue
        kept = [r for s, r in scored if s >= t]
        cat = [r["category"] for r in kept if r["category"] is not None]
        both = [r["right"] for r in kept if r["right"] is not None]
        print(f"  {t:.2f} kept {len(kept) / len(scored):.3f} judged {len(cat):5d} "
              f"category {sum(cat) / max(1, len(cat)):.3f} "
              f"category+source {sum(both) / max(1, len(both)):.3f} "
              f"right kept {sum(cat) / max(1, right):.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", help="pickle of the coded offsets (written if absent)")
    args = ap.parse_args(argv)
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.exists():
        rows = pickle.loads(cache.read_bytes())
    else:
        rows = {o: ec.coded(o) for o in range(14)}
        if cache is not None:
            cache.write_bytes(pickle.dumps(rows))
    by_category, by_both = ec.judgements()
    for rs in rows.values():
        for r in rs:
            r["category"] = by_category.get(r["key"])
            r["right"] = False if r["category"] is False else by_both.get(r["full_key"])
    shipped = json.loads(ec.MODEL.read_text())
    table([(score(shipped, r), r) for o in ODD for r in rows[o]],
          "shipped model, odd offsets (held out)")
    table([(score(shipped, r), r) for o in EVEN for r in rows[o]],
          "shipped model, even offsets (in sample)")
    pooled = []
    for o in EVEN:
        model = ec.fit([r for p in EVEN if p != o for r in rows[p] if r["right"] is not None])
        pooled += [(score(model, r), r) for r in rows[o]]
    table(pooled, "refit on the even offsets, one offset left out at a time, pooled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
