"""Candidates of news_gold batch cf- (gold14): memberships, member counts, chairs, founding.

The rule, fixed and committed before any candidate's text was read:

1. Rows of ../shared/corpus/news/articles.jsonl.gz below ``CORPUS_READABLE_ROWS`` (4200) whose
   ``text`` has 150-900 whitespace tokens.
2. Excluded by script (as gold13_select.py): every ``url`` and ``doc`` of
   tests/fixtures/news_gold/*.json in this worktree, in /work/main and in every /work/wt-*
   worktree (only those two fields are read, ux* included); every wikinews id or URL named in
   any bench/data/*.jsonl (ids, urls, documents, timex sources, found by pattern in the raw
   lines); the ids of ``bench/membership_recall.excluded_ids()``; the ids in any other
   worktree's bench/data/gold*_selection.txt.
3. At least one international or regional organisation (gold13's list, reused from
   bench/gold13_select.py).
4. At least **two distinct** cue classes of this set, matched case-blind on ``title + text``:
   - membership: member state(s) / member country / member countries / member nation(s),
     joined, accession, admitted, enlargement, full member, observer status, suspended from,
     withdrew from, left the;
   - count: "N-member", "N member states/countries/nations", "N members", "N countries" with N a
     figure or a number word (two .. hundred);
   - chair: chair, chairman, chairmanship, presidency, rotating, holds the ... presidency,
     chair-in-office;
   - founding: founded / established / set up / created / formed / inception, with a year
     (four digits, 1800-2029) in the same sentence.
5. Candidates sorted by ``id``, shuffled with ``random.Random(14)``; printed in that order. The
   annotator takes the first 8 that state something of the gold schema, skipping (and counting)
   the others.

    python bench/gold14_select.py [N]     (prints the first N candidate ids, default 30)
"""

from __future__ import annotations

import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from gold13_select import ORG_CASED, ORG_CASELESS, print_candidates, readable_candidates  # noqa: E402

NUM = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
       r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|thirty(?:-\w+)?"
       r"|forty(?:-\w+)?|fifty(?:-\w+)?|sixty(?:-\w+)?|seventy(?:-\w+)?|eighty(?:-\w+)?"
       r"|ninety(?:-\w+)?|hundred)")
CUES = {
    "membership": re.compile(
        r"\b(?:member[- ](?:states?|country|countries|nations?)|joined|accession|admitted"
        r"|enlargement|full member|observer status|suspended from|withdrew from|left the)\b", re.I),
    "count": re.compile(
        rf"\b{NUM}(?:-member\b|\s+member\s+(?:states|countries|nations)\b|\s+members\b"
        rf"|\s+countries\b)", re.I),
    "chair": re.compile(
        r"\b(?:chair(?:-in-office)?|chairman|chairmanship|presidency|rotating"
        r"|holds? the [\w ]{0,40}presidency)\b", re.I),
}
FOUND = re.compile(r"\b(?:founded|established|set up|created|formed|inception)\b", re.I)
YEAR = re.compile(r"\b(?:18\d\d|19\d\d|20[0-2]\d)\b")
SENT = re.compile(r"(?<=[.!?])\s+")


def cues(whole: str) -> list[str]:
    """Two or more cue classes in a text naming an organisation (rules 3 and 4)."""
    if not (ORG_CASELESS.search(whole) or ORG_CASED.search(whole)):
        return []
    got = [k for k, rx in CUES.items() if rx.search(whole)]
    if any(FOUND.search(s) and YEAR.search(s) for s in SENT.split(whole)):
        got.append("founding")
    return sorted(got) if len(got) >= 2 else []


def candidates() -> list[dict]:
    return readable_candidates((150, 900), 14, cues)


if __name__ == "__main__":
    print_candidates(candidates(), 14)
