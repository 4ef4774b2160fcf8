"""Facts stage: parsed document + linked mentions → Claims, each with its sentence as evidence.

Rules over the dependency parse and the token sequence, one function per predicate:
holds_position (titles before a name, appositions after it, "the X of Y, NAME", copulas),
member_of (member lists after "groups", "members -", "participants are", "Led by X"),
member_count ("six-member", "With 56 states", "all 57 participating States"), chairs
("Russia's presidency", "has taken over the CSTO's presidency", "for 2021-2022"),
founded, located_in and part_of.  Subjects and objects are local entity ids ("e3") or
knowledge keys ("org:csto"); the store maps them to global entities.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from . import timex
from .analysis import DocAnalysis, RoleSpan
from .knowledge import canonical_role, norm
from .records import Claim, LocalEntity, TimeValue

VERSION = "facts.rules.v1"
SKIP_LEFT = {",", ".", "the", "col.-gen", "mr.", "mrs.", "ms.", "dr.", "gen.", "col.", "lt.", "maj.", "adm.",
             "col.-gen.", "lt.-gen.", "maj.-gen.", "colonel", "lieutenant", "major", "-", "–",
             "colonel-general", "army", "sir", "h.e.", "his", "her", "excellency"}
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
CHAIR_NOUNS = {"presidency", "chairmanship", "chairpersonship", "chairing", "chair"}
TAKEOVER = {"take", "took", "taken", "taking", "assume", "assumed", "assumes", "assuming",
            "incoming", "takes"}
FOUND_VERBS = {"found", "establish", "create", "form", "launch", "set", "inaugurate"}
TERM_START = {"appointed", "elected", "named", "took office", "sworn", "assumed", "succeeded",
              "appointment", "inaugurated", "reappointed", "re-elected"}
TERM_END = {"resigned", "stepped", "dismissed", "sacked", "retired", "outgoing", "ousted",
            "resignation", "replaced"}
JOIN_VERBS = {"join", "accede", "admit", "accession", "rejoin"}
LEAVE_VERBS = {"withdraw", "quit", "leave", "withdrawal", "exit", "suspend", "suspension",
               "expel", "expulsion"}
COPULA_WORDS = {"will", "be", "is", "was", "has", "have", "been", "became", "becomes",
                "remains", "remained", "serves", "served", "as", "now", "also", "currently",
                "the", "a", "an", "new", "would", "appointed", "elected", "named", "reappointed",
                "re-elected", "confirmed", "sworn", "in", "newly"}
SEAT_CUES = {"headquartered", "based", "located", "deployed", "stationed", "runs", "operates",
             "opened", "headquarters", "seat"}


@dataclass
class _Draft:
    claim: Claim
    specific_date: bool = False


def _number(text: str) -> int | None:
    t = text.lower().strip()
    if t.isdigit():
        return int(t)
    if "-" in t:
        tens, _, unit = t.partition("-")
        if tens in NUMBER_WORDS and unit in NUMBER_WORDS:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return NUMBER_WORDS.get(t)


class _Extractor:
    def __init__(self, an: DocAnalysis) -> None:
        self.an = an
        self.doc = an.doc
        self.drafts: list[_Draft] = []

    # --- claim building ------------------------------------------------------------------
    def add(self, predicate: str, subject: str, sent: Span, confidence: float, rule: str, *,
            object: str | None = None, value: str | None = None, role: str | None = None,
            qualifier: str | None = None, when: TimeValue | None = None,
            specific: bool = False) -> None:
        # a fact without a time of its own holds as of the report (the story time of the lede
        # dates events, not titles and member lists)
        when = when or self.an.anchor
        claim = Claim(predicate=predicate, subject=subject, object=object, value=value,
                      role=role, qualifier=qualifier,
                      date=when.value if when else None,
                      date_precision=when.precision if when else None,
                      confidence=confidence, document=self.an.doc_id,
                      evidence=(self.an.evidence(sent, f"{VERSION}:{rule}"),),
                      extractor=f"{VERSION}:{rule}")
        self.drafts.append(_Draft(claim, specific))

    def entity(self, token: Token) -> LocalEntity | None:
        return self.an.entity_at(token)

    def sent_doc(self, span: Span) -> Span:
        """The document up to the end of ``span``'s sentence: rightward walks stop there."""
        return self.doc[:span.sent.end]

    def ent_id(self, e: LocalEntity) -> str:
        return e.local_id

    def mention_end_at(self, j: int) -> LocalEntity | None:
        """The entity whose mention ends at token j (or covers it)."""
        if j < 0:
            return None
        return self.entity(self.doc[j])

    def mention_start_token(self, j: int) -> int:
        i = self.an.mention_at(self.doc[j])
        if i is None:
            return j
        return self.an.mention_span(i).start

    # --- holds_position --------------------------------------------------------------------
    def positions(self) -> None:
        previous: tuple[int, list[tuple[RoleSpan, str | None]]] | None = None  # last titled name
        for i, m in enumerate(self.an.mentions):
            if m.kind != "person":
                continue
            span = self.an.mention_span(i)
            person = self.an.entity_of_mention.get(i)
            if span is None or person is None:
                continue
            sent = span.sent
            found = self._title_left(span) or []
            found = self._coordinated(span, found, previous)
            after = self._holder_after_name(span)
            if after:
                found = [(r, h or after, c, rule) for r, h, c, rule in found]
            found += self._apposition_right(span)
            found += self._copula(span)
            if found:
                previous = (span.end, [(r, h) for r, h, _, _ in found])
            for role, holder, conf, rule in found:
                if holder is None and role.name == "Minister":
                    continue  # "Minister X" alone names no country reliably
                holder = holder or self._default_holder(role, sent)
                if holder is None:
                    continue
                nxt = self.doc[span.end] if span.end < len(self.doc) else None
                speech = nxt if nxt is not None and nxt.pos_ == "VERB" else None
                when = self.an.attached_time(span.root, sent, "past", absolute=True, verb=speech)
                anchor = self.an.anchor
                if when is not None and (when.precision == "year" or (
                        anchor is not None and when.value > anchor.value)):
                    when = None  # a title holds now; only a narrated past month or day moves it
                self.add("holds_position", person.local_id, sent, conf, rule,
                         object=holder, role=role.name, qualifier=role.qualifier, when=when,
                         specific=when is not None)
                if role.qualifier is None:
                    self._term_bound(person.local_id, holder, role, span, sent)

    def _term_bound(self, person: str, holder: str, role: RoleSpan, span: Span, sent: Span) -> None:
        """Where a term starts or ends: "SG since 2017", "was appointed …", "resigned as …"."""
        bound = None
        verb = self.an.clause_verb(span.root)
        near = [t for t in sent if span.start - 4 <= t.i < span.end + 5 or t.i == verb.i
                or t.head.i == verb.i and t.dep_ in ("aux", "auxpass", "acomp", "prt")]
        words = {t.lower_ for t in near} | {t.lemma_.lower() for t in near}
        since = [t for t in self.an.timexes_in(sent) if t.bound == "since" or
                 self.an.text[max(0, t.start - 6):t.start].lower().strip().endswith("since")]
        if since:
            bound, t = "since", since[0]
            when = timex.resolve(t, self.an.anchor)
        elif words & TERM_START:
            bound = "since"
            when = self.an.attached_time(span.root, sent, "past") or self.an.anchor
        elif words & TERM_END:
            bound = "until"
            when = self.an.attached_time(span.root, sent, "past") or self.an.anchor
        else:
            until = [t for t in self.an.timexes_in(sent) if t.bound == "until"]
            if not until:
                return
            bound, when = "until", timex.resolve(until[0], self.an.anchor)
        if when is None:
            return
        self.add("holds_position", person, sent, 0.7, f"term_{bound}", object=holder,
                 role=role.name, qualifier=bound, when=when, specific=True)

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

    def _coordinated(self, span: Span, found: list[tuple[RoleSpan, str | None, float, str]],
                     previous: tuple[int, list[tuple[RoleSpan, str | None]]] | None
                     ) -> list[tuple[RoleSpan, str | None, float, str]]:
        """Titles shared across "and": "Moldovan Prime Minister X and President Y" gives Y the
        holder; "Presidents X of Nigeria and Y of Benin" gives Y the role."""
        if previous is None:
            return found
        k = span.start - 1
        while k >= span.sent.start and (self.an.role_at(k) or self.doc[k].lower_ in SKIP_LEFT):
            k -= 1
        if k < span.sent.start or self.doc[k].lower_ not in ("and", "&") or k - previous[0] > 4 \
                or k < previous[0]:
            return found
        if found:
            holders = [h for _, h in previous[1] if h]
            return [(r, h or (holders[0] if len(holders) == 1 else None), c, rule)
                    for r, h, c, rule in found]
        plural = [(r, h) for r, h in previous[1]
                  if self.doc[r.end - 1].lower_.endswith("s") and not
                  self.doc[r.end - 1].lower_.endswith("ss")]
        return [(r, None, 0.75, "title_shared") for r, _ in plural]

    def _holder_after_name(self, span: Span) -> str | None:
        """"President Abdel Fattah el-Sisi of Egypt": the holder written after the name."""
        k = span.end
        if k + 1 < len(self.doc) and self.doc[k].lower_ == "of" and k + 1 < span.sent.end:
            e = self.entity(self.doc[k + 1])
            if e is not None and e.kind in ("country", "organization", "body"):
                return e.local_id
        return None

    def _holder_left(self, j: int) -> tuple[str | None, int]:
        """Entity ending at token j (allowing "'s" and "(ABBR)"), and the token before it."""
        if j >= 0 and self.doc[j].text in ("'s", "’s", "'", "’"):
            j -= 1
        if j >= 0 and self.doc[j].text == ")":
            k = j
            while k >= 0 and self.doc[k].text != "(":
                k -= 1
            inner = self.mention_end_at(j - 1)
            j = k - 1
            outer = self.mention_end_at(j)
            e = outer or inner
            if e is not None and e.kind in ("organization", "body", "country"):
                return e.local_id, (self.mention_start_token(j) - 1 if outer else j)
        e = self.mention_end_at(j)
        if e is not None and e.kind in ("organization", "body", "country"):
            return e.local_id, self.mention_start_token(j) - 1
        return None, j

    def _title_left(self, span: Span) -> list[tuple[RoleSpan, str | None, float, str]]:
        doc = self.doc
        first = span.sent.start  # never read a title from the sentence before
        j = span.start - 1
        while j >= first and doc[j].lower_ in SKIP_LEFT and not self.an.role_at(j):
            j -= 1
        if j < first:
            return []
        # "the Minister of Foreign Affairs of the Republic of Belarus, Vladimir Makei"
        holder_after: str | None = None
        h, k = self._holder_left(j)
        if h is not None:
            k2 = k
            while k2 >= 0 and doc[k2].lower_ == "the":
                k2 -= 1
            if k2 >= 0 and doc[k2].lower_ in ("of", "in") and self.an.role_at(k2 - 1):
                holder_after, j = h, k2 - 1
        roles: list[RoleSpan] = []
        while j >= first:
            r = self.an.role_at(j)
            if r is None or r.end - 1 != j or r.start < first:
                break
            roles.append(r)
            j = r.start - 1
            if j >= 0 and doc[j].lower_ in ("and", ",", "–", "-", "—", "&"):
                if self.an.role_at(j - 1):
                    j -= 1
                    continue
            break
        if not roles:
            return []
        holder = holder_after
        rule = "title_of" if holder_after else "title"
        before = j
        if holder is None and j >= first:
            holder, before = self._holder_left(j)
            if holder is not None and self.an.mention_at(doc[j]) is not None and \
                    self.an.mention_span(self.an.mention_at(doc[j])).start < first:
                holder = None
        # "Former South African President …": a qualifier written before the holder
        if before >= first and doc[before].lower_ in ("former", "then", "ex", "acting", "interim"):
            qual = "acting" if doc[before].lower_ in ("acting", "interim") else "former"
            roles = [RoleSpan(r.start, r.end, r.name, r.qualifier or qual) for r in roles]
        return [(r, holder, 0.9 if holder else 0.6, rule) for r in roles]

    def _apposition_right(self, span: Span) -> list[tuple[RoleSpan, str | None, float, str]]:
        doc = self.sent_doc(span)
        j = span.end
        if j >= len(doc) or doc[j].text not in (",", "("):
            return []
        j += 1
        qual_words = ("the", "a", "an", "then", "former", "acting", "interim", "new", "outgoing",
                      "incoming", "current", "newly", "appointed", "elected")
        lead = j
        while j < len(doc) and doc[j].lower_ in qual_words:
            j += 1
        leading = {t.lower_ for t in doc[lead:j]}
        holder: str | None = None
        e = self.entity(doc[j]) if j < len(doc) else None
        if e is not None and e.kind in ("organization", "body", "country"):
            holder = e.local_id
            i = self.an.mention_at(doc[j])
            j = self.an.mention_span(i).end if i is not None else j + 1
            if j < len(doc) and doc[j].text in ("'s", "’s"):
                j += 1
        roles: list[RoleSpan] = []
        while j < len(doc):
            while j < len(doc) and doc[j].lower_ in ("former", "acting", "interim", "then", "new",
                                                     "outgoing", "incoming", "current", "newly",
                                                     "appointed", "elected"):
                j += 1
            r = self.an.role_at(j)
            if r is None:
                break
            roles.append(r)
            j = r.end
            if j < len(doc) and doc[j].lower_ in ("and", ",") and j + 1 < len(doc) and (
                    self.an.role_at(j + 1) or doc[j + 1].lower_ in ("former", "acting")):
                j += 1
                continue
            break
        if not roles:
            return []
        if j < len(doc) and doc[j].lower_ in ("of", "at", "in", "for"):
            k = j + 1
            while k < len(doc) and doc[k].lower_ == "the":
                k += 1
            e = self.entity(doc[k]) if k < len(doc) else None
            if e is None and k + 1 < len(doc) and doc[k + 1].text in ("'s", "’s"):
                k += 2  # "a spokesman for Tsvangirai's Movement for Democratic Change"
                e = self.entity(doc[k]) if k < len(doc) else None
            if e is not None and e.kind in ("organization", "body", "country"):
                holder = e.local_id
                i = self.an.mention_at(doc[k])
                j = self.an.mention_span(i).end if i is not None else k + 1
        # "Aliyev, President of Belarus Alexander Lukashenko": the title of the next name
        nxt = self.entity(doc[j]) if j < len(doc) else None
        if nxt is not None and nxt.kind == "person":
            return []
        if leading & {"former", "then"}:
            roles = [RoleSpan(r.start, r.end, r.name, r.qualifier or "former") for r in roles]
        elif leading & {"acting", "interim"}:
            roles = [RoleSpan(r.start, r.end, r.name, r.qualifier or "acting") for r in roles]
        return [(r, holder, 0.85 if holder else 0.55, "apposition") for r in roles]

    def _copula(self, span: Span) -> list[tuple[RoleSpan, str | None, float, str]]:
        """"NAME will be the Chairman-in-Office of the OSCE", "NAME is the CSTO Secretary General"."""
        doc = self.sent_doc(span)
        j = span.end
        seen_verb = False
        while j < len(doc) and doc[j].lower_ in COPULA_WORDS:
            seen_verb = seen_verb or doc[j].lower_ not in ("the", "a", "an", "now", "also",
                                                           "currently", "new", "as")
            j += 1
        if not seen_verb or j >= len(doc):
            return []
        holder: str | None = None
        e = self.entity(doc[j])
        if e is not None and e.kind in ("organization", "body", "country"):
            holder = e.local_id
            i = self.an.mention_at(doc[j])
            j = self.an.mention_span(i).end if i is not None else j + 1
            if j < len(doc) and doc[j].text in ("'s", "’s"):
                j += 1
        r = self.an.role_at(j)
        if r is None or r.start > j:
            return []
        k = r.end
        if holder is None and k < len(doc) and doc[k].lower_ in ("of", "in", "at"):
            k += 1
            while k < len(doc) and doc[k].lower_ == "the":
                k += 1
            e = self.entity(doc[k]) if k < len(doc) else None
            if e is not None and e.kind in ("organization", "body", "country"):
                holder = e.local_id
        return [(r, holder, 0.8, "copula")] if holder else []

    def _default_holder(self, role: RoleSpan, sent: Span) -> str | None:
        """A role with no holder beside it: the sentence's only country (or organization)."""
        kb_role = self.an.kb.role(role.name)
        held_in = kb_role.held_in if kb_role else "any"

        def only(kinds: tuple[str, ...]) -> set[str]:
            return {self.an.entity_of_mention[i].local_id for i in self.an.mentions_in(sent, kinds)
                    if i in self.an.entity_of_mention}
        if held_in == "any":
            # a title that could be any body's: only a sentence naming one country, nothing else
            if only(("organization", "body")):
                return None
            countries = only(("country",))
            return countries.pop() if len(countries) == 1 else None
        ents = only(("country",) if held_in == "country" else ("organization", "body"))
        return ents.pop() if len(ents) == 1 else None

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

    def _country_in(self, tok: Token) -> str | None:
        for t in tok.subtree:
            e = self.entity(t)
            if e is not None and e.kind == "country":
                return e.local_id
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

    # --- located_in and part_of --------------------------------------------------------------
    def seats_and_parts(self) -> None:
        seen_parts: set[str] = set()
        for i, m in enumerate(self.an.mentions):
            if m.kind != "body" or i not in self.an.entity_of_mention:
                continue
            body = self.an.entity_of_mention[i]
            span = self.an.mention_span(i)
            sent = span.sent
            known = self.an.kb.entities.get(m.key or "")
            if known is not None and known.parent and body.local_id not in seen_parts:
                seen_parts.add(body.local_id)
                parent = self._local_for_key(known.parent) or known.parent
                self.add("part_of", body.local_id, sent, 0.95, "part_of", object=parent)
            place = self._place_after(span) or self._place_inside(m.name, m.text)
            if place and ({t.lower_ for t in sent} & SEAT_CUES or " in " in m.text):
                self.add("located_in", body.local_id, sent, 0.7, "seat", object=place)

    def _local_for_key(self, key: str) -> str | None:
        return next((e.local_id for e in self.an.entities if e.key == key), None)

    def _place_after(self, span: Span) -> str | None:
        doc = self.doc
        k = span.end
        if k < len(doc) and doc[k].lower_ == "in":
            for j in range(k + 1, min(k + 5, len(doc))):
                e = self.entity(doc[j])
                if e is not None and e.kind == "place":
                    return e.local_id
                if e is not None and e.kind != "country":
                    return None
        return None

    def _place_inside(self, name: str, text: str) -> str | None:
        m = re.search(r"\bin\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)", text)
        if not m:
            return None
        known = self.an.kb.lookup(m.group(1), ("place",))
        return known[0].key if known else None

    # --- finish ------------------------------------------------------------------------------
    def run(self) -> tuple[Claim, ...]:
        self.positions()
        self.memberships()
        self.member_relatives()
        self.membership_changes()
        self.member_counts()
        self.chairs()
        self.foundings()
        self.anniversaries()
        self.seats_and_parts()
        return _dedupe(self.drafts)


def _dedupe(drafts: Iterable[_Draft]) -> tuple[Claim, ...]:
    """One claim per fact per document; evidence from every sentence that states it."""
    out: dict[tuple, _Draft] = {}
    order: list[tuple] = []
    for d in drafts:
        c = d.claim
        key: tuple = (c.predicate, c.subject, c.object, c.value, norm(c.role or ""), c.qualifier)
        if c.predicate == "chairs":
            key = (*key, c.date)
        prev = out.get(key)
        if prev is None:
            # a member listed completely elsewhere in the text keeps the complete-list mark
            if c.predicate == "member_of":
                alt = (c.predicate, c.subject, c.object, c.value, "",
                       "complete_list" if c.qualifier is None else None)
                if alt in out:
                    other = out[alt]
                    ev = tuple(dict.fromkeys(other.claim.evidence + c.evidence))
                    keep = other if other.claim.qualifier else d
                    out[alt] = _Draft(replace(keep.claim, evidence=ev), keep.specific_date)
                    continue
            out[key] = d
            order.append(key)
            continue
        merged_ev = tuple(dict.fromkeys(prev.claim.evidence + c.evidence))
        if c.predicate == "holds_position" and c.qualifier is None:
            # a title as of the report beats the same title placed in a narrated past
            best = d if (prev.specific_date and not d.specific_date) else prev
        else:
            best = d if (d.specific_date and not prev.specific_date) else prev
        out[key] = _Draft(replace(best.claim, evidence=merged_ev,
                                  confidence=max(prev.claim.confidence, c.confidence)),
                          best.specific_date or prev.specific_date)
    claims = [out[k] for k in order if k in out]
    # a chair year taken from a takeover or an explicit year beats the default year
    chairs: dict[tuple[str, str | None], list[_Draft]] = {}
    for d in claims:
        if d.claim.predicate == "chairs":
            chairs.setdefault((d.claim.subject, d.claim.object), []).append(d)
    drop = {id(d) for group in chairs.values() if any(x.specific_date for x in group)
            for d in group if not d.specific_date}
    return tuple(d.claim for d in claims if id(d) not in drop)


def stage(an: DocAnalysis) -> tuple[Claim, ...]:
    """All claims the rules find in one analysed document."""
    claims = _Extractor(an).run()
    return tuple(replace(c, role=canonical_role(c.role) if c.role else None) for c in claims)
