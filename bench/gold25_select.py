"""Candidates of news_gold batch gold25 (stop 54): a meeting in the lede of a story with office
holders, the profile where meetings are found least (the lo and lt batches: meetings 0 of 7).

The rule, fixed and committed before any candidate's text was read:

1. Rows of ../shared/corpus/news readable and not excluded, 150-800 whitespace tokens
   (bench/gold13_select.py rules 1-2: no news_gold article, no audit or judged row).
2. A meeting word (bench/gold22_select.py ``MEETING``: met, meets, meeting, talks, summit,
   visit, visited, received, hosted) in the title or the first 40 words of the text, and an
   office word (``OFFICE``: president, minister, secretary, chairman, ambassador, envoy,
   commissioner) in the title or the first 60 words; no organisation asked for.
3. Every row listed in bench/data/gold22_selection.txt, gold23_selection.txt and
   gold24_selection.txt is left out.
4. Sorted by ``id``, shuffled with ``random.Random(25)``; the annotator takes the first 8 that
   state something of the gold schema, recording each skip and its reason.

    python bench/gold25_select.py [N]     (prints the first N candidates)
"""

from __future__ import annotations

import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from gold13_select import listed_in, print_candidates, readable_candidates  # noqa: E402
from gold22_select import MEETING, OFFICE  # noqa: E402


def lede_meeting(whole: str) -> list[str]:
    """Rule 2: a meeting word in the title or the first 40 words, an office word in the first 60."""
    title, _, text = whole.partition("\n\n")
    words = text.split()
    meeting = MEETING.search(title + " " + " ".join(words[:40]))
    office = OFFICE.search(title + " " + " ".join(words[:60]))
    return [f"meeting:{meeting.group(0)}"] if meeting and office else []


def candidates() -> list[dict]:
    listed = listed_in(22, 23, 24)
    return [c for c in readable_candidates((150, 800), 25, lede_meeting) if c["id"] not in listed]


if __name__ == "__main__":
    print_candidates(candidates(), 25)
