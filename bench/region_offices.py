"""Precision of a region's offices ("Texas Governor X", "the premier of Alberta") on unannotated news.

Reads the readable rows of ../shared/corpus/news (never rows past ``CORPUS_READABLE_ROWS``,
never a news_gold article, never a row of bench/data/position_audit_seed26.jsonl), keeps those
whose text names a head of data/titles.json ``region_heads``, draws ``--sample`` of them
(``random.Random(--seed)``), runs the pipeline on them and prints every position claim whose
title is written with such a head, with its sentence, for judging by hand; ``place`` marks the
claims a place holds, the firings of the class (posit28).

    PYTHONPATH=src .venv/bin/python bench/region_offices.py [--sample N] [--seed S]
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
    parser.add_argument("--seed", type=int, default=28)
    args = parser.parse_args()
    lex = lexicon()
    plural = [p for p, head in lex.plurals.items() if head in lex.region_heads]
    shape = re.compile(rf"\b(?:{'|'.join(sorted(lex.region_heads | set(plural)))})\b",
                       re.IGNORECASE)
    skip = excluded_ids() | {json.loads(line)["id"]
                             for line in AUDIT.read_text("utf-8").splitlines()}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(CORPUS_READABLE_ROWS), fh, strict=False)]
    rows = [r for r in rows if r["id"] not in skip]
    hits = [r for r in rows if shape.search(r["title"] + "\n\n" + r["text"])]
    drawn = random.Random(args.seed).sample(hits, min(args.sample, len(hits))) \
        if args.sample else hits
    print(f"{len(rows)} articles read, {len(hits)} name a region's office, {len(drawn)} drawn")
    pages = [{"url": r["url"], "published": r["date"], "text": r["title"] + "\n\n" + r["text"]}
             for r in drawn]
    firings = claims = 0
    for r, ex in zip(drawn, extract(pages), strict=True):
        entities = {e.local_id: e for e in ex.entities}
        for c in ex.claims:
            ev = c.evidence[0]
            if c.predicate != "holds_position" or not shape.search(ev.text):
                continue
            held = entities.get(c.object)
            place = held is not None and held.kind == "place"
            claims += 1
            firings += place
            print(f"{'place' if place else '-----'} {r['id']} | {entities[c.subject].name} | "
                  f"{c.role} | {held.name if held else None} | {c.qualifier} | "
                  f"{ev.text[:220]!r} [{ev.extractor}]")
    print(f"{claims} claims in sentences naming such a head, {firings} held by a place")


if __name__ == "__main__":
    main()
