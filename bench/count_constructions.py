"""Member-count constructions in readable news and how many the tree reads (issue 13, ``memb18``).

    PYTHONPATH=src .venv/bin/python bench/count_constructions.py [--cases] [--json]

A census, by the shape of the text alone, of the constructions that state how many members an
organization has ("consists of N members", "the N members of", "an N-nation bloc", "grouping
N countries", "its N member states", "brings to N the number of", "N countries signed", "has N
members", "with N member states"), in the rows of ../shared/corpus/news a reader may read
(``membership_recall.readable_articles``: rows before 4200, news_gold articles excluded by
file name, the PLOVER draws at offset 13 left out). Each article holding one is run through
every stage but the store (``membership_recall.extractions``); an instance is *read* when a
``member_count`` claim's evidence sentence holds it. Prints, per construction, its instances,
the articles they are in, how many are read and by which rule; ``--cases`` adds one line per
instance (the article, read or not, the sentence), for a reader to judge which unread ones
state an organization's own membership (../shared/dev/README.md) and which count seats,
people, participants or a subset.
"""

from __future__ import annotations

import argparse
import collections
import json
import re

from membership_recall import extractions, readable_articles

# a count: digits (up to three, no thousands: "8,000-strong" is troops) or a number word
N = (r"(?:(?<![\d,.])\d{1,3}(?![\d,])|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
     r"\w+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?)")
NOUN = r"(?:member[- ])?(?:members|states|countries|nations|economies)"
CONSTRUCTIONS = {
    "consists_of_n": rf"\b(?:consists? of|consisting of|comprises?|comprising|comprised of|"
                     rf"(?:is|are|was|were) made up of|composed of)\s+(?:the\s+)?{N}\s+{NOUN}\b",
    "the_n_members_of": rf"\b(?:the|all)\s+(?:full\s+|current\s+|present\s+)?{N}\s+{NOUN}\s+of\b",
    "n_member_compound": rf"\b{N}[- ](?:nation|member|country|state|strong)\b(?![- ]?s\b)",
    "grouping_n": rf"\b(?:grouping|groups|grouped|uniting|unites|united|brings together|"
                  rf"bringing together|brought together|gathers|gathering|links|linking)\s+"
                  rf"(?:the\s+)?{N}\s+{NOUN}\b",
    "its_n_member_states": rf"(?:\bits|\btheir|'s|’s)\s+{N}\s+{NOUN}\b",
    "brings_to_n": rf"\b(?:brings?|brought|bringing|raises?|raised|takes?|took)\s+"
                   rf"(?:the\s+(?:number|total)\s+\w+\s+\w+\s+)?to\s+{N}\b",
    "n_countries_signed": rf"\b{N}\s+(?:countries|nations|states)\s+(?:have\s+|had\s+)?"
                          rf"(?:signed|ratified)\b",
    "has_n_members": rf"\b(?:has|have|had|numbers|numbered|counts|totals)\s+{N}\s+{NOUN}\b",
    "with_n_members": rf"\bwith\s+{N}\s+{NOUN}\b",
}
PATTERNS = {name: re.compile(p, re.I) for name, p in CONSTRUCTIONS.items()}
SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|$)")


def instances(rows: list[dict]) -> list[dict]:
    """Each construction's matches: article, construction, matched words, sentence."""
    out = []
    for r in rows:
        for name, pat in PATTERNS.items():
            for m in pat.finditer(r["text"]):
                sent = next((s.group(0) for s in SENTENCE.finditer(r["text"])
                             if s.start() <= m.start() < max(s.end(), s.start() + 1)), "")
                out.append({"article": r["id"], "construction": name, "words": m.group(0),
                            "sentence": sent.strip()})
    return out


def census(cases: bool = False) -> dict:
    rows = [r for r in readable_articles() if r.get("text")]
    found = instances(rows)
    wanted = {f["article"] for f in found}
    counts: dict[str, list[tuple[str, str, str]]] = collections.defaultdict(list)
    for art, ex in extractions([r for r in rows if r["id"] in wanted]):
        for c in ex.claims:
            if c.predicate == "member_count":
                rule = c.extractor.rsplit(":", 1)[-1]
                for ev in c.evidence:
                    counts[art].append((ev.text, rule, c.value or ""))
    per: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    lines = []
    for f in found:
        read = sorted({f"{rule}={value}" for text, rule, value in counts.get(f["article"], [])
                       if f["words"] in text})
        f["read"] = read
        key = f["construction"]
        per[key]["instances"] += 1
        per[key]["read"] += bool(read)
        for r in read:
            per[key][f"rule {r.split('=')[0]}"] += 1
        if cases:
            lines.append(f"{key} | {f['article']} | {'READ ' + ','.join(read) if read else '-'}"
                         f" | {f['words']} | {f['sentence'][:300]}")
    articles = {k: len({f["article"] for f in found if f["construction"] == k})
                for k in CONSTRUCTIONS}
    return {"rows": len(rows), "articles_with_a_shape": len(wanted),
            "constructions": {k: {"articles": articles[k], **dict(per.get(k, {}))}
                              for k in CONSTRUCTIONS},
            "cases": lines}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", action="store_true", help="one line per instance")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    res = census(args.cases)
    if args.json:
        print(json.dumps(res, indent=1))
        return
    print(f"readable rows {res['rows']}, articles with a count shape {res['articles_with_a_shape']}")
    for k, v in res["constructions"].items():
        rules = ", ".join(f"{r[5:]} {n}" for r, n in v.items() if r.startswith("rule "))
        print(f"{k:20} instances {v.get('instances', 0):3}  articles {v['articles']:3}  "
              f"read {v.get('read', 0):3}  {rules}")
    for line in res["cases"]:
        print(line)


if __name__ == "__main__":
    main()
