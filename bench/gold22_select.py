"""Candidates of news_gold batch gold22 (stop 52): an international organisation in the lede,
an office title and a meeting word in the text, the profile of ../shared/dev's added articles
(defence and regional diplomacy: who met whom, with which office).

The rule, fixed and committed before any candidate's text was read (gold13's frame, a new
seed):

1. Rows of ../shared/corpus/news/articles.jsonl.gz below ``CORPUS_READABLE_ROWS`` (4200) whose
   ``text`` has 150-800 whitespace tokens.
2. Excluded by script as in bench/gold13_select.py (``readable_candidates``: every article of
   a news_gold batch, ux* included, every article named in bench/data, the membership-recall
   sample, other worktrees' selections).
3. The title or the first 60 words of the text name an international organisation of
   gold13's list (``ORG_CASELESS``, ``ORG_CASED``).
4. The text holds a meeting word (``MEETING``: met, meets, meeting, talks, summit, visit,
   visited, received, hosted) and an office word (``OFFICE``: president, minister, secretary,
   chairman, ambassador, envoy, commissioner).
5. Sorted by ``id``, shuffled with ``random.Random(22)``; the annotator takes the first 6 that
   state something of the gold schema, recording each skip and its reason.

    python bench/gold22_select.py [N]     (prints the first N candidates)
"""

from __future__ import annotations

import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from gold13_select import ORG_CASED, ORG_CASELESS, print_candidates, readable_candidates  # noqa: E402

MEETING = re.compile(r"\b(?:met|meets|meeting|talks|summit|visit|visited|received|hosted)\b", re.I)
OFFICE = re.compile(r"\b(?:president|minister|secretary|chairman|ambassador|envoy|commissioner)\b",
                    re.I)


def lede_organisation(whole: str) -> str | None:
    """Rule 3: the international organisation named in the title or the first 60 words."""
    title, _, text = whole.partition("\n\n")
    lede = title + " " + " ".join(text.split()[:60])
    org = ORG_CASELESS.search(lede) or ORG_CASED.search(lede)
    return org.group(0) if org else None


def diplomacy(whole: str) -> list[str]:
    """Rules 3 and 4: an organisation in the title or lede, a meeting word and an office word."""
    org = lede_organisation(whole)
    if not org or not MEETING.search(whole) or not OFFICE.search(whole):
        return []
    return [f"org:{org}"]


def candidates() -> list[dict]:
    return readable_candidates((150, 800), 22, diplomacy)


if __name__ == "__main__":
    print_candidates(candidates(), 22)
