"""Candidates of news_gold batch fx4 (gold13): office holders with open titles, memberships, chairs.

The rule, fixed and committed before any candidate's text was read:

1. Rows of ../shared/corpus/news/articles.jsonl.gz below ``CORPUS_READABLE_ROWS`` (4200) whose
   ``text`` has 150-700 whitespace tokens.
2. Excluded by script: every ``url`` and ``doc`` (batch prefix removed) of
   tests/fixtures/news_gold/*.json in this worktree, in /work/main and in every /work/wt-*
   worktree (only those two fields are read, ux* included); every wikinews id or URL named in
   any bench/data/*.jsonl (ids, urls, documents, sources of the audits and the timex tables,
   found by pattern in the raw lines); the ids of ``bench/membership_recall.excluded_ids()``;
   the ids in any other worktree's bench/data/gold*_selection.txt (the parallel annotator).
3. Open office heads: whole words, case-blind, of ``title + text``, at least **two distinct**
   head-noun classes of this set (plain president / prime minister / minister do not count):
   representative; commissioner; secretary (secretary-general, under-secretary); spokesperson
   (spokesman, spokeswoman); chair (chairman, chairwoman, chairperson, co-chair); director
   (director-general); envoy; governor; ambassador; commander; adviser (advisor); chief
   (chief of staff, army chief).
4. At least one international organisation: ux6's loose-filter list (acronyms UN, U.N., NATO,
   EU, E.U., AU, ASEAN, OPEC, APEC, OAS, SADC, ECOWAS, Mercosur, WHO (upper case only), IMF,
   WTO, SCO, CIS, OSCE, G7, G8, G20, OIC, GCC, SAARC, EFTA, IAEA, IGAD, CARICOM, CSTO, Interpol,
   UNESCO, UNICEF; names United Nations, European Union, African Union, Arab League, World Bank,
   Council of Europe, Commonwealth, Security Council, Red Cross).
5. Candidates sorted by ``id``, shuffled with ``random.Random(13)``; printed in that order. The
   annotator takes the first 8 that state something of the gold schema, skipping (and counting)
   the others.

    python bench/gold13_select.py [N]     (prints the first N candidate ids, default 30)
"""

from __future__ import annotations

import gzip
import json
import pathlib
import random
import re
import sys
from collections.abc import Callable

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from membership_recall import excluded_ids  # noqa: E402
from position_misses import CORPUS, CORPUS_READABLE_ROWS  # noqa: E402

HEADS = {
    "representative": r"representatives?",
    "commissioner": r"commissioners?",
    "secretary": r"(?:under-)?secretar(?:y|ies)(?:[- ]generals?)?",
    "spokesperson": r"spokes(?:person|man|woman|people|men|women)s?",
    "chair": r"(?:co-?)?chair(?:man|woman|person|men|women|persons)?s?",
    "director": r"directors?(?:-generals?)?",
    "envoy": r"envoys?",
    "governor": r"governors?",
    "ambassador": r"ambassadors?",
    "commander": r"commanders?",
    "adviser": r"advis[eo]rs?",
    "chief": r"chiefs?",
}
HEAD_RE = {k: re.compile(rf"\b{v}\b", re.I) for k, v in HEADS.items()}
ORG_CASELESS = re.compile(
    r"\b(?:United Nations|European Union|African Union|Arab League|World Bank|Council of Europe"
    r"|Commonwealth|Security Council|Red Cross|NATO|ASEAN|OPEC|APEC|SADC|ECOWAS|Mercosur|IMF"
    r"|WTO|OSCE|G7|G8|G20|SAARC|EFTA|IAEA|IGAD|CARICOM|CSTO|Interpol|UNESCO|UNICEF)\b", re.I)
ORG_CASED = re.compile(r"(?<![\w.])(?:UN|U\.N\.|EU|E\.U\.|AU|OAS|WHO|SCO|CIS|OIC|GCC)(?![\w])")
WIKI_ID = re.compile(r"wikinews-(?:tosca-ID\d+|vat-\d+-\d+)")
WIKI_URL = re.compile(r"https?://en\.wikinews\.org/wiki/[^\s\"]+")


def excluded() -> tuple[set[str], set[str]]:
    ids, urls = set(excluded_ids()), set()
    roots = [REPO, pathlib.Path("/work/main"), *pathlib.Path("/work").glob("wt-*")]
    for root in roots:
        for path in (root / "tests/fixtures/news_gold").glob("*.json"):
            d = json.loads(path.read_text("utf-8"))
            urls.add(d.get("url") or "")
            found = WIKI_ID.search(d.get("doc") or path.stem)
            if found:
                ids.add(found.group(0))
        for path in (root / "bench/data").glob("*.jsonl"):
            raw = path.read_text("utf-8")
            ids.update(WIKI_ID.findall(raw))
            urls.update(WIKI_URL.findall(raw))
        if root != REPO:
            for path in (root / "bench/data").glob("gold*_selection.txt"):
                ids.update(WIKI_ID.findall(path.read_text("utf-8")))
    return ids, urls


def listed_in(*batches: int) -> set[str]:
    """The corpus ids that earlier batches' committed selections list
    (bench/data/gold{N}_selection.txt), to leave out of a new batch's candidates."""
    listed: set[str] = set()
    for n in batches:
        for line in (REPO / f"bench/data/gold{n}_selection.txt").read_text("utf-8").splitlines():
            if re.match(r"wikinews-", line):
                listed.add(line.split()[0])
    return listed


def readable_candidates(words: tuple[int, int], seed: int,
                        labels: Callable[[str], list[str]]) -> list[dict]:
    """Readable corpus rows, not excluded, of ``words`` whitespace words, whose ``title + text``
    ``labels`` gives a non-empty list for; sorted by id, shuffled with ``random.Random(seed)``.
    The frame of every gold*_select.py rule (gold14 reuses it with its own labels)."""
    ids, urls = excluded()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(CORPUS_READABLE_ROWS), fh, strict=False)]
    keep = []
    for r in rows:
        if r["id"] in ids or r["url"] in urls or not words[0] <= len(r["text"].split()) <= words[1]:
            continue
        got = labels(r["title"] + "\n\n" + r["text"])
        if got:
            keep.append({"id": r["id"], "labels": got})
    keep.sort(key=lambda c: c["id"])
    random.Random(seed).shuffle(keep)
    return keep


def print_candidates(cands: list[dict], seed: int) -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    print(f"# {len(cands)} candidates; first {n} in shuffle order (random.Random({seed}))")
    for c in cands[:n]:
        print(c["id"], ",".join(c["labels"]))


def heads(whole: str) -> list[str]:
    """Two or more open office heads and an international organisation (rules 3 and 4)."""
    got = sorted(k for k, rx in HEAD_RE.items() if rx.search(whole))
    return got if len(got) >= 2 and (ORG_CASELESS.search(whole) or ORG_CASED.search(whole)) else []


def candidates() -> list[dict]:
    return readable_candidates((150, 700), 13, heads)


if __name__ == "__main__":
    print_candidates(candidates(), 13)
