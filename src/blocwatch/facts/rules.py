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

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..errors import ConfigError
from ..knowledge import load_json

VERSION = "facts.rules.v2"
# tokens that may sit between two countries of one list ("A, B, and C", "A & B")
LIST_GLUE = {",", "and", "&", "as", "well", "plus"}
EXTENSIONS = {"bw_kind": "", "bw_ent": False, "bw_list": False, "bw_year": False,
              "bw_num": False}
for _name, _default in EXTENSIONS.items():
    if not Token.has_extension(_name):
        Token.set_extension(_name, default=_default)


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


def _expand(pattern: list[Any], group: str) -> list[Any]:
    out = []
    for tok in pattern:
        if isinstance(tok, str):
            if tok[1:] not in macros():
                raise ConfigError(f"pattern file {group}.json names an unknown macro {tok!r}; "
                                  f"macros are defined in patterns/macros.json", code="B120")
            tok = dict(macros()[tok[1:]])
        out.append(tok)
    return out


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
        pats = [_expand(p, group) for p in r["patterns"]] if kind == "token" else r["patterns"]
        out.append(Rule(r["name"], r.get("predicate", ""), kind, tuple(pats),
                        dict(r.get("slots", {}))))
    names = [r.name for r in out]
    if len(set(names)) != len(names):
        raise ConfigError(f"pattern file {group}.json repeats a rule name", code="B120")
    return tuple(out)


_MATCHERS: dict[tuple[int, str], tuple[Matcher, DependencyMatcher]] = {}


def _matchers(vocab: Vocab, group: str) -> tuple[Matcher, DependencyMatcher]:
    key = (id(vocab), group)
    if key not in _MATCHERS:
        tok, dep = Matcher(vocab), DependencyMatcher(vocab)
        for r in rules(group):
            if r.kind == "token":
                tok.add(r.name, list(r.patterns))
            else:  # one key per pattern: a match names its pattern, so its nodes are known
                for k, p in enumerate(r.patterns):
                    dep.add(f"{r.name}#{k}", [p])
        _MATCHERS[key] = (tok, dep)
    return _MATCHERS[key]


def mark(doc: Doc, kinds: dict[int, str], years: set[int]) -> None:
    """Write the document's entities on its tokens: ``_.bw_kind`` (country, organization, …),
    ``_.bw_ent``, ``_.bw_list`` (a country or the glue between two countries of one list),
    ``_.bw_year`` (inside a time expression with a year) and ``_.bw_num`` (a number)."""
    for t in doc:
        kind = kinds.get(t.i)
        t._.bw_kind = kind or ""
        t._.bw_ent = kind is not None
        t._.bw_list = kind == "country" and _heads_itself(doc, t.i, kinds)
        t._.bw_year = t.i in years
        t._.bw_num = t.like_num and not t.is_punct
    countries = sorted(i for i, k in kinds.items() if k == "country")
    for a, b in zip(countries, countries[1:], strict=False):
        between = doc[a + 1:b]
        if 0 < len(between) <= 4 and all(t.lower_ in LIST_GLUE for t in between) and \
                not any(t.is_sent_start for t in doc[a + 1:b + 1]):
            for t in between:
                t._.bw_list = True


def _heads_itself(doc: Doc, i: int, kinds: dict[int, str]) -> bool:
    """A country named as a noun, not as a modifier ("ex-Soviet states", "Kazakh capital"):
    the token after its mention is no noun, unless it starts another country."""
    j = i
    while j + 1 < len(doc) and kinds.get(j + 1) == "country":
        j += 1
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN") or kinds.get(nxt.i) == "country"


def find(doc: Doc, group: str) -> list[RuleMatch]:
    """Every match of a rule file, longest first where token matches of one rule overlap."""
    tok, dep = _matchers(doc.vocab, group)
    by_name = {r.name: r for r in rules(group)}
    out: list[RuleMatch] = []
    spans = [(doc.vocab.strings[mid], s, e) for mid, s, e in (tok(doc) if len(tok) else ())]
    spans.sort(key=lambda x: (x[0], x[1], -(x[2] - x[1])))
    last: dict[str, int] = {}
    for name, s, e in spans:
        if s < last.get(name, -1):
            continue  # a shorter overlapping match of the same rule
        last[name] = e
        out.append(RuleMatch(by_name[name], doc[s:e], {}))
    for mid, ids in (dep(doc) if len(dep) else ()):
        name, _, k = doc.vocab.strings[mid].partition("#")
        rule = by_name[name]
        pattern = rule.patterns[int(k)]
        nodes = {node["RIGHT_ID"]: doc[i] for node, i in zip(pattern, ids, strict=True)}
        lo, hi = min(ids), max(ids)
        out.append(RuleMatch(rule, doc[lo:hi + 1], nodes))
    out.sort(key=lambda m: (m.span.start, m.rule.name))
    return out
