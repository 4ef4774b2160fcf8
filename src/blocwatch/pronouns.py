"""Person coreference: a subject "he"/"she" → the person mention or entity it stands for.

The person counterpart of ``facts/coref.py`` (organizations and states), kept out of the
``facts`` package because the quotes and events stages read it too.  One strict core
(``PersonPronouns.strict``, what the position rules trust), two named steps a caller
puts before it (``REPORTED_SPEAKER``, ``WHERE_RELATIVE``) and the permissive look-back
(``last_subject``: the last person who was a sentence's subject, else the last named), run
only for a caller that asks for it (``fallback``); events and quotes ask for the look-back
instead of the core (``strict=False``): in their sentences the core's answer, where it
differed, was wrong (a name inside the quotation, a meeting's actor).  The pronoun words
are data: the ``person`` class of data/patterns/anaphora.json.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache, cached_property

import numpy
from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Span, Token

from .analysis import DocAnalysis
from .knowledge import load_json
from .records import LocalEntity

QUOTES = {'"', "“", "”"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# the named steps a caller may run before the strict core, in the order given
REPORTED_SPEAKER = "reported_speaker"  # "A said he met B": A
WHERE_RELATIVE = "where_relative"  # "A visited X, where he met B": A


@cache
def subject_words() -> frozenset[str]:
    """The subject pronouns that stand for one person (anaphora.json, class ``person``)."""
    person = load_json("patterns/anaphora.json")["classes"]["person"]
    return frozenset(w.lower() for w in person["pronouns"])


@cache
def speech_verbs() -> frozenset[str]:
    """The speech verbs of events.json, read once: every document asks (parsing the file per
    document was 0.08 ms an article)."""
    return frozenset(load_json("events.json")["speech_verbs"])


def _people_before(an: DocAnalysis, before: int) -> Iterator[tuple[int, LocalEntity]]:
    """Person mentions linked to an entity that start before char ``before``, the last first."""
    for i in range(len(an.mentions) - 1, -1, -1):
        m = an.mentions[i]
        ent = an.entity_of_mention.get(i)
        if m.start < before and m.kind == "person" and ent is not None:
            yield i, ent


def last_subject(an: DocAnalysis, before: int) -> LocalEntity | None:
    """The permissive look-back: the last person before char ``before`` who was a sentence's
    subject, else the last person named (a guess a quote's speaker can live with)."""
    fallback = None
    for i, ent in _people_before(an, before):
        fallback = fallback or ent
        span = an.mention_span(i)
        if span is not None and span.root.dep_ in SUBJECT_DEPS:
            return ent
    return fallback


def last_people(an: DocAnalysis, before: int, n: int) -> list[str]:
    """The last ``n`` different people named before char ``before`` ("the two leaders met")."""
    out: list[str] = []
    for _, ent in _people_before(an, before):
        if ent.local_id not in out:
            out.append(ent.local_id)
            if len(out) == n:
                break
    return out


def _subject_pronouns(doc: Doc) -> list[int]:
    """The tokens that are a subject pronoun of ``subject_words``, ascending: looked up in the
    LOWER and DEP columns at once instead of building every token of the document."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    words = numpy.array([strings[w] for w in subject_words()], dtype=numpy.uint64)
    deps = numpy.array([strings[d] for d in SUBJECT_DEPS], dtype=numpy.uint64)
    table = doc.to_array([LOWER, DEP])
    found = numpy.isin(table[:, 0], words) & numpy.isin(table[:, 1], deps)
    return numpy.flatnonzero(found).tolist()  # type: ignore[no-any-return]


class PersonPronouns:
    """The person each subject "he"/"she" of one document stands for."""

    def __init__(self, an: DocAnalysis) -> None:
        self.an = an

    @cached_property
    def strict(self) -> dict[int, int]:
        """Subject pronoun token → the person mention it stands for: the one person its
        sentence names before it, else the one person of the sentence before in the same
        paragraph, if that is its subject and it quotes no one, else what that sentence's own
        subject pronoun stands for. Two people there, or a pronoun inside a quotation (the
        speaker's "he" is anyone), give none."""
        an, doc, text = self.an, self.an.doc, self.an.text
        named: dict[int, list[tuple[int, int]]] = {}  # sentence start → (token, mention)
        for i in an.entity_of_mention:
            if an.mentions[i].kind == "person":
                span = an.mention_span(i)
                named.setdefault(span.sent.start, []).append((span.start, i))
        out: dict[int, int] = {}
        prev: Span | None = None
        pronouns = _subject_pronouns(doc)
        at = 0  # the next of the pronouns to read
        for sent in doc.sents:
            while at < len(pronouns) and pronouns[at] < sent.end:
                t = doc[pronouns[at]]
                at += 1
                if sum(w.text in QUOTES for w in sent[:t.i - sent.start]) % 2:
                    continue
                before = [(k, i) for k, i in named.get(sent.start, []) if k < t.i]
                if not before and prev is not None and "\n" not in text[
                        prev[-1].idx + len(prev[-1].text.rstrip()):sent.start_char]:
                    # across a sentence, the pronoun continues its one person who is its
                    # subject, outside a quotation ('… B stated, "A was implementing the
                    # law." His defense team indicated that he was …' is B's, not A's)
                    # (a sentence that names no one continues through its own subject
                    # pronoun: "X was elected in 1990. He resigned in 1995. He was …")
                    before = named.get(prev.start, [])
                    if any(w.text in QUOTES for w in prev) or not all(
                            an.mention_span(i).root.dep_ in SUBJECT_DEPS for _, i in before):
                        before = []
                    elif not before:
                        before = [(k, out[k]) for k in range(prev.start, prev.end) if k in out]
                if len({an.entity_of_mention[i].local_id for _, i in before}) == 1:
                    out[t.i] = max(before)[1]
            prev = sent
        return out

    def reported_speaker(self, tok: Token) -> LocalEntity | None:
        """Step ``REPORTED_SPEAKER``: the pronoun subject of a clause a speech verb reports
        is that verb's speaker ("A said he attended a meeting with B": A)."""
        verb = tok.head
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in speech_verbs():
            for c in verb.head.children:
                if c.dep_ == "nsubj":
                    people = self._people_in(c.subtree)
                    if people:
                        return people[-1]
        return None

    def where_relative(self, tok: Token) -> LocalEntity | None:
        """Step ``WHERE_RELATIVE``: the pronoun subject of a "where" relative is the subject
        of the clause the relative hangs from ("A visited X, where he met B": A)."""
        verb = tok.head
        if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
            return None
        node = verb.head
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        people = [e for c in node.children if c.dep_ == "nsubj" and c.i < tok.i
                  for e in self._people_in(c.subtree)]
        return people[0] if people else None

    def resolve(self, tok: Token, steps: Sequence[str] = (), strict: bool = True,
                fallback: bool = False) -> LocalEntity | None:
        """The person ``tok`` stands for: the named ``steps`` in order, then the strict core
        (unless ``strict`` is off), then, with ``fallback``, the last subject before the
        pronoun's sentence."""
        if tok.lower_ not in subject_words():
            return None
        for step in steps:
            found = getattr(self, step)(tok)
            if found is not None:
                return found
        i = self.strict.get(tok.i) if strict else None
        if i is not None:
            return self.an.entity_of_mention[i]
        return last_subject(self.an, tok.sent.start_char) if fallback else None

    def _people_in(self, tokens: Iterator[Token]) -> list[LocalEntity]:
        return [e for t in tokens if (e := self.an.entity_at(t)) is not None
                and e.kind == "person"]
