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

from collections.abc import Sequence
from typing import Any

import numpy
from spacy.attrs import DEP, ENT_IOB, HEAD, IDS, LEMMA, LOWER, ORTH, SENT_START, SPACY
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

# Per pattern, the word sets it needs one word of each (as hashes of the lower, Capitalised
# and UPPER forms, compared with the tokens' LOWER and LEMMA); ``None``: run everywhere.
Needs = tuple[tuple[frozenset[int], ...], ...] | None
_ATTR_NAMES = {v: k for k, v in IDS.items()}  # attribute id → its name in a pattern


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
    """Whether a text holding ``found`` (``present``) holds what one pattern needs.  Loops,
    not ``any(all(...))``: asked ~120 times a document, the generators cost more than the
    set tests."""
    if need is None:
        return True
    for pattern in need:
        for words in pattern:
            if words.isdisjoint(found):
                break
        else:
            return True
    return False


def sentences_with(doc: Doc, need: Needs) -> list[Span]:
    """The sentences holding what one of a matcher's patterns needs (every sentence for
    ``None``): a token ``Matcher`` run on them alone finds what it finds on the document,
    for patterns that stay within a sentence (all of ours: a title, a trigger word)."""
    if need is None:
        return list(doc.sents)
    table = doc.to_array([LOWER, LEMMA])
    return [sent for sent in doc.sents
            if holds(set(table[sent.start:sent.end].ravel().tolist()), need)]


# what one dependency-pattern node asks natively of a token: (column, the values one of
# which it must have) per column it tests
NodeTests = tuple[tuple[int, frozenset[int]], ...]


def node_tests(attrs: dict[str, Any], columns: Sequence[int]) -> NodeTests:
    """What one node (its native ``RIGHT_ATTRS``) asks of a token that the matcher compares
    natively: per attribute of ``columns``, the values one of which it must have (a plain
    value or an ``IN`` list).  Anything else a node asks is left out, so that a sentence
    without a token passing these tests cannot match the node, while one with such a token
    still goes to the matcher."""
    out = []
    for col, attr in enumerate(columns):
        v = attrs.get(_ATTR_NAMES[attr])
        if isinstance(v, str):
            values = [v]
        elif isinstance(v, dict) and set(v) == {"IN"} and isinstance(v["IN"], list):
            values = v["IN"]
        else:
            continue
        out.append((col, frozenset(get_string_id(w) for w in values)))
    return tuple(out)


class SentenceFilter:
    """Which dependency matchers can match in which sentence, read from the document's arrays.

    A ``DependencyMatcher`` run costs a sentence copy (~0.3 ms) and a call (~20 µs): it is
    worth one numpy pass over the document to skip the sentences that lack, for some node of
    every pattern of a matcher, any token passing that node's native tests (``node_tests``:
    values of the ``columns``, e.g. LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE).  Each distinct
    node is a bit; per column, each tested value maps to the bits of the nodes it passes (a
    node that does not test the column passes every value); a token's bits are the AND over
    the columns, a sentence's the OR over its tokens, and a pattern can match where the
    sentence holds all its nodes' bits.  A token whose head lies outside its sentence gets another
    dependency label in the copy (``Span.as_doc``), so it passes every DEP test."""

    def __init__(self, matchers: Sequence[Sequence[NodeTests]], columns: Sequence[int]) -> None:
        """``matchers``: per matcher, per pattern, its nodes' ``node_tests`` on ``columns``."""
        self.table = list(columns)
        nodes: dict[NodeTests, int] = {}
        for tests in matchers:
            for pattern in tests:
                for node in pattern:
                    nodes.setdefault(node, len(nodes))
        self.words = max(1, (len(nodes) + 63) // 64)
        full = (1 << (64 * self.words)) - 1

        def row(bits: int) -> list[int]:
            return [(bits >> (64 * w)) & ((1 << 64) - 1) for w in range(self.words)]

        self.full = numpy.array(row(full), dtype=numpy.uint64)
        self.columns: list[tuple[int, Any, Any]] = []
        for col in range(len(self.table)):
            tested = {node: values for node in nodes for c, values in node if c == col}
            if not tested:
                continue
            default = full
            by_value: dict[int, int] = {}
            for node, values in tested.items():
                default &= ~(1 << nodes[node])
                for v in values:
                    by_value[v] = by_value.get(v, 0) | (1 << nodes[node])
            keys = sorted(by_value)
            # the rows of the tested values, then the row of every other value (at len(keys))
            self.columns.append((col, numpy.array(keys, dtype=numpy.uint64),
                                 numpy.array([row(by_value[k] | default) for k in keys]
                                             + [row(default)], dtype=numpy.uint64)))
        masks, firsts = [], []
        for tests in matchers:
            firsts.append(len(masks))
            for pattern in tests:
                masks.append(row(sum(1 << nodes[node] for node in set(pattern))))
        self.patterns = numpy.array(masks, dtype=numpy.uint64)
        self.firsts = numpy.array(firsts, dtype=numpy.intp)

    def __call__(self, doc: Doc) -> list[list[bool]]:
        """Per sentence of ``doc`` (in ``doc.sents`` order), per matcher: may it match."""
        table = doc.to_array(self.table + [HEAD, SENT_START])
        n = len(table)
        starts = numpy.concatenate(([0], numpy.flatnonzero(table[1:, -1] == 1) + 1))
        sid = numpy.zeros(n, dtype=numpy.intp)
        sid[starts[1:]] = 1
        sid = numpy.cumsum(sid)
        heads = numpy.arange(n) + table[:, -2].astype(numpy.int64)
        crossing = sid[heads] != sid
        bits = numpy.broadcast_to(self.full, (n, self.words)).copy()
        by_column = numpy.ascontiguousarray(table.T)  # one row per attribute
        for col, keys, rows in self.columns:
            values = by_column[col]
            at = numpy.minimum(numpy.searchsorted(keys, values), len(keys) - 1)
            at[keys[at] != values] = len(keys)  # a value no node tests: the default row
            passed = rows[at]
            if self.table[col] == DEP:
                passed[crossing] = self.full
            bits &= passed
        held = numpy.bitwise_or.reduceat(bits, starts, axis=0)
        can = ((held[:, None, :] & self.patterns[None]) == self.patterns[None]).all(axis=2)
        return numpy.logical_or.reduceat(can, self.firsts, axis=1).tolist()  # type: ignore[no-any-return]


class SentenceDocs:
    """A document's sentences as Docs of their own, each made once and only when asked for:
    a ``DependencyMatcher`` run on a sentence alone costs a fraction of a run on the whole
    document (it walks every matched token's ancestors in Python), and copying from one
    array of the whole document saves spaCy reading the whole document again per sentence.
    Each copy changes only its own sentence's rows (heads outside it).

    A copy is ``Span.as_doc``'s (words, every array column, entities cut at the sentence's
    edges, tensor, hooks), less what ``as_doc`` pays per sentence for the whole document: it
    builds every entity of the document to find the sentence's (here read once a document)
    and averages the sentence's token vectors into the copy's ``vector``, which no pattern
    reads (perf15)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._head = doc._get_array_attrs()
        self._rows: Any = None
        self._ents: list[tuple[int, int]] | None = None
        self._made: dict[int, Doc] = {}

    def __call__(self, sent: Span) -> Doc:
        alone = self._made.get(sent.start)
        if alone is None:
            alone = self._made[sent.start] = self._copy(sent)
        return alone

    def _copy(self, sent: Span) -> Doc:
        doc, head = self.doc, self._head
        if self._rows is None:
            self._rows = doc.to_array(head)
            self._ents = [(e.start, e.end) for e in doc.ents]
        start, end = sent.start, sent.end
        rows = self._rows[start:end]
        strings = doc.vocab.strings  # a token's text is its ORTH's string
        alone = Doc(doc.vocab, words=[strings[o] for o in rows[:, head.index(ORTH)].tolist()],
                    spaces=rows[:, head.index(SPACY)].astype(bool).tolist())
        sent._fix_dep_copy(head, rows)
        iob = head.index(ENT_IOB)
        if len(rows) and rows[0][iob] == 1:  # an entity begun before the sentence begins here
            rows[0][iob] = 3
        alone.from_array(head, rows)
        within = {(a, b) for a, b in self._ents if a >= start and b <= end}
        ents = alone.ents
        if ents:  # an entity the sentence cuts keeps no annotation, as in ``as_doc``
            for cut in (ents[0], ents[-1]):
                if (cut.start + start, cut.end + start) not in within:
                    alone.set_ents([], missing=[cut], default="unmodified")
        alone.noun_chunks_iterator = doc.noun_chunks_iterator
        alone.user_hooks = doc.user_hooks
        alone.user_span_hooks = doc.user_span_hooks
        alone.user_token_hooks = doc.user_token_hooks
        alone.tensor = doc.tensor[start:end]
        for key, value in doc.cats.items():
            if hasattr(key, "__len__") and len(key) == 3 and \
                    key[:2] == (sent.start_char, sent.end_char):
                alone.cats[key[2]] = value
        return alone


# what a node of an anchored pattern may ask of a token: the Token attribute it compares
_TOKEN_ATTRS = {"LEMMA": "lemma_", "LOWER": "lower_", "ORTH": "orth_", "TEXT": "text",
                "POS": "pos_", "TAG": "tag_", "DEP": "dep_", "ENT_TYPE": "ent_type_",
                "IS_TITLE": "is_title", "SHAPE": "shape_"}
# the word columns where a document's possible anchors are looked up at once
_WORD_COLUMNS = {"lemma_": LEMMA, "lower_": LOWER}
# a relation between two nodes: the tokens related to the left one, in document order
_RELATIONS = {">": lambda tok: list(tok.children),
              "<": lambda tok: [] if tok.head.i == tok.i else [tok.head]}


class AnchoredTrees:
    """``DependencyMatcher`` patterns answered at one anchor token (the first node) instead
    of over the whole document: the matcher runs a token ``Matcher`` for every node over
    every token and walks each hit's ancestors in Python, where a rule that asks about one
    trigger needs only the trigger's head and children.  Gives, in the same order, the
    matches ``DependencyMatcher`` gives anchored there (rule by rule in the order added,
    pattern by pattern, tokens ascending node by node).  Patterns of plain string, boolean
    flag, ``IN`` or ``NOT_IN`` tests and the ``>``/``<`` relations only; anything else raises
    ``ValueError``."""

    def __init__(self, rules: dict[str, list[list[dict[str, Any]]]]) -> None:
        self.patterns = [(name, [self._node(node, pattern) for node in pattern])
                         for name, patterns in rules.items() for pattern in patterns]
        # the words an anchor must have for any pattern to start there, where every pattern's
        # first node tests its lemma or lower form: most tokens a rule asks about fail here at
        # once (a sense is asked at every trigger, and most of its patterns start at a few words)
        firsts = [next(((attr, values) for attr, values, inside in nodes[0][2]
                        if inside and attr in _WORD_COLUMNS), None) for _, nodes in self.patterns]
        self.gate: dict[str, frozenset[str]] | None = None
        if firsts and None not in firsts:
            gate: dict[str, set[str]] = {}
            for attr, values in firsts:
                gate.setdefault(attr, set()).update(values)
            self.gate = {attr: frozenset(values) for attr, values in gate.items()}
        self._first = self._first_index()

    def _first_index(self) -> tuple[tuple[int, ...], tuple[tuple[str, dict[Any, tuple[int, ...]]], ...]]:
        """Which patterns an anchor may start, by one value of the anchor (perf18): each
        pattern whose first node tests an attribute for one of a set of values (the first such
        test) is listed under each of those values, the others under every anchor.  A pattern
        not listed for the anchor's value would fail its first node, so trying only the listed
        ones, in the patterns' order, gives the same matches in the same order."""
        anywhere: list[int] = []
        by_attr: dict[str, dict[Any, list[int]]] = {}
        for k, (_, nodes) in enumerate(self.patterns):
            test = next(((attr, values) for attr, values, inside in nodes[0][2] if inside), None)
            if test is None:
                anywhere.append(k)
                continue
            table = by_attr.setdefault(test[0], {})
            for value in test[1]:
                table.setdefault(value, []).append(k)
        return tuple(anywhere), tuple((attr, {v: tuple(ks) for v, ks in table.items()})
                                      for attr, table in by_attr.items())

    def _starts(self, anchor: Any) -> Sequence[int]:
        """The patterns (by index, ascending) whose first node ``anchor`` may pass."""
        anywhere, by_attr = self._first
        found: list[int] = list(anywhere)
        for attr, table in by_attr:
            found.extend(table.get(getattr(anchor, attr), ()))
        return sorted(set(found)) if len(by_attr) > 1 or (anywhere and len(found) > len(anywhere)) \
            else found

    @staticmethod
    def _node(node: dict[str, Any], pattern: list[dict[str, Any]]
              ) -> tuple[int | None, str | None, tuple[tuple[str, frozenset[str], bool], ...]]:
        tests = []
        for attr, value in node["RIGHT_ATTRS"].items():
            op = next(iter(value)) if isinstance(value, dict) and len(value) == 1 else None
            listed = op in ("IN", "NOT_IN")
            values = value[op] if listed else [value]
            if attr not in _TOKEN_ATTRS or not all(isinstance(v, (str, bool)) for v in values):
                raise ValueError(f"not an anchored test: {attr}: {value!r}")
            tests.append((_TOKEN_ATTRS[attr], frozenset(values), op != "NOT_IN"))
        if "LEFT_ID" not in node:
            return None, None, tuple(tests)
        left = [n["RIGHT_ID"] for n in pattern].index(node["LEFT_ID"])
        if node["REL_OP"] not in _RELATIONS:
            raise ValueError(f"not an anchored relation: {node['REL_OP']}")
        return left, node["REL_OP"], tuple(tests)

    def __call__(self, anchor: Any) -> list[tuple[str, list[int]]]:
        """(rule name, token ids in node order) of every match anchored at ``anchor``."""
        if self.gate is not None and not any(getattr(anchor, attr) in values
                                             for attr, values in self.gate.items()):
            return []
        doc, out = anchor.doc, []

        def passes(tok: Any, tests: tuple[tuple[str, frozenset[str], bool], ...]) -> bool:
            return all((getattr(tok, attr) in values) == inside for attr, values, inside in tests)

        def extend(nodes: list[Any], ids: list[int], name: str) -> None:
            if len(ids) == len(nodes):
                out.append((name, list(ids)))
                return
            left, rel, tests = nodes[len(ids)]
            for tok in _RELATIONS[rel](doc[ids[left]]):
                if passes(tok, tests):
                    extend(nodes, [*ids, tok.i], name)

        patterns = self.patterns
        for k in self._starts(anchor):
            name, nodes = patterns[k]
            if passes(anchor, nodes[0][2]):
                extend(nodes, [anchor.i], name)
        return out

    def in_doc(self, doc: Doc) -> list[tuple[str, list[int]]]:
        """Every match in the document, anchor by anchor in document order (the matches
        ``DependencyMatcher`` gives, in another order).  Anchors are looked up in the LEMMA
        or LOWER column where every pattern's first node tests one of them."""
        firsts = [{attr: values for attr, values, inside in nodes[0][2] if inside}
                  for _, nodes in self.patterns]  # a NOT_IN test finds no anchor
        words = [next((col for attr, col in _WORD_COLUMNS.items() if attr in tests), None)
                 for tests in firsts]
        if None in words:
            candidates: Any = range(len(doc))
        else:
            columns = sorted(set(words))
            table = doc.to_array(columns).reshape(len(doc), len(columns))
            hit = numpy.zeros(len(doc), dtype=bool)
            for tests, col in zip(firsts, words, strict=True):
                attr = next(a for a, c in _WORD_COLUMNS.items() if c == col)
                ids = [get_string_id(w) for w in tests[attr]]
                hit |= numpy.isin(table[:, columns.index(col)],
                                  numpy.array(ids, dtype=numpy.uint64))
            candidates = numpy.flatnonzero(hit).tolist()
        return [m for i in candidates for m in self(doc[i])]
