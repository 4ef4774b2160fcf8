"""Score the PLOVER coder on gold-standard records (default: ../shared/data/plover/gsr-dev.jsonl).

    python bench/plover.py [FILE.jsonl] [--json] [--predictions OUT.jsonl]

Every record's text is parsed with the product's own pipeline (the configured spaCy model
with the gazetteer) and coded by ``blocwatch.plover``; the record's event is the main event of
its first coded sentence.  Prints category accuracy, per-category P/R/F1, source and target
actor-code F1 and the confusion matrix (gold rows, predicted columns).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from blocwatch.config import load_options
from blocwatch.evaluate import load_plover_gold, score_plover
from blocwatch.plover import predict_records

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover" / "gsr-dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(DEFAULT))
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--predictions", help="write one JSON line per record to this file")
    args = ap.parse_args(argv)
    if not Path(args.file).exists():
        print(f"no gold file at {args.file}", file=sys.stderr)
        return 2
    gold = load_plover_gold(args.file)
    t0 = time.perf_counter()
    preds = predict_records(gold, load_options())
    seconds = time.perf_counter() - t0
    result = score_plover(gold, preds)
    result["file"] = args.file
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
