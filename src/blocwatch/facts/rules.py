"""Declared fact patterns: package data (``data/patterns/*.json``) → named spaCy matches.

A rule file holds spaCy ``Matcher`` token patterns and ``DependencyMatcher`` patterns, each
under a name, with the slots that say how a match becomes a claim (who is the member, which
organization, which date).  This module loads them, marks the document's own entities on
the tokens (so patterns can say "a country" or "a list of countries") and returns every
named match; the predicate modules turn matches into claims with the rule's name in the
claim's extractor field (``facts.rules.v2:NAME``), which ``blocwatch eval --by-pattern``
scores one by one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.attrs import DEP, ENT_TYPE, LEMMA, LOWER, NORM, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import DependencyMatcher, Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..errors import ConfigError
from ..knowledge import load_json
from ..matching import Needs, SentenceDocs, SentenceFilter, holds, needs, node_tests

VERSION = "facts.rules.v2"
# tokens that may sit between two countries of one list ("A, B, and C", "A & B", "A and the
# Czech Republic": the article of a country's name is outside its mention)
LIST_GLUE = {",", "and", "&", "as", "well", "plus", "the"}
# the formal style of a state before its name ("the Kingdom of Bahrain", "the Republic of
# Kyrgyzstan", "the Hashemite Kingdom of Jordan"), as UN, Gulf and Central Asian official prose
# writes member lists: titles.json's state_forms and state_nouns (one list for the title layer
# and the member lists), marked as part of the list the country is in
_STATES = load_json("titles.json")
STATE_NOUNS = frozenset(_STATES["state_nouns"])
STATE_STYLE = frozenset(_STATES["state_forms"]) | STATE_NOUNS
# The document's entities are written on the tokens' NORM while the matchers run (spaCy's
# Matcher reads NORM natively; custom attributes cost it microseconds a token): one value per
# marked token.  Patterns in the data say "_": {"bw_kind": …}, {"bw_list": …}, {"bw_ent": …},
# {"bw_year": …}; _compile turns those into NORM sets.
KINDS = ("country", "organization", "body", "person", "place")
MARKS = frozenset({*(f"bw:{k}" for k in KINDS), "bw:country-list", "bw:glue", "bw:year"})
# A NORM set is a Python call per token, rule and sentence inside spaCy's Matcher, and half
# the token patterns start with one ($LIST, $ORG: tried at every token).  So the token
# matchers compare natively instead: a set of one mark as NORM itself, and the two sets the
# patterns name most as one value each written to ENT_KB_ID (no blocwatch component sets or
# reads it) while the matchers run.  The rules' data and dependency patterns keep the sets.
GROUP_MARKS = {frozenset({"bw:country-list", "bw:glue"}): "bw:listed",
               frozenset({"bw:body", "bw:organization"}): "bw:org"}
_GROUP_OF = {m: g for marks, g in GROUP_MARKS.items() for m in marks}


def _allowed(attr: str, value: Any) -> set[str]:
    """The NORM marks for which a custom attribute has ``value``."""
    def has(mark: str) -> Any:
        kind = mark[3:].removesuffix("-list")
        if attr == "bw_kind":
            return kind if kind in KINDS else ""
        if attr == "bw_ent":
            return kind in KINDS
        if attr == "bw_list":
            return mark in ("bw:country-list", "bw:glue")
        if attr == "bw_year":
            return mark == "bw:year"
        raise KeyError(attr)
    unmarked = {"bw_kind": "", "bw_ent": False, "bw_list": False, "bw_year": False}[attr]
    values = [value] if not isinstance(value, dict) else value.get("IN") or []
    if isinstance(value, dict) and "NOT_IN" in value:
        keep = {m for m in MARKS if has(m) not in value["NOT_IN"]}
        return keep | ({"*"} if unmarked not in value["NOT_IN"] else set())
    keep = {m for m in MARKS if has(m) in values}
    return keep | ({"*"} if unmarked in values else set())


def _compile(tok: dict[str, Any], where: str) -> dict[str, Any]:
    """A token description with its ``_`` attributes turned into a NORM constraint."""
    if "_" not in tok:
        return tok
    allowed = {*MARKS, "*"}
    for attr, value in tok["_"].items():
        try:
            allowed &= _allowed(attr, value)
        except KeyError:
            raise ConfigError(f"{where}: unknown attribute _.{attr}; patterns can use "
                              f"bw_kind, bw_ent, bw_list and bw_year", code="B120") from None
    out = {k: v for k, v in tok.items() if k != "_"}
    if "*" in allowed:
        out["NORM"] = {"NOT_IN": sorted(MARKS - allowed)}
    else:
        out["NORM"] = {"IN": sorted(allowed)}
    return out


@dataclass(frozen=True)
class Rule:
    """One named pattern and what its match means."""

    name: str
    predicate: str
    kind: str  # token | dependency
    patterns: tuple[Any, ...]
    slots: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def slot(self, key: str, default: Any = None) -> Any:
        return self.slots.get(key, default)


@dataclass(frozen=True)
class RuleMatch:
    rule: Rule
    span: Span  # first to last matched token
    nodes: dict[str, Token] = field(hash=False, compare=False)  # dependency pattern nodes


@cache
def macros() -> dict[str, Any]:
    """Shared token descriptions ("$LIST", "$ORG", …) that token patterns name by "$NAME"."""
    return dict(load_json("patterns/macros.json")["macros"])


def _native(tok: dict[str, Any]) -> dict[str, Any]:
    """A token pattern's NORM set of marks as a value spaCy's Matcher compares natively
    (see ``GROUP_MARKS``), where it is one; the same tokens match."""
    norm = tok.get("NORM")
    if not isinstance(norm, dict) or set(norm) != {"IN"}:
        return tok
    allowed = frozenset(norm["IN"])
    if len(allowed) == 1:
        return {**tok, "NORM": next(iter(allowed))}
    if allowed not in GROUP_MARKS:
        return tok
    return {**{k: v for k, v in tok.items() if k != "NORM"}, "ENT_KB_ID": GROUP_MARKS[allowed]}


def _expand(pattern: list[Any], group: str) -> list[list[Any]]:
    """A token pattern with its macros written out (and its split-hyphen variant)."""
    out = []
    for tok in pattern:
        if isinstance(tok, str):
            if tok[1:] not in macros():
                raise ConfigError(f"pattern file {group}.json names an unknown macro {tok!r}; "
                                  f"macros are defined in patterns/macros.json", code="B120")
            tok = dict(macros()[tok[1:]])
        out.append(tok)
    return [[_compile(t, f"pattern file {group}.json") for t in p]
            for p in (out, *_split_hyphen(out))]


# the tokenizer splits "member-states" in most contexts ("The member-states are …": member,
# -, states), so a pattern's one-token hyphenated member noun also matches as three tokens
HYPHENS = ["-", "‐", "–"]


def _split_hyphen(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The pattern with each required or optional one-token "member-states" / "member-
    countries" written as "member", a hyphen, "states" (none when it has no such token)."""
    out: list[dict[str, Any]] = []
    for tok in pattern:
        low = tok.get("LOWER")
        words = [low] if isinstance(low, str) else list(low.get("IN", [])) \
            if isinstance(low, dict) else []
        tails = sorted({w.split("-", 1)[1] for w in words if w.startswith("member-")})
        if not tails or tok.get("OP") not in (None, "?"):
            out.append(tok)
            continue
        out += [{"LOWER": "member"}, {"ORTH": {"IN": HYPHENS}}, {"LOWER": {"IN": tails}}]
    return [out] if len(out) != len(pattern) else []


@cache
def rules(group: str) -> tuple[Rule, ...]:
    """The rules of one file (``memberships``, ``member_counts``, ``chairs``, ``founding``)."""
    data = load_json(f"patterns/{group}.json")
    out = []
    for r in data["rules"]:
        kind = r.get("kind", "token")
        if kind not in ("token", "dependency") or not r.get("name") or not r.get("patterns"):
            raise ConfigError(f"pattern file {group}.json: rule {r.get('name')!r} needs a name, "
                              f"kind token|dependency and patterns", code="B120")
        pats = [q for p in r["patterns"] for q in _expand(p, group)] if kind == "token" else [
            [{**n, "RIGHT_ATTRS": _compile(n.get("RIGHT_ATTRS", {}), f"{group}.json")}
             for n in p] for p in r["patterns"]]
        out.append(Rule(r["name"], r.get("predicate", ""), kind, tuple(pats),
                        dict(r.get("slots", {}))))
    names = [r.name for r in out]
    if len(set(names)) != len(names):
        raise ConfigError(f"pattern file {group}.json repeats a rule name", code="B120")
    return tuple(out)


GROUPS = ("memberships", "member_counts", "chairs", "founding")


@dataclass
class _RuleMatcher:
    rule: Rule
    group: str
    words: frozenset[str] | None  # a sentence (a document, for dependency rules) needs one
    marks: frozenset[str] | None  # … and one of these entity marks (None: any or none)
    matcher: Matcher | DependencyMatcher
    # the same as string hashes, compared with the tokens' LOWER, LEMMA and NORM hashes
    word_ids: frozenset[int] | None = field(init=False)
    mark_ids: frozenset[int] | None = field(init=False)

    # a dependency rule needs every node's word (per pattern): a sentence lacking one is not
    # copied to a Doc of its own for it (half the copies on news, no match lost); a token
    # rule every word of its tokens that are not optional (``words`` holds only the rarest),
    # so the Matcher is not called on a sentence where no pattern can match
    node_words: Needs = field(init=False)

    def __post_init__(self) -> None:
        self.word_ids = None if self.words is None else frozenset(map(get_string_id, self.words))
        self.mark_ids = None if self.marks is None else frozenset(map(get_string_id, self.marks))
        self.node_words = needs(list(self.rule.patterns), self.rule.kind)

    def selects(self, here: set[int]) -> bool:
        """Whether a sentence holding these LOWER, LEMMA and NORM hashes may match."""
        return (not self.word_ids or not self.word_ids.isdisjoint(here)) and (
            self.mark_ids is None or not self.mark_ids.isdisjoint(here)) and holds(
            here, self.node_words)


_MATCHERS: dict[int, list[_RuleMatcher]] = {}
# per vocabulary: the rules that need no word (by their place in ``_matchers``), and for each
# word hash the rules it may select; a sentence is tested only against the rules of the words
# it holds (a rule whose words it lacks cannot be selected), not against all ~120
_BY_WORD: dict[int, tuple[list[int], dict[int, list[int]]]] = {}


def _by_word(vocab: Vocab) -> tuple[list[int], dict[int, list[int]]]:
    key = id(vocab)
    if key not in _BY_WORD:
        always: list[int] = []
        by_word: dict[int, list[int]] = {}
        for k, x in enumerate(_matchers(vocab)):
            if not x.word_ids:
                always.append(k)
            for w in x.word_ids or ():
                by_word.setdefault(w, []).append(k)
        _BY_WORD[key] = (always, by_word)
    return _BY_WORD[key]


# the token attributes the dependency rules' node filter reads (NORM: the entity marks)
_NODE_COLUMNS = (LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, NORM)
_DEPENDENCY_FILTER: dict[int, tuple[dict[int, int], SentenceFilter | None]] = {}


def _dependency_filter(vocab: Vocab) -> tuple[dict[int, int], SentenceFilter | None]:
    """Per vocabulary, the filter that tells in which sentences each dependency rule can
    match (``matching.SentenceFilter`` on its nodes' native tests, the entity marks among
    them), and each dependency rule's column in its answer (by its place in ``_matchers``):
    a sentence holding a rule's words may still lack one token that passes all of a node's
    tests ("found" as a past participle), and is then not copied to a Doc for that rule."""
    key = id(vocab)
    if key not in _DEPENDENCY_FILTER:
        column: dict[int, int] = {}
        tests = []
        for k, x in enumerate(_matchers(vocab)):
            if x.rule.kind == "dependency":
                column[k] = len(tests)
                tests.append([tuple(t for t in (node_tests(n["RIGHT_ATTRS"], _NODE_COLUMNS)
                                                for n in p) if t) for p in x.rule.patterns])
        _DEPENDENCY_FILTER[key] = (column, SentenceFilter(tests, _NODE_COLUMNS) if tests else None)
    return _DEPENDENCY_FILTER[key]


def _matchers(vocab: Vocab) -> list[_RuleMatcher]:
    """One matcher per rule, with the words and entity marks that select where it runs."""
    key = id(vocab)
    if key not in _MATCHERS:
        out = []
        for group in GROUPS:
            for r in rules(group):
                m: Matcher | DependencyMatcher
                if r.kind == "token":
                    m = Matcher(vocab)
                    m.add(r.name, [[_native(t) for t in p] for p in r.patterns])
                else:
                    m = DependencyMatcher(vocab)
                    for k, p in enumerate(r.patterns):  # a match names its pattern and nodes
                        m.add(f"{r.name}#{k}", [p])
                out.append(_RuleMatcher(r, group, _rule_triggers(r), _rule_marks(r), m))
        _MATCHERS[key] = out
    return _MATCHERS[key]


def _rule_marks(r: Rule) -> frozenset[str] | None:
    """Entity marks of which a sentence must hold one for the rule to match: the kinds its
    slot ``needs`` names, else per pattern the marks of a token it cannot do without
    (``None`` when a pattern needs no entity)."""
    if r.slot("needs"):
        return frozenset(m for m in MARKS if m[3:].removesuffix("-list") in r.slot("needs"))
    out: set[str] = set()
    for p in r.patterns:
        toks = p if r.kind == "token" else [n.get("RIGHT_ATTRS", {}) for n in p]
        need = [set(t["NORM"]["IN"]) for t in toks
                if isinstance(t.get("NORM"), dict) and "IN" in t["NORM"]
                and (r.kind != "token" or t.get("OP") in (None, "+", "!"))]
        if not need:
            return None
        out |= min(need, key=len)
    return frozenset(out)


@dataclass
class Marks:
    """What the matchers see of the document's entities: token index → NORM mark."""

    norms: dict[int, str]
    listed: frozenset[int] = frozenset()  # countries named as nouns and the glue between them


def mark(doc: Doc, kinds: dict[int, str], years: set[int]) -> Marks:
    """The marks of a document: each entity token its kind (``bw:country`` …), a country
    named as a noun (not "ex-Soviet") ``bw:country-list``, the glue between two listed
    countries ``bw:glue``, a token of a time expression with a year ``bw:year``."""
    norms = {i: f"bw:{k}" for i, k in kinds.items() if k in KINDS}
    for i, k in kinds.items():  # "the Collective Security Treaty Organisation (CSTO) comprises"
        if k in ("organization", "body") and kinds.get(i + 1) is None and i + 2 < len(doc) \
                and doc[i + 1].text == "(" and kinds.get(i + 2) == k:
            j = i + 2
            while kinds.get(j) == k:
                j += 1
            if j < len(doc) and doc[j].text == ")":
                norms[i + 1] = norms[j] = f"bw:{k}"  # the brackets of its abbreviation
        # "the Alliance of Sahel States (AES) comprises": an abbreviation the text defines for
        # a name nobody resolved stands for the organization, brackets and all
        if k in ("organization", "body") and i >= 1 and doc[i - 1].text == "(" and \
                kinds.get(i - 1) is None and doc[i].text.isupper():
            j = i
            while kinds.get(j) == k:
                j += 1
            if j < len(doc) and doc[j].text == ")":
                norms[i - 1] = norms[j] = f"bw:{k}"
    for i in years:
        norms.setdefault(i, "bw:year")
    listed = sorted(i for i, k in kinds.items() if k == "country" and _heads_itself(doc, i, kinds))
    for i in listed:
        norms[i] = "bw:country-list"
        if kinds.get(i - 1) != "country":  # the first token of the country's mention
            for t in _state_style(doc, i):
                if kinds.get(t) in (None, "place"):  # never inside another name ("Islamic State")
                    norms[t] = "bw:glue"
    for a, b in zip(listed, listed[1:], strict=False):
        between = doc[a + 1:b]
        if 0 < len(between) <= 4 and all(t.lower_ in LIST_GLUE for t in between) and \
                not any(t.is_sent_start for t in doc[a + 1:b + 1]):
            for t in between:
                norms[t.i] = "bw:glue"
    return Marks(norms, frozenset(i for i, m in norms.items()
                                  if m in ("bw:country-list", "bw:glue")))


def _state_style(doc: Doc, i: int) -> list[int]:
    """The tokens of a formal style right before a country's name ("the Kingdom of" before
    "Bahrain"; a bare "the" before "Netherlands"): none unless it ends in "of" after a state
    noun, or is the article alone."""
    j = i - 1
    while j >= 0 and i - j <= 6 and doc[j].lower_ in STATE_STYLE:
        j -= 1
    words = [t.lower_ for t in doc[j + 1:i]]
    if words == ["the"]:
        return [i - 1]
    if len(words) >= 2 and words[-1] == "of" and any(w in STATE_NOUNS for w in words):
        k = words.index(next(w for w in words if w in STATE_NOUNS or w == "the"))
        return list(range(j + 1 + k, i))
    return []


def _heads_itself(doc: Doc, i: int, kinds: dict[int, str]) -> bool:
    """A country named as a noun, not as a modifier ("ex-Soviet states", "Kazakh capital"):
    the token after its mention is no noun, unless it starts another country."""
    j = i
    while j + 1 < len(doc) and kinds.get(j + 1) == "country":
        j += 1
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN") or kinds.get(nxt.i) == "country"


def _words(attrs: dict[str, Any]) -> set[str] | None:
    """The words a token description requires (its LOWER, LEMMA or ORTH), if it names any."""
    for key in ("LOWER", "LEMMA", "ORTH"):
        v = attrs.get(key)
        if isinstance(v, str):
            return {v.lower()}
        if isinstance(v, dict) and isinstance(v.get("IN"), list):
            return {str(w).lower() for w in v["IN"]}
    return None


def _common(words: set[str]) -> float:
    """Share of function words and punctuation in a word set."""
    return sum(1 for w in words if w in STOP_WORDS or not w[:1].isalpha()) / len(words)


def _rule_triggers(r: Rule) -> frozenset[str] | None:
    """Words of which a sentence must hold one for the rule to match there: per pattern the
    least common word set of a token it cannot do without.  ``None`` (match every selected
    sentence) when a pattern names no word; a pattern of function words only ("and Lithuania
    for 2011") rides on its rule's other patterns.  A rule's ``triggers`` slot names them
    itself where the rarest word is not the shortest set (a verb of admission, not "member")."""
    if r.slot("triggers"):  # "member-states" also as the tokenizer splits it (_split_hyphen)
        words = {w.lower() for w in r.slot("triggers")}
        return frozenset(words | ({"member"} if any(w.startswith("member-") for w in words)
                                  else set()))
    out: set[str] = set()
    for p in r.patterns:
        if r.kind == "token":
            need = [_words(t) for t in p if t.get("OP") in (None, "+", "!")
                    or (str(t.get("OP", "")).startswith("{") and not str(t["OP"]).startswith("{0"))]
        else:
            need = [_words(n.get("RIGHT_ATTRS", {})) for n in p]
        sets = [w for w in need if w]
        if not sets:
            return None
        best = min(sets, key=lambda w: (_common(w), len(w)))
        if _common(best) < 1.0:
            out |= best
    return frozenset(out)


def find(doc: Doc, marks: Marks) -> dict[str, list[RuleMatch]]:
    """Every match of every rule file, by file; where token matches of one rule overlap, the
    longest.  Token rules run on the sentences holding one of their words, a dependency rule
    on documents holding one of its words (most sentences and many documents hold none)."""
    saved = {i: (doc[i].norm_, doc[i].ent_kb_id_) for i in marks.norms}
    for i, m in marks.norms.items():
        tok = doc[i]
        tok.norm_ = m
        if m in _GROUP_OF:
            tok.ent_kb_id_ = _GROUP_OF[m]
    try:
        return _find(doc)
    finally:
        for i, (norm, kb_id) in saved.items():
            tok = doc[i]
            tok.norm_ = norm
            tok.ent_kb_id_ = kb_id


def _find(doc: Doc) -> dict[str, list[RuleMatch]]:
    out: dict[str, list[RuleMatch]] = {g: [] for g in GROUPS}
    matchers = _matchers(doc.vocab)
    table = doc.to_array([LOWER, LEMMA, NORM])  # words and marks without building tokens
    strings = doc.vocab.strings
    alone = SentenceDocs(doc)
    always, by_word = _by_word(doc.vocab)
    column, can_match = _dependency_filter(doc.vocab)
    runs: list[list[bool]] | None = None  # per sentence, per dependency rule (read once asked)
    for n, sent in enumerate(doc.sents):
        here = set(table[sent.start:sent.end].ravel().tolist())
        maybe = set(always)
        for w in here.intersection(by_word):
            maybe.update(by_word[w])
        for k in sorted(maybe):
            x = matchers[k]
            if not x.selects(here):
                continue
            if x.rule.kind == "dependency":  # on the sentence alone: a fraction of the doc
                if runs is None and can_match is not None:
                    runs = can_match(doc)
                if runs is not None and not runs[n][column[k]]:
                    continue
                for mid, ids in x.matcher(alone(sent)):
                    pattern = x.rule.patterns[int(strings[mid].partition("#")[2])]
                    nodes = {node["RIGHT_ID"]: doc[sent.start + i]
                             for node, i in zip(pattern, ids, strict=True)}
                    out[x.group].append(RuleMatch(x.rule, doc[sent.start + min(ids):
                                                              sent.start + max(ids) + 1], nodes))
                continue
            last = -1
            for _, s, e in sorted(x.matcher(sent), key=lambda m: (m[1], m[1] - m[2])):
                if s < last:
                    continue  # a shorter overlapping match of the same rule
                last = e
                out[x.group].append(RuleMatch(x.rule, doc[sent.start + s:sent.start + e], {}))
    for found in out.values():
        found.sort(key=lambda m: (m.span.start, m.rule.name))
    return out
