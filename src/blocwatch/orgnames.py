"""Organisation names by their shape: Doc + Mentions → Mentions with whole organisation names.

The small English model cuts an organisation's name into pieces ("Cambodian" a country and
"Promotion and Defense of Human Rights" an organisation; "Arctic" a place of "Arctic
Council"), and the gazetteer takes a state's own body for an international organisation's
organ of the same name ("the Russian Security Council" as the UN's).  The declared patterns
of data/patterns/org_names.json find the whole name; the code here only decides which
pieces it replaces.  The pattern's name is the mention's ``source`` ("org_names:NAME").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

import numpy
from spacy.attrs import ENT_TYPE, IS_LOWER, IS_TITLE, LOWER, ORTH
from spacy.matcher import DependencyMatcher, Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import names
from .knowledge import Knowledge, KnownEntity, load_json, norm, subdivisions_by_name
from .matching import Needs, holds, needs, present
from .records import Mention

PATTERNS = "patterns/org_names.json"
SOURCE = "org_names"
PARTY_SHORT_NAME = f"{SOURCE}:PARTY_SHORT_NAME"  # a party's short name before its office
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


@cache
def _institution_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The heads of a state's institutions (every class), the words that may qualify them and
    the words that make one no single state's."""
    d = _data()["state_institutions"]
    lex = names.lexicon()
    return (frozenset(w for group in d["heads"].values() for w in group),
            frozenset(d["qualifiers"]) | lex.generic | lex.portfolio,
            frozenset(d["beyond_a_state"]))


@cache
def _one_states() -> frozenset[str]:
    """Proper names of one state's institution made of class words ("National People's
    Congress")."""
    return frozenset(norm(n) for n in _data()["state_institutions"]["one_states"])


@cache
def _heads_of(classes: str) -> frozenset[str]:
    """The heads of the classes a list of state_institutions names ("from_the_lede")."""
    d = _data()["state_institutions"]
    return frozenset(w for group in d[classes] for w in d["heads"][group])


def _institution_head(name: str) -> str | None:
    """The head noun of a state's institution named by its class alone ("Interior Ministry",
    "Ministry of Foreign Affairs": "ministry"), or None for any other name."""
    inst_heads, qualifiers, beyond = _institution_words()
    if norm(name) in _one_states():
        return None
    words = re.findall(r"[a-z&]+", norm(name))
    own = words[:next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))]
    if not own or own[-1] not in inst_heads or any(w in beyond for w in words) or \
            not all(w in qualifiers or w in inst_heads for w in words):
        return None
    return own[-1]


@lru_cache(maxsize=8192)
def state_institution(name: str) -> bool:
    """A name that every state's institution of a class bears ("Interior Ministry", "Supreme
    Court", "Air Force", "Communist Party"): it names no one organisation across documents."""
    return _institution_head(name) is not None


def _lexicon(name: str) -> frozenset[str]:
    """A word list of "heads" by name ("heads": the head nouns of organisation names)."""
    if name == "party_offices":
        return frozenset(_data()["party_short_names"]["offices"])
    if name == "possessors":
        return frozenset(_data()["inner_joins"]["possessors"])
    return heads() if name == "heads" else frozenset(_data()["heads"][name])


def patterns() -> dict[str, list[list[dict[str, Any]]]]:
    """The named patterns with their "$TOKEN" references written out ("@heads": the
    head-noun lexicon, "@organs": the heads of an organisation's organs)."""
    return _expand(_data()["patterns"])


def _expand(named: dict[str, list[list[str]]]) -> dict[str, list[list[dict[str, Any]]]]:
    """Patterns written as "$TOKEN" references → spaCy Matcher patterns."""
    data = _data()
    out: dict[str, list[list[dict[str, Any]]]] = {}
    for name, pats in named.items():
        out[name] = []
        for pat in pats:
            toks = []
            for ref in pat:
                op = ref[-1] if ref[-1] in "?*+" else None
                tok = dict(data["tokens"][ref[1:len(ref) - (1 if op else 0)]])
                tok = {k: ({"IN": sorted(_lexicon(v["IN"][1:]))}
                           if isinstance(v, dict) and str(v.get("IN", "")).startswith("@") else v)
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
    held = present(doc)
    if not holds(held, need):
        return _office_sub_bodies(doc, _bare_legislatures(doc, text, kb, found, sent_of, held),
                                  sent_of)
    strings = doc.vocab.strings
    hits = [(strings[mid], doc[s:e]) for mid, s, e in _matches(doc, matcher, stretches)]
    hits = [(rule, _unprefixed(doc, sp) if rule == "ORG_POSSESSIVE_NAME" else sp)
            for rule, sp in hits]
    # an organ's pattern holds a known organisation, or it names none ("the Islamic
    # Consultative Assembly of Iran" is the head-noun name's)
    known_orgs = [m for m in found if (m.key or "").startswith("org:")]
    hits = [(rule, sp) for rule, sp in hits if not rule.startswith("ORGAN_") or any(
        sp.start_char <= m.start and m.end <= sp.end_char for m in known_orgs)]
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
        # a legislature's own rule before the body rules over the same words ("Italian Senate");
        # an organ's before a head-noun name's, which it yields to where it names no organ
        # ("the Islamic Consultative Assembly of Iran")
        rules_of: dict[tuple[int, int], list[str]] = {}
        for rule, sp in sorted(group, key=lambda hit: (hit[0] != "STATE_BODY_LEGISLATURE",
                                                       not hit[0].startswith("ORGAN_"))):
            rules_of.setdefault((sp.start, sp.end), []).append(rule)
        for span in filter_spans([sp for _, sp in group]):
            new = None
            for rule in rules_of[(span.start, span.end)]:
                new = _legislature(span, kb) if rule == "STATE_BODY_LEGISLATURE" else \
                    _state_body(doc, span, kb, out) if state else \
                    _organ(doc, span, kb, out, people) if rule.startswith("ORGAN_") else \
                    _named(doc, span, kb, out, people, sent_of)
                if new is not None or not rule.startswith("ORGAN_"):
                    break
            if new is None:
                continue
            new = Mention(new.start, new.end, new.text, new.kind, new.name, new.key,
                          sent_of(new.start), f"{SOURCE}:{rule}")
            out = [m for m in out if not (m.start < new.end and m.end > new.start)] + [new]
    out = _states_institutions(text, kb, sorted(out, key=lambda m: (m.start, m.end)))
    out = _party_short_names(doc, out, sent_of)
    return _office_sub_bodies(doc, _bare_legislatures(doc, text, kb, out, sent_of, held), sent_of)


def _unprefixed(doc: Doc, span: Span) -> Span:
    """``span`` less its first words where they end a prefixed compound ("anti-Thaksin")."""
    i = span.start
    while i < span.end - 1 and i > 0 and doc[i - 1].text in ("-", "‐") and \
            not doc[i - 1].whitespace_:
        i += 1
    return doc[i:span.end]


def _organ(doc: Doc, span: Span, kb: Knowledge, found: list[Mention], people: set[int]
           ) -> Mention | None:
    """"the IAEA Board of Governors", "NATO's Military Committee", "the Board of Governors
    of the IAEA": the organ of a known organisation, a body named whole as written.  The
    mention covers the organ's own words only, so the organisation's mention stays for the
    rules that read it ("Secretary General of NATO"); an organ the knowledge data knows for
    that organisation keeps its own mention, one it gave another organisation ("the APEC
    Secretariat" read as the UN's) yields; a person, date or title word ends the name."""
    if _headline(span):
        return None
    org = next((m for m in found if m.kind == "organization" and (m.key or "").startswith(
        "org:") and span.start_char <= m.start and m.end <= span.end_char), None)
    if org is None:
        return None
    org_tokens = doc.char_span(org.start, org.end, alignment_mode="expand")
    if org_tokens is None:
        return None
    if org_tokens.start == span.start:  # "IAEA Board …", "NATO's Military Committee"
        before = doc[span.start - 1] if span.start else None
        if before is not None and (before.lower_ in ("and", "&", "of", "for") or
                                   before.is_title and not before.is_sent_start):
            return None  # "the Foreign and Commonwealth Office": a word of another name
        i, j = org_tokens.end, span.end
        if i < j and doc[i].text in ("'s", "’s"):
            i += 1
    else:  # "Board of Governors of the IAEA"
        i, j = span.start, org_tokens.start
        while j > i and (doc[j - 1].lower_ in ("the", "of", "for", "on")):
            j -= 1
    organ_heads = [k for k in range(i, j) if doc[k].is_title and doc[k].lower_ in _lexicon("organs")]
    # a title word before the organ's head or after "of" is the organ's ("Executive Board",
    # "Board of Governors"); one after it starts a title ("… Council Secretary General")
    stop = next((k for k in range(i, j) if k in people or doc[k].ent_type_ in ("DATE", "TIME")
                 or names.is_title_word(doc[k]) and doc[k - 1].lower_ not in ("of", "for") and
                 not any(h > k for h in organ_heads) and k not in organ_heads
                 or doc[k].ent_id_.startswith("org:")), j)
    while i < stop and names.function_word(doc[i]):
        i += 1  # "The Board of Governors …" opening a sentence
    organ = doc[i:stop]
    while len(organ) and (names.function_word(organ[-1]) or organ[-1].is_punct):
        organ = organ[:-1]
    if not len(organ) or not any(t.lower_ in _lexicon("organs") and t.is_title for t in organ):
        return None
    if len(organ) < 2 and org_tokens.start != span.start:
        return None  # "Command of ISAF rotates": a head alone before "of" is its common noun
    known = [kb.entities.get(m.key or "") for m in found
             if m.key and m.start < organ.end_char and m.end > organ.start_char]
    if any(k is not None and k.parent == org.key for k in known):
        return None  # "the UN Security Council": the knowledge data's own organ
    own = next((k for k in kb.lookup(organ.text, ("body",)) if k.parent == org.key), None)
    if own is not None:  # "the EU Council of Ministers", never the OSCE's of that name
        return Mention(organ.start_char, organ.end_char, organ.text, "body", own.name, own.key,
                       0, "")
    whole = doc[min(span.start, organ.start):max(organ.end, org_tokens.end)]
    name = re.sub(r"^the\s+|['’]s\b", "", whole.text, flags=re.I)
    return Mention(organ.start_char, organ.end_char, organ.text, "body", name, None, 0, "")


# a state written right before its institution ("the Iraqi Interior Ministry", "Iraq's
# Interior Ministry") or after it ("Communist Party of USA", "Communist Party in Denmark")
_STATE_BEFORE = re.compile(r"(?:\s*['’]s)?\s*")
_STATE_AFTER = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")


def _in_subdivision_name(text: str, m: Mention) -> bool:
    """A country word with the word before or after it names a province or state ("New
    Mexico", "British Columbia"): no state for its institutions."""
    before = re.search(r"(\w+)\s+$", text[max(0, m.start - 30):m.start])
    after = re.match(r"\s+(\w+)", text[m.end:m.end + 30])
    return any(norm(name) in subdivisions_by_name() for name in (
        f"{before[1]} {m.text}" if before else "", f"{m.text} {after[1]}" if after else ""))


def _states_institutions(text: str, kb: Knowledge, found: list[Mention]) -> list[Mention]:
    """A state's institution named by its class ("Interior Ministry", "Supreme Court") takes
    the state its own words give ("Interior Ministry of Iraq", ``STATE_INSTITUTION``); one
    named bare after it takes the state of the only qualified name of the same institution
    in the document (``STATE_INSTITUTION_IN_DOCUMENT``; news names a state's institution in
    full first, then short); else the one state of the dateline and the first sentences
    (``STATE_INSTITUTION_FROM_LEDE``), for an armed service only where the whole document
    names no other.  The state's mention stays its own; a portfolio before "Minister" ("Air
    Force Minister") is the title layer's."""
    countries = [m for m in found if m.kind == "country" and m.key and not
                 _in_subdivision_name(text, m)]
    out = list(found)
    bare: list[int] = []
    # the institution's own name → its names with a state, and where the first is
    states: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for i, m in enumerate(found):
        if m.kind != "organization" or m.key is not None or not state_institution(m.name) or \
                re.match(r"\s+ministers?\b", text[m.end:m.end + 12], re.I):
            continue
        country = next((kb.entities.get(c.key or "") for c in countries if (
            c.end <= m.start and _STATE_BEFORE.fullmatch(text[c.end:m.start])) or (
            c.start >= m.end and _STATE_AFTER.fullmatch(text[m.end:c.start]))), None)
        if country is None:
            bare.append(i)
            continue
        name = f"{m.name} of {country.name}"
        states.setdefault(norm(m.name), set()).add(name)
        first.setdefault(norm(m.name), m.start)
        out[i] = Mention(m.start, m.end, m.text, m.kind, name, None, m.sentence,
                         f"{SOURCE}:STATE_INSTITUTION")
    lede = _lede_state(kb, found, countries) if bare else None
    places = [m for m in found if m.kind == "place"]
    for i in bare:
        m = found[i]
        named = states.get(norm(m.name), set())
        if len(named) == 1 and first[norm(m.name)] < m.start:
            out[i] = Mention(m.start, m.end, m.text, m.kind, next(iter(named)), None, m.sentence,
                             f"{SOURCE}:STATE_INSTITUTION_IN_DOCUMENT")
        elif not named and lede is not None and not _elsewhere(text, m, countries, places,
                                                                 lede.key) and (
                _institution_head(m.name) in _heads_of("from_the_lede") or
                _institution_head(m.name) in _heads_of("from_the_document") and
                _lede_state(kb, found, countries, None) == lede):
            out[i] = Mention(m.start, m.end, m.text, m.kind, f"{m.name} of {lede.name}", None,
                             m.sentence, f"{SOURCE}:STATE_INSTITUTION_FROM_LEDE")
    return out


LEDE_SENTENCES = 3


def _elsewhere(text: str, m: Mention, countries: list[Mention], places: list[Mention],
               state: str) -> bool:
    """The institution is a place's within a state or its sentence names another state
    ("Officials with the State Department say the United States …" in a story from
    Kyrgyzstan): not the lede's state."""
    return _a_places(text, m, places) or any(c.sentence == m.sentence and c.key != state
                                             for c in countries)


def _a_places(text: str, m: Mention, places: list[Mention]) -> bool:
    """The institution is a place's within a state ("the state's Supreme Court", "the
    California Supreme Court", "the state Senate")."""
    return bool(re.search(r"\bstate(?:['’]s)?\s+$", text[max(0, m.start - 10):m.start], re.I)) \
        or any(p.end <= m.start and _STATE_BEFORE.fullmatch(text[p.end:m.start]) for p in places)


def _lede_state(kb: Knowledge, found: list[Mention], countries: list[Mention],
                sentences: int | None = LEDE_SENTENCES) -> KnownEntity | None:
    """The one state the dateline and the first sentences name (one of ``countries``, or a
    known place's country; with ``sentences`` None, the whole document), or None where they
    name none or several."""
    states = set()
    for m in found:
        if sentences is not None and m.sentence >= sentences:
            break
        known = kb.entities.get(m.key or "")
        if m.kind == "country" and m in countries:
            states.add(m.key)
        elif m.kind == "place" and known is not None and known.country:
            states.add(known.country)
    return kb.entities.get(next(iter(states))) if len(states) == 1 else None


_SECTION_MATCHERS: dict[tuple[str, int], tuple[Matcher, Needs]] = {}


def _section_matcher(doc: Doc, section: str) -> tuple[Matcher, Needs]:
    """The token matcher of one section's ``patterns`` in org_names.json, built once per
    vocabulary, with the words a document needs for it to match (most news names no
    legislature: a matcher's ``IN`` test is a Python call per token)."""
    held = _SECTION_MATCHERS.get((section, id(doc.vocab)))
    if held is None:
        patterns = _expand(_data()[section]["patterns"])
        matcher = Matcher(doc.vocab)
        for name, group in patterns.items():
            matcher.add(name, group)
        held = _SECTION_MATCHERS[(section, id(doc.vocab))] = (
            matcher, needs([p for group in patterns.values() for p in group], "token"))
    return held


def _stands_alone(tok: Any) -> bool:
    """A legislature's word that is no word of a longer name ("Indian National Congress",
    "the Kenyan Parliament", "Congress of Vienna", "Senate Foreign Relations Committee") and
    no other noun's modifier ("Senate committee", "Congress leader", "Congress-led")."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if before is not None and not tok.is_sent_start and (
            before.is_title and not before.is_sent_start or before.ent_type_ in ("GPE", "NORP")
            or before.text in ("'s", "’s") or before.lower_ in ("a", "an")):
        return False
    if after is not None and (after.lower_ == "of" or after.is_title and after.is_alpha and
                              not after.is_sent_start or after.text in ("-", "‐") and
                              not tok.whitespace_):
        return False
    return tok.dep_ != "compound" and not _headline(doc[tok.i:tok.i + 1])


def _named_by_another(tok: Any) -> bool:
    """The legislature's word after a capitalised word that is no state's ("State Senate",
    "European Parliament", "National Congress"): a legislature of a place, a party or an
    organisation of that name."""
    before = tok.doc[tok.i - 1] if tok.i else None
    return before is not None and before.is_title and before.is_alpha and \
        not before.is_sent_start and before.ent_type_ not in ("GPE", "NORP") and \
        not before.ent_id_.startswith("country:")


def _bare_legislatures(doc: Doc, text: str, kb: Knowledge, found: list[Mention], sent_of: Any,
                       held: set[int]) -> list[Mention]:
    """A legislature named by its capitalised common name alone ("Congress resumed the
    session", "members of Parliament"), with no mention over it, is the body "HEAD of STATE"
    where the document decides the state: the one state whose legislature of that head it
    names with its state (``LEGISLATURE_BARE_IN_DOCUMENT``), else the one state of the
    dateline and the lede where its sentence names no other (``LEGISLATURE_BARE_FROM_LEDE``);
    else no mention (meet19).  ``held``: the document's words (``matching.present``)."""
    matcher, need = _section_matcher(doc, "bare_legislatures")
    every = [doc[s] for _, s, _ in matcher(doc)] if holds(held, need) else []
    # a head the document gives a qualifier that names no state ("the California State
    # Senate", "the European Parliament", "Indian National Congress") is undecided there
    others = {t.lower_ for t in every if _named_by_another(t)}
    words = [t for t in every if t.lower_ not in others and _stands_alone(t) and not any(
        m.start < t.idx + len(t) and m.end > t.idx for m in found)]
    if not words:
        return found
    countries = [m for m in found if m.kind == "country" and m.key and not
                 _in_subdivision_name(text, m)]
    state_names = {kb.entities[c.key].name for c in countries if c.key in kb.entities}
    # the head → the states of its legislatures named with their state in the document
    named: dict[str, set[str]] = {}
    for m in found:
        head, of, state = m.name.partition(" of ")
        if of and m.kind in ("body", "organization") and state in state_names:
            named.setdefault(head.lower(), set()).add(state)
    places = [m for m in found if m.kind == "place"]
    lede = _lede_state(kb, found, countries)
    out = list(found)
    for tok in words:
        bare = Mention(tok.idx, tok.idx + len(tok), tok.text, "body", tok.text, None,
                       sent_of(tok.idx), "")
        states = named.get(tok.lower_, set())
        if _a_places(text, bare, places):
            continue
        if len(states) == 1:
            state, rule = next(iter(states)), "LEGISLATURE_BARE_IN_DOCUMENT"
        elif not states and lede is not None and not _elsewhere(text, bare, countries, places,
                                                                 lede.key):
            state, rule = lede.name, "LEGISLATURE_BARE_FROM_LEDE"
        else:
            continue
        out.append(Mention(bare.start, bare.end, bare.text, "body", f"{tok.text} of {state}",
                           None, bare.sentence, f"{SOURCE}:{rule}"))
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


def _short_names(doc: Doc, party: Mention) -> set[str]:
    """A party's names less its head noun: "Australian Labor Party" → "Australian Labor",
    "Labor" (a first demonym or country dropped); "Liberal Party of Australia" → "Liberal"."""
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None:
        return set()
    party_heads = set(_data()["party_short_names"]["party_heads"])
    words = [t for t in span if t.lower_ != "the"]
    head = next((k for k, t in enumerate(words) if t.lower_ in party_heads), None)
    if not head:
        return set()
    own = words[:head]
    shorts = {" ".join(t.text for t in own)}
    if len(own) > 1 and own[0].ent_type_ in ("NORP", "GPE"):
        shorts.add(" ".join(t.text for t in own[1:]))
    return shorts


def _party_short_names(doc: Doc, found: list[Mention], sent_of: Any) -> list[Mention]:
    """``found`` with a party's short name before one of its offices ("Labor leader X") made
    a mention of the party the document names whole ("the Labor Party"): PARTY_SHORT_NAME."""
    party_heads = tuple(f" {w}" for w in _data()["party_short_names"]["party_heads"])
    parties = {}
    for m in found:
        if m.kind == "organization" and (f" {norm(m.name)}".endswith(party_heads)
                                         or " party of " in f" {norm(m.name)} "):
            for short in _short_names(doc, m):
                parties.setdefault(short, m)
    if not parties:
        return found
    # an office with its own complement is a title whose first word the name would take
    # ("the National Chairman of the British National Party")
    # nor one whose own word stands before the party ("deputy Labor leader"), which the
    # title would lose
    split = set(_data()["party_short_names"]["split_office_words"])
    hits = [doc[s:e - 1] for _, s, e in _section_matcher(doc, "party_short_names")[0](doc)
            if (e == len(doc) or doc[e].lower_ != "of") and (s == 0 or doc[s - 1].lower_ not in split)]
    out = list(found)
    for span in filter_spans([sp for sp in hits if sp.text in parties]):
        party = parties[span.text]
        over = [m for m in out if m.start < span.end_char and m.end > span.start_char]
        # the model's bare organisation of the same words is the party ("Harvest" of "the
        # Harvest Party"); any other name stays
        if any((m.start, m.end) != (span.start_char, span.end_char) or m.key is not None or
               m.kind != "organization" for m in over):
            continue
        out = [m for m in out if m not in over]
        out.append(Mention(span.start_char, span.end_char, span.text, party.kind, party.name,
                           party.key, sent_of(span.start_char), PARTY_SHORT_NAME))
    return sorted(out, key=lambda m: (m.start, m.end))


OFFICE_SUB_BODY = f"{SOURCE}:OFFICE_SUB_BODY"  # a sub-body in an office's complement (posit52)
_SUB_BODY_MATCHERS: dict[int, tuple[DependencyMatcher, Needs]] = {}


def _sub_body_matcher(doc: Doc) -> tuple[DependencyMatcher, Needs]:
    """The dependency matcher of org_names.json ``office_sub_bodies``, its word lists filled
    in ("$SUB_BODIES", "$PREPS"; "$OFFICE_HEADS": titles.json heads), built once per vocabulary,
    with the words a document needs for it to match."""
    held = _SUB_BODY_MATCHERS.get(id(doc.vocab))
    if held is None:
        conf = _data()["office_sub_bodies"]
        lists = {"$SUB_BODIES": conf["sub_bodies"], "$PREPS": conf["preps"],
                 "$OFFICE_HEADS": load_json("titles.json")["heads"]}

        def fill(value: Any) -> Any:
            if isinstance(value, dict):
                return {k: fill(v) for k, v in value.items()}
            return lists.get(value, value) if isinstance(value, str) else value
        matcher = DependencyMatcher(doc.vocab)
        for name, group in conf["patterns"].items():
            matcher.add(name, [[fill(node) for node in pattern] for pattern in group])
        need = ((frozenset(get_string_id(w) for b in conf["sub_bodies"]
                           for w in (b, b.capitalize(), b.upper())),),)
        held = _SUB_BODY_MATCHERS[id(doc.vocab)] = (matcher, need)
    return held


def _office_sub_bodies(doc: Doc, found: list[Mention], sent_of: Any) -> list[Mention]:
    """``found`` with a sub-body written as a named owner's possessive in an office's
    complement ("chair of the Russian parliament's security committee") made an organisation
    of its own: the mention covers the sub-body's words after the possessive ("security
    committee"), its name is the owner's and the sub-body's as written ("Russian parliament's
    security committee").  The owner must be or hold a name (a country, an organisation or
    a body mention, or a named entity of org_names.json ``owner_entities``: not "its
    delegation", "the company's committee") and no state by itself ("Chile's
    delegation" is the state's, ``state_owner_kinds``); a mention with a knowledge key over
    the sub-body's words stays.  org_names.json ``office_sub_bodies`` (issue 13, posit52)."""
    matcher, need = _sub_body_matcher(doc)
    if not holds(present(doc), need):
        return found
    conf = _data()["office_sub_bodies"]
    out = list(found)
    for _, (body_i, owner_i, _, _) in matcher(doc):
        owner = doc[owner_i]
        case = next((c for c in owner.children if c.dep_ == "case" and c.i == owner.i + 1), None)
        if case is None:
            continue
        first = owner.left_edge.i + (owner.left_edge.dep_ == "det")  # "the", "a" are no name's
        own = doc[case.i + 1:body_i + 1]
        named = any(t.ent_type_ in conf["owner_entities"] for t in doc[first:owner.i + 1]) or any(
            m.kind in conf["owner_kinds"] and doc[first].idx <= m.start < case.idx for m in out)
        if not named or not len(own) or any(t.is_punct for t in own):
            continue
        if any(m.kind in conf["state_owner_kinds"] and m.start <= doc[first].idx and
               case.idx <= m.end for m in out):
            continue  # "head of Chile's delegation": the state's office (gold ID100319)
        over = [m for m in out if m.start < own.end_char and m.end > own.start_char]
        if any(m.key is not None or m.start < own.start_char for m in over):
            continue
        name = doc[first:body_i + 1].text
        out = [m for m in out if m not in over]
        out.append(Mention(own.start_char, own.end_char, own.text, "organization", name, None,
                           sent_of(own.start_char), OFFICE_SUB_BODY))
    return sorted(out, key=lambda m: (m.start, m.end))


__all__ = ["heads", "patterns", "stage", "state_institution"]
