"""Shared ground of the fact rules: one document's ``Context`` (its analysis, the claim drafts
every predicate adds to, the named pattern matches computed once), entity look-ups by token,
holders written beside a mention.  Each predicate's rules are a class over ``Base`` in its own
module, built on the shared context (composition: no method of one predicate can shadow
another's)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span, Token

from ..analysis import DocAnalysis
from ..records import Claim, LocalEntity, TimeValue
from . import coref

VERSION = "facts.rules.v2"


@dataclass
class _Draft:
    claim: Claim
    specific_date: bool = False


@dataclass
class Context:
    """One document as every predicate's rules see it: later predicates read earlier drafts
    (a chair's country from the person's office)."""

    an: DocAnalysis
    drafts: list[_Draft] = field(default_factory=list)
    matches: Any = None  # the named pattern matches by rule file (declared.Slots.matches)
    marks: Any = None  # the entity marks those matches ran over
    discourse: coref.Discourse | None = None  # sentence, paragraph and heading bounds, once


class Base:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.an = ctx.an
        self.doc = ctx.an.doc
        self.drafts = ctx.drafts

    @property
    def discourse(self) -> coref.Discourse:
        """Sentence, paragraph and heading bounds of the document, built once for all rules."""
        if self.ctx.discourse is None:
            self.ctx.discourse = coref.Discourse(self.an)
        return self.ctx.discourse

    # --- claim building ------------------------------------------------------------------
    def add(self, predicate: str, subject: str, sent: Span, confidence: float, rule: str, *,
            object: str | None = None, value: str | None = None, role: str | None = None,
            qualifier: str | None = None, when: TimeValue | None = None,
            specific: bool = False, version: str = VERSION) -> None:
        # a fact without a time of its own holds as of the report (the story time of the lede
        # dates events, not titles and member lists)
        when = when or self.an.anchor
        claim = Claim(predicate=predicate, subject=subject, object=object, value=value,
                      role=role, qualifier=qualifier,
                      date=when.value if when else None,
                      date_precision=when.precision if when else None,
                      confidence=confidence, document=self.an.doc_id,
                      evidence=(self.an.evidence(sent, f"{version}:{rule}"),),
                      extractor=f"{version}:{rule}")
        self.drafts.append(_Draft(claim, specific))

    def entity(self, token: Token) -> LocalEntity | None:
        return self.an.entity_at(token)

    def sent_doc(self, span: Span) -> Span:
        """The document up to the end of ``span``'s sentence: rightward walks stop there."""
        return self.doc[:span.sent.end]

    def ent_id(self, e: LocalEntity) -> str:
        return e.local_id

    def mention_end_at(self, j: int) -> LocalEntity | None:
        """The entity whose mention ends at token j (or covers it)."""
        if j < 0:
            return None
        return self.entity(self.doc[j])

    def mention_start_token(self, j: int) -> int:
        i = self.an.mention_at(self.doc[j])
        if i is None:
            return j
        return self.an.mention_span(i).start

    def _holder_left(self, j: int) -> tuple[str | None, int]:
        """Entity ending at token j (allowing "'s" and "(ABBR)"), and the token before it."""
        if j >= 0 and self.doc[j].text in ("'s", "’s", "'", "’"):
            j -= 1
        if j >= 0 and self.doc[j].text == ")":
            k = j
            while k >= 0 and self.doc[k].text != "(":
                k -= 1
            inner = self.mention_end_at(j - 1)
            j = k - 1
            outer = self.mention_end_at(j)
            e = outer or inner
            if e is not None and e.kind in ("organization", "body", "country"):
                return e.local_id, (self.mention_start_token(j) - 1 if outer else j)
        e = self.mention_end_at(j)
        if e is not None and e.kind in ("organization", "body", "country"):
            return e.local_id, self.mention_start_token(j) - 1
        return None, j

    def _country_in(self, tok: Token) -> str | None:
        for t in tok.subtree:
            e = self.entity(t)
            if e is not None and e.kind == "country":
                return e.local_id
        return None
