"""Candidates of news_gold batch gold27 (stop 55): an international organization named in the
title, the profile of the unseen set (news about NATO, the EU, the UN, the AU, ASEAN …).

The rule, fixed and committed before any candidate's text was read:

1. Rows of ../shared/corpus/news readable and not excluded, 150-800 whitespace tokens
   (bench/gold13_select.py rules 1-2: no news_gold article, no audit or judged row).
2. An international organization's word in the title (``BLOC``: NATO, ASEAN, OPEC, OSCE,
   IAEA, WTO, G8, G-8, G20, UN, U.N., EU, E.U., AU, SCO, CIS, United Nations, European Union,
   African Union, Arab League, Commonwealth, Security Council).
3. Every row listed in bench/data/gold22_selection.txt to gold25_selection.txt is left out.
4. Sorted by ``id``, shuffled with ``random.Random(27)``; the annotator takes the first 8 that
   state something of the gold schema, recording each skip and its reason.

    python bench/gold27_select.py [N]     (prints the first N candidates)
"""

from __future__ import annotations

import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from gold13_select import listed_in, print_candidates, readable_candidates  # noqa: E402

BLOC = re.compile(r"\b(?:NATO|ASEAN|OPEC|OSCE|IAEA|WTO|G8|G-8|G20|UN|U\.N\.|EU|E\.U\.|AU|SCO|CIS|"
                  r"United Nations|European Union|African Union|Arab League|Commonwealth|"
                  r"Security Council)\b")


def title_bloc(whole: str) -> list[str]:
    """Rule 2: an international organization's word in the title."""
    found = BLOC.search(whole.partition("\n\n")[0])
    return [f"bloc:{found.group(0)}"] if found else []


def candidates() -> list[dict]:
    listed = listed_in(22, 23, 24, 25)
    return [c for c in readable_candidates((150, 800), 27, title_bloc) if c["id"] not in listed]


if __name__ == "__main__":
    print_candidates(candidates(), 27)
