"""Chair and founding misses of a scored store, by counts-only classes (issue 13, ``chair1``).

    .venv/bin/python bench/chair_misses.py DB GOLD_DIR [--only STEMS | --split read|held |
                                            --prefix ux1-] [--cases] [--json]

For each gold chair the store did not match (the rule of ``evaluate.Evaluator.facts``: chair,
organization, same year) it counts classes computed by code:

- the chair: an entity of the document (its kind: country, person ...), or none (its name
  written in the text or not);
- the organization: an entity (the surfaces of its mentions, as bench/membership_misses.py
  names them), or none;
- where a chair mention and an organization mention meet (one sentence, within three, farther,
  never), and the words of ``CHAIR_WORDS`` in the sentence where they meet (else the chair's
  first);
- the gold year against the report's (same, earlier, later) and whether that sentence holds
  a year or a span of years;
- what the store has instead (the chair with another organization or year, the organization
  with another chair, nothing).

For each missed gold founding: the organization as above, the words of ``FOUNDING_WORDS`` in
the sentences that name it (else anywhere in the text), the gold date's shape, whether the gold
year is written in the text (and in a sentence naming the organization), and what the store
claims instead (the organization founded at another date, nothing).

Only counts are printed, except with ``--cases`` (one line per miss), refused for the held half
of ../shared/dev and the unseen batches (``ux*``), as bench/meeting_misses.py refuses it.
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

from meeting_misses import gold_documents, run
from membership_misses import gold_date_shape, matched_golds, org_surface, parse, sentence_of

from blocwatch.kb import KnowledgeBase
from blocwatch.knowledge import load_json

# lemmas, words and two-word phrases that tell a chair; declared here, not read from the
# extractor, so the count says what the sentence holds, not what a rule reads
CHAIR_WORDS = frozenset({
    "chair", "chairman", "chairwoman", "chairperson", "chairmanship", "chairpersonship",
    "presidency", "president", "rotating", "rotate", "handover", "hand", "take over",
    "assume", "preside", "presiding", "helm", "hold", "held", "pass", "from", "to", "under",
    "current", "incoming", "outgoing", "chair-in-office", "chairman-in-office", "host",
    "summit", "term", "lead"})
# the same for a founding
FOUNDING_WORDS = frozenset({
    "found", "founded", "founding", "founder", "establish", "established", "establishment",
    "create", "created", "creation", "set up", "form", "formed", "formation", "launch",
    "inception", "birth", "since", "anniversary", "year-old", "old", "treaty", "charter",
    "sign", "born", "origin", "date back"})
# the organizations of the knowledge data (a chair is only claimed for one of them)
KNOWN = frozenset(o["key"] for o in load_json("organizations.json")["organizations"])
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
SPAN = re.compile(r"\b(1[89]\d\d|20\d\d)\s*(?:-|–|to|/)\s*(\d{2,4})\b")


def words_of(sent, vocabulary: frozenset[str]) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The words of ``vocabulary`` a sentence holds (by lemma or form; two-word phrases)."""
    lower = " ".join(t.lower_ for t in sent)
    got = {w for t in sent for w in (t.lemma_.lower(), t.lower_) if w in vocabulary}
    got |= {w for w in vocabulary if " " in w and f" {w} " in f" {lower} "}
    return frozenset(got)


def year_shape(text: str) -> str:
    """Whether a sentence writes a span of years, a year, or none."""
    return "span of years" if SPAN.search(text) else "a year" if YEAR.search(text) else "no year"


def _shown(tok, vocabulary: frozenset[str]) -> str:  # type: ignore[no-untyped-def]
    """A token as a count may show it: its lemma when the declared vocabulary holds it, else
    its part of speech (never a word of the text otherwise)."""
    lemma = tok.lemma_.lower()
    return lemma if lemma in vocabulary or tok.lower_ in vocabulary else tok.pos_


def token_at(sent, char: int):  # type: ignore[no-untyped-def]
    return next((t for t in sent if t.idx <= char < t.idx + max(len(t), 1)), None)


def role_shape(sent, chars: list[int], vocabulary: frozenset[str]) -> str:  # type: ignore[no-untyped-def]
    """fchair1: a mention's syntactic role, by code: its root token's dependency and its head
    (lemma if declared in ``vocabulary``, else part of speech), and the head's own relation."""
    toks = [t for t in (token_at(sent, c) for c in chars) if t is not None]
    if not toks:
        return "no token"
    tok = toks[0]
    while tok.head is not tok and tok.head.idx >= tok.idx and tok.head.ent_iob_ == "I" and \
            tok.dep_ == "compound":
        tok = tok.head
    head = tok.head
    return f"{tok.dep_} < {_shown(head, vocabulary)}/{head.dep_}"


def between_shape(sent, a: int, b: int, vocabulary: frozenset[str]) -> str:  # type: ignore[no-untyped-def]
    """fchair1: the tokens between two character offsets of one sentence, each as ``_shown``
    writes it (at most ten, else a count)."""
    lo, hi = min(a, b), max(a, b)
    toks = [t for t in sent if lo < t.idx < hi]
    order = "after" if a < b else "before"
    if len(toks) > 10:
        return f"{order}: {len(toks)} tokens"
    return f"{order}: " + " ".join(_shown(t, vocabulary) for t in toks)


def om_of(mentions, org, sent) -> list[int]:  # type: ignore[no-untyped-def]
    return [s for s, _ in mentions.get(org or "", []) if sent.start_char <= s < sent.end_char]


def anniversary_shape(sent, tok, org_chars: list[int]) -> str:  # type: ignore[no-untyped-def]
    """memb15: an "anniversary" in a missed founding's sentence, by code: the shape of the
    token before it (a digit ordinal, a word ordinal, a number, else its part of speech), its
    dependency and head (as ``_shown``), its "of" complement's object (as ``_shown``), and
    the organization's role and place (before or after); counts only, no text."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i else None
    before = "-" if prev is None else "digit ordinal" if re.fullmatch(
        r"\d{1,3}(st|nd|rd|th)", prev.lower_) else "word ordinal" if re.fullmatch(
        r"\w+(st|nd|rd|th)", prev.lower_) and prev.pos_ == "ADJ" else prev.pos_
    of = next((c for c in tok.children if c.dep_ == "prep"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    comp = "no prep" if of is None else f"{of.lower_ if of.lower_ in ('of', 'since') else 'ADP'}" \
        f" > {_shown(obj, FOUNDING_WORDS) if obj is not None else '-'}"
    where = "org before" if org_chars and org_chars[0] < tok.idx else \
        "org after" if org_chars else "org not in sentence"
    return f"before: {before} | {tok.dep_} < {_shown(tok.head, FOUNDING_WORDS)} | {comp} | " \
        f"{where} {role_shape(sent, org_chars, FOUNDING_WORDS) if org_chars else ''}"


def diagnose(kb: KnowledgeBase, gold_dir: Path, stems: list[str],
             cases: bool, readable: bool) -> dict[str, collections.Counter]:
    """Counts by class for missed chairs and foundings (cases only for readable sets)."""
    ev, golds, docs, texts = gold_documents(kb, gold_dir, stems)
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    parsed = parse(texts)
    for stem, gold in golds.items():
        doc_id = docs[stem]
        if doc_id is None:
            counts["miss"]["document not stored"] += len(gold.get("chairs", [])) + \
                len(gold.get("founded", []))
            continue
        doc, text = parsed[doc_id], texts[doc_id]
        sents = list(doc.sents)
        report_year = int(str(gold.get("published") or "0")[:4] or 0)
        mentions = collections.defaultdict(list)
        for r in kb.db.execute("SELECT entity_id, start, text FROM mentions WHERE document_id=?",
                               (doc_id,)):
            mentions[r[0]].append((r[1], r[2]))
        kind = {e: kb.db.execute("SELECT kind FROM entities WHERE id=?", (e,)).fetchone()[0]
                for e in mentions}
        claims = [dict(r) for r in kb.db.execute(
            "SELECT * FROM claims WHERE document_id=? AND predicate IN ('chairs', 'founded')",
            (doc_id,))]

        def entity(names: list[str], mentions=mentions) -> str | None:  # type: ignore[no-untyped-def]
            return next((e for e in mentions if ev.matches(e, names)), None)

        def org_class(org: str | None, kind=kind, mentions=mentions) -> str:  # type: ignore[no-untyped-def]
            return f"{kind[org]}: {org_surface([t for _, t in mentions[org]])}" if org \
                else "no entity"

        chair_hits = _found(ev, claims, gold.get("chairs", []), "chairs")
        for g, hit in zip(gold.get("chairs", []), chair_hits, strict=True):
            counts["gold chairs"]["found" if hit else "missed"] += 1
            if hit:
                continue
            chair, org = entity([g["chair"]]), entity(g["org"])
            ck = kind[chair] if chair else (
                "no entity, name in text" if g["chair"].lower() in text.lower()
                else "no entity, name not in text")
            counts["chairs missed: chair"][ck] += 1
            counts["chairs missed: organization"][org_class(org)] += 1
            counts["chairs missed: organization known"][
                "no entity" if org is None else "known" if org in KNOWN else "not known"] += 1
            sc = {sentence_of(doc, s) for s, _ in mentions.get(chair or "", [])}
            so = {sentence_of(doc, s) for s, _ in mentions.get(org or "", [])}
            gap = min((abs(a - b) for a in sc for b in so), default=None)
            meet = "no chair or org mention" if gap is None else "one sentence" if gap == 0 \
                else "within 3 sentences" if gap <= 3 else "farther"
            counts["chairs missed: chair and org meet"][meet] += 1
            best = min(sc & so) if sc & so else min(sc) if sc else None
            sent = sents[best] if best is not None and best >= 0 else None
            words = words_of(sent, CHAIR_WORDS) if sent is not None else frozenset()
            counts["chairs missed: words in the sentence"][",".join(sorted(words)) or
                                                           "(none)"] += 1
            for w in words:
                counts["chairs missed: each word"][w] += 1
            year = int(str(g["date"])[:4])
            counts["chairs missed: gold year vs report"][
                "same" if year == report_year else "earlier" if year < report_year
                else "later"] += 1
            counts["chairs missed: year in the sentence"][
                year_shape(sent.text) if sent is not None else "no sentence"] += 1
            instead = []
            for c in claims:
                if c["predicate"] != "chairs":
                    continue
                if chair and c["subject"] == chair:
                    instead.append("chair, other org" if c["object"] != org else
                                   "chair and org, year differs")
                elif org and c["object"] == org:
                    instead.append("org, other chair")
            counts["chairs missed: store has"]["+".join(sorted(set(instead))) or "nothing"] += 1
            if sent is not None:
                cm = [s for s, _ in mentions.get(chair or "", [])
                      if sent.start_char <= s < sent.end_char]
                om = [s for s, _ in mentions.get(org or "", [])
                      if sent.start_char <= s < sent.end_char]
                counts["chairs missed: chair's role"][role_shape(sent, cm, CHAIR_WORDS)] += 1
                counts["chairs missed: org's role"][role_shape(sent, om, CHAIR_WORDS)] += 1
                if cm and om:
                    counts["chairs missed: chair to org"][
                        between_shape(sent, cm[0], om[0], CHAIR_WORDS)] += 1
            counts["chairs missed: chair x org x meet"][f"{ck} | {org_class(org)} | {meet}"] += 1
            if cases:
                print(f"CHAIR {stem}: {g['chair']} | {g['org'][0]} | {g['date']} | {ck} | "
                      f"{org_class(org)} | {meet} | {sorted(words)} | {sorted(set(instead))}")
        found_hits = _found(ev, claims, gold.get("founded", []), "founded")
        for g, hit in zip(gold.get("founded", []), found_hits, strict=True):
            counts["gold foundings"]["found" if hit else "missed"] += 1
            if hit:
                continue
            org = entity(g["org"])
            counts["founding missed: organization"][org_class(org)] += 1
            counts["founding missed: organization known"][
                "no entity" if org is None else "known" if org in KNOWN else "not known"] += 1
            so = sorted({sentence_of(doc, s) for s, _ in mentions.get(org or "", [])} - {-1})
            words = frozenset().union(*(words_of(sents[n], FOUNDING_WORDS) for n in so))
            anywhere = words_of(doc, FOUNDING_WORDS)
            counts["founding missed: words in the org's sentences"][
                ",".join(sorted(words)) or "(none)"] += 1
            counts["founding missed: words elsewhere only"][
                ",".join(sorted(anywhere - words)) or "(none)"] += 1
            counts["founding missed: gold date"][gold_date_shape(g.get("date"))] += 1
            year = str(g["date"])[:4]
            counts["founding missed: gold year written"][
                "in a sentence naming the org" if any(year in sents[n].text for n in so)
                else "elsewhere in the text" if year in text else "not written"] += 1
            for n in so:
                for t in sents[n]:
                    if t.lower_ == "anniversary":
                        counts["founding missed: anniversary in the org's sentence"][
                            anniversary_shape(sents[n], t, om_of(mentions, org, sents[n]))] += 1
                if year not in sents[n].text:
                    continue
                sent = sents[n]
                ystart = sent.start_char + sent.text.index(year)
                om = [s for s, _ in mentions.get(org or "", [])
                      if sent.start_char <= s < sent.end_char]
                counts["founding missed: year's role"][
                    role_shape(sent, [ystart], FOUNDING_WORDS)] += 1
                if om:
                    counts["founding missed: org's role"][
                        role_shape(sent, om, FOUNDING_WORDS)] += 1
                    counts["founding missed: org to year"][
                        between_shape(sent, om[0], ystart, FOUNDING_WORDS)] += 1
                fw = [t.idx for t in sent if t.lemma_.lower() in FOUNDING_WORDS]
                if fw:
                    near = min(fw, key=lambda c: abs(c - ystart))
                    counts["founding missed: founding word to year"][
                        between_shape(sent, near, ystart, FOUNDING_WORDS)] += 1
            instead = ["org, other date" for c in claims
                       if c["predicate"] == "founded" and org and c["subject"] == org]
            instead += ["other org" for c in claims
                        if c["predicate"] == "founded" and c["subject"] != org]
            counts["founding missed: store has"]["+".join(sorted(set(instead))) or
                                                 "nothing"] += 1
            if cases:
                print(f"FOUNDED {stem}: {g['org'][0]} | {g['date']} | {org_class(org)} | "
                      f"{sorted(words)} | {sorted(set(instead))}")
    return counts


def _found(ev, claims: list[dict], golds: list[dict], predicate: str) -> list[bool]:  # type: ignore[no-untyped-def]
    """Which gold chairs or foundings a claim of the store matches."""
    def same(c: dict, g: dict) -> bool:
        if c["predicate"] != predicate:
            return False
        if predicate == "chairs":
            return bool(ev.matches(c["subject"], [g["chair"]]) and ev.matches(c["object"], g["org"])
                        and (c["date"] or "")[:4] == str(g["date"])[:4])
        return bool(ev.matches(c["subject"], g["org"]) and (c["date"] or "").startswith(str(g["date"])))
    return matched_golds(claims, golds, same)


def main() -> None:
    run(__doc__, diagnose, "one line per miss (read sets)")


if __name__ == "__main__":
    main()
