"""member_of and member_count from the declared patterns of data/patterns/memberships.json
and member_counts.json: member lists ("groups A, B and C", "includes", "such as", "member
states A and B"), accessions with their years, joining, leaving and suspension, copulas
("X is a member of"), counts ("six-member", "56 participating States", "brings to 30 the
number of allies").  A list is complete (its absentees are not members) only where the
construction states the whole membership or a count in the sentence equals it."""

from __future__ import annotations

from spacy.tokens import Span

from .. import timex
from ..records import LocalEntity, TimeValue
from . import rules as factrules
from .base import Base
from .declared import ORG_KINDS, PARTIAL_TAIL, Slots, number

TERMINAL = {".", "!", "?", '"', "”", "’", ")", "»"}


class MembershipRules(Base):
    def memberships(self) -> None:
        _Memberships(self).memberships()

    def member_counts(self) -> None:
        _Memberships(self).counts()


class _Memberships(Slots):
    def memberships(self) -> None:
        found = self.matches("memberships")
        for m in found:
            if m.rule.predicate == "member_of":
                self._membership(m, found)

    def counts(self) -> None:
        for m in self.matches("member_counts"):
            self._count(m)

    def _membership(self, m: factrules.RuleMatch, found: list[factrules.RuleMatch]) -> None:
        if not self._factual(m):
            return
        org = self._org(m)
        members = self._members(m)
        if org is None or not members or org.kind not in ORG_KINDS or \
                len(members) < m.rule.slot("min_members", 1) or self._denied(m):
            return
        sent = m.span.sent
        complete = m.rule.slot("list") == "complete" and self._complete(m, members)
        if not complete and m.rule.slot("list") == "partial" and m.rule.slot("members") == "list":
            complete = self._count_matches(m, len(members))
        qualifier = m.rule.slot("qualifier") or ("complete_list" if complete else None)
        how = m.rule.slot("date", "doc")
        groups: list[tuple[list[LocalEntity], Span]] = [(members, m.span)]
        cont = m.rule.slot("continue")
        if cont:  # "…; D in 1999": each later group with its own year
            groups += [(self._ents(c.span, ("country",)), c.span) for c in found
                       if c.rule.name == cont and c.span.sent == sent and c.span.start >= m.span.end]
        for group, span in groups:
            for e in group:
                when: TimeValue | None = None
                if how == "clause":
                    when = self._clause_time(m)
                elif how == "next_year":
                    mention = self.an.mention_at(self._token_of(e, span))
                    end = self.an.mentions[mention].end if mention is not None else span.start_char
                    when = self._next_year(sent, end)
                    if when is None:
                        continue
                elif how == "span_year":  # "which joined the EU in 2007"; else as of the report
                    inside = [t for t in self._years_in(sent)
                              if m.span.start_char <= t.start < m.span.end_char]
                    when = timex.resolve(inside[0], self.an.anchor) if inside else None
                elif how == "year_in_sentence":
                    years = self._years_in(sent)
                    if not years:
                        continue
                    when = timex.resolve(years[0], self.an.anchor)
                self._emit("member_of", e.local_id, m, 0.9 if complete else 0.8,
                           object=org.local_id, qualifier=qualifier, when=when,
                           specific=when is not None)

    def _complete(self, m: factrules.RuleMatch, members: list[LocalEntity]) -> bool:
        """A list states the whole membership unless a tail says otherwise ("and others"),
        or the text stops inside it (a page cut mid-word)."""
        doc = self.an.doc
        rest = self.an.text[m.span.end_char:m.span.end_char + 40]
        if PARTIAL_TAIL.match(rest):
            return False
        sent = m.span.sent
        last = next((t for t in reversed(sent) if not t.is_space), None)
        if sent.end >= len(doc) - 1 and last is not None and last.text not in TERMINAL:
            return False  # the text stops inside the list's sentence: a page cut mid-list
        return True

    def _count_in_sentence(self, m: factrules.RuleMatch) -> int | None:
        for c in self.matches("member_counts"):
            if c.span.sent == m.span.sent:
                return number(c.span)
        return None

    def _count_matches(self, m: factrules.RuleMatch, n: int) -> bool:
        count = self._count_in_sentence(m)
        return count is not None and count == n

    def _count(self, m: factrules.RuleMatch) -> None:
        n = number(m.span)
        if n is None or n < 2 or not self._factual(m):
            return  # "the EU will then have 28 members" is not a count yet
        org = self._org(m)
        if org is None:
            return
        adjacent = bool(self._ents(m.span, ORG_KINDS))
        if not adjacent and n < 5:
            return  # "the two countries", "the three states": the parties, not a membership
        self._emit("member_count", org.local_id, m, 0.85 if adjacent else 0.75, value=str(n))
