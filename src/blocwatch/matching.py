"""Declared spaCy patterns → matchers that run at spaCy's speed.

Pattern files say what they mean in the clearest terms ("_": {"lemma_lower": …}, a word
list); spaCy's ``Matcher`` compares a native attribute with one value in C, but calls back
into Python for every token and every custom (``_``) attribute or set (``IN``) predicate.
On news that was most of the time our rules cost (docs/performance.md).  Two helpers keep
the data readable and the matching fast:

* ``native`` rewrites a token description's custom attributes into native ones
  (``lemma_lower`` → ``LEMMA`` in its lower, Capitalised and UPPER forms: spaCy's English
  lemmatizer lower-cases every lemma but a proper noun's, which keeps the word's case);
* ``required_words`` gives the words without one of which a pattern cannot match, so that a
  matcher runs only on the documents or sentences holding one.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.strings import hash_string
from spacy.tokens import Doc, Span


def _cases(value: Any) -> list[str]:
    words = [value] if isinstance(value, str) else list(value)
    return sorted({v for w in words for v in (w.lower(), w.capitalize(), w.upper())})


def native(tok: dict[str, Any]) -> dict[str, Any]:
    """A token description with ``_.lemma_lower`` turned into a native ``LEMMA`` constraint
    (other custom attributes are left as they are)."""
    custom = tok.get("_")
    if not isinstance(custom, dict) or "lemma_lower" not in custom:
        return tok
    out = {k: v for k, v in tok.items() if k != "_"}
    rest = {k: v for k, v in custom.items() if k != "lemma_lower"}
    if rest:
        out["_"] = rest
    value = custom["lemma_lower"]
    if isinstance(value, dict):
        out["LEMMA"] = {op: _cases(words) if op in ("IN", "NOT_IN") else words
                        for op, words in value.items()}
    else:
        out["LEMMA"] = {"IN": _cases(value)}
    return out


def words(attrs: dict[str, Any]) -> set[str] | None:
    """The words (lower-cased) a token description requires by its LOWER, LEMMA, ORTH or
    ``_.lemma_lower``, if it names any."""
    for key in ("LOWER", "LEMMA", "ORTH", "lemma_lower"):
        v = attrs.get(key) if key != "lemma_lower" else (attrs.get("_") or {}).get(key)
        if isinstance(v, str):
            return {v.lower()}
        if isinstance(v, dict) and isinstance(v.get("IN"), list):
            return {str(w).lower() for w in v["IN"]}
    return None


def common(found: set[str]) -> float:
    """Share of function words and punctuation in a word set."""
    return sum(1 for w in found if w in STOP_WORDS or not w[:1].isalpha()) / len(found)


def required_words(patterns: list[Any], kind: str) -> frozenset[str] | None:
    """Words of which a text must hold one for any of ``patterns`` to match there: per
    pattern the least common word set of a token it cannot do without; ``None`` (run
    everywhere) when a pattern names no word.

    ``kind`` is ``token`` (Matcher patterns: a token with an optional ``OP`` may be absent)
    or ``dependency`` (DependencyMatcher patterns: every node is needed)."""
    out: set[str] = set()
    for p in patterns:
        if kind == "token":
            need = [words(t) for t in p if t.get("OP") in (None, "+")
                    or (str(t.get("OP", "")).startswith("{") and not str(t["OP"]).startswith("{0"))]
        else:
            need = [words(n.get("RIGHT_ATTRS", {})) for n in p]
        sets = [w for w in need if w]
        if not sets:
            return None
        out |= min(sets, key=lambda w: (common(w), len(w)))
    return frozenset(out)


def present_words(doc: Doc) -> set[str]:
    """The lower-cased words and lemmas of a document, read without building its tokens."""
    strings = doc.vocab.strings
    return {strings[h].lower() for h in set(doc.to_array([LOWER, LEMMA]).ravel().tolist())
            if h in strings}


def has_words(doc: Doc, needed: frozenset[str] | None) -> bool:
    """Whether a document holds one of the words a matcher needs (``None``: always)."""
    return needed is None or bool(needed & present_words(doc))


def sentences_with(doc: Doc, needed: frozenset[str] | None) -> list[Span]:
    """The sentences holding one of the words a matcher needs (every sentence for ``None``):
    a token ``Matcher`` run on them alone finds what it finds on the whole document."""
    if needed is None:
        return list(doc.sents)
    table = doc.to_array([LOWER, LEMMA])
    hashes = {hash_string(v) for w in needed for v in (w, w.capitalize(), w.upper())}
    return [sent for sent in doc.sents
            if hashes.intersection(table[sent.start:sent.end].ravel().tolist())]
