"""A hand-annotated audit of memberships, member counts, chairs and foundings on fresh news
(issue 13, ``memb13``).

    .venv/bin/python bench/membership_audit.py draw [--n 20] [--seed 13] --out FILE.jsonl
    .venv/bin/python bench/membership_audit.py score FILE.jsonl [--json]

``draw`` takes ``--n`` articles of ../shared/corpus/news of at most 1500 words (not in
tests/fixtures/news_gold, not among the PLOVER news draws at offset 13) with a sentence that
holds both the name of an international organization (``international_names``) and a cue of the brief
(``AUDIT_CUE``, written before reading), and writes every such sentence of them as a row with
``stated`` null for a reader to annotate by ../shared/dev/README.md's schema before the system
is run (rows with ``draw`` "article_scan" are the other sentences of those articles that name
such an organization beside a membership word, added by the reader).  ``score`` is
bench/membership_recall.py's scorer (future joinings counted apart).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from membership_recall import ROOT, articles, score, sentences

AUDIT_CUE = re.compile(
    r"\b(member (?:states|countries|nations)|members (?:are|include)|joined|admitted|accession"
    r"|\w+(?:st|nd|rd|th) member|founding members?|\w+-(?:member|nation)|suspended from|withdrew"
    r"|presidency of|chair of the|rotating presidency|(?:founded|established|created) in \d{4}"
    r"|anniversary)\b", re.I)
MAX_WORDS = 1500


def international_names() -> re.Pattern:
    """Names of the international organizations of the package's list (a name shaped like one,
    ``ORG_SHAPE``, took party, council and union bodies of one country in a first try)."""
    data = json.loads((ROOT / "src" / "blocwatch" / "data" / "organizations.json")
                      .read_text("utf-8"))
    names = {n for o in data["organizations"]
             for n in [o["name"], *o["abbreviations"], *o["aliases"]] if len(n) > 1}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True))
                      + r")\b")


def draw(n: int, seed: int) -> list[dict]:
    org = international_names()
    pool = []
    for a in articles():
        if len(a["text"].split()) > MAX_WORDS:
            continue
        cued = [(off, s) for off, s in sentences(a["text"])
                if AUDIT_CUE.search(s) and org.search(s)]
        if cued:
            pool.append((a["id"], cued))
    picked = random.Random(seed).sample(sorted(pool), n)
    return [{"id": f"{k + 1}.{j + 1}", "article": art, "offset": off, "sentence": s,
             "stated": None}
            for k, (art, cued) in enumerate(picked) for j, (off, s) in enumerate(cued)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--n", type=int, default=20)
    d.add_argument("--seed", type=int, default=13)
    d.add_argument("--out", required=True)
    s = sub.add_parser("score")
    s.add_argument("file")
    s.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.cmd == "draw":
        rows = draw(args.n, args.seed)
        Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                  "utf-8")
        print(f"{len(rows)} sentences of {args.n} articles to {args.out}")
        return
    rows = [json.loads(line) for line in Path(args.file).read_text("utf-8").splitlines() if line]
    result = score(rows)
    if args.json:
        # found/missed are keyed by (kind, class), wrong by kind alone
        print(json.dumps({k: ({(" / ".join(key) if isinstance(key, tuple) else key): v
                               for key, v in c.items()}
                              if k != "cases" else c) for k, c in result.items()}, indent=1,
                         default=str))
        return
    for kind in ("member_of", "member_count", "chairs", "founded"):
        tp = sum(v for (k, c), v in result["found"].items() if k == kind and "future" not in c)
        fn = sum(v for (k, c), v in result["missed"].items() if k == kind and "future" not in c)
        later = [sum(v for (k, c), v in result[part].items() if k == kind and "future" in c)
                 for part in ("found", "missed")]
        print(f"{kind:13s} tp {tp} fp {result['wrong'][kind]} fn {fn}"
              f" | future joinings claimed {later[0]} of {sum(later)} (gold leaves them out)")
    for case in result["cases"]:
        print(json.dumps(case, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
