"""Candidates of news_gold batch so- (gold15): security and regional organisations at work.

The rule, fixed and committed before any candidate's text was read:

1. Rows of ../shared/corpus/news/articles.jsonl.gz below ``CORPUS_READABLE_ROWS`` (4200) whose
   ``text`` has 150-900 whitespace tokens.
2. Excluded by script (as gold13_select.py, whose ``readable_candidates`` this reuses): every
   ``url`` and ``doc`` of tests/fixtures/news_gold/*.json in this worktree, in /work/main and in
   every /work/wt-* worktree (only those two fields are read, ux* included); every wikinews id or
   URL named in any bench/data/*.jsonl (ids, urls, documents, timex sources, found by pattern in
   the raw lines); the ids of ``bench/membership_recall.excluded_ids()``; the ids in any other
   worktree's bench/data/gold*_selection.txt.
3. At least one international or regional organisation (gold13's list, reused from
   bench/gold13_select.py).
4. At least one meeting cue, whole words, case-blind, in ``title + text``: met, meeting(s),
   talks, summit(s), session(s), visited, received, conference(s).
5. At least one office-title cue, case-sensitive: a capitalised title word (President, Vice
   President, Prime Minister, Minister, Secretary, Secretary-General, Secretary General,
   Chairman, Chairwoman, Chair, Chancellor, King, Queen, Emir, Sheikh, Crown Prince, Ambassador,
   Commissioner, Director, Director-General, Envoy, Representative, Governor, Commander, General,
   Admiral, Spokesman, Spokeswoman, Senator) followed by spaces (not a line break) and a
   capitalised word.
6. Candidates sorted by ``id``, shuffled with ``random.Random(15)``; printed in that order. The
   annotator takes the first 8 that state something of the gold schema, skipping (and counting)
   only texts that are not news or not English.

    python bench/gold15_select.py [N]     (prints the first N candidate ids, default 30)
"""

from __future__ import annotations

import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from gold13_select import ORG_CASED, ORG_CASELESS, print_candidates, readable_candidates  # noqa: E402

MEETING = re.compile(
    r"\b(?:met|meetings?|talks|summits?|sessions?|visited|received|conferences?)\b", re.I)
TITLE = re.compile(
    r"\b(?:Vice President|President|Prime Minister|Minister|Secretary[- ]General|Secretary"
    r"|Chairman|Chairwoman|Chair|Chancellor|King|Queen|Emir|Sheikh|Crown Prince|Ambassador"
    r"|Commissioner|Director-General|Director|Envoy|Representative|Governor|Commander|General"
    r"|Admiral|Spokesman|Spokeswoman|Senator) +[A-Z]")


def cues(whole: str) -> list[str]:
    """An organisation, a meeting cue and an office-title cue (rules 3 to 5)."""
    if not (ORG_CASELESS.search(whole) or ORG_CASED.search(whole)):
        return []
    meet, title = MEETING.search(whole), TITLE.search(whole)
    if not (meet and title):
        return []
    return [f"meeting:{meet.group(0).lower()}", f"title:{title.group(0)[:-1].strip()}"]


def candidates() -> list[dict]:
    return readable_candidates((150, 900), 15, cues)


if __name__ == "__main__":
    print_candidates(candidates(), 15)
