"""Candidates for news_gold batch mt4 (gold12): meetings with several participants.

Rule (fixed and committed before any candidate's text was read):

1. Rows 0-4199 of ../shared/corpus/news/articles.jsonl.gz (never rows at or past
   ``CORPUS_READABLE_ROWS`` = 4200) whose ``text`` has 150-800 whitespace tokens.
2. Excluded by script (only ids and urls are read): every ``url``/``doc`` of
   tests/fixtures/news_gold/*.json in this worktree and in /work/main (batch prefix removed from
   ``doc``); every wikinews id or url found in bench/data/*.jsonl (``timex_*.jsonl`` sources
   included); the ids of ``bench/membership_recall.excluded_ids()``.  These are fixed at abd6236,
   so they are applied before the shuffle.  After the shuffle (so that the order does not move
   when the parallel annotator adds files): every ``url``/``doc`` of any
   /work/wt-*/tests/fixtures/news_gold/*.json and the ids in
   /work/wt-gold13/bench/data/gold13_selection.txt.
3. Gathering word (case-blind, whole word) in the title or the first sentence of the text (text
   up to the first ``.``, ``!`` or ``?`` followed by white space): summit, conference, meeting,
   talks, session, ministerial, forum, visit (plural ``s`` allowed; visit also visited/visiting).
4. At least three office words in the text (occurrences, case-blind, whole word, plural allowed):
   president, prime minister, minister, secretary, chancellor, king, leader, chairman
   ("prime minister" counts once, not also as "minister").
5. Candidates sorted by id, shuffled with ``random.Random(12)``; read in that order and the first 8
   that report a gathering that took place are kept; skipped ones are recorded with the reason in
   tests/fixtures/news_gold/README.md ("Meetings batch 4").

Prints the candidate ids in order (no text).  ``--show N`` prints the Nth candidate's title and text.
"""
import glob
import gzip
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "news" / "articles.jsonl.gz"
READABLE = 4200
ID_RE = re.compile(r"wikinews-(?:tosca-ID\d+|vat-\d{4}-\d+)")
URL_RE = re.compile(r"https?://[^\s\"']+")
GATHER = re.compile(r"\b(summits?|conferences?|meetings?|talks|sessions?|ministerials?|forums?|"
                    r"visit(?:s|ed|ing)?)\b", re.I)
OFFICE = re.compile(r"\b(prime ministers?|presidents?|ministers?|secretar(?:y|ies)|chancellors?|"
                    r"kings?|leaders?|chairm[ae]n)\b", re.I)
FIRST_SENT = re.compile(r"^.*?[.!?](?=\s|$)", re.S)


def gold_refs(golds) -> tuple[set, set]:
    ids, urls = set(), set()
    for g in golds:
        for j in g.glob("*.json"):
            d = json.loads(j.read_text("utf-8"))
            if d.get("url"):
                urls.add(d["url"])
            m = ID_RE.search(d.get("doc") or j.stem)
            if m:
                ids.add(m.group(0))
    return ids, urls


def excluded() -> tuple[set, set]:
    ids, urls = gold_refs([REPO / "tests/fixtures/news_gold",
                           Path("/work/main/tests/fixtures/news_gold")])
    for f in glob.glob(str(REPO / "bench/data/*.jsonl")):
        raw = Path(f).read_text("utf-8")
        ids.update(ID_RE.findall(raw))
        urls.update(u.rstrip(",}") for u in URL_RE.findall(raw))
    sys.path.insert(0, str(REPO / "bench"))
    from membership_recall import excluded_ids
    ids.update(excluded_ids())
    return ids, urls


def late_excluded() -> tuple[set, set]:
    ids, urls = gold_refs([Path(p) for p in glob.glob("/work/wt-*/tests/fixtures/news_gold")])
    other = Path("/work/wt-gold13/bench/data/gold13_selection.txt")
    if other.exists():
        ids.update(ID_RE.findall(other.read_text("utf-8")))
    return ids, urls


def candidates() -> list[dict]:
    ids, urls = excluded()
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= READABLE:
                break
            r = json.loads(line)
            if r["id"] in ids or r.get("url") in urls:
                continue
            if not 150 <= len(r["text"].split()) <= 800:
                continue
            m = FIRST_SENT.match(r["text"].strip())
            first = m.group(0) if m else r["text"]
            if not (GATHER.search(r["title"]) or GATHER.search(first)):
                continue
            if len(OFFICE.findall(r["text"])) < 3:
                continue
            out.append(r)
    out.sort(key=lambda r: r["id"])
    random.Random(12).shuffle(out)
    late_ids, late_urls = late_excluded()
    return [r for r in out if r["id"] not in late_ids and r.get("url") not in late_urls]


if __name__ == "__main__":
    cands = candidates()
    if len(sys.argv) > 2 and sys.argv[1] == "--show":
        r = cands[int(sys.argv[2])]
        print(r["id"], r["date"], r["url"], len(r["text"].split()), "words")
        print(r["title"] + "\n\n" + r["text"])
    else:
        print(len(cands), "candidates", file=sys.stderr)
        for n, r in enumerate(cands[:40]):
            print(n, r["id"])
