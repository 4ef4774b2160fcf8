"""Declared spaCy patterns → matchers that run at spaCy's speed.

Pattern files say what they mean in the clearest terms ("_": {"lemma_lower": …}, a word
list); spaCy's ``Matcher`` compares a native attribute with one value in C, but calls back
into Python for every token and every custom (``_``) attribute or set (``IN``) predicate.
On news that was most of the time our rules cost (docs/performance.md).  Two helpers keep
the data readable and the matching fast:

* ``native`` rewrites a token description's custom attributes into native ones
  (``lemma_lower`` → ``LEMMA`` in its lower, Capitalised and UPPER forms: spaCy's English
  lemmatizer lower-cases every lemma but a proper noun's, which keeps the word's case);
* ``needs`` reads from the patterns the words they cannot match without, so that a matcher
  runs only on the documents (``holds``) or sentences (``sentences_with``) that hold them;
  it finds there all it would find on the whole document.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

# Per pattern, the word sets it needs one word of each (as hashes of the lower, Capitalised
# and UPPER forms, compared with the tokens' LOWER and LEMMA); ``None``: run everywhere.
Needs = tuple[tuple[frozenset[int], ...], ...] | None


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


def needs(patterns: list[Any], kind: str) -> Needs:
    """What a text must hold for one of ``patterns`` to match in it: per pattern the word
    set of every token it cannot do without.  ``kind`` is ``token`` (Matcher patterns: a
    token with an optional ``OP`` may be absent) or ``dependency`` (every node is needed)."""
    out = []
    for p in patterns:
        if kind == "token":
            toks = [t for t in p if t.get("OP") in (None, "+")
                    or (str(t.get("OP", "")).startswith("{")
                        and not str(t["OP"]).startswith("{0"))]
        else:
            toks = [n.get("RIGHT_ATTRS", {}) for n in p]
        sets = [w for w in (words(t) for t in toks) if w]
        if not sets:
            return None
        out.append(tuple(frozenset(get_string_id(c) for c in _cases(w)) for w in sets))
    return tuple(out)


def present(doc: Doc | Span) -> set[int]:
    """The hashes of a text's lower-cased words and lemmas, read without building tokens."""
    return set(doc.to_array([LOWER, LEMMA]).ravel().tolist())


def holds(found: set[int], need: Needs) -> bool:
    """Whether a text holding ``found`` (``present``) holds what one pattern needs."""
    return need is None or any(all(not s.isdisjoint(found) for s in p) for p in need)


def sentences_with(doc: Doc, need: Needs) -> list[Span]:
    """The sentences holding what one of a matcher's patterns needs (every sentence for
    ``None``): a token ``Matcher`` run on them alone finds what it finds on the document,
    for patterns that stay within a sentence (all of ours: a title, a trigger word)."""
    if need is None:
        return list(doc.sents)
    table = doc.to_array([LOWER, LEMMA])
    return [sent for sent in doc.sents
            if holds(set(table[sent.start:sent.end].ravel().tolist()), need)]


class SentenceDocs:
    """A document's sentences as Docs of their own, each made once and only when asked for:
    a ``DependencyMatcher`` run on a sentence alone costs a fraction of a run on the whole
    document (it walks every matched token's ancestors in Python), and copying from one
    array of the whole document saves spaCy reading the whole document again per sentence.
    Each copy changes only its own sentence's rows (heads outside it)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._head = doc._get_array_attrs()
        self._rows: Any = None
        self._made: dict[int, Doc] = {}

    def __call__(self, sent: Span) -> Doc:
        alone = self._made.get(sent.start)
        if alone is None:
            if self._rows is None:
                self._rows = self.doc.to_array(self._head)
            alone = self._made[sent.start] = sent.as_doc(array_head=self._head,
                                                         array=self._rows)
        return alone

