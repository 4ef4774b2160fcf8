"""member_of and member_count: member lists after "groups", "members -", "participants are",
"Led by X"; joining and leaving; "six-member", "With 56 states", "all 57 participating States"."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .base import Base

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90}
LIST_CUES_COMPLETE = {"groups", "comprises", "consists", "unites", "incorporates", "brings",
                      "participants", "members", "member", "grouping", "comprising", "uniting",
                      "countries", "states", "nations"}
LIST_CUES_PARTIAL = {"includes", "including", "include"}
QUANTIFIERS = {"two", "three", "four", "five", "some", "several", "other", "few", "many",
               "both", "most", "its", "such"}
JOIN_VERBS = {"join", "accede", "admit", "accession", "rejoin"}
LEAVE_VERBS = {"withdraw", "quit", "leave", "withdrawal", "exit", "suspend", "suspension",
               "expel", "expulsion"}


def _number(text: str) -> int | None:
    t = text.lower().strip()
    if t.isdigit():
        return int(t)
    if "-" in t:
        tens, _, unit = t.partition("-")
        if tens in NUMBER_WORDS and unit in NUMBER_WORDS:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return NUMBER_WORDS.get(t)


class MembershipRules(Base):
    # --- joining and leaving -------------------------------------------------------------------
    def membership_changes(self) -> None:
        """"X joined the CSTO in 1994" (joined), "X withdrew from / suspended its membership in" (left)."""
        for sent in self.doc.sents:
            for tok in sent:
                lemma = tok.lemma_.lower()
                kind = "joined" if lemma in JOIN_VERBS else "left" if lemma in LEAVE_VERBS else None
                if kind is None or tok.pos_ not in ("VERB", "NOUN"):
                    continue
                if tok.pos_ == "VERB" and self.an.tense(tok) == "future":
                    continue
                if any(c.dep_ == "neg" for c in tok.children):
                    continue
                org = self._org_in(tok, sent)
                country = self._country_subject(tok)
                if org is None or country is None:
                    continue
                when = self.an.attached_time(tok, sent, "past") or self.an.anchor
                self.add("member_of", country, sent, 0.8, f"member_{kind}", object=org,
                         qualifier=kind, when=when, specific=True)

    def _org_in(self, tok: Token, sent: Span) -> str | None:
        """The international organization a join/leave word is about, from its own arguments:
        "joined NATO", "acceded to the WTO", "withdrew from the CIS", "suspended its
        membership in the CSTO", "accession to the EU"; never an organization elsewhere in
        the clause ("withdrew its delegation from AU-brokered talks")."""
        lemma = tok.lemma_.lower()
        args: list[Token] = []
        for c in tok.children:
            if c.dep_ in ("dobj", "attr") and lemma in ("join", "rejoin", "leave", "quit", "exit"):
                args.append(c)
            if c.dep_ == "prep" and c.lower_ in ("to", "into", "from", "in", "of"):
                if lemma in ("withdraw", "withdrawal") and c.lower_ != "from":
                    continue
                if lemma in ("accede", "accession", "admit") and c.lower_ not in ("to", "into"):
                    continue
                if lemma in ("suspend", "suspension", "expel", "expulsion") and c.lower_ not in (
                        "from", "in", "of"):
                    continue
                args += [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "dobj" and c.lemma_ == "membership" and lemma in ("suspend", "leave"):
                args += [g for p in c.children if p.dep_ == "prep" for g in p.children
                         if g.dep_ == "pobj"]
        if lemma in ("withdraw", "suspend") and any(
                c.dep_ == "dobj" and c.lemma_ != "membership" for c in tok.children):
            return None  # "withdrew its delegation", "suspended enrichment": not membership
        if lemma == "suspend" and not any(c.lemma_ == "membership" for c in tok.children):
            return None
        for a in args:
            e = self.entity(a)
            if e is not None and e.kind == "organization" and e.key:
                return e.local_id
        return None

    def _country_subject(self, tok: Token) -> str | None:
        if tok.pos_ == "NOUN":  # "Uzbekistan's withdrawal from the CSTO"
            for c in tok.children:
                if c.dep_ == "poss":
                    e = self.entity(c)
                    if e is not None and e.kind == "country":
                        return e.local_id
        node = tok
        for _ in range(3):
            for c in node.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    e = self._country_in(c)
                    if e:
                        return e
            if node.dep_ not in ("xcomp", "conj", "aux") or node.head.i == node.i:
                break
            node = node.head
        return None

    # --- member_of ---------------------------------------------------------------------------
    def memberships(self) -> None:
        for sent in self.doc.sents:
            countries = self.an.mentions_in(sent, ("country",))
            if not countries:
                continue
            for tok in sent:
                low = tok.lower_
                if low not in LIST_CUES_COMPLETE | LIST_CUES_PARTIAL:
                    continue
                if low in ("countries", "states", "nations") and not (
                        tok.i > 0 and self.entity(self.doc[tok.i - 1]) is not None
                        and self.entity(self.doc[tok.i - 1]).kind == "organization"):  # type: ignore[union-attr]
                    continue  # only "Commonwealth countries", "CSTO states"
                org = self._org_for_cue(tok)
                if org is None:
                    continue
                items, complete = self._list_after(tok)
                if low in ("member", "members") and not items:
                    items, complete = self._list_before_members(tok)
                if not items:
                    continue
                if low in LIST_CUES_PARTIAL or self._quantified(tok):
                    complete = False
                led = self._led_by(sent)
                if led and complete:
                    items = [*items, led]
                rule = "member_list" if complete else "member_partial"
                for c in dict.fromkeys(items):
                    self.add("member_of", c, sent, 0.9 if complete else 0.8, rule,
                             object=org, qualifier="complete_list" if complete else None)

    def member_relatives(self) -> None:
        """"ASEAN, a regional body of which Cambodia is a member"."""
        for sent in self.doc.sents:
            for m in re.finditer(r"\bof which\s+", sent.text):
                after = self.doc.char_span(sent.start_char + m.end(), sent.end_char,
                                           alignment_mode="expand")
                if after is None or not len(after):
                    continue
                country = self.entity(after[0])
                rest = after.text.lower()
                if country is None or country.kind != "country" or not re.search(
                        r"^\S+(?:\s\S+){0,3}?\s+(?:is|was|has been|became)\s+(?:a\s+|an\s+)?"
                        r"(?:full\s+|founding\s+)?member", rest):
                    continue
                org = self._org_near_char(sent.start_char + m.start(), sent, ahead=False,
                                          window=120)
                if org:
                    self.add("member_of", country.local_id, sent, 0.8, "member_relative",
                             object=org)

    def _org_for_cue(self, tok: Token) -> str | None:
        doc = self.doc
        j = tok.i - 1
        if j >= 0 and doc[j].lower_ in ("now", "currently", "also"):
            j -= 1
        if tok.lower_ == "member" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in (
                "states", "countries", "nations"):
            pass
        h, _ = self._holder_left(j)
        if h is not None and self._kind(h) == "organization" and self._known(h):
            return h
        # "members of the CSTO", "the CSTO's members"
        k = tok.i + 1
        if k < len(doc) and doc[k].lower_ in ("states", "countries", "nations"):
            k += 1
        if k < len(doc) and doc[k].lower_ == "of":
            k += 1
            while k < len(doc) and doc[k].lower_ == "the":
                k += 1
            e = self.entity(doc[k]) if k < len(doc) else None
            if e is not None and e.kind == "organization" and e.key:
                return e.local_id
        return None

    def _known(self, local_id: str) -> bool:
        """An organization from the knowledge data: only those have member states here."""
        return any(e.local_id == local_id and e.key for e in self.an.entities)

    def _kind(self, local_id: str) -> str | None:
        return next((e.kind for e in self.an.entities if e.local_id == local_id), None)

    def _list_after(self, tok: Token) -> tuple[list[str], bool]:
        doc = self.doc
        k = tok.i + 1
        if tok.lower_ == "brings" and k < len(doc) and doc[k].lower_ == "together":
            k += 1
        if tok.lower_ == "consists" and k < len(doc) and doc[k].lower_ == "of":
            k += 1
        partial = False
        while k < len(doc) and doc[k].lower_ in ("states", "countries", "nations", "are", "is",
                                                 "-", "–", "—", ":", ",", "now", "currently",
                                                 "include", "of", "the", "including", "such",
                                                 "as", "like", "namely"):
            if doc[k].lower_ == "of":
                return [], False
            partial = partial or doc[k].lower_ in ("including", "such", "like", "include")
            k += 1
        items: list[str] = []
        while k < len(doc):
            e = self.entity(doc[k])
            if e is not None and e.kind == "country":
                items.append(e.local_id)
                i = self.an.mention_at(doc[k])
                k = self.an.mention_span(i).end if i is not None else k + 1
                continue
            if doc[k].lower_ in (",", "and", "as", "well", "&") and items:
                k += 1
                continue
            break
        if partial and items:
            return items, False  # "Commonwealth countries, including United Kingdom"
        return (items, True) if len(items) >= 2 else ([], False)

    def _list_before_members(self, tok: Token) -> tuple[list[str], bool]:
        """"Armenia and Belarus are members of the CSTO" (partial list)."""
        doc = self.doc
        k = tok.i - 1
        while k >= 0 and doc[k].lower_ in ("are", "also", "both", "all", "were", "full"):
            k -= 1
        items: list[str] = []
        while k >= 0:
            e = self.entity(doc[k])
            if e is not None and e.kind == "country":
                items.append(e.local_id)
                k = self.mention_start_token(k) - 1
                continue
            if doc[k].lower_ in (",", "and") and items:
                k -= 1
                continue
            break
        return list(reversed(items)), False

    def _quantified(self, tok: Token) -> bool:
        prev = [t.lower_ for t in self.doc[max(0, tok.i - 4):tok.i]]
        return any(p in QUANTIFIERS or p.isdigit() for p in prev[-3:]) or "such" in prev

    def _led_by(self, sent: Span) -> str | None:
        words = [t.lower_ for t in sent[:3]]
        if words[:2] == ["led", "by"]:
            e = self.entity(sent[2])
            if e is not None and e.kind == "country":
                return e.local_id
        return None

    # --- member_count ------------------------------------------------------------------------
    def member_counts(self) -> None:
        """"the six-member CSTO", "ASEAN, a 10-member regional body", "the 27-member bloc",
        "With 56 states …, the OSCE", "each of the 22 Arab League states"."""
        for sent in self.doc.sents:
            text = sent.text
            base = sent.start_char
            for m in re.finditer(r"\b([A-Za-z]+(?:-[a-z]+)?|\d+)[- ](member|nation|country|state)\b"
                                 r"(?:(?:\s+[a-z]+)?\s+(?P<noun>bloc|alliance|organi[sz]ation|grouping|"
                                 r"group|body|union|club|community|association|council))?", text):
                n = _number(m.group(1))
                if n is None or n < 2:
                    continue
                org = self._org_near_char(base + m.end(2), sent, ahead=True, loose=True)
                if org is None and m.group("noun"):
                    org = self._org_near_char(base + m.start(), sent, ahead=False, window=90) or (
                        self.an.dominant_org.local_id if self.an.dominant_org else None)
                if org:
                    self.add("member_count", org, sent, 0.85, "n_member", value=str(n))
            for m in re.finditer(r"\b(?:[Ww]ith|all|its|the|has|have|of)\s+(\d+|[a-z]+(?:-[a-z]+)?)\s+"
                                 r"(?:member\s+states|member\s+countries|members|participating\s+"
                                 r"[Ss]tates|states|countries|nations)\b", text):
                n = _number(m.group(1))
                if n is None or n < 2:
                    continue
                org = self._org_near_char(base + m.end(), sent, ahead=True) or \
                    self._org_near_char(base + m.start(), sent, ahead=False)
                if org:
                    self.add("member_count", org, sent, 0.75, "n_states", value=str(n))
            # "the 22 Arab League states", "the 27 EU member states"
            for i in self.an.mentions_in(sent, ("organization", "body")):
                span = self.an.mention_span(i)
                if span is None or i not in self.an.entity_of_mention or span.start < 1:
                    continue
                n = _number(self.doc[span.start - 1].text)
                det = self.doc[span.start - 2].lower_ if span.start >= 2 else ""
                nxt = " ".join(t.lower_ for t in self.doc[span.end:span.end + 2])
                if det not in ("the", "all", "its", "their"):
                    continue  # "two CSTO members" are some of them, not a count
                if n and n >= 2 and nxt.split()[:1] and (nxt.startswith(("states", "countries",
                                                                         "nations", "members",
                                                                         "member states",
                                                                         "member countries"))):
                    self.add("member_count", self.an.entity_of_mention[i].local_id, sent, 0.8,
                             "n_org_states", value=str(n))

    def _org_near_char(self, char: int, sent: Span, ahead: bool, loose: bool = False,
                       window: int = 60) -> str | None:
        """The international organization nearest a count, after it or before it; ``loose``
        also takes bodies and organizations outside the knowledge data ("the six member
        European Coal and Steel Community")."""
        kinds = ("organization", "body") if loose else ("organization",)
        orgs = [i for i in self.an.mentions_in(sent, kinds)
                if i in self.an.entity_of_mention and (loose or self.an.mentions[i].key)]
        if ahead:
            after = [i for i in orgs if self.an.mentions[i].start >= char]
            if after and self.an.mentions[after[0]].start - char <= (3 if loose else window):
                return self.an.entity_of_mention[after[0]].local_id
            return None
        before = [i for i in orgs if self.an.mentions[i].end <= char
                  and char - self.an.mentions[i].end <= window]
        return self.an.entity_of_mention[before[-1]].local_id if before else None
