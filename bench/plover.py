"""Score the PLOVER coder on gold-standard records (default: ../shared/data/plover/gsr-dev.jsonl).

    python bench/plover.py [FILE.jsonl] [--half read|unread] [--json] [--predictions OUT.jsonl]

Every record's text is parsed with the product's own pipeline (the configured spaCy model
with the gazetteer) and coded by ``blocwatch.plover``; the record's event is the main event of
its first coded sentence.  Prints category accuracy, per-category P/R/F1, source and target
actor-code F1 and the confusion matrix (gold rows, predicted columns).

``--half`` scores one half of the file, split by a rule on the record id written down in
docs/plover.md: the four-digit serial number in the id ("PLOVER-GSR01-AGREE-0002" → 2) is
even for the ``read`` half (the one whose errors may be read while improving the coder) and
odd for the ``unread`` half (scored before and after, never read record by record).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from blocwatch.config import load_options
from blocwatch.evaluate import load_plover_gold, score_plover
from blocwatch.plover import predict_records

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover" / "gsr-dev.jsonl"


def half_of(record_id: str) -> str:
    """``read`` or ``unread``: the parity of the id's first four-digit serial number."""
    m = re.search(r"-(\d{4})(?:\D|$)", record_id)
    if m is None:
        raise ValueError(f"record id {record_id!r} has no four-digit serial number")
    return "read" if int(m.group(1)) % 2 == 0 else "unread"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(DEFAULT))
    ap.add_argument("--half", choices=("read", "unread"),
                    help="score only this half of the records (the rule: half_of)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--predictions", help="write one JSON line per record to this file")
    args = ap.parse_args(argv)
    if not Path(args.file).exists():
        print(f"no gold file at {args.file}", file=sys.stderr)
        return 2
    gold = load_plover_gold(args.file)
    if args.half:
        gold = [r for r in gold if half_of(r["id"]) == args.half]
    t0 = time.perf_counter()
    preds = predict_records(gold, load_options())
    seconds = time.perf_counter() - t0
    result = score_plover(gold, preds)
    result["file"] = args.file
    result["half"] = args.half
    result["seconds"] = round(seconds, 1)
    if args.predictions:
        with open(args.predictions, "w", encoding="utf-8") as fh:
            for rec in gold:
                fh.write(json.dumps({"id": rec["id"], **preds[rec["id"]]}) + "\n")
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['file']}: {result['records']} records, {result['coded']} coded, "
          f"{result['seconds']} s")
    print(f"category accuracy {result['accuracy']:.3f} ({result['correct']}/{result['records']})")
    for kind in ("source", "target", "actors"):
        s = result[kind]
        print(f"{kind:7} actor codes  P {s['precision']:.3f}  R {s['recall']:.3f}  "
              f"F1 {s['f1']:.3f}  (tp {s['tp']} fp {s['fp']} fn {s['fn']})")
    print(f"\n{'category':10} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for cat, s in result["categories"].items():
        print(f"{cat:10} {s['gold']:5d} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}")
    cols = sorted({p for row in result["confusion"].values() for p in row})
    print("\nconfusion (rows gold, columns predicted)")
    print(" " * 10 + "".join(f"{c[:5]:>6}" for c in cols))
    for g, row in result["confusion"].items():
        print(f"{g:10}" + "".join(f"{row.get(c, 0) or '.':>6}" for c in cols))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # piped into head
        sys.exit(0)
