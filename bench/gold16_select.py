"""Candidates of news_gold batch mc- (gold16): memberships, enlargement and chairs of organisations.

The rule, fixed and committed before any candidate's text was read:

1. Rows of ../shared/corpus/news/articles.jsonl.gz below ``CORPUS_READABLE_ROWS`` (4200) whose
   ``text`` has 150-900 whitespace tokens.
2. Excluded by script (as gold13_select.py, whose ``readable_candidates`` this reuses): every
   ``url`` and ``doc`` of tests/fixtures/news_gold/*.json in this worktree, in /work/main and in
   every /work/wt-* worktree (only those two fields are read, ux* and so-* included); every
   wikinews id or URL named in any bench/data/*.jsonl (ids, urls, documents, timex sources,
   found by pattern in the raw lines); the ids of ``bench/membership_recall.excluded_ids()``;
   the ids in any other worktree's bench/data/gold*_selection.txt.
3. At least one international or regional organisation (gold13's list, reused from
   bench/gold13_select.py).
4. At least one membership cue, whole words, case-blind, in ``title + text``: member state(s),
   member country/countries, members, membership, joined, join, accession, admitted,
   enlargement, "-member" (a hyphen then "member"), suspended.
5. At least one chair or count cue, whole words, case-blind, in ``title + text``: presidency,
   chair, chairman, chairmanship, chair-in-office, rotating, "holds the presidency", or a number
   (digits, or a number word one..twenty, thirty..ninety, hundred, with an optional
   "-one".."-nine" tail) followed by a space or hyphen and "member" / "members".
6. Candidates sorted by ``id``, shuffled with ``random.Random(16)``; printed in that order. The
   annotator takes the first 8 that state something of the gold schema, skipping (and counting)
   only texts that are not news or not English.

    python bench/gold16_select.py [N]     (prints the first N candidate ids, default 30)
"""

from __future__ import annotations

import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from gold13_select import ORG_CASED, ORG_CASELESS, print_candidates, readable_candidates  # noqa: E402

MEMBER = re.compile(
    r"\b(?:member[- ]states?|member[- ]countr(?:y|ies)|members|membership|joined|join"
    r"|accession|admitted|enlargement|suspended)\b|-member\b", re.I)
_UNITS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
          r"|seventy|eighty|ninety|hundred")
NUMBER = rf"(?:\d[\d,]*|(?:{_UNITS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
CHAIR_COUNT = re.compile(
    r"\b(?:presidency|chair|chairman|chairmanship|chair-in-office|rotating)\b"
    rf"|\b{NUMBER}[- ]members?\b", re.I)


def cues(whole: str) -> list[str]:
    """An organisation, a membership cue and a chair or count cue (rules 3 to 5)."""
    if not (ORG_CASELESS.search(whole) or ORG_CASED.search(whole)):
        return []
    memb, chair = MEMBER.search(whole), CHAIR_COUNT.search(whole)
    if not (memb and chair):
        return []
    return [f"member:{memb.group(0).lower()}", f"chair/count:{chair.group(0).lower()}"]


def candidates() -> list[dict]:
    return readable_candidates((150, 900), 16, cues)


if __name__ == "__main__":
    print_candidates(candidates(), 16)
