"""Aggregate figures of an unseen news_gold batch (ux1 ... ux6) for one blocwatch source tree.

The batch (tests/fixtures/news_gold/<PREFIX>*, README "Unseen batch ux1 (kept unread)" and the
ux2 to ux6 sections after it) is fed as a scraper delivers it
(JSON Lines: page url, corpus date, title + text) into a new store built by the blocwatch of SRC
(its ``src`` folder), then scored with that tree's ``blocwatch eval --only <the batch's stems>
--json``.  Only aggregate figures are printed: tp/fp/fn per kind, facts micro P/R/F1, meetings
P/R/F1 and publication dates.
Misses and extras are never printed: no extraction rule may be written from this batch.

    .venv/bin/python bench/unseen_batch.py [SRC] [--prefix ux1-] [--python PY] [--json]

SRC defaults to this checkout's ``src``; e.g. ``bench/unseen_batch.py /work/wt-int/src``.
``--prefix`` picks the batch by its file-stem prefix: ``ux1-`` (the default), ``ux2-``, ``ux3-``,
``ux4-``, ``ux5-`` or ``ux6-``.
The gold always comes from this checkout's tests/fixtures/news_gold.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "fixtures" / "news_gold"
KINDS = ("positions", "memberships", "member_counts", "chairs", "founded")
CLI = "import sys; from blocwatch.cli import main; sys.argv[0] = 'blocwatch'; main()"


def blocwatch(python: str, src: Path, *args: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(src))
    env.pop("BLOCWATCH_DB", None)
    done = subprocess.run([python, "-c", CLI, *args], env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"blocwatch {args[0]} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return done.stdout


def tree_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of a script that measures one source tree: SRC, --python, --json."""
    parser.add_argument("src", nargs="?", default=str(REPO / "src"),
                        help="the blocwatch source folder to measure (holds blocwatch/)")
    parser.add_argument("--python", default=str(REPO / ".venv" / "bin" / "python")
                        if (REPO / ".venv" / "bin" / "python").exists() else sys.executable)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def checked_src(args: argparse.Namespace) -> Path:
    """SRC resolved, once it holds blocwatch and --python imports blocwatch from it."""
    src = Path(args.src).resolve()
    if not (src / "blocwatch").is_dir():
        sys.exit(f"{src} holds no blocwatch package")
    env = dict(os.environ, PYTHONPATH=str(src))
    where = subprocess.run([args.python, "-c", "import blocwatch; print(blocwatch.__file__)"],
                           env=env, capture_output=True, text=True, check=True).stdout.strip()
    if not Path(where).resolve().is_relative_to(src):
        sys.exit(f"{args.python} imports blocwatch from {where}, not from {src}")
    return src


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    tree_arguments(parser)
    parser.add_argument("--prefix", default="ux1-",
                        help="file-stem prefix of the unseen batch to score (default ux1-; e.g. ux2-, ux5-)")
    args = parser.parse_args()
    src = checked_src(args)
    stems = sorted(p.stem for p in GOLD.glob(f"{args.prefix}*.json"))
    if not stems:
        sys.exit(f"no gold files {args.prefix}*.json in {GOLD}")
    batch = args.prefix.rstrip("-")
    with tempfile.TemporaryDirectory(prefix=args.prefix) as tmp:
        pages = Path(tmp) / "pages.jsonl"
        with pages.open("w", encoding="utf-8") as out:
            for stem in stems:
                gold = json.loads((GOLD / f"{stem}.json").read_text("utf-8"))
                out.write(json.dumps({"url": gold["url"], "published": gold["published"],
                                      "text": (GOLD / f"{stem}.txt").read_text("utf-8")}) + "\n")
        db = str(Path(tmp) / f"{batch}.db")
        blocwatch(args.python, src, "ingest", str(pages), "--db", db)
        scores = json.loads(blocwatch(args.python, src, "eval", str(GOLD), "--db", db,
                                      "--only", ",".join(stems), "--json"))
    figures = {"src": str(src), "batch": batch, "documents": scores["documents"],
               "kinds": {k: {m: scores["kinds"][k][m] for m in ("tp", "fp", "fn")}
                         for k in (*KINDS, "meetings")},
               "facts_micro": {m: scores["facts_micro"][m]
                               for m in ("tp", "fp", "fn", "precision", "recall", "f1")},
               "meetings": {m: scores["kinds"]["meetings"][m]
                            for m in ("precision", "recall", "f1")},
               "published_accuracy": scores["published_accuracy"]}
    if args.json:
        print(json.dumps(figures, indent=1))
        return
    print(f"{batch} unseen batch, {figures['documents']} documents, blocwatch from {src}")
    for kind, s in figures["kinds"].items():
        print(f"  {kind:14} tp/fp/fn {s['tp']}/{s['fp']}/{s['fn']}")
    f, m = figures["facts_micro"], figures["meetings"]
    print(f"  facts micro    P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}")
    print(f"  meetings       P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}")
    print(f"  publication dates right: {figures['published_accuracy']:.1%}")


if __name__ == "__main__":
    main()
