"""Real sentences that list countries beside a word of membership, and what the pipeline claims
from them (issue 13, ``memb12``).

    .venv/bin/python bench/member_list_sentences.py [--min 4] [--shape prep] [--json]

Takes the sentences of ../shared/corpus/news (the articles
``membership_recall.readable_articles`` allows: not news_gold, not the PLOVER news draws at
offset 13, not the rows from 4200 on, ``memb16``) that name at least ``--min`` countries of the
knowledge data (a name or an alias, with "the" dropped) and hold a word of membership
(``MEMBERSHIP``), runs every stage but the store on their articles and prints each sentence
with the one before and the member_of claims whose evidence is that sentence (rule, member,
organization), so that a reader can mark which sentences state memberships by the gold schema
of ../shared/dev/README.md and which of those make nothing.

``--shape prep`` (``memb14``) keeps the sentences where a member noun comes before the first
country and the words between (eight at most) end in a preposition, "The N … members VERB in
A, B, C": the shape the held half's missed list has by bench/membership_misses.py's counts.
"""

from __future__ import annotations

import argparse
import json
import re
from importlib import resources

from membership_recall import _same_sentence, claims_by_article, readable_articles, sentences

# the words of membership of the brief, written before any sentence was read
MEMBERSHIP = re.compile(r"\b(members?|membership|member states|comprising|includes?|including"
                        r"|joined|founding)\b", re.I)

# memb14: a member noun before the list, the list after a preposition within eight words
MEMBER_NOUN = re.compile(r"\b(members|member states|member countries|member nations)\b", re.I)
PREP_BEFORE = re.compile(r"^(?:\S+\s+){0,7}?\S*?\b(in|from|of|at|by|to|with|for|on|among|between)"
                         r"\s+(the\s+)?$")


def prep_shape(sentence: str, countries: re.Pattern[str]) -> bool:
    """A member noun, then within eight words a preposition, then the first country."""
    for noun in MEMBER_NOUN.finditer(sentence):
        first = countries.search(sentence, noun.end())
        if first and PREP_BEFORE.match(sentence[noun.end():first.start()].strip() + " "):
            return True
    return False


def country_names() -> re.Pattern[str]:
    """Every country name and alias of the package's knowledge data, longest first (upper-case
    abbreviations such as "US" left out: they are too often other words' tokens)."""
    data = json.loads(resources.files("blocwatch").joinpath("data/countries.json")
                      .read_text("utf-8"))
    names = set()
    for entry in data["countries"].values():
        for name in (entry.get("name"), *entry.get("aliases", ())):
            if name and len(name) > 2 and not name.isupper():
                names.add(name[4:] if name.startswith("the ") else name)
    alternatives = sorted(map(re.escape, names), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(alternatives) + r")\b")


def candidates(least: int, shape: str | None = None) -> list[dict]:
    countries = country_names()
    out = []
    for a in readable_articles():
        told = list(sentences(a["text"]))
        for k, (offset, sentence) in enumerate(told):
            named = sorted({m.group(0) for m in countries.finditer(sentence)})
            if len(named) >= least and MEMBERSHIP.search(sentence) and \
                    (shape != "prep" or prep_shape(sentence, countries)):
                out.append({"article": a["id"], "offset": offset, "sentence": sentence,
                            "before": told[k - 1][1] if k else "", "countries": named})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min", type=int, default=4, help="country names in the sentence")
    ap.add_argument("--shape", choices=("prep",), help="only this shape (memb14)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = candidates(args.min, args.shape)
    claims = claims_by_article(sorted({r["article"] for r in rows}))
    for r in rows:
        r["claims"] = [(c["extractor"].rsplit(":", 1)[-1], c["subject_name"], c["org_name"])
                       for c in claims.get(r["article"], []) if c["kind"] == "member_of"
                       and _same_sentence(c["sentence"], r["sentence"])]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for r in rows:
        print(f"{r['article']} ({len(r['countries'])} countries)\n  before: {r['before'][:200]}"
              f"\n  sentence: {r['sentence'][:400]}\n  claims: {r['claims'] or 'none'}\n")
    made = sum(1 for r in rows if r["claims"])
    print(f"{len(rows)} sentences in {len({r['article'] for r in rows})} articles; "
          f"{made} with a member_of claim")


if __name__ == "__main__":
    main()
