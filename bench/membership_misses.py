"""Membership and member-count misses of a scored store, by counts-only classes (issue 13,
``memb8``).

    .venv/bin/python bench/membership_misses.py DB GOLD_DIR [--only STEMS | --split read|held |
                                                --prefix ux1-] [--cases] [--json]

For each gold membership the store did not match (the rule of ``evaluate.Evaluator.facts``:
member, organization, date within three days or inside the gold's month/year) it counts classes
computed by code, none of which needs the text read:

- the member: an entity of the document (its kind), or none (its name written in the text or
  not);
- the organization: an entity (the surfaces of its mentions: ``acronym``, ``name``, a common
  noun such as "the alliance"/"the bloc"), or none;
- where a member mention and an organization mention meet: one sentence, within three
  sentences, farther, never;
- whether the member's mention stands in a coordinated list (its length), by the parse;
- the words of ``MEMBERSHIP_WORDS`` in the sentence where they meet (else the member's first);
- the member's sentence (its list's, else the one where it meets the organization) as the
  parse, the entity marks and the declared rules see it (``membership_trace.list_features``,
  ``memb14``): the marked run of countries, the words around it as closed-class words or parts
  of speech, the dependencies of the list's head and of the member noun, the root verb's class,
  the member noun's number against the list's length, where the organization is named before
  (headline, dateline line, body), and each membership rule that matched there, alone: the
  claims it made or the guard that refused it; when none matched, the rule whose pattern came
  nearest;
- the gold date's shape (undated, day, month, year) and what the store claims instead (the
  member in a membership of another organization, the organization with other members, the
  member in a position, nothing).

For each missed gold member count: the organization as above, how the document writes the
number (digits, a word, "N-member", "N nations/members/states", "of the N", "all N", absent) and
whether a count sentence names the organization, and what the store counts instead; for an
organization no entity stands for, whether the knowledge data knows one of its names, the
statistical model's label where the name is written and the name's shape (``count1``). For each
member-count claim no gold matches (an extra): its rule, the organization's surfaces, how its
sentence writes the number and what the gold says of that organization (the same value at
another date, another value, nothing).

Only counts are printed, except with ``--cases`` (one line per miss), which is refused for the
held half of ../shared/dev and the unseen batches (``ux*``), as bench/meeting_misses.py refuses
it: their errors are never read (docs/evaluation.md).
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

from meeting_misses import gold_documents, run
from membership_trace import list_features

from blocwatch import orgnames
from blocwatch.config import load_options
from blocwatch.evaluate import Evaluator, date_match
from blocwatch.facts.declared import NUMBER_WORDS
from blocwatch.kb import KnowledgeBase
from blocwatch.knowledge import knowledge
from blocwatch.nlp import stage_many

# lemmas, words and two-word phrases that tell a membership; declared here, not read from the
# extractor, so the count says what the sentence holds, not what a rule reads
MEMBERSHIP_WORDS = frozenset({
    "member", "members", "membership", "join", "accession", "accede", "admit", "admission",
    "found", "founding", "include", "including", "comprise", "comprising", "consist",
    "along with", "participate", "participating", "delegation", "delegations", "signatory",
    "signatories", "partner", "partners", "observer", "bloc", "countries of", "states of",
    "nations of", "ally", "allies", "alliance", "belong", "grouping", "group", "union",
    "representative", "representatives", "minister", "ministers", "leader", "leaders",
    "sign", "ratify", "summit", "such as", "together with", "like", "among", "between"})
# verbs of news sentences, a fixed list (the root of a list's sentence is counted by these)
VERBS = frozenset({
    "be", "have", "attend", "meet", "gather", "sign", "send", "agree", "say", "call", "represent",
    "vote", "take", "hold", "come", "make", "form", "unite", "bring", "consist", "count", "number",
    "adopt", "approve", "back", "support", "oppose", "reject", "condemn", "welcome", "urge",
    "discuss", "decide", "issue", "release", "accept", "elect", "appoint", "reach", "endorse",
    "pledge", "commit", "contribute", "fund", "pay", "deploy", "provide", "receive", "invite",
    "host", "visit", "see", "show", "use", "give", "get", "set", "remain", "become", "follow"})
# nouns a verb of a list's sentence may take, a fixed list
OBJECT_NOUNS = frozenset({
    "participation", "delegation", "delegations", "leader", "leaders", "head", "heads",
    "representative", "representatives", "minister", "ministers", "decision", "progress",
    "election", "elections", "accession", "entry", "admission", "membership", "member", "members",
    "country", "countries", "state", "states", "guest", "guests", "observer", "observers",
    "initiative", "proposal", "statement", "declaration", "agreement", "treaty", "document",
    "chairmanship", "presidency", "effort", "efforts", "result", "results", "work", "activity"})
# words before a member noun, a fixed list
MEMBER_ADJECTIVES = frozenset({
    "new", "old", "original", "founding", "current", "existing", "full", "permanent", "other",
    "remaining", "non-permanent", "elected", "older", "newer", "western", "eastern", "fellow",
    "associate", "core", "big", "major", "small", "smaller", "larger", "richer", "poorer"})
GENERIC = frozenset({"alliance", "bloc", "group", "grouping", "union", "organisation",
                     "organization", "community", "body", "club", "forum", "association"})
COUNT_NOUNS = "members?|nations?|countries|states|allies|economies|governments|partners"


def org_surface(texts: list[str]) -> str:
    """The shapes of an organization's mentions: acronym, name, common noun ("the bloc")."""
    shapes = set()
    for t in texts:
        words = t.split()
        if len(words) == 1 and re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}s?", t):
            shapes.add("acronym")
        elif words and words[-1].lower() in GENERIC and t[:1].islower() or \
                t.lower().removeprefix("the ") in GENERIC:
            shapes.add("common noun")
        else:
            shapes.add("name")
    return "+".join(sorted(shapes)) or "none"


def parse(texts: dict[str, str]) -> dict[str, object]:
    ids = list(texts)
    return dict(zip(ids, stage_many((texts[i] for i in ids), load_options()), strict=True))


def sentence_of(doc, char: int) -> int:  # type: ignore[no-untyped-def]
    for n, s in enumerate(doc.sents):
        if s.start_char <= char < s.end_char:
            return n
    return -1


def words_in(sent) -> frozenset[str]:  # type: ignore[no-untyped-def]
    lower = " ".join(t.lower_ for t in sent)
    got = {w for t in sent for w in (t.lemma_.lower(), t.lower_) if w in MEMBERSHIP_WORDS}
    got |= {w for w in MEMBERSHIP_WORDS if " " in w and f" {w} " in f" {lower} "}
    return frozenset(got)


def list_length(doc, start: int) -> int:  # type: ignore[no-untyped-def]
    """How many items the coordination holding the token at ``start`` has (1: none)."""
    tok = next((t for t in doc if t.idx <= start < t.idx + len(t.text_with_ws)), None)
    if tok is None:
        return 0
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return len(tok.conjuncts) + 1


CUES = frozenset({":", "are", "is", "were", "include", "includes", "including", "as", "states",
                  "countries", "members", "member", "nations", "—", "-", "–", "(", "of", "from",
                  "with", "and", ","})


CLOSED = ("DET", "ADP", "PRON")
OBJECT_DEPS = ("dobj", "attr", "prep", "ccomp", "xcomp", "advcl")


def word_class(tok, words: frozenset[str], closed: tuple[str, ...] = ()) -> str:  # type: ignore[no-untyped-def]
    """A token as a count may name it: its lemma when in a fixed word list, its lower-cased
    form when of a closed part of speech, else its part of speech (a number always is NUM)."""
    if tok.pos_ == "NUM":
        return "NUM"
    if tok.pos_ in closed:
        return tok.lower_
    lemma = tok.lemma_.lower()
    return lemma if lemma in words or tok.lower_ in words else tok.pos_


def sentence_shape(doc, sent, member_starts: list[int], org_starts: list[int],  # type: ignore[no-untyped-def]
                   n: int, total: int) -> str:
    """A sentence's form by code: where its member noun stands against the member's mention
    (before/after), the word before the member's first mention (from ``CUES``, else its part of
    speech), a colon, the root's lemma class, a headline (first sentence), a line of its own."""
    inside = [x for x in member_starts if sent.start_char <= x < sent.end_char]
    first = min(inside) if inside else sent.start_char
    noun = [t for t in sent if t.lemma_.lower() in ("member", "membership")]
    where = "no member noun" if not noun else "member noun before" if noun[0].idx < first \
        else "member noun after"
    tok = next((t for t in sent if t.idx >= first), sent[0])
    prev = doc[tok.i - 1] if tok.i > sent.start else None
    cue = "sentence start" if prev is None else prev.lower_ if prev.lower_ in CUES or \
        prev.pos_ in ("ADP", "DET", "PRON", "AUX") else prev.pos_
    nouns = ",".join(f"{t.lower_}/{t.dep_}<{word_class(t.head, VERBS | MEMBERSHIP_WORDS)}"
                     for t in noun)
    org_in = any(sent.start_char <= x < sent.end_char for x in org_starts)
    root = sent.root.lemma_.lower()
    kids = ",".join(f"{c.dep_}:{word_class(c, MEMBERSHIP_WORDS | MEMBER_ADJECTIVES, CLOSED)}"
                    for t in noun[:1] for c in t.children)
    objects = ",".join(f"{c.dep_}:{word_class(c, OBJECT_NOUNS, ('ADP', 'PART'))}"
                       for c in sent.root.children if c.dep_ in OBJECT_DEPS)
    path, node = [], tok
    while node.head.i != node.i and len(path) < 8:
        node = node.head
        path.append(node.lower_ if node.pos_ in ("ADP", "AUX", "PART") or
                    node.lemma_.lower() in VERBS | MEMBERSHIP_WORDS else f"{node.pos_}/{node.dep_}")
    return (f"{where} ({nouns}); before the member: {cue}; "
            f"{'colon' if any(t.text == ':' for t in sent) else 'no colon'}; "
            f"root {sent.root.pos_}/{root if root in VERBS | MEMBERSHIP_WORDS else '-'}; "
            f"{'org in it' if org_in else 'no org'}; "
            f"{'headline' if n == 0 else 'last' if n == total - 1 else 'body'}; "
            f"{'has newline' if chr(10) in sent.text.strip() else 'one line'}; "
            f"path {tok.dep_}<{'<'.join(path)}; noun's children {kids or '-'}; "
            f"root's {objects or '-'}")


def number_shape(text: str, count: int, org_starts: list[int] = ()) -> str:  # type: ignore[assignment]
    """How a text writes a number: its constructions (and whether an organization mention
    stands within the three words after it: "ORG"), or "absent"."""
    words = [w for w, n in NUMBER_WORDS.items() if n == count]
    num = "|".join([str(count), *words])
    shapes = []
    for m in re.finditer(rf"(?i)(?<![\w.,])({num})(?![\w.,]\d)", text):
        after, before = text[m.end():m.end() + 30].lower(), text[max(0, m.start() - 12):m.start()].lower()
        kind = "digits" if m.group(1).isdigit() else "word"
        window = m.end() + len(" ".join(text[m.end():].split()[:3])) + 1
        if any(m.end() < x <= window for x in org_starts):
            kind += " ORG after"
        if re.match(r"\s+(?:\S+\s+){0,2}member\b", after):
            kind += " member-word"
        if re.match(r"-(member|nation|country|state)", after):
            shapes.append(f"{kind} N-member")
        elif re.match(rf"\s+(?:\w+\s+)?({COUNT_NOUNS})\b", after):
            shapes.append(f"{kind} N nouns")
        elif re.search(r"\ball\s+$", before):
            shapes.append(f"{kind} all N")
        elif re.search(r"\bof\s+(the\s+|its\s+)?$", before):
            shapes.append(f"{kind} of the N")
        else:
            shapes.append(f"{kind} other")
    return "+".join(sorted(set(shapes))) or "absent"


def gold_date_shape(d: str | None) -> str:
    return "undated" if not d else {10: "day", 7: "month", 4: "year"}.get(len(str(d)), "range")


def diagnose(kb: KnowledgeBase, gold_dir: Path, stems: list[str],
             cases: bool, readable: bool) -> dict[str, collections.Counter]:
    """Counts by class; the sentence's shape only for readable sets: its skeleton of closed-class
    words and dependencies comes close to the sentence itself, which the held half and the
    unseen batches must keep unread."""
    ev, golds, docs, texts = gold_documents(kb, gold_dir, stems)
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    parsed = parse(texts)
    traced: dict[tuple[str, int], dict[str, str]] = {}
    for stem, gold in golds.items():
        doc_id = docs[stem]
        if doc_id is None:
            counts["miss"]["document not stored"] += len(gold.get("memberships", [])) + \
                len(gold.get("member_counts", []))
            continue
        doc, text = parsed[doc_id], texts[doc_id]
        mentions = collections.defaultdict(list)
        for r in kb.db.execute("SELECT entity_id, start, text FROM mentions WHERE document_id=?",
                               (doc_id,)):
            mentions[r[0]].append((r[1], r[2]))
        kind = {e: kb.db.execute("SELECT kind FROM entities WHERE id=?", (e,)).fetchone()[0]
                for e in mentions}
        claims = [dict(r) for r in kb.db.execute(
            "SELECT * FROM claims WHERE document_id=?", (doc_id,))]

        def entity(names: list[str], mentions=mentions) -> str | None:  # type: ignore[no-untyped-def]
            return next((e for e in mentions if ev.matches(e, names)), None)

        def org_class(org: str | None, kind=kind, mentions=mentions) -> str:  # type: ignore[no-untyped-def]
            return f"{kind[org]}: {org_surface([t for _, t in mentions[org]])}" if org \
                else "no entity"

        member_hits = _found(ev, claims, gold.get("memberships", []), "member_of")
        for g, hit in zip(gold.get("memberships", []), member_hits, strict=True):
            counts["gold memberships"]["found" if hit else "missed"] += 1
            if hit:
                continue
            member, org = entity([g["member"]]), entity(g["org"])
            counts["_docs"][stem] += 1
            mk = kind[member] if member else (
                "no entity, name in text" if g["member"].lower() in text.lower()
                else "no entity, name not in text")
            counts["missed: member"][mk] += 1
            counts["missed: organization"][org_class(org)] += 1
            sm = {sentence_of(doc, s) for s, _ in mentions.get(member or "", [])}
            so = {sentence_of(doc, s) for s, _ in mentions.get(org or "", [])}
            gap = min((abs(a - b) for a in sm for b in so), default=None)
            meet = "no member or org mention" if gap is None else "one sentence" if gap == 0 \
                else "within 3 sentences" if gap <= 3 else "farther"
            counts["missed: member and org meet"][meet] += 1
            sents = list(doc.sents)
            best = min(sm & so) if sm & so else min(sm) if sm else None
            words = words_in(sents[best]) if best is not None and best >= 0 else frozenset()
            counts["missed: words in the sentence"][",".join(sorted(words)) or "(none)"] += 1
            for w in words:
                counts["missed: each word"][w] += 1
            starts = [s for s, _ in mentions.get(member or "", [])]
            length = max((list_length(doc, s) for s in starts), default=0)
            counts["missed: member in a list"][
                "no mention" if not starts else "not listed" if length <= 1 else
                f"list of {length}" if length < 5 else "list of 5+"] += 1
            counts["missed: gold date"][gold_date_shape(g.get("date"))] += 1
            # memb14: the member's sentence (its list's, else where it meets the organization)
            # as the parse and the rules see it
            listed = [s for s in starts if list_length(doc, s) >= 2] or \
                [s for s in starts if sentence_of(doc, s) == best]
            if listed:
                key = (stem, sentence_of(doc, listed[0]))
                if key not in traced:
                    published = kb.db.execute("SELECT published FROM documents WHERE id=?",
                                              (doc_id,)).fetchone()[0]
                    traced[key] = list_features(text, published, [g["member"]], g["org"],
                                                listed[0])
                for name, value in traced[key].items():
                    counts[f"missed list: {name}"][value] += 1
            if readable and best is not None and best >= 0:
                counts["missed: the sentence's shape"][sentence_shape(
                    doc, sents[best], starts, [s for s, _ in mentions.get(org or "", [])],
                    best, len(sents))] += 1
            if sm and so and not sm & so:
                side = "before" if min(so) < min(sm) else "after"
                counts["missed: nearest org mention"][
                    f"{side}, {min(abs(a - b) for a in sm for b in so)} sentence(s) away"] += 1
            instead = []
            for c in claims:
                if c["predicate"] == "member_of" and c["subject"] == member:
                    instead.append("member, other org" if c["object"] != org else
                                   "member and org, date differs")
                elif c["predicate"] == "member_of" and org and c["object"] == org:
                    instead.append("org, other members")
                elif c["predicate"] == "holds_position" and member and c["object"] == member:
                    instead.append("a position of the member")
            counts["missed: store has"]["+".join(sorted(set(instead))) or "nothing"] += 1
            counts["missed: member x org x meet"][f"{mk} | {org_class(org)} | {meet}"] += 1
            if cases:
                print(f"MEMBERSHIP {stem}: {g['member']} | {g['org'][0]} | {g.get('date')} | "
                      f"{mk} | {org_class(org)} | {meet} | {sorted(words)} | "
                      f"{sorted(set(instead))}")
        count_hits = _found(ev, claims, gold.get("member_counts", []), "member_count")
        for g, hit in zip(gold.get("member_counts", []), count_hits, strict=True):
            counts["gold member counts"]["found" if hit else "missed"] += 1
            if hit:
                continue
            org = entity(g["org"])
            counts["missed counts: organization"][org_class(org)] += 1
            org_starts = [s for s, _ in mentions.get(org or "", [])]
            shape = number_shape(text, int(g["count"]), org_starts)
            counts["missed counts: number shape"][shape] += 1
            so = {sentence_of(doc, s) for s in org_starts}
            written = "|".join([str(g["count"]), *(w for w, n in NUMBER_WORDS.items()
                                                  if n == int(g["count"]))])
            near = "absent" if shape == "absent" else "org in the number's sentence" if any(
                sentence_of(doc, m.start()) in so for m in re.finditer(
                    rf"(?i)\b({written})\b", text)) else "org not in the number's sentence"
            counts["missed counts: org near the number"][near] += 1
            counts["missed counts: gold date"][gold_date_shape(g.get("date"))] += 1
            instead = [("org, same value, date differs" if str(c["value"]) == str(g["count"])
                        else "org, other value") if c["subject"] == org else "other org"
                       for c in claims if c["predicate"] == "member_count"]
            for c in claims:
                if c["predicate"] == "member_count" and c["subject"] == org and \
                        str(c["value"]) == str(g["count"]):
                    counts["missed counts: same value, date (store vs gold)"][
                        f"{gold_date_shape(c['date'])} vs {gold_date_shape(g.get('date'))}"
                        + (", store earlier" if (c["date"] or "") < str(g.get("date") or "")
                           else ", store later")
                        + f", rule {(c['extractor'] or '?').rsplit(':', 1)[-1]}"
                        + (", a year in its sentence" if re.search(
                            r"\b(1[89]|20)\d\d\b", evidence(kb, c["id"])) else "")] += 1
            if org is None:
                counts["missed counts: unrecognised organization"][
                    "a gold name in the text" if any(n.lower() in text.lower() for n in g["org"])
                    else "no gold name in the text"] += 1
                counts["missed counts: unrecognised organization, by name"][
                    unrecognised_name(doc, text, g["org"])] += 1
                counts["missed counts: unrecognised organization, its head"][
                    unrecognised_head(doc, text, g["org"])] += 1
            counts["missed counts: store has"]["+".join(sorted(set(instead))) or "nothing"] += 1
            if cases:
                print(f"COUNT {stem}: {g['org'][0]} {g['count']} | {g.get('date')} | "
                      f"{org_class(org)} | {shape} | {near} | {sorted(set(instead))}")
        count_extras(ev, kb, claims, gold.get("member_counts", []), org_class, counts, cases, stem)
    docs_missed = counts.pop("_docs", collections.Counter())
    counts["missed memberships: per document"] = collections.Counter(
        f"{n} misses" for n in docs_missed.values())
    return counts


def unrecognised_name(doc, text: str, names: list[str]) -> str:  # type: ignore[no-untyped-def]
    """For a gold organization no entity stands for: whether the knowledge data knows one of
    its names, the statistical model's label where the name is written (or none), and the
    name's shape (acronym or words); counts only, no text."""
    known = "known name" if any(knowledge().lookup(n) for n in names) else "unknown name"
    labels, shapes = set(), set()
    for n in names:
        for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text, flags=re.I):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            ents = [e for e in doc.ents if e.start < span.end and span.start < e.end] if span \
                else []
            labels |= {e.label_ for e in ents} or {"no label"}
            shapes.add("acronym" if re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}s?", n) else "words")
    return f"{known} | model: {'+'.join(sorted(labels)) or 'not written'} | " \
        f"{'+'.join(sorted(shapes)) or '-'}"


def unrecognised_head(doc, text: str, names: list[str]) -> str:  # type: ignore[no-untyped-def]
    """For a gold organization no entity stands for, where its name is written (``memb15``):
    whether its last word is a head noun of data/patterns/org_names.json (and its case as
    written), the part of speech and shape of the token before it, and whether a count shape
    ("N-member", "N-nation") stands right before the name; counts only, no text."""
    heads = set(orgnames.heads())
    found = set()
    for n in names:
        for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or not len(span):
                continue
            last = span[-1]
            head = ("head " + ("Title" if last.is_title else "lower" if last.is_lower else "other")
                    if last.lower_ in heads else "no head")
            before = doc[span.start - 1] if span.start else None
            prev = "-" if before is None else (
                "count shape" if re.fullmatch(r"\d+-?(member|nation|country|state)s?",
                                              before.lower_) or before.lower_ in
                {"member", "nation", "country", "state", "strong"} else before.pos_)
            found.add(f"{head} | before: {prev} | words {len(span)}")
    return "+".join(sorted(found)) or "not written as cased"


def count_extras(ev: Evaluator, kb: KnowledgeBase, claims: list[dict], golds: list[dict],
                 org_class, counts: dict[str, collections.Counter],  # type: ignore[no-untyped-def]
                 cases: bool, stem: str) -> None:
    """Member-count claims no gold count matches, by rule, the organization's surfaces, how its
    sentence writes the number and what the gold says of that organization instead."""
    mine = [c for c in claims if c["predicate"] == "member_count" and c["qualifier"] != "left"]
    def same(g: dict, c: dict) -> bool:
        return bool(ev.matches(c["subject"], g["org"])) and str(c["value"]) == str(g["count"]) \
            and date_match(c["date"], g.get("date"), 3)
    unused = list(golds)
    for c in mine:
        hit = next((g for g in unused if same(g, c)), None)
        if hit is not None:
            unused.remove(hit)
        counts["count extras"]["matched" if hit else "extra"] += 1
        if hit:
            continue
        rule = (c["extractor"] or "?").rsplit(":", 1)[-1]
        sentence = evidence(kb, c["id"])
        of_org = [g for g in golds if ev.matches(c["subject"], g["org"])]
        gold_has = "nothing of the org" if not of_org else "org, same value, date differs" \
            if any(str(g["count"]) == str(c["value"]) for g in of_org) else "org, other value"
        counts["count extras: rule"][rule] += 1
        counts["count extras: organization"][org_class(c["subject"])] += 1
        counts["count extras: number shape"][number_shape(sentence, int(c["value"]))] += 1
        counts["count extras: gold has"][gold_has] += 1
        counts["count extras: rule x gold has"][f"{rule} | {gold_has}"] += 1
        if cases:
            print(f"EXTRA COUNT {stem}: {c['value']} | {c['date']} | {rule} | {gold_has} | "
                  f"{sentence.strip()[:200]}")


def evidence(kb: KnowledgeBase, claim_id: str) -> str:
    """The sentence a claim was read from (its first evidence)."""
    row = kb.db.execute("SELECT text FROM evidence WHERE owner_id=? ORDER BY position LIMIT 1",
                        (claim_id,)).fetchone()
    return row[0] if row else ""


def matched_golds(claims: list[dict], golds: list[dict], same) -> list[bool]:  # type: ignore[no-untyped-def]
    """Which gold facts a claim of the store matches (``same(claim, gold)``), one claim per
    gold, as eval scores."""
    used: set[str] = set()
    out = []
    for g in golds:
        hit = next((c["id"] for c in claims if c["id"] not in used and same(c, g)), None)
        if hit:
            used.add(hit)
        out.append(hit is not None)
    return out


def _found(ev: Evaluator, claims: list[dict], golds: list[dict], predicate: str) -> list[bool]:
    """Which gold memberships or counts a claim of the store matches."""
    def same(c: dict, g: dict) -> bool:
        if c["predicate"] != predicate or c["qualifier"] == "left":
            return False
        if predicate == "member_of":
            ok = ev.matches(c["subject"], [g["member"]]) and ev.matches(c["object"], g["org"])
        else:
            ok = ev.matches(c["subject"], g["org"]) and str(c["value"]) == str(g["count"])
        return bool(ok) and date_match(c["date"], g.get("date"), 3)
    return matched_golds(claims, golds, same)


def main() -> None:
    run(__doc__, diagnose, "one line per miss (read sets)")


if __name__ == "__main__":
    main()
