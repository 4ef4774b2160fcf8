"""Meeting drafts: the meetings one text tells → one per real meeting.

Mentions of one meeting ("met", "the meeting", "the session") join; a meeting held at a
summit stays apart from the summit; a visit the text tells by its meetings is those meetings;
a headline joins the meeting the text tells.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span

from .records import Evidence, TimeValue

VERBAL = {"MEET_VERB", "TALK_VERB", "RECEIVE_VERB"}  # who met whom, told by a verb
MULTILATERAL = {"summit", "session", "conference", "forum", "meeting", "meetings", "talks"}


@dataclass
class Draft:
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
    pattern: str = ""
    gathering: bool = False  # a summit, session, conference or forum
    session: bool = False  # a body's session: a meeting even with the body alone
    headline: bool = False  # told in the title: joins the meeting the text tells
    own_time: bool = False  # dated by its own clause, not the story's time
    bilateral: bool = False  # a verb with a named subject: "X met Y", "X received Y"
    direct: set[str] = field(default_factory=set)  # whom the verb names as met
    default_when: TimeValue | None = None  # a reference back's date when it joins nothing
    part: bool = False  # "the first session", "the final session": a part of the meeting before
    ongoing: bool = False  # a headline's "X visits Y": a visit the body must tell to be one
    one_side: bool = False  # an organization's delegation or hosting: one side (meet13)


def compatible(a: TimeValue | None, b: TimeValue | None) -> bool:
    if a is None or b is None:
        return True
    if _inside(a, b) or _inside(b, a):
        return True
    if a.precision == b.precision:
        return a.value == b.value
    short, long_ = sorted((a.value, b.value), key=len)
    return long_.startswith(short)


def _inside(day: TimeValue, span: TimeValue) -> bool:
    """A day inside a span of days ("commenced on Wednesday" in "from January 22-31")."""
    return span.end is not None and day.end is None and day.precision == span.precision and \
        span.value <= day.value <= span.end


def merge(drafts: list[Draft], kinds: dict[str, str]) -> list[Draft]:
    """Join the mentions of one meeting in one text; keep separate meetings of the same day apart.

    A mention joins the meeting told just before (same or compatible date) when it adds no
    new person to it ("the meeting", "Lavrov, welcoming Kowalczyk at the meeting …"), or
    when it refers back to a multilateral gathering whose attendees it names ("arrived for
    participation in the session").  "Bush met Fukuda" after "Bush met Kikwete" is another
    meeting, and so is a meeting held at a summit: "the summit" refers back to the last
    summit told, past the meetings held at it; "the first session", "the final session" is a
    part of the meeting told before, whatever its kind.  A headline joins the first meeting of
    the text that shares a participant with it.
    """
    merged: list[Draft] = []
    split = [d for d in drafts if d.evidence and
             d.evidence[0].extractor.endswith("+EACH_COUNTERPART")]
    for d in drafts:
        target = None
        mine = set(d.actors + d.targets)
        told = bool(d.evidence) and d.evidence[0].extractor.endswith(
            (":ATTENDEES_TOLD", ":SPEECH_THERE"))
        if d in split:
            merged.append(d)  # one meeting per counterpart: never joined to another
            continue
        pieces = [p for p in split if p.sent == d.sent]
        if pieces and {x for x in mine if kinds.get(x) == "person"} <= {
                x for p in pieces for x in p.actors + p.targets}:
            # "During his visit, Blinken met separately with A and B": the visit is the two
            # meetings its sentence splits, not a third one
            pieces[0].evidence.extend(e for e in d.evidence if e not in pieces[0].evidence)
            continue
        if d.gathering and d.backref:
            target = next((p for p in reversed(merged) if p.gathering and not p.headline
                           and compatible(p.when, d.when)), None)
        if target is None and d.part:
            # "A met B … The first session was hosted by C": a part of the meeting told before
            target = next((p for p in reversed(merged) if not p.headline
                           and compatible(p.when, d.when)), None)
        for prev in reversed(merged) if target is None else ():
            if not compatible(prev.when, d.when) or prev.headline:
                continue
            if (d.gathering and prev.bilateral) or (not d.backref and d.bilateral
                                                     and prev.gathering):
                continue  # a meeting at a summit is a meeting of its own, and the summit too
            theirs = set(prev.actors + prev.targets)
            new_people = {x for x in mine - theirs if kinds.get(x) == "person"}
            if d.bilateral:  # "Bush met with the President of Russia": a new counterpart
                new_people |= {x for x in d.direct - theirs if kinds.get(x) == "country"}
            shared_bodies = {x for x in mine & theirs if kinds.get(x) in ("body", "organization")}
            multilateral = any(kinds.get(x) in ("body", "organization") for x in theirs) or \
                sum(kinds.get(x) == "person" for x in theirs) >= 3 or \
                prev.trigger.lower() in MULTILATERAL - {"talks", "meeting", "meetings"}
            gathering = d.trigger.lower() in MULTILATERAL and bool(shared_bodies)
            if not mine or (not new_people and (mine & theirs or d.backref)) or (
                    d.backref and multilateral) or (multilateral and gathering) or told:
                # "Talks took place in Istanbul on Monday. A and B took part."
                target = prev
            break
        if target is None and told:
            continue  # "A and B attended." that joins no meeting tells none of its own
        if target is None:
            d.when = d.when or d.default_when
            merged.append(d)
            continue
        _join(target, d)
    merged = _fold_visits(merged, kinds)
    merged = _fold_undated(merged, kinds)
    # a headline's meeting is the body's meeting of any of the same participants; a
    # headline's visit under way ("Australian PM visits New Zealand") that no meeting of the
    # body joins is not told to have happened (its meetings may all be still to come)
    return [d for d in _fold(merged, lambda d: next(
        (m for m in merged if not m.headline and
         set(m.actors + m.targets) & set(d.actors + d.targets)), None) if d.headline else None)
        if not (d.headline and d.ongoing)]


def _fold(drafts: list[Draft], host_of: Callable[[Draft], Draft | None]) -> list[Draft]:
    """The drafts, each one that ``host_of`` gives another draft for joined into that one
    (keeping the host's date)."""
    out = []
    for d in drafts:
        host = host_of(d)
        if host is not None:
            _join(host, d, keep_when=True)
            continue
        out.append(d)
    return out


def _fold_visits(drafts: list[Draft], kinds: dict[str, str]) -> list[Draft]:
    """A visit to a country whose meetings the text tells ("visited Brazil on February 2-3.
    He met President Lula …") is those meetings: it joins the first of them."""
    def told(d: Draft) -> Draft | None:
        people = [x for x in d.actors + d.targets if kinds.get(x) == "person"]
        others = [x for x in d.actors + d.targets if kinds.get(x) != "person"]
        named = {x for x in d.direct if kinds.get(x) in ("country", "person")}
        if not (len(people) == 1 and others and all(kinds.get(x) == "country" for x in others)
                and (d.pattern in ("VISIT_VERB", "VISIT_NOUN") or not named)):
            return None  # "Bush met with the President of Russia" names whom he met: no visit
        return next((m for m in drafts if m is not d and people[0] in m.actors + m.targets
                     and sum(kinds.get(x) == "person" for x in m.actors + m.targets) > 1
                     and m.when is not None and d.when is not None
                     and m.when.value[:7] == d.when.value[:7]), None)
    return _fold(drafts, told)


def _fold_undated(drafts: list[Draft], kinds: dict[str, str]) -> list[Draft]:
    """A meeting told without a date of its own whose people all meet in a meeting the text
    dates ("visited Brazil on February 2-3. He met President Lula and Minister Amorim. …
    On February 3, Roque met Lula da Silva and Amorim") is that meeting."""
    def people(d: Draft) -> set[str]:
        return {x for x in d.actors + d.targets if kinds.get(x) == "person"}

    def told(d: Draft) -> Draft | None:
        mine = people(d)
        if d.own_time or d.headline or d.gathering or len(mine) <= 1:
            return None
        return next((m for m in drafts if m is not d and m.own_time and not m.gathering
                     and mine <= people(m)
                     and m.when is not None and (d.when is None or
                                                 m.when.value[:7] == d.when.value[:7])),
                    None)
    return _fold(drafts, told)


def _join(target: Draft, d: Draft, keep_when: bool = False) -> None:
    for a in d.actors:
        if a not in target.actors and a not in target.targets:
            target.actors.append(a)
    for t in d.targets:
        if t not in target.actors and t not in target.targets:
            target.targets.append(t)
    target.evidence.extend(e for e in d.evidence if e not in target.evidence)
    target.topics |= d.topics
    target.location = target.location or d.location
    target.session = target.session or d.session
    if keep_when:
        return
    if target.when is not None and d.when is not None and d.own_time and \
            _inside(d.when, target.when):
        target.when = d.when  # the day a gathering told over a span opened or met
        return
    if target.when is None or (d.when is not None and len(d.when.value) > len(target.when.value)):
        target.when = d.when or target.when
