"""Meeting patterns: a parsed document → named matches of the declared meeting patterns.

The patterns live in data/meeting_patterns.json (spaCy ``Matcher`` token patterns for the
trigger words, ``DependencyMatcher`` patterns for the constructions that say who met whom
beyond the trigger's clause).  The events stage turns each named match into a meeting and
puts the name in the event's evidence, so that every rule can be listed, counted and scored
alone (bench/meeting_patterns.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from spacy.attrs import DEP, ENT_TYPE, LEMMA, LOWER, POS, TAG
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from . import timex
from .analysis import DocAnalysis
from .knowledge import load_json, named_lists, norm
from .matching import Needs, SentenceDocs, SentenceFilter, holds, native, needs, node_tests
from .pronouns import last_people
from .records import Claim, LocalEntity, TimeValue


@cache
def patterns() -> dict[str, Any]:
    """meeting_patterns.json, each "$name" of a construction's IN list filled from the word
    list of that name (``decision_verbs``: one verb list for MEMBERS_DECIDED's patterns)."""
    data = load_json("meeting_patterns.json")
    return {**data, "constructions": named_lists(data["constructions"], data)}


# constructions whose "subject" node is a participant of the meeting at the named node
FRAMES = {"TRAVELLED_TO_MEET": "purpose", "ON_WAY_TO_MEET": "purpose", "ARRIVED_FOR": "purpose",
          "DURING_VISIT": "trigger",
          "AFTER_MEETING": "trigger",
          # "he said while in Libya for a regional summit" (meet37)
          "PRESENT_FOR": "trigger"}
TRIPS = {"TRAVELLED_TO_MEET", "ON_WAY_TO_MEET", "ARRIVED_FOR"}
# constructions whose "organizer" node arranged, organised or hosted the meeting at "trigger"
# and is no side of it (meet24)
ARRANGED = ("ARRANGED_TALKS", "ARRANGED_BETWEEN")


def past_trip(trip: Token) -> bool:
    """"flew to Ankara", "had arrived", "was making his way": a trip told in the past ("will
    travel to meet" stays the planned meeting it is)."""
    return trip.tag_ in ("VBD", "VBN") or (trip.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ == "VBD" for c in trip.children))


@dataclass(frozen=True)
class Construction:
    name: str
    nodes: dict[str, int]  # node name → token index


@dataclass(frozen=True)
class _Construction:
    """One construction's matcher and what its patterns' nodes ask of a sentence's tokens."""

    name: str
    nodes: list[str]  # node names in the order the matcher gives token ids
    matcher: DependencyMatcher
    # per pattern, what each of its nodes asks of one token (``matching.node_tests``)
    tests: tuple[tuple[tuple[tuple[int, frozenset[int]], ...], ...], ...]


# the token attributes a construction node's tests read (``matching.node_tests``)
_TABLE = (LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE)


@dataclass(frozen=True)
class _Matchers:
    """A vocabulary's compiled meeting patterns."""

    # one Matcher per trigger name with the words a sentence needs for it to run: a Matcher's
    # call costs about 65 ns per token and pattern state, ~250 µs a sentence for all the
    # trigger patterns together, ~15 µs for one name's
    triggers: list[tuple[Matcher, Needs]]
    need: Needs  # what a sentence needs for any trigger pattern
    built: list[_Construction]
    sentences: SentenceFilter | None  # None: no construction declared


_MATCHERS: dict[int, _Matchers] = {}


def _matchers(vocab: Vocab) -> _Matchers:
    """The trigger and construction matchers, per vocabulary (patterns compiled to native
    attributes: ``matching.native``)."""
    found = _MATCHERS.get(id(vocab))
    if found is None:
        data = patterns()
        triggers = []
        for name, pats in data["triggers"].items():
            m = Matcher(vocab)
            m.add(name, [[native(t) for t in p] for p in pats])
            triggers.append((m, needs(pats, "token")))
        built = []
        for name, pats in data["constructions"].items():
            m = DependencyMatcher(vocab)
            compiled = [[{**n, "RIGHT_ATTRS": native(n.get("RIGHT_ATTRS", {}))} for n in p]
                        for p in pats]
            m.add(name, compiled)
            # every pattern of one name declares the same node names in the same order
            built.append(_Construction(
                name, [n["RIGHT_ID"] for n in pats[0]], m,
                tuple(tuple(t for t in (node_tests(n["RIGHT_ATTRS"], _TABLE) for n in p) if t)
                      for p in compiled)))
        need = needs([p for pats in data["triggers"].values() for p in pats], "token")
        found = _MATCHERS[id(vocab)] = _Matchers(
            triggers, need, built, SentenceFilter([c.tests for c in built], _TABLE) if built
            else None)
    return found


def triggers(doc: Doc) -> dict[int, str]:
    """Token index → the name of the trigger pattern it matches (the first declared wins).
    Each name's Matcher runs only on the sentences holding its words (``matching.needs``)."""
    compiled = _matchers(doc.vocab)
    need, named = compiled.need, compiled.triggers
    order = list(patterns()["triggers"])
    found = []
    if need is None:
        chosen = [(sent, None) for sent in doc.sents]
    else:
        table = doc.to_array([LOWER, LEMMA])
        chosen = []
        for sent in doc.sents:
            here = set(table[sent.start:sent.end].ravel().tolist())
            if holds(here, need):
                chosen.append((sent, here))
    for sent, here in chosen:
        for matcher, wanted in named:
            if here is not None and not holds(here, wanted):
                continue
            found.extend((mid, sent.start + s) for mid, s, _e in matcher(sent))
    out: dict[int, str] = {}
    for match_id, start in sorted(found, key=lambda m: order.index(doc.vocab.strings[m[0]])):
        out.setdefault(start, doc.vocab.strings[match_id])
    return out


def constructions(doc: Doc) -> list[Construction]:
    """Every construction match, its nodes by the names the pattern gives them.  A
    construction runs only on the sentences holding, for every node of one of its patterns,
    a token that passes what the node asks natively (``matching.SentenceFilter``), each sentence a
    Doc of its own (``SentenceDocs``): run on the whole document, the frames whose head is
    any verb cost 2 ms an article (docs/performance.md)."""
    compiled = _matchers(doc.vocab)
    built, can = compiled.built, compiled.sentences
    if can is None or not len(doc):
        return []
    runs = can(doc)
    alone = SentenceDocs(doc)
    out = []
    for sent, run in zip(doc.sents, runs, strict=True):
        if not any(run):
            continue
        for c, go in zip(built, run, strict=True):
            if not go:
                continue
            for _match_id, token_ids in c.matcher(alone(sent)):
                out.append(Construction(c.name, {node: sent.start + i for node, i
                                                 in zip(c.nodes, token_ids, strict=True)}))
    return sorted(out, key=lambda c: (min(c.nodes.values()), c.name))


def org_gathering(an: DocAnalysis, found: Sequence[Construction], trig: Token) -> str | None:
    """The one organization or body a gathering's own phrase names ("the ASEAN summit",
    "a meeting of EU foreign ministers": ``ORG_GATHERING``, ``ORG_GATHERING_OF``), when the
    gazetteer knows it (a company's "board meeting" is not an international body's session)."""
    named = {e.local_id for c in found if c.name in ("ORG_GATHERING", "ORG_GATHERING_OF") and
             c.nodes["gathering"] == trig.i
             for t in an.doc[c.nodes["org"]].subtree if t.i <= c.nodes["org"]
             and (e := an.entity_at(t)) is not None and e.kind in ("body", "organization")
             and e.key is not None}
    return named.pop() if len(named) == 1 else None


def addressed_org(an: DocAnalysis, trig: Token) -> str | None:
    """The one organization a gathering spoken to names in its own phrase (``SPEECH_TO``,
    meet32): its own name ("an address to the Harbour Guild Forum"), or a compound or
    possessive modifier ("a speech to the Harbour Guild forum"), known to the gazetteer or
    not; a speech tells that the organization's gathering sat (a state is no such
    organization)."""
    named = {e.local_id for t in (trig, *(c for c in trig.children
                                          if c.dep_ in ("compound", "poss")))
             for x in (t.subtree if t is not trig else (t,))
             if (e := an.entity_at(x)) is not None and e.kind in ("body", "organization")}
    return named.pop() if len(named) == 1 else None


def from_group(tok: Token) -> bool:
    """A name after "from" under a group noun ("officials from the African Union", "a
    delegation from the Kyrgyz parliament", the ``from_groups`` words): a participant, as
    after "of" (``FROM_GROUP``, meet13)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "from" and \
        tok.head.head.lower_ in words("from_groups")


def named_from_group(an: DocAnalysis, sent: Span, ids: Sequence[str]) -> bool:
    """Whether a participant was named after "from" under a group noun of the sentence."""
    return any(e.local_id in ids for t in sent if from_group(t) for x in t.subtree
               if (e := an.entity_at(x)) is not None)


def one_org_side(an: DocAnalysis, name: str, trig: Token, verb: Token,
                 ids: Sequence[str]) -> str | None:
    """One known organization alone is a meeting's side when its delegation met or held
    talks ("An African Union delegation held talks in Khartoum": ``ORG_DELEGATION``, the
    ``side_groups`` words) or it hosted the talks ("The African Union hosted talks between
    the government and the rebels": ``ORG_HOSTED``); the other side is not named (meet13)."""
    if len(ids) != 1 or name not in ("MEET_VERB", "TALKS_NOUN"):
        return None  # "A team from the IAEA arrived in Beijing on their way to Pyongyang for a
        # five-day visit": a trip, whom it met not told
    ent = next((e for e in an.entities if e.local_id == ids[0]), None)
    if ent is None or ent.kind not in ("body", "organization") or ent.key is None:
        return None
    hosted = verb.lemma_.lower() == "host" and trig.pos_ != "VERB" and trig.head.i == verb.i
    for subj in verb.children:
        if subj.dep_ not in ("nsubj", "agent") or not any(
                (e := an.entity_at(t)) is not None and e.local_id == ent.local_id
                for t in subj.subtree):
            continue
        if subj.dep_ == "nsubj" and subj.lower_ in words("side_groups"):
            return "ORG_DELEGATION"
        if hosted and (trig.dep_, subj.dep_) in (("dobj", "nsubj"), ("nsubjpass", "agent")):
            return "ORG_HOSTED"  # "hosted talks", "the talks were hosted by the AU"
    return None


def other_year(an: DocAnalysis, trig: Token, own: TimeValue | None) -> bool:
    """The gathering's own clause names a year other than the report's and the meeting has no
    day of its own: "abuse of protesters during the G8 summit in Genoa in 2001", "promises made
    during the 2005 G8 summit" tell a gathering of another year, whatever the report's date
    ("leaders at the summit agreed to cut emissions by 2020" is another clause's year)."""
    if an.anchor is None or (own is not None and own.precision != "year"):
        return False
    clause = an.clause_verb(trig).i
    own_phrase = {x.i for x in trig.subtree}
    return any(re.fullmatch(r"(?:19|20)\d\d", t.text) and t.text != an.anchor.value[:4]
               and (an.clause_verb(t).i == clause or t.i in own_phrase)
               for t in trig.sent)


# constructions saying of a gathering noun that it was held: a participle ("the summit, held
# in Algeria") or a past relative clause ("the conference, which was held in Astana", meet27)
HELD_GATHERING = ("HELD_PARTICIPLE", "HELD_RELATIVE")


def held_time(an: DocAnalysis, found: Sequence[Construction], trig: Token,
              sent: Span) -> TimeValue | None:
    """The time of the participle or relative clause that says a gathering was held ("at a
    meeting held in Vienna on Tuesday, OPEC agreed …", "the conference, which was held on
    Tuesday, …": Tuesday, not the main clause's time)."""
    match = next((c for c in found if c.name in HELD_GATHERING
                  and c.nodes["gathering"] == trig.i), None)
    if match is None:
        return None
    held = an.doc[match.nodes["verb"]]
    when = an.attached_time(held, sent, "past", verb=held)
    going_on = "marker" in match.nodes and an.doc[match.nodes["marker"]].lower_ == "being"
    if going_on and (when is None or when.precision != "day") and an.anchor is not None \
            and an.anchor.precision == "day":
        return an.anchor  # "the conference, which is being held this week": the report's day
    return when


@cache  # read in the hot loops of meeting extraction (per token, per child)
def words(key: str) -> frozenset[str]:
    """A word list of the pattern file ("host_objects", "same_day", …)."""
    value = patterns()[key]
    return frozenset(value["frequency"] if isinstance(value, dict) else value)


def iterative(verb: Token) -> bool:
    """"met two times since September 2005", "met on several occasions", "met repeatedly":
    several meetings told as one clause (the ``iterative`` words), not one meeting."""
    spec = patterns()["iterative"]
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in spec["adverbs"]:
            return True
        counted = [c] + [g for g in c.children if c.dep_ == "prep" and g.dep_ == "pobj"]
        if any(t.lower_ in spec["counts"] and any(g.dep_ in ("nummod", "amod")
                                                 for g in t.children) for t in counted):
            return True
    return False


def span_of_meetings(an: DocAnalysis, found: Sequence[Construction], trig: Token,
                     verb: Token) -> bool:
    """"mediated talks between the factions for more than two years", "have been meeting
    for nearly five weeks", "have been negotiating a deal" (``SPAN_OF_MEETINGS``, meet15): a
    process told as one clause, many meetings none of which the clause dates, not one
    meeting.  A process still going on that the clause dates to a day ("had been negotiating
    since Saturday night"), or a body's sitting under way ("the legislature has been meeting
    around the clock"), is one meeting."""
    for c in found:
        if c.name != "SPAN_OF_MEETINGS" or c.nodes["meeting"] not in (trig.i, verb.i):
            continue
        going_on = an.doc[c.nodes["meeting"]]
        if an.doc[c.nodes["marker"]].lower_ != "been":
            return True  # a span of weeks or more
        if any(g.dep_ == "dobj" or (g.dep_ == "prep" and g.lower_ == "with")
               for g in going_on.children) and \
                an.attached_time(trig, trig.sent, "past", absolute=True) is None:
            return True  # with someone or over something, not a body's sitting under way
    return False


def attendees_told(found: Sequence[Construction], sent: Span) -> Token | None:
    """The verb of ``ATTENDEES_TOLD`` in a sentence ("A, B and C attended.", "Attending were
    A and B", "Among those present were A and B"): who attended the meeting told just before.
    Not "attended the funeral" or "took part in the exercise": an object other than "part",
    or "in"/"at" something, is another event."""
    for c in found:
        verb = sent.doc[c.nodes["verb"]]
        if not sent.start <= verb.i < sent.end:
            continue
        if verb.lemma_.lower() in ("attend", "participate", "take") and any(
                (g.dep_ == "dobj" and g.lower_ != "part") or
                (g.dep_ == "prep" and g.lower_ in ("in", "at", "on")) for g in verb.children):
            continue
        root = verb.sent.root
        if c.name == "ATTENDEES_TOLD" and verb.i == root.i:
            return verb
        if c.name == "ATTENDEES_TOLD" and verb.dep_ == "csubj" and verb.head.i == root.i:
            return root  # "Also taking part were A and B": the names hang on "were"
    return None


def vague_time(an: DocAnalysis, verb: Token, sent: Span) -> bool:
    """The meeting's own clause gives a time no calendar value fits ("met last week" when
    the week runs over two months): its day is not stated, and not the story's day."""
    for t in an.timexes_in(sent):
        if t.kind != "relative" or not an.usable(t):
            continue
        head = an.timex_head(t)
        if head is not None and an.clause_verb(head).i == verb.i and \
                timex.resolve(t, an.written or an.anchor) is None:
            return True
    return False


def future_time(an: DocAnalysis, verb: Token, sent: Span) -> bool:
    """The meeting's own clause is timed after the report ("hopes to meet Biden later this
    year", "meet next week" when that week is still in the report's month): still to come,
    whatever the parse made of the verb of intent."""
    for t in an.timexes_in(sent):
        if t.kind != "relative" or t.narrative:  # "a day later", "two days after the summit"
            continue  # count from what the text told before, not from the report
        head = an.timex_head(t)
        if head is None or an.clause_verb(head).i != verb.i:
            continue
        if (t.offset or 0) > 0 or t.text.lower().startswith("later this"):
            return True
    return False


def past_modifier_clause(an: DocAnalysis, found: Sequence[Construction], verb: Token) -> bool:
    """"the Security Council, which held an emergency meeting on Friday", "NATO leaders,
    meeting in Bucharest on Thursday, agreed to …" (``PAST_MODIFIER_CLAUSE``, meet10): a
    relative clause in the simple past, or a participle with no auxiliary of its own beside or
    under a clause in the simple past, tells a meeting that took place; the verb of intent
    above it ("urged", "agreed to") is another act's.  A participle under a noun takes the time
    of the clause that noun belongs to, not of a clause further up."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.name == "PAST_MODIFIER_CLAUSE" and c.nodes["verb"] == verb.i and (
        verb.dep_ != "acl" or an.clause_verb(verb.head).i == c.nodes["governor"])
        for c in found)


def told_past(verb: Token) -> bool:
    """A verb told in the past: the simple past, or a past auxiliary ("did not comment",
    "had met", "were held"); not a modal ("could not agree" may be another mood)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in aux):
        return False
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux)


def past_adverbial_clause(found: Sequence[Construction], trig: Token, verb: Token) -> bool:
    """"Although the two presidents attended the summit, they did not attend the ceremony",
    "When A and B met on Saturday, they did not discuss Iraq", "After meeting A on Monday, B
    agreed to extend the deal" (``PAST_ADVERBIAL_CLAUSE``, meet16): a meeting told in an
    adverbial clause in the past, or by a participle or meeting noun after "after" under a
    clause told in the past, took place; the negation, modal or intent of the clause it is
    adverbial to is that clause's.  The past is read on the meeting's own verb when it has a
    tense (a finite clause), else on the clause it is adverbial to."""
    for c in found:
        if c.name != "PAST_ADVERBIAL_CLAUSE":
            continue
        node, governor = trig.doc[c.nodes["verb"]], trig.doc[c.nodes["governor"]]
        if node.dep_ == "advcl" and node.i == verb.i and told_past(verb) and not (
                verb.lemma_.lower() == "meet" and any(c.dep_ == "auxpass" for c in verb.children)):
            return True  # "although they attended the summit", "when A and B met"; not "because
            # the preconditions were met", "when they were met by police": a need fulfilled
        if node.dep_ == "pcomp" and node.i == verb.i and told_past(governor):
            return True  # "after meeting A, B agreed to …"
        if node.dep_ == "pobj" and node.i == trig.i and verb.i in (
                governor.i, c.nodes["link"]) and told_past(governor):
            return True  # "following talks with A, B did not comment"
    return False


def own_clause(an: DocAnalysis, found: Sequence[Construction], trig: Token,
               verb: Token) -> tuple[Token, ...]:
    """The tokens whose negation or failure is the meeting's own (meet10): the trigger alone
    when the gathering is the place of another act ("At the meeting, the ministers failed to
    agree": ``ACT_AT_GATHERING``); the trigger up to its verb when that verb is a past
    modifier clause ("NATO leaders, meeting in Bucharest, rejected …":
    ``PAST_MODIFIER_CLAUSE``), or a past adverbial clause ("Although they attended the
    summit, they did not …": ``PAST_ADVERBIAL_CLAUSE``, meet16; the trigger alone for "after
    talks with A, B did not …"); else the trigger, its verb and the verb's head."""
    if any(c.name == "ACT_AT_GATHERING" and c.nodes["gathering"] == trig.i for c in found):
        return (trig,)
    adverbial = past_adverbial_clause(found, trig, verb)
    if adverbial and any(c.name == "PAST_ADVERBIAL_CLAUSE" and c.nodes["verb"] == trig.i
                         and trig.dep_ == "pobj" for c in found):
        return (trig,)  # "following talks with A, B did not comment": the noun alone
    if adverbial or past_modifier_clause(an, found, verb):
        chain = [trig]
        while chain[-1].i != verb.i and chain[-1].head.i != chain[-1].i:
            chain.append(chain[-1].head)
        return tuple(chain)
    return (trig, verb, verb.head)


def members_at_gathering(an: DocAnalysis, found: Sequence[Construction],
                         trig: Token) -> str | None:
    """"At their meeting in Abu Dhabi, OPEC ministers decided …", "At the meeting in Madrid,
    the OSCE ministers failed to agree" (``MEMBERS_AT_GATHERING``, meet10): a gathering that
    is the place of an act whose subject is a plural of ``member_nouns`` or of a title naming
    one known organization or body is that organization's session."""
    for c in found:
        if c.name != "ACT_AT_GATHERING" or c.nodes["gathering"] != trig.i:
            continue
        for subj in an.doc[c.nodes["act"]].children:
            if subj.dep_ != "nsubj" or subj.tag_ not in ("NNS", "NNPS") or not (
                    subj.lower_ in words("member_nouns") or an.role_at(subj.i) is not None):
                continue
            orgs = {e.local_id for t in subj.subtree if (e := an.entity_at(t)) is not None
                    and e.kind in ("body", "organization") and e.key is not None}
            if len(orgs) == 1:
                return orgs.pop()
    return None


def deciding_members(an: DocAnalysis, subject: Token, verb: Token, sent: Span,
                     named_body: Callable[[Token], str | None]) -> LocalEntity | None:
    """"EU foreign ministers agreed on Monday", "The 15 members of the council voted on
    Monday", "The council voted on Monday" (``MEMBERS_DECIDED``, meet22): the body the
    deciding subject names by a common noun sat in session, when the clause has a day of its
    own: the one organization or body the gazetteer knows in the members' phrase; for a head
    noun in lower case, the body of that name of the one organization its phrase names (the
    organization itself when the text names no such body: "the EU council of foreign
    ministers"), else the body it refers back to ("the council", the members' "of the
    council": ``named_body``).  A body told by a common noun's decision without a day is as often
    background as a sitting."""
    if an.attached_time(verb, sent, "past", absolute=True) is None:
        return None
    if subject.tag_ in ("NNS", "NNPS"):
        known = {e.local_id: e for t in subject.subtree if (e := an.entity_at(t)) is not None
                 and e.kind in ("body", "organization") and e.key is not None}
        if known:
            return next(iter(known.values())) if len(known) == 1 else None
        heads = [p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and p.lower_ in words("deliberative")]
        if len(heads) != 1:
            return None
        subject = heads[0]  # "the 15 members of the council"
    if an.entity_at(subject) is not None:
        return None  # a name of its own ("the Greek parliament"): BODY_DECIDED's
    owners = {e.key: e for t in subject.subtree if (e := an.entity_at(t)) is not None
              and e.kind == "organization" and e.key is not None}
    if len(owners) == 1:  # "the EU council of foreign ministers": the EU's council, if named
        key, owner = owners.popitem()
        return next((e for e in an.entities if e.kind == "body" and e.key is not None
                     and (k := an.kb.entities.get(e.key)) is not None and k.parent == key
                     and e.name.split(" of ")[0].split()[-1].lower() == subject.lower_), owner)
    local = named_body(subject)
    return an.entity_by_id.get(local) if local else None


def lifted_by(an: DocAnalysis, found: Sequence[Construction], trig: Token, verb: Token,
              negation: frozenset[str] | set[str]) -> str | None:
    """The meet10 (or meet16) rule that kept a meeting an act above it would have cancelled,
    for its evidence: a negation, failure or intent outside the meeting's own clause."""
    own = own_clause(an, found, trig, verb)
    if own == (trig, verb, verb.head):
        return None
    above, node = [], trig
    for _ in range(6):
        if node not in own:
            above.append(node)
        if node.head.i == node.i:
            break
        node = node.head
    above += [t for t in (verb, verb.head) if t not in own and t not in above]
    if not any(t.lemma_.lower() in negation or any(c.dep_ == "neg" for c in t.children)
               for t in above) and an.tense(verb) != "future":
        return None
    if any(c.name == "ACT_AT_GATHERING" and c.nodes["gathering"] == trig.i for c in found):
        return "ACT_AT_GATHERING"
    if past_adverbial_clause(found, trig, verb):
        return "PAST_ADVERBIAL_CLAUSE"  # meet16
    return "ACT_AT_GATHERING" if len(own) == 1 and own[0].i != verb.i else "PAST_MODIFIER_CLAUSE"


def part_of_meeting(an: DocAnalysis, trig: Token) -> bool:
    """"The first session was hosted by A, while the final session …": a gathering told by a
    ``part_words`` word and naming nobody and no body of its own is a part of a meeting."""
    return any(c.lower_ in words("part_words") for c in trig.children
               if c.dep_ in ("amod", "compound", "nummod")) and \
        all(an.entity_at(t) is None for t in trig.subtree)


def same_day(sent: Span) -> bool:
    """"on the same day", "that day": the day of the meeting told before."""
    text = sent.text.lower()
    return any(phrase in text for phrase in words("same_day"))


def weekend(sent: Span, anchor: TimeValue | None) -> TimeValue | None:
    """"met over the weekend": the Saturday of the last weekend on or before the report's day."""
    text = sent.text.lower()
    if anchor is None or anchor.precision != "day" or not any(
            phrase in text for phrase in words("weekend")):
        return None
    day = date.fromisoformat(anchor.value)
    back = (day.weekday() - 5) % 7  # days since the last Saturday (0 on a Saturday)
    return TimeValue((day - timedelta(days=back)).isoformat(), "day")


def _persons_in(an: DocAnalysis, tok: Token, outside: Token | None = None) -> list[str]:
    """The persons under ``tok``; not those in ``outside``'s subtree when it is given."""
    skip = {t.i for t in outside.subtree} if outside is not None else set()
    out = []
    for t in tok.subtree:
        ent = an.entity_at(t)
        if t.i not in skip and ent is not None and ent.kind == "person" and \
                ent.local_id not in out:
            out.append(ent.local_id)
    return out


def persons_in(an: DocAnalysis, tok: Token) -> list[str]:
    """The persons a phrase names ("The Trade Minister, X, and Y": both), for a side that
    is the subject of a verb (``APPEARED_BEFORE``'s witness, meet28)."""
    return _persons_in(an, tok)


def titled_holder(an: DocAnalysis, claims: Sequence[Claim], tok: Token) -> str | None:
    """The person a title in this sentence stands for ("a delegation led by the Chief of the
    General Staff of Turkey, Army General Yasar Guler"): the holder the facts stage gave that
    title in the same sentence, when the title phrase has no name of its own."""
    role = an.role_at(tok.i)
    if role is None:
        return None
    sent = tok.sent
    for c in claims:
        if c.predicate != "holds_position" or c.qualifier == "former" or not c.role:
            continue
        if norm(c.role) != norm(role.name):
            continue
        if not any(sent.start_char <= e.start < sent.end_char for e in c.evidence):
            continue
        ent = next((e for e in an.entities if e.local_id == c.subject), None)
        if ent is not None and ent.kind == "person":
            return ent.local_id
    return None


def counterpart(an: DocAnalysis, claims: Sequence[Claim], verb: Token, where: Token,
                bare: bool = False) -> list[str]:
    """"his Chinese counterpart": the one person the text gives, in that country, a title it
    gives the subject of the meeting's verb (the whole title: a prime minister is no foreign
    minister's counterpart).  Counterparts named in the phrase itself ("his Greek and French
    counterparts, A and B") need nobody found.  With ``bare`` (``where`` is then the word
    "counterpart": "Lavrov met his counterpart"), the one holder of that title in any other
    country."""
    place = None if bare else an.entity_at(where)
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects = [p for c in heads for p in _persons_in(an, c)] or [
        h for c in heads if c.tag_ not in ("NNS", "NNPS")  # "the Russian foreign minister met
        for h in _title_holders(an, claims, c)]  # his Chinese counterpart": the title's holder
    if not subjects or _persons_in(an, where if bare else where.head):
        return []
    if not bare and (place is None or place.kind != "country"):
        return []
    positions = [c for c in claims if c.predicate == "holds_position" and c.role
                 and c.qualifier != "former"]
    mine = [c for c in positions if c.subject in subjects]
    titles = {norm(c.role) for c in mine}  # type: ignore[arg-type]
    homes = {c.object for c in mine}
    holders = {c.subject for c in positions if norm(c.role) in titles  # type: ignore[arg-type]
               and c.subject not in subjects and (
                   c.object == place.local_id if place is not None else c.object not in homes)}
    people = [h for h in holders if any(e.local_id == h and e.kind == "person"
                                        for e in an.entities)]
    return people if len(people) == 1 else []


def _title_holders(an: DocAnalysis, claims: Sequence[Claim], phrase: Token) -> list[str]:
    """The one holder of the whole title a subject phrase gives, as a list (none or one)."""
    for t in phrase.subtree:
        holder = document_holder(an, claims, t, exact=True)
        if holder is not None:
            return [holder]
    return []


def title_head(title: str) -> str:
    """The head noun of a title: the word before its complement ("Minister of Foreign
    Relations" → minister), else its last word ("Foreign Minister" → minister)."""
    words_ = norm(title).split()
    for k, w in enumerate(words_):
        if w in ("of", "for", "on", "to", "in") and k:
            return words_[k - 1]
    return words_[-1] if words_ else ""


def document_holder(an: DocAnalysis, claims: Sequence[Claim], tok: Token,
                    exact: bool = False) -> str | None:
    """The one person the text gives the title at ``tok`` ("the Secretary General"; "the
    Cuban minister": the minister the text places in Cuba; with ``exact``, the whole title
    only, not one of its head noun)."""
    people = _holders(an, claims, tok, exact)
    if not people:
        return None
    # a full name before a single word, then the one the story names most
    rank = {e.local_id: (len(e.name.split()) > 1, len(e.mentions)) for e in an.entities}
    return max(sorted(people), key=lambda p: rank.get(p, (False, 0)))


def _holders(an: DocAnalysis, claims: Sequence[Claim], tok: Token,
             exact: bool = False) -> list[str]:
    """The persons the text gives the title at ``tok`` (``document_holder``)."""
    role = an.role_at(tok.i)
    if role is None:
        return []
    phrase = tok.head if tok.dep_ == "compound" else tok
    where = {e.local_id for t in own_words(phrase) if (e := an.entity_at(t)) is not None
             and e.kind in ("country", "organization", "body")}
    if where:
        claims = [c for c in claims if c.object in where]
    holders = {c.subject for c in claims if c.predicate == "holds_position" and c.role
               and c.qualifier != "former" and norm(c.role) == norm(role.name)}
    if not holders and not exact:  # "the Cuban minister": the one holder with that head noun
        head = title_head(role.name)
        holders = {c.subject for c in claims if c.predicate == "holds_position" and c.role
                   and c.qualifier != "former" and title_head(c.role) == head}
        if len(holders) > 1:
            return []
    return [h for h in holders if any(e.local_id == h and e.kind == "person"
                                      for e in an.entities)]


def own_words(phrase: Token) -> list[Token]:
    """A noun phrase's words without its conjuncts' ("between the minister and X of Y")."""
    others = {t.i for c in phrase.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in phrase.subtree if t.i not in others]


def title_side(an: DocAnalysis, claims: Sequence[Claim], phrase: Token) -> str | None:
    """The person a definite title phrase with no name of its own stands for as a side of a
    meeting ("Following talks with X, the minister said …", "talks between the president and
    X", "the minister's meeting with X"; ``TITLE_SIDE``, meet26): the one holder of that
    title (or of its head noun) the text gave before the phrase.  Two holders so far, a
    plural, a former office or a phrase that is no title: nobody."""
    own = own_words(phrase)
    if phrase.tag_ in ("NNS", "NNPS") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in phrase.children) or any(
            (e := an.entity_at(t)) is not None and e.kind == "person" or
            t.lower_ in ("former", "ex") for t in own):
        return None
    told = [c for c in claims if c.evidence and min(e.start for e in c.evidence) < phrase.idx]
    for t in own:
        if an.role_at(t.i) is not None:
            people = _holders(an, told, t)
            return people[0] if len(people) == 1 else None
    return None


def apposed_name(an: DocAnalysis, phrase: Token) -> str | None:
    """The name set off by a comma right after a title phrase the parser did not attach it to
    ("led by the Chief of the General Staff of Turkey, Army General Yasar Guler")."""
    end = max(t.i for t in phrase.subtree) + 1
    doc = an.doc
    if end >= len(doc) or doc[end].text != ",":
        return None
    for t in doc[end + 1:min(len(doc), end + 5)]:
        ent = an.entity_at(t)
        if ent is not None and ent.kind == "person":
            return ent.local_id
        if not (t.is_title or t.pos_ == "PROPN"):
            return None
    return None


def lost_subject(an: DocAnalysis, verb: Token) -> list[str]:
    """The people named right before a verb that has no subject, back to the word that
    opens its clause ("since A and B met", "when A and B met"): two or more, or nobody."""
    out: list[str] = []
    for t in reversed(an.doc[verb.sent.start:verb.i]):
        if t.is_punct and t.text != "-" or (t.lower_ in words("clause_openers") and t.dep_ != "cc") or \
                t.pos_ in ("VERB", "AUX"):
            break
        ent = an.entity_at(t)
        if ent is not None and ent.kind == "person" and ent.local_id not in out:
            out.append(ent.local_id)
    return out if len(out) >= 2 else []


def delegation_leader(an: DocAnalysis, claims: Sequence[Claim],
                      found: Sequence[Construction], group: Token) -> str | None:
    """The leader of the last delegation the text told with its leader before ``group``."""
    if not any(c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in group.children):
        return None
    for c in reversed(found):
        if c.name != "LED_BY" or c.nodes["group"] >= group.i:
            continue
        leader = an.doc[c.nodes["leader"]]
        people = _persons_in(an, leader)
        if people:
            return people[0]
        return next((h for t in leader.subtree if (h := titled_holder(an, claims, t))), None)
    return None


def speakers(an: DocAnalysis, holder: Token) -> list[str]:
    """Who gave the speech ("a speech by X"; else the subject of the clause it belongs to:
    "Putin criticized … in a speech at …"), or whom an apposition at a gathering describes
    ("Gadhafi, the longest serving Arab leader at the meeting")."""
    if holder.dep_ == "appos":
        return _persons_in_head(an, holder.head)
    by = [g for c in holder.children if c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    if by:
        return [p for g in by for p in _persons_in(an, g)]
    verb = an.clause_verb(holder)
    return [p for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
            for p in _persons_in(an, c)]


def edition_of(an: DocAnalysis, subject: Token) -> LocalEntity | None:
    """The one organization an edition's name opens with ("APEC Australia 2007": the host
    and year after the body's name, which the model reads as the place), for ``BODY_OPENED``;
    not a common noun the organization modifies ("The PALM trial … began")."""
    if subject.pos_ != "PROPN":
        return None
    found = {e.local_id: e for c in subject.children if c.dep_ == "compound"
             and (e := an.entity_at(c)) is not None and e.kind == "organization"}
    return next(iter(found.values())) if len(found) == 1 else None


def acting_with(an: DocAnalysis, found: Sequence[Construction], verb: Token) -> list[str]:
    """Who the absolute "with" clause of a sitting's verb names as acting in it (``WITH_ACTING``,
    meet18): "the forum has officially closed in the capital, with the host's prime minister
    delivering its final declaration" — the prime minister took part in the session that closed."""
    return [p for c in found if c.name == "WITH_ACTING" and c.nodes["verb"] == verb.i
            for p in _persons_in(an, an.doc[c.nodes["actor"]])]


def speech_there(an: DocAnalysis, found: Sequence[Construction], sent: Span) -> list[str]:
    """Who gave a speech the sentence tells without a place of its own (``SPEECH_THERE``):
    "X said in his speech that …" (the clause's subject), "interrupted a speech by X"; a
    speech at or to a place or gathering of its own is ``SPOKE_AT`` or none."""
    out: list[str] = []
    for c in (c for c in found if c.name == "SPEECH_THERE"):
        holder = an.doc[c.nodes["holder"]]
        if not sent.start <= holder.i < sent.end or any(
                t.dep_ == "prep" and t.lower_ in ("at", "to", "before", "in", "on")
                for t in holder.children):
            continue
        who = an.doc[c.nodes["who"]]
        if who.dep_ == "pobj":  # "a speech by X" (not whom X's relative clause names)
            people = _persons_in_head(an, who)
        else:  # "X said in his speech": the subject of the clause the speech is in
            verb = an.clause_verb(an.doc[c.nodes["link"]])
            people = [p for s in verb.children if s.dep_ == "nsubj" for p in _persons_in(an, s)]
        out += [p for p in people if p not in out]
    return out


def _persons_in_head(an: DocAnalysis, tok: Token) -> list[str]:
    ent = an.entity_at(tok)
    return [ent.local_id] if ent is not None and ent.kind == "person" else []


ATTEND_LEMMAS = ("attend", "participate")  # RELATIVE_SUBJECT's verbs whose object is the gathering


def met_objects(trig: Token, verb: Token) -> list[Token]:
    """Whom a verb of meeting names as met: its object ("received the Cuban minister") or
    the noun after "with" ("met with Canada's Prime Minister", "held talks with …")."""
    heads = [trig] if trig.pos_ == "VERB" else [trig, verb] if trig.dep_ == "dobj" else [trig]
    out = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "dobj" and h.pos_ == "VERB" and h.i == trig.i:
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "with":
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


# the links that keep a token inside a subject's names: "Kenyan President A and opposition
# leader B", not "the heads of the government and opposition in Kenya" (of, in: a phrase),
# nor the title's demonym ("Kenyan": an adjective, the office's state, not a party)
_NAME_DEPS = frozenset({"compound", "flat", "appos", "nmod", "conj", "cc"})


def _names_of(head: Token) -> list[Token]:
    """The tokens of ``head``'s subtree joined to it by name links only."""
    out = []
    for tok in head.subtree:
        node = tok
        while node.i != head.i and node.dep_ in _NAME_DEPS:
            node = node.head
        if node.i == head.i:
            out.append(tok)
    return out


def agreement_parties(an: DocAnalysis, found: Sequence[Construction], sent: Span) -> list[str]:
    """Who agreed, or signed or reached an agreement, in the sentence right before or after
    ``sent`` (``AGREEMENT_PARTIES``): the parties of the agreement that ``sent`` says was reached
    at a meeting, which its own clause leaves out.  Only the subject and its conjuncts that
    are names: "the heads of the government" or "they" name nobody, "did not agree" no party."""
    doc = sent.doc
    near = {doc[i].sent.start for i in (sent.start - 1, sent.end) if 0 <= i < len(doc)}
    ids: list[str] = []
    for c in (c for c in found if c.name == "AGREEMENT_PARTIES"):
        verb = doc[c.nodes["verb"]]
        if verb.sent.start not in near or verb.sent.start == sent.start or \
                any(g.dep_ == "neg" for g in verb.children):
            continue
        party = doc[c.nodes["party"]]
        for tok in _names_of(party):
            ent = an.entity_at(tok)
            if ent is not None and ent.kind != "place" and ent.local_id not in ids:
                ids.append(ent.local_id)
    return ids


def more_participants(an: DocAnalysis, claims: Sequence[Claim],
                      found: Sequence[Construction], trig: Token, verb: Token, sent: Span
                      ) -> tuple[list[str], list[str]]:
    """Participants the constructions name beyond the trigger's clause, and their names."""
    scope = {t.i for t in trig.subtree} | ({t.i for t in verb.subtree} if verb.i != trig.i
                                          else set())
    ids: list[str] = []
    how: list[str] = []
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.tag_ not in ("NNS", "NNPS")):  # "the foreign ministers met": not one
        if not _persons_in(an, subj):  # "the Secretary General received …": its holder
            # (any title the subject gives, held anywhere in the text: a headline's "South
            # Korean foreign minister visits the US" names its holder only after; meet26)
            holder = next((h for t in subj.subtree if (h := document_holder(an, claims, t))),
                          None)
            if holder is not None:
                ids.append(holder)
                how.append("TITLE_HOLDER")
    if trig.pos_ != "VERB":
        # "the minister's meeting with X", "talks between the president and X": a side the
        # meeting noun names by a definite title alone
        sides = [c for c in trig.children if c.dep_ == "poss"] + [
            g for c in trig.children if c.dep_ == "prep" and c.lower_ == "between"
            for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)]
        for side in sides:
            holder = title_side(an, claims, side)
            if holder is not None and holder not in ids:
                ids.append(holder)
                how.append("TITLE_SIDE")
    if trig.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
        # "since KMT leader A and CPC leader B met in Chongqing" parsed with the names outside
        # the verb: the people coordinated right before it, back to the clause's opening word
        people = lost_subject(an, trig)
        ids += [p for p in people if p not in ids]
        how += ["LOST_SUBJECT"] if people else []
    for obj in met_objects(trig, verb):
        if obj.lower_ in words("delegation_nouns") and not _persons_in(an, obj):
            # "Zhu also welcomed the Nationalist delegation": the leader of the delegation
            # the text told before ("a delegation …, led by Vice Chairman Chiang Pin-kung")
            leader = delegation_leader(an, claims, found, obj)
            if leader is not None and leader not in ids:
                ids.append(leader)
                how.append("THE_DELEGATION")
            continue
        # "Bush met with Canada's Prime Minister": the one person the text gives that title
        # (not a former one, nor a title that only shares its head noun: "deputy-PM")
        if not _persons_in(an, obj) and not any(t.lower_ in ("former", "ex") for t in obj.subtree):
            holder = next((h for t in obj.subtree
                           if (h := document_holder(an, claims, t, exact=True))), None)
            if holder is not None and holder not in ids:
                ids.append(holder)
                how.append("TITLE_HOLDER")
    for c in found:
        if c.name == "PAIR_MET" and c.nodes["verb"] in (trig.i, verb.i):
            # "the two leaders met": the last two named; "the two parties exchanged views"
            # refers back to the meeting just told, whose participants it already has
            if trig.pos_ == "VERB" and not any(
                    an.entity_at(t) is not None and an.entity_at(t).kind == "person"  # type: ignore[union-attr]
                    for t in sent):
                ids += last_people(an, sent.start_char, 2)
            how.append(c.name)
        elif c.name == "PAIR_NOUN" and c.nodes["verb"] in (trig.i, verb.i):
            # "A arrived …, and according to B, the pair met", "The pair arrived … to visit X" (meet38):
            # the two people named last before the noun
            people = last_people(an, an.doc[c.nodes["subject"]].idx, 2)
            if len(people) == 2:
                ids += [p for p in people if p not in ids]
                how.append(c.name)
        elif c.name == "PAIR_AT" and c.nodes["trigger"] == trig.i:
            # "The two leaders made the announcement at a summit": the last two named took
            # part, when the sentence names nobody itself
            if not any(an.entity_at(t) is not None and an.entity_at(t).kind == "person"  # type: ignore[union-attr]
                       for t in sent):
                people = last_people(an, sent.start_char, 2)
                ids += people
                how += [c.name] if len(people) == 2 else []
        elif c.name in ("THEIR_MEETING", "JOINT_MEETING") and c.nodes["trigger"] == trig.i:
            # "A and B spoke after their talks", "A and B gave a joint press conference":
            # the coordinated subject of the clause met
            how += [c.name] if c.name not in how else []
        elif c.name == "PRESENCE_OF" and c.nodes["trigger"] in (trig.i, verb.i):
            # "A met B in the presence of C": C took part in that meeting, not in one of C's own
            witness = an.doc[c.nodes["witness"]]
            people = _persons_in(an, witness)
            if not people:  # "in the presence of the Secretary General": its holder
                holder = next((h for t in witness.subtree
                               if (h := titled_holder(an, claims, t)) is not None), None)
                people = [holder] if holder else []
            ids += people
            how += [c.name] if people else []
        elif c.name == "AFTER_TALKS" and c.nodes["trigger"] == trig.i:
            # "Following talks with Putin …, Erdogan told reporters": the framed clause's subject
            framed = an.doc[c.nodes["after"]].head
            subjects = [s for s in framed.children if s.dep_ in ("nsubj", "nsubjpass")
                        ] if framed.pos_ in ("VERB", "AUX") else []
            people = [p for s in subjects for p in _persons_in(an, s)]
            if not people:  # "Following talks with X, the minister said": the title's holder
                people = [h for s in subjects if (h := title_side(an, claims, s))]
                how += ["TITLE_SIDE"] if people else []
            ids += people
            how += [c.name] if people else []
        elif c.name in FRAMES and c.nodes[FRAMES[c.name]] in (trig.i, verb.i) and not (
                c.name in TRIPS and not past_trip(an.doc[c.nodes["trip"]])):
            # the meeting has no subject of its own; the clause that frames it has one: "X has
            # arrived in Harare today to talk with Y" (a trip told in the past: "will travel to
            # meet" stays the planned meeting it is), "During a visit to Egypt, X proposed …",
            # "X told reporters after meeting Y"
            subject = an.doc[c.nodes["subject"]]
            people = _persons_in(an, subject)
            if not people:  # "the president has arrived …": the one holder of that title
                holder = next((h for t in subject.subtree
                               if (h := document_holder(an, claims, t))), None)
                people = [holder] if holder else []
            ids += people
            how += [c.name] if people else []
        elif c.name == "AGREEMENT_AT_MEETING" and c.nodes["meeting"] == trig.i and \
                "AGREEMENT_PARTIES" not in how:
            # "The agreement was reached after a day of talks mediated by A. C and D signed
            # the agreement": the parties are told in the sentence before or after
            parties = agreement_parties(an, found, sent)
            ids += [p for p in parties if p not in ids]
            how += ["AGREEMENT_PARTIES"] if parties else []
        elif c.name == "RELATIVE_SUBJECT" and c.nodes["verb"] == verb.i:
            # "A and B, who met in Moscow on Tuesday": the noun the clause describes and its
            # conjuncts, not whom the clause itself names
            subject = an.doc[c.nodes["subject"]]
            while subject.dep_ == "conj" and (verb.lemma_.lower() in ATTEND_LEMMAS or
                                              not met_objects(verb, verb)):
                # "who are attending the summit": its object is the gathering, not one met (lm1)
                subject = subject.head  # "who met in Moscow": all the conjuncts; "who met X":
            people = _persons_in(an, subject, outside=verb)  # the last one, who met X
            ids += [p for p in people if p not in ids]
            how += [c.name] if people else []
        elif c.name == "ATTENDED" and c.nodes["gathering"] == trig.i and \
                an.doc[c.nodes["verb"]].dep_ == "acl":
            # "Kikwete, chairing the summit", "Kikwete, the Tanzanian President chairing the
            # summit": the participle's noun, or the name its title noun is set beside
            noun = an.doc[c.nodes["verb"]].head
            people = _persons_in_head(an, noun) or (
                _persons_in_head(an, noun.head) if noun.dep_ == "appos" else [])
            ids += [p for p in people if p not in ids]
            how += ["ATTENDED_ACL"] if people else []
        elif c.name in ("SPOKE_AT", "SPEECH_TO", "SPEECH_GIVEN_TO") and c.nodes["gathering"] == trig.i:
            people = speakers(an, an.doc[c.nodes["holder"]])
            ids += [p for p in people if p not in ids]
            how += [c.name] if people else []
        elif c.name == "COUNTERPART" and c.nodes["counterpart"] in scope:
            # "Putin held talks with his Chinese counterpart": the holder of the subject's title
            people = counterpart(an, claims, verb, an.doc[c.nodes["country"]])
            ids += people
            how += [c.name] if people else []
        elif c.name == "COUNTERPART_BARE" and c.nodes["counterpart"] in scope and not any(
                f.name == "COUNTERPART" and f.nodes["counterpart"] == c.nodes["counterpart"]
                for f in found):
            # "Lavrov met his counterpart": the one other holder of the subject's whole title
            people = counterpart(an, claims, verb, an.doc[c.nodes["counterpart"]], bare=True)
            ids += [p for p in people if p not in ids]
            how += [c.name] if people else []
        elif c.name == "VISIT_HOST" and c.nodes["trigger"] == trig.i:
            # "During her visit to Tbilisi, Merkel praised Georgian President Saakashvili": the
            # one person of the sentence holding an office of the visited state hosts the visit
            host = visit_host(an, claims, trig, an.doc[c.nodes["destination"]], sent)
            ids += [host] if host is not None and host not in ids else []
            how += [c.name] if host is not None else []
        elif c.name == "LED_BY" and c.nodes["group"] in scope:
            leader = an.doc[c.nodes["leader"]]
            people = _persons_in(an, leader)
            if not people:
                holder = next((h for t in leader.subtree
                               if (h := titled_holder(an, claims, t)) is not None), None)
                holder = holder or apposed_name(an, leader)
                people = [holder] if holder else []
            ids += people
            how += [c.name] if people else []
    return ids, how


def visit_host(an: DocAnalysis, claims: Sequence[Claim], trig: Token, destination: Token,
               sent: Span) -> str | None:
    """The host of a visit to a state or to a city of it (``VISIT_HOST``): the one person the
    sentence names, besides the visitor, whom the text gives a current office of that state
    ("During her visit to Tbilisi, Merkel praised Georgian President Mikheil Saakashvili")."""
    to = destination.head
    if trig.pos_ != "VERB" and not (to.lower_ == "to" and to.head.i == trig.i):
        return None  # "a visit to Y", not "a visit by X … in Y"
    ent = an.entity_at(destination)
    known = an.kb.entities.get(ent.key) if ent is not None and ent.key else None
    if known is None:
        return None
    state = known.key if known.kind == "country" else known.country if known.kind == "place" \
        else None
    if state is None:
        return None
    verb = trig if trig.pos_ == "VERB" else an.clause_verb(trig)
    visitors = {p for h in (trig, verb) for c in h.children if c.dep_ in ("nsubj", "poss")
                for p in _persons_in(an, c)}
    if not visitors:
        return None  # "persuaded Nicole Kidman to visit Israel": who visits is not the subject
    keys = {e.local_id: e.key for e in an.entities}
    named = {e.local_id for t in sent if (e := an.entity_at(t)) is not None and e.kind == "person"}
    hosts = {c.subject for c in claims if c.predicate == "holds_position" and c.role
             and c.qualifier != "former" and keys.get(c.object) == state
             and c.subject in named - visitors}
    return hosts.pop() if len(hosts) == 1 else None


def visited_state(an: DocAnalysis, claims: Sequence[Claim], trig: Token,
                  ids: Sequence[str]) -> str | None:
    """The state whose city a visit went to ("During his visit to Baghdad on the weekend,
    President Băsescu said …": Iraq), when the text names that state and the visitor holds an
    office of another one (``VISITED_CITY``, meet14); a visit at home is none, and so is one
    by the head of an organization ("a visit to Brussels by the secretary general of an
    alliance" may go to another organization seated there, not to Belgium)."""
    if trig.lemma_.lower() != "visit":
        return None
    if trig.pos_ == "VERB":
        places = [c for c in trig.children if c.dep_ == "dobj"]
    else:
        places = [g for c in trig.children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"]
    keys = {e.local_id: e.key for e in an.entities}
    states = {e.local_id for e in an.entities if e.kind == "country"}
    visitors = {i for i in ids if any(e.local_id == i and e.kind == "person" for e in an.entities)}
    held = {keys.get(c.object) for c in claims if c.predicate == "holds_position"
            and c.subject in visitors and c.qualifier != "former" and c.object in states} - {None}
    for tok in places:
        ent = an.entity_at(tok)
        known = an.kb.entities.get(ent.key) if ent is not None and ent.kind == "place" and \
            ent.key else None
        state = known.country if known is not None else None
        local = next((i for i, k in keys.items() if state and k == state), None)
        if local is None or local in ids or not held or state in held:
            continue
        return local
    return None


def own_state_only(an: DocAnalysis, sent: Span, ids: Sequence[str]) -> bool:
    """A meeting whose sides are only one person and the state his own title names in its
    sentence ("Israel is gearing up for the visit of U.S. President George Bush", "during
    a recent visit by Chinese Premier Wen Jiabao to the Indian capital") has one side: the state
    is the official's own, not whom he met (meet14).  Read from the title's words, not from
    the position facts of the text, which may give a title the wrong state; two compatriots
    who met are two sides.  "U.S." → "President" → "Bush": compounds and modifiers only."""
    return _own_side_only(an, sent, ids, ("country",), ("compound", "amod", "nmod", "poss"), 4)


def own_organization_only(an: DocAnalysis, sent: Span, ids: Sequence[str]) -> bool:
    """A meeting whose sides are only one person and the organization his own title names in
    its sentence ("The president of the World Bank, Paul Wolfowitz, has addressed a forum …
    as part of a visit to four African countries", "a visit by OSCE Secretary General X") has
    one side, as ``own_state_only`` reads a state's official: the organization is his own, not
    whom he met.  The organization reaches the person through his title: a compound or
    modifier of it, or its "of" complement, the title before the name or apposed to it
    ("World Bank" → "of" → "president", whose apposition is "Wolfowitz")."""
    return _own_side_only(an, sent, ids, ("organization", "body"),
                          ("compound", "amod", "nmod", "poss", "pobj", "prep", "appos"), 6,
                          apposed=True)


def _own_side_only(an: DocAnalysis, sent: Span, ids: Sequence[str], kinds: tuple[str, ...],
                   deps: tuple[str, ...], steps: int, apposed: bool = False) -> bool:
    """Whether the sides are one person and one entity of ``kinds`` that reaches him in the
    sentence by at most ``steps`` links of ``deps`` up the parse ("prep" only as "of"), or,
    with ``apposed``, through a node the person is apposed to."""
    kind_of = {e.local_id: e.kind for e in an.entities}
    people = {i for i in ids if kind_of.get(i) == "person"}
    sides = {i for i in ids if kind_of.get(i) in kinds}
    if len(people) != 1 or len(sides) != 1 or len(set(ids)) != 2:
        return False  # two compatriots met each other: two sides
    for tok in sent:
        ent = an.entity_at(tok)
        if ent is None or ent.local_id not in sides:
            continue
        node = tok
        for _ in range(steps):
            if node.dep_ not in deps or node.head.i == node.i or \
                    node.dep_ == "prep" and node.lower_ != "of":
                break
            node = node.head
            owner = an.entity_at(node)
            if owner is not None and owner.local_id in people:
                return True
            if apposed and any(c.dep_ == "appos" and (o := an.entity_at(c)) is not None and
                               o.local_id in people for c in node.children):
                return True
    return False


def met_at_gathering(found: Sequence[Construction], verb: Token) -> bool:
    """"A, B and C met yesterday at the … summit" (``MET_AT_GATHERING``): the verb names no
    one as met, so the meeting it tells is the gathering itself; "X met with Y at the summit"
    is a meeting of its own, held at the summit."""
    if any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in (
            "with", "between", "among")) for c in verb.children):
        return False
    return any(c.name == "MET_AT_GATHERING" and c.nodes["verb"] == verb.i for c in found)


def leaders_of(an: DocAnalysis, verb: Token, ids: Sequence[str]) -> bool:
    """"The leaders of Russia, Belarus and Kazakhstan met in Minsk": a plural subject of
    ``member_nouns`` or titles that names three or more states and nobody by name, with no
    one named as met, is a summit of those states (a gathering later mentions join)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")
                and (c.lower_ in words("member_nouns") or an.role_at(c.i) is not None)]
    if not subjects or any(c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in (
            "with", "between")) for c in verb.children):
        return False
    kinds = {e.local_id: e.kind for e in an.entities}
    return sum(kinds.get(i) == "country" for i in ids) >= 3 and not any(
        kinds.get(i) == "person" for i in ids)


def discussed_with(an: DocAnalysis, verb: Token) -> bool:
    """"discussed X with Y" (``DISCUSS_VERB``): the noun after "with", on the verb or on its
    object, names a person, a title or a counterpart (not a state or a body); or two people
    coordinated as the subject discussed something ("A and B discussed X")."""
    if any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children)
           and len(_persons_in(an, c)) >= 2 for c in verb.children):
        return True  # "Putin and Xi discussed the war": the coordinated pair met
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ != "with":
                continue
            for g in c.children:
                if g.dep_ == "pobj" and (_persons_in(an, g) or an.role_at(g.i) is not None
                                         or g.lower_ in ("counterpart", "counterparts")):
                    return True
    return False


def signed_with(an: DocAnalysis, verb: Token, sent: Span) -> bool:
    """"On Saturday, the government signed a permanent ceasefire with the rebel army"
    (``SIGNED_WITH``, meet33): a signing between two sides is their meeting
    when the verb (simple past) signs an agreement (the ``signed_agreements`` words), its
    subject and the noun after "with" (on the verb or on the agreement) name a state, an
    organization, a body or a person, and the clause has a day of its own ("on Saturday",
    "yesterday"; not "in 2003", not none)."""
    agreements = [c for c in verb.children
                  if c.dep_ == "dobj" and c.lower_ in words("signed_agreements")]
    if not agreements or not any(c.dep_ == "nsubj" and _names_side(an, c) for c in verb.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and _names_side(an, g) for g in c.children)
               for h in [verb, *agreements] for c in h.children):
        return False
    when = an.attached_time(verb, sent, "past")
    return when is not None and when.precision == "day"


def chosen_at(an: DocAnalysis, verb: Token, gathering: Token, body_token: Token,
              body: LocalEntity) -> bool:
    """"X has been reelected as leader of the Harbour Union at the party's convention",
    "X was voted the new leader of the Harbour Liberals at the leadership convention on
    Saturday" (``BODY_CHOSEN_AT``, ``BODY_CHOSEN_AS_AT``, meet34): a person chosen by a body at
    its own sitting tells that the body sat, with that person.  The choice is told in the past
    passive ("was/were elected", "has been reelected"; not "will be elected", "is expected to
    be chosen", "was not elected"); the gathering is the body's own: owned by "its"/"their",
    by "party" or "leadership" (the party's, a party congress, the leadership convention), or
    by the body's own name; "at a press conference", "at the summit" name another gathering.
    The body's name is whole (``whole_name``)."""
    aux = {c.dep_: c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")}
    if "neg" in aux or "auxpass" not in aux:
        return False
    past = aux["auxpass"].tag_ == "VBD" or (
        aux["auxpass"].tag_ == "VBN" and "aux" in aux and aux["aux"].lemma_ == "have"
        and aux["aux"].tag_ in ("VBZ", "VBP", "VBD"))
    if not past or not whole_name(an, body_token, body):
        return False
    for c in gathering.children:
        if c.dep_ == "poss" and c.lower_ in ("its", "their"):
            return True
        if c.dep_ in ("poss", "compound") and c.lower_ in ("party", "leadership"):
            return True
        if c.dep_ in ("poss", "compound") and (e := an.entity_at(c)) is not None and \
                e.local_id == body.local_id:
            return True
    return False


def whole_name(an: DocAnalysis, head: Token, ent: LocalEntity) -> bool:
    """Every proper noun before a name's head (its compounds, modifiers and possessor, and
    theirs) lies in the mention of the entity found at the head: "the Harbour People's
    Revolutionary Guild" found as "Revolutionary Guild", or "the Harbour Peace and Freedom
    Guild" as "Freedom Guild", is a name the mention stage cut, no side to stand alone (meet34)."""
    for t in head.subtree:
        if t.i < head.i and t.tag_ in ("NNP", "NNPS") and (
                (e := an.entity_at(t)) is None or e.local_id != ent.local_id):
            return False
    return True


def _names_side(an: DocAnalysis, tok: Token) -> bool:
    """A noun phrase that names a state, an organization, a body or a person (one of its
    words, outside a phrase hung on it by a preposition other than "of" or by a clause, is a
    mention of such an entity: "the united rebel groups at the border with X" names none)."""
    outside = {t.i for c in tok.children
               if (c.dep_ == "prep" and c.lower_ != "of") or c.dep_ in CLAUSE_DEPS
               for t in c.subtree}
    return any((e := an.entity_at(t)) is not None and e.kind in (
        "country", "organization", "body", "person") for t in tok.subtree if t.i not in outside)


CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})


def names_pair(found: Sequence[Construction], trig: Token) -> bool:
    """"The first meeting was between A and B" (``MEETING_BETWEEN``): a meeting noun whose
    copula says whose meeting it is ("the meeting between A and B" keeps the reading of a
    reference back: it joins the meeting of A and B told before, and takes its day)."""
    if trig.pos_ == "VERB":
        return False
    return trig.head.lemma_ == "be" and any(c.name == "MEETING_BETWEEN"  # not "coincided with"
                                            and c.nodes["trigger"] == trig.i for c in found)


def own_title(an: DocAnalysis, person: str, sent: Span) -> bool:
    """The person is named with a title of their own in the sentence: right before the name
    ("Moldovan Prime Minister Zinaida Grechany") or in apposition ("Amadou Ba, Minister of
    Foreign Affairs of Senegal", "the Chief of Staff of Turkey, General Yasar Guler")."""
    for i, m in enumerate(an.mentions):
        ent = an.entity_of_mention.get(i)
        if ent is None or ent.local_id != person or not sent.start_char <= m.start < sent.end_char:
            continue
        span = an.mention_span(i)
        # back over the title's complement: "the President of the Chamber of Deputies João
        # Paulo Cunha"
        for t in reversed(an.doc[max(sent.start, span.start - 8):span.start]):
            if t.is_punct or t.dep_ == "cc" or (
                    (e := an.entity_at(t)) is not None and e.kind == "person"):
                break
            if an.role_at(t.i) is not None:
                return True
        root = span.root
        phrases = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            phrases.append(root.head)
        for ph in phrases:
            inside = [ph] if ph.i < span.start else list(ph.subtree)
            if any(an.role_at(t.i) is not None for t in inside):
                return True
    return False


SPLITTABLE = {"MEET_VERB", "TALK_VERB", "RECEIVE_VERB", "TALKS_NOUN"}


def each_counterpart(an: DocAnalysis, claims: Sequence[Claim], d: Any, trig: Token,
                     found: Sequence[Construction] = ()) -> list[Any]:
    """"X met A, minister of P, B, minister of Q, and C" is three meetings, one per counterpart,
    when each counterpart carries a title of their own in the sentence, or when the verb or the
    noun says so ("met separately with A and B", "held separate meetings with A and B");
    "X met A and B" without titles, or a title shared by the list, stays one meeting, and so
    does a group some of whom are named ("met with senior officials, including A, B and C");
    "X met A in the presence of C" (``PRESENCE_OF``) is one meeting of all three."""
    if d.pattern not in SPLITTABLE:
        return [d]
    kinds = {e.local_id: e.kind for e in an.entities}
    sent = trig.sent
    verb = trig if trig.pos_ == "VERB" else an.clause_verb(trig)
    # "X organised talks between A and B", "talks organized by X and Y": the organizer is no
    # side, neither the principal nor a counterpart (ARRANGED_TALKS, ARRANGED_BETWEEN)
    arranged = {t.i for c in found if c.name in ARRANGED and c.nodes["trigger"] == trig.i
                for t in an.doc[c.nodes["organizer"]].subtree}
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
               for t in c.subtree} - arranged
    principal = {an.entity_at(an.doc[i]).local_id for i in subject  # type: ignore[union-attr]
                 if an.entity_at(an.doc[i]) is not None
                 and an.entity_at(an.doc[i]).kind == "person"}  # type: ignore[union-attr]
    if not principal:  # "the Cuban minister was received by …": the title's holder
        holder = next((h for i in sorted(subject)
                       if (h := document_holder(an, claims, an.doc[i])) is not None), None)
        principal = {holder} if holder else set()
    # the counterparts the trigger itself names: "met A and B", "talks with A and B",
    # "was received by A, B and by C"
    told = {t.i for t in trig.subtree} if trig.pos_ != "VERB" else {
        t.i for c in trig.children if c.dep_ not in ("nsubj", "nsubjpass") and not (
            c.dep_ in ("conj", "advcl", "xcomp", "ccomp", "parataxis") and c.pos_ in ("VERB", "AUX"))
        and c.lower_ not in words("attribution")  # "According to X, A met B": X is the source
        for t in c.subtree}  # "met A yesterday and will meet B on Friday": B is another clause
    witnessed = {t.i for c in found if c.name == "PRESENCE_OF"
                 and c.nodes["trigger"] in (trig.i, verb.i) for t in an.doc[c.nodes["in"]].subtree}
    told -= witnessed  # "in the presence of C": C attends the meeting, is not a counterpart
    told -= arranged
    if trig.pos_ != "VERB" and trig.dep_ == "dobj":  # "held talks | with A and B"
        told |= {t.i for c in trig.head.children if c.dep_ == "prep" and c.lower_ == "with"
                 for t in c.subtree}
    counterparts = []
    for i in sorted(told):
        ent = an.entity_at(an.doc[i])
        if ent is not None and ent.kind == "person" and ent.local_id not in principal and \
                ent.local_id not in counterparts:
            counterparts.append(ent.local_id)
    if not principal:  # "he met …", or a subject the parser lost: the person named last
        # before the verb ("Out of the meeting with A, B also held talks with C and D": B)
        before = [an.entity_at(t) for t in an.doc[sent.start:verb.i]]
        named = [e.local_id for e in before if e is not None and e.kind == "person"
                 and e.local_id in d.actors and e.local_id not in counterparts]
        principal = {named[-1]} if named else {
            p for p in d.actors if kinds.get(p) == "person" and p not in counterparts}
    if not principal or len(counterparts) < 2:
        return [d]
    if any(an.doc[i].lower_ in ("including", "among") and an.doc[i].head.tag_ == "NNS"
           for i in told):
        return [d]  # "met with senior officials, including A, B and C": one group, some named
    separately = any(c.lower_ in words("separately") and c.dep_ in ("advmod", "amod")
                     for t in {verb, trig} for c in t.children)
    if not separately and not all(own_title(an, p, sent) for p in counterparts):
        return [d]
    # a body named among the counterparts is a title's complement ("the President of the
    # Chamber of Deputies João Paulo Cunha"), not a participant of each meeting
    in_titles = {e.local_id for i in told if (e := an.entity_at(an.doc[i])) is not None
                 and e.kind in ("organization", "body")}
    others = [p for p in d.actors + d.targets if kinds.get(p) in ("organization", "body")
              and p not in in_titles]
    lead = [p for p in d.actors if p in principal] or sorted(principal)
    out = []
    for p in counterparts:
        piece = replace(d, actors=list(lead), targets=[p] + [o for o in others if o not in lead],
                        evidence=[replace(e, extractor=f"{e.extractor}+EACH_COUNTERPART")
                                  for e in d.evidence], topics=set(d.topics))
        out.append(piece)
    return out


def sitting_undated_day(construction: str, when: TimeValue | None,
                        anchor: TimeValue | None) -> bool:
    """"the parliament ratified the treaty in June" (in a report of late July), "The Cole Inquiry, started
    in January this year" (``SITTING_UNDATED_DAY``, meet29): a body's sitting read from what it
    decided, opened or heard (the ``day_sittings`` constructions) is one day's; a time of a
    month or a year only, wholly before the report's month, tells the body's history, not a
    sitting the text reports.  "approved … earlier this month" (the report's own month) and a
    report with no known date stay."""
    if construction not in words("day_sittings") or when is None or anchor is None or \
            when.precision not in ("month", "year"):
        return False
    size = 7 if when.precision == "month" else 4
    return when.value[:size] < anchor.value[:size] and len(anchor.value) >= size
