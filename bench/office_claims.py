"""Position claims of one class of office on unannotated news, printed for judging by hand.

Reads the readable rows of ../shared/corpus/news (never rows past ``CORPUS_READABLE_ROWS``,
never a news_gold article, never a row of bench/data/position_audit_seed26.jsonl), keeps those
whose text has the shape of the chosen class, keeps the first ``--limit`` of them (0: all), draws
``--sample`` of those (``random.Random(--seed)``; 0: all, in corpus order), runs the pipeline on
them and prints the class's firings, each with its sentence:

``participle`` (posit26)
    participle titles ("managing director", "commanding officer"): a participle of
    data/titles.json ``participle_modifiers`` before a head of office; prints every position
    claim whose title starts with such a participle. Default: every such article (--sample 0).
``city`` (posit27)
    a city's offices ("the mayor of Tehran", "Chicago Mayor X"): a head of data/titles.json
    ``place_heads``; prints every position claim of such a title (--sample 300 --seed 27).
``region`` (posit28)
    a region's offices ("Texas Governor X", "the premier of Alberta"): a head of
    data/titles.json ``region_heads``; prints every position claim whose sentence names such a
    head; ``place`` marks the claims a place holds, the firings of the class
    (--sample 300 --seed 28).
``party`` (posit29)
    a party's short name before its office ("Labor leader X"): the text writes a party
    ("Party"/"party") and a capitalised word before one of the party offices of
    data/patterns/org_names.json ``party_short_names``; prints every PARTY_SHORT_NAME mention
    (the entity-layer firing, with the name it was given) and every position claim whose
    evidence holds one (--sample 300 --seed 29).
``frame`` (posit31)
    a country that is a sentence's scene (position_patterns.json scene_frame): in the
    locative frame the sentence opens on ("In <country>, Foreign Ministry spokesman X …") or
    after a preposition of extent ("across Poland"); the text has a sentence opening on "In"
    and a capitalised word before a comma, or "across" before a capitalised word; prints every
    claim whose extractor carries ``+frame_country`` or ``+extent_country`` (every such
    article: --sample 0).
``portfolio`` (posit33)
    a capitalised portfolio the lexicon lacks before a portfolio head ("Public Safety
    Minister", "Water Resources Minister"): the text writes a capitalised word that is no word
    of data/titles.json among the three before a head of ``portfolio_heads``; prints every position
    claim whose title has such a head (--sample 300 --seed 33). Run it on two trees and diff
    the outputs: the changed lines are the class's firings.

``union`` (posit48)
    an adjective naming a union before its executive's office head ("European Commissioner"):
    position_patterns.json ``union_adjective``; prints every position claim whose evidence
    has the shape (--sample 0: every such article). Run it on two trees and diff.

``national`` (posit48)
    a bare title that is one country's office in English news ("Secretary of State"):
    position_patterns.json ``national_office``; prints every position claim of such a title
    (--sample 0: every such article). Run it on two trees and diff.

``ampersand`` (posit50)
    a title written with an ampersand ("Commissioner for Development & Humanitarian Aid"):
    data/title_variants.json ``word_spellings``; prints every position claim whose evidence has
    a head of office with an ampersand after it in the sentence (--sample 0: every such
    article). Run it on two trees and diff.

``where`` (posit51)
    a bare title before a name in a "where" relative clause on a country ("in Yemen, where
    President X was holding a rally"): position_patterns.json ``where_country``; prints every
    position claim whose sentence has a head of office within four words after "where" (--sample
    0: every such article). Run it on two trees and diff.

``sub_body`` (posit52)
    a sub-body written as a named owner's possessive in an office's complement ("chair of the
    Russian parliament's security committee"): data/patterns/org_names.json
    ``office_sub_bodies``; prints every OFFICE_SUB_BODY mention and every position claim
    whose evidence has the shape (--sample 0: every such article). Run it on two trees and diff.

``second`` (posit53)
    a person's second office, the second of two titles apposed to the name and joined by "and"
    with its own article ("X, a U.S. ambassador and the coordinator for … of the US State
    Department"): position_patterns.json ``apposition_second_title``; prints every position
    claim whose sentence has a comma, a head of office, then "and the/a/an" and a second head
    (--sample 0: every such article). Run it on two trees and diff.

``succession`` (posit34)
    "A succeeded/replaced B as X", "A takes over from B as X": the text has such a verb within
    60 characters before "as"; prints every position claim whose evidence holds such a verb,
    with its qualifier (--sample 0: every such article). Run it on two trees and diff.

    PYTHONPATH=src .venv/bin/python bench/office_claims.py \\
        {participle,city,region,party,frame,portfolio,succession,union,national,ampersand,
         where,second} \\
        [--sample N] [--seed S] [--limit N]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from membership_recall import excluded_ids
from position_misses import AUDIT, CORPUS, CORPUS_READABLE_ROWS, extract

from blocwatch.facts.titles import lexicon
from blocwatch.knowledge import load_json, position_patterns

PARTY_SOURCE = "org_names:PARTY_SHORT_NAME"

Keep = Callable[[dict], bool]
Report = Callable[[dict, object, str, Counter], None]


@dataclass(frozen=True)
class Mode:
    """One class of office: its posit, default draw, the counts it prints and its rule."""

    posit: str
    sample: int
    seed: int
    found: str  # the header after "N articles read, "
    total: str  # the last line, formatted with the counts
    build: Callable[[], tuple[Keep, Report]]


def full_text(row: dict) -> str:
    return row["title"] + "\n\n" + row["text"]


def role_claims(of_class: Callable[[str], bool], width: int, qualifier: bool) -> Report:
    """Print every position claim whose title is of the class (its qualifier too if asked)."""

    def report(row: dict, ex, text: str, count: Counter) -> None:
        names = {e.local_id: e.name for e in ex.entities}
        for c in ex.claims:
            if c.predicate != "holds_position" or not of_class(c.role):
                continue
            count["claims"] += 1
            ev = c.evidence[0]
            cells = [row["id"], names.get(c.subject), c.role, names.get(c.object)]
            cells += [c.qualifier] if qualifier else []
            print(" | ".join(map(str, cells)) + f" | {ev.text[:width]!r} [{ev.extractor}]")

    return report


def participle_rule() -> tuple[Keep, Report]:
    lex = lexicon()
    participles = "|".join(sorted(lex.participles))
    heads = "|".join(sorted(lex.heads | set(lex.plurals)))
    shape = re.compile(rf"\b(?:{participles})\s+(?:{heads})\b", re.IGNORECASE)
    report = role_claims(lambda role: role.split()[0].lower() in lex.participles, 200, False)
    return lambda row: bool(shape.search(full_text(row))), report


def head_shape(heads: set[str]) -> re.Pattern:
    """The heads of one set and their plurals, as whole words."""
    lex = lexicon()
    plural = [p for p, head in lex.plurals.items() if head in heads]
    return re.compile(rf"\b(?:{'|'.join(sorted(heads | set(plural)))})\b", re.IGNORECASE)


def city_rule() -> tuple[Keep, Report]:
    lex = lexicon()
    shape = head_shape(lex.place_heads)
    report = role_claims(
        lambda role: bool(set((role or "").lower().replace("-", " ").split()) & lex.place_heads),
        220, True)
    return lambda row: bool(shape.search(full_text(row))), report


def region_rule() -> tuple[Keep, Report]:
    shape = head_shape(lexicon().region_heads)

    def report(row: dict, ex, text: str, count: Counter) -> None:
        entities = {e.local_id: e for e in ex.entities}
        for c in ex.claims:
            ev = c.evidence[0]
            if c.predicate != "holds_position" or not shape.search(ev.text):
                continue
            held = entities.get(c.object)
            place = held is not None and held.kind == "place"
            count["claims"] += 1
            count["place"] += place
            print(f"{'place' if place else '-----'} {row['id']} | {entities[c.subject].name} | "
                  f"{c.role} | {held.name if held else None} | {c.qualifier} | "
                  f"{ev.text[:220]!r} [{ev.extractor}]")

    return lambda row: bool(shape.search(full_text(row))), report


def party_rule() -> tuple[Keep, Report]:
    offices = load_json("patterns/org_names.json")["party_short_names"]["offices"]
    shape = re.compile(rf"\b[A-Z][a-z]+ (?:{'|'.join(offices)})\b", re.IGNORECASE)

    def keep(row: dict) -> bool:
        return bool(re.search(r"\b[Pp]arty\b", row["text"]) and shape.search(full_text(row)))

    def report(row: dict, ex, text: str, count: Counter) -> None:
        names = {e.local_id: e.name for e in ex.entities}
        fired = [m for m in ex.mentions if m.source == PARTY_SOURCE]
        for m in fired:
            count["mentions"] += 1
            print(f"MENTION {row['id']} | {m.text} -> {m.name} | "
                  f"{text[max(0, m.start - 60):m.end + 60]!r}")
        for c in ex.claims:
            if c.predicate != "holds_position" or not any(
                    ev.start <= m.start and m.end <= ev.end for ev in c.evidence for m in fired):
                continue
            count["claims"] += 1
            ev = c.evidence[0]
            print(f"CLAIM {row['id']} | {names.get(c.subject)} | {c.role} | "
                  f"{names.get(c.object)} | {c.qualifier} | {ev.text[:200]!r} [{ev.extractor}]")

    return keep, report


def frame_rule() -> tuple[Keep, Report]:
    frame = position_patterns()["scene_frame"]
    preps = "|".join(p.capitalize() for p in frame["preps"])
    extent = "|".join(frame["extent_preps"])
    shape = re.compile(rf"(?:^|[.!?][\"”]?\s+)(?:{preps}) (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*,"
                       rf"|\b(?:{extent}) (?:the )?[A-Z]", re.MULTILINE)

    def report(row: dict, ex, text: str, count: Counter) -> None:
        names = {e.local_id: e.name for e in ex.entities}
        for c in ex.claims:
            kind = next((k for k in ("frame", "extent") if f"+{k}_country" in c.extractor), None)
            if c.predicate != "holds_position" or kind is None:
                continue
            count["claims"] += 1
            count[kind] += 1
            ev = c.evidence[0]
            print(f"{row['id']} | {names.get(c.subject)} | {c.role} | {names.get(c.object)} | "
                  f"{c.qualifier} | {ev.text[:220]!r} [{ev.extractor}]")

    return lambda row: bool(shape.search(full_text(row))), report


def portfolio_rule() -> tuple[Keep, Report]:
    lex = lexicon()
    heads = set(lex.portfolio_heads)
    shape = re.compile(rf"\b((?:[A-Z][a-z]+ ){{1,3}})(?i:{'|'.join(sorted(heads))})\b")
    known = lex.modifiers | lex.portfolio | lex.heads | set(lex.plurals) | lex.state_forms

    def keep(row: dict) -> bool:
        return any(w.lower() not in known for m in shape.finditer(row["text"])
                   for w in m.group(1).split())

    report = role_claims(
        lambda role: bool(set((role or "").lower().split()) & heads), 200, True)
    return keep, report


SUCCESSION = re.compile(r"(succeed|replac|took over from|takes over from|take over from)[a-z]* "
                        r".{0,60} as ")
SUCCESSION_VERB = re.compile(r"succe|replac|over from", re.I)


def succession_rule() -> tuple[Keep, Report]:
    report = role_claims(lambda role: True, 200, True)

    def report_succession(row: dict, ex, text: str, count: Counter) -> None:
        kept = [c for c in ex.claims if c.predicate == "holds_position"
                and SUCCESSION_VERB.search(c.evidence[0].text)]
        report(row, replace(ex, claims=tuple(kept)), text, count)

    return (lambda row: bool(SUCCESSION.search(row["text"]))), report_succession


def print_claim(row: dict, c, names: dict) -> None:
    """One position claim of posit48's modes: document, person, title, holder (the key where
    the holder is no entity), qualifier, the sentence and the extractor."""
    cells = [row["id"], names.get(c.subject), c.role, names.get(c.object, c.object), c.qualifier]
    print(" | ".join(map(str, cells)) + f" | {c.evidence[0].text[:220]!r} [{c.extractor}]")


def union_rule() -> tuple[Keep, Report]:
    """posit48: an adjective naming a union before its executive's office head ("European
    Commissioner"), position_patterns.json union_adjective; prints every position claim whose
    evidence has the shape (the key, "org:eu", where the text names no such union)."""
    # read from this checkout's file, so that a tree without the key can be run for the diff
    patterns = Path(__file__).resolve().parents[1] / "src/blocwatch/facts/position_patterns.json"
    data = json.loads(patterns.read_text("utf-8"))["union_adjective"]["adjectives"]
    shape = re.compile("|".join(rf"\b{adj}\s+(?:{'|'.join(e['heads'])})\b"
                                for adj, e in data.items()), re.IGNORECASE)

    def report(row: dict, ex, text: str, count: Counter) -> None:
        names = {e.local_id: e.name for e in ex.entities}
        for c in ex.claims:
            ev = c.evidence[0]
            if c.predicate != "holds_position" or not shape.search(ev.text):
                continue
            count["claims"] += 1
            count["union"] += c.extractor.endswith("+union_adjective")
            print_claim(row, c, names)

    return lambda row: bool(shape.search(full_text(row))), report


def national_rule() -> tuple[Keep, Report]:
    """posit48: a bare title that is one country's office in English news ("Secretary of
    State"), position_patterns.json national_office; prints every position claim of such a
    title (the key, "country:USA", where the text names no such country)."""
    patterns = Path(__file__).resolve().parents[1] / "src/blocwatch/facts/position_patterns.json"
    titles = json.loads(patterns.read_text("utf-8"))["national_office"]["titles"]
    shape = re.compile("|".join(rf"\b{re.escape(t)}\b" for t in titles), re.IGNORECASE)

    def report(row: dict, ex, text: str, count: Counter) -> None:
        names = {e.local_id: e.name for e in ex.entities}
        for c in ex.claims:
            if c.predicate != "holds_position" or c.role not in titles:
                continue
            count["claims"] += 1
            count["national"] += c.extractor.endswith("+national_office")
            print_claim(row, c, names)

    return lambda row: bool(shape.search(full_text(row))), report


def ampersand_rule() -> tuple[Keep, Report]:
    """posit50: a title written with an ampersand ("Commissioner for Development & Humanitarian
    Aid"), data/title_variants.json word_spellings; prints every position claim whose evidence
    has a head of office and an ampersand after it in one sentence (its title spelled "and"
    on a tree with the fold, "&" without)."""
    lex = lexicon()
    heads = head_shape(lex.heads).pattern
    shape = re.compile(rf"{heads}[^.!?\n]{{0,80}}\s&\s", re.IGNORECASE)

    def report(row: dict, ex, text: str, count: Counter) -> None:
        names = {e.local_id: e.name for e in ex.entities}
        for c in ex.claims:
            if c.predicate != "holds_position" or not shape.search(c.evidence[0].text):
                continue
            count["claims"] += 1
            count["ampersand"] += "&" in c.role
            print_claim(row, c, names)

    return lambda row: bool(shape.search(full_text(row))), report


WHERE_TITLE = re.compile(
    r"\bwhere (?:the )?(?:[\w-]+ ){0,3}?(?i:President|Minister|King|Queen|Chancellor|Premier|"
    r"Secretary|Leader|Governor|Chairman|Director|Ambassador|Emir|Prince|General|Commander|"
    r"Chief|Speaker|Mayor|Spokesman|Spokeswoman|Spokesperson|Envoy|Commissioner)\b")


def where_rule() -> tuple[Keep, Report]:
    """posit51: a bare title before a name in a "where" relative clause ("in Yemen, where
    President X was holding a rally"), position_patterns.json where_country; prints every
    position claim whose sentence has a capitalised head of office after "where" (the only
    sentences the rule can change). Run it on two trees and diff."""

    def report(row: dict, ex, text: str, count: Counter) -> None:
        names = {e.local_id: e.name for e in ex.entities}
        for c in ex.claims:
            if c.predicate == "holds_position" and WHERE_TITLE.search(c.evidence[0].text):
                count["claims"] += 1
                count["where"] += "+where_country" in c.extractor
                print_claim(row, c, names)

    return (lambda row: bool(WHERE_TITLE.search(row["text"]))), report


SUB_BODY_SOURCE = "org_names:OFFICE_SUB_BODY"


def sub_body_rule() -> tuple[Keep, Report]:
    """posit52: a sub-body written as a named owner's possessive in an office's complement
    ("chair of the Russian parliament's security committee"), org_names.json
    office_sub_bodies; keeps every article with a head of office, "of"/"for", and a
    possessive before a committee's or a delegation's noun in one sentence, and prints every
    OFFICE_SUB_BODY mention and every position claim whose evidence has that shape (on a tree
    without the rule, the base's claims there). Run it on two trees and diff."""
    heads = head_shape(lexicon().heads).pattern
    nouns = "|".join(load_json("patterns/org_names.json").get("office_sub_bodies", {}).get(
        "sub_bodies", ["committee", "subcommittee", "sub-committee", "delegation"]))
    shape = re.compile(rf"{heads}\s+(?:of|for)\s+[^.!?\n]{{0,60}}?['’]s\s+"
                       rf"(?:[\w-]+\s+){{0,3}}?(?i:{nouns})\b", re.IGNORECASE)

    def report(row: dict, ex, text: str, count: Counter) -> None:
        names = {e.local_id: e.name for e in ex.entities}
        for m in ex.mentions:
            if m.source == SUB_BODY_SOURCE:
                count["mentions"] += 1
                print(f"MENTION {row['id']} | {m.text} -> {m.name} | "
                      f"{text[max(0, m.start - 80):m.end + 40]!r}")
        for c in ex.claims:
            if c.predicate == "holds_position" and shape.search(c.evidence[0].text):
                count["claims"] += 1
                print("CLAIM ", end="")
                print_claim(row, c, names)

    return (lambda row: bool(shape.search(full_text(row)))), report


def second_rule() -> tuple[Keep, Report]:
    """posit53: a person's second office, the second of two titles apposed to the name and
    joined by "and" with its own article; prints every position claim whose sentence has a
    comma, a head of office, "and the/a/an" and a second head within one clause (the only
    sentences position_patterns.json apposition_second_title can fire in). Run it on two trees
    and diff."""
    heads = head_shape(lexicon().heads).pattern
    shape = re.compile(rf"[,\u2014\u2013][^,;:()]{{0,70}}?{heads}[^,;:()]{{0,120}}?\band "
                       rf"(?:the|a|an) [^,;:()]{{0,60}}?{heads}", re.IGNORECASE)

    def report(row: dict, ex, text: str, count: Counter) -> None:
        names = {e.local_id: e.name for e in ex.entities}
        for c in ex.claims:
            if c.predicate == "holds_position" and shape.search(c.evidence[0].text):
                count["claims"] += 1
                count["second"] += "apposition_second_title" in c.extractor
                print_claim(row, c, names)

    return (lambda row: bool(shape.search(full_text(row)))), report


MODES = {
    "participle": Mode("posit26", 0, 26, "{hits} with a participle title", "{claims} claims",
                       participle_rule),
    "city": Mode("posit27", 300, 27, "{hits} name a city's office, {drawn} drawn",
                 "{claims} claims", city_rule),
    "region": Mode("posit28", 300, 28, "{hits} name a region's office, {drawn} drawn",
                   "{claims} claims in sentences naming such a head, {place} held by a place",
                   region_rule),
    "party": Mode("posit29", 300, 29, "{hits} have the shape, {drawn} drawn",
                  "{mentions} mentions, {claims} claims", party_rule),
    "frame": Mode("posit31", 0, 31, "{hits} have the shape",
                  "{claims} claims: {frame} +frame_country, {extent} +extent_country",
                  frame_rule),
    "portfolio": Mode("posit33", 300, 33, "{hits} have the shape, {drawn} drawn",
                      "{claims} claims", portfolio_rule),
    "succession": Mode("posit34", 0, 34, "{hits} have the shape", "{claims} claims",
                       succession_rule),
    "union": Mode("posit48", 0, 48, "{hits} have the shape",
                  "{claims} claims in sentences with the shape, {union} +union_adjective",
                  union_rule),
    "national": Mode("posit48", 0, 48, "{hits} have the shape",
                     "{claims} claims of such a title, {national} +national_office",
                     national_rule),
    "ampersand": Mode("posit50", 0, 50, "{hits} have the shape",
                      "{claims} claims in sentences with the shape, {ampersand} with '&' in the title",
                      ampersand_rule),
    "where": Mode("posit51", 0, 51, "{hits} have the shape",
                  "{claims} claims in sentences with the shape, {where} +where_country",
                  where_rule),
    "sub_body": Mode("posit52", 0, 52, "{hits} have the shape",
                     "{mentions} OFFICE_SUB_BODY mentions, {claims} claims in sentences with the shape",
                     sub_body_rule),
    "second": Mode("posit53", 0, 53, "{hits} have the shape",
                   "{claims} claims in sentences with the shape, {second} apposition_second_title",
                   second_rule),
}


def readable_rows() -> list[dict]:
    """The readable corpus rows, less news_gold and the position audit's articles."""
    skip = excluded_ids() | {json.loads(line)["id"]
                             for line in AUDIT.read_text("utf-8").splitlines()}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(CORPUS_READABLE_ROWS), fh, strict=False)]
    return [r for r in rows if r["id"] not in skip]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=sorted(MODES),
                        help=", ".join(f"{name}: {m.posit}" for name, m in MODES.items()))
    parser.add_argument("--sample", type=int, default=None,
                        help="articles drawn (0: all; default per mode: participle 0, else 300)")
    parser.add_argument("--seed", type=int, default=None,
                        help="seed of the draw (default per mode: 26, 27, 28, 29, 31, 33)")
    parser.add_argument("--limit", type=int, default=0,
                        help="at most the first N matching articles, before the draw (0: all)")
    args = parser.parse_args()
    mode = MODES[args.mode]
    sample = mode.sample if args.sample is None else args.sample
    seed = mode.seed if args.seed is None else args.seed
    keep, report = mode.build()
    rows = readable_rows()
    hits = [r for r in rows if keep(r)]
    if args.limit:
        hits = hits[:args.limit]
    drawn = random.Random(seed).sample(hits, min(sample, len(hits))) if sample else hits
    print(f"{len(rows)} articles read, "
          + mode.found.format(hits=len(hits), drawn=len(drawn)))
    pages = [{"url": r["url"], "published": r["date"], "text": full_text(r)} for r in drawn]
    count: Counter = Counter()
    for row, page, ex in zip(drawn, pages, extract(pages), strict=True):
        report(row, ex, page["text"], count)
    print(mode.total.format_map(count))


if __name__ == "__main__":
    main()
