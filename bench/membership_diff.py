"""Membership and member-count claims on unannotated news, and what a change adds or drops
(issue 13, ``memb11``): the precision check of a new rule is reading every claim it adds.

    PYTHONPATH=OLD/src .venv/bin/python bench/membership_diff.py dump [--limit 500] --out A.json
    PYTHONPATH=NEW/src .venv/bin/python bench/membership_diff.py dump [--limit 500] --out B.json
    .venv/bin/python bench/membership_diff.py diff A.json B.json

``dump`` runs every stage but the store on the first ``--limit`` articles of
../shared/corpus/news that hold a membership or count cue (``membership_recall.CUE``), taken
from the articles ``membership_recall.articles`` allows (not news_gold, not the PLOVER news
draws at offset 13) and never past the rows a judge reads (``JUDGED_FROM``), and writes each
``member_of`` / ``member_count`` claim with its rule and sentence.  ``diff`` prints the claims
one dump has and the other lacks (by article, predicate, subject, object or value), grouped
by rule, for a reader to mark right or wrong.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

from membership_recall import CUE, articles, extractions

PREDICATES = ("member_of", "member_count")
JUDGED_FROM = 4200  # rows 4200- of the corpus are the PLOVER news draw a judge reads


# a number of members, nations, countries or states, in digits or words ("27-nation",
# "25 member states", "twenty-five countries"): the articles a member-count change can touch
COUNT_SHAPE = re.compile(
    r"\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-\w+)?)[- ]"
    r"(\w+ ){0,2}(members?|nations?|countries|country|states?|allies|economies)\b", re.I)
# a member noun told of someone ("a member of", "who is a member of", "was a leading member
# of"): the articles a rule on persons as members (memb19) can touch
PERSON_CUE = re.compile(r"\b(?:a|an|who is|is|was|are|were)\s+(?:\w+\s+)?members? of\b")


def cue_articles(limit: int, counts: bool = False, persons: bool = False) -> list[dict]:
    """The allowed articles with a membership cue (``counts``: or a count shape; ``persons``:
    the articles with ``PERSON_CUE`` first, then the others)."""
    import gzip

    from membership_recall import CORPUS
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        judged = {json.loads(line)["id"] for k, line in enumerate(fh) if k >= JUDGED_FROM}
    rows = [a for a in articles() if a["id"] not in judged and (
        CUE.search(a["text"]) or counts and COUNT_SHAPE.search(a["text"]))]
    if persons:
        cued = [a for a in rows if PERSON_CUE.search(a["text"])]
        rows = cued + [a for a in rows if not PERSON_CUE.search(a["text"])]
    return rows[:limit]


def dump(limit: int, counts: bool = False, persons: bool = False) -> list[dict]:
    out: list[dict] = []
    for art, ex in extractions(cue_articles(limit, counts, persons)):
        names = {e.local_id: e.name for e in ex.entities}
        for c in ex.claims:
            if c.predicate in PREDICATES:
                out.append({"article": art, "predicate": c.predicate,
                            "subject": names.get(c.subject, c.subject),
                            "object": names.get(c.object, c.object) if c.object else c.value,
                            "qualifier": c.qualifier, "date": c.date,
                            "rule": c.extractor.rsplit(":", 1)[-1],
                            "sentence": c.evidence[0].text if c.evidence else ""})
    return out


def _key(c: dict) -> tuple:
    """A claim by article, predicate, subject, object or value and date (a re-dated claim is
    dropped with its old date and added with its new one)."""
    return (c["article"], c["predicate"], c["subject"], c["object"], c["date"] or "")


def diff(before: list[dict], after: list[dict]) -> dict[str, list[dict]]:
    """The claims only ``after`` has ("added") and only ``before`` has ("dropped")."""
    old, new = {_key(c): c for c in before}, {_key(c): c for c in after}
    return {"added": [new[k] for k in sorted(new.keys() - old.keys())],
            "dropped": [old[k] for k in sorted(old.keys() - new.keys())]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--limit", type=int, default=500)
    d.add_argument("--out", required=True)
    d.add_argument("--counts", action="store_true",
                   help="also the articles with a count shape (COUNT_SHAPE)")
    d.add_argument("--persons", action="store_true",
                   help="the articles with a person-member cue first (PERSON_CUE, memb19)")
    f = sub.add_parser("diff")
    f.add_argument("before")
    f.add_argument("after")
    args = ap.parse_args()
    if args.cmd == "dump":
        Path(args.out).write_text(json.dumps(dump(args.limit, args.counts, args.persons), indent=0), "utf-8")
        return
    got = diff(json.loads(Path(args.before).read_text("utf-8")),
               json.loads(Path(args.after).read_text("utf-8")))
    for what, claims in got.items():
        by_rule = collections.defaultdict(list)
        for c in claims:
            by_rule[c["rule"]].append(c)
        print(f"{what}: {len(claims)}")
        for rule, cs in sorted(by_rule.items()):
            print(f"  {rule}: {len(cs)}")
            for c in cs:
                print(f"    {c['article']} {c['predicate']} {c['subject']} -> {c['object']}"
                      f" [{c['qualifier'] or ''}] {c['date'] or '-'}"
                      f" | {' '.join(c['sentence'].split())[:240]}")


if __name__ == "__main__":
    main()
