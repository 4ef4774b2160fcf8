"""member_of and member_count from the declared patterns of data/patterns/memberships.json
and member_counts.json: member lists ("groups A, B and C", "includes", "such as", "member
states A and B"), accessions with their years, joining, leaving and suspension, copulas
("X is a member of"), counts ("six-member", "56 participating States", "brings to 30 the
number of allies").  Whether a list is complete (its absentees are not members) is decided
here alone (``Memberships._complete``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .. import timex
from ..records import LocalEntity, TimeValue
from . import rules as factrules
from .declared import BODY_NOUNS, MEMBERSHIP_HEADS, ORG_KINDS, ORG_NOUNS, PARTIAL_TAIL, Slots, number, ordinal

# verbs of a relative clause that describe the whole membership ("the 27 states that form it")
COMPOSE = {"make", "form", "comprise", "compose", "constitute", "belong", "be", "have", "remain"}
# words before a member noun that make it no membership as of the report
NOT_YET = {"candidate", "prospective", "aspiring", "future", "potential", "would-be", "former",
           "ex", "applicant", "observer", "associate", "suspended", "expelled", "dormant"}
# verbs of leaving conjoined with a membership ("was a member …, but withdrew")
# words before a member noun that make its list the founders, not the membership of today
FOUNDING = {"founding", "founder", "original", "co-founding", "charter"}
LEFT = {"withdraw", "leave", "quit", "exit", "secede", "expel", "suspend", "abandon"}
# a body inside an organization, whose members a count before the organization's name counts
# ("a five member UN commission", "the 15-member UN Security Council panel")
INNER_BODIES = BODY_NOUNS | {"panel", "board", "mission", "force", "team", "delegation",
                             "committee", "tribunal", "secretariat"}
# the plural nouns a count of members ends in ("the 188 countries to have signed")
COUNTED = {"countries", "states", "nations", "members", "allies", "economies", "governments"}
# words after a counted noun that count those there, not the members ("the 122 nations present")
THERE = {"present", "attending", "participating", "gathered", "represented", "voting"}
TERMINAL = {".", "!", "?", '"', "”", "’", ")", "»"}
# clauses on a noun, whose time is not the time of the count in them
NOUN_CLAUSES = {"relcl", "acl", "amod", "compound"}
# nouns of a count whose members are states ("member nations", "the 27-nation bloc")
STATE_NOUNS = {"state", "states", "nation", "nations", "country", "countries", "economies"}
# more members than there are states: seats, staff or people ("the 460-member Sejm", "the
# 335,000-member California Teachers Association"), never a count of member states
MOST_MEMBERS = 200
FORMER_WORDS = {"former", "ex", "post"}  # "six former Soviet states": states of a country no more
# verbs of a founding or of a joining or leaving, whose time is not the time of the count
# ("The 27-member EU was founded in 1957", "Bulgaria joined the 25-nation bloc in 2007")
FOUNDING_VERBS = {"found", "establish", "create", "form", "launch", "set", "inaugurate",
                  "incorporate", "constitute", "start", "join", "enter", "accede", "leave",
                  "quit", "exit", "withdraw"}
# prepositions of a time that bounds a clause rather than dating it ("ratified by November")
DEADLINES = {"by", "until", "till", "before", "since"}


def past_clause(verb) -> bool:  # type: ignore[no-untyped-def]
    """A clause told in the past: a past-tense verb or auxiliary ("agreed", "were agreed",
    "had"), with no modal ("would have agreed")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in aux):
        return False
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux)


class MemberCounts(Slots):
    GROUP = "member_counts"
    PREDICATES = ("member_count",)

    def claim(self, m: factrules.RuleMatch, found: list[factrules.RuleMatch]) -> None:
        # "became the 192nd member": the ordinal of the joining is the count it makes
        # "one of six members of": the word before the count is no part of it
        words = m.span[1:] if m.rule.slot("count_after_first") else m.span
        n = ordinal(m.span) if m.rule.slot("ordinal") else number(words)
        if n is None or n < 2 or not self._factual(m):
            return  # "the EU will then have 28 members" is not a count yet
        org = self._org(m)
        if m.rule.slot("org_before") and self._counted_before(m):
            org = self._preceding_org(m.span.sent) or org
        if org is None or self._subset(m) or self._named_number(m) or self._bare_states(m) or \
                n > MOST_MEMBERS or self._counts_people(m, org):
            return
        adjacent = bool(self._ents(m.span, ORG_KINDS))
        cap = m.rule.slot("strong_at_most")
        if cap and n > cap and any(t.lower_ == "strong" or t.lower_.endswith("-strong")
                                   for t in m.span):
            return  # "the 8,000-strong ISAF": troops or staff, not member states
        if self._counts_other(m, org):
            return
        if n < 5 and not (adjacent and m.rule.slot("small_counts")):
            # "the two countries", "the three EU members": some members, not the membership
            # ("the four-nation GUAM" is one)
            return
        how = m.rule.slot("date")
        when = self._clause_time(m) if how == "clause" else \
            self._past_clause_time(m) if how == "past_clause" else None
        if when is not None and when == self._bounded(m, "since"):
            when = None  # "Since its founding in 1949, NATO has grown to 30": 30 now, not then
        self._emit("member_count", org.local_id, m, 0.85 if adjacent else 0.75, value=str(n),
                   when=when, specific=when is not None)

    def _past_clause_time(self, m: factrules.RuleMatch) -> TimeValue | None:
        """"The 27-nation bloc agreed on Monday to …", "In 2004 the EU had 25 member states",
        "agreed to in 2000 by all 191 member states": a count in a past clause of the sentence's
        own (not a relative clause or a participle on a noun, "which gained a waiver from the
        45-member NSG on September 6") is as of that clause's time; else (None) as of the
        report. A deadline or open span ("by November 2006", "until 2007") dates nothing."""
        head = m.span.root
        verb = self.an.clause_verb(head)
        if verb.dep_ in NOUN_CLAUSES or not past_clause(verb) or verb.lemma_ in FOUNDING_VERBS:
            return None  # "The 27-member EU was founded in 1957": 27 now, not in 1957
        sent = m.span.sent
        text = self.an.text
        for t in self.an.timexes_in(sent):
            at = self.an.timex_head(t)
            if at is None or self.an.clause_verb(at).i != verb.i:
                continue
            before = text[max(0, t.start - 8):t.start].split()[-1:] + t.text.split()[:1]
            if t.bound or t.kind in ("vague", "decade") or \
                    any(w.lower() in DEADLINES for w in before):
                return None
        when = self.an.attached_time(head, sent, "past", absolute=True, verb=verb)
        anchor = self.an.anchor
        if when is None or (anchor is not None and when.value[:len(anchor.value)] > anchor.value):
            return None
        return when

    def _counts_people(self, m: factrules.RuleMatch, org: LocalEntity) -> bool:
        """"the 120-member Knesset", "all 108 members of the Northern Ireland Assembly", "the
        seven-member Virginia Supreme Court", "the 14-member Mental Health Task Force": an
        organization the knowledge data does not know, whose name is no membership body's
        (``_membership_body``) and whose count says neither such a noun ("a seven-member
        regional organization") nor member states ("the nineteen member nations of the Paris
        Club", "a 39-nation coalition"), counts seats, judges or staff, not member states; so
        does "in all 50 states" of a country's states."""
        if org.kind != "organization" or org.key or self._membership_body(org):
            return False
        words = {t.lower_ for t in m.span}
        member_states = words & STATE_NOUNS and words & {"member", "members", "participating",
                                                         "-", "‐", "–"}
        return not (words & MEMBERSHIP_HEADS or member_states)

    def _counted_before(self, m: factrules.RuleMatch) -> bool:
        """"The EU released a statement … The twenty-five member states have called …": a
        count of member states as its clause's subject, in a sentence that names no
        organization, counts the one named before; never a bare "all 50 states", "the 15
        members of the council" (the noun names its body) or "the EuroAsEC consists of six
        members" (a name the data does not know is the subject)."""
        doc, end = self.an.doc, m.span.end
        return not self._sent_orgs(m.span.sent) and \
            any(t.lower_ in ("member", "members", "participating") for t in m.span) and \
            m.span.root.dep_ in ("nsubj", "nsubjpass") and \
            not (end < len(doc) and doc[end].lower_ == "of")

    def _bare_states(self, m: factrules.RuleMatch) -> bool:
        """"on ballot in all 50 states", "records in all 50 states": "all/the N states" with no
        word of membership, in a sentence that names no organization, counts a country's
        states (the document's main organization is not what they make up)."""
        words = [t.lower_ for t in m.span]
        return bool(words) and words[0] in ("all", "the") and words[-1] == "states" and \
            not {"member", "members", "participating"} & set(words) and \
            not self._sent_orgs(m.span.sent)

    def _former_state(self, t: Token) -> bool:
        """A country written after "former", "ex-" or "post-" ("six former Soviet states",
        "post-Soviet republics"): where the states come from, not a country whose own states
        the number counts ("all 50 U.S. states")."""
        doc = self.an.doc
        k = t.i - 1
        if k >= 0 and doc[k].text in ("-", "‐"):
            k -= 1
        return k >= 0 and doc[k].lower_ in FORMER_WORDS

    def _counts_other(self, m: factrules.RuleMatch, org: LocalEntity) -> bool:
        """What the number counts is not the organization's membership: the organization's
        name modifies another noun ("a five member UN commission", ``_modifies_other_body``
        or a noun right after the name), a country names the states ("all 50 U.S. states",
        "the 16 German states"), the noun goes on with "of" and an unnamed body ("the five
        members of the committee") or another named one (``the_n_members_of`` reads it), a
        unit the organization's name modifies (``_of_org_unit``), or goes on with those there
        ("the 122 nations present")."""
        doc, end = self.an.doc, m.span.end
        inside = [t for t in m.span if self.an.entity_at(t) is org]
        if inside:
            last = self.an.mention_span(self.an.mention_at(inside[-1])).end
            head = doc[last] if last < len(doc) else None
            if head is not None and head.lower_ in INNER_BODIES or \
                    self._modifies_other_body(inside[-1]):
                return True
        if any((e := self.an.entity_at(t)) is not None and e.kind == "country" and
               not self._former_state(t) for t in m.span):
            return True
        if end < len(doc) and doc[end].lower_ in THERE:
            return True
        if self._of_org_unit(m, org):
            return True
        if end + 2 < len(doc) and doc[end].lower_ == "of" and not inside:
            obj = doc[end + 2] if doc[end + 1].lower_ in ("the", "its", "this") else doc[end + 1]
            named = self.an.entity_at(obj)
            if named is not None and named is not org:
                return True  # "all 15 member nations of the U.N. Security Council": not the UN's
            return obj.pos_ == "NOUN" and obj.lower_ not in ORG_NOUNS and \
                self.an.entity_at(obj) is None
        return False

    def _of_org_unit(self, m: factrules.RuleMatch, org: LocalEntity) -> bool:
        """"the 10 members of the IAEA inspection team", "the 35 members of the IAEA Board of
        Governors", "200 members of the Hamas security force": the organization named after
        "of" (and its bracketed abbreviation) modifies a unit noun, whose members are counted."""
        doc, end = self.an.doc, m.span.end
        named = [t for t in m.span if self.an.entity_at(t) is org]
        if named:  # the_n_members_of: "… of the ORG (ABBR)" inside the match
            first, last = named[0], named[-1]
        elif end + 2 < len(doc) and doc[end].lower_ == "of":
            first = last = doc[end + 1 + (doc[end + 1].lower_ in ("the", "its", "this"))]
        else:
            return False
        if self.an.entity_at(first) is not org or self.an.mention_at(last) is None:
            return False
        start = self.an.mention_span(self.an.mention_at(first)).start
        if not any(t.lower_ == "of" for t in doc[max(start - 2, 0):start]):
            return False  # "a five member UN commission" is _counts_other's own case
        after = self.an.mention_span(self.an.mention_at(last)).end
        if after < len(doc) and doc[after].text == ")":
            after += 1
        elif after < len(doc) and doc[after].text == "(":
            close = next((t.i for t in doc[after:min(after + 6, len(doc))] if t.text == ")"), None)
            after = close + 1 if close is not None else after
        for t in doc[after:min(after + 3, m.span.sent.end)]:  # "inspection team", "Board"
            if t.is_punct or t.pos_ in ("VERB", "AUX", "DET", "ADP", "CCONJ", "PRON"):
                return False
            if t.lower_ in INNER_BODIES:
                return True
        return False

    def _named_number(self, m: factrules.RuleMatch) -> bool:
        """"citizens of the Six Nations", "the Five Eyes": a number word in title case inside
        a sentence, after a lower-case word and before a title-case word, opens a name; it
        counts no members."""
        doc = self.an.doc
        return any(t.like_num and t.is_alpha and t.is_title and t.i > t.sent.start and
                   t.i + 1 < len(doc) and doc[t.i + 1].is_title and doc[t.i - 1].is_lower
                   for t in m.span)

    def _subset(self, m: factrules.RuleMatch) -> bool:
        """"the ten countries that joined in 2004": a relative clause that picks some members
        out, unless its verb says what the whole is ("the 27 states that make up the EU")."""
        doc, end = self.an.doc, m.span.end
        if end + 1 < len(doc) and doc[end].lower_ == "to" and doc[end + 1].pos_ in ("VERB", "AUX") \
                and m.span[-1].lower_ in COUNTED:
            return True  # "among the 188 countries to have signed the NPT": signatories
        if end >= len(doc) or doc[end].lower_ not in ("that", "which", "who"):
            return False
        verb = next((t for t in doc[end + 1:end + 4] if t.pos_ in ("VERB", "AUX")), None)
        return verb is None or verb.lemma_.lower() not in COMPOSE


class Memberships(Slots):
    GROUP = "memberships"
    PREDICATES = ("member_of",)

    def claim(self, m: factrules.RuleMatch, found: list[factrules.RuleMatch]) -> None:
        if not self._factual(m) or self._non_member(m) or self._bounded(m, "until") or \
                self._then_left(m):
            return  # "of which Russia was a member until 2022": not as of the report
        if m.rule.slot("list") == "complete" and self._founders(m):
            return  # founding_members_list reads "the founding members of X were A and B"
        org = self._org(m)
        if m.rule.slot("org_in_noun"):  # "accepted A as members of the EU": the EU, not the agent
            org = self._org_of_noun(m) or org
        if m.rule.slot("body_to_org") and org is not None and org.kind == "body":
            org = self._parent_org(org)  # "the Council of Foreign Ministers of the CSTO member
            # states": the states are members of the CSTO
        if m.rule.slot("members") == "list" and self._list_modifies_noun(m):
            return  # "The group was comprised of U.S. and British civilian experts"
        # a state is no member of its own institution ("withdrew its bill from Parliament":
        # "Parliament of New Zealand")
        members = [e for e in self._members(m) if e is not org and
                   not (org is not None and org.name.endswith(f" of {e.name}"))]
        if org is None or not members or org.kind not in ORG_KINDS or \
                len(members) < m.rule.slot("min_members", 1) or self._denied(m):
            return
        if m.rule.slot("after_members") and not self._after_members(m):
            return
        if m.rule.slot("whole_name") and self._name_cut(m):
            return  # a body's name the mentions cut in two ("the supreme national | security …")
        heads = m.rule.slot("org_heads")
        if heads and not any(n.lower().rsplit(" ", 1)[-1] in heads for n in (org.name, *org.aliases)):
            return  # "NAFTA among A, B and C": only an agreement is "among" its parties
        complete = self._complete(m, org, members)
        for other in self._conjoined_orgs(m, org):  # "a member of both the SCO and the CIS"
            self._emit_members(m, found, other, members, False)
        self._emit_members(m, found, org, members, complete)

    def _name_cut(self, m: factrules.RuleMatch) -> bool:
        """The organization node's mention right after another organization's or body's
        mention (a text's "the supreme national | security council"): the text names one body the
        mentions cut in two, and the known name after the cut is not the one the text names
        (memb19, ``whole_name``)."""
        node = m.nodes.get("org")
        at = self.an.mention_at(node) if node is not None else None
        if at is None:
            return False
        first = self.an.mention_span(at).start
        if first == 0:
            return False
        before = self.an.entity_at(self.an.doc[first - 1])
        return before is not None and before.kind in ORG_KINDS

    def _conjoined_orgs(self, m: factrules.RuleMatch, org: LocalEntity) -> list[LocalEntity]:
        """The organizations coordinated with the one a node rule read ("of both A and B")."""
        node = m.nodes.get("org")
        if m.rule.slot("org") != "node" or node is None:
            return []
        out: list[LocalEntity] = []
        for c in node.conjuncts:
            e = self.an.entity_at(c)
            if e is not None and e.kind in ORG_KINDS and e is not org and e not in out:
                out.append(e)
        return out

    def _emit_members(self, m: factrules.RuleMatch, found: list[factrules.RuleMatch],
                      org: LocalEntity, members: list[LocalEntity], complete: bool) -> None:
        sent = m.span.sent
        qualifier = m.rule.slot("qualifier") or ("complete_list" if complete else None)
        how = m.rule.slot("date", "doc")
        since = self._since(m) if how == "doc" else None  # "a member … since 1986"
        groups: list[tuple[list[LocalEntity], Span]] = [(members, m.span)]
        cont = m.rule.slot("continue")
        if cont:  # "…; D in 1999": each later group with its own year
            groups += [(self._ents(c.span, ("country",)), c.span) for c in found
                       if c.rule.name == cont and c.span.sent == sent and c.span.start >= m.span.end]
        for group, span in groups:
            for e in group:
                when: TimeValue | None = since
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
                if qualifier == "joined" and self._future(when):
                    continue  # "accepted as members from January 1, 2007": not yet a member
                self._emit("member_of", e.local_id, m, 0.9 if complete else 0.8,
                           object=org.local_id, qualifier=qualifier, when=when,
                           specific=when is not None)

    def _list_modifies_noun(self, m: factrules.RuleMatch) -> bool:
        """A list that ends the match as the modifier of a noun after it ("comprised of U.S.
        and British civilian experts"): the experts are listed, not the countries."""
        first = m.span[-1]
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # the coordination's head carries the relation to the noun
        return first.dep_ in ("amod", "compound", "nmod") and first.head.i >= m.span.end and \
            self.an.entity_at(first.head) is None

    def _then_left(self, m: factrules.RuleMatch) -> bool:
        """"It was a member of the Andean Community …, but withdrew six years later": the
        verb a node rule read has a conjoined verb of leaving."""
        verb = m.nodes.get("verb")
        return verb is not None and any(c.lemma_.lower() in LEFT for c in verb.conjuncts)

    def _after_members(self, m: factrules.RuleMatch) -> bool:
        """"They are A, B and C" continues a list only after a sentence about the members
        ("The SCO has three members."), within coref's reach."""
        sent = m.span.sent
        if sent.start == 0:
            return False
        before = self.an.doc[sent.start - 1].sent
        return self.discourse.window(sent.start_char) <= before.start_char and any(
            t.lemma_.lower() in ("member", "membership") for t in before)

    def _non_member(self, m: factrules.RuleMatch) -> bool:
        """"Serbia is a non-member of NATO", "candidate member states: A, B": the member noun
        the rule read is negated or put off by the word before it."""
        doc = self.an.doc
        for t in (*m.span, *m.nodes.values()):
            if t.lemma_.lower() not in ("member", "membership"):
                continue
            before = [doc[k].lower_ for k in range(max(t.i - 2, 0), t.i)]
            if before[-1:] in (["non"], ["non-"]) or before == ["non", "-"] or \
                    before[-1:] and before[-1] in NOT_YET or {"neither", "nor"} & set(before):
                return True  # "Iran is neither a member of the UN Security Council nor …"
            if m.rule.slot("qualifier") == "joined" and t.i + 2 < len(doc) and \
                    doc[t.i + 1].lower_ == "to" and doc[t.i + 2].pos_ in ("VERB", "AUX"):
                return True  # "Spain became the first EU member to ratify": a member already
        return bool(m.rule.slot("guard_noun")) and self._noun_put_off(m)

    def _noun_put_off(self, m: factrules.RuleMatch) -> bool:
        """A rule's member-kind noun or its organization with a word before it that puts the
        membership off ("an EU candidate country", "the only non-NATO country", "a former EU
        state"), or a word other than "member" between the organization and the noun ("a
        NATO partner country"): ``guard_noun`` rules (memb17) read nouns other than "member"."""
        doc = self.an.doc
        noun, org = m.nodes.get("noun"), m.nodes.get("org")
        if noun is not None and org is not None and org.i < noun.i and \
                any(t.lower_ not in ("member", "-", "‐") for t in doc[org.i + 1:noun.i]):
            return True  # "a NATO partner country", "an EU candidate country": another noun's
        for key in ("noun", "org"):
            t = m.nodes.get(key)
            if t is None:
                continue
            before = [doc[k].lower_ for k in range(max(t.i - 2, 0), t.i)]
            if before[-1:] in (["non"], ["non-"]) or before == ["non", "-"] or \
                    before[-1:] and before[-1] in NOT_YET:
                return True
        return False

    def _founders(self, m: factrules.RuleMatch) -> bool:
        """"The founding members of NATO were A, B and C": a member noun after a word of
        founding names the founders, neither the whole membership nor the one of today."""
        doc = self.an.doc
        return any(t.lemma_.lower() in ("member", "membership") and t.i > 0 and
                   doc[t.i - 1].lower_ in FOUNDING for t in (*m.span, *m.nodes.values()))

    def _since(self, m: factrules.RuleMatch) -> TimeValue | None:
        """The year of "since YEAR" said of the match's member noun or verb ("has been a member
        of the EU since 1986"): the membership holds from then (the joining year)."""
        return self._bounded(m, "since")

    def _org_of_noun(self, m: factrules.RuleMatch) -> LocalEntity | None:
        """The organization the rule's noun names with "of"/"in" ("as members of the EU")."""
        noun = m.nodes.get("noun")
        for prep in (noun.children if noun is not None else ()):
            if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (org := self._org_at(obj)) is not None:
                        return org
        return None

    def _future(self, when: TimeValue | None) -> bool:
        """A joining dated after the report (ISO strings compare by date; a year alone is
        not after a day of the same year)."""
        anchor = self.an.anchor
        return when is not None and anchor is not None and when.value[:10] > anchor.value[:10] \
            and not anchor.value.startswith(when.value)

    def _complete(self, m: factrules.RuleMatch, org: LocalEntity,
                  members: list[LocalEntity]) -> bool:
        """Whether a list names the whole membership, so that a country it leaves out is not a
        member.  This is the one place that decides it (the knowledge base and re-dating trust
        the ``complete_list`` mark): the construction says so (``list: complete``), or the
        document states a count equal to the number listed; never a list that ends "and
        others", nor one in a text that stops inside the list's sentence (a page cut)."""
        how = m.rule.slot("list")
        if how == "partial" and m.rule.slot("members") not in ("list", "lines", "list_or_next"):
            return False
        if how not in ("complete", "partial") or PARTIAL_TAIL.match(
                self.an.text[m.span.end_char:m.span.end_char + 40]):
            return False
        doc, sent = self.an.doc, m.span.sent
        last = next((t for t in reversed(sent) if not t.is_space), None)
        if sent.end >= len(doc) - 1 and last is not None and last.text not in TERMINAL:
            return False  # the text stops inside the list's sentence: a page cut mid-list
        return how == "complete" or len(members) in self._stated_counts(m, org)

    def _stated_counts(self, m: factrules.RuleMatch, org: LocalEntity) -> set[int]:
        """Member counts the list's sentence states, and those the document claims for its
        organization ("The CSTO has six members. … Armenia, Belarus, …")."""
        out = {n for c in self.matches("member_counts") if c.span.sent == m.span.sent
               for n in [number(c.span)] if n is not None}
        return out | {int(d.claim.value) for d in self.drafts
                      if d.claim.predicate == "member_count" and d.claim.subject == org.local_id
                      and (d.claim.value or "").isdigit()}
