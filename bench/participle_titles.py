"""Precision of participle titles ("managing director", "commanding officer") on unannotated news.

Reads the readable rows of ../shared/corpus/news (never rows past ``CORPUS_READABLE_ROWS``,
never a news_gold article, never a row of bench/data/position_audit_seed26.jsonl), keeps
those whose text has a participle of data/titles.json ``participle_modifiers`` before a head of
office, runs the pipeline on them and prints every position claim whose title starts with such
a participle, with its sentence, for judging by hand (posit26).

    PYTHONPATH=src .venv/bin/python bench/participle_titles.py [--limit N]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re

from membership_recall import excluded_ids
from position_misses import AUDIT, CORPUS, CORPUS_READABLE_ROWS, extract

from blocwatch.facts.titles import lexicon


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="at most N articles (0: all)")
    args = parser.parse_args()
    lex = lexicon()
    participles = "|".join(sorted(lex.participles))
    heads = "|".join(sorted(lex.heads | set(lex.plurals)))
    shape = re.compile(rf"\b(?:{participles})\s+(?:{heads})\b", re.IGNORECASE)
    skip = excluded_ids() | {json.loads(line)["id"]
                             for line in AUDIT.read_text("utf-8").splitlines()}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(CORPUS_READABLE_ROWS), fh, strict=False)]
    rows = [r for r in rows if r["id"] not in skip]
    hits = [r for r in rows if shape.search(r["title"] + "\n\n" + r["text"])]
    if args.limit:
        hits = hits[:args.limit]
    print(f"{len(rows)} articles read, {len(hits)} with a participle title")
    pages = [{"url": r["url"], "published": r["date"], "text": r["title"] + "\n\n" + r["text"]}
             for r in hits]
    firings = 0
    for r, ex in zip(hits, extract(pages), strict=True):
        names = {e.local_id: e.name for e in ex.entities}
        for c in ex.claims:
            if c.predicate != "holds_position" or c.role.split()[0].lower() not in lex.participles:
                continue
            firings += 1
            ev = c.evidence[0]
            print(f"{r['id']} | {names.get(c.subject)} | {c.role} | {names.get(c.object)} | "
                  f"{ev.text[:200]!r} [{ev.extractor}]")
    print(f"{firings} claims")


if __name__ == "__main__":
    main()
