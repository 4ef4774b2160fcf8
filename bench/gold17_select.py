"""Candidates of news_gold batch mt5 (gold17): gatherings with several office holders.

The rule, fixed and committed before any candidate's text was read (gold12's rule, a new seed,
gold13's exclusion frame):

1. Rows of ../shared/corpus/news/articles.jsonl.gz below ``CORPUS_READABLE_ROWS`` (4200) whose
   ``text`` has 150-800 whitespace tokens.
2. Excluded by script as in bench/gold13_select.py (``readable_candidates``): every news_gold
   url and doc here, in /work/main and in /work/wt-*; every wikinews id or URL in any
   bench/data/*.jsonl; ``bench/membership_recall.excluded_ids()``; other worktrees'
   bench/data/gold*_selection.txt.
3. A gathering word (gold12's list: summit, conference, meeting, talks, session, ministerial,
   forum, visit/visited/visiting; case-blind, whole word) in the title or the text's first
   sentence.
4. At least three office words in the text (gold12's list: president, prime minister, minister,
   secretary, chancellor, king, leader, chairman).
5. Sorted by ``id``, shuffled with ``random.Random(17)``; the annotator takes the first 8 that
   report a gathering that took place, recording each skip and its reason.

    python bench/gold17_select.py [N]     (prints the first N candidate ids, default 30)
"""

from __future__ import annotations

import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from gold12_select import FIRST_SENT, GATHER, OFFICE  # noqa: E402
from gold13_select import print_candidates, readable_candidates  # noqa: E402


def gathering(whole: str) -> list[str]:
    """A gathering word in the title or first sentence and three office words (rules 3, 4)."""
    title, _, text = whole.partition("\n\n")
    first = FIRST_SENT.match(text.strip())
    opening = title + "\n" + (first.group(0) if first else text)
    word = GATHER.search(opening)
    offices = OFFICE.findall(text)
    if not word or len(offices) < 3:
        return []
    return [f"gather:{word.group(0).lower()}", f"offices:{len(offices)}"]


def candidates() -> list[dict]:
    return readable_candidates((150, 800), 17, gathering)


if __name__ == "__main__":
    print_candidates(candidates(), 17)
