"""founded from the declared patterns of data/patterns/founding.json: "founded/established/
created in YEAR", "Founded in May 2002 …, the CSTO", "the founding treaty was signed on
DATE", "the 52-year-old organization" and "the 60th anniversary of" (less the report's
year)."""

from __future__ import annotations

from .. import timex
from ..records import TimeValue
from . import rules as factrules
from .base import Base
from .declared import ORG_KINDS, Slots, number, ordinal


class FoundingRules(Base):
    def foundings(self) -> None:
        slots = _Foundings(self)
        for m in slots.matches("founding"):
            slots._founding(m)


class _Foundings(Slots):
    def _founding(self, m: factrules.RuleMatch) -> None:
        if not self._factual(m):
            return
        org = self._org(m)
        if org is None or org.kind not in ORG_KINDS:
            return
        how = m.rule.slot("date")
        sent = m.span.sent
        when: TimeValue | None = None
        if how == "clause":
            when = self._clause_time(m)
            if when is not None and when.end is not None:
                return  # a span is when something ran, not when it was founded
        elif how == "span_year":
            inside = [t for t in self._years_in(sent)
                      if m.span.start_char <= t.start < m.span.end_char]
            when = timex.resolve(inside[0], self.an.anchor) if inside else None
        elif how == "years_before":
            n = number(m.span) or ordinal(m.span)
            base = self.an.sentence_time(sent) if how == "years_before" else None
            if n is not None and base is not None:
                when = TimeValue(str(base.year - n), "year")
        if when is None:
            return
        self._emit("founded", org.local_id, m, 0.85, when=when, specific=True)
