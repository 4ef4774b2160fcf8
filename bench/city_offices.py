"""Precision of a city's offices ("the mayor of Tehran", "Chicago Mayor X") on unannotated news.

Reads the readable rows of ../shared/corpus/news (never rows past ``CORPUS_READABLE_ROWS``,
never a news_gold article, never a row of bench/data/position_audit_seed26.jsonl), keeps those
whose text names a head of data/titles.json ``place_heads``, draws ``--sample`` of them
(``random.Random(--seed)``), runs the pipeline on them and prints every position claim of such
a title, with its sentence, for judging by hand (posit27).

    PYTHONPATH=src .venv/bin/python bench/city_offices.py [--sample N] [--seed S]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re

from membership_recall import excluded_ids
from position_misses import AUDIT, CORPUS, CORPUS_READABLE_ROWS, extract

from blocwatch.facts.titles import lexicon


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=int, default=300, help="articles drawn (0: all)")
    parser.add_argument("--seed", type=int, default=27)
    args = parser.parse_args()
    lex = lexicon()
    plural = [p for p, head in lex.plurals.items() if head in lex.place_heads]
    shape = re.compile(rf"\b(?:{'|'.join(sorted(lex.place_heads | set(plural)))})\b",
                       re.IGNORECASE)
    skip = excluded_ids() | {json.loads(line)["id"]
                             for line in AUDIT.read_text("utf-8").splitlines()}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(CORPUS_READABLE_ROWS), fh, strict=False)]
    rows = [r for r in rows if r["id"] not in skip]
    hits = [r for r in rows if shape.search(r["title"] + "\n\n" + r["text"])]
    drawn = random.Random(args.seed).sample(hits, min(args.sample, len(hits))) \
        if args.sample else hits
    print(f"{len(rows)} articles read, {len(hits)} name a city's office, {len(drawn)} drawn")
    pages = [{"url": r["url"], "published": r["date"], "text": r["title"] + "\n\n" + r["text"]}
             for r in drawn]
    firings = 0
    for r, ex in zip(drawn, extract(pages), strict=True):
        names = {e.local_id: e.name for e in ex.entities}
        for c in ex.claims:
            if c.predicate != "holds_position" or not set(
                    (c.role or "").lower().replace("-", " ").split()) & lex.place_heads:
                continue
            firings += 1
            ev = c.evidence[0]
            print(f"{r['id']} | {names.get(c.subject)} | {c.role} | {names.get(c.object)} | "
                  f"{c.qualifier} | {ev.text[:220]!r} [{ev.extractor}]")
    print(f"{firings} claims")


if __name__ == "__main__":
    main()
