"""Named pattern matches → claims: reads each rule's declared slots (who, which organization,
when) off a match of ``data/patterns/*.json``.  No construction is written here: a new
construction is a new pattern in the data, scored by its name (``facts.rules.v2:NAME``)."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from . import factrules, timex
from .analysis import DocAnalysis
from .records import LocalEntity, TimeValue

ORG_NOUNS = {"organisation", "organization", "bloc", "alliance", "grouping", "union", "body",
             "club", "community", "commonwealth", "association", "group", "forum", "league",
             "council"}
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
ORG_KINDS = ("organization", "body")
NP_LINKS = {"appos", "conj", "compound", "dobj", "npadvmod", "nmod"}


def number(tokens: Span | list[Token]) -> int | None:
    """The number a run of tokens writes: "56", "six", "twenty-seven", "twenty seven"."""
    words = [t.lower_ for t in tokens if t._.bw_num]
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


class DeclaredRules:
    """Mixin over the facts ``Base``: ``self.declared("memberships")`` adds the claims of one
    pattern file's matches."""

    def declared(self, group: str) -> None:
        _Claims(self).run(group)


class _Claims:
    """Turns the named matches of one document into claims through its extractor's ``add``."""

    def __init__(self, base: Any) -> None:
        self.base = base
        self.an: DocAnalysis = base.an
        self.drafts = base.drafts

    # --- matching ------------------------------------------------------------------------
    def matches(self, group: str) -> list[factrules.RuleMatch]:
        cache: dict[str, list[factrules.RuleMatch]] = self.base.__dict__.setdefault(
            "_pattern_matches", {})
        if group in cache:
            return cache[group]
        if not cache:
            an = self.an
            kinds = {t: an.mentions[i].kind for t, i in an.mention_tokens.items()
                     if i in an.entity_of_mention}
            years: set[int] = set()
            for t in an.timexes:
                if t.kind == "date" and t.year is not None and an.usable(t) and not (
                        an.dateline_span[0] <= t.start < an.dateline_span[1]):
                    span = an.doc.char_span(t.start, t.end, alignment_mode="expand")
                    years.update(range(span.start, span.end) if span is not None else ())
            factrules.mark(an.doc, kinds, years)
        cache[group] = factrules.find(self.an.doc, group)
        return cache[group]

    def run(self, group: str) -> None:
        found = self.matches(group)
        for m in found:
            kind = m.rule.predicate
            if kind == "member_of":
                self._membership(m, found)
            elif kind == "member_count":
                self._count(m)
            elif kind == "chairs":
                self._chair(m, found)
            elif kind == "founded":
                self._founding(m)

    def _emit(self, predicate: str, subject: str, m: factrules.RuleMatch, conf: float,
              **kw: object) -> None:
        self.base.add(predicate, subject, m.span.sent, conf, m.rule.name,
                      version=factrules.VERSION, **kw)

    # --- reading slots -------------------------------------------------------------------
    def _ents(self, span: Span, kinds: tuple[str, ...]) -> list[LocalEntity]:
        out: list[LocalEntity] = []
        for t in span:
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
            if e is not None and e.kind in kinds and e not in out:
                out.append(e)
            todo += [c for c in t.children if c.dep_ in NP_LINKS]
        return out

    def _antecedent(self, tok: Token) -> LocalEntity | None:
        """"the organisation", "the bloc": the organization last named before it, else the
        document's main one."""
        best: tuple[bool, int, LocalEntity] | None = None
        for i, e in self.an.entity_of_mention.items():
            m = self.an.mentions[i]
            # an international organization of the knowledge data before any other name
            rank = (bool(m.key), m.end)
            if e.kind == "organization" and m.end <= tok.idx and (best is None or rank > best[:2]):
                best = (*rank, e)
        return best[2] if best else self.an.dominant_org

    def _org_at(self, tok: Token) -> LocalEntity | None:
        e = self.an.entity_at(tok)
        if e is not None and e.kind in ORG_KINDS:
            return e
        if tok.lower_ not in ORG_NOUNS and tok.lemma_.lower() not in ORG_NOUNS:
            return None
        definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "its", "our")
                       for c in tok.children)
        if tok.dep_ == "appos":  # "ASEAN, a 10-member regional body"
            e = self.an.entity_at(tok.head)
            if e is not None and e.kind in ORG_KINDS:
                return e
        for c in tok.children:
            if c.dep_ == "appos":
                e = self.an.entity_at(c)
                if e is not None and e.kind in ORG_KINDS:
                    return e
        return self._antecedent(tok) if definite else None

    def _org(self, m: factrules.RuleMatch) -> LocalEntity | None:
        how = m.rule.slot("org", "span")
        sent = m.span.sent
        if how == "node":
            return self._org_at(m.nodes["org"]) if "org" in m.nodes else None
        inside = self._ents(m.span, ORG_KINDS)
        if inside:
            return inside[-1] if how == "last" else inside[0]
        if how in ("span_or_noun", "near", "sentence"):
            for t in reversed(m.span):
                if t.lower_ in ORG_NOUNS:
                    return self._org_at(t)
        if how == "span":
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
            return self.an.dominant_org
        return None

    def _sent_orgs(self, sent: Span) -> list[tuple[int, LocalEntity]]:
        out = []
        for i in self.an.mentions_in(sent, ("organization",)):
            e = self.an.entity_of_mention.get(i)
            if e is not None:
                out.append((self.an.mentions[i].start, e))
        return out

    def _members(self, m: factrules.RuleMatch) -> list[LocalEntity]:
        how = m.rule.slot("members", "list")
        if how == "node":
            return self._node_ents(m.nodes["member"], ("country",)) if "member" in m.nodes else []
        countries = self._ents(m.span, ("country",))
        if how == "first":
            return countries[:1]
        if how == "person":
            return [c for p in self._ents(m.span, ("person",))
                    for c in [self._person_country(p, m.span, countries)] if c is not None]
        return countries

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
        verb = m.nodes.get("verb")
        if verb is None:
            return True
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

    # --- time --------------------------------------------------------------------------------
    def _years_in(self, sent: Span) -> list[timex.Timex]:
        return [t for t in self.an.timexes_in(sent) if t.kind == "date" and t.year is not None
                and self.an.usable(t)]

    def _next_year(self, sent: Span, char: int) -> TimeValue | None:
        later = [t for t in self._years_in(sent) if t.start >= char]
        return timex.resolve(later[0], self.an.anchor) if later else None

    def _clause_time(self, m: factrules.RuleMatch) -> TimeValue | None:
        node = m.nodes.get(m.rule.slot("time_of", "verb")) or m.nodes.get("verb") or m.span.root
        return self.an.attached_time(node, m.span.sent, "past")

    # --- member_of ---------------------------------------------------------------------------
    def _membership(self, m: factrules.RuleMatch, found: list[factrules.RuleMatch]) -> None:
        if not self._factual(m):
            return
        org = self._org(m)
        members = self._members(m)
        if org is None or not members or org.kind not in ORG_KINDS:
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
                elif how == "year_in_sentence":
                    years = self._years_in(sent)
                    if not years:
                        continue
                    when = timex.resolve(years[0], self.an.anchor)
                self._emit("member_of", e.local_id, m, 0.9 if complete else 0.8,
                           object=org.local_id, qualifier=qualifier, when=when,
                           specific=when is not None)

    def _token_of(self, e: LocalEntity, span: Span) -> Token:
        return next((t for t in span if self.an.entity_at(t) is e), span[0])

    def _complete(self, m: factrules.RuleMatch, members: list[LocalEntity]) -> bool:
        """A list states the whole membership unless a tail says otherwise ("and others"),
        or the text stops inside it (a page cut mid-word)."""
        doc = self.an.doc
        rest = self.an.text[m.span.end_char:m.span.end_char + 40]
        if PARTIAL_TAIL.match(rest):
            return False
        tail = doc[m.span.end:]
        if not any(t.is_punct or t.is_sent_start for t in tail[:3]) and not any(
                not t.is_space for t in tail):
            return False  # the text ends with the list: cut mid-list
        return True

    def _count_in_sentence(self, m: factrules.RuleMatch) -> int | None:
        for c in self.matches("member_counts"):
            if c.span.sent == m.span.sent:
                return number(c.span)
        return None

    def _count_matches(self, m: factrules.RuleMatch, n: int) -> bool:
        count = self._count_in_sentence(m)
        return count is not None and count == n

    # --- member_count --------------------------------------------------------------------------
    def _count(self, m: factrules.RuleMatch) -> None:
        n = number(m.span)
        if n is None or n < 2:
            return
        org = self._org(m)
        if org is None:
            return
        adjacent = bool(self._ents(m.span, ORG_KINDS))
        if not adjacent and n < 5:
            return  # "the two countries", "the three states": the parties, not a membership
        self._emit("member_count", org.local_id, m, 0.85 if adjacent else 0.75, value=str(n))

    # --- chairs ------------------------------------------------------------------------------
    def _chair(self, m: factrules.RuleMatch, found: list[factrules.RuleMatch]) -> None:
        org = self._org(m)
        members = self._members(m)
        if org is None or not members or org.kind != "organization":
            return
        sent = m.span.sent
        how = m.rule.slot("date", "year")
        if how == "handover":
            if len(members) < 2:
                return
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
                years = _years(value)
                specific = True
            else:
                years, specific = self._chair_years(m)
            for y in years:
                self._emit("chairs", e.local_id, m, 0.8 if specific else 0.65,
                           object=org.local_id, when=TimeValue(str(y), "year"),
                           specific=specific)

    def _chair_years(self, m: factrules.RuleMatch) -> tuple[list[int], bool]:
        """The year nearest the match ("for 2021-2022" gives both), else the report's year; a
        takeover in November or December is next year's chair (rotations start in January)."""
        sent = m.span.sent
        spans = [t for t in self._years_in(sent)] + [
            t for t in self.an.timexes_in(sent) if t.kind == "relative" and t.unit == "year"]
        if spans:
            best = min(spans, key=lambda t: abs(t.start - m.span.start_char))
            years = _years(timex.resolve(best, self.an.anchor))
            if years:
                return years, True
        base = self.an.anchor
        if base is None:
            return [], False
        month = int(base.value[5:7]) if base.precision in ("day", "month") else 6
        if m.rule.slot("takeover") and month >= 11:
            return [base.year + 1], True
        return [base.year], False

    # --- founded -----------------------------------------------------------------------------
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
            n = number([t for t in m.span if t._.bw_num]) or _ordinal(m.span)
            base = self.an.sentence_time(sent) if how == "years_before" else None
            if n is not None and base is not None:
                when = TimeValue(str(base.year - n), "year")
        if when is None:
            return
        self._emit("founded", org.local_id, m, 0.85, when=when, specific=True)


def _years(value: TimeValue | None) -> list[int]:
    if value is None:
        return []
    first, last = int(value.value[:4]), int((value.end or value.value)[:4])
    return list(range(first, last + 1)) if 0 <= last - first <= 10 else []


def _ordinal(span: Span) -> int | None:
    for t in span:
        got = re.match(r"^(\d{1,3})(?:st|nd|rd|th)$", t.lower_)
        if got:
            return int(got.group(1))
    return None

