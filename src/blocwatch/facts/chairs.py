"""chairs from the declared patterns of data/patterns/chairs.json: "Russia's presidency",
"has taken over the CSTO presidency", "holding the rotating presidency for 2021-2022" (two
chair years), handovers "from A to B", a person chairing ("X, the chair-in-office", "summit
chairman X": the person's country; "X, Finnish Foreign Minister and the current President of
the EU"; "X chairs the OIC"), an organization's head who leads a country ("the president of
the EU, Portuguese Prime Minister X"), "will chair in 2010" (future chair years are stated)."""

from __future__ import annotations

from .. import timex
from ..records import LocalEntity, TimeValue
from . import rules as factrules
from .declared import ORG_NOUNS, Slots, years_of

# the nouns of a chair (patterns/macros.json CHAIRNOUN)
CHAIR_NOUNS = {"presidency", "presidencies", "chairmanship", "chairmanships", "chairpersonship",
               "chair", "chairing", "chairman", "chairwoman", "chairperson", "president"}


class Chairs(Slots):
    GROUP = "chairs"
    PREDICATES = ("chairs",)

    def claim(self, m: factrules.RuleMatch, found: list[factrules.RuleMatch]) -> None:
        noun = m.nodes.get("noun")
        if noun is not None and m.rule.slot("members") in ("node", "subtree") and any(
                (e := self.an.entity_at(c)) is not None and e.kind == "country"
                for c in noun.children if c.dep_ in ("amod", "compound", "poss")):
            return  # "a French presidency": the chair noun names its own country
        org = self._org(m)
        if org is not None and org.kind == "body" and m.rule.slot("body_is_parent"):
            org = self._parent_org(org)  # "current President of the European Council": the EU's
        members = self._members(m)
        if org is None or not members or org.kind != "organization" or \
                not self._org_in_reach(m, org) or not self._own_clause(m):
            return
        if not (org.key or "").startswith("org:"):
            # a presidency near a name the knowledge data does not know ("the Iranian presidency
            # … his NGO, the Center for Dialogue", "Turkey's Disaster and Emergency Management
            # Presidency") is a country's own office; chairs rotate in known organizations
            return
        sent = m.span.sent
        how = m.rule.slot("date", "year")
        if how == "handover":
            if len(members) < 2:
                return
            if m.rule.slot("incoming_first"):  # "A took over the chairmanship from B"
                members = members[::-1]
            when = self.an.sentence_time(sent, m.span.root) or self.an.anchor
            if when is None:
                return
            month = int(when.value[5:7]) if when.precision in ("day", "month") else 6
            incoming = when.year + (1 if month >= 11 else 0)
            self._emit("chairs", members[0].local_id, m, 0.75, object=org.local_id,
                       when=TimeValue(str(when.year - (1 if month <= 1 else 0)), "year"),
                       specific=True)
            self._emit("chairs", members[1].local_id, m, 0.8, object=org.local_id,
                       when=TimeValue(str(incoming), "year"), specific=True)
            return
        for e in members:
            if how == "next_year":
                tok = self._token_of(e, m.span)
                i = self.an.mention_at(tok)
                char = self.an.mentions[i].end if i is not None else m.span.start_char
                value = self._next_year(sent, char)
                years = years_of(value)
                specific = True
            else:
                years, specific = self._chair_years(m)
            for y in years:
                self._emit("chairs", e.local_id, m, 0.8 if specific else 0.65,
                           object=org.local_id, when=TimeValue(str(y), "year"),
                           specific=specific)

    def _org_in_reach(self, m: factrules.RuleMatch, org: LocalEntity) -> bool:
        """A chair noun after a demonym or a name that does not name its organization ("the
        Luxembourg presidency said") belongs to one its sentence names, other than as a
        conjunct of the noun ("the United Nations, the government and the Timorese
        presidency": the country's own), or one the ``PRECEDING_SENTENCES`` before it name; a
        document's main organization named farther off is no antecedent ("Campaigning for the
        American presidency")."""
        sent = m.span.sent
        if any(t.text in ("'s", "’s") or t.lower_ in ORG_NOUNS for t in m.span):
            return True  # "Russia's presidency", "Chairman of the Union": the text's own words
        noun = next((t for t in m.span if t.lower_ in CHAIR_NOUNS), None)
        conjuncts = {c.i for c in noun.conjuncts} if noun is not None else set()
        named = [t for t in sent if self.an.entity_at(t) is org]
        if any(m.span.start <= t.i < m.span.end for t in named):
            return True
        if any(t.i not in conjuncts and t.head.i not in conjuncts for t in named):
            return True
        lo = self._preceding_start(sent)
        return any(lo <= self.an.mentions[i].start < sent.start_char and e is org
                   for i, e in self.an.entity_of_mention.items())

    def _own_clause(self, m: factrules.RuleMatch) -> bool:
        """With the ``own_clause`` slot: the chair noun's nearest verb with a subject has the
        chairing country (or a relative pronoun standing for it) as that subject; "The United
        States … withdrew its support soon after George W. Bush assumed the presidency": the
        presidency is Bush's office, not a chair the country holds."""
        noun, member = m.nodes.get("noun"), m.nodes.get("member")
        if not m.rule.slot("own_clause") or noun is None or member is None:
            return True
        node = noun
        while node.head.i != node.i:
            node = node.head
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if node.pos_ in ("VERB", "AUX") and subjects:
                return any(c.i == member.i or c.lower_ in ("which", "that", "who")
                           for c in subjects)
        return True

    def _chair_years(self, m: factrules.RuleMatch) -> tuple[list[int], bool]:
        """The year nearest the match ("for 2021-2022" gives both), else the report's year; a
        takeover in November or December is next year's chair (rotations start in January)."""
        sent = m.span.sent
        spans = [t for t in self._years_in(sent)] + [
            t for t in self.an.timexes_in(sent) if t.kind == "relative" and t.unit == "year"]
        if spans:
            best = min(spans, key=lambda t: abs(t.start - m.span.start_char))
            years = years_of(timex.resolve(best, self.an.anchor))
            if years:
                return years, True
        told = self._told_year(m)
        if told is not None:
            return [told], True
        base = self.an.anchor
        if base is None:
            return [], False
        month = int(base.value[5:7]) if base.precision in ("day", "month") else 6
        if m.rule.slot("takeover") and month >= 11:
            return [base.year + 1], True
        return [base.year], False

    def _told_year(self, m: factrules.RuleMatch) -> int | None:
        """A past-tense sentence with no time of its own that follows a sentence dated to the
        day ("On November 30, 2004, Cuba released four dissidents. The Dutch Presidency of the
        EU praised the decision.") is told in that sentence's year: a narrative goes on in its
        order. A month or a year alone, or any other gap, is no anchor."""
        sent = m.span.sent
        if sent.start == 0 or self.an.timexes_in(sent):
            return None
        if self.an.tense(self.an.clause_verb(sent.root)) != "past":
            return None
        before = self.an.doc[sent.start - 1].sent
        days = [t for t in self.an.timexes_in(before) if t.kind == "date"
                and None not in (t.year, t.month, t.day) and t.end_year is None]
        return days[0].year if len(days) == 1 else None
