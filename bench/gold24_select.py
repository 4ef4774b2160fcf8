"""Candidates of news_gold batch gold24 (stop 53): gold23's rule (bench/gold23_select.py: an
international organisation in the lede and an office word) over the rows gold23 did not read,
with a new seed.

The rule, fixed and committed before any candidate's text was read:

1. gold23's candidates (rules 1-4 of bench/gold23_select.py; the lo- batch is excluded as
   every news_gold article is).
2. Every row listed in bench/data/gold23_selection.txt is left out (the nine gold23 read, and
   the five it listed but did not read), whichever worktrees exist.
3. Sorted by ``id``, shuffled with ``random.Random(24)``; the annotator takes the first 8 that
   state something of the gold schema, recording each skip and its reason.

    python bench/gold24_select.py [N]     (prints the first N candidates)
"""

from __future__ import annotations

import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from gold13_select import print_candidates, readable_candidates  # noqa: E402
from gold23_select import organisation_and_office  # noqa: E402


def candidates() -> list[dict]:
    listed = (REPO / "bench/data/gold23_selection.txt").read_text("utf-8").splitlines()
    read = {line.split()[0] for line in listed if re.match(r"wikinews-", line)}
    return [c for c in readable_candidates((120, 1000), 24, organisation_and_office)
            if c["id"] not in read]


if __name__ == "__main__":
    print_candidates(candidates(), 24)
