"""Precision of a party's short name before its office ("Labor leader X") on unannotated news.

Reads the readable rows of ../shared/corpus/news (never rows past ``CORPUS_READABLE_ROWS``,
never a news_gold article, never a row of bench/data/position_audit_seed26.jsonl), keeps those
that write a party ("Party"/"party") and a capitalised word before one of the party offices of
data/patterns/org_names.json ``party_short_names``, draws ``--sample`` of them
(``random.Random(--seed)``), runs the pipeline and prints every PARTY_SHORT_NAME mention (the
entity-layer firing, with the name it was given) and every position claim whose evidence holds
one, for judging by hand (posit29).

    PYTHONPATH=src .venv/bin/python bench/party_offices.py [--sample N] [--seed S]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re

from membership_recall import excluded_ids
from position_misses import AUDIT, CORPUS, CORPUS_READABLE_ROWS, extract

from blocwatch.knowledge import load_json

SOURCE = "org_names:PARTY_SHORT_NAME"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=int, default=300, help="articles drawn (0: all)")
    parser.add_argument("--seed", type=int, default=29)
    args = parser.parse_args()
    offices = load_json("patterns/org_names.json")["party_short_names"]["offices"]
    shape = re.compile(rf"\b[A-Z][a-z]+ (?:{'|'.join(offices)})\b", re.IGNORECASE)
    skip = excluded_ids() | {json.loads(line)["id"]
                             for line in AUDIT.read_text("utf-8").splitlines()}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(CORPUS_READABLE_ROWS), fh, strict=False)]
    rows = [r for r in rows if r["id"] not in skip]
    hits = [r for r in rows if re.search(r"\b[Pp]arty\b", r["text"]) and
            shape.search(r["title"] + "\n\n" + r["text"])]
    drawn = random.Random(args.seed).sample(hits, min(args.sample, len(hits))) \
        if args.sample else hits
    print(f"{len(rows)} articles read, {len(hits)} have the shape, {len(drawn)} drawn")
    pages = [{"url": r["url"], "published": r["date"], "text": r["title"] + "\n\n" + r["text"]}
             for r in drawn]
    mentions = claims = 0
    for r, ex in zip(drawn, extract(pages), strict=True):
        names = {e.local_id: e.name for e in ex.entities}
        text = pages[drawn.index(r)]["text"]
        fired = [m for m in ex.mentions if m.source == SOURCE]
        for m in fired:
            mentions += 1
            print(f"MENTION {r['id']} | {m.text} -> {m.name} | "
                  f"{text[max(0, m.start - 60):m.end + 60]!r}")
        for c in ex.claims:
            if c.predicate != "holds_position" or not any(
                    ev.start <= m.start and m.end <= ev.end for ev in c.evidence for m in fired):
                continue
            claims += 1
            ev = c.evidence[0]
            print(f"CLAIM {r['id']} | {names.get(c.subject)} | {c.role} | {names.get(c.object)} | "
                  f"{c.qualifier} | {ev.text[:200]!r} [{ev.extractor}]")
    print(f"{mentions} mentions, {claims} claims")


if __name__ == "__main__":
    main()
