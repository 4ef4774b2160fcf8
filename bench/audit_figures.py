"""Figures of one blocwatch source tree on the stop's hand-annotated corpus audits (``audit1``).

Each audit was annotated on fresh ../shared/corpus/news text before blocwatch ran on it, so its
figure says how the rules fare beyond the files they were built from:

- ``aud-pos26``: bench/data/position_audit_seed26.jsonl (25 articles, positions only);
- ``aud-meet20``, ``aud-meet21``: bench/data/meeting_audit_seed20.jsonl and ..._seed21.jsonl
  (25 + 20 articles, meetings only);
- ``aud-memb13``: bench/data/membership_audit_seed13.jsonl (sentence rows), scored by
  bench/membership_audit.py, one line per kind.

The article audits are written as gold files in tests/fixtures/news_gold's schema (doc = the
corpus id, url, published, the audited kind); their pages (url, published, title + blank line +
text as the corpus has it) go as JSON Lines into one new store built by the blocwatch of SRC,
and that tree's ``blocwatch eval --json`` scores them.  ``eval`` counts a kind a gold file
leaves out as "no facts", so only the audited kind of each audit is reported.

    .venv/bin/python bench/audit_figures.py [SRC] [--python PY] [--json]

The audits are readable data: ``bench/position_misses.py --set audit`` and
``bench/membership_audit.py score`` print their cases.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from unseen_batch import REPO, blocwatch, checked_src, tree_arguments

DATA = REPO / "bench" / "data"
CORPUS = REPO.parent / "shared" / "corpus" / "news" / "articles.jsonl.gz"
# name of the figure -> (annotated file, the one kind it annotates)
ARTICLE_AUDITS = {
    "aud-pos26": (DATA / "position_audit_seed26.jsonl", "positions"),
    "aud-meet20": (DATA / "meeting_audit_seed20.jsonl", "meetings"),
    "aud-meet21": (DATA / "meeting_audit_seed21.jsonl", "meetings"),
}
MEMBERSHIP_AUDIT = DATA / "membership_audit_seed13.jsonl"
MEMBERSHIP_KINDS = ("member_of", "member_count", "chairs", "founded")


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def corpus_pages(ids: set[str]) -> dict[str, str]:
    """The text of each wanted corpus article as a scraper delivers it: title, blank line, text."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        return {r["id"]: r["title"] + "\n\n" + r["text"]
                for r in map(json.loads, fh) if r["id"] in ids}


def article_figures(python: str, src: Path) -> dict[str, dict]:
    audits = {name: (read_rows(path), kind) for name, (path, kind) in ARTICLE_AUDITS.items()}
    texts = corpus_pages({r["id"] for rows, _ in audits.values() for r in rows})
    figures = {}
    with tempfile.TemporaryDirectory(prefix="audit1-") as tmp:
        pages, fed = Path(tmp) / "pages.jsonl", set()
        with pages.open("w", encoding="utf-8") as out:
            for rows, _ in audits.values():
                for r in rows:
                    if r["id"] not in fed:  # an article two audits share is one page
                        fed.add(r["id"])
                        out.write(json.dumps({"url": r["url"], "published": r["published"],
                                              "text": texts[r["id"]]}) + "\n")
        db = str(Path(tmp) / "audits.db")
        blocwatch(python, src, "ingest", str(pages), "--db", db)
        for name, (rows, kind) in audits.items():
            gold = Path(tmp) / name
            gold.mkdir()
            for r in rows:
                (gold / f"{r['id']}.json").write_text(json.dumps(
                    {"doc": r["id"], "url": r["url"], "published": r["published"],
                     kind: r[kind]}, ensure_ascii=False), "utf-8")
            scores = json.loads(blocwatch(python, src, "eval", str(gold), "--db", db, "--json"))
            s = scores["kinds"][kind]
            figures[name] = {"kind": kind, "documents": scores["documents"],
                             "missing_documents": len(scores["missing_documents"]),
                             **{m: s[m] for m in ("tp", "fp", "fn")}}
    return figures


def membership_figures(python: str, src: Path) -> dict[str, dict]:
    """bench/membership_audit.py's per-kind figures (future joinings left out, as it does)."""
    env = dict(os.environ, PYTHONPATH=str(src))
    env.pop("BLOCWATCH_DB", None)
    done = subprocess.run([python, str(REPO / "bench" / "membership_audit.py"), "score",
                           str(MEMBERSHIP_AUDIT), "--json"], env=env, capture_output=True,
                          text=True)
    if done.returncode:
        sys.exit(f"membership_audit.py failed ({done.returncode}):\n{done.stderr[-2000:]}")
    result = json.loads(done.stdout)

    def count(part: str, kind: str) -> int:
        return sum(n for key, n in result[part].items()
                   if key.split(" / ")[0] == kind and "future" not in key)
    return {kind: {"tp": count("found", kind), "fp": result["wrong"].get(kind, 0),
                   "fn": count("missed", kind)} for kind in MEMBERSHIP_KINDS}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    tree_arguments(parser)
    args = parser.parse_args()
    src = checked_src(args)
    if not CORPUS.exists():
        sys.exit(f"no {CORPUS}: the audits' texts come from ../shared/corpus/news")
    figures = {"src": str(src), "articles": article_figures(args.python, src),
               "aud-memb13": membership_figures(args.python, src)}
    if args.json:
        print(json.dumps(figures, indent=1))
        return
    for name, s in figures["articles"].items():
        print(f"{name:10} {s['kind']} {s['tp']}/{s['fp']}/{s['fn']}")
    for kind, s in figures["aud-memb13"].items():
        print(f"aud-memb13 {kind} {s['tp']}/{s['fp']}/{s['fn']}")


if __name__ == "__main__":
    main()
