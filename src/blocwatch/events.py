"""Events stage: analysed document → PLOVER events (meetings, and every category) and quotes.

Meetings (CONSULT) come from the meeting extractor below; the other PLOVER categories, and
meetings it does not already have, from the sentence coder in ``plover.py``
(``events.plover.sentence.v1``): category, CAMEO code, quad class, mode, contexts and coded
source and target actors, linked to the document's entities.

Triggers come from the event lexicon (data/events.json): verbs by lemma ("met", "visited",
"hosted") and nouns ("meeting", "talks", "session", "summit").  Participants are the
people, organizations, bodies and countries the trigger's clause links to it (subject,
"with", "by", "of", "between"), never those inside quotations or named as the topic
("the situation in Afghanistan").  Future, planned, hypothetical and negated mentions are
not events that happened and are skipped.  Mentions of one meeting in one text (the lede,
"the meeting", "the session", "is represented by …") become one event with every
sentence as evidence; a meeting recalled with another date stays a separate event.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, cached_property

from spacy.attrs import IDX, LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from . import confidence, meetings, plover, timex
from .analysis import DocAnalysis
from .knowledge import load_json, named_lists
from .matching import AnchoredTrees
from .meeting_drafts import VERBAL, compatible
from .meeting_drafts import Draft as _Draft
from .meeting_drafts import merge as _merge
from .pronouns import REPORTED_SPEAKER, WHERE_RELATIVE, PersonPronouns
from .quotes import quotes
from .records import Claim, CodedActor, Event, LocalEntity, TimeValue
from .topics import find_topics

VERSION = "events.plover.rules.v1"
TOPIC_PREPS = {"in", "on", "about", "over", "regarding", "concerning", "into", "across",
               "within", "toward", "towards", "against", "from", "to", "for"}
PARTICIPANT_PREPS = {"with", "between", "by", "of", "among", "and"}
HYPOTHETICAL = {"could", "may", "might", "should", "can", "would"}
FUTURE_MODALS = {"may", "might", "should", "can", "would", "will", "shall", "must"}
# verbs through which a meeting noun's clause names its participants ("X held talks with Y",
# "X said at a meeting of Y"); other verbs ("insisted the meeting be moved") do not
CARRIER_VERBS = {"hold", "attend", "participate", "take", "speak", "address", "meet", "have",
                 "conduct", "arrive", "chair", "host", "open", "begin", "start", "end",
                 "conclude", "welcome", "visit", "pay", "make", "join", "co-chair", "lead",
                 "preside", "receive", "organize", "organise", "convene", "discuss", "agree",
                 "exchange", "grant"}
OFFERS = {"bid", "offer", "vie", "apply", "compete", "seek", "hope", "want", "aim", "set", "slate",
          "poise", "schedule", "plan", "expect", "intend", "prepare"}
TOPIC_VERBS = {"discuss", "debate", "address", "review", "consider", "examine", "cover"}
UNDATED = {"recent", "earlier", "previous", "past", "prior", "former"}
# a deliberative body in session, told by what it decided or by who spoke to it (meet11, meet12)
BODY_SESSIONS = ("BODY_DECIDED", "ADDRESSED_BODY", "TOLD_BODY", "BODY_OPENED", "MEMBERS_DECIDED",
                 "APPEARED_BEFORE")
# a gathering told by a speech given to or at it (meet32)
SPEECHES_TO = ("SPEECH_TO", "SPEECH_GIVEN_TO")
# a body's sitting told by whom it chose at its own convention or congress (meet34)
ACTED_AT = ("BODY_CHOSEN_AT", "BODY_CHOSEN_AS_AT")
# quotation marks, and a newline before another (a paragraph break)
_QUOTE_MARKS = re.compile('[“”"]|\n(?=\n)')
DEMANDS = {"insist", "demand", "propose", "suggest", "request", "ask", "urge", "recommend"}
DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her"}
CLAUSES = {"ccomp", "advcl", "xcomp", "relcl", "acl", "conj", "parataxis", "csubj"}
AFTER = {"prior", "ahead"}  # "ahead of the summit" is before it; "met ahead of it" happened
# a participant "he"/"she": the speaker who reports the clause, the subject a "where" relative
# hangs from, else the last subject (the strict core, run before the look-back, added a wrong
# meeting on the held half and changed nothing on 600 news articles)
PRONOUN_STEPS = (REPORTED_SPEAKER, WHERE_RELATIVE)


@cache
def lexicon() -> dict:
    return load_json("events.json")


class _Extractor:
    def __init__(self, an: DocAnalysis, claims: Sequence[Claim]) -> None:
        self.an = an
        self.doc = an.doc
        self.claims = claims
        self.pronouns = PersonPronouns(an)
        lex = lexicon()
        self.cat = lex["categories"]
        self.planned = set(lex["planned"])
        self.negation = set(lex["negation"])
        self.backref_nouns = set(lex["backref_nouns"])
        self.noun_needs = lex["noun_needs"]
        self.participation = set(lex["participation"])
        self.para_starts = [0] + [m.end() for m in re.finditer(r"\n\n", an.text)]
        self._topics: dict[tuple[int, int], set[str]] = {}  # per sentence: asked once per trigger
        self.trigger_names = meetings.triggers(self.doc)
        self.constructions = meetings.constructions(self.doc)
        self.host_objects = meetings.words("host_objects")
        self.frequency = meetings.words("habitual")
        self.remote_words = meetings.words("remote")
        self.member_nouns = meetings.words("member_nouns")
        self.crowds = meetings.words("crowds")
        self.groups = meetings.words("groups")
        self.needs_counterpart = meetings.words("needs_counterpart")
        self.attribution = meetings.words("attribution")

    def para_start(self, char: int) -> int:
        return self.para_starts[bisect_right(self.para_starts, char) - 1]

    def quoted(self, tok: Token) -> bool:
        return self.inside_quotes[tok.i]

    @cached_property
    def inside_quotes(self) -> list[bool]:
        """Per token: inside a quotation opened earlier in its paragraph (one pass over the
        quotation marks and paragraph breaks, each read between the token before and its own
        start)."""
        flags = []
        curly, straight = 0, False
        marks = [(m.start(), m.group()) for m in _QUOTE_MARKS.finditer(self.an.text)]
        j = 0
        for idx in self.doc.to_array([IDX]).tolist():
            while j < len(marks) and marks[j][0] < idx:
                k, ch = marks[j]
                j += 1
                if ch == "\n":
                    if k + 1 < idx:  # both newlines before this token: a paragraph break
                        curly, straight = 0, False  # quotations never run across paragraphs
                elif ch == "“":
                    curly += 1
                elif ch == "”":
                    curly = max(0, curly - 1)
                else:
                    straight = not straight
            flags.append(curly > 0 or straight)
        return flags

    # --- triggers -----------------------------------------------------------------------
    def triggers(self, sent: Span) -> list[tuple[Token, str, str, str]]:
        """(token, category, CAMEO code, pattern name) of each trigger pattern match."""
        found = []
        spec = self.cat["CONSULT"]
        for tok in self._trigger_tokens(sent):
            name = self.trigger_names.get(tok.i)
            if name is None or (self.quoted(tok) and self.quoted_speaker(tok) is None):
                continue  # not inside a quotation, but "'I met Macron on Tuesday,' Scholz said"
            if tok.pos_ == "VERB":
                code = spec["verbs"].get(tok.lemma_.lower())
                if tok.dep_ == "amod" or self.imperative(tok) or self.crowd(tok):
                    code = None  # "visiting reporters", "For the text visit …", "hundreds gathered"
                if tok.lemma_ == "talk" and not any(c.lower_ == "with" for c in tok.children):
                    code = None
                if name == "DISCUSS_VERB" and not meetings.discussed_with(self.an, tok):
                    code = None  # "discussed the issue", "discussed cooperation with Russia"
                if name == "SIGNED_WITH" and not meetings.signed_with(self.an, tok, sent):
                    code = None  # "signed the bill", "In 2003 X signed a treaty with Australia"
                if name in ("RECEIVE_VERB", "SUMMON_VERB") and not any(
                        c.dep_ in ("dobj", "nsubjpass", "agent") and self._names_someone(c)
                        for c in tok.children):
                    code = None
                if name == "RECEIVE_VERB" and any(c.dep_ == "dobj" and c.i in self.trigger_names
                                                  for c in tok.children):
                    code = None  # "hosted an Arab League summit": the summit is the meeting
                if name == "SUMMON_VERB" and tok.lemma_.lower() == "invite" and not any(
                        c.lower_ == "to" and any(
                            (e := self.an.entity_at(g)) is not None and e.kind in (
                                "organization", "body") for g in c.children)
                        for c in tok.children):
                    code = None  # "was invited to the summit": an invitation, not a summons
                if name == "CALL_ON" and not self.called_on(tok):
                    code = None  # "called on Putin to withdraw": an action asked for
            else:
                code = spec["nouns"].get(tok.lower_)
                if tok.lower_ in self.needs_counterpart and not self.with_whom(tok):
                    code = None  # "discussion of Japan's invasion": a topic
                needs = self.noun_needs.get(tok.lower_)
                if needs is not None:
                    window = {t.lower_ for t in self.doc[max(0, tok.i - 2):tok.i + 3]}
                    if not window & set(needs) and not (needs and name == "GATHERING_NOUN"
                                                         and (self.of_organization(tok)
                                                              or self.spoken_to(tok))):
                        code = None
                if tok.i > 0 and self.doc[tok.i - 1].lower_ in ("press", "news", "video") and \
                        not any(c.lower_ in ("joint", "with") for c in tok.children):
                    code = None  # a press conference; "a joint news conference with X" is met
                ent = self.an.entity_at(tok)
                # "the Court of Session", "the Talks Commission" name a body; "the NATO
                # Summit", "the World Summit on the Information Society" a meeting: a gathering
                # noun that heads the name
                if ent is not None and ent.kind in ("organization", "body") and (
                        name != "GATHERING_NOUN" or self._inside_name(tok)):
                    code = None
            if self.remote(tok) or (tok.pos_ != "VERB" and self.discussed(tok)):
                code = None
            if code:
                found.append((tok, "CONSULT", code, name))
        return found

    def _trigger_tokens(self, sent: Span) -> list[Token]:
        """The sentence's tokens that matched a trigger pattern, in order (the others are
        skipped without building a Token for each)."""
        named = self.trigger_names
        return [self.doc[i] for i in range(sent.start, sent.end) if i in named]

    @cached_property
    def _lemmas(self) -> list[int]:
        """The document's LEMMA hashes per token."""
        return self.doc.to_array([LEMMA]).tolist() if len(self.doc) else []

    def _with_lemma(self, sent: Span, lemma: str) -> list[Token]:
        """The sentence's tokens whose ``lemma_`` is ``lemma``, read from the LEMMA array."""
        wanted, lemmas = get_string_id(lemma), self._lemmas
        return [self.doc[i] for i in range(sent.start, sent.end) if lemmas[i] == wanted]

    def of_organization(self, tok: Token) -> bool:
        """"an OSCE conference", "the SCO's forum": a gathering noun whose modifier names an
        organization is that organization's gathering (not "a conference of doctors")."""
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lexicon()["speech_verbs"]:
            return False  # "Pentagon conference says …": a briefing that speaks, not a meeting
        own = self.an.entity_at(tok)  # "the World Social Forum" is a name, not a forum of it
        return any(c.dep_ in ("compound", "poss", "amod") and (e := self.an.entity_at(c)) is not None
                   and e.kind in ("organization", "body") and e is not own for c in tok.children)

    def spoken_to(self, tok: Token) -> bool:
        """"a speech addressed to a conference of the Harbour Guild", "his address to the
        Harbour Guild Forum" (``SPEECH_TO``, meet32): a gathering a speech was given to or
        at met, even without a word of ``noun_needs``."""
        return any(c.name in SPEECHES_TO and c.nodes["gathering"] == tok.i
                   for c in self.constructions)

    def quoted_speaker(self, tok: Token):  # type: ignore[no-untyped-def]
        """"'I met President Macron on Tuesday,' Scholz said": a past verb of meeting in the
        first person, inside a quotation whose speaker the sentence names (the subject of the
        speech verb the quoted clause hangs on), is the speaker's meeting."""
        if tok.pos_ != "VERB" or tok.tag_ != "VBD" or tok.lemma_.lower() not in ("meet", "talk") \
                or not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children):
            return None
        head = tok.head
        if tok.dep_ != "ccomp" or head.lemma_.lower() not in lexicon()["speech_verbs"] or \
                self.quoted(head):
            return None
        return next((e for c in head.children if c.dep_ == "nsubj" for t in c.subtree
                     if (e := self.an.entity_at(t)) is not None and e.kind == "person"), None)

    def called_on(self, verb: Token) -> bool:
        """"called on Belgian Prime Minister De Croo in Brussels" (``CALL_ON``): a visit to
        a person, when no action is asked of them (no clause under the verb)."""
        if any(c.dep_ in CLAUSES - {"conj", "relcl", "acl"} for c in verb.children):
            return False
        return any(c.dep_ == "prep" and c.lower_ == "on" and any(
            g.dep_ == "pobj" and self._names_someone(g) and g.lower_ not in self.host_objects
            for g in c.children) for c in verb.children)

    def imperative(self, tok: Token) -> bool:
        """"For text of the speech visit Wikisource": an instruction to the reader."""
        return tok.tag_ == "VB" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children) and \
            tok.dep_ in ("ROOT", "conj")

    def crowd(self, tok: Token) -> bool:
        """"Hundreds gathered near the court house": a crowd, not a meeting."""
        return tok.lemma_.lower() == "gather" and any(
            c.dep_ == "nsubj" and c.lower_ in self.crowds for c in tok.children)

    def with_whom(self, tok: Token) -> bool:
        """The noun, or the verb that has it, says with whom: "discussions between A and B",
        "held discussions with A"."""
        holders = [tok] + ([tok.head] if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else [])
        return any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "amongst")
                   for h in holders for c in h.children)

    def _inside_name(self, tok: Token) -> bool:
        """The token hangs on another word of its own mention's name ("Session" in "Court of
        Session")."""
        m = self.an.mention_at(tok)
        if m is None or tok.head.i == tok.i:
            return False
        span = self.an.mention_span(m)
        return span.start <= tok.head.i < span.end

    def _names_someone(self, tok: Token) -> bool:
        """A person, or a title or group word standing for one ("the Cuban minister", "a
        delegation"): what is received or hosted at a meeting (not a secretariat or a team)."""
        if tok.lower_ in self.host_objects:
            return True
        todo, phrase = [tok], []
        while todo:  # the noun phrase, not the clauses under it ("permission to use …")
            t = todo.pop()
            phrase.append(t)
            todo.extend(c for c in t.children if c.dep_ not in CLAUSES)
        for t in phrase:
            ent = self.an.entity_at(t)
            if ent is not None and ent.kind == "person":
                return True
            if self.an.role_at(t.i) is not None:
                return True
        return False

    def participation_verb(self, sent: Span) -> Token | None:
        for tok in self._with_lemma(sent, "represent"):
            if tok.lemma_ == "represent" and any(c.dep_ == "agent" for c in tok.children):
                return tok
        return meetings.attendees_told(  # "A, B and C attended.", "Attending were A and B"
            [c for c in self.constructions if c.name == "ATTENDEES_TOLD"], sent)

    def speech_there(self, sent: Span, gathering: _Draft) -> list[_Draft]:
        """"… said in his speech that …" after a summit told, with no other meeting since
        (``SPEECH_THERE``): the speaker took part in that summit; a speech still to come or
        denied tells nobody."""
        people = meetings.speech_there(self.an, self.constructions, sent)
        verb = self.an.clause_verb(sent.root)
        own = self.an.attached_time(verb, sent, "past")
        if not people or self.not_happened(verb, verb) or (
                own is not None and gathering.when is not None
                and not compatible(own, gathering.when)):
            return []  # "said in a speech last year": another day, not the summit's
        d = _Draft("CONSULT", gathering.cameo, gathering.trigger, sent, people, [], None, None,
                   True, gathering=True)
        d.evidence.append(self.an.evidence(sent, f"{VERSION}:SPEECH_THERE"))
        return [d]

    # --- modality ---------------------------------------------------------------------------
    def not_happened(self, trig: Token, verb: Token) -> bool:
        return self.refusal(trig, verb) is not None

    def refusal(self, trig: Token, verb: Token) -> str | None:
        """The name of the check that says the meeting did not take place (still to come,
        planned, asked for, negated, hypothetical, habitual), or None: each check named so a
        trace can count which one refuses a draft (bench/meeting_misses.py, meet16)."""
        # "although they attended the summit, they did not …", "after meeting A, B agreed to
        # …": the clause the meeting is adverbial to has its own mood (meet16)
        adverbial = meetings.past_adverbial_clause(self.constructions, trig, verb)
        if (self.an.tense(verb) == "future" and not adverbial and not
                meetings.past_modifier_clause(self.an, self.constructions, verb)) or \
                meetings.future_time(self.an, verb, trig.sent):
            return "future"  # "will meet"; "hopes to meet Biden later this year", "next week"
        if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and not any(a.pos_ in ("VERB", "AUX") for a in verb.ancestors):
            return "headline_to"  # a headline's "CSTO chief to meet Armenian president": still to come
        if verb.i != trig.i and verb.lemma_.lower() in ("plan", "schedule", "expect", "due",
                                                          "propose", "prepare", "intend", "seek") \
                and not self.agenda(verb) and not adverbial and not (
                    trig.dep_ == "pobj" and trig.head.lower_ == "during"):
            # "the session … is planned to be held" (not "during a visit, X proposed");
            # "Further meetings with UN envoys … are being sought" (meet13)
            return "planned_verb"
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("plan", "schedule", "expect",
                                                                 "due", "intend", "set"):
            return "scheduled"  # "Brasilia is scheduled to host the summit" (meet6)
        if verb.lemma_.lower() == "set" and any(c.dep_ == "xcomp" and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children):
            return "set_to"  # "the meeting is set to open tomorrow" (meet7)
        outcome = self.outcome_of_meeting(trig, verb)
        own = (trig,) if outcome else meetings.own_clause(self.an, self.constructions, trig, verb)
        for tok in (trig,) if outcome else (trig, verb, verb.head):
            if tok in own and any(c.dep_ == "neg" for c in tok.children):
                return "negated"
            if (tok in own or not adverbial) and any(
                    c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in tok.children):
                return "modal"
        node = trig
        for _ in range(0 if outcome else 6 if own == (trig, verb, verb.head) else len(own)):
            if node.lemma_.lower() in self.negation or any(  # "were called off"
                    f"{node.lemma_.lower()} {c.lower_}" in self.negation
                    for c in node.children if c.dep_ == "prt"):
                return "negation_word"  # "talks … failed to reach agreement" took place (outcome)
            if node.head.i == node.i:
                break
            node = node.head
        if trig.pos_ != "VERB":  # "the upcoming meeting", "preparations for the session"
            # not a word that qualifies another noun: "made the expected announcement at a summit"
            window = [t.lower_ for t in self.doc[max(trig.sent.start, trig.i - 4):trig.i]
                      if not (t.dep_ == "amod" and t.head.i != trig.i)]
            if set(window) & self.planned:
                return "planned_word"
        if any(c.lower_ in self.planned - AFTER for c in trig.children) or (
                trig.pos_ != "VERB" and any(c.lower_ in AFTER for c in trig.children)):
            return "planned_child"  # "the planned meeting", "ahead of the summit"; "prior to it, they met"
        if trig.pos_ != "VERB" and trig.dep_ == "pobj" and trig.head.lower_ == "before":
            return "before"  # "a day before the G8 summit": a time told by the meeting (meet7)
        if any(c.dep_ == "det" and c.lower_ == "no" for c in trig.children):
            return "no_meeting"  # "no formal meeting … was planned"
        if trig.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in ("last", "previously")
                                       for c in trig.children) and \
                self.an.attached_time(trig, trig.sent, "past") is None:
            return "last_met"  # "A and B last met in Bali": an earlier meeting the text does not date
        if trig.dep_ == "pobj" and trig.head.lower_ == "for" and (
                trig.head.head.lemma_.lower() in meetings.words("asked_for")
                or trig.head.head.lower_ in meetings.words("asked_for")):
            return "asked_for"  # "called for talks between A and B", "hoped for a meeting": not held
        if verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in OFFERS:
            return "offered"  # "had bid to host", "offered to receive"
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DEMANDS and (
                verb.tag_ == "VB" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VB"
                                         for c in verb.children)):
            return "demanded"  # "insisted that the meeting be moved to Moscow": asked for, not held
        if self.described(trig):
            return "described_meeting"
        return "habitual" if self.habitual(trig, verb) else None

    def described(self, trig: Token) -> bool:
        """"This meeting is part of …", "The summit is an annual gathering of …" (``MEETING_DESCRIBED``,
        meet23): a meeting noun that is the simple-present subject of what it is or how it
        stands, in a body sentence with no time expression, reports no meeting of its own."""
        return any(c.name == "MEETING_DESCRIBED" and c.nodes["trigger"] == trig.i
                   for c in self.constructions) and \
            not self.headline(trig.sent) and not self.an.timexes_in(trig.sent)

    def outcome_of_meeting(self, trig: Token, verb: Token) -> bool:
        """"Talks between A and B on Tuesday could not resolve the crisis", "talks … failed
        to reach agreement" (``OUTCOME_OF_MEETING``, meet8): a meeting noun that is the
        subject of what it did or failed to do; the modal, negation or failure is the
        outcome's, not the meeting's.  A modal outcome needs a day in its clause; none is
        about taking place ("the talks could not take place", "failed to go forward")."""
        taking_place = meetings.words("taking_place")
        for c in self.constructions:
            if c.name != "OUTCOME_OF_MEETING" or c.nodes["trigger"] != trig.i or \
                    c.nodes["verb"] != verb.i or verb.lemma_.lower() in taking_place:
                continue
            if verb.lemma_.lower() == "fail":
                return self.doc[c.nodes["qualifier"]].lemma_.lower() not in taking_place
            # told as past: "could not resolve", "did not end", "may have eased"; not "would
            # help", "could resolve", "may ease" ("talks on Saturday could resolve …" written
            # on Friday is still to come)
            said = {c.lower_ for c in verb.children if c.dep_ in ("aux", "neg")}
            perfect = bool(said & {"have", "has", "had", "'ve"})
            negated = bool(said & {"not", "n't", "never"})
            if not perfect and (said & FUTURE_MODALS or ("could" in said and not negated)):
                continue
            return self.an.attached_time(trig, trig.sent, "past", absolute=True) is not None
        return False

    def agenda(self, verb: Token) -> bool:
        """"The summit was originally planned to discuss energy": what a meeting that took
        place was meant to discuss, not a meeting still to come."""
        return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                          for c in verb.children) and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in TOPIC_VERBS for c in verb.children)

    def discussed(self, tok: Token) -> bool:
        """A meeting word that is what was discussed ("to discuss … the stalled world trade
        talks"): a topic, not a meeting."""
        node = tok
        for _ in range(4):
            if node.dep_ not in ("dobj", "conj", "appos") or node.head.i == node.i:
                return False
            node = node.head
            if node.pos_ == "VERB":  # "addressed the session": a speech at it, not a topic
                return node.lemma_.lower() in TOPIC_VERBS and not (
                    node.lemma_.lower() in meetings.words("spoken_to_gathering")
                    and self.trigger_names.get(tok.i) == "GATHERING_NOUN")
        return False

    def named_body(self, tok: Token) -> str | None:
        """The body or organization a subject names: its own name, or "the council" for the
        last body named before whose name ends in that word ("the UN Security Council")."""
        ent = self.an.entity_at(tok)
        if ent is not None:
            return ent.local_id if ent.kind in ("body", "organization") else None
        if tok.tag_ == "NNS" and (self.an.role_at(tok.i) is not None
                                  or tok.lower_ in self.member_nouns):
            # "the foreign ministers of the CSTO member states met": a meeting of the CSTO
            found = {e.local_id for t in tok.subtree if (e := self.an.entity_at(t)) is not None
                     and e.kind in ("body", "organization")}
            return found.pop() if len(found) == 1 else None
        if not any(c.lower_ in DEFINITE for c in tok.children):
            return None
        for i in range(len(self.an.mentions) - 1, -1, -1):
            m = self.an.mentions[i]
            e = self.an.entity_of_mention.get(i)
            if m.start < tok.idx and e is not None and e.kind in ("body", "organization") and \
                    m.text.split()[-1].lower() == tok.lower_:
                return e.local_id
        return None

    def remote(self, tok: Token) -> bool:
        """A call or conversation by phone or video ("a telephone conversation with",
        "talked by phone"): not a meeting."""
        before = {t.lower_ for t in self.doc[max(tok.sent.start, tok.i - 3):tok.i]}
        return bool(before & self.remote_words) or any(
            c.lower_ in ("by", "over", "via") and any(g.lower_ in self.remote_words
                                                      for g in c.subtree)  # "by video link"
            for c in tok.children)

    def consult_ok(self, tok: Token) -> bool:
        """Whether the sentence coder's CONSULT trigger reports a meeting that took place with
        the participants it names ("received four votes", "G7 meetings usually center on
        politics" and "began discussing suspending Russia" do not)."""
        verb = tok if tok.pos_ == "VERB" else self.an.clause_verb(tok)
        if self.not_happened(tok, verb) or self.remote(tok):
            return False
        if tok.lemma_ == "visit" and tok.tag_ == "VBZ" and self.headline(tok.sent):
            return False  # a headline's visit under way that no meeting of the body told
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ("receive", "welcome", "host"):
            return any(c.dep_ in ("dobj", "nsubjpass", "agent") and self._names_someone(c)
                       for c in tok.children)
        if tok.pos_ == "VERB" and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) and \
                not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            return False  # the object is an action to take, not someone met
        return True

    def habitual(self, trig: Token, verb: Token) -> bool:
        """A kind of meeting, not one that took place: "a semi-annual meeting of the heads of
        state", "G7 meetings usually center on politics", "the ministers meet regularly"; or
        several told as one without their dates ("met two times since 2005", "have been
        negotiating for months")."""
        if meetings.iterative(verb) and not self.listed_dates(trig, trig.sent):
            return True
        if meetings.span_of_meetings(self.an, self.constructions, trig, verb):
            return True  # "have been meeting for nearly five weeks" (meet15)
        if trig.pos_ != "VERB" and not any(c.lower_ in DEFINITE or c.dep_ == "poss"
                                           for c in trig.children):
            if any(c.lower_ in self.frequency for c in trig.children):
                return True
        for v in (verb, *(c for c in trig.children if c.pos_ == "VERB")):
            if v.tag_ in ("VBZ", "VBP") and any(
                    c.dep_ in ("advmod", "npadvmod") and c.lower_ in self.frequency
                    for c in v.children):
                return True
        return False

    # --- participants -------------------------------------------------------------------------
    def _is_topic(self, tok: Token, stop: Token) -> bool:
        """A mention under "in"/"on"/"about"… before reaching ``stop`` is a topic or a place."""
        node = tok
        for _ in range(10):
            if node.i == stop.i or node.head.i == node.i:
                return False
            if node.dep_ == "pobj" and node.head.lower_ == "to" and \
                    self.trigger_names.get(node.head.head.i) == "SUMMON_VERB":
                return False  # "was summoned to the Polish Foreign Ministry": who summoned
            if meetings.from_group(node):
                return False  # "Officials from A, B and C met": who took part (meet13)
            if node.dep_ == "pobj" and node.head.lower_ in TOPIC_PREPS:
                return True
            if node.dep_ == "pobj" and node.head.lower_ in PARTICIPANT_PREPS:
                return False
            node = node.head
        return False

    def participants(self, trig: Token, verb: Token, carrier: bool = False
                     ) -> tuple[list[str], list[str], str | None]:
        an = self.an
        actors: list[str] = []
        targets: list[str] = []
        location: str | None = None
        subject_side: set[int] = set()
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "agent"):
                subject_side |= {t.i for t in c.subtree}
                if c.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                    subject_side |= {t.i for t in verb.head.subtree if t.i < verb.i}
        scopes: list[Token] = [trig]
        speech = set(lexicon()["speech_verbs"])
        if verb.i != trig.i and (carrier or verb.lemma_.lower() in CARRIER_VERBS | speech):
            scopes.append(verb)
        elif verb.i != trig.i:
            subject_side = set()
        # the clauses joined to the meeting's verb are other events: "met …, and authorized
        # a resolution allowing …", "met … to discuss the Israel-Lebanon crisis"
        # what a speaker said is not who met: "announced that his country would …"
        seen: set[int] = {t.i for v in {trig, verb} for c in v.children if c.i != trig.i
                          and ((c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")) or (
                              c.dep_ in ("advcl", "xcomp") and any(
                                  g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
                              or (c.dep_ == "ccomp" and v.lemma_.lower() in speech)
                              or c.lower_ in self.attribution)  # "According to X, A met B"
                          for t in c.subtree}
        # "met with Peres, who criticized the planned meeting with Mashal": a relative
        # clause that tells a meeting of its own names none of this one's people
        seen |= {x.i for s in scopes for t in s.subtree if t.dep_ == "relcl" and t.i != verb.i
                 and (h := self.an.entity_at(t.head)) is not None and h.kind == "person"
                 and any(x.i in self.trigger_names and x.i != trig.i for x in t.subtree)
                 for x in t.subtree}
        # "for a conference aimed at launching negotiations between A and B": a meeting
        # noun's stated aim names what it was for, not who took part (MEETING_AIM, meet21)
        seen |= {t.i for c in self.constructions if c.name == "MEETING_AIM"
                 and any(c.nodes["gathering"] in {t.i for t in s.subtree} for s in scopes)
                 and trig not in (aim := self.doc[c.nodes["aim"]]).subtree
                 for t in aim.subtree}
        # "X has organised the talks", "talks organized by X", "X hosted talks between A and B":
        # who arranged the meeting is no side of it (ARRANGED_TALKS, ARRANGED_BETWEEN, meet24)
        seen |= {t.i for c in self.constructions if c.name in meetings.ARRANGED
                 and any(c.nodes["trigger"] in {t.i for t in s.subtree} for s in scopes)
                 and trig not in (organizer := self.doc[c.nodes["organizer"]]).subtree
                 for t in organizer.subtree}
        tokens: list[Token] = []
        for s in scopes:
            for t in s.subtree:
                if t.i not in seen:
                    seen.add(t.i)
                    tokens.append(t)
        if verb.dep_ == "relcl":
            for t in verb.head.subtree:
                if t.i < verb.i and t.i not in seen:
                    seen.add(t.i)
                    tokens.append(t)
            # "Sheehan and her husband were part of a group that met with Bush": the subject
            # of the copula whose group met
            node = verb.head
            while node.dep_ in ("pobj", "prep", "attr") and node.head.i != node.i:
                node = node.head
            if node.lemma_ == "be" and verb.head.lower_ in self.groups:
                for c in node.children:
                    if c.dep_ == "nsubj":
                        subject_side |= {t.i for t in c.subtree}
                        tokens.extend(t for t in c.subtree if t.i not in seen)
        if verb in scopes and verb.dep_ == "conj" and not subject_side:
            # "Sharif and Modi shook hands and exchanged greetings at the meeting": the
            # subject of the first of the joined verbs
            for c in verb.head.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i:
                    subject_side |= {t.i for t in c.subtree}
                    tokens.extend(t for t in c.subtree if t.i not in seen)
        speaker = self.quoted_speaker(trig) if self.quoted(trig) else None
        for t in sorted(tokens, key=lambda t: t.i):
            if self.quoted(t) and speaker is None:
                continue
            ent = an.entity_at(t)
            if ent is None and t.lower_ in ("he", "she") and t.i in subject_side:
                ent = self.pronouns.resolve(t, PRONOUN_STEPS, strict=False,
                                            fallback=True)
            if ent is None and speaker is not None and t.lower_ in ("i", "we") and \
                    t.i in subject_side:
                ent = speaker  # "'I met Macron,' Scholz said": the speaker
            if ent is None:
                continue
            if ent.kind == "place":
                if location is None and (t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ in
                                                              ("in", "at", "to"))):
                    location = ent.local_id
                continue
            # a name inside the meeting word's own phrase ("participated in the CSTO summit")
            # is read up to that word, not to the verb whose "in" it sits under (a verb of
            # taking part, not "described preparations for the CSTO Council meeting")
            inside = trig.left_edge.i <= t.i < trig.i and verb.lemma_.lower() in CARRIER_VERBS
            if self._is_topic(t, trig if verb.i == trig.i or inside else verb) and \
                    ent.kind != "person":
                if trig.lemma_ == "visit" and ent.kind == "country":
                    location = location or ent.local_id
                    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.i == trig.i \
                            and trig.pos_ != "VERB" and ent.local_id not in targets:
                        targets.append(ent.local_id)  # "X's visit to India": visitor and host
                continue
            if ent.kind == "person" or t.i in subject_side:
                bucket = actors if t.i in subject_side else targets
            else:
                bucket = targets
            if ent.local_id not in actors and ent.local_id not in targets:
                bucket.append(ent.local_id)
        if not actors:
            actors, targets = targets, []
        return actors, targets, location

    def _expand_bodies(self, ids: list[str]) -> list[str]:
        """A body takes part with its organization: add the parent next to the body."""
        out = list(ids)
        for i in ids:
            ent = self.an.entity_by_id.get(i)
            if ent is None or ent.kind != "body" or not ent.key:
                continue
            known = self.an.kb.entities.get(ent.key)
            if known and known.parent:
                parent = next((e.local_id for e in self.an.entities if e.key == known.parent),
                              known.parent)
                if parent not in out:
                    out.append(parent)
        return out

    # --- topics -------------------------------------------------------------------------------
    def topics(self, sent: Span) -> set[str]:
        where = (sent.start_char, sent.end_char)
        if where not in self._topics:
            self._topics[where] = self._find_topics(sent)
        return set(self._topics[where])

    def _find_topics(self, sent: Span) -> set[str]:
        # (sent.text would join the sentence's tokens again; the document's text is joined once)
        return find_topics(self.an.kb, self.an.text[sent.start_char:sent.end_char])

    def paragraph_topics(self, sent: Span) -> set[str]:
        """Topics of the trigger's sentence and of the rest of its paragraph ("They discussed …")."""
        start = self.para_start(sent.start_char)
        end = self.an.text.find("\n\n", sent.start_char)
        end = len(self.an.text) if end == -1 else end
        found = set()
        for s in self.doc.sents:
            if start <= s.start_char < end and s.start_char >= sent.start_char:
                found |= self.topics(s)
        return found

    def direct(self, verb: Token) -> set[str]:
        """Entities the verb names as met, not its subject nor the clauses under it
        ("welcomed the guests and informed the Turkish side …, adding that Armenia …")."""
        out: set[str] = set()
        todo = [c for c in verb.children if c.dep_ not in CLAUSES | {"nsubj", "nsubjpass"}]
        while todo:
            t = todo.pop()
            ent = self.an.entity_at(t)
            if ent is not None and t.dep_ != "amod":  # "parents of Brazilian students": not Brazil
                out.add(ent.local_id)
            todo.extend(c for c in t.children if c.dep_ not in CLAUSES)
        return out

    def listed_dates(self, trig: Token, sent: Span) -> list[TimeValue]:
        """Dates of the trigger's clause given as one list ("in September 1998, June 1999,
        and January 2003"): each is a meeting of its own."""
        verb = trig if trig.pos_ == "VERB" else self.an.clause_verb(trig)
        found = []
        for t in self.an.timexes_in(sent):
            head = self.an.timex_head(t)
            if head is None or t.kind != "date" or not self.an.usable(t):
                continue
            if self.an.clause_verb(head).i == verb.i or self.an._within(head, verb):
                found.append(t)
        if len(found) < 2 or any(not re.fullmatch(r"[\s,]*(?:and|or)?\s*(?:in|on)?\s*",
                                                  self.an.text[a.end:b.start])
                                 for a, b in zip(found, found[1:], strict=False)):
            return []
        values = [timex.resolve(t, self.an.anchor, "past") for t in found]
        return [v for v in values if v is not None]

    def headline(self, sent: Span) -> bool:
        """A title line in the first paragraphs: no closing mark, a line break after it."""
        if len(self.para_starts) > 2 and sent.start_char >= self.para_starts[2]:
            return False
        text = self.an.text[sent.start_char:sent.end_char]
        after = self.an.text[sent.end_char:sent.end_char + 1]
        return bool(text.strip()) and text.strip()[-1] not in ".!?\"”:" and (
            "\n" in text[len(text.rstrip()):] or after == "\n")

    # --- main -------------------------------------------------------------------------------
    def draft(self, trig: Token, sent: Span, code: str, name: str, dateline: str | None,
              before: list[_Draft]) -> _Draft | None:
        """The meeting a trigger reports, or None when it did not take place."""
        verb = trig if trig.pos_ == "VERB" else self.an.clause_verb(trig)
        if self.not_happened(trig, verb):
            return None
        own = self.an.attached_time(trig, sent, "past") or meetings.held_time(
            self.an, self.constructions, trig, sent) or meetings.weekend(sent, self.an.anchor)
        if own is not None and own.precision == "year" and trig.lower_ in self.backref_nouns and \
                any(c.lower_ in DEFINITE for c in trig.children):
            own = None  # "at the summit was Habre, Chad's leader until 1990": not the summit's day
        year = next((c.text for c in trig.children if c.pos_ == "NUM" and c.i < trig.i
                     and re.fullmatch(r"(?:19|20)\d\d", c.text)), None)
        if own is None and year is not None and trig.pos_ != "VERB":
            own = TimeValue(year, "year")  # "the 1999 OSCE summit in Istanbul"
        when = own or self.an.sentence_time(sent)
        if own is None and trig.pos_ != "VERB" and any(c.dep_ == "amod" and (
                c.lower_ in UNDATED or any(g.lower_ in ("recently", "previously") for g in
                                           c.children)) for c in trig.children):
            when = None  # "during a recent summit", "the recently concluded summit": no day
        if own is None and meetings.vague_time(self.an, verb, sent):
            when = None  # "met last week" (a week over two months): not the story's day
        told = [b for b in before if b.own_time]
        if own is None and told and meetings.same_day(sent):
            when, own = told[-1].when, told[-1].when  # "received on the same day"
        anchor = self.an.anchor
        if when is not None and anchor is not None and anchor.precision == "day" and \
                when.value[:len(anchor.value)] > anchor.value:
            return None  # dated after the report: planned, not past
        mine = [c for c in self.constructions if trig.i in c.nodes.values()]
        carrier = any(c.name in ("ATTENDED", "DELEGATION_TO", "AT_GATHERING", "THEIR_MEETING",
                                    "JOINT_MEETING", "BROUGHT_TOGETHER")
                      for c in mine) or meetings.names_pair(mine, trig) or (
            trig.dep_ == "pobj" and trig.head.lower_ in ("at", "during")
            and any(c.name in meetings.HELD_GATHERING
                    for c in mine))  # "at a meeting held today, X …"
        actors, targets, location = self.participants(trig, verb, carrier)
        extra, how = meetings.more_participants(self.an, self.claims, self.constructions,
                                                trig, verb, sent)
        for i in extra:
            if i not in actors and i not in targets:
                (targets if actors else actors).append(i)
        if self.outcome_of_meeting(trig, verb):
            how.append("OUTCOME_OF_MEETING")  # "talks … on Tuesday could not resolve …"
        host = self.trip_destination(mine, trig)
        if host is not None and host not in actors + targets:
            targets.append(host)  # "arrived in Kenya for a two-day visit": Kenya hosts it
            how.append("ARRIVED_ON_VISIT")
        state = meetings.visited_state(self.an, self.claims, trig, actors + targets)
        if state is not None:
            targets.append(state)  # "his visit to Baghdad": Iraq hosts it (meet14)
            how.append("VISITED_CITY")
        determiners = ("the", "this", "that", "first", "second", "third", "bilateral")
        backref = trig.pos_ != "VERB" and trig.lower_ in self.backref_nouns and (
            any(c.lower_ in determiners for c in trig.children) or (
                trig.dep_ == "compound" and any(c.lower_ in determiners
                                                for c in trig.head.children)))
        story = self.an.story_time
        if location is None and dateline and when is not None and story is not None \
                and when.value == story.value:
            location = dateline
        gathering = name == "GATHERING_NOUN"
        if name == "MEET_VERB" and meetings.met_at_gathering(mine, verb):
            gathering = True  # "A, B and C met at the summit": the summit itself
            how.append("MET_AT_GATHERING")
        elif name == "MEET_VERB" and meetings.leaders_of(self.an, verb, actors + targets):
            gathering = True  # "the leaders of Russia, Belarus and Kazakhstan met in Minsk"
            how.append("LEADERS_OF")
        held = any(c.name in ("SESSION_HELD", *meetings.HELD_GATHERING) for c in mine)
        relative = any(c.name == "HELD_RELATIVE" for c in mine)
        session = gathering and (held or any(c.ent_type_ == "ORDINAL" for c in trig.children))
        if not session and held and self.of_body(trig):
            session = True  # "a meeting of the CIS Council of Heads of State took place"
            how.append("SESSION_HELD")
        # not "the 2005 G8 summit", "during the G8 summit in Genoa in 2001" (meet7)
        of_another_year = meetings.other_year(self.an, trig, own)
        org = meetings.org_gathering(self.an, mine, trig) if trig.pos_ != "VERB" and \
            not of_another_year else None
        addressed = None
        if org is None and trig.pos_ != "VERB" and not of_another_year and self.spoken_to(trig):
            org = addressed = meetings.addressed_org(self.an, trig)  # "his address to the Harbour
            # Guild Forum": the gathering of the organization its own phrase names (meet32)
        if not session and org is not None:
            session = True  # "the ASEAN summit", "a meeting of EU foreign ministers" (meet7)
            actors = actors + [org] if org not in actors + targets else actors
            how.append("SPEECH_TO_ORG" if addressed else "ORG_GATHERING")
        elif not session and not of_another_year and (held or (
                gathering and trig.lower_ == "summit")) and _families(
                self.an, actors + targets) == 1 and all(
                e.kind in ("body", "organization") and e.key is not None
                for e in self.an.entities if e.local_id in actors + targets):
            # "at a meeting held today, the Commonwealth decided …"; "At the summit, NATO
            # agreed …": one known organization alone at a summit or a held meeting (meet7)
            session = True
            how.append(("HELD_RELATIVE" if relative else "HELD_PARTICIPLE") if held
                       else "ONE_ORG_SUMMIT")
        if relative and "HELD_RELATIVE" not in how:
            how.append("HELD_RELATIVE")  # "the talks, which were held in Geneva" (meet27)
        members = meetings.members_at_gathering(self.an, self.constructions, trig) if not (
            session or of_another_year) and _families(self.an, actors + targets) <= 1 else None
        if members is not None:
            session = True  # "At their meeting, OPEC ministers decided …" (meet10)
            actors = actors + [members] if members not in actors + targets else actors
            how.append("MEMBERS_AT_GATHERING")
        held_by = next((b for c in mine if c.name == "BODY_HELD" and c.nodes["gathering"] == trig.i
                        and (b := self.holding_body(self.doc[c.nodes["body"]]))), None)
        if not session and held_by is not None:
            session = True  # "the Council of CSTO Foreign Ministers held a meeting"
            actors = actors + [held_by] if held_by not in actors + targets else actors
            how.append("BODY_HELD")
        if any(c.name == "BROUGHT_TOGETHER" for c in mine):
            how.append("BROUGHT_TOGETHER")  # "the summit brought together A, B and C"
        headline = self.headline(sent)
        bilateral = name in VERBAL and any(
            self.an.role_at(t.i) is not None or t.lower_ in ("he", "she") or (
                self.an.entity_at(t) is not None and self.an.entity_at(t).kind == "person")
            for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
            for t in c.subtree)  # type: ignore[union-attr]
        # "the two leaders met", "the pair met" (meet38)
        bilateral = (bilateral and not gathering) or "PAIR_MET" in how or "PAIR_NOUN" in how
        if meetings.names_pair(mine, trig):  # "the first meeting was between A and B"
            backref, bilateral = False, True
            how.append("MEETING_BETWEEN")
        if before and any(c.dep_ == "nsubj" and c.lower_ == "they" for c in verb.children):
            # "They also met with X": the participants of the meeting just told, and X
            backref = True
            actors = [a for a in before[-1].actors if a not in actors] + actors
            how.append("THEY")
        body, met = next(((b, c.name) for c in self.constructions if c.name in (
                              "BODY_MET", "BODY_MET_RELATIVE") and c.nodes["verb"] == verb.i
                          and (b := self.named_body(self.doc[c.nodes["body"]])) is not None),
                         (None, ""))
        if name == "MEET_VERB" and not targets and body is not None:
            session = True  # "the 15-member council met last Tuesday": a session of the body
            actors = actors + [body] if body not in actors else actors
            how.append(met)  # "the EU ministers who met on Thursday" (meet10)
        one_side = None if session else meetings.one_org_side(self.an, name, trig, verb,
                                                             actors + targets)
        how += [one_side] if one_side else []  # "An AU delegation held talks" (meet13)
        how += ["FROM_GROUP"] if meetings.named_from_group(self.an, sent, actors + targets) else []
        lifted = meetings.lifted_by(self.an, self.constructions, trig, verb, self.negation)
        how += [lifted] if lifted else []  # "the council, which held a meeting" (meet10)
        d = _Draft("CONSULT", code, trig.text, sent, self._expand_bodies(actors),
                   self._expand_bodies(targets), when, location, backref, pattern=name,
                   gathering=gathering, session=session, headline=headline,
                   own_time=own is not None, bilateral=bilateral,
                   direct=self.direct(verb) if bilateral else set(),
                   part=gathering and backref and meetings.part_of_meeting(self.an, trig),
                   one_side=one_side is not None)
        # a headline's "X visits Y", "X organizes summit": under way or to come, unless the
        # body tells it (meet6: the gathering noun of a present-tense headline too)
        d.ongoing = headline and (name == "VISIT_VERB" and trig.tag_ == "VBZ" or (
            name == "GATHERING_NOUN" and verb.tag_ == "VBZ"))
        if d.part:
            how.append("PART_OF_MEETING")
        if own is None and (backref or ("PAIR_MET" in how and trig.pos_ != "VERB")):
            d.backref = True  # "the meeting", "the two parties": the day of the one it joins
            d.when, d.default_when = None, when
        d.evidence.append(self.an.evidence(sent, f"{VERSION}:{'+'.join([name, *how])}"))
        d.topics = self.paragraph_topics(sent)
        return d

    def trip_destination(self, mine: list[meetings.Construction], trig: Token) -> str | None:
        """The state a trip went to, for a visit noun that names no destination of its own
        ("arrived in Kenya on Tuesday for a two-day visit", ``ARRIVED_ON_VISIT``, meet8)."""
        if any(c.dep_ == "prep" and c.lower_ in ("to", "in") for c in trig.children):
            return None  # "arrived in Berlin on an official visit to Germany"
        for c in mine:
            if c.name == "ARRIVED_ON_VISIT" and c.nodes["trigger"] == trig.i:
                ent = self.an.entity_at(self.doc[c.nodes["destination"]])
                if ent is not None and ent.kind == "country":
                    return ent.local_id
        return None

    def decided(self, ent: LocalEntity, verb: Token) -> bool:
        """"the Romanian parliament ratified …", "the United Nations voted …" (``BODY_DECIDED``):
        a deliberative body (or an organization named by one: "the Hungarian National
        Assembly") that decided sat that day; any other organization only when it voted."""
        # the name's head noun: its last word, or the one before "of" ("Parliament of Romania")
        last = ent.name.split(" of ")[0].split()[-1].lower() if ent.name else ""
        return (ent.kind in ("body", "organization") and last in meetings.words("deliberative")) or \
            verb.lemma_.lower() == "vote"

    def heard(self, ent: LocalEntity, verb: Token) -> bool:
        """"X appeared before the Senate committee", "testified before the Commission of
        Inquiry" (``APPEARED_BEFORE``, meet28): a body whose name's head is a deliberative or
        a hearing word heard a witness that day; told in the simple past or the perfect, not
        as a passive or an adjective ("the committee appeared divided" has no "before")."""
        head = re.split(r" (?:of|on|for|into) ", ent.name or "")[0].split()
        if not head or head[-1].lower() not in meetings.words("deliberative") | \
                meetings.words("hearing_bodies"):
            return False
        return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have"
                                         for c in verb.children)

    def sat(self, ent: LocalEntity, verb: Token) -> bool:
        """"The Australian Parliament resumed sitting February 7", "The Assembly has adjourned
        until Tuesday", "APEC Australia 2007 has officially closed in Sydney" (``BODY_OPENED``,
        meet18): a body whose sitting opened, resumed or closed sat that day.  What it opened
        must be a sitting (the ``sitting_objects`` words: "opened a debate", "began debating"),
        not other work ("began the groundwork"); an organization that is no deliberative body
        only with no object at all (its gathering named by its name); the perfect or the past,
        or a headline's present ("UN General Assembly opens with …"), not "when Parliament
        reconvenes"."""
        if verb.tag_ == "VBZ" and not self.headline(verb.sent):
            return False
        if verb.tag_ == "VBN" and (verb.dep_ in ("amod", "acl") or any(
                c.dep_ == "auxpass" or c.dep_ == "aux" and c.lemma_ == "be"
                for c in verb.children)):
            return False  # a participle ("the closed session"), not "reconvened" tagged VBN
        objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp", "attr")]
        if any(c.lemma_.lower() not in meetings.words("sitting_objects") for c in objects):
            return False
        last = ent.name.split(" of ")[0].split()[-1].lower() if ent.name else ""
        return last in meetings.words("deliberative") or (ent.kind == "organization"
                                                          and not objects)

    def holding_body(self, subject: Token) -> str | None:
        """The body a subject names ("the OSCE Permanent Council"), or the one body or
        organization named inside a deliberative noun's phrase ("the Council of CSTO Foreign
        Ministers": the CSTO)."""
        body = self.named_body(subject)
        if body is not None or subject.lower_ not in meetings.words("deliberative"):
            return body
        found = {e.local_id for t in subject.subtree if (e := self.an.entity_at(t)) is not None
                 and e.kind in ("body", "organization")}
        return found.pop() if len(found) == 1 else None

    def of_body(self, trig: Token) -> bool:
        """The meeting noun names its body: "a meeting of the CIS Council of Heads of State"."""
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            (e := self.an.entity_at(t)) is not None and e.kind in ("body", "organization")
            for t in c.subtree) for c in trig.children)

    def sessions(self, sent: Span, triggers: set[int], dateline: str | None,
                 before: list[_Draft]) -> list[_Draft]:
        """Sessions named by their body and number ("at the 15th OSCE Ministerial Council")."""
        out = []
        for c in self.constructions:
            body = self.doc[c.nodes["body"]] if c.name in (
                "SESSION_ORDINAL", *BODY_SESSIONS, *ACTED_AT) \
                else None
            if body is None or body.i in triggers or not sent.start <= body.i < sent.end:
                continue
            ent = self.an.entity_at(body)
            if c.name == "BODY_OPENED" and (ent is None or ent.kind not in ("body", "organization")):
                ent = meetings.edition_of(self.an, body)  # "APEC Australia 2007 has closed"
            if c.name == "MEMBERS_DECIDED":  # "EU foreign ministers agreed on Monday" (meet22)
                ent = meetings.deciding_members(self.an, body, self.doc[c.nodes["verb"]], sent,
                                                self.named_body)
            if ent is None or ent.kind not in ("body", "organization") or self.quoted(body):
                continue
            if c.name == "BODY_OPENED":
                if not self.sat(ent, self.doc[c.nodes["verb"]]):
                    continue
            elif c.name == "APPEARED_BEFORE":
                witnesses = meetings.persons_in(self.an, self.doc[c.nodes["witness"]])
                if not witnesses or not self.heard(ent, self.doc[c.nodes["verb"]]):
                    continue
            elif c.name in ACTED_AT:
                chosen = meetings.persons_in(self.an, self.doc[c.nodes["person"]])
                if not chosen or not meetings.chosen_at(self.an, self.doc[c.nodes["verb"]],
                                                         self.doc[c.nodes["gathering"]], body,
                                                        ent):
                    continue
            elif c.name in BODY_SESSIONS and c.name != "MEMBERS_DECIDED" and not self.decided(
                    ent, self.doc[c.nodes["verb"]]):
                continue
            verb = self.an.clause_verb(body)
            # "appeared before the Inquiry": the witness's verb carries the mood, not the
            # body after "before" (read as a time told by a meeting)
            if self.not_happened(verb if c.name == "APPEARED_BEFORE" else body, verb):
                continue
            when = self.an.attached_time(body, sent, "past") or self.an.sentence_time(sent)
            if meetings.sitting_undated_day(c.name, when, self.an.anchor):
                continue  # "ratified the treaty in June" (a July report): history, no day's sitting (meet29)
            _, _, location = self.participants(body, verb)
            spoke = [p for s in self.constructions if s.name == "SPOKE_AT"
                     and s.nodes["gathering"] == body.i
                     for p in meetings.speakers(self.an, self.doc[s.nodes["holder"]])]
            how = "+SPOKE_AT" if spoke else ""
            if c.name == "APPEARED_BEFORE":
                spoke += [p for p in witnesses if p not in spoke]
            if c.name in ACTED_AT:  # the person the body chose at its sitting (meet34)
                spoke += [p for p in chosen if p not in spoke]
            d = _Draft("CONSULT", self.cat["CONSULT"]["cameo"], body.text, sent,
                       self._expand_bodies([ent.local_id]) + spoke, [], when, location, False,
                       pattern=c.name, gathering=True, session=True,
                       headline=c.name == "BODY_OPENED" and self.headline(sent))
            acting = meetings.acting_with(self.an, self.constructions, self.doc[
                c.nodes["verb"]]) if c.name == "BODY_OPENED" else []
            d.actors += [p for p in acting if p not in d.actors]
            how = how or ("+WITH_ACTING" if acting else "")
            d.evidence.append(self.an.evidence(sent, f"{VERSION}:{c.name}{how}"))
            d.topics = self.paragraph_topics(sent)
            out.append(d)
        return out

    def run(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        dateline = None
        from .dates import find_dateline
        dl = find_dateline(self.an.text)
        if dl is not None:
            known = self.an.kb.lookup(dl.place, ("place",))
            if known:
                dateline = next((e.local_id for e in self.an.entities if e.key == known[0].key),
                                known[0].key)
        sents = list(self.doc.sents)
        for k, sent in enumerate(sents):
            last_start = sents[k - 1].start if k else 0  # the sentence before
            trigs = self.triggers(sent)
            held = self.sessions(sent, {t.i for t, *_ in trigs}, dateline, drafts)
            if not trigs and not held:
                pv = self.participation_verb(sent)
                if pv is not None and drafts:
                    actors, targets, _ = self.participants(pv, pv)
                    told = pv.lemma_ != "represent"  # ATTENDEES_TOLD: the meeting just told
                    own = self.an.attached_time(pv, sent, "past") if told else None
                    d = _Draft("CONSULT", drafts[-1].cameo, pv.text, sent, actors, targets,
                               own if told else self.an.sentence_time(sent, pv), None, True,
                               own_time=own is not None)
                    d.evidence.append(self.an.evidence(
                        sent, f"{VERSION}:{'ATTENDEES_TOLD' if told else 'participation'}"))
                    if not told or (drafts[-1].sent.start >= last_start
                                    and not self.not_happened(pv, pv)):  # "did not attend"
                        drafts.append(d)
                elif pv is None and drafts and (drafts[-1].gathering or drafts[-1].backref):
                    # the summit told last, or "the meeting" that refers back to it
                    told = next((x for x in reversed(drafts) if x.gathering), None)
                    drafts.extend(self.speech_there(sent, told) if told else [])
                continue
            for trig, _category, code, name in trigs:
                d = self.draft(trig, sent, code, name, dateline, drafts)
                if d is None:
                    continue
                listed = self.listed_dates(trig, sent)
                if len(listed) > 1:  # "visited Brazil in September 1998, June 1999 and …"
                    drafts.extend(replace(d, when=w, actors=list(d.actors),
                                          targets=list(d.targets), topics=set(d.topics),
                                          evidence=[replace(e, extractor=e.extractor +
                                                            "+EACH_DATE") for e in d.evidence])
                                  for w in listed)
                    continue
                drafts.extend(meetings.each_counterpart(self.an, self.claims, d, trig,
                                                        self.constructions))
            drafts.extend(held)
        kinds = {e.local_id: e.kind for e in self.an.entities}
        return _merge(drafts, kinds)


def _families(an: DocAnalysis, ids: Sequence[str]) -> int:
    """Distinct participants, a body counted with its organization."""
    seen = set()
    for i in ids:
        ent = an.entity_by_id.get(i)
        key = ent.key if ent is not None else i
        known = an.kb.entities.get(key or "")
        if known is not None and known.parent:
            key = known.parent
        seen.add(key or i)
    return len(seen)




def stage(an: DocAnalysis, claims: Sequence[Claim] = (), min_confidence: float = 0.0
          ) -> tuple[Event, ...]:
    """Events that happened, one per real event in the document: meetings (CONSULT) from the
    meeting extractor, and every PLOVER category from the sentence coder (``plover.py``) whose
    confidence (``confidence.py``) is at least ``min_confidence``."""
    out = []
    extractor = _Extractor(an, claims)
    for d in extractor.run():
        if _families(an, d.actors + d.targets) < (1 if d.session or d.one_side else 2):
            continue  # a meeting needs two sides; a body's numbered or opening session is one
        if not (d.session or d.one_side) and meetings.own_state_only(
                an, d.sent, d.actors + d.targets):
            continue  # "the visit of U.S. President George Bush": one side (meet14)
        if not (d.session or d.one_side) and meetings.own_organization_only(
                an, d.sent, d.actors + d.targets):
            continue  # "a visit by the president of the World Bank, X": one side (own1)
        coded = tuple(CodedActor(role, _entity_name(an, i), *_office_code(an, claims, i), i)
                      for role, ids in (("source", d.actors), ("target", d.targets)) for i in ids)
        out.append(Event(category=d.category, cameo=d.cameo, actors=tuple(d.actors),
                         targets=tuple(d.targets), date=d.when.value if d.when else None,
                         date_precision=d.when.precision if d.when else None,
                         location=d.location, topics=tuple(sorted(d.topics)), trigger=d.trigger,
                         document=an.doc_id, evidence=tuple(d.evidence),
                         extractor=VERSION, quad=plover.lexicon().quad["CONSULT"],
                         contexts=("diplomatic",), coded=coded))
    out.extend(_plover_events(an, extractor, out, claims, min_confidence))
    return tuple(out)


def _entity_name(an: DocAnalysis, local_id: str) -> str:
    ent = an.entity_by_id.get(local_id)
    return ent.name if ent is not None else local_id


def _entity_code(an: DocAnalysis, local_id: str) -> str | None:
    ent = an.entity_by_id.get(local_id)
    key = ent.key if ent is not None else local_id
    return plover.coder().actors.code_key(key) if key and ":" in key else None


def _ngo_code(an: DocAnalysis, local_id: str) -> str | None:
    """"NGO" for an organisation the knowledge base lacks whose name the actor coder reads as
    a non-governmental organisation's ("Human Rights Watch", "Amnesty International"): the
    body of an office the document gives a person (``ngo_officers``, NGO_OFFICER, plover119:
    "Kenneth Roth, executive director of Human Rights Watch" codes a later "Roth" NGO/NGO)."""
    ent = an.entity_by_id.get(local_id)
    if ent is None or ent.key or ent.kind not in ("organization", "body"):
        return None
    actors = plover.coder().actors
    code = actors.code_name(ent.name, "ORG")
    return code if code == actors.ngo_officer_code else None


def _office_code(an: DocAnalysis, claims: Sequence[Claim], local_id: str,
                 besides: tuple[int, int] | None = None,
                 former_ok: bool = False) -> tuple[str | None, str | None]:
    """Actor code and sector of an entity; a person takes them from an office the same
    document says they hold (an OSCE Secretary General is IGO, a foreign minister of Russia
    RUS/GOV), as CAMEO codes officials by whom they act for; with ``former_ok`` a former
    office gives the country alone (Bill Clinton, former US president: USA).  ``besides``: a
    sentence whose claims do not count (they read its country the way the event's guess did)."""
    code = _entity_code(an, local_id)
    if code is not None:
        return code, None
    former: str | None = None
    for claim in claims:
        if claim.predicate != "holds_position" or claim.subject != local_id or not claim.object:
            continue
        if besides is not None and claim.evidence and all(
                besides[0] <= ev.start < besides[1] for ev in claim.evidence):
            continue
        office = _entity_code(an, claim.object) or _ngo_code(an, claim.object)
        if claim.qualifier == "former":
            if office not in (None, "IGO", "NGO"):
                former = former or office  # a former president acts as a national, not in office
            continue
        if office is not None:
            body = getattr(an.entity_by_id.get(claim.object), "name", None)
            actors = plover.coder().actors  # an NGO's officer: NGO, no state's GOV (plover119)
            if office == actors.ngo_officer_code:
                return office, actors.ngo_officer
            return office, (None if office == "IGO" else
                            actors.office_sector((claim.role or "").split(), body))
    if former_ok and former is not None:  # no office held now: an elite (``former_elites``)
        return former, plover.coder().actors.elite_sector
    return None, None


def _introduced_code(an: DocAnalysis, local_id: str) -> tuple[str | None, str | None]:
    """A person's country and sector from the mentions that introduce them with a demonym,
    country or title, or an apposition that does ("Chinese Lieutenant General Zhang Qinsheng"
    codes a later "Zhang"; "Cindy Sheehan, a prominent U.S. anti-war activist" a headline's),
    when they all give one country (``ActorCoder.stated_country``)."""
    ent = an.entity_by_id.get(local_id)
    if ent is None or ent.kind != "person":
        return None, None
    actors = plover.coder().actors
    phrases = []
    for i in ent.mentions:
        m = an.mentions[i]
        span = an.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root  # the name, or an apposition beside it ("Cindy Sheehan, a
        phrases += [root, *(c for c in root.children if c.dep_ == "appos")]  # U.S. activist")
        if root.dep_ == "appos":
            phrases.append(root.head)
    country = actors.stated_country(phrases)
    sector = next((a.sector for p in phrases for a in actors.code_np(p, deep=False)
                   if a.code == country and a.sector), None) if country else None
    return country, sector


def _locative(tok: Token) -> bool:
    """A target that is only where the act took place ("In Taiwan, Lee asked …")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "inside", "across",
                                                      "throughout")


def _actor_entity(an: DocAnalysis, actor: plover.Actor) -> str | None:
    """The local entity an actor phrase names: its head's, else the first inside it."""
    doc = an.doc
    head = an.entity_at(doc[actor.head])
    if head is not None and head.kind != "place":
        return head.local_id
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    for tok in span or ():
        ent = an.entity_at(tok)
        if ent is not None and ent.kind in ("person", "organization", "body", "country"):
            return ent.local_id
    return head.local_id if head is not None else None


def _governing_time(an: DocAnalysis, verb: Token, sent: Span) -> TimeValue | None:
    """The time of the clause an undated clause depends on: "after it left Uzbekistan in 2005
    after the U.S. criticized …", "the last time the government ordered … was in 1972" (a
    background act takes its own story's date, not the report's)."""
    node = verb
    for _ in range(4):
        if node.dep_ not in ("advcl", "conj", "relcl", "acl", "xcomp") or node.head.i == node.i:
            return None
        node = an.clause_verb(node.head) if node.dep_ in ("relcl", "acl") else node.head
        when = an.attached_time(node, sent, "past")
        if when is not None:
            return when
    return None


@cache
def _background_trees(key: str) -> AnchoredTrees:
    """One pattern table of data/background_acts.json (``key``), its $lists filled in from the
    file's own lists, built once."""
    data = load_json("background_acts.json")
    lists = {k: v for k, v in data.items() if isinstance(v, list)}
    return AnchoredTrees(named_lists(data[key], lists))


@cache
def _background_rules() -> tuple[AnchoredTrees, frozenset[str]]:
    """data/background_acts.json: its patterns, lists filled in, and its backshift verbs."""
    return (_background_trees("patterns"),
            frozenset(load_json("background_acts.json")["backshift_verbs"]))


@cache
def _relative_clause_limits() -> tuple[frozenset[str], frozenset[str]]:
    """data/background_acts.json's locative_relative_adverbs ("where") and
    non_restrictive_marks (the comma or bracket that opens a non-restrictive clause)."""
    data = load_json("background_acts.json")
    return frozenset(data["locative_relative_adverbs"]), frozenset(data["non_restrictive_marks"])


def background_act(verb: Token) -> str | None:
    """The pattern that tells ``verb``'s act as background, before the report ("had levied
    sanctions", "had previously announced", "once occupied"), else None: such an act without
    a date of its own is not dated to the report (docs/plover.md item 61); so is an act told
    in a restrictive relative clause in the past that says which actor or thing is meant
    ("the states that imposed restrictions", "the rockets that militants were firing", item 87),
    unless it tells where ("the sea where troops rescued him").  A past perfect
    in what someone said is their simple past shifted back ("said militants had attacked"):
    news, not background."""
    trees, backshift = _background_rules()
    where, marks = _relative_clause_limits()
    for name, ids in trees(verb):
        carrier = verb.doc[ids[1]] if name == "PAST_PERFECT_CONJUNCT" else verb
        if name.startswith("PAST_PERFECT") and carrier.dep_ == "ccomp" and \
                carrier.head.lemma_ in backshift and carrier.head.tag_ in ("VBD", "VBN"):
            continue
        if name in ("BACKGROUND_ADVERB", "RECENTLY", "LONG_PERFECT") and \
                any(verb.doc[ids[1]].children):
            continue  # an adverb with words of its own: "once again", "once and for all",
            # "most recently", "as recently as two weeks ago", "long before the war"
        if name.startswith("RELATIVE_") and any(
                c.dep_ == "advmod" and c.lower_ in where for c in verb.children):
            continue  # a locative relative tells what happened at a place ("the sea where
            # troops rescued him"), often the story's own news, not which actor it is
        if name.startswith("RELATIVE_") and verb.left_edge.i > 0 and \
                verb.doc[verb.left_edge.i - 1].text in marks:
            continue  # a non-restrictive clause ("X, who vowed to defeat …") adds what the
            # actor did, as often the story's news as history; a restrictive one says which
        return name
    return None


@cache
def _history_rules() -> tuple[AnchoredTrees, AnchoredTrees, AnchoredTrees]:
    """data/background_acts.json's history_act_patterns, prior_act_patterns and
    link_list_headings, lists filled in."""
    return (_background_trees("history_act_patterns"), _background_trees("prior_act_patterns"),
            _background_trees("link_list_headings"))


def told_as_history(verb: Token, act: Token) -> str | None:
    """The pattern that tells an act as history before the report with no date of its own,
    else None (docs/plover.md item 96): an act done during an election campaign ("During his
    election campaign Rudd called on …"), or an act noun ``act`` qualified by a bare adjective
    of a prior past ("the recent withdrawals of Spain", "an earlier arrest"; not "the most
    recent attack")."""
    clause, prior, _ = _history_rules()
    found = clause(verb)
    if found:
        return found[0][0]
    if act.pos_ == "NOUN":
        for name, ids in prior(act):
            if not any(act.doc[ids[1]].children):
                return name
    return None


def sequel_or_habit(verb: Token) -> str | None:
    """The pattern that tells the act of the clause verb ``verb`` as one named only to place
    the reported act in time ("The move comes after the EU sanctioned <a state>") or as a habit
    over a span ("have consistently dismissed the allegations"), else None (docs/plover.md
    item 117): with no date of its own such an act is not dated to the report."""
    found = _background_trees("sequel_patterns")(verb)
    return found[0][0] if found else None


def prior_statement(verb: Token) -> str | None:
    """The pattern that tells the act of the clause verb ``verb`` inside an earlier statement
    ("X previously said <a state> had struck", "had previously announced plans to resign"), else
    None (docs/plover.md item 120): with no date of its own such an act is not dated to the
    report.  An adverb with words of its own ("as previously announced") does not count."""
    for name, ids in _background_trees("prior_statement_patterns")(verb):
        if not any(verb.doc[ids[-1]].children):
            return name
    return None


@cache
def _attributive_date_rules() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """data/background_acts.json's attributive_date_determiners, attributive_date_next_pos and
    attributive_date_statement_nouns."""
    data = load_json("background_acts.json")
    return frozenset(data["attributive_date_determiners"]), \
        frozenset(data["attributive_date_next_pos"]), \
        frozenset(data["attributive_date_statement_nouns"])


def story_date_of_a_thing(an: DocAnalysis) -> frozenset[str] | None:
    """The lemmas of the noun phrase whose attributive date the story time
    (``DocAnalysis.story_timex``) comes from, between a determiner and a noun or adjective ("the
    October 17, 2001, assassination of <X>", "the July 7 suicide bombings"): a date that names
    an event or a thing, not the day the story narrates (docs/plover.md item 124); else None,
    and None for the date of a statement or document ("a March 17 press release")."""
    found, anchor = an.story_timex, an.anchor
    if found is None or anchor is None or found[1] == anchor:
        return None
    t = found[0]
    determiners, next_pos, statements = _attributive_date_rules()
    span = an.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or span.start == 0 or span.end >= len(an.doc):
        return None
    after = an.doc[span.end]
    if after.text == "," and span.end + 1 < len(an.doc):
        after = an.doc[span.end + 1]
    if an.doc[span.start - 1].lower_ not in determiners or after.pos_ not in next_pos:
        return None
    words = []
    for tok in an.doc[after.i:]:
        if tok.pos_ not in ("NOUN", "ADJ", "PROPN"):
            break
        words.append(tok.lemma_.lower())
    return None if statements & set(words) else frozenset(words)  # "a March 17 press
    # release": what it tells was said that day


def link_list_start(doc: Doc) -> int | None:
    """Where a list of other reports closing the page begins: the character offset of a
    sentence that is only its heading ("See also.", "Related news.") in the second half of
    the text, else None; what follows it is those reports' news, not this one's."""
    headings = _history_rules()[2]
    length = len(doc.text)  # once: ``Doc.text`` joins every token's text (perf18)
    for sent in doc.sents:
        if sent.start_char * 2 < length:
            continue
        for _, ids in headings(sent.root):
            if all(t.i in ids or t.is_punct or t.text in ("#", "*") for t in sent):
                return sent.end_char
    return None


@cache
def _month_numbers() -> dict[str, int]:
    """A month's number by the first three letters of its name (background_acts.json's
    month_names: the twelve full names come first)."""
    names = load_json("background_acts.json")["month_names"][:12]
    return {m[:3]: i for i, m in enumerate(names, 1)}


def act_own_time(act: Token, anchor: TimeValue | None) -> tuple[str, TimeValue] | None:
    """(pattern name, date) where the act noun ``act`` is dated by its own modifier, a year
    or a month with its year before the report's ("the minister's 2004 inquiry", "the March 2003
    invasion"): history told of its time, whatever else its clause dates (docs/plover.md
    item 74).  None where no pattern matches, or the modifier's date is not before the
    report's (or the report has no date)."""
    if anchor is None:
        return None
    for name, ids in _background_trees("act_time_patterns")(act):
        year = int(act.doc[ids[-1]].text)
        month = _month_numbers().get(act.doc[ids[1]].lower_[:3]) if name == "ACT_MONTH_YEAR" else None
        if year < 1800:
            continue  # a count, not a year ("1500 arrests")
        when = TimeValue(f"{year:04d}-{month:02d}", "month") if month else \
            TimeValue(f"{year:04d}", "year")
        if when.value < anchor.value[:len(when.value)]:
            return name, when
    return None


def framed_time(an: DocAnalysis, verb: Token, sent: Span) -> tuple[str, TimeValue] | None:
    """(pattern name, date) where the act of the clause verb ``verb`` is framed by a time the
    parse puts outside its clause (docs/plover.md item 105): the time a relative "when" clause
    hangs on ("since June, when militants seized control", "since at least 2000, when the AMA
    announced support").  None where no pattern matches, or the frame's time is not before
    the report's (a coarser time that holds the report's day counts; the report's own day, or
    any time after it, does not), or the report has no date."""
    anchor = an.anchor
    if anchor is None:
        return None
    for name, ids in _background_trees("frame_time_patterns")(verb):
        frame = verb.doc[ids[-1]]
        found = [t for t in an.timexes_in(sent) if t.start <= frame.idx < t.end
                 and not t.narrative]  # (a bare year with a "when" clause is a time, not a
        # name's: "since at least 2000, when")
        base = an.written if found and found[0].kind in ("weekday", "relative") and \
            an.written is not None else anchor  # (as attached_time counts them)
        when = timex.resolve(found[0], base, "past") if found else None
        if when is None or when.value == anchor.value:
            continue
        n = min(len(when.value), len(anchor.value))
        if when.value[:n] <= anchor.value[:n]:
            return name, when
    return None


def past_week(an: DocAnalysis, trig: Token, sent: Span) -> tuple[str, TimeValue | None] | None:
    """("WEEK_ACROSS_MONTHS", date) where the act of ``trig`` is told in a week before the
    report's ("two weeks ago", "last week") that the time normaliser leaves unresolved because
    the week lies across two months (docs/plover.md item 105): the week's year where the whole
    week lies in one year, else None (before the report, on no date the text states; not the
    report's day either way).  None where the act's clause has no such expression."""
    verb = an.clause_verb(trig)
    base = an.written or an.anchor
    if base is None or base.precision != "day":
        return None
    for t in an.timexes_in(sent):
        if t.kind != "relative" or t.unit not in _frame_week_units() or (t.offset or 0) >= 0 \
                or t.narrative or not an.usable(t):
            continue
        head = an.timex_head(t)
        if head is None or (an.clause_verb(head).i != verb.i and not an._within(head, verb)):
            continue
        if timex.resolve(t, base, "past") is not None:
            continue  # (a week within one month has its month already)
        day = date.fromisoformat(base.value[:10])
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=t.offset or 0)
        sunday = monday + timedelta(days=6)
        return "WEEK_ACROSS_MONTHS", (TimeValue(f"{monday.year:04d}", "year")
                                      if monday.year == sunday.year else None)
    return None


@cache
def _frame_week_units() -> frozenset[str]:
    """data/background_acts.json's week_units (the unit the normaliser gives no month)."""
    return frozenset(load_json("background_acts.json")["week_units"])


def _own_time(an: DocAnalysis, trig: Token, sent: Span) -> TimeValue | None:
    """The time the text gives the act of ``trig``: its clause's own, else that of the clause
    it depends on (``_governing_time``); None where the text gives none."""
    return an.attached_time(trig, sent, "past") or _governing_time(an, an.clause_verb(trig), sent)


def _told_of_its_time(an: DocAnalysis, trig: Token, sent: Span) -> bool:
    """An act dated in a year before the report's ("the martial law imposed by former President
    X back in 1972") is told of its time: a former office holder acted in office then."""
    when = _own_time(an, trig, sent)
    anchor = an.anchor
    return when is not None and anchor is not None and when.value[:4] < anchor.value[:4]


def _plover_events(an: DocAnalysis, extractor: _Extractor, meetings: Sequence[Event],
                   claims: Sequence[Claim] = (), min_confidence: float = 0.0) -> list[Event]:
    """Coded events of every sentence, except a meeting the meeting extractor already has,
    events told inside quotations, events whose source no entity of the text names, and
    events whose confidence is under ``min_confidence``."""
    met = {(ev.start, ev.end) for m in meetings for ev in m.evidence}
    anchor = an.anchor
    out: list[Event] = []
    seen: set[tuple[object, ...]] = set()
    sentence_coder = plover.coder()
    sentence_coder.use_text(an.doc, an.text)  # the text held: the coder need not join it
    kinds = {e.local_id: e.kind for e in an.entities}
    actors = sentence_coder.actors
    links = link_list_start(an.doc)
    story_thing = story_date_of_a_thing(an)  # the story time names an event (plover120)
    for sent in an.doc.sents:
        if links is not None and sent.start_char >= links:
            break  # a list of other reports closing the page ("See also."): their news
        for c in sentence_coder.code(sent):
            trig = an.doc.char_span(c.trigger_start, c.trigger_end, alignment_mode="expand")
            if trig is None or extractor.quoted(trig[0]):
                continue
            if c.category == "CONSULT" and (any(s <= sent.start_char < e for s, e in met)
                                            or not extractor.consult_ok(trig[0])):
                continue
            if not any(a.code for a in c.sources + c.targets) and not any(
                    getattr(an.entity_at(an.doc[a.head]), "kind", None) == "person"
                    for a in c.sources):
                continue  # (a named person may take a country from the document, below)
            coded = []
            for role, group in (("source", c.sources), ("target", c.targets)):
                for a in group:
                    if extractor.quoted(an.doc[a.head]):
                        continue  # words quoted on a banner or by a speaker act in the quote
                    entity = _actor_entity(an, a)
                    code, sector = a.code, a.sector
                    if sector == actors.elite_sector and (c.mode in actors.in_office_modes or
                                                          _told_of_its_time(an, trig[0], sent)):
                        sector = actors.title_sector(an.doc[a.head])  # "the former Prime
                        # Minister resigned": done in office, by its holder (``former_elites``)
                    near = code is not None and not a.placed and kinds.get(entity) == "person" \
                        and not any(n.code for n in plover.coder().actors.code_np(
                            an.doc[a.head], deep=False))  # a country beside the name, not in
                    # it ("Sanders, a critic of Saudi Arabia"): the office the document gives
                    # wins (not another mention's phrase: "McCain, a former Vietnam War era
                    # prisoner of war")
                    if (code is None or a.placed or near) and entity is not None and not (
                            code is None and kinds.get(entity) in ("country", "place")):
                        # ("Michael Jordan": the coder read the country's name as a name)
                        # an official named without country, or one the coder placed by the
                        # sentence's country ("Bush is urging … the wars in Iraq"): the office
                        # the document gives them; a source placed only by the country of its
                        # target ("Downer … a request to the Indonesian government") is a
                        # guess that this sentence cannot confirm
                        guess = a.placed and role == "source" and code in {
                            t.code for t in c.targets if not _locative(an.doc[t.head])
                            and not t.located}  # ("insurgents in Thailand's south": where)
                        besides = (sent.start_char, sent.end_char) if guess else None
                        office, office_sector = _office_code(an, claims, entity, besides)
                        former, former_sector = _office_code(
                            an, claims, entity, besides, former_ok=True) if office is None \
                            else (None, None)  # (an office no longer held: an elite, ELI)
                        if office is None and (code is None or a.placed):
                            office, office_sector = _introduced_code(an, entity)  # "US
                            # televangelist Pat Robertson" codes a later "Robertson"
                            office_sector = office_sector or (former_sector if office else None)
                        if office is None and (code is None or a.placed):
                            office, office_sector = former, former_sector
                        code = office or (None if guess else code)
                        from_document = not sector
                        sector = sector or (None if near else office_sector)
                        if from_document and sector == actors.elite_sector and (
                                c.mode in actors.in_office_modes or
                                an.doc[a.head].ent_type_ != "PERSON" or
                                _told_of_its_time(an, trig[0], sent)):
                            sector = None  # "Powell resigns": done in office, the document's
                            # "former" is what the act made him; "Lopez Obrador's supporters"
                            # are not the person the document gives the office
                    coded.append(CodedActor(role, a.text, code, sector, entity))
            if not any(a.code for a in coded if a.role == "source"):
                continue  # no source with a code, in the sentence or the document: as
                # PETRARCH and ICEWS, no event without a coded source (docs/plover.md item 17)
            sources = tuple(dict.fromkeys(a.entity for a in coded if a.role == "source" and a.entity))
            if not sources:
                continue  # the store keeps events whose source is a linked entity
            targets = tuple(dict.fromkeys(a.entity for a in coded if a.role == "target" and a.entity
                                          and a.entity not in sources))
            verb = an.clause_verb(trig[0])
            dated_by = None if c.modality == "intent" else act_own_time(trig[0], anchor)
            framed = None
            if c.modality == "intent":
                when = None
            elif dated_by is not None:
                when = dated_by[1]  # "the 2004 inquiry": the act's own year, before the report's
            else:
                when = an.attached_time(trig[0], sent, "past")
                framed = framed_time(an, verb, sent) if when is None else None
                when = when or (framed[1] if framed else None) or _governing_time(an, verb, sent)
                # (the clause's own time, else the time that frames it: "since June, when
                # militants seized"; else that of the clause it depends on, as _own_time)
            background = background_act(verb) or told_as_history(verb, trig[0]) or \
                sequel_or_habit(verb) or prior_statement(verb) if when is None else None
            week = past_week(an, trig[0], sent) if when is None and background is None else None
            if week is not None:  # "two weeks ago", a week across two months: its year, or
                when, background = week[1], None if week[1] is not None else week[0]  # none
                framed = (week[0], week[1]) if week[1] is not None else framed
            if when is None and background is None:
                when = an.sentence_time(sent)  # (background with no date of its own: not stated)
                thing = story_thing if when is not None and \
                    when == an.story_time and when != anchor else None
                if thing is not None and trig[0].lemma_.lower() not in thing:
                    when, background = anchor, "ATTRIBUTIVE_STORY_DATE"  # "the October 17,
                    # 2001, assassination" names an event: not the day the story narrates (but
                    # it is the day of that event itself: "orchestrated the attacks")
            if when is not None and anchor is not None and anchor.precision == "day" and \
                    when.value[:len(anchor.value)] > anchor.value:
                continue  # dated after the report: planned, not past
            location = None
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "at", "near"):
                    for pobj in child.children:
                        ent = an.entity_at(pobj)
                        if ent is not None and ent.kind in ("place", "country") and location is None:
                            location = ent.local_id
            if c.category == "CONSULT" and _families(an, [x for x in sources + targets
                                                          if kinds.get(x) != "place"]) < 2:
                continue  # a meeting has two sides; a place is where, not who
            if c.category == "CONSULT" and any(
                    set(sources + targets) <= set(m.actors + m.targets) and (
                        m.date is None or when is None or m.date[:7] == when.value[:7])
                    for m in meetings):
                continue  # a mention of a meeting the meeting extractor has ("NATO summit …")
            key = (c.category, c.cameo, sources, targets, when, sent.start_char)
            if key in seen:
                continue  # "would prohibit aid … and would deny entry": one event of the sentence
            seen.add(key)
            ev = an.evidence(sent, f"{plover.CODER}:{trig[0].lemma_.lower()}" + (
                f"#{c.sense}" if c.sense else "") + (
                f"@{c.actor_rule}" if c.actor_rule else "") + (
                f"~{dated_by[0]}" if dated_by else "") + (
                f"~{framed[0]}" if framed else "") + (
                f"~{background}" if background else ""))  # the patterns that coded it: its
            # sense, the rule that chose its source, the pattern that dated it as history
            # or left it undated as background
            event = Event(category=c.category, cameo=c.cameo, actors=sources, targets=targets,
                          date=when.value if when else None,
                          date_precision=when.precision if when else None, location=location,
                          topics=tuple(sorted(extractor.topics(sent))), trigger=c.trigger,
                          document=an.doc_id, evidence=(ev,), extractor=plover.CODER,
                          quad=c.quad, mode=c.mode, contexts=c.contexts, coded=tuple(coded))
            if c.category != "CONSULT":  # (a meeting is measured by the meeting golds, as the
                # meeting extractor's are: not scored)
                score = confidence.score(event, len(an.text), an.docdate.value, trig[0])
                if score < min_confidence:
                    continue  # readers call most events like it wrong: not kept
                event = replace(event, confidence=round(score, 3))
            out.append(event)
    return out


__all__ = ["stage", "quotes", "lexicon", "replace"]
