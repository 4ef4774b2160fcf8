"""Per-document analysis shared by the facts and events stages.

Built once per document from the parse, the mentions and their clusters: which mention
covers a token, where role titles are, the tense of a clause, and the time each sentence
talks about.  Sentence time follows news convention: a clause with its own time
expression ("said on Sunday", "in April") is at that time; otherwise the story time set
by the lede ("… said here Wednesday") holds; failing that, the publication date.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from . import timex
from .knowledge import Knowledge, knowledge
from .nlp import role_matches
from .records import DocDate, Evidence, LocalEntity, Mention, TimeValue

FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}
INTENT = {"plan", "intend", "expect", "schedule", "hope", "want", "aim", "prepare", "propose",
          "ready", "due", "agree", "seek", "try", "wish", "going", "consider", "suggest",
          "invite", "urge", "call"}
TEMPORAL_PREPS = {"in", "of", "during", "for", "since", "until", "till", "by", "before", "after",
                  "from", "early", "late", "mid", "end", "on", "at", "this", "last", "next"}


@dataclass(frozen=True)
class RoleSpan:
    start: int  # token indexes
    end: int
    name: str  # canonical role
    qualifier: str | None


@dataclass
class DocAnalysis:
    doc: Doc
    doc_id: str
    mentions: tuple[Mention, ...]
    entities: tuple[LocalEntity, ...]
    docdate: DocDate
    kb: Knowledge = field(default_factory=knowledge)

    # what depends on the parse and the mentions only, not on how mentions are grouped
    _DOC_LEVEL = ("text", "headline_end", "mention_tokens", "roles", "timexes", "dateline_span", "anchor",
                  "written", "story_timex", "story_time")

    @classmethod
    def of_text(cls, doc: Doc, text: str, doc_id: str, mentions: tuple[Mention, ...],
                entities: tuple[LocalEntity, ...], docdate: DocDate) -> DocAnalysis:
        """The analysis of ``doc`` parsed from ``text``, which the caller holds: ``text`` is
        what joining the document's tokens would give, without joining them."""
        new = cls(doc, doc_id, mentions, entities, docdate)
        new.__dict__["text"] = text  # the value the cached property would compute
        return new

    def with_entities(self, entities: tuple[LocalEntity, ...]) -> DocAnalysis:
        """The same analysis over regrouped entities, keeping what was already worked out about
        the text (the joined text, roles, time expressions, the story time)."""
        new = DocAnalysis(self.doc, self.doc_id, self.mentions, entities, self.docdate, self.kb)
        new.__dict__.update({k: v for k, v in self.__dict__.items() if k in self._DOC_LEVEL})
        return new

    # --- lookups -----------------------------------------------------------------------
    @cached_property
    def text(self) -> str:
        """The document text, joined once (spaCy's ``Doc.text`` joins every token on each use)."""
        return self.doc.text

    @cached_property
    def headline_end(self) -> int:
        """Where the first line, the headline a scraper's text opens with, ends (-1: the
        text is one line, no headline): the story-country rules and the title layer read
        the headline apart from the body."""
        return self.text.find("\n")

    @cached_property
    def entity_of_mention(self) -> dict[int, LocalEntity]:
        return {i: e for e in self.entities for i in e.mentions}

    @cached_property
    def entity_by_id(self) -> dict[str, LocalEntity]:
        """local id → its entity (the first with that id, as a scan of ``entities`` finds it):
        the rules ask a holder's kind or name by its id, once per claim."""
        out: dict[str, LocalEntity] = {}
        for e in self.entities:
            out.setdefault(e.local_id, e)
        return out

    def kind_of(self, local_id: str | None) -> str | None:
        """The kind of the entity with that local id; None for none."""
        e = self.entity_by_id.get(local_id) if local_id is not None else None
        return e.kind if e is not None else None

    @cached_property
    def mention_tokens(self) -> dict[int, int]:
        """token index → mention index, for every token a mention covers."""
        out: dict[int, int] = {}
        for i, m in enumerate(self.mentions):
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                out.setdefault(t.i, i)
        return out

    def mention_at(self, token: Token) -> int | None:
        return self.mention_tokens.get(token.i)

    def entity_at(self, token: Token) -> LocalEntity | None:
        i = self.mention_at(token)
        return self.entity_of_mention.get(i) if i is not None else None

    def mention_span(self, i: int) -> Span:
        m = self.mentions[i]
        return self.doc.char_span(m.start, m.end, alignment_mode="expand")  # type: ignore[return-value]

    def mentions_in(self, sent: Span, kinds: tuple[str, ...] | None = None) -> list[int]:
        return [i for i, m in enumerate(self.mentions)
                if sent.start_char <= m.start < sent.end_char and (kinds is None or m.kind in kinds)]

    @cached_property
    def dominant_org(self) -> LocalEntity | None:
        counts = Counter(e.local_id for i, e in self.entity_of_mention.items()
                         if e.kind == "organization" and e.key)
        if not counts:
            return None
        best = counts.most_common(1)[0][0]
        return next(e for e in self.entities if e.local_id == best)

    @cached_property
    def roles(self) -> list[RoleSpan]:
        found = [(s, e, self.doc.vocab.strings[mid]) for mid, s, e in role_matches(self.doc)]
        found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        spans: list[RoleSpan] = []
        last_end = -1
        for s, e, name in found:
            if s < last_end:
                continue
            if any(self.mention_at(self.doc[k]) is not None
                   and self.mentions[self.mention_at(self.doc[k])].kind == "person"  # type: ignore[index]
                   for k in range(s, e)):
                continue
            qual = None
            j = s - 1
            while j >= 0 and self.doc[j].lower_ in ("acting", "former", "interim", "then", "ex",
                                                    "new", "newly", "outgoing", "current"):
                w = self.doc[j].lower_
                if w in ("acting", "interim"):
                    qual = "acting"
                elif w in ("former", "then", "ex"):
                    qual = "former"
                j -= 1
            spans.append(RoleSpan(j + 1, e, name, qual))
            last_end = e
        return spans

    def role_at(self, token_i: int) -> RoleSpan | None:
        for r in self.roles:
            if r.start <= token_i < r.end:
                return r
        return None

    # --- time --------------------------------------------------------------------------
    @cached_property
    def anchor(self) -> TimeValue | None:
        return self.docdate.time

    @cached_property
    def written(self) -> TimeValue | None:
        """The day the byline says the text was written, days before it was published:
        "on Wednesday" and "yesterday" count from it."""
        value = self.docdate.written
        return TimeValue(value, "day") if value else None

    @cached_property
    def timexes(self) -> list[timex.Timex]:
        return [t for t in timex.find(self.text) if t.kind != "vague"]

    def timexes_in(self, sent: Span) -> list[timex.Timex]:
        """Time expressions of a sentence, less a dateline's date (that is the report's date)."""
        skip = self.dateline_span
        return [t for t in self.timexes if sent.start_char <= t.start < sent.end_char
                and not (skip[0] <= t.start < skip[1])]

    @cached_property
    def dateline_span(self) -> tuple[int, int]:
        from .dates import find_dateline  # local: dates imports nothing of analysis

        found = find_dateline(self.text)
        return (found.start, found.end) if found else (-1, -1)

    def timex_head(self, t: timex.Timex) -> Token | None:
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        return span.root if span is not None else None

    def usable(self, t: timex.Timex) -> bool:
        """A bare year inside a name ("Interaction 2015 drills") is not a time of the clause."""
        if t.kind != "date" or t.month is not None or t.bound or t.part:
            return True
        first = t.text.split()[0].lower()
        if first in TEMPORAL_PREPS:
            return True
        before = self.text[max(0, t.start - 12):t.start].split()
        return bool(before) and before[-1].lower() in TEMPORAL_PREPS

    def tense(self, verb: Token) -> str:
        """'future' for will/shall/plans to/to be held, 'past' or 'present' otherwise."""
        tok = verb
        for _ in range(4):
            kids = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
            if kids & FUTURE_AUX:
                return "future"
            if tok.lemma_ in INTENT and tok.i != verb.i:
                return "future"
            if tok.dep_ in ("xcomp", "ccomp", "acl", "relcl", "advcl") or tok.dep_ == "pobj":
                if tok.dep_ == "xcomp" and tok.head.lemma_ in INTENT:
                    return "future"
                if any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children) and \
                        tok.head.lemma_ in INTENT | {"be"}:
                    return "future"
            if tok.head.i == tok.i:
                break
            tok = tok.head
        if verb.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return "future"  # headline style: "CSTO chief to meet Armenian president"
        if verb.tag_ in ("VBD", "VBN"):
            return "past"
        return "present"

    def clause_verb(self, token: Token) -> Token:
        return clause_verb(token)

    def attached_time(self, token: Token, sent: Span, tense: str,
                      absolute: bool = False, verb: Token | None = None) -> TimeValue | None:
        """Time expression of the clause that governs ``token``, resolved.

        ``absolute`` keeps only calendar expressions and weekdays ("in April", "on Sunday"),
        not relative ones ("earlier this month").  ``verb`` overrides the parse's clause
        verb (a name right before "said" belongs to "said" whatever the parser thinks).
        """
        verb = verb or self.clause_verb(token)
        best = None
        best_dist = 10**6
        for t in self.timexes_in(sent):
            if not self.usable(t) or (absolute and t.kind == "relative"):
                continue
            head = self.timex_head(t)
            if head is None:
                continue
            if self.clause_verb(head).i != verb.i and not self._within(head, verb):
                continue
            dist = abs(head.i - token.i)
            if dist < best_dist:
                best, best_dist = t, dist
        if best is None:
            return None
        if best.narrative:
            return timex.resolve(best, self.narrated_before(best.start), tense)
        if best.kind in ("weekday", "relative") and self.written is not None:
            return timex.resolve(best, self.written, tense)
        return timex.resolve(best, self.anchor, tense)

    def narrated_before(self, char: int) -> TimeValue | None:
        """The last day-precise date the text gave before ``char`` ("the next day" counts from it)."""
        for t in reversed([t for t in self.timexes if t.end <= char]):
            if t.kind not in ("date", "weekday", "relative") or (
                    t.kind == "relative" and not t.narrative):
                continue
            # chained: "two days later" counts from "the next day", which counts from "March 3"
            base = self.narrated_before(t.start) if t.narrative else self.anchor
            value = timex.resolve(t, base, "past")
            if value is not None and value.precision == "day":
                return value
        return self.anchor

    @staticmethod
    def _within(tok: Token, verb: Token) -> bool:
        node = tok
        for _ in range(12):
            if node.i == verb.i:
                return True
            if node.head.i == node.i:
                return False
            if node.pos_ in ("VERB",) and node.i != tok.i:
                return False
            node = node.head
        return False

    @cached_property
    def story_timex(self) -> tuple[timex.Timex, TimeValue] | None:
        """The expression the story time is read from, with its value: the first day-precise
        expression of a past or present clause in the lede's first seven sentences, not after
        the document date."""
        anchor = self.anchor
        if anchor is None:
            return None
        for n, sent in enumerate(self.doc.sents):
            if n > 6:
                break
            for t in self.timexes_in(sent):
                if t.kind not in ("weekday", "relative", "date") or (
                        t.kind == "date" and t.day is None):
                    continue
                if t.kind == "relative" and t.unit != "day":
                    continue
                head = self.timex_head(t)
                if head is None:
                    continue
                verb = self.clause_verb(head)
                tense = self.tense(verb)
                if tense == "future":
                    continue
                value = timex.resolve(t, anchor, "past")
                if value is None or value.precision != "day":
                    continue
                if anchor.precision == "day" and value.value > anchor.value:
                    continue
                return t, value
        return None

    @cached_property
    def story_time(self) -> TimeValue | None:
        """The time the lede narrates: first past-tense clause with a day-precise expression."""
        if self.anchor is None:
            return None
        found = self.story_timex
        return found[1] if found is not None else self.anchor

    def sentence_time(self, sent: Span, token: Token | None = None) -> TimeValue | None:
        """Time of a clause: its own expression, else the story time, else the document date."""
        if token is not None:
            verb = self.clause_verb(token)
            value = self.attached_time(token, sent, self.tense(verb))
            if value is not None:
                return value
        return self.story_time or self.anchor

    # --- evidence ----------------------------------------------------------------------
    def evidence(self, sent: Span, extractor: str) -> Evidence:
        text = self.text[sent.start_char:sent.end_char]
        stripped = text.rstrip()
        return Evidence(self.doc_id, sent.start_char, sent.start_char + len(stripped), stripped,
                        extractor)


def clause_verb(token: Token) -> Token:
    """The verb (or auxiliary) whose clause a token is in: its nearest verbal head."""
    tok = token
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok
