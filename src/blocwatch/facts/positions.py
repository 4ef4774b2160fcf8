"""holds_position: titles before a name, appositions after it, "the X of Y, NAME", copulas,
titles shared across "and", and where a term starts or ends."""

from __future__ import annotations

from spacy.tokens import Span

from .. import timex
from ..analysis import RoleSpan
from .base import Base

SKIP_LEFT = {",", ".", "the", "col.-gen", "mr.", "mrs.", "ms.", "dr.", "gen.", "col.", "lt.", "maj.", "adm.",
             "col.-gen.", "lt.-gen.", "maj.-gen.", "colonel", "lieutenant", "major", "-", "–",
             "colonel-general", "army", "sir", "h.e.", "his", "her", "excellency"}
TERM_START = {"appointed", "elected", "named", "took office", "sworn", "assumed", "succeeded",
              "appointment", "inaugurated", "reappointed", "re-elected"}
TERM_END = {"resigned", "stepped", "dismissed", "sacked", "retired", "outgoing", "ousted",
            "resignation", "replaced"}
COPULA_WORDS = {"will", "be", "is", "was", "has", "have", "been", "became", "becomes",
                "remains", "remained", "serves", "served", "as", "now", "also", "currently",
                "the", "a", "an", "new", "would", "appointed", "elected", "named", "reappointed",
                "re-elected", "confirmed", "sworn", "in", "newly"}


class PositionRules(Base):
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
