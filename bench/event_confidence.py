"""Fit and measure the coded-event confidence model on readers' judgements of real news.

    python bench/event_confidence.py [--train 0,2,4,6,8,10,12] [--test 1,3,5,7,9,11,13]
                                     [--threshold 0.65] [--write] [--all]

Codes the 300 articles of each ``--train`` and ``--test`` offset of ../shared/corpus/news (the
sets of bench/plover_news.py) with no confidence threshold, and matches each coded event to
the readers' verdicts in bench/data/plover_news_judged_*.jsonl: an event is right when a
reader judged its category and its source actors right (matched by document, sentence,
trigger, category, source and target as drawn), wrong when a reader judged its category wrong
(whatever the actors). Fits on the train offsets' judged events a share of right events per
(category, trigger lemma), smoothed toward its category's, and a logistic regression over
``confidence.features`` (numpy, Newton's method, L2; each training event's own lemma share
leaves itself out, so the weight of that feature is not inflated by events it was counted
from; the trigger's clause read from the parse). Prints, on the test offsets' judged events,
the share right in category and in category and source of what each threshold keeps, the
share of right events kept and the share of all coded events kept. ``--write`` writes the
model fitted on the train offsets to src/blocwatch/data/event_confidence.json with
``--threshold`` as the recommended one; ``--all`` also measures the other way round and
writes a model fitted on both.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from blocwatch import confidence
from blocwatch.config import load_options

# the same article sets, and the same rows, as the judged draws
sys.path.insert(0, str(Path(__file__).resolve().parent))
from plover_news import actor_strings, coder_extractions, pick  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "src" / "blocwatch" / "data" / "event_confidence.json"
SMOOTHING = 4.0
L2 = 1.0


def judgements() -> tuple[dict[tuple, bool], dict[tuple, bool]]:
    """Every reader's verdicts: on the category by (document, sentence, trigger, category), and
    on category and source together by that and the source and target actors as drawn. Files
    in name order; a later verdict on the same event wins."""
    category: dict[tuple, bool] = {}
    both: dict[tuple, bool] = {}
    for path in sorted(glob.glob(str(ROOT / "bench" / "data" / "plover_news_judged_*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                if row.get("category_right") is not None:
                    key = (row["document"], row["sentence"], row["trigger"], row["category"])
                    category[key] = bool(row["category_right"])
                    both[key + (tuple(row.get("source") or ()), tuple(row.get("target") or ()))] \
                        = bool(row["category_right"] and row.get("source_right"))
    return category, both


def coded(offset: int) -> list[dict]:
    """The sentence coder's events on one offset's articles, none left out by confidence, with
    what ``confidence.features`` reads of each (its trigger's clause read here)."""
    options = replace(load_options(), event_min_confidence=0.0)
    out = []
    for ex, ev in coder_extractions(pick(300, offset), options=options, keep_docs=True):
        if not ev.evidence:
            continue
        key = (ex.document.raw.url or "", ev.evidence[0].text, ev.trigger, ev.category)
        out.append({"event": ev, "length": len(ex.document.text), "published": ex.date.value,
                    "offset": offset, "key": key,
                    "full_key": key + (tuple(actor_strings(ev, "source")),
                                       tuple(actor_strings(ev, "target"))),
                    "clause": confidence.clause_features(
                        confidence.trigger_token(ex.extras["parsed"], ev)),
                    "lemma": confidence.trigger_lemma(ev.evidence[0].extractor)})
    return out


def table(rows: list[dict]) -> dict:
    """Counts per (category, lemma) and smoothed precisions per category."""
    lemmas: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    cats: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for r in rows:
        lemmas[f"{r['event'].category} {r['lemma']}"][0] += 1
        lemmas[f"{r['event'].category} {r['lemma']}"][1] += r["right"]
        cats[r["event"].category][0] += 1
        cats[r["event"].category][1] += r["right"]
    base = sum(r["right"] for r in rows) / len(rows)
    return {"base": base, "smoothing": SMOOTHING,
            "categories": {c: (v[1] + SMOOTHING * base) / (v[0] + SMOOTHING)
                           for c, v in sorted(cats.items())},
            "lemmas": {k: v for k, v in sorted(lemmas.items())}}


def fit(rows: list[dict]) -> dict:
    model = {**table(rows), "bias": 0.0, "weights": {}}
    names = list(confidence.features(rows[0]["event"], 1, None, None, model, rows[0]["clause"]))
    xs, ys = [], []
    for r in rows:  # leave the event itself out of its lemma's count
        key = f"{r['event'].category} {r['lemma']}"
        n, right = model["lemmas"][key]
        own = {**model, "lemmas": {**model["lemmas"], key: [n - 1, right - r["right"]]}}
        f = confidence.features(r["event"], r["length"], r["published"], None, own, r["clause"])
        xs.append([1.0] + [f[k] for k in names])
        ys.append(float(r["right"]))
    x, y = np.array(xs), np.array(ys)
    w = np.zeros(x.shape[1])
    penalty = L2 * np.eye(len(w))
    penalty[0, 0] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + penalty @ w
        hess = (x.T * (p * (1 - p))) @ x + penalty
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    model["bias"] = float(w[0])
    model["weights"] = {k: round(float(v), 4) for k, v in zip(names, w[1:], strict=True)}
    return model


def measure(model: dict, rows: list[dict]) -> dict:
    """Among the judged rows each threshold keeps: the share right in category and the share
    right in category and source; and the share of all coded events kept."""
    scores = [confidence.score(r["event"], r["length"], r["published"], None, model, r["clause"])
              for r in rows]
    figures = {}
    cat_all = sum(1 for r in rows if r["category"])
    print("threshold  kept(all)  judged kept  category  category+source  right kept")
    for t in (0.0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75):
        kept = [r for s, r in zip(scores, rows, strict=True) if s >= t]
        cat = [r["category"] for r in kept if r["category"] is not None]
        both = [r["right"] for r in kept if r["right"] is not None]
        share = len(kept) / len(rows)
        figures[str(t)] = {"kept_share": round(share, 3), "judged_kept": len(cat),
                           "precision": round(sum(cat) / max(1, len(cat)), 3),
                           "precision_with_source": round(sum(both) / max(1, len(both)), 3),
                           "right_kept": round(sum(cat) / max(1, cat_all), 3)}
        f = figures[str(t)]
        print(f"{t:9.2f}  {share:9.3f}  {len(cat):11d}  {f['precision']:8.3f}  "
              f"{f['precision_with_source']:15.3f}  {f['right_kept']:10.3f}")
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", default="0,2,4,6,8,10,12")
    ap.add_argument("--test", default="1,3,5,7,9,11,13")
    ap.add_argument("--threshold", type=float, default=0.65)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--all", action="store_true",
                    help="also fit on --test and measure on --train (the second fold); with "
                         "--write, write the model fitted on both")
    args = ap.parse_args(argv)
    by_category, by_both = judgements()
    sets = {}
    for name in ("train", "test"):
        rows = [r for o in map(int, getattr(args, name).split(",")) for r in coded(o)]
        for r in rows:
            r["category"] = by_category.get(r["key"])
            r["right"] = False if r["category"] is False else by_both.get(r["full_key"])
        sets[name] = rows
        judged = [r for r in rows if r["right"] is not None]
        right = sum(r["right"] for r in judged)
        print(f"{name}: {len(rows)} coded events, {len(judged)} judged in category and source, "
              f"{right} right ({right / max(1, len(judged)):.3f})")
    print(f"fitted on {args.train}, measured on {args.test}:")
    folds = {args.test: measure(fit([r for r in sets["train"] if r["right"] is not None]),
                                sets["test"])}
    fitted = {"offsets": args.train, "held_out_offsets": args.test}
    rows = [r for r in sets["train"] if r["right"] is not None]
    if args.all:
        print(f"fitted on {args.test}, measured on {args.train}:")
        folds[args.train] = measure(fit([r for r in sets["test"] if r["right"] is not None]),
                                    sets["train"])
        rows += [r for r in sets["test"] if r["right"] is not None]
        fitted = {"offsets": f"{args.train},{args.test}",
                  "held_out_offsets": "none: each half was measured by a fit on the other"}
    if args.write:
        model = fit(rows)
        model.update(threshold=args.threshold, fitted_on={
            **fitted, "judged_events": len(rows), "held_out": folds[args.test],
            "folds": folds})
        MODEL.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", "utf-8")
        print(f"wrote {MODEL}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
