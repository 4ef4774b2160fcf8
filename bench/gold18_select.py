"""Candidates of news_gold batch fx5 (gold18): office holders with open titles.

The rule, fixed and committed before any candidate's text was read: bench/gold13_select.py's
rules 1-4 unchanged (150-700 words, gold13's exclusions, two distinct open office heads, an
international organisation), and also excluded: every id in bench/data/gold17_selection.txt
(the meetings batch drawn at the same time). Sorted by ``id``, shuffled with
``random.Random(18)``; the annotator takes the first 8 that state something of the gold schema,
recording each skip and its reason.

    python bench/gold18_select.py [N]     (prints the first N candidate ids, default 30)
"""

from __future__ import annotations

import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from gold13_select import WIKI_ID, heads, print_candidates, readable_candidates  # noqa: E402


def candidates() -> list[dict]:
    taken = REPO / "bench/data/gold17_selection.txt"
    other = set(WIKI_ID.findall(taken.read_text("utf-8"))) if taken.exists() else set()
    return [c for c in readable_candidates((150, 700), 18, heads) if c["id"] not in other]


if __name__ == "__main__":
    print_candidates(candidates(), 18)
