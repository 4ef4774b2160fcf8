"""founded from the declared patterns of data/patterns/founding.json: "founded/established/
created in YEAR", "Founded in May 2002 …, the CSTO", "since its founding in 1949" (the
organization "its" stands for in its clause), "the founding treaty was signed on DATE", "the
52-year-old organization", "the 60th anniversary of" (or "sixtieth") and "the body's formation 60 years ago"
(less the report's year), "X is the country's oldest party, founded in 1945" (a participle on
what a copula says X is); the countries that founded it are founding members.  A described
organization noun ("the Hong Kong-based group") founds only a named one of its kind, and an
anniversary of an instrument "signed in DATE" counts from that date (fchair2); a bare "the
party" founds the organization named last before it when its name ends in "Party" (memb15)."""

from __future__ import annotations

from spacy.tokens import Token

from .. import orgnames, timex
from ..knowledge import load_json
from ..records import LocalEntity, TimeValue
from . import coref
from . import rules as factrules
from .declared import ORG_KINDS, ORG_NOUNS, Slots, number, ordinal, spelled_ordinal

NEW_REFERENT = load_json("patterns/founding.json")["new_referent"]
# memb15: the head nouns of an organisation's name a bare "the NOUN" may stand for
NAMED_KIND = orgnames.heads() - ORG_NOUNS - frozenset(
    load_json("patterns/founding.json")["named_kind"]["except"])


class Foundings(Slots):
    GROUP = "founding"
    PREDICATES = ("founded",)

    def claim(self, m: factrules.RuleMatch, found: list[factrules.RuleMatch]) -> None:
        if not self._factual(m):
            return
        org = self._its_owner(m) if m.rule.slot("org") == "its_owner" else self._org(m)
        if org is not None and m.rule.slot("new_referent") and "org" in m.nodes and \
                self._new_referent(m.nodes["org"]):
            org = self._named_kind_before(m.nodes["org"])
        if org is None and m.rule.slot("named_kind") and "org" in m.nodes:
            org = self._kind_named_last(m.nodes["org"])
        if org is None or org.kind not in ORG_KINDS or self._age_of_other(m, org) or \
                self._pronoun_out_of_reach(m):
            return
        if m.rule.slot("org_not_possessor") and self._org_owns_next(m):
            return
        if m.rule.slot("no_other_org") and self._other_org_before_verb(m, org):
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
            n = number(m.span) or ordinal(m.span) or spelled_ordinal(m.span)
            base = self.an.sentence_time(sent) if how == "years_before" else None
            signed = self._signed_on(m) if m.rule.slot("signed_date") else None
            if signed is not None:
                report = self.an.anchor
                if n is None or report is None or \
                        signed.year + n not in (report.year, report.year + 1):
                    return  # the count and the instrument's date disagree
                when = signed
            elif n is not None and base is not None:
                when = self._commemorated(base, n) or TimeValue(str(base.year - n), "year")
        if when is None:
            return
        self._emit("founded", org.local_id, m, 0.85, when=when, specific=True)
        if m.rule.slot("founders") == "agent" and "verb" in m.nodes:
            # "founded in 1967 by Indonesia, Malaysia, …": founding members, joined then; but
            # "… Other members are F and G." right after makes them members now, as of the
            # report (news_gold README: members named as current members are dated to it)
            current = self._others_follow(m)
            for by in m.nodes["verb"].children:
                if by.dep_ != "agent":
                    continue
                for obj in by.children:
                    for e in self._node_ents(obj, ("country",)) if obj.dep_ == "pobj" else ():
                        self.add("member_of", e.local_id, m.span.sent, 0.8,
                                 f"{m.rule.name}+founders" + ("+others" if current else ""),
                                 version=factrules.VERSION, object=org.local_id,
                                 qualifier=None if current else "joined",
                                 when=None if current else when, specific=not current)

    def _commemorated(self, told: TimeValue, n: int) -> TimeValue | None:
        """The date a sentence tells, when it is the one its anniversary counts from: "the 30th
        anniversary of the Collective Security Treaty signed on May 15, 1992" in a 2022 report
        is 1992-05-15 (not 30 years before 1992)."""
        report = self.an.anchor
        if report is None or told.end is not None or told.year >= report.year - 1:
            return None
        return told if told.year + n in (report.year, report.year + 1) else None

    def _signed_on(self, m: factrules.RuleMatch) -> TimeValue | None:
        """With the ``signed_date`` slot: the date told after a participle "signed" on the
        match's instrument or on its apposition ("the Collective Security Treaty, the founding
        document of the CSTO, signed in May 1992")."""
        sent = m.span.sent
        on = {t.i for t in m.span}
        on |= {t.i for t in sent if t.dep_ == "appos" and t.head.i in on}
        signed = next((t for t in sent if t.i >= m.span.end and t.lower_ == "signed"
                       and t.tag_ == "VBN" and t.head.i in on), None)
        return self._next_year(sent, signed.idx) if signed is not None else None

    def _new_referent(self, noun: Token) -> bool:
        """An unnamed organization noun with a premodifier of the ``new_referent`` class
        (founding.json): "the Hong Kong-based group", "the Kenyan group", "the opposition
        group" is another body than the organizations the text names before."""
        if noun.lower_ not in ORG_NOUNS or self.an.entity_at(noun) is not None or any(
                c.dep_ == "appos" and self.an.entity_at(c) is not None for c in noun.children):
            return False  # named, or named in apposition ("the rebel group Forces Nouvelles")
        for mod in noun.children:
            if mod.i > noun.i or mod.dep_ not in ("amod", "compound", "nmod", "npadvmod"):
                continue
            hyphenated = "-" in mod.text or (mod.i > 0 and self.an.doc[mod.i - 1].text == "-")
            if hyphenated and mod.lower_.rsplit("-", 1)[-1] in NEW_REFERENT["participles"]:
                return True
            if self.an.kb.country_of_demonym(mod.text) is not None:
                return True
            if noun.lower_ in NEW_REFERENT["compound_heads"] and mod.dep_ == "compound" and \
                    mod.pos_ == "NOUN" and self.an.entity_at(mod) is None:
                return True
        return False

    def _named_kind_before(self, noun: Token) -> LocalEntity | None:
        """The organization named last before the noun whose name ends in it ("… Group",
        "… Union"): the only antecedent a newly described noun may have."""
        kind = (noun.lower_, noun.lemma_.lower())
        best: tuple[int, LocalEntity] | None = None
        for i, e in self.an.entity_of_mention.items():
            end = self.an.mentions[i].end
            if e.kind in ORG_KINDS and end <= noun.idx and (best is None or end > best[0]) and \
                    any(n.lower().rsplit(" ", 1)[-1] in kind for n in (e.name, *e.aliases)):
                best = (end, e)
        return best[1] if best else None

    def _kind_named_last(self, noun: Token) -> LocalEntity | None:
        """memb15: "The party was founded in 1996": a bare definite head noun of an
        organisation's name (``named_kind`` in founding.json) stands for the organization
        named last before it, only when that one's name ends in the noun; a modified noun
        ("the new party") or another organization named in between gives none."""
        if noun.lower_ not in NAMED_KIND or self.an.entity_at(noun) is not None or \
                [c.lower_ for c in noun.children if c.i < noun.i] != ["the"]:
            return None
        last = max(((self.an.mentions[i].end, e) for i, e in self.an.entity_of_mention.items()
                    if e.kind in ORG_KINDS and self.an.mentions[i].end <= noun.idx),
                   key=lambda pair: pair[0], default=None)
        if last is None or not any(n.lower().rsplit(" ", 1)[-1] == noun.lower_
                                   for n in (last[1].name, *last[1].aliases)):
            return None
        return last[1]

    def _its_owner(self, m: factrules.RuleMatch) -> LocalEntity | None:
        """The organization "its" stands for in "since its founding in 1949": the clause's
        subject when it names one, else the organization named last before "its" in the
        sentence when the subject is no other common noun ("The Blyth Valley seat has, since
        its creation in 1950, …" is the seat's; in "It was a member of the Andean Community
        from its inception" "It" is a member, the community is the one founded)."""
        its = next(t for t in m.span if t.lower_ == "its")
        verb = self.an.clause_verb(its)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subject in subjects:
            org = self._org_at(subject)
            if org is not None:
                return org
            if subject.pos_ == "NOUN":
                return None
        named = [e for start, e in self._sent_orgs(m.span.sent, ORG_KINDS)
                 if start < its.idx]
        return named[-1] if named else None

    def _other_org_before_verb(self, m: factrules.RuleMatch, org: LocalEntity) -> bool:
        """With the ``no_other_org`` slot: another organization named from the predicate noun
        to the participle ("X is a member of NATO, founded in 1949") may be the one founded."""
        attr, verb = m.nodes["attr"], m.nodes["verb"]
        between = self.an.doc[min(attr.i, verb.i):max(attr.i, verb.i)]
        return any(e is not org for e in self._ents(between, ORG_KINDS))

    def _org_owns_next(self, m: factrules.RuleMatch) -> bool:
        """With the ``org_not_possessor`` slot: the organization ending the match owns the noun
        after it, whose anniversary it is ("the first anniversary of the EU's enlargement")."""
        after = m.span.end
        return after < len(self.an.doc) and self.an.doc[after].orth_ in ("'s", "’s")

    def _pronoun_out_of_reach(self, m: factrules.RuleMatch) -> bool:
        """"It was founded in 1992" with no organization within coref's reach: "it" is none
        the text names ("The airline … It has Iran's largest fleet … It was founded in
        1992", not the IRGC named paragraphs before)."""
        node = m.nodes.get("org")
        return node is not None and node.lower_ in coref.words("org", "pronouns") and \
            self.discourse.antecedent(node, ("organization",), subject=True) is None

    def _age_of_other(self, m: factrules.RuleMatch, org: LocalEntity) -> bool:
        """With the ``org_is_head`` slot: the organization's name in the match only modifies
        the noun whose age is told ("26-year-old Air Force Staff Sgt. Tassi McKee")."""
        if not m.rule.slot("org_is_head"):
            return False
        named = [t for t in m.span if self.an.entity_at(t) is org]
        if not named:
            return False
        last = named[-1]
        return last.dep_ in ("compound", "nmod", "amod") and not (
            m.span.start <= last.head.i < m.span.end)

    def _others_follow(self, m: factrules.RuleMatch) -> bool:
        """Whether a later sentence that reaches back to the founding's (coref window) lists
        the organization's "other members" in the present tense (a rule with the
        ``current_others`` slot)."""
        sent = m.span.sent
        window = self.discourse.window
        return any(o.rule.slot("current_others") and o.span.start >= sent.end
                   and any(t.lower_ in ("are", "include", "includes") for t in o.span)
                   and window(o.span.start_char) <= sent.start_char
                   for o in self.matches("memberships"))
