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
from dataclasses import dataclass, field, replace
from functools import cache, cached_property

from rapidfuzz import fuzz, process
from spacy.tokens import Span, Token

from . import plover
from .analysis import DocAnalysis
from .knowledge import Knowledge, load_json, norm
from .records import Claim, CodedActor, Event, Evidence, Quote, TimeValue

VERSION = "events.plover.rules.v1"
QUOTE_VERSION = "quotes.rules.v1"
TOPIC_PREPS = {"in", "on", "about", "over", "regarding", "concerning", "into", "across",
               "within", "toward", "towards", "against", "from", "to", "for"}
PARTICIPANT_PREPS = {"with", "between", "by", "of", "among", "and"}
HYPOTHETICAL = {"could", "may", "might", "should", "can", "would"}
# verbs through which a meeting noun's clause names its participants ("X held talks with Y",
# "X said at a meeting of Y"); other verbs ("insisted the meeting be moved") do not
CARRIER_VERBS = {"hold", "attend", "participate", "take", "speak", "address", "meet", "have",
                 "conduct", "arrive", "chair", "host", "open", "begin", "start", "end",
                 "conclude", "welcome", "visit", "pay", "make", "join", "co-chair", "lead",
                 "preside", "receive", "organize", "organise", "convene", "discuss", "agree",
                 "exchange"}
PRONOUNS = {"he", "she", "him", "her", "his"}


@cache
def lexicon() -> dict:
    return load_json("events.json")


@dataclass
class _Draft:
    category: str
    cameo: str
    trigger: str
    sent: Span
    actors: list[str]
    targets: list[str]
    when: TimeValue | None
    location: str | None
    backref: bool
    evidence: list[Evidence] = field(default_factory=list)
    topics: set[str] = field(default_factory=set)


class _Extractor:
    def __init__(self, an: DocAnalysis, claims: Sequence[Claim]) -> None:
        self.an = an
        self.doc = an.doc
        self.claims = claims
        lex = lexicon()
        self.cat = lex["categories"]
        self.planned = set(lex["planned"])
        self.negation = set(lex["negation"])
        self.backref_nouns = set(lex["backref_nouns"])
        self.noun_needs = lex["noun_needs"]
        self.participation = set(lex["participation"])
        self.para_starts = [0] + [m.end() for m in re.finditer(r"\n\n", an.text)]
        self._topics: dict[tuple[int, int], set[str]] = {}  # per sentence: asked once per trigger

    def para_start(self, char: int) -> int:
        return self.para_starts[bisect_right(self.para_starts, char) - 1]

    def quoted(self, tok: Token) -> bool:
        return self.inside_quotes[tok.i]

    @cached_property
    def inside_quotes(self) -> list[bool]:
        """Per token: inside a quotation opened earlier in its paragraph (one pass)."""
        text = self.an.text
        flags = [False] * len(self.doc)
        curly, straight, pos = 0, False, 0
        for tok in self.doc:
            segment = text[pos:tok.idx]
            for k, ch in enumerate(segment):
                if ch == "\n" and segment[k + 1:k + 2] == "\n":
                    curly, straight = 0, False  # quotations never run across paragraphs
                elif ch == "“":
                    curly += 1
                elif ch == "”":
                    curly = max(0, curly - 1)
                elif ch == '"':
                    straight = not straight
            pos = tok.idx
            flags[tok.i] = curly > 0 or straight
        return flags

    # --- triggers -----------------------------------------------------------------------
    def triggers(self, sent: Span) -> list[tuple[Token, str, str]]:
        found = []
        for tok in sent:
            if self.quoted(tok):
                continue
            for category, spec in self.cat.items():
                code = None
                if tok.pos_ in ("VERB",) and tok.lemma_.lower() in spec["verbs"]:
                    code = spec["verbs"][tok.lemma_.lower()]
                    if tok.lemma_ == "talk" and not any(c.lower_ == "with" for c in tok.children):
                        code = None
                    if tok.lemma_ in ("receive", "welcome", "host") and not any(
                            c.dep_ in ("dobj", "nsubjpass", "agent") and self._names_someone(c)
                            for c in tok.children):
                        code = None
                elif tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in spec["nouns"]:
                    code = spec["nouns"][tok.lower_]
                    needs = self.noun_needs.get(tok.lower_)
                    if needs is not None:
                        window = {t.lower_ for t in self.doc[max(0, tok.i - 2):tok.i + 3]}
                        if not window & set(needs):
                            code = None
                    if tok.i > 0 and self.doc[tok.i - 1].lower_ in ("press", "news", "video"):
                        code = None
                    ent = self.an.entity_at(tok)
                    if ent is not None and ent.kind in ("organization", "body"):
                        code = None
                if code:
                    found.append((tok, category, code))
        return found

    def _names_someone(self, tok: Token) -> bool:
        """A person, organization or country, or a title standing for one ("the Cuban minister")."""
        for t in tok.subtree:
            ent = self.an.entity_at(t)
            if ent is not None and ent.kind in ("person", "organization", "country"):
                return True
            if self.an.role_at(t.i) is not None:
                return True
        return False

    def participation_verb(self, sent: Span) -> Token | None:
        for tok in sent:
            if tok.lemma_ == "represent" and any(c.dep_ == "agent" for c in tok.children):
                return tok
        return None

    # --- modality ---------------------------------------------------------------------------
    def not_happened(self, trig: Token, verb: Token) -> bool:
        if self.an.tense(verb) == "future":
            return True
        if verb.i != trig.i and verb.lemma_.lower() in ("plan", "schedule", "expect", "due",
                                                          "propose", "prepare", "intend"):
            return True  # "the session … is planned to be held"
        for tok in (trig, verb, verb.head):
            if any(c.dep_ == "neg" for c in tok.children):
                return True
            if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in tok.children):
                return True
        node = trig
        for _ in range(6):
            if node.lemma_.lower() in self.negation:
                return True
            if node.head.i == node.i:
                break
            node = node.head
        if trig.pos_ != "VERB":  # "the upcoming meeting", "preparations for the session"
            window = [t.lower_ for t in self.doc[max(trig.sent.start, trig.i - 4):trig.i]]
            if set(window) & self.planned:
                return True
        if any(c.lower_ in self.planned for c in trig.children):
            return True
        return False

    # --- participants -------------------------------------------------------------------------
    def _is_topic(self, tok: Token, stop: Token) -> bool:
        """A mention under "in"/"on"/"about"… before reaching ``stop`` is a topic or a place."""
        node = tok
        for _ in range(10):
            if node.i == stop.i or node.head.i == node.i:
                return False
            if node.dep_ == "pobj" and node.head.lower_ in TOPIC_PREPS:
                return True
            if node.dep_ == "pobj" and node.head.lower_ in PARTICIPANT_PREPS:
                return False
            node = node.head
        return False

    def participants(self, trig: Token, verb: Token) -> tuple[list[str], list[str], str | None]:
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
        if verb.i != trig.i and (verb.lemma_.lower() in CARRIER_VERBS | speech):
            scopes.append(verb)
        elif verb.i != trig.i:
            subject_side = set()
        seen: set[int] = set()
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
        for t in sorted(tokens, key=lambda t: t.i):
            if self.quoted(t):
                continue
            ent = an.entity_at(t)
            if ent is None and t.lower_ in ("he", "she") and t.i in subject_side:
                ent = self._pronoun(t)
            if ent is None:
                continue
            if ent.kind == "place":
                if location is None and (t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ in
                                                              ("in", "at", "to"))):
                    location = ent.local_id
                continue
            if self._is_topic(t, trig if verb.i == trig.i else verb) and ent.kind != "person":
                if trig.lemma_ == "visit" and ent.kind == "country" and location is None:
                    location = ent.local_id
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

    def _pronoun(self, tok: Token):  # type: ignore[no-untyped-def]
        """"he"/"she" as subject: the last person named before this sentence."""
        last = _last_person(self.an, tok.sent.start_char)
        return next((e for e in self.an.entities if e.local_id == last), None)

    def _expand_bodies(self, ids: list[str]) -> list[str]:
        """A body takes part with its organization: add the parent next to the body."""
        out = list(ids)
        for i in ids:
            ent = next((e for e in self.an.entities if e.local_id == i), None)
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
        text = sent.text.lower()
        found = set()
        windows: dict[int, dict[int, list[str]]] = {}
        for topic, (exact, long) in _topic_patterns(self.an.kb).items():
            if exact.search(text) or _fuzzy_in_any(long, text, windows):
                found.add(topic)
        return found

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

    # --- main -------------------------------------------------------------------------------
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
        for sent in self.doc.sents:
            trigs = self.triggers(sent)
            if not trigs:
                pv = self.participation_verb(sent)
                if pv is not None and drafts:
                    actors, targets, _ = self.participants(pv, pv)
                    d = _Draft("CONSULT", drafts[-1].cameo, pv.text, sent, actors, targets,
                               self.an.sentence_time(sent, pv), None, True)
                    d.evidence.append(self.an.evidence(sent, f"{VERSION}:participation"))
                    drafts.append(d)
                continue
            for trig, category, code in trigs:
                verb = trig if trig.pos_ == "VERB" else self.an.clause_verb(trig)
                if self.not_happened(trig, verb):
                    continue
                when = self.an.attached_time(trig, sent, "past") or self.an.sentence_time(sent)
                anchor = self.an.anchor
                if when is not None and anchor is not None and anchor.precision == "day" and \
                        when.value[:len(anchor.value)] > anchor.value:
                    continue  # dated after the report: planned, not past
                actors, targets, location = self.participants(trig, verb)
                determiners = ("the", "this", "that", "first", "second", "third", "bilateral")
                backref = trig.pos_ != "VERB" and trig.lower_ in self.backref_nouns and (
                    any(c.lower_ in determiners for c in trig.children) or (
                        trig.dep_ == "compound" and any(c.lower_ in determiners
                                                        for c in trig.head.children)))
                story = self.an.story_time
                if location is None and dateline and when is not None and story is not None \
                        and when.value == story.value:
                    location = dateline
                d = _Draft(category, code, trig.text, sent, self._expand_bodies(actors),
                           self._expand_bodies(targets), when, location, backref)
                d.evidence.append(self.an.evidence(sent, f"{VERSION}:{trig.lemma_}"))
                d.topics = self.paragraph_topics(sent)
                drafts.append(d)
        kinds = {e.local_id: e.kind for e in self.an.entities}
        return _merge(drafts, kinds)


# a phrase matched with one typing error: (phrase, its length, its words, least fuzz.ratio)
FuzzyPhrase = tuple[str, int, int, float]
TopicPatterns = dict[str, tuple[re.Pattern[str], list[FuzzyPhrase]]]


def _fuzzy_phrase(phrase: str) -> FuzzyPhrase:
    return phrase, len(phrase), len(phrase.split()), 100 * (1 - 2 / (2 * len(phrase)))
_TOPIC_PATTERNS: dict[int, tuple[object, TopicPatterns]] = {}


def _topic_patterns(kb: Knowledge) -> TopicPatterns:
    """Per topic: one regex for all its phrases as whole words, and the phrases long enough
    to be matched with a typing error (compiled once per topic lexicon)."""
    cached = _TOPIC_PATTERNS.get(id(kb))
    if cached is not None and cached[0] is kb.topics:
        return cached[1]
    found = {topic: (re.compile(r"\b(?:" + "|".join(re.escape(p.lower()) for p in phrases)
                                + r")\b"),
                     [_fuzzy_phrase(p.lower()) for p in phrases if len(p) >= 12])
             for topic, phrases in kb.topics.items()}
    _TOPIC_PATTERNS[id(kb)] = (kb.topics, found)
    return found


_PUNCT = re.compile(r"[^\w\s-]")


def _fuzzy_in_any(phrases: Sequence[FuzzyPhrase], text: str,
                  windows: dict[int, dict[int, list[str]]]) -> bool:
    """Any of ``phrases`` present with at most one typing error ("drag trafficking"); the
    text's k-word windows are cleaned once and kept by length (``windows``, per k, for this
    text), so a phrase is compared only with windows within one character of its length."""
    words: list[str] | None = None
    for phrase, n, k, threshold in phrases:
        if n > len(text):
            continue
        if k not in windows:
            # punctuation is dropped word by word: the spaces that join a window stay
            words = [_PUNCT.sub("", w) for w in text.split()] if words is None else words
            by_length: dict[int, list[str]] = {}
            for i in range(len(words) - k + 1):
                cand = " ".join(words[i:i + k])
                by_length.setdefault(len(cand), []).append(cand)
            windows[k] = by_length
        by_length = windows[k]
        for size in (n - 1, n, n + 1):
            cands = by_length.get(size)
            if cands and process.extractOne(phrase, cands, scorer=fuzz.ratio,
                                            score_cutoff=threshold) is not None:
                return True
    return False


def _compatible(a: TimeValue | None, b: TimeValue | None) -> bool:
    if a is None or b is None:
        return True
    if a.precision == b.precision:
        return a.value == b.value
    short, long_ = sorted((a.value, b.value), key=len)
    return long_.startswith(short)


def _families(an: DocAnalysis, ids: Sequence[str]) -> int:
    """Distinct participants, a body counted with its organization."""
    seen = set()
    for i in ids:
        ent = next((e for e in an.entities if e.local_id == i), None)
        key = ent.key if ent is not None else i
        known = an.kb.entities.get(key or "")
        if known is not None and known.parent:
            key = known.parent
        seen.add(key or i)
    return len(seen)


MULTILATERAL = {"summit", "session", "conference", "forum", "meeting", "meetings", "talks"}


def _merge(drafts: list[_Draft], kinds: dict[str, str]) -> list[_Draft]:
    """Join the mentions of one meeting in one text; keep separate meetings of the same day apart.

    A mention joins the meeting told just before (same or compatible date) when it adds no
    new person to it ("the meeting", "Lavrov, welcoming Kowalczyk at the meeting …"), or
    when it refers back to a multilateral gathering whose attendees it names ("arrived for
    participation in the session").  "Bush met Fukuda" after "Bush met Kikwete" is another
    meeting.
    """
    merged: list[_Draft] = []
    for d in drafts:
        target = None
        mine = set(d.actors + d.targets)
        for prev in reversed(merged):
            if not _compatible(prev.when, d.when):
                continue
            theirs = set(prev.actors + prev.targets)
            new_people = {x for x in mine - theirs if kinds.get(x) == "person"}
            shared_bodies = {x for x in mine & theirs if kinds.get(x) in ("body", "organization")}
            multilateral = any(kinds.get(x) in ("body", "organization") for x in theirs) or \
                sum(kinds.get(x) == "person" for x in theirs) >= 3 or \
                prev.trigger.lower() in MULTILATERAL - {"talks", "meeting", "meetings"}
            gathering = d.trigger.lower() in MULTILATERAL and bool(shared_bodies)
            if not mine or (not new_people and (mine & theirs or d.backref)) or (
                    d.backref and multilateral) or (multilateral and gathering):
                target = prev
            break
        if target is None:
            merged.append(d)
            continue
        for a in d.actors:
            if a not in target.actors and a not in target.targets:
                target.actors.append(a)
        for t in d.targets:
            if t not in target.actors and t not in target.targets:
                target.targets.append(t)
        target.evidence.extend(e for e in d.evidence if e not in target.evidence)
        target.topics |= d.topics
        target.location = target.location or d.location
        if target.when is None or (d.when is not None and len(d.when.value) > len(target.when.value)):
            target.when = d.when or target.when
    return merged


def stage(an: DocAnalysis, claims: Sequence[Claim] = ()) -> tuple[Event, ...]:
    """Events that happened, one per real event in the document: meetings (CONSULT) from the
    meeting extractor, and every PLOVER category from the sentence coder (``plover.py``)."""
    out = []
    extractor = _Extractor(an, claims)
    for d in extractor.run():
        if _families(an, d.actors + d.targets) < 2:
            continue
        coded = tuple(CodedActor(role, _entity_name(an, i), *_office_code(an, claims, i), i)
                      for role, ids in (("source", d.actors), ("target", d.targets)) for i in ids)
        out.append(Event(category=d.category, cameo=d.cameo, actors=tuple(d.actors),
                         targets=tuple(d.targets), date=d.when.value if d.when else None,
                         date_precision=d.when.precision if d.when else None,
                         location=d.location, topics=tuple(sorted(d.topics)), trigger=d.trigger,
                         document=an.doc_id, evidence=tuple(d.evidence),
                         extractor=VERSION, quad=plover.lexicon().quad["CONSULT"],
                         contexts=("diplomatic",), coded=coded))
    out.extend(_plover_events(an, extractor, out, claims))
    return tuple(out)


def _entity_name(an: DocAnalysis, local_id: str) -> str:
    ent = next((e for e in an.entities if e.local_id == local_id), None)
    return ent.name if ent is not None else local_id


def _entity_code(an: DocAnalysis, local_id: str) -> str | None:
    ent = next((e for e in an.entities if e.local_id == local_id), None)
    key = ent.key if ent is not None else local_id
    return plover.coder().actors.code_key(key) if key and ":" in key else None


def _office_code(an: DocAnalysis, claims: Sequence[Claim], local_id: str
                 ) -> tuple[str | None, str | None]:
    """Actor code and sector of an entity; a person takes them from an office the same
    document says they hold (an OSCE Secretary General is IGO, a foreign minister of Russia
    RUS/GOV), as CAMEO codes officials by whom they act for."""
    code = _entity_code(an, local_id)
    if code is not None:
        return code, None
    for claim in claims:
        if claim.predicate != "holds_position" or claim.subject != local_id or not claim.object:
            continue
        if claim.qualifier == "former":
            continue
        office = _entity_code(an, claim.object)
        if office is not None:
            return office, (None if office == "IGO" else
                            plover.coder().actors.sector_of_words((claim.role or "").split()))
    return None, None


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


def _plover_events(an: DocAnalysis, extractor: _Extractor, meetings: Sequence[Event],
                   claims: Sequence[Claim] = ()) -> list[Event]:
    """Coded events of every sentence, except a meeting the meeting extractor already has,
    events told inside quotations, and events whose source no entity of the text names."""
    met = {(ev.start, ev.end) for m in meetings for ev in m.evidence}
    anchor = an.anchor
    out: list[Event] = []
    seen: set[tuple[object, ...]] = set()
    sentence_coder = plover.coder()
    for sent in an.doc.sents:
        for c in sentence_coder.code(sent):
            trig = an.doc.char_span(c.trigger_start, c.trigger_end, alignment_mode="expand")
            if trig is None or extractor.quoted(trig[0]):
                continue
            if c.category == "CONSULT" and any(s <= sent.start_char < e for s, e in met):
                continue
            if not any(a.code for a in c.sources + c.targets):
                continue
            coded = []
            for role, group in (("source", c.sources), ("target", c.targets)):
                for a in group:
                    entity = _actor_entity(an, a)
                    code, sector = a.code, a.sector
                    if code is None and entity is not None:  # an official named without country
                        code, office_sector = _office_code(an, claims, entity)
                        sector = sector or office_sector
                    coded.append(CodedActor(role, a.text, code, sector, entity))
            sources = tuple(dict.fromkeys(a.entity for a in coded if a.role == "source" and a.entity))
            if not sources:
                continue  # the store keeps events whose source is a linked entity
            targets = tuple(dict.fromkeys(a.entity for a in coded if a.role == "target" and a.entity
                                          and a.entity not in sources))
            verb = an.clause_verb(trig[0])
            when = None if c.modality == "intent" else an.attached_time(trig[0], sent, "past")
            when = when or an.sentence_time(sent)
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
            key = (c.category, c.cameo, sources, targets, when, sent.start_char)
            if key in seen:
                continue  # "would prohibit aid … and would deny entry": one event of the sentence
            seen.add(key)
            ev = an.evidence(sent, f"{plover.CODER}:{trig[0].lemma_.lower()}")
            out.append(Event(category=c.category, cameo=c.cameo, actors=sources, targets=targets,
                             date=when.value if when else None,
                             date_precision=when.precision if when else None, location=location,
                             topics=tuple(sorted(extractor.topics(sent))), trigger=c.trigger,
                             document=an.doc_id, evidence=(ev,), extractor=plover.CODER,
                             quad=c.quad, mode=c.mode, contexts=c.contexts, coded=tuple(coded)))
    return out


# --- quotes ---------------------------------------------------------------------------------
_QUOTE = re.compile(r"“([^“”]{12,}?)”|\"([^\"]{12,}?)\"")
_OPEN = re.compile(r"“([^“”\n]{12,})$", re.M)


def quotes(an: DocAnalysis, claims: Sequence[Claim]) -> tuple[Quote, ...]:
    """Quoted words with their speaker: a named person, "he"/"she", or a title used in the text."""
    text = an.text
    speech = set(lexicon()["speech_verbs"])
    role_holder: dict[str, str] = {}
    for c in claims:
        if c.predicate == "holds_position" and c.role and c.object:
            role_holder.setdefault(norm(c.role), c.subject)
            holder = next((e for e in an.entities if e.local_id == c.object), None)
            if holder is not None:
                # the holder as written: "the Tajik foreign minister", "the CSTO Secretary General"
                surfaces = {holder.name, *holder.aliases,
                            *(an.mentions[i].text for i in holder.mentions)}
                for alias in surfaces:
                    role_holder.setdefault(norm(f"{alias} {c.role}"), c.subject)
    spans = [(m.start(), m.end(), m.group(1) or m.group(2)) for m in _QUOTE.finditer(text)]
    for m in _OPEN.finditer(text):
        cut = re.search(r",\s+[A-Z]\w+(?:\s[A-Z]\w+)?\s+(?:was cited as saying|said|says|added)",
                        m.group(1))
        if cut and not any(s <= m.start() < e for s, e, _ in spans):
            spans.append((m.start(), m.start() + 1 + cut.start(), m.group(1)[:cut.start()]))
    out = []
    for start, end, inner in sorted(spans):
        if len(inner.split()) < 4:
            continue
        speaker, attr_end = _speaker(an, start, end, speech, role_holder)
        span_end = max(end, attr_end)
        span_end = start + len(text[start:span_end].rstrip())
        evidence_text = text[start:span_end]
        when = an.sentence_time(an.doc.char_span(start, start + 1, alignment_mode="expand").sent)
        out.append(Quote(speaker=speaker, text=inner.strip(), date=when.value if when else None,
                         document=an.doc_id,
                         evidence=(Evidence(an.doc_id, start, span_end, evidence_text,
                                            QUOTE_VERSION),),
                         extractor=QUOTE_VERSION))
    return tuple(out)


def _speaker(an: DocAnalysis, start: int, end: int, speech: set[str],
             role_holder: dict[str, str]) -> tuple[str | None, int]:
    doc, text = an.doc, an.text
    after = doc.char_span(end, min(len(text), end + 160), alignment_mode="expand")
    before = doc.char_span(max(0, start - 120), start, alignment_mode="expand")
    candidates: list[tuple[Token, int]] = []
    if after is not None:
        sent_end = after[0].sent.end_char if len(after) else end
        for t in after:
            if t.idx >= sent_end:
                break
            if t.lemma_.lower() in speech and t.pos_ in ("VERB", "AUX"):
                candidates.append((t, sent_end))
                break
    if not candidates and before is not None:
        for t in reversed(list(before)):
            if t.lemma_.lower() in speech and t.pos_ == "VERB" and text[t.idx:start].strip(
                    ).rstrip(":,").strip() in ("", ":"):
                candidates.append((t, end))
                break
            if t.lemma_.lower() in speech and t.pos_ == "VERB" and ":" in text[t.idx:start]:
                candidates.append((t, end))
                break
    for verb, attr_end in candidates:
        window = [t for t in doc[max(0, verb.i - 8):min(len(doc), verb.i + 9)]
                  if not (start <= t.idx < end)]
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or \
            [t for t in window if an.entity_at(t) is not None and
             an.entity_at(t).kind == "person"]  # type: ignore[union-attr]
        for s in subj:
            for t in s.subtree if s.dep_ in ("nsubj", "nsubjpass") else [s]:
                ent = an.entity_at(t)
                if ent is not None and ent.kind == "person":
                    return ent.local_id, attr_end
            phrase = norm(" ".join(t.text for t in s.subtree))
            for key in sorted(role_holder, key=len, reverse=True):  # most specific title first
                if phrase.endswith(key):
                    return role_holder[key], attr_end
            if s.lower_ in PRONOUNS:
                return _last_person(an, verb.sent.start_char), attr_end
    return None, end


def _last_person(an: DocAnalysis, before: int) -> str | None:
    """Who "he"/"she" is: the last person who was a sentence's subject, else the last named."""
    fallback = None
    for i in range(len(an.mentions) - 1, -1, -1):
        m = an.mentions[i]
        if m.start >= before or m.kind != "person" or i not in an.entity_of_mention:
            continue
        fallback = fallback or an.entity_of_mention[i].local_id
        span = an.mention_span(i)
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return an.entity_of_mention[i].local_id
    return fallback


__all__ = ["stage", "quotes", "lexicon", "replace"]
