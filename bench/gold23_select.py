"""Candidates of news_gold batch gold23 (stop 53): an international organisation in the lede and
an office title in the text, the profile of the unseen batches and of ../shared/dev's added
articles, with no meeting word asked for (gold22's rule found only six rows left).

The rule, fixed and committed before any candidate's text was read (gold22's frame, a new
seed, a wider length):

1. Rows of ../shared/corpus/news/articles.jsonl.gz below ``CORPUS_READABLE_ROWS`` (4200) whose
   ``text`` has 120-1000 whitespace tokens.
2. Excluded by script as in bench/gold13_select.py (``readable_candidates``: every article of
   a news_gold batch, ux* included, every article named in bench/data, the membership-recall
   sample, other worktrees' selections).
3. The title or the first 60 words of the text name an international organisation of
   gold13's list (``ORG_CASELESS``, ``ORG_CASED``).
4. The text holds an office word (gold22's ``OFFICE``: president, minister, secretary,
   chairman, ambassador, envoy, commissioner).
5. Sorted by ``id``, shuffled with ``random.Random(23)``; the annotator takes the first 8 that
   state something of the gold schema, recording each skip and its reason.

    python bench/gold23_select.py [N]     (prints the first N candidates)
"""

from __future__ import annotations

import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from gold13_select import print_candidates, readable_candidates  # noqa: E402
from gold22_select import OFFICE, lede_organisation  # noqa: E402


def organisation_and_office(whole: str) -> list[str]:
    """Rules 3 and 4: an organisation in the title or lede and an office word."""
    org = lede_organisation(whole)
    if not org or not OFFICE.search(whole):
        return []
    return [f"org:{org}"]


def candidates() -> list[dict]:
    return readable_candidates((120, 1000), 23, organisation_and_office)


if __name__ == "__main__":
    print_candidates(candidates(), 23)
