"""Organisation names by their shape: Doc + Mentions → Mentions with whole organisation names.

The small English model cuts an organisation's name into pieces ("Cambodian" a country and
"Promotion and Defense of Human Rights" an organisation; "Arctic" a place of "Arctic
Council"), and the gazetteer takes a state's own body for an international organisation's
organ of the same name ("the Russian Security Council" as the UN's).  The declared patterns
of data/patterns/org_names.json find the whole name; the code here only decides which
pieces it replaces.  The pattern's name is the mention's ``source`` ("org_names:NAME").
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy
from spacy.attrs import ENT_TYPE, IS_LOWER, IS_TITLE, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import names
from .knowledge import Knowledge, load_json, norm
from .matching import Needs, holds, needs, present
from .records import Mention

PATTERNS = "patterns/org_names.json"
SOURCE = "org_names"
_MATCHERS: dict[int, tuple[Matcher, Needs, _Stretches | None]] = {}


@cache
def _data() -> dict[str, Any]:
    return load_json(PATTERNS)


@cache
def heads() -> frozenset[str]:
    return frozenset(_data()["heads"]["words"])


@cache
def state_departments() -> frozenset[str]:
    return frozenset(_data()["heads"]["state_departments"])


@cache
def _outlet_endings() -> tuple[str, ...]:
    return tuple(f" {w}" for w in _data()["heads"]["outlet_endings"])


def patterns() -> dict[str, list[list[dict[str, Any]]]]:
    """The named patterns with their "$TOKEN" references written out ("@heads": the
    head-noun lexicon)."""
    data = _data()
    out: dict[str, list[list[dict[str, Any]]]] = {}
    for name, pats in data["patterns"].items():
        out[name] = []
        for pat in pats:
            toks = []
            for ref in pat:
                op = ref[-1] if ref[-1] in "?*+" else None
                tok = dict(data["tokens"][ref[1:len(ref) - (1 if op else 0)]])
                tok = {k: ({"IN": sorted(heads())} if v == {"IN": "@heads"} else v)
                       for k, v in tok.items()}
                if op:
                    tok["OP"] = op
                toks.append(tok)
            out[name].append(toks)
    return out


def _matcher(doc: Doc) -> tuple[Matcher, Needs, _Stretches | None]:
    held = _MATCHERS.get(id(doc.vocab))
    if held is None:
        matcher = Matcher(doc.vocab)
        pats = patterns()
        for name, group in pats.items():
            matcher.add(name, group, greedy="LONGEST")
        every = [p for group in pats.values() for p in group]
        held = _MATCHERS[id(doc.vocab)] = (matcher, needs(every, "token"), _Stretches.of(every))
    return held


# the token attributes a stretch test reads (``_Stretches``), in the columns of its array
_COLUMNS = (("IS_TITLE", IS_TITLE), ("IS_LOWER", IS_LOWER), ("LOWER", LOWER), ("ORTH", ORTH),
            ("ENT_TYPE", ENT_TYPE))


class _Stretches:
    """Where in a document the org-name patterns can match, read from its arrays.

    The patterns ask for title-case words, a few listed words and entity types, so most
    tokens (lower-case words, punctuation) can be part of no match, but the ``Matcher`` walks
    every token with every pattern (~1.1 ms an article).  Each distinct pattern token is a
    bit; a token has the bits of the pattern tokens whose ``_COLUMNS`` tests it passes (what
    else a pattern token asks is left out: it passes more).  A match lies inside one stretch
    of tokens with some bit, and only in a stretch holding, for one pattern, the bits of all
    its required (not ``?``/``*``) pattern tokens.  The matcher runs on those stretches
    alone, and its matches are put in the order one call on the document gives (per pattern
    name in the order the names first match, each name's longest first: ``greedy="LONGEST"``)."""

    def __init__(self, columns: list[tuple[int, Any, Any, Any]], masks: list[int]) -> None:
        # per column tested: the values tested (sorted), the bits of the pattern tokens each
        # passes, and the bits of those the column passes whatever its value
        self.columns = columns
        self.masks = [numpy.uint64(m) for m in masks]  # per pattern, its required tokens' bits

    @classmethod
    def of(cls, pats: list[list[dict[str, Any]]]) -> _Stretches | None:
        """None where a pattern uses an operator other than ``?``, ``*``, ``+``, or there are
        more than 64 distinct pattern tokens."""
        index: dict[tuple[tuple[int, tuple[int, ...]], ...], int] = {}
        masks = []
        for pat in pats:
            mask = 0
            for tok in pat:
                op = tok.get("OP")
                if op not in (None, "?", "*", "+"):
                    return None
                tests = []
                for col, (key, _attr) in enumerate(_COLUMNS):
                    v = tok.get(key)
                    if key.startswith("IS_"):
                        if isinstance(v, bool):
                            tests.append((col, (int(v),)))
                    elif isinstance(v, str):
                        tests.append((col, (get_string_id(v),)))
                    elif isinstance(v, dict) and set(v) == {"IN"} and isinstance(v["IN"], list):
                        tests.append((col, tuple(sorted({get_string_id(w) for w in v["IN"]}))))
                k = index.setdefault(tuple(tests), len(index))
                if op in (None, "+"):
                    mask |= 1 << k
            if mask not in masks:
                masks.append(mask)
        if len(index) > 64:
            return None
        columns = []
        for col in range(len(_COLUMNS)):
            tested = [(k, values) for tests, k in index.items() for c, values in tests if c == col]
            if not tested:
                continue
            others = (1 << len(index)) - 1
            for k, _ in tested:
                others &= ~(1 << k)
            by_value: dict[int, int] = {}
            for k, values in tested:
                for v in values:
                    by_value[v] = by_value.get(v, others) | (1 << k)
            keys = sorted(by_value)
            columns.append((col, numpy.array(keys, dtype=numpy.uint64),
                            numpy.array([by_value[k] for k in keys], dtype=numpy.uint64),
                            numpy.uint64(others)))
        return cls(columns, masks)

    def __call__(self, doc: Doc) -> list[tuple[int, int]]:
        """The (start, end) token stretches the matcher must run on."""
        if not len(doc):
            return []
        table = doc.to_array([attr for _, attr in _COLUMNS])
        bits = None
        for col, keys, values, others in self.columns:
            column = table[:, col]
            at = numpy.minimum(numpy.searchsorted(keys, column), len(keys) - 1)
            mapped = numpy.where(keys[at] == column, values[at], others)
            bits = mapped if bits is None else bits & mapped
        if bits is None:
            return [(0, len(doc))]
        inside = numpy.flatnonzero(bits)
        if not len(inside):
            return []
        firsts = numpy.flatnonzero(numpy.diff(inside, prepend=-2) != 1)
        held = numpy.bitwise_or.reduceat(bits[inside], firsts)
        ok = numpy.zeros(len(firsts), dtype=bool)
        for mask in self.masks:
            ok |= (held & mask) == mask
        ends = numpy.append(inside[firsts[1:] - 1], inside[-1])
        return [(start, end + 1) for start, end in zip(inside[firsts][ok].tolist(),
                                                       ends[ok].tolist(), strict=True)]


def _matches(doc: Doc, matcher: Matcher, stretches: _Stretches | None) -> list[tuple[int, int, int]]:
    """``matcher(doc)``, run on the stretches where it can match (``_Stretches``)."""
    if stretches is None:
        return list(matcher(doc))
    by_name: dict[int, list[tuple[int, int, int]]] = {}
    for start, end in stretches(doc):
        for mid, s, e in matcher(doc[start:end]):
            by_name.setdefault(mid, []).append((mid, start + s, start + e))
    return [m for found in by_name.values()
            for m in sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)]


def _headline(span: Span) -> bool:
    """A sentence written in title case ("Police Arrest Youth Forum Leaders In Harare"): its
    capitals say nothing of names.  A function word with a capital inside it tells; a noun
    spaCy counts as a stop word ("Front", "Side") is a name's word, so a list of names
    ("…, Sandinista National Liberation Front, Tupamaros, …") is no headline."""
    sent = span.sent
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 4 and sum(t.is_title for t in words) > 0.6 * len(words) and any(
        t.is_title and names.function_word(t) and t.i > sent.start and not t.ent_type_
        for t in words)


def _trim(doc: Doc, span: Span, people: set[int]) -> Span | None:
    """The name without what the pattern let in: a person's words and a title word before
    it, the capitalised first word of a sentence that is no name ("Yesterday Council"); after
    the head noun, a title, a date or a second name joined by "and"."""
    i, j = span.start, span.end
    first_head = next((k for k in range(i, j) if _head(doc[k])), j)
    before = [k for k in range(i, first_head) if k in people]
    after = [k for k in range(first_head, j) if k in people]
    if before:
        i = before[-1] + 1  # "Kofi Annan Foundation" keeps no person: "Foundation" alone
    if after:
        j = after[0]  # "… of China General Secretary Hu Jintao"
    while i < j and (names.is_title_word(doc[i]) or names.function_word(doc[i]) or
                     doc[i].is_sent_start and doc[i].pos_ != "PROPN" and not doc[i].ent_type_):
        i += 1
    head = next((k for k in range(i, j) if _head(doc[k])), None)
    if head is None:
        return None
    last = max(k for k in range(i, j) if _head(doc[k]))
    if last + 1 < j and doc[last + 1].ent_type_ == "GPE" and not any(
            doc[k].ent_id_.startswith("country:") for k in range(last + 1, j)):
        j = last + 1  # "Youth Forum Zimbabwe", never "… Forum Harare"
    for k in range(head + 1, j):
        tok = doc[k]
        if names.is_title_word(tok) or tok.ent_type_ in ("DATE", "TIME") or (
                tok.lower_ in ("and", "&") and k + 1 < j and (
                    doc[k + 1].lower_ == "the" or any(t.lower_ in heads() for t in doc[k + 1:j]))):
            j = k  # "… of China General Secretary", "… on Monday", "… of Slovakia and the …"
            break
    while j > i and (names.function_word(doc[j - 1]) or doc[j - 1].is_punct):
        j -= 1
    return doc[i:j] if j - i >= 2 else None


def _department(span: Span, kb: Knowledge) -> bool:
    """A state's department named by its portfolio ("Chinese Foreign Ministry", "Ministry of
    Defence of Ukraine", "Foreign Office"): its words are a department head, portfolio,
    generic words and the state only.  The title layer reads the state and the portfolio."""
    if not any(t.lower_ in state_departments() for t in span):
        return False
    lex = names.lexicon()
    # the state is a demonym or "of COUNTRY"; a country's name before "Affairs" is the
    # portfolio's own word ("Taiwan Affairs Office"), one before the portfolio a name's
    # ("U.S. Commerce Department")
    return all(t.lower_ in heads() or t.lower_ in lex.portfolio or t.lower_ in lex.generic or
               names.function_word(t) or t.text in ("'s", "’s") or
               t.ent_id_.startswith("country:") and (
                   t.ent_type_ == "NORP" or t.i + 1 < span.end and span.doc[t.i + 1].text in (
                       "'s", "’s") or t.i > span.start and
                   span.doc[t.i - 1].lower_ in ("of", "the")) for t in span)


def _head(tok: Any) -> bool:
    """A head noun of organisation written as a name's word ("Council", not "council")."""
    return tok.is_title and tok.lower_ in heads()


def _headed_name(span: Span) -> bool:
    """A "person" ending in a head noun of organisation after a capitalised word or demonym
    ("the American | Manufacturing Trade Coalition"): the tail of an organisation's name."""
    doc = span.doc
    return span[-1].lower_ in heads() and span[-1].is_title and span.start > 0 and \
        doc[span.start - 1].is_title and not doc[span.start - 1].is_sent_start


def _all_generic(span: Span) -> bool:
    """"National Council", "Supreme Court": generic words alone name no one organisation."""
    lex = names.lexicon()
    return all(t.lower_ in heads() or t.lower_ in lex.generic or t.lower_ in lex.portfolio or
               names.function_word(t) for t in span)


def _state_body(doc: Doc, span: Span, kb: Knowledge, found: list[Mention]) -> Mention | None:
    """"the Kazakh Security Council" → the body "Security Council of Kazakhstan"."""
    country = next((kb.entities.get(t.ent_id_) for t in span if t.ent_id_.startswith("country:")),
                   None)
    body = next((m for m in found if m.kind == "body" and m.key and
                 span.start_char <= m.start and m.end <= span.end_char), None)
    known = kb.entities.get(body.key or "") if body is not None else None
    if country is None or body is None:
        return None
    parent = kb.entities.get(known.parent or "") if known is not None else None
    if parent is not None and any(f" {norm(a)} " in f" {norm(body.text)} " for a in parent.aliases):
        return None  # "the Russian UN Security Council envoy": the organisation's organ
    base = doc.char_span(body.start, body.end, alignment_mode="expand")
    words = [t.text for t in base if t.lower_ != "the"] if base is not None else [body.text]
    name = f"{' '.join(words)} of {country.name}"
    return Mention(span.start_char, span.end_char, span.text, "organization", name, None,
                   body.sentence, "")


def _legislature(span: Span, kb: Knowledge) -> Mention | None:
    """"the Hungarian parliament", "Somalia's parliament", "the Brazilian Senate", "the U.S.
    House of Representatives" → the body "Parliament of Hungary", "House of Representatives
    of United States": a state's legislature, a body that sits and votes (meet6, ent1)."""
    country = next((kb.entities.get(t.ent_id_) for t in span if t.ent_id_.startswith("country:")),
                   None)
    # the legislature's own words: after the state and its "'s"
    first = max(t.i for t in span if t.ent_type_ in ("GPE", "NORP") or t.text in ("'s", "’s")) + 1
    body = span.doc[first:span.end]
    if country is None or not len(body) or body.root.dep_ in ("poss", "compound"):
        return None  # "the Russian parliament's security committee": another body's
    # the legislature alone: the state stays a mention of its own ("President Yusuf of Somalia")
    words = body.text if body.text[:1].isupper() else body.text.capitalize()
    return Mention(body.start_char, body.end_char, body.text, "body",
                   f"{words} of {country.name}", None, 0, "")


def stage(doc: Doc, text: str, kb: Knowledge, found: list[Mention], sent_of: Any
          ) -> list[Mention]:
    """``found`` with the whole organisation names the patterns find put in place of the
    pieces they cover."""
    matcher, need, stretches = _matcher(doc)
    if not holds(present(doc), need):
        return found
    strings = doc.vocab.strings
    hits = [(strings[mid], doc[s:e]) for mid, s, e in _matches(doc, matcher, stretches)]
    people: set[int] = set()
    for m in found:
        if m.kind == "person":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and not _headed_name(span):
                people.update(range(span.start, span.end))
    out = list(found)
    # a state's own body first, then the head-noun names outside it
    for state in (True, False):
        group = [(rule, sp) for rule, sp in hits if rule.startswith("STATE_BODY") == state]
        # a legislature's own rule before the body rules over the same words ("Italian Senate")
        rule_of = {(sp.start, sp.end): rule for rule, sp in sorted(
            group, key=lambda hit: hit[0] == "STATE_BODY_LEGISLATURE")}
        for span in filter_spans([sp for _, sp in group]):
            rule = rule_of[(span.start, span.end)]
            new = _legislature(span, kb) if rule == "STATE_BODY_LEGISLATURE" else \
                _state_body(doc, span, kb, out) if state else \
                _named(doc, span, kb, out, people, sent_of)
            if new is None:
                continue
            new = Mention(new.start, new.end, new.text, new.kind, new.name, new.key,
                          sent_of(new.start), f"{SOURCE}:{rule}")
            out = [m for m in out if not (m.start < new.end and m.end > new.start)] + [new]
    return sorted(out, key=lambda m: (m.start, m.end))


def _named(doc: Doc, span: Span, kb: Knowledge, found: list[Mention], people: set[int],
           sent_of: Any) -> Mention | None:
    """The organisation a head-noun pattern matched, or None where it names none or would
    override a person or a known organisation."""
    if _headline(span):
        return None
    cut = _trim(doc, span, people)
    if cut is None or not any(_head(t) for t in cut) or any(t.i in people for t in cut):
        return None
    if cut.end < len(doc) and doc[cut.end].text in ("-", "‐") and not doc[cut.end - 1].whitespace_:
        return None  # "Federation of Non-…": the name is cut inside a word
    after = doc[cut.end] if cut.end < len(doc) else None
    if after is not None and after.is_title and after.is_alpha and not after.is_sent_start \
            and not names.is_title_word(after) and cut.end == span.end:
        return None  # "Council Tax": the name goes on past the head
    inside = [m for m in found if m.start < cut.end_char and m.end > cut.start_char]
    for m in inside:
        if m.kind == "person" and any(t.i in people for t in cut if m.start <= t.idx < m.end):
            return None
        if m.key is not None and m.kind in ("place", "country") and any(
                m.start <= t.idx < m.end and t.lower_ in heads() for t in cut):
            return None  # "the West Bank": the head noun is a place's
        if m.key is not None and m.kind in ("organization", "body"):
            return None  # a known organisation keeps its name
        if m.start < cut.start_char or m.end > cut.end_char:
            return None  # a name that runs across the match's edge
    if any((m.start, m.end) == (cut.start_char, cut.end_char) for m in inside):
        return None  # the model found this name already
    bare = next((k for k in range(cut.start, cut.end)
                 if not doc[k].ent_id_.startswith("country:")), cut.start)
    gathering = [t for t in cut if t.lower_ in _data()["heads"]["gatherings"]]
    if gathering and ((cut.start > 0 and doc[cut.start - 1].lower_ in ("a", "an")) or any(
            doc[g.i - 1].lower_ in _data()["heads"]["occasion_kinds"] for g in gathering)):
        return None  # "held a Joint Press Conference": a kind of occasion, not its name
    if norm(cut.text).endswith(_outlet_endings()):
        return None  # "Sofia News Agency": an outlet
    if _department(cut, kb) or _all_generic(cut) or names.is_outlet(doc[bare:cut.end].text) or \
            names.is_instrument(cut) or names.is_venue(cut):
        return None
    return Mention(cut.start_char, cut.end_char, cut.text, "organization", cut.text, None,
                   sent_of(cut.start_char), "")


__all__ = ["heads", "patterns", "stage"]
