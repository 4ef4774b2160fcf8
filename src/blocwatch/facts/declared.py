"""Reading a named pattern match: who (the members, the chair), which organization, when.

The slots a rule declares in ``data/patterns/*.json`` say where each part of the claim is in
the match; ``Slots.run`` hands each named match of a rule file to its predicate module
(memberships.py, chairs.py, founding.py), which reads the slots here and adds the claim under
the rule's name (``facts.rules.v2:NAME``).  No construction is written
here: a new construction is a new pattern in the data."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from spacy.tokens import Span, Token

from .. import timex
from ..records import LocalEntity, TimeValue
from . import coref
from . import rules as factrules
from .base import Base

ORG_NOUNS = coref.words("org", "nouns")
INTENT = {"plan", "intend", "expect", "hope", "want", "aim", "seek", "try", "wish", "apply",
          "bid", "aspire", "prepare", "decide", "agree", "consider", "ask", "propose", "offer",
          "invite", "urge", "call", "vote", "push", "need"}
MODALS = {"could", "may", "might", "should", "would", "can", "must", "will", "shall", "'ll"}
PARTIAL_TAIL = re.compile(r"^\s*(?:,\s*)?(?:and|or)\s+(?:other|others|more|several|some)\b|"
                          r"^\s*(?:,\s*)?(?:among\s+others|etc\b|and\s+so\s+on)")
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90}
# "the sixtieth anniversary", "its twenty-fifth anniversary" (memb13): a tens word before a
# hyphen adds to the unit ordinal after it
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
ORG_KINDS = ("organization", "body")
RELATIVE_PRONOUNS = {"which", "that"}  # a relative clause's subject stands for the noun it is on
BODY_NOUNS = coref.words("org", "body_nouns")
MEMBERSHIP_HEADS = coref.words("org", "membership_heads")
NP_LINKS = {"appos", "conj", "compound", "dobj", "npadvmod", "nmod"}
MEMBER_NOUNS = {"member", "ally"}
# how far back a member list whose sentence names no organization looks for one
PRECEDING_SENTENCES = 3


def number(tokens: Span | list[Token]) -> int | None:
    """The number a run of tokens writes: "56", "six", "twenty-seven", "twenty seven"."""
    # "twenty-five" may come as one token
    words = [w for t in tokens if t.like_num and not t.is_punct for w in t.lower_.split("-")]
    if not words:
        return None
    if len(words) == 1 and words[0].replace(",", "").isdigit():
        return int(words[0].replace(",", ""))
    total = 0
    for w in words:
        if w not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[w]
    return total


class Slots(Base):
    """The generic runner of one rule file: every named match whose rule claims one of
    ``PREDICATES`` goes to ``claim``, which reads the rule's slots (here) and adds the claim
    under the rule's name.  A predicate module says only what its slots mean."""

    GROUP: str = ""
    PREDICATES: tuple[str, ...] = ()

    def run(self) -> None:
        found = self.matches(self.GROUP)
        for m in found:
            if m.rule.predicate in self.PREDICATES:
                self.claim(m, found)

    def claim(self, m: factrules.RuleMatch, found: list[factrules.RuleMatch]) -> None:
        raise NotImplementedError

    # --- matching ------------------------------------------------------------------------
    def matches(self, group: str) -> list[factrules.RuleMatch]:
        """The named matches of one rule file (all files are matched once per document)."""
        if self.ctx.matches is None:
            an = self.an
            kinds = {t: an.mentions[i].kind for t, i in an.mention_tokens.items()
                     if i in an.entity_of_mention}
            years: set[int] = set()
            for t in an.timexes:
                if t.kind == "date" and t.year is not None and an.usable(t) and not (
                        an.dateline_span[0] <= t.start < an.dateline_span[1]):
                    span = an.doc.char_span(t.start, t.end, alignment_mode="expand")
                    years.update(range(span.start, span.end) if span is not None else ())
            self.ctx.marks = factrules.mark(an.doc, kinds, years)
            self.ctx.matches = factrules.find(an.doc, self.ctx.marks)
        found: dict[str, list[factrules.RuleMatch]] = self.ctx.matches
        return found[group]

    def _emit(self, predicate: str, subject: str, m: factrules.RuleMatch, conf: float,
              **kw: Any) -> None:
        self.add(predicate, subject, m.span.sent, conf, m.rule.name,
                 version=factrules.VERSION, **kw)

    # --- reading slots -------------------------------------------------------------------
    def _ents(self, span: Span, kinds: tuple[str, ...], listed: bool = False
              ) -> list[LocalEntity]:
        out: list[LocalEntity] = []
        for t in span:
            if listed and t.i not in self.ctx.marks.listed:
                continue
            e = self.an.entity_at(t)
            if e is not None and e.kind in kinds and e not in out:
                out.append(e)
        return out

    def _node_ents(self, tok: Token, kinds: tuple[str, ...]) -> list[LocalEntity]:
        """The entities a node names with its conjuncts and appositions ("Pakistan and India
        joined", "Asian rivals Pakistan and India joined"), not those inside its prepositional
        phrases ("the leaders of Russia")."""
        out: list[LocalEntity] = []
        todo = [tok, *tok.conjuncts]
        seen: set[int] = set()
        while todo:
            t = todo.pop(0)
            if t.i in seen:
                continue
            seen.add(t.i)
            e = self.an.entity_at(t)
            if e is not None and e.kind == "person" and "person" not in kinds:
                continue  # "U.S. Marshal James Plousis joined …": a person, not his country
            if e is not None and e.kind in kinds and e not in out:
                out.append(e)
            todo += [c for c in t.children if c.dep_ in NP_LINKS]
            if t.lower_ in factrules.STATE_NOUNS:  # "the Republic of Kyrgyzstan"
                todo += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"]
        return out

    def _antecedent(self, tok: Token) -> LocalEntity | None:
        """"the organisation", "the bloc": the organization last named before it, else the
        document's main one; "the council", "the commission": the body last named.  (Not
        limited to coref's window: a name the noun heads and a known organization named
        earlier beat a nearer other name, which kept two counts and a chair on news_gold.)"""
        kinds = ORG_KINDS if tok.lower_ in BODY_NOUNS else ("organization",)
        noun = tok.lemma_.lower()
        best: tuple[bool, bool, int, LocalEntity] | None = None
        for i, e in self.an.entity_of_mention.items():
            m = self.an.mentions[i]
            # a name the noun heads ("the council": the Security Council), then an international
            # organization of the knowledge data, before any other name
            heads = tok.lower_ in BODY_NOUNS and any(
                n.lower().rsplit(" ", 1)[-1] in (noun, tok.lower_) for n in (e.name, *e.aliases))
            rank = (heads, bool(m.key), m.end)
            if e.kind in kinds and m.end <= tok.idx and (best is None or rank > best[:3]):
                best = (*rank, e)
        return best[3] if best else self.an.dominant_org

    def _org_at(self, tok: Token, pronoun: bool = False) -> LocalEntity | None:
        if tok.lower_ in RELATIVE_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass") and \
                tok.head.dep_ == "relcl":
            tok = tok.head.head  # "NATO, which was founded in 1949": the noun the clause is on
        e = self.an.entity_at(tok)
        if e is not None and e.kind in ORG_KINDS:
            return None if self._modifies_other_body(tok) else e
        if pronoun and tok.lower_ in coref.words("org", "pronouns") and \
                tok.dep_ in ("nsubj", "nsubjpass"):
            # "It was founded in 1967": the organization named nearest before it (a subject
            # first) within coref's reach, else the one last named
            return self.discourse.antecedent(tok, ("organization",), subject=True) or \
                self._antecedent(tok)
        if tok.lower_ not in ORG_NOUNS and tok.lemma_.lower() not in ORG_NOUNS:
            return None
        definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its", "our")
                       for c in tok.children) or (
            # "bloc members Germany and France": the noun modifying "members" refers back
            tok.dep_ in ("compound", "nmod", "amod") and tok.head.lemma_.lower() in MEMBER_NOUNS)
        if tok.dep_ == "appos":  # "ASEAN, a 10-member regional body"
            e = self.an.entity_at(tok.head)
            if e is not None and e.kind in ORG_KINDS:
                return e
        for c in tok.children:
            # "ASEAN, the regional body"; "the Foro de São Paulo organization" (its own name)
            if c.dep_ in ("appos", "compound", "nmod"):
                e = self.an.entity_at(c)
                # a name right before the noun names it; with other words between, it only
                # modifies it ("join African Union continental free trade bloc": not the AU)
                if e is not None and e.kind in ORG_KINDS and (
                        c.dep_ == "appos" or self._name_ends_before(c, tok)):
                    return e
        if tok.dep_ == "attr":  # "The OTS is an intergovernmental organization comprising …"
            for c in tok.head.children:
                e = self.an.entity_at(c) if c.dep_ == "nsubj" else None
                if e is not None and e.kind in ORG_KINDS:
                    return e
        left = tok.left_edge.i
        if left >= 2 and self.an.doc[left - 1].text == ",":  # "ASEAN, a regional body"
            e = self.an.entity_at(self.an.doc[left - 2])
            if e is not None and e.kind in ORG_KINDS:
                return e
        if self._ents(self.an.doc[tok.left_edge.i:tok.i], ORG_KINDS):
            return None  # "the ASEAN continental free trade bloc": another body, not ASEAN
        return self._antecedent(tok) if definite else None

    def _modifies_other_body(self, tok: Token) -> bool:
        """"join African Union continental free trade bloc": the name is followed, in its noun
        phrase, by two or more lower-case words ending in an organization noun (the bloc
        joined is another one, whatever the parser made the object)."""
        i = self.an.mention_at(tok)
        if i is None:
            return False
        doc, j = self.an.doc, self.an.mention_span(i).end
        for k in range(j, min(j + 6, len(doc))):
            t = doc[k]
            if not (t.is_lower and t.is_alpha and not t.is_stop):  # the parser may tag a verb
                return False
            if t.lower_ in ORG_NOUNS and k - j >= 2:
                return True
        return False

    def _name_ends_before(self, c: Token, tok: Token) -> bool:
        """Whether the mention covering ``c`` ends right before ``tok`` (its brackets or a
        possessive aside), or one lower-case word before it ("the CSTO military alliance",
        "the SCO security bloc"; two or more, "the ASEAN continental free trade bloc", name
        another body)."""
        i = self.an.mention_at(c)
        if i is None:
            return False
        end = self.an.mention_span(i).end
        between = self.an.doc[end:tok.i]
        if len(between) == 1 and between[0].is_lower and between[0].is_alpha:
            return True
        return end == tok.i or all(t.text in ("(", ")", "'s", "’s") or self.an.entity_at(t)
                                   is not None for t in between)

    def _org(self, m: factrules.RuleMatch) -> LocalEntity | None:
        how = m.rule.slot("org", "span")
        sent = m.span.sent
        if how == "node":
            return self._org_at(m.nodes["org"], bool(m.rule.slot("pronoun"))) \
                if "org" in m.nodes else None
        if how == "antecedent":  # "These members include …": the organization named before
            return self.discourse.antecedent(m.span[0], ("organization",))
        if how in ("discourse", "preceding"):  # the sentence's own organization, else …
            # (for a list that may name its organization, a membership body or a known body
            # anywhere in the sentence: "is a member of the UN Security Council")
            if how == "preceding":
                named = [(start, e) for start, e in self._sent_orgs(sent, ORG_KINDS)
                         if self._membership_body(e) or e.kind == "body"]
            else:
                named = [(start, e) for start, e in self._sent_orgs(sent)
                         if not m.span.start_char <= start < m.span.end_char]
            orgs = [(abs(start - m.span.start_char), e) for start, e in named]
            if orgs:
                return min(orgs, key=lambda x: x[0])[1]
            if how == "preceding":  # "The current members are A, B and C."
                return self._preceding_org(sent)
            return self.discourse.antecedent(m.span[0], ("organization",))
        inside = self._ents(m.span, ORG_KINDS)
        if inside:
            return inside[-1] if how == "last" else inside[0]
        if m.span[0].lower_ == "it":  # "It includes A, B and C": the organization named before
            return self._org_at(m.span[0], pronoun=True)
        for t in reversed(m.span):
            if t.lower_ in ORG_NOUNS:
                return self._org_at(t)
        if how in ("span", "span_or_noun", "last"):
            return None
        if how == "near":  # "… presidency of the CSTO", "the chairmanship in the OSCE"
            after = self.an.doc[m.span.end:min(m.span.end + 4, sent.end)]
            if len(after) and after[0].lower_ in ("of", "in", "over", "at"):
                got = self._ents(after, ORG_KINDS)
                if got:
                    return got[0]
        if how in ("near", "sentence"):
            orgs = [(abs(e_start - m.span.start_char), e) for e_start, e in self._sent_orgs(sent)]
            if orgs:
                return min(orgs, key=lambda x: x[0])[1]
            verb = self.an.clause_verb(m.span.root)
            of_next = m.span.end < len(self.an.doc) and self.an.doc[m.span.end].lower_ == "of"
            subject = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")
                       # "all 25 member states vote" names no other organization; "the 15
                       # members of the council" names its own (the_n_members_of reads it)
                       and not (m.span.start <= t.i < m.span.end and not of_next)
                       and t.pos_ in ("PROPN", "NOUN") and self.an.entity_at(t) is None
                       and t.lower_ not in ORG_NOUNS and not t.is_stop
                       ] if m.rule.predicate == "member_count" else []
            # a name the data does not know may be the organization ("the EuroAsEC consists
            # of six members"): the document's main organization only when there is none
            return None if subject else self.an.dominant_org
        return None

    def _preceding_org(self, sent: Span) -> LocalEntity | None:
        """The organization a member list belongs to when its own sentence names none ("The
        SCO was founded in 2001. The current members are A, B and C."): the one membership
        body (``_membership_body``) that the ``PRECEDING_SENTENCES`` before it name; when
        they name several, the nearest only if it is also the document's main one, else none
        (not stated); when they name none, the document's main one, if one leads."""
        lo = self._preceding_start(sent)
        named = sorted(((m.start, b) for i, e in self.an.entity_of_mention.items()
                        for m in [self.an.mentions[i]] if lo <= m.start < sent.start_char
                        for b in [self._body_with_members(e)] if b is not None),
                       key=lambda x: x[0])
        main = self._main_org()
        if not named:
            return main
        nearest = named[-1][1]
        if len({e.local_id for _, e in named}) == 1 or (
                main is not None and nearest.local_id == main.local_id):
            return nearest
        return None

    def _preceding_start(self, sent: Span) -> int:
        """The first char of the ``PRECEDING_SENTENCES`` before ``sent``."""
        starts = self.discourse.sents
        k = starts.index(sent.start_char) if sent.start_char in starts else 0
        return starts[max(k - PRECEDING_SENTENCES, 0)]

    def _main_org(self) -> LocalEntity | None:
        """The membership body the document names most often (a known body counting for its
        organization), when no other is named as often (a tie names no main one)."""
        bodies = {e.local_id: b for e in self.an.entities
                  for b in [self._body_with_members(e)] if b is not None}
        counts = Counter(bodies[e.local_id].local_id
                         for e in self.an.entity_of_mention.values() if e.local_id in bodies)
        top = counts.most_common(2)
        if not top or (len(top) == 2 and top[0][1] == top[1][1]):
            return None
        return next(b for b in bodies.values() if b.local_id == top[0][0])

    def _parent_org(self, body: LocalEntity) -> LocalEntity | None:
        """The organization a known body belongs to (knowledge data), as named in the document
        or by its knowledge key."""
        known = self.an.kb.entities.get(body.key or "")
        parent = self.an.kb.entities.get(known.parent or "") if known is not None else None
        if parent is None:
            return None
        named = next((e for e in self.an.entities if e.key == parent.key), None)
        return named or LocalEntity(parent.key, "organization", parent.name, (), parent.key, ())

    def _body_with_members(self, e: LocalEntity) -> LocalEntity | None:
        """The membership body a name stands for: itself, or the organization of a known body
        ("the CIS Council of Heads of State" is the CIS's: its members are the CIS's)."""
        if self._membership_body(e):
            return e
        parent = self._parent_org(e) if e.kind == "body" and e.key else None
        return parent if parent is not None and self._membership_body(parent) else None

    @staticmethod
    def _membership_body(e: LocalEntity) -> bool:
        """An organization with member states: one of the knowledge data, or a name it does
        not know that opens or closes with a word of such a body ("Organization of Turkic
        States", "Eurasian Economic Community"), never a ministry, company or outlet."""
        if e.kind != "organization":
            return False
        if e.key:
            return e.key.startswith("org:")
        words = e.name.lower().split()
        return bool(words) and (words[0] in MEMBERSHIP_HEADS or words[-1] in MEMBERSHIP_HEADS)

    def _sent_orgs(self, sent: Span, kinds: tuple[str, ...] = ("organization",)
                   ) -> list[tuple[int, LocalEntity]]:
        out = []
        for i in self.an.mentions_in(sent, kinds):
            e = self.an.entity_of_mention.get(i)
            if e is not None:
                out.append((self.an.mentions[i].start, e))
        return out

    def _members(self, m: factrules.RuleMatch) -> list[LocalEntity]:
        how = m.rule.slot("members", "list")
        if how == "node":  # an organization may be one where the rule says so ("The FARC is a
            # member of the Foro de São Paulo")
            kinds = tuple(m.rule.slot("member_kinds", ("country",)))
            if "member" not in m.nodes:
                return []
            node = m.nodes["member"]
            if m.rule.slot("coref") and node.lower_ in coref.words("member", "pronouns"):
                # "It is a founding member of the EU" after "Belgium is a country in Europe."
                e = self.discourse.antecedent(node, tuple(coref.classes()["member"]["kinds"]),
                                              subject=node.dep_ in ("nsubj", "nsubjpass"))
                return [e] if e is not None and e.kind in kinds else []
            heads = [node, *node.conjuncts]
            # an organization only as the subject itself, never a modifier of it ("the CSTO
            # member states are members of the OSCE": the states are)
            return [e for e in self._node_ents(node, kinds) if e.kind == "country" or
                    any(self.an.entity_at(t) is e for t in heads)]
        if how == "subtree" and m.rule.slot("coref") and \
                m.nodes["member"].lower_ in coref.words("member", "pronouns"):
            # "Kazakhstan is a country in Asia. It holds the rotating presidency of the SCO"
            node = m.nodes["member"]
            e = self.discourse.antecedent(node, ("country", "organization"),
                                          subject=node.dep_ in ("nsubj", "nsubjpass"))
            return [e] if e is not None and e.kind == "country" else []
        if how == "subtree":  # "the Kazakh foreign minister", "Kazakhstan's delegation"
            got = self._ents(self.an.doc[m.nodes["member"].left_edge.i:
                                         m.nodes["member"].right_edge.i + 1], ("country",))
            return got[:1]
        if how == "lines":
            return self._lines_after(m.span)
        if how == "antecedent_set":  # "the Member State Ministers": the states named before
            states = self.discourse.antecedent_set(m.span[0], ("country",))
            if m.rule.slot("held_by_named"):  # … whose office holders that sentence names
                held = self._position_countries(m.span.sent.start_char, m.span[0])
                states = [e for e in states if e in held]
            return states
        if how == "items_after":  # "These members include: A, B and C" (parties or states)
            return self._items_after(m)
        if how == "representatives_after":  # "Defence ministers of the EU member states met"
            return self._representatives_after(m)
        if how == "holders_after":  # "… of the Member States: Mr. X, Minister … of A; …"
            return self._holders_after(m)
        if how == "list_or_next":  # the parser may end the sentence at the colon
            return self._ents(m.span, ("country",), listed=True) or self._list_after(m.span)
        countries = self._ents(m.span, ("country",))
        if how == "list":  # the countries of the list, not a modifier before it ("ex-Soviet")
            return self._ents(self.an.doc[m.span.start:m.span.end], ("country",), listed=True)
        if how == "first":
            return countries[:1]
        if how == "person":
            return [c for p in self._ents(m.span, ("person",))
                    for c in [self._person_country(p, m.span, countries)] if c is not None]
        return countries

    def _items_after(self, m: factrules.RuleMatch) -> list[LocalEntity]:
        """The names listed after the match to the end of its sentence: each country named as
        a noun, and each organization that opens a list item (after a comma, "and" or the
        verb), not a name inside another ("the Communist Party of Cuba": no Cuba)."""
        kinds = tuple(m.rule.slot("member_kinds", ("country",)))
        out: list[LocalEntity] = []
        doc = self.an.doc
        for t in doc[m.span.end:m.span.sent.end]:
            e = self.an.entity_at(t)
            if e is None or e.kind not in kinds or e in out:
                continue
            span = self.an.mention_span(self.an.mention_at(t))  # type: ignore[arg-type]
            first = span.start
            if span.end < len(doc) and doc[span.end].lower_ == "of":
                continue  # "the Communist Party of Cuba": a name that goes on past the mention
            prev = doc[first - 1] if first > m.span.end else m.span[-1]
            if prev.lower_ == "the" and first - 2 >= m.span.end:
                prev = doc[first - 2]
            opens = prev.i == m.span.end - 1 or prev.lower_ in factrules.LIST_GLUE or \
                prev.text in (":", ";")
            if opens and (e.kind != "country" or t.i in self.ctx.marks.listed):
                out.append(e)
        return out

    def _position_countries(self, before: int, tok: Token) -> list[LocalEntity]:
        """The countries of the offices (positions found) stated in the sentences before
        ``before`` within coref's reach of ``tok``."""
        lo = self.discourse.window(tok.idx)
        ids = {e.local_id: e for e in self.an.entities}
        return [ids[c.object] for d in self.drafts for c in [d.claim]
                if c.predicate == "holds_position" and c.object in ids
                and lo <= c.evidence[0].start < before]

    def _representatives_after(self, m: factrules.RuleMatch) -> list[LocalEntity]:
        """"Defence ministers of the 27 EU member states met …": the states whose holder of
        that title (the positions found: "Poland's defence minister X") the text names in a
        later sentence within coref's reach of the match, not in a sentence that calls them
        guests, observers, partners or counterparts."""
        nouns = coref.words("member_set", "representatives")
        noun = next((t for t in m.span if t.lower_ in nouns), None)
        if noun is None:
            return []
        want = noun.lemma_.lower().rstrip("s")
        before = self.an.doc[noun.i - 1] if noun.i > 0 else None  # "Defence ministers"
        field = before.lower_.replace("defense", "defence") if before is not None and \
            before.is_alpha and not before.is_stop and self.an.entity_at(before) is None else ""
        sent, reach = m.span.sent, self.discourse.window
        outside = coref.words("member_set", "not_members")
        ids = {e.local_id: e for e in self.an.entities}
        out: list[LocalEntity] = []
        for d in self.drafts:
            c = d.claim
            e = ids.get(c.object or "")
            if c.predicate != "holds_position" or e is None or e.kind != "country" or e in out:
                continue
            ev = c.evidence[0]
            if ev.start < sent.end_char or reach(ev.start) > sent.start_char:
                continue  # a later sentence within reach ("… met with X" is no member)
            role = (c.role or "").lower().replace("defense", "defence")
            if want not in role or (field and field not in role) or \
                    not outside.isdisjoint(re.findall(r"[a-z-]+", ev.text.lower())):
                continue
            out.append(e)
        return out

    def _holders_after(self, m: factrules.RuleMatch) -> list[LocalEntity]:
        """The countries whose office holders the rest of the match's sentence names (the
        positions found): "the Foreign Ministers of the Member States: Mr. X, Minister of
        Foreign Affairs of A; Mr. Y, Minister of Foreign Affairs of B"; none when the sentence
        also names guests, observers or partners (who is which is not stated)."""
        sent = m.span.sent
        outside = coref.words("member_set", "not_members")
        if any(t.lower_ in outside for t in self.an.doc[m.span.end:sent.end]):
            return []
        ids = {e.local_id: e for e in self.an.entities}
        named = {e.local_id for i, e in self.an.entity_of_mention.items()
                 if m.span.end_char <= self.an.mentions[i].start < sent.end_char}
        out: list[LocalEntity] = []
        for d in self.drafts:
            c = d.claim
            e = ids.get(c.object or "")
            if c.predicate == "holds_position" and e is not None and e.kind == "country" and \
                    e not in out and c.subject in named and \
                    c.evidence[0].start == sent.start_char:
                out.append(e)
        return out

    def _lines_after(self, span: Span) -> list[LocalEntity]:
        """A list written one item a line after a heading that ends its sentence with a colon
        ("… are:" / "- Armenia" / "• Belarus" / "Kazakhstan"), as a page's HTML list reads
        once flattened: the lines that name one country each (bullets and numbers aside), up
        to the first line that says anything else."""
        doc = self.an.doc
        if any(not t.is_space for t in doc[span.end:span.sent.end]):
            return []  # the colon does not close its sentence: an inline list
        out: list[LocalEntity] = []
        i = span.sent.end
        while i < len(doc):
            line = doc[i].sent
            i = line.end
            words = [t for t in line if t.is_alpha and t.text != "•"]
            if not words:
                continue  # a bullet the parser made a sentence of its own
            got = self._ents(line, ("country",))
            if len(got) != 1 or any(self.an.entity_at(t) is None and
                                    t.lower_ not in factrules.STATE_STYLE for t in words):
                break
            out.append(got[0])
        return out

    def _list_after(self, span: Span) -> list[LocalEntity]:
        """The countries of the sentence after a colon that closes the match's sentence, when
        that sentence is nothing but a list of countries ("…: Cyprus, Malta and Poland.")."""
        doc = self.an.doc
        if span[-1].text != ":" or any(not t.is_space for t in doc[span.end:span.sent.end]) \
                or span.sent.end >= len(doc):
            return []
        nxt = doc[span.sent.end].sent
        if any(t.is_alpha and self.an.entity_at(t) is None and t.i not in self.ctx.marks.listed
               for t in nxt):
            return []
        return self._ents(nxt, ("country",), listed=True)

    def _person_country(self, person: LocalEntity, span: Span,
                        near: list[LocalEntity]) -> LocalEntity | None:
        """The country a person serves: their office in this document, else the country
        written beside their name ("Egyptian President …")."""
        ids = {e.local_id: e for e in self.an.entities}
        for d in self.drafts:
            c = d.claim
            if c.predicate == "holds_position" and c.subject == person.local_id and \
                    c.object in ids and ids[c.object].kind == "country":
                return ids[c.object]
        return near[0] if len(near) == 1 else None

    def _factual(self, m: factrules.RuleMatch) -> bool:
        """Not negated, not future or modal ("will join", "could join"), not wanted or
        planned ("plans to join", "applied to join"): judged on the verb and the verbs it
        completes, not on the clause it is subordinate to."""
        if not m.rule.slot("factual"):
            return True
        # a token pattern's own verb ("will then have 28 members"), not its clause's
        verb = m.nodes.get("verb") or next(
            (t for t in m.span if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"), None)
        if verb is None:
            return True
        if m.rule.predicate == "member_of" and verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "acl"):
            return False  # "the possibility of Finland becoming a member": not an assertion
        node = verb
        for _ in range(4):
            kids = list(node.children)
            if any(c.dep_ == "neg" or c.lower_ in ("never", "longer") for c in kids):
                return False
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in kids):
                return False
            if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
                break
            if node.dep_ == "xcomp" and node.head.lemma_.lower() in INTENT:
                return False
            node = node.head
        return True

    def _denied(self, m: factrules.RuleMatch) -> bool:
        """A noun the rule reads ("Ukraine's membership in NATO") governed by or modified with
        a word of its ``denied_by`` slot: a bid, a hope, a suspension, not a membership."""
        words = m.rule.slot("denied_by")
        noun = m.nodes.get("noun")
        if not words or noun is None:
            return False
        if any(c.lower_ in words or c.lemma_ in words for c in noun.children if c.dep_ == "amod"):
            return True
        node = noun
        for _ in range(3):
            if node.head.i == node.i:
                break
            node = node.head
            if node.lower_ in words or node.lemma_ in words:
                return True
        return False

    def _token_of(self, e: LocalEntity, span: Span) -> Token:
        return next((t for t in span if self.an.entity_at(t) is e), span[0])

    # --- time --------------------------------------------------------------------------------
    def _years_in(self, sent: Span) -> list[timex.Timex]:
        return [t for t in self.an.timexes_in(sent) if t.kind == "date" and t.year is not None
                and self.an.usable(t)]

    def _next_year(self, sent: Span, char: int) -> TimeValue | None:
        later = [t for t in self._years_in(sent) if t.start >= char]
        return timex.resolve(later[0], self.an.anchor) if later else None

    def _bounded(self, m: factrules.RuleMatch, word: str) -> TimeValue | None:
        """The time of a "since"/"until" phrase with a year said of the match's nodes."""
        near = {t.i for t in (*m.span, *m.nodes.values())}
        for t in m.span.sent:
            if t.lower_ != word or t.head.i not in near or t.dep_ != "prep":
                continue
            first, last = t.idx, t.right_edge.idx + len(t.right_edge)
            inside = [x for x in self._years_in(m.span.sent) if first <= x.start < last]
            if inside:
                return timex.resolve(inside[0], self.an.anchor)
        return None

    def _clause_time(self, m: factrules.RuleMatch) -> TimeValue | None:
        node = m.nodes.get(m.rule.slot("time_of", "verb")) or m.nodes.get("verb") or m.span.root
        return self.an.attached_time(node, m.span.sent, "past")


def years_of(value: TimeValue | None) -> list[int]:
    if value is None:
        return []
    first, last = int(value.value[:4]), int((value.end or value.value)[:4])
    return list(range(first, last + 1)) if 0 <= last - first <= 10 else []


def spelled_ordinal(span: Span) -> int | None:
    """The ordinal a span writes in words: "sixtieth" 60, "twenty-fifth" (one token or three)
    25."""
    words = [w for t in span for w in t.lower_.split("-") if w]
    for i, w in enumerate(words):
        if w in ORDINAL_WORDS:
            tens = NUMBER_WORDS.get(words[i - 1], 0) if i else 0
            unit = ORDINAL_WORDS[w]
            return unit + tens if tens >= 20 and tens % 10 == 0 and unit < 10 else unit
    return None


def ordinal(span: Span) -> int | None:
    for t in span:
        got = re.match(r"^(\d{1,3})(?:st|nd|rd|th)$", t.lower_)
        if got:
            return int(got.group(1))
    return None
