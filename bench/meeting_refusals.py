"""The fate of every meeting draft on corpus articles, for reading refusals (issue 13, ``meet16``).

    .venv/bin/python bench/meeting_refusals.py CORPUS.jsonl.gz [--skip N] [--limit N]
                                              [--out FATES.jsonl] [--counts]

Each article of ../shared/corpus/news (or any JSON Lines file of ``{"id", "date", "text"}``)
that holds a meeting word is run through the pipeline with the meeting extractor's ``draft``
and ``run`` wrapped to record what became of each trigger: "refused: CHECK" (the name
``events._Extractor.refusal`` gives the check that said the meeting did not take place),
"dated after the report", "kept", "no side", "one side" (``events.stage`` drops a draft with
fewer than two sides that is no session), or "joined or dropped" (merged away).  Nothing the
extractor returns is changed.  ``--out`` writes one line per fate with its sentence and the
names of its sides, to read a sample of refusals by hand; ``--counts`` prints the tally.
Only for corpus articles: the gold batches' errors are read with bench/meeting_misses.py, and
the news_gold ids (read and unseen, by file name) are left out (meet23); ``--titled`` feeds
title, blank line and text, as a scraper delivers a page, so a headline is told as one.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from membership_recall import excluded_ids  # noqa: E402

from blocwatch import events, meetings, pipeline  # noqa: E402
from blocwatch.config import load_options  # noqa: E402
from blocwatch.records import RawDocument  # noqa: E402

# the words whose presence makes an article worth tracing (a trigger may still not fire)
MEETING_WORDS = re.compile(r"\b(?:met|meet|meets|meeting|talks|summit|visit(?:ed|s)?|hosted|"
                           r"received|welcomed|conferred|discussed)\b", re.I)


def fates(doc_id: str, text: str, published: str | None) -> list[dict]:
    """One record per trigger the extractor drafted or refused in the text."""
    out: list[dict] = []
    made: list[tuple[str, str, str]] = []
    draft, run = events._Extractor.draft, events._Extractor.run

    def names(an, ids):  # type: ignore[no-untyped-def]
        return [f"{e.name} ({e.kind})" for e in an.entities if e.local_id in ids]

    def draft_traced(self, trig, sent, code, name, dateline, before):  # type: ignore[no-untyped-def]
        d = draft(self, trig, sent, code, name, dateline, before)
        verb = trig if trig.pos_ == "VERB" else self.an.clause_verb(trig)
        if d is None:
            why = self.refusal(trig, verb)
            out.append({"doc": doc_id, "trigger": trig.text, "pattern": name,
                        "fate": f"refused: {why}" if why else "dated after the report",
                        "sentence": sent.text.strip()})
        else:
            made.append((sent.text.strip(), name, trig.text))
        return d

    def run_traced(self):  # type: ignore[no-untyped-def]
        drafts = run(self)
        kept = set()
        for d in drafts:
            ids = d.actors + d.targets
            sides = events._families(self.an, ids)
            one = not (d.session or d.one_side) and meetings.own_state_only(self.an, d.sent, ids)
            fate = "kept" if sides >= (1 if d.session or d.one_side else 2) and not one else \
                "no side" if not sides else "one side"
            for e in d.evidence:
                kept.add(e.text.strip())
            out.append({"doc": doc_id, "trigger": d.trigger, "pattern": d.pattern or "session",
                        "fate": fate, "sides": names(self.an, ids),
                        "evidence": [e.extractor.split(":", 1)[-1] for e in d.evidence],
                        "sentence": d.sent.text.strip()})
        out.extend({"doc": doc_id, "trigger": trig, "pattern": name, "fate": "joined or dropped",
                    "sentence": text_} for text_, name, trig in made if text_ not in kept)
        return drafts

    events._Extractor.draft, events._Extractor.run = draft_traced, run_traced
    try:
        pipeline.process(RawDocument(f"{doc_id}.txt", doc_id, text, "text/plain",
                                     published=published), load_options())
    finally:
        events._Extractor.draft, events._Extractor.run = draft, run
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--skip", type=int, default=0, help="articles with meeting words to pass over")
    ap.add_argument("--limit", type=int, default=300, help="articles with meeting words to trace")
    ap.add_argument("--grep", help="trace only articles with a sentence matching this regex")
    ap.add_argument("--out", type=Path, help="write one JSON line per fate here")
    ap.add_argument("--counts", action="store_true", help="print the tally of fates")
    ap.add_argument("--titled", action="store_true",
                    help="feed title, blank line and text, as a scraper delivers a page (meet23)")
    args = ap.parse_args()
    records: list[dict] = []
    seen = 0
    gold_ids = excluded_ids()  # meet23: the news_gold texts (read and unseen) stay out
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            if art["id"] in gold_ids:
                continue
            if args.titled and art.get("title"):
                art["text"] = art["title"] + "\n\n" + art["text"]
            if not MEETING_WORDS.search(art["text"]) or (args.grep and not any(
                    re.search(args.grep, s) for s in re.split(r"(?<=[.!?])\s+", art["text"]))):
                continue
            seen += 1
            if seen <= args.skip:
                continue
            if seen > args.skip + args.limit:
                break
            records += fates(art["id"], art["text"], art.get("date"))
    if args.out:
        with args.out.open("w", encoding="utf-8") as w:
            for r in records:
                w.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.counts or not args.out:
        tally = collections.Counter(r["fate"] for r in records)
        for fate, n in tally.most_common():
            print(f"{n:6d}  {fate}")
        print(f"{len(records):6d}  drafts and refusals, {min(seen, args.skip + args.limit) - args.skip}"
              " articles", file=sys.stderr)


if __name__ == "__main__":
    main()
