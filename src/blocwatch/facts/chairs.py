"""chairs: "Russia's presidency", "has taken over the CSTO's presidency", "for 2021-2022"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .. import timex
from ..records import TimeValue
from .base import Base

CHAIR_NOUNS = {"presidency", "chairmanship", "chairpersonship", "chairing", "chair"}
TAKEOVER = {"take", "took", "taken", "taking", "assume", "assumed", "assumes", "assuming",
            "incoming", "takes"}


class ChairRules(Base):
    # --- chairs ------------------------------------------------------------------------------
    def chairs(self) -> None:
        for sent in self.doc.sents:
            for tok in sent:
                if tok.lower_ not in CHAIR_NOUNS and tok.lemma_ not in ("chair", "preside"):
                    continue
                if tok.lower_ == "chair" and tok.pos_ == "NOUN" and tok.i > 0 and \
                        self.doc[tok.i - 1].lower_ in ("the", "a"):
                    continue
                country = self._chair_country(tok, sent)
                if country is None:
                    continue
                org = self._chair_org(tok, sent)
                if org is None:
                    continue
                years, specific = self._chair_years(tok, sent)
                for y in years:
                    self.add("chairs", country, sent, 0.8 if specific else 0.65, "chair",
                             object=org, when=TimeValue(str(y), "year"), specific=specific)

    def _chair_country(self, tok: Token, sent: Span) -> str | None:
        doc = self.doc
        j = tok.i - 1
        # "Russia's presidency", "Russia's CSTO presidency", "its Chairmanship"
        while j >= sent.start and self.entity(doc[j]) is not None and \
                self.entity(doc[j]).kind == "organization":  # type: ignore[union-attr]
            j -= 1
        if j >= sent.start and doc[j].text in ("'s", "’s"):
            e = self.entity(doc[j - 1])
            if e is not None and e.kind == "country":
                return e.local_id
        # "chairmanship of Belarus", "rotating chairmanship of Belarus in the CSTO"
        if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of":
            e = self.entity(doc[tok.i + 2])
            if e is not None and e.kind == "country":
                return e.local_id
        # the subject of the clause: "Tajikistan, which has taken over …", "X held … chairing"
        head = tok
        for _ in range(8):
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            for s in subj:
                if s.lower_ in ("which", "who", "that") and head.dep_ == "relcl":
                    e = self.entity(head.head)
                    if e is not None and e.kind == "country":
                        return e.local_id
                e = self._country_in(s)
                if e:
                    return e
            if head.dep_ == "relcl":
                e = self._country_in(head.head)
                if e:
                    return e
            if head.head.i == head.i:
                break
            head = head.head
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if poss and poss[0].lower_ == "its":
            for c in tok.sent.root.children:
                if c.dep_ == "nsubj":
                    return self._country_in(c)
        return None

    def _chair_org(self, tok: Token, sent: Span) -> str | None:
        doc = self.doc
        for j in (tok.i - 1, tok.i - 2, tok.i - 3):
            if j >= sent.start:
                e = self.entity(doc[j])
                if e is not None and e.kind == "organization":
                    return e.local_id
        k = tok.i + 1
        if k < len(doc) and doc[k].lower_ in ("of", "in"):
            k += 1
            while k < len(doc) and doc[k].lower_ in ("the",) or (
                    k < len(doc) and self.entity(doc[k]) is not None
                    and self.entity(doc[k]).kind == "country"):  # type: ignore[union-attr]
                k += 1
                if k < len(doc) and doc[k].lower_ in ("in", "of"):
                    k += 1
            e = self.entity(doc[k]) if k < len(doc) else None
            if e is not None and e.kind == "organization":
                return e.local_id
        orgs = {self.an.entity_of_mention[i].local_id
                for i in self.an.mentions_in(sent, ("organization",))
                if i in self.an.entity_of_mention}
        if len(orgs) == 1:
            return orgs.pop()
        dom = self.an.dominant_org
        return dom.local_id if dom is not None and not orgs else None

    def _chair_years(self, tok: Token, sent: Span) -> tuple[list[int], bool]:
        anchor = self.an.anchor
        spans = []
        for t in self.an.timexes_in(sent):
            if t.kind == "date" and (t.year is not None or t.year_rel is not None) and \
                    self.an.usable(t):
                spans.append(t)
            elif t.kind == "relative" and t.unit == "year":
                spans.append(t)
        if spans:
            best = min(spans, key=lambda t: abs(t.start - tok.idx))
            value = timex.resolve(best, anchor)
            if value is not None:
                first, last = int(value.value[:4]), int((value.end or value.value)[:4])
                return list(range(first, last + 1)), True
        base = self.an.anchor
        if base is None:
            return [], False
        year = base.year
        around = {t.lower_ for t in sent} | {t.lemma_ for t in sent}
        month = int(base.value[5:7]) if base.precision in ("day", "month") else 6
        if around & TAKEOVER and month >= 11:
            return [year + 1], True  # rotations start in January: a December takeover is next year's
        return [year], False
