"""Why a gold position is missed: counts by class, and the cases of readable sets only.

Each gold position that no claim of the document matches (person, title and holder, as
``blocwatch eval`` folds them; the date is checked last) falls in one class:

- ``no_entity``: no person entity carries the gold name;
- ``no_claim``: the person is an entity but no position claim is made for them;
- ``other_title`` / ``other_holder`` / ``other_both`` / ``other_date``: a claim for the person
  that differs in that.

A ``no_claim`` case is described further: whether the gold title's head word stands right
before a mention of the person (``title_before``), and where a mention of the gold holder
stands from the person's sentences (``same`` sentence, ``previous`` sentence, ``lede`` = the
first two sentences, ``elsewhere``, ``nowhere``) and whether that mention is a demonym or a
possessive (``demonym``).

Readable sets (the news_gold files not starting with ``ux``, the read half of ../shared/dev and
the seeds) print their cases with ``--cases``; the held half of ../shared/dev and the unseen
batches ux1-3 print counts only, whatever the flags.

With ``--extras`` it reports the other side, the wrong claims (extras): each predicted
position no gold position matches, as ``blocwatch eval`` pairs them, falls in one class:
``title`` / ``holder`` / ``both`` / ``date`` (the person has a gold
position in the document and the claim differs from the nearest in that; ``date`` also
covers a second claim of a position already matched), ``not_gold_position`` (a person the
gold names elsewhere, in a meeting, with no position), ``not_gold_person`` and ``junk`` (the
"person" is no person: a place, an outlet, a title word or a group).  Counts go by class, by
pattern (the extractor field, with each pattern's matched claims beside, so its precision
reads off) and by holder source (the ``+scene_country``-style suffix, else ``written`` beside
the name or ``sentence``, the sentence's country); cases of readable sets only.

    PYTHONPATH=src .venv/bin/python bench/position_misses.py [--set ng|dev-read|dev-held|ux]
                                                              [--cases] [--extras]
"""

from __future__ import annotations

import argparse
import collections
import json
import tempfile
from pathlib import Path

from blocwatch.config import load_options
from blocwatch.evaluate import date_match, name_key, role_key, split_half
from blocwatch.facts.titles import lexicon as titles_lexicon
from blocwatch.knowledge import knowledge
from blocwatch.pipeline import extract_batch, read_sources
from blocwatch.records import Extraction

REPO = Path(__file__).resolve().parents[1]
NEWS_GOLD = REPO / "tests" / "fixtures" / "news_gold"
DEV = REPO.parent / "shared" / "dev"
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
READABLE = {"ng", "dev-read"}


def gold_set(name: str) -> list[tuple[dict, dict]]:
    """(gold, page) pairs of a set; a page is what a scraper delivers (url, published, text)."""
    if name in ("ng", "ux"):
        files = sorted(p for p in NEWS_GOLD.glob("*.json")
                       if p.stem.startswith("ux") == (name == "ux"))
        return [(g, {"url": g["url"], "published": g["published"],
                     "text": p.with_suffix(".txt").read_text("utf-8")})
                for p in files for g in [json.loads(p.read_text("utf-8"))]]
    gold_dir = DEV / "gold"
    stems = split_half([p.stem for p in gold_dir.glob("*.json")], name.split("-")[1])
    pages = {}
    for line in (DEV / "docs.jsonl").read_text("utf-8").splitlines():
        page = json.loads(line)
        pages[page["url"]] = page
    for p in sorted(SEEDS.glob("*.txt")):
        pages[p.stem[:3]] = {"url": "", "text": p.read_text("utf-8")}
    out = []
    for stem in sorted(stems):
        g = json.loads((gold_dir / f"{stem}.json").read_text("utf-8"))
        page = pages.get(g.get("url")) or pages.get(stem.rsplit("-", 1)[-1])
        if page is not None:
            out.append((g, page))
    return out


def extract(pages: list[dict]) -> list[Extraction]:
    options = load_options()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pages.jsonl"
        path.write_text("".join(json.dumps(p) + "\n" for p in pages), "utf-8")
        items = list(read_sources([path], options))
        out: list[Extraction] = []
        for i in range(0, len(items), 20):
            out += extract_batch(items[i:i + 20], options)
    return out


def entity_names(ex: Extraction) -> dict[str, set[str]]:
    kb = knowledge()
    out = {}
    for e in ex.entities:
        names = {e.name, *e.aliases}
        known = kb.entities.get(e.key or "")
        if known is not None:
            names |= {known.name, *known.aliases}
        out[e.local_id] = {name_key(n) for n in names}
    return out


def classify(ex: Extraction, gold: dict) -> list[tuple[str, dict]]:
    """(class, detail) of each gold position the extraction misses."""
    names = entity_names(ex)
    by_id = {e.local_id: e for e in ex.entities}
    claims = [c for c in ex.claims if c.predicate == "holds_position"]
    doc = ex.extras.get("parsed")
    sents = list(doc.sents) if doc is not None else []
    used: set[int] = set()
    out = []

    def match(ids: str | None, gold_names: list[str]) -> bool:
        return bool(names.get(ids or "", set()) & {name_key(n) for n in gold_names})

    for g in gold.get("positions", []):
        hit = next((n for n, c in enumerate(claims) if n not in used and
                    match(c.subject, g["person"]) and role_key(c.role or "") == role_key(g["role"])
                    and match(c.object, g["org"])), None)
        if hit is not None:
            used.add(hit)
            continue
        people = [e for e in ex.entities if e.kind == "person" and match(e.local_id, g["person"])]
        detail: dict = {"gold": f"{g['person'][0]} | {g['role']} | {g['org'][0]}"}
        if not people:
            out.append(("no_entity", detail))
            continue
        ids = {e.local_id for e in people}
        mine = [c for c in claims if c.subject in ids]
        if mine:
            title = any(role_key(c.role or "") == role_key(g["role"]) for c in mine)
            holder = any(match(c.object, g["org"]) for c in mine)
            kind = "other_date" if title and holder else "other_holder" if title else \
                "other_title" if holder else "other_both"
            detail["claims"] = [f"{c.role} | {by_id[c.object].name if c.object in by_id else c.object}"
                                f" [{c.extractor}]" for c in mine]
            out.append((kind, detail))
            continue
        mentions = [ex.mentions[i] for e in people for i in e.mentions]
        head = role_key(g["role"]).split()[-1] if role_key(g["role"]) else ""
        text = ex.document.text
        detail["title_before"] = any(
            head and head in text[max(0, m.start - 40):m.start].lower().split()[-3:]
            for m in mentions)
        own = {m.sentence for m in mentions}
        where, demonym = "nowhere", False
        holders = [e for e in ex.entities if e.kind != "person" and match(e.local_id, g["org"])]
        rank = ("same", "previous", "lede", "elsewhere", "nowhere")
        for e in holders:
            for i in e.mentions:
                m = ex.mentions[i]
                place = "same" if m.sentence in own else "previous" if m.sentence + 1 in own \
                    else "lede" if m.sentence < 2 else "elsewhere"
                if rank.index(place) < rank.index(where):
                    where = place
                    demonym = m.text.endswith(("'s", "’s")) or name_key(m.text) not in \
                        names[e.local_id]
        detail["holder"] = where
        detail["demonym"] = demonym
        detail["sentences"] = [sents[s].text.strip()[:300] for s in sorted(own) if s < len(sents)][:3]
        out.append(("no_claim", detail))
    return out


def _scored_claims(ex: Extraction) -> list:
    """The position claims ``blocwatch eval`` scores: one per stored id (subject, holder,
    role, qualifier, date), without a term bound that restates a plain claim."""
    seen: dict[tuple, object] = {}
    for c in ex.claims:
        if c.predicate == "holds_position":
            seen.setdefault((c.subject, c.object, c.role, c.qualifier, c.date), c)
    plain = {(c.subject, role_key(c.role or ""), c.object) for c in seen.values()
             if c.qualifier not in ("since", "until")}
    return [c for c in seen.values() if not (
        c.qualifier in ("since", "until") and (c.subject, role_key(c.role or ""), c.object) in plain)]


def _junk_person(name: str) -> bool:
    """A "person" that is none: a name the knowledge data knows as something else (a place, an
    outlet, an organization), one made of title or rank words, or a single lower-case word."""
    known = any(e.kind != "person" for e in knowledge().lookup(name))
    lex = titles_lexicon()
    words = name.lower().split()
    return known or not words or all(w in lex.heads | lex.ranks | lex.honorifics | lex.modifiers
                                     for w in words) or name.islower()


def _holder_place(ex: Extraction, c, by_id: dict) -> str:
    """Where a claim's holder is written when its extractor names no context: ``written``
    beside the person (within 40 characters of one of their mentions in the sentence), else
    ``sentence`` (the sentence's only country or organization, or the scene's)."""
    ev = c.evidence[0] if c.evidence else None
    if ev is None or c.subject not in by_id or c.object not in by_id:
        return "written"
    mine = [ex.mentions[i] for i in by_id[c.subject].mentions
            if ev.start <= ex.mentions[i].start < ev.end]
    theirs = [ex.mentions[i] for i in by_id[c.object].mentions
              if ev.start <= ex.mentions[i].start < ev.end]
    near = any(h.end <= m.start and m.start - h.end <= 40 or m.end <= h.start and
               h.start - m.end <= 40 for m in mine for h in theirs)
    return "written" if near or not theirs else "sentence"


def classify_extras(ex: Extraction, gold: dict) -> list[tuple[str, dict]]:
    """(class, detail) of each predicted position no gold position matches."""
    names = entity_names(ex)
    by_id = {e.local_id: e for e in ex.entities}
    claims = _scored_claims(ex)

    def match(ids: str | None, gold_names: list[str]) -> bool:
        return bool(names.get(ids or "", set()) & {name_key(n) for n in gold_names})

    def full(g: dict, c) -> bool:
        return match(c.subject, g["person"]) and role_key(c.role or "") == role_key(g["role"]) \
            and match(c.object, g["org"]) and date_match(c.date, g.get("date"), 3)

    used: set[int] = set()
    for g in gold.get("positions", []):
        hit = next((n for n, c in enumerate(claims) if n not in used and full(g, c)), None)
        if hit is not None:
            used.add(hit)
    people = [g["person"] for g in gold.get("positions", [])]
    people += [[n] if isinstance(n, str) else n for m in gold.get("meetings", [])
               for n in m.get("participants", [])]
    people += [[c["chair"]] for c in gold.get("chairs", []) if c.get("chair")]
    out = []
    for n, c in enumerate(claims):
        if n in used:
            continue
        person = by_id.get(c.subject)
        pname = person.name if person is not None else c.subject
        rule = c.extractor.split(":", 1)[-1]
        detail = {"claim": f"{pname} | {c.role} | "
                           f"{by_id[c.object].name if c.object in by_id else c.object}"
                           f"{' (' + c.qualifier + ')' if c.qualifier else ''}",
                  "pattern": rule.split("+")[0],
                  "holder_source": rule.split("+", 1)[1] if "+" in rule else
                  _holder_place(ex, c, by_id),
                  "sentence": c.evidence[0].text.strip()[:300] if c.evidence else ""}
        mine = [g for g in gold.get("positions", []) if match(c.subject, g["person"])]
        if mine:
            title = [g for g in mine if role_key(c.role or "") == role_key(g["role"])]
            holder = [g for g in mine if match(c.object, g["org"])]
            kind = "date" if set(map(id, title)) & set(map(id, holder)) else \
                "holder" if title else "title" if holder else "both"
            detail["gold"] = [f"{g['person'][0]} | {g['role']} | {g['org'][0]}" for g in mine]
        elif any(match(c.subject, p) for p in people):
            kind = "not_gold_position"
        else:
            kind = "junk" if _junk_person(pname) else "not_gold_person"
        out.append((kind, detail))
    return out


def report_extras(pairs: list[tuple[dict, dict]], extractions: list, cases: bool) -> None:
    """Counts of the wrong claims by class, pattern and holder source (cases if ``cases``)."""
    counts: collections.Counter = collections.Counter()
    patterns: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    sources: collections.Counter = collections.Counter()
    for (gold, _), ex in zip(pairs, extractions, strict=True):
        if not isinstance(ex, Extraction):
            continue
        extras = classify_extras(ex, gold)
        for c in _scored_claims(ex):
            patterns[c.extractor.split(":", 1)[-1].split("+")[0]][0] += 1
        for kind, detail in extras:
            counts[kind] += 1
            patterns[detail["pattern"]][1] += 1
            sources[detail["holder_source"]] += 1
            if cases:
                print(gold["doc"], kind, json.dumps(detail, ensure_ascii=False))
    print(f"{sum(counts.values())} wrong position claims", dict(counts.most_common()))
    print("by pattern (claims, wrong, precision):")
    for rule, (total, wrong) in sorted(patterns.items(), key=lambda x: -x[1][1]):
        print(f"  {rule:36s} {total:4d} {wrong:4d} {1 - wrong / total:.2f}")
    print("wrong claims by holder source:", dict(sources.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default="ng", choices=("ng", "dev-read", "dev-held", "ux"))
    parser.add_argument("--cases", action="store_true", help="print the cases (readable sets only)")
    parser.add_argument("--extras", action="store_true",
                        help="the wrong claims (extras) instead of the misses")
    args = parser.parse_args()
    pairs = gold_set(args.set)
    extractions = extract([p for _, p in pairs])
    if args.extras:
        report_extras(pairs, extractions, args.cases and args.set in READABLE)
        return
    counts: collections.Counter = collections.Counter()
    shapes: collections.Counter = collections.Counter()
    for (gold, _), ex in zip(pairs, extractions, strict=True):
        if not isinstance(ex, Extraction):
            continue
        for kind, detail in classify(ex, gold):
            counts[kind] += 1
            if kind == "no_claim":
                shapes[(detail["title_before"], detail["holder"], detail["demonym"])] += 1
            if args.cases and args.set in READABLE:
                print(gold["doc"], kind, json.dumps(detail, ensure_ascii=False))
    print(f"set {args.set}: {sum(counts.values())} missed positions", dict(counts.most_common()))
    print("no_claim by (title before the name, holder's place, demonym/possessive):")
    for key, n in shapes.most_common():
        print(f"  {n:3d} {key}")


if __name__ == "__main__":
    main()
