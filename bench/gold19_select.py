"""Candidates of the unseen news_gold batches ux7 and ux8 (gold19): international security and
regional organizations named in the title, the profile of issue 13's kept-aside set.

The rule, fixed and committed before any candidate's text was read (gold13's frame, a new
seed):

1. Rows of ../shared/corpus/news/articles.jsonl.gz below ``CORPUS_READABLE_ROWS`` (4200) whose
   ``text`` has 150-1000 whitespace tokens.
2. Excluded by script as in bench/gold13_select.py (``readable_candidates``), and also every
   article whose ``title + text`` matches one of the two patterns whose articles' claims were
   read while building posit65 and posit66 in stop 50 (``READ_THIS_STOP``): an office head
   followed by "of the" and a common noun of organisation, or a body's capitalised word right
   before an office head.
3. The title names an international security or regional organization or the UN (``TITLE_ORG``:
   NATO, OSCE, CSTO, SCO, CIS, EAEU/Eurasian Economic, Council of Europe, European Union, EU,
   United Nations, UN, Security Council, African Union, AU, ECOWAS, ASEAN, GCC/Gulf Cooperation
   Council, Arab League, OIC/Islamic Conference, Shanghai Cooperation, Commonwealth of
   Independent States, Collective Security, SADC, IGAD, OAS, Warsaw Pact).
4. Sorted by ``id``, shuffled with ``random.Random(19)``. Candidates at odd ranks (1, 3, 5 …)
   go to batch ux7, at even ranks to ux8; each annotator takes the first 6 of its own list that
   state something of the gold schema, recording each skip and its reason.

    python bench/gold19_select.py [N]     (prints the first N candidates with their batch)
"""

from __future__ import annotations

import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from gold13_select import readable_candidates  # noqa: E402

TITLE_ORG = re.compile(
    r"\b(?:NATO|OSCE|CSTO|SCO|CIS|EAEU|Eurasian Economic|Council of Europe|European Union|EU|E\.U\."
    r"|United Nations|UN|U\.N\.|Security Council|African Union|AU|ECOWAS|ASEAN|GCC"
    r"|Gulf Cooperation Council|Arab League|OIC|Islamic Conference|Shanghai Cooperation"
    r"|Commonwealth of Independent States|Collective Security|SADC|IGAD|OAS|Warsaw Pact)\b")
BODY_NOUNS = (r"university|college|academy|institute|commission|committee|council|party|league"
              r"|federation|confederation|union|movement|association|alliance|coalition"
              r"|foundation|society|corporation|company|bank|fund|court|tribunal|board|agency"
              r"|organization|organisation|network|forum|front|trust")
HEADS = (r"chairman|chairwoman|chair|chairperson|president|head|leader|director|secretary|chief"
         r"|spokesman|spokeswoman|spokesperson|governor|chancellor|commissioner|speaker|rector"
         r"|dean|provost|secretary-general|director-general|executive|deputy|treasurer")
READ_THIS_STOP = (
    re.compile(rf"(?i)\b(?:{HEADS})\s+of\s+(?:the|this|that)\s+(?:{BODY_NOUNS})\b"),
    re.compile(r"\b(?:Assembly|Parliament|Senate|Congress|Commission|Council|Committee|Court|Bank"
               r"|University|Party|Union|House|Chamber|Duma|Knesset|Majlis|Board|Tribunal|League"
               r"|Federation|Association|Authority|Agency|Institute|Foundation)\s+(?:[Pp]resident"
               r"|[Ss]peaker|[Cc]hair(?:man|woman)?|[Ll]eader|[Hh]ead|[Cc]hief|[Ss]ecretary"
               r"|[Dd]irector|[Ss]pokes(?:man|woman|person)|[Gg]overnor|[Cc]hancellor"
               r"|[Cc]ommissioner|[Mm]ajority [Ll]eader|[Mm]inority [Ll]eader"
               r"|[Vv]ice[- ][Pp]resident)\s+[A-Z]"),
)


def security_title(whole: str) -> list[str]:
    """An organization of rule 3 in the title, none of rule 2's read patterns (rules 2, 3)."""
    title = whole.partition("\n\n")[0]
    found = TITLE_ORG.search(title)
    if not found or any(rx.search(whole) for rx in READ_THIS_STOP):
        return []
    return [f"title:{found.group(0)}"]


def candidates() -> list[dict]:
    cands = readable_candidates((150, 1000), 19, security_title)
    for rank, c in enumerate(cands, 1):
        c["labels"] = [f"ux{7 if rank % 2 else 8}", *c["labels"]]
    return cands


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    cands = candidates()
    print(f"# {len(cands)} candidates; first {n} in shuffle order (random.Random(19))")
    for c in cands[:n]:
        print(c["id"], ",".join(c["labels"]))
