"""Coded events on real news: the most frequent (category, trigger) pairs and a random draw to judge.

    python bench/plover_news.py [--articles 300] [--offset 0] [--sample 50] [--seed 14]
                                [--out FILE.jsonl] [--all FILE.jsonl]

Takes every k-th article of ``../shared/corpus/news/articles.jsonl.gz`` (k so that
``--articles`` are spread over the whole corpus: k = rows // articles, 14 for 300), starting at
row ``--offset`` (``rows[offset::k][:articles]``; default 0, the 300 articles every earlier
draw came from). An offset of 1 to k-1 picks a set of articles disjoint from the default one
(``--offset 7``: a fresh set of 300 that no earlier judged draw has read). Runs every stage but
the store (``pipeline.extract_batch``) and keeps the events of the sentence coder
(``events.plover.sentence.v1``; meetings come from the meeting extractor and are not counted).
Prints the count of events, the 30 most frequent (category, trigger lemma) pairs, and writes
``--sample`` events drawn with ``random.Random(seed)`` (sentence, category, trigger, source and
target actors) to ``--out`` for a reader to judge by the PLOVER manual.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import itertools
import json
import random
import sys
import tempfile
from pathlib import Path

from blocwatch.config import load_options
from blocwatch.pipeline import extract_batch, read_sources
from blocwatch.plover import CODER
from blocwatch.records import Extraction

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news" / "articles.jsonl.gz"


def pick(n: int, offset: int = 0) -> list[dict]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    step = max(1, len(rows) // n)
    return rows[offset::step][:n]


def coded_events(articles: list[dict]) -> list[dict]:
    options = load_options()
    out: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "slice.jsonl"
        path.write_text("".join(json.dumps(a) + "\n" for a in articles), "utf-8")
        items = list(read_sources([path], options))
        for i in range(0, len(items), 50):
            for ex in extract_batch(items[i:i + 50], options, keep_docs=False):
                if not isinstance(ex, Extraction):
                    continue
                for ev in ex.events:
                    if ev.extractor != CODER:
                        continue
                    lemma = ev.evidence[0].extractor.rsplit(":", 1)[-1] if ev.evidence else ""
                    out.append({
                        "document": ex.document.raw.url or ex.doc_id, "category": ev.category,
                        "trigger": ev.trigger, "lemma": lemma, "date": ev.date,
                        "source": [f"{a.text} [{a.code}/{a.sector}]" for a in ev.coded
                                   if a.role == "source"],
                        "target": [f"{a.text} [{a.code}/{a.sector}]" for a in ev.coded
                                   if a.role == "target"],
                        "sentence": ev.evidence[0].text if ev.evidence else ""})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--offset", type=int, default=0,
                    help="first row of the every-k-th pick (0 to k-1; other offsets give disjoint sets)")
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--out", help="write the drawn events here (JSON Lines)")
    ap.add_argument("--all", help="write every coded event here (JSON Lines)")
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"no news corpus at {CORPUS}", file=sys.stderr)
        return 2
    if args.offset < 0:
        ap.error("--offset must be 0 or more")
    events = coded_events(pick(args.articles, args.offset))
    pairs = collections.Counter((e["category"], e["lemma"]) for e in events)
    at = f" (offset {args.offset})" if args.offset else ""
    print(f"{len(events)} coded events in {args.articles} articles{at}")
    for (cat, lemma), n in itertools.islice(pairs.most_common(), 30):
        print(f"{n:4d}  {cat:10} {lemma}")
    if args.all:
        with open(args.all, "w", encoding="utf-8") as fh:
            for e in events:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    drawn = random.Random(args.seed).sample(events, min(args.sample, len(events)))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for e in drawn:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
