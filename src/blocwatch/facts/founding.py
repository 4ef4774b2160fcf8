"""founded: "established in 2002", "the CSTO, founded in …", "the 60th anniversary of"."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .. import timex
from ..records import TimeValue
from .base import Base

FOUND_VERBS = {"found", "establish", "create", "form", "launch", "set", "inaugurate"}


class FoundingRules(Base):
    # --- founded -----------------------------------------------------------------------------
    def foundings(self) -> None:
        for sent in self.doc.sents:
            for tok in sent:
                if tok.lemma_.lower() not in FOUND_VERBS or tok.tag_ not in ("VBN", "VBD"):
                    continue
                if tok.lemma_ == "set" and not any(c.lower_ == "up" for c in tok.children):
                    continue
                subject = self._founded_subject(tok, sent)
                if subject is None:
                    continue
                when = None
                for t in self.an.timexes_in(sent):
                    head = self.an.timex_head(t)
                    if t.kind == "date" and t.year is not None and head is not None and (
                            head.is_ancestor(tok) or tok.is_ancestor(head)
                            or abs(head.i - tok.i) <= 4):
                        when = timex.resolve(t, self.an.anchor)
                        break
                if when is None:
                    continue
                self.add("founded", subject, sent, 0.85, "founded", when=when, specific=True)

    def anniversaries(self) -> None:
        """"the 60th anniversary of the Arab League" in 2005: founded in 1945."""
        for sent in self.doc.sents:
            for m in re.finditer(r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?",
                                 sent.text):
                years = int(m.group(1))
                span = self.doc.char_span(sent.start_char + m.end(), sent.end_char,
                                          alignment_mode="expand")
                e = self.entity(span[0]) if span is not None and len(span) else None
                when = self.an.sentence_time(sent)
                if e is None or e.kind not in ("organization", "body") or when is None:
                    continue
                self.add("founded", e.local_id, sent, 0.7, "anniversary",
                         when=TimeValue(str(when.year - years), "year"), specific=True)

    def _founded_subject(self, tok: Token, sent: Span) -> str | None:
        if tok.tag_ == "VBD":  # active: "In 1957, the members formed the EEC"
            for c in tok.children:
                if c.dep_ == "dobj":
                    e = self.entity(c)
                    if e is not None and e.kind in ("organization", "body"):
                        return e.local_id
        for c in tok.children:
            if c.dep_ in ("nsubjpass", "nsubj"):
                e = self.entity(c)  # the subject's head first: "the CSTO rapid reaction force"
                if e is not None and e.kind in ("organization", "body"):
                    return e.local_id
                for t in c.subtree:
                    e = self.entity(t)
                    if e is not None and e.kind in ("organization", "body"):
                        return e.local_id
        if tok.dep_ == "acl":  # "the CSTO, founded in 2002, …"
            e = self.entity(tok.head)
            if e is not None and e.kind in ("organization", "body"):
                return e.local_id
        if tok.i == sent.start or (tok.i == sent.start + 1 and sent[0].lower_ in ("first",)):
            # "Founded in May 2002 under …, the CSTO groups …": the first organization after
            # the participle's clause is what was founded
            edge = tok.right_edge.i
            for t in self.doc[edge + 1:sent.end]:
                e = self.entity(t)
                if e is not None and e.kind in ("organization", "body"):
                    return e.local_id
        return None
