"""Queries over a store: members and officials as of a date, timelines, profiles, sources, conflicts.

The Python API the CLI, the HTTP API and notebooks share.  Every answer carries the ids of
the claims or events it rests on; ``sources(id)`` turns an id into its evidence sentences.

As-of semantics: claims from all documents are combined.  A membership or office stated at
t1 and again at t2 holds between them unless a claim contradicts it (a complete member list
that omits the country, a successor in a single-holder office).  After its last statement
it is reported as "open" (still held as far as the store knows) until contradicted; before
its first statement nothing is claimed.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import timex
from .errors import QueryError
from .knowledge import knowledge, norm
from .store import Store


@dataclass(frozen=True)
class Ref:
    """A claim or event an answer rests on."""

    id: str
    document: str
    date: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "document": self.document, "date": self.date}


@dataclass(frozen=True)
class EntityRecord:
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    wikidata: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "name": self.name, "aliases": self.aliases,
                "wikidata": self.wikidata}


@dataclass(frozen=True)
class Membership:
    country: EntityRecord
    status: str  # stated | held | open
    first_stated: str
    last_stated: str
    confidence: float
    claims: tuple[Ref, ...]

    def as_dict(self) -> dict[str, Any]:
        # by hand, not dataclasses.asdict: a big organization's answer holds thousands of
        # claim references, and asdict's deep copy of each cost more than the query itself
        return {"country": self.country.as_dict(), "status": self.status,
                "first_stated": self.first_stated, "last_stated": self.last_stated,
                "confidence": self.confidence, "claims": tuple(c.as_dict() for c in self.claims)}


@dataclass(frozen=True)
class MembersAnswer:
    organization: EntityRecord
    as_of: str
    members: tuple[Membership, ...]
    not_members: tuple[Membership, ...]  # stated members that a later complete list omits
    unknown: tuple[Membership, ...]  # first stated only after the date

    def as_dict(self) -> dict[str, Any]:
        return {"organization": self.organization.as_dict(), "as_of": self.as_of,
                "members": tuple(m.as_dict() for m in self.members),
                "not_members": tuple(m.as_dict() for m in self.not_members),
                "unknown": tuple(m.as_dict() for m in self.unknown)}


@dataclass(frozen=True)
class Term:
    person: EntityRecord
    role: str
    office_of: EntityRecord  # the organization or body
    start: str
    end: str
    open_end: bool  # no successor known and not closed: may still hold
    ended_by: str | None  # successor's name in a single-holder office
    status: str  # for as-of answers: stated | held | open; "term" or "former" otherwise
    confidence: float
    claims: tuple[Ref, ...]
    note: str = ""  # "acting", "former: ended before this date"

    def as_dict(self) -> dict[str, Any]:
        return {"person": self.person.as_dict(), "role": self.role,
                "office_of": self.office_of.as_dict(), "start": self.start, "end": self.end,
                "open_end": self.open_end, "ended_by": self.ended_by, "status": self.status,
                "confidence": self.confidence, "claims": tuple(c.as_dict() for c in self.claims),
                "note": self.note}


@dataclass(frozen=True)
class Conflict:
    kind: str
    description: str
    sides: tuple[tuple[Ref, ...], ...]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EvidenceRecord:
    document: str
    source_path: str
    title: str | None
    published: str | None
    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Sources:
    id: str
    kind: str  # fact | event | quote
    summary: str
    evidence: tuple[EvidenceRecord, ...]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TimelineItem:
    date: str | None
    kind: str  # fact | event | quote
    id: str
    summary: str
    document: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Profile:
    entity: EntityRecord
    facts: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)  # facts, events, quotes in the store

    def as_dict(self) -> dict[str, Any]:
        return {"entity": self.entity.as_dict(), "facts": self.facts, "events": self.events,
                "quotes": self.quotes, "merges": self.merges, "totals": self.totals}


PLOVER_CATEGORIES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                     "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                     "COERCE", "ASSAULT")


def _end_of(value: str) -> str:
    """The last day-string a YYYY or YYYY-MM bound covers ("2017" → "2017-12-31~")."""
    return value if len(value) == 10 else value + "~"


# claims about one entity (as subject, or as object of another subject) by date, each side
# read in order from its (subject|object, date, id) index and merged: the first N cost O(N)
_ABOUT = ("SELECT * FROM claims WHERE subject=:e {0} UNION ALL "
          "SELECT * FROM claims WHERE object=:e AND subject!=:e {0} "
          "ORDER BY date, id")


@lru_cache(maxsize=4096)
def _day(value: str) -> tuple[date, date]:
    return timex.bounds(timex.parse_value(value))


def parse_as_of(value: str | None) -> str:
    if value is None:
        return date.today().isoformat()
    try:
        timex.parse_value(value)
    except ValueError as exc:
        raise QueryError(f"bad date {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY", code="B501") \
            from exc
    return value


def check_min_confidence(min_confidence: float | None) -> None:
    """Refuse a minimum confidence that is not a share (B555) before anything is read or
    written, so a query and an export fail alike and early."""
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        raise QueryError(f"min confidence must be between 0 and 1, not {min_confidence}",
                         code="B555")


def passes_confidence(event: dict[str, Any], min_confidence: float | None) -> bool:
    """Whether an event stays under a minimum confidence: the one rule the queries and the
    export share. Unscored events (meetings, events stored before scores) always stay."""
    score = event.get("confidence")
    return min_confidence is None or score is None or score >= min_confidence


class KnowledgeBase:
    """Read-only view of a store for queries."""

    def __init__(self, path: str | Path) -> None:
        self.store = Store(path, readonly=True)
        self.db: sqlite3.Connection = self.store.db
        # a store written before schema 5 has no per-entity event dates until its next write
        self._event_dates = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='entity_events'"
        ).fetchone() is not None
        # before schema 6 entity names were indexed with the documents, in search_fts
        self.search_split = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='search_entities'"
        ).fetchone() is not None

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def snapshot(self) -> Iterator[KnowledgeBase]:
        """Every query inside sees one committed state of the store, even while an ingest
        commits between them (a WAL read transaction); an answer never mixes two commits."""
        if self.db.in_transaction:  # already inside one
            yield self
            return
        self.db.execute("BEGIN")
        try:
            yield self
        finally:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")  # nothing to undo: it only read

    # --- entities ---------------------------------------------------------------------------
    def entity(self, entity_id: str) -> EntityRecord:
        row = self.db.execute("SELECT * FROM entities WHERE id=?", (entity_id,)).fetchone()
        if row is None:
            raise QueryError(f"no entity with id {entity_id}", code="B502")
        aliases = tuple(r[0] for r in self.db.execute(
            "SELECT alias FROM aliases WHERE entity_id=? ORDER BY alias", (entity_id,)))
        return EntityRecord(row["id"], row["kind"], row["name"], aliases, row["wikidata"])

    def label(self, entity_id: str) -> str:
        """Short display name: an organization's abbreviation ("CSTO"), else the name."""
        known = knowledge().entities.get(entity_id)
        if known is not None and known.kind == "organization" and known.abbreviations:
            return known.abbreviations[0]
        row = self.db.execute("SELECT name FROM entities WHERE id=?", (entity_id,)).fetchone()
        if row is None:
            raise QueryError(f"no entity with id {entity_id}", code="B502")
        return row[0]

    def resolve(self, name: str, kinds: Iterable[str] | None = None) -> EntityRecord:
        """An entity by id, name or alias; the most mentioned one when several share a name."""
        kinds = tuple(kinds or ())
        if self.db.execute("SELECT 1 FROM entities WHERE id=?", (name,)).fetchone():
            return self.entity(name)
        rows = self.db.execute(
            "SELECT e.id, e.kind, (SELECT COUNT(*) FROM mentions m WHERE m.entity_id=e.id) AS n "
            "FROM aliases a JOIN entities e ON e.id=a.entity_id WHERE a.norm=? "
            "GROUP BY e.id ORDER BY n DESC, e.id", (norm(name),)).fetchall()
        rows = [r for r in rows if not kinds or r["kind"] in kinds]
        if not rows:
            rows = self._resolve_loosely(name, kinds)
        if not rows:
            known = [e for e in knowledge().lookup(name) if not kinds or e.kind in kinds]
            if known and self.db.execute("SELECT 1 FROM entities WHERE id=?",
                                         (known[0].key,)).fetchone():
                return self.entity(known[0].key)
            hint = f" ({'/'.join(kinds)})" if kinds else ""
            raise QueryError(f"nothing named {name!r}{hint} in the store; try "
                             f"`blocwatch entities` to list what is known", code="B503")
        return self.entity(rows[0]["id"])

    def _resolve_loosely(self, name: str, kinds: tuple[str, ...]) -> list[sqlite3.Row]:
        """A surname or given name alone, or a spelling one edit away, when only one thing fits."""
        from rapidfuzz import fuzz, process

        from .linking import token_fits

        rows = self.db.execute(
            "SELECT e.id, e.kind, a.alias, (SELECT COUNT(*) FROM mentions m WHERE "
            "m.entity_id=e.id) AS n FROM aliases a JOIN entities e ON e.id=a.entity_id").fetchall()
        rows = [r for r in rows if not kinds or r["kind"] in kinds]
        if len(name.split()) == 1:
            fits = {r["id"]: r for r in rows if r["kind"] == "person"
                    and len(r["alias"].split()) >= 2 and token_fits(name, r["alias"])}
            if fits:
                return sorted(fits.values(), key=lambda r: -r["n"])
        best = process.extractOne(norm(name), [norm(r["alias"]) for r in rows],
                                  scorer=fuzz.ratio, score_cutoff=88)
        return [rows[best[2]]] if best else []

    def entities(self, kind: str | None = None) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT e.id, e.kind, e.name, e.wikidata, (SELECT COUNT(*) FROM mentions m "
            "WHERE m.entity_id=e.id) AS mentions FROM entities e WHERE (? IS NULL OR e.kind=?) "
            "ORDER BY e.kind, mentions DESC, e.name", (kind, kind)).fetchall()
        out = []
        for r in rows:
            rec = self.entity(r["id"]).as_dict()
            rec["mentions"] = r["mentions"]
            rec["merges"] = [m[0] for m in self.db.execute(
                "SELECT DISTINCT note FROM merges WHERE entity_id=? ORDER BY note", (r["id"],))]
            out.append(rec)
        return out

    # --- claims -----------------------------------------------------------------------------
    def _claims(self, where: str, params: tuple[Any, ...]) -> list[sqlite3.Row]:
        return self.db.execute(f"SELECT * FROM claims WHERE {where} ORDER BY date, id",  # noqa: S608
                               params).fetchall()

    def _ref(self, row: sqlite3.Row) -> Ref:
        return Ref(row["id"], row["document_id"], row["date"])

    # --- members ----------------------------------------------------------------------------
    def members(self, org: str, as_of: str | None = None) -> MembersAnswer:
        """Member states of ``org`` at ``as_of`` (default: today), each with its claims.

        Per country, the dated statements form a timeline: stated memberships and joinings
        start or confirm it; leavings and complete member lists that omit the country end it.
        A person's seat in a body (memb19, ``person_member_of_body``) is a claim of its own,
        not a member state: it stays out of this timeline, so that a complete list of states
        never makes a person "not a member" and no person is shown as a state.
        """
        organization = self.resolve(org, ("organization",))
        when = parse_as_of(as_of)
        t_first, t_last = _day(when)
        rows = self.db.execute(  # all from the covering index claims_membership
            "SELECT id, document_id, date, subject, qualifier FROM claims WHERE "
            "predicate='member_of' AND object=? AND date IS NOT NULL AND subject NOT IN "
            "(SELECT id FROM entities WHERE kind='person') ORDER BY date, id",
            (organization.id,)).fetchall()
        by_country: dict[str, list[sqlite3.Row]] = defaultdict(list)
        lists: dict[str, tuple[date, set[str]]] = {}
        for r in rows:
            by_country[r["subject"]].append(r)
            # the fact stage marks a list complete only where it names every member
            if r["qualifier"] == "complete_list":
                entry = lists.setdefault(r["document_id"], (_day(r["date"])[0], set()))
                entry[1].add(r["subject"])
        members, gone, unknown = [], [], []
        for country, claims in sorted(by_country.items()):
            marks: list[tuple[date, date, str]] = []
            for c in claims:
                lo, hi = _day(c["date"])
                marks.append((lo, hi, "left" if c["qualifier"] == "left" else
                              "joined" if c["qualifier"] == "joined" else "stated"))
            for d, listed in lists.values():
                if country not in listed:
                    marks.append((d, d, "omitted"))
            marks.sort()
            positive = [m for m in marks if m[2] in ("stated", "joined")]
            first = min((m[0] for m in positive), default=marks[0][0])
            last = max((m[1] for m in positive), default=marks[-1][1])
            m = Membership(self.entity(country), "", first.isoformat(), last.isoformat(), 0.0,
                           tuple(self._ref(c) for c in claims))
            status, conf = _membership_status(marks, t_first, t_last)
            if status in ("stated", "held", "open"):
                members.append(_with(m, status, conf))
            elif status == "unknown":
                unknown.append(_with(m, "first stated later", 0.0))
            elif status.startswith("uncertain"):
                unknown.append(_with(m, status, conf))
            else:
                gone.append(_with(m, status, conf))
        return MembersAnswer(organization, when, tuple(members), tuple(gone), tuple(unknown))

    # --- officials --------------------------------------------------------------------------
    def _offices(self, organization: EntityRecord) -> list[str]:
        bodies = [r[0] for r in self.db.execute("SELECT id FROM entities WHERE parent=? AND "
                                                "kind='body'", (organization.id,))]
        return [organization.id, *bodies]

    def terms(self, org: str) -> list[Term]:
        """Every office term in ``org`` and its bodies, built from dated claims, in order.

        Plain and acting claims say the office was held on their date; "since" claims start a
        term, "until" claims end it, "former" claims say it had ended by then; a new holder of
        a single-holder office ends the previous holder's term.
        """
        organization = self.resolve(org, ("organization", "body", "country"))
        offices = self._offices(organization)
        marks = ",".join("?" * len(offices))
        rows = [r for r in self._claims(f"predicate='holds_position' AND object IN ({marks})",
                                        tuple(offices)) if r["date"]]
        groups: dict[tuple[str, str, str], list[sqlite3.Row]] = defaultdict(list)
        for r in rows:
            groups[(norm(r["role"] or ""), r["object"], r["subject"])].append(r)
        kb = knowledge()
        terms: list[Term] = []
        for (_, office, person), claims in groups.items():
            held = [_day(c["date"]) for c in claims if c["qualifier"] in (None, "acting")]
            starts = [_day(c["date"])[0] for c in claims if c["qualifier"] == "since"]
            ends = [_day(c["date"])[1] for c in claims if c["qualifier"] == "until"]
            formers = [_day(c["date"])[0] for c in claims if c["qualifier"] == "former"]
            points = [a for a, _ in held] + starts
            start = min(points) if points else None
            end = max([b for _, b in held] + ends + starts) if points or ends else None
            if start is None and end is None:  # only "former": ended before the first mention
                end = min(formers) - timedelta(days=1)
                note, status = "former: ended before this date", "former"
            else:
                note = "acting" if any(c["qualifier"] == "acting" for c in claims) else ""
                status = "term"
            closed = bool(ends) or any(start is not None and f > (end or start) for f in formers)
            terms.append(Term(self.entity(person), claims[0]["role"], self.entity(office),
                              start.isoformat() if start else "?", (end or start).isoformat(),
                              not closed and status == "term", None, status,
                              round(max(c["confidence"] for c in claims), 2),
                              tuple(self._ref(c) for c in claims), note))
        terms.sort(key=lambda t: (t.start if t.start != "?" else t.end, t.role, t.person.name))
        out: list[Term] = []
        for t in terms:
            role = kb.role(t.role)
            successor = None
            if role is not None and role.single_holder and t.status == "term":
                successor = next((u for u in terms if u.role == t.role and u.office_of.id ==
                                  t.office_of.id and u.person.id != t.person.id and
                                  u.status == "term" and u.start > t.end), None)
            if successor is not None:
                t = _term(t, open_end=False, ended_by=successor.person.name)
            out.append(t)
        return out

    def officials(self, org: str, as_of: str | None = None) -> list[Term]:
        """Office holders of ``org`` (and its bodies); with ``as_of``, those holding on that date.

        A holder counts on a date inside a term; after a term's last statement only while no
        successor, end or "former" statement is known ("open", with a confidence that falls
        with the years since); before any statement nothing is claimed.
        """
        terms = self.terms(org)
        if as_of is None:
            return terms
        when = parse_as_of(as_of)
        t_first, t_last = _day(when)
        holding = []
        for t in terms:
            if t.status != "term":
                continue
            start, end = date.fromisoformat(t.start), date.fromisoformat(t.end)
            if start <= t_last and end >= t_first:
                status = "stated" if any(r.date and _day(r.date)[0] <= t_last and
                                         _day(r.date)[1] >= t_first for r in t.claims) else "held"
                holding.append(_term(t, status=status))
            elif start <= t_last and t.open_end:
                years = (t_first - end).days / 365.25
                holding.append(_term(t, status="open", confidence=round(
                    max(0.2, t.confidence * (0.8 - 0.1 * years)), 2)))
        return holding

    # --- events, timeline, profile ----------------------------------------------------------
    def event_rows(self, category: str | None = None, actor: str | None = None,
                   date_from: str | None = None, date_to: str | None = None) -> list[dict[str, Any]]:
        """Distinct events (reports of one event across documents joined), filtered, by date."""
        return list(self._iter_events(category, actor, date_from, date_to))

    def _iter_events(self, category: str | None, actor: str | None, date_from: str | None,
                     date_to: str | None) -> Iterator[dict[str, Any]]:
        """Distinct events in (date, id) order, each built only when asked for, so a page of
        a long list costs the page, not the list."""
        actor_id = self.resolve(actor).id if actor else None
        ids = self.db.execute(
            "WITH matched AS (SELECT DISTINCT c.cluster_id FROM events e JOIN event_clusters c "
            "ON c.event_id=e.id WHERE (? IS NULL OR e.category=?) AND (? IS NULL OR e.date>=?) "
            "AND (? IS NULL OR e.date<=?) AND (? IS NULL OR e.id IN (SELECT event_id FROM "
            "event_participants WHERE entity_id=?))) "
            "SELECT m.cluster_id, (SELECT h.date FROM event_clusters hc JOIN events h "
            "ON h.id=hc.event_id WHERE hc.cluster_id=m.cluster_id "
            "ORDER BY h.date_precision='day' DESC, h.id LIMIT 1) AS head_date FROM matched m "
            "ORDER BY COALESCE(head_date, ''), m.cluster_id",
            (category, category, date_from, date_from, date_to, date_to, actor_id,
             actor_id)).fetchall()
        for cluster_id, _ in ids:
            yield self.event(cluster_id)

    def events(self, category: str | None = None, actor: str | None = None,
               date_from: str | None = None, date_to: str | None = None,
               topic: str | None = None, quad: int | None = None, limit: int | None = None,
               offset: int = 0, min_confidence: float | None = None) -> list[dict[str, Any]]:
        """Distinct events by PLOVER category, participant (an entity name, or an actor code
        such as RUS or IGO), date range (YYYY, YYYY-MM or YYYY-MM-DD), topic, quad class and
        confidence (``min_confidence``: coded events scoring less are left out; meetings and
        events stored without a score are not scored and stay); ``limit``/``offset`` give one
        page of the list in (date, id) order."""
        if category is not None:
            category = category.upper()
            if category not in PLOVER_CATEGORIES:
                raise QueryError(f"unknown PLOVER category {category!r}; use one of "
                                 f"{', '.join(PLOVER_CATEGORIES)}", code="B550")
        if quad is not None and quad not in (1, 2, 3, 4):
            raise QueryError(f"quad class must be 1, 2, 3 or 4, not {quad}", code="B551")
        check_min_confidence(min_confidence)
        for value in (date_from, date_to):
            if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
                raise QueryError(f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD",
                                 code="B552")
        code = actor.upper() if actor and re.fullmatch(r"[A-Z]{3}", actor) else None
        entity = actor
        if code is not None:  # "RUS", "IGO": an actor code, unless it names an entity
            try:
                self.resolve(actor)
            except QueryError:
                entity = None
        if limit is not None and limit < 1 or offset < 0:
            raise QueryError("limit must be at least 1 and offset at least 0", code="B554")
        rows = self._iter_events(category, entity, date_from,
                                 _end_of(date_to) if date_to else None)
        out: list[dict[str, Any]] = []
        skipped = 0
        for ev in rows:
            if limit is not None and len(out) >= limit:
                break
            if topic and topic not in ev["topics"]:
                continue
            if quad and ev["quad"] != quad:
                continue
            if not passes_confidence(ev, min_confidence):
                continue
            if code and entity is None and not any((c.get("code") or "").upper() == code
                                                   for c in ev["coded"]):
                continue
            if skipped < offset:
                skipped += 1
                continue
            out.append(ev)
        return out

    def _members(self, event_id: str) -> list[sqlite3.Row]:
        row = self.db.execute("SELECT cluster_id FROM event_clusters WHERE event_id=? OR "
                              "cluster_id=? LIMIT 1", (event_id, event_id)).fetchone()
        if row is None:
            raise QueryError(f"no event with id {event_id}", code="B504")
        return self.db.execute(
            "SELECT e.* FROM events e JOIN event_clusters c ON c.event_id=e.id "
            "WHERE c.cluster_id=? ORDER BY e.date_precision='day' DESC, e.id",
            (row["cluster_id"],)).fetchall()

    def event(self, event_id: str) -> dict[str, Any]:
        """One distinct event with every report of it (``event_id`` may name any report)."""
        reports = self._members(event_id)
        head = reports[0]
        actors: list[dict[str, str]] = []
        targets: list[dict[str, str]] = []
        seen: set[str] = set()
        topics: list[str] = []
        for rep in reports:
            for p in self.db.execute("SELECT p.entity_id, p.role, e.name FROM event_participants p "
                                     "JOIN entities e ON e.id=p.entity_id WHERE event_id=? "
                                     "ORDER BY position", (rep["id"],)):
                if p[0] not in seen:
                    seen.add(p[0])
                    (actors if p[1] == "actor" else targets).append({"id": p[0], "name": p[2]})
            topics += [t for t in json.loads(rep["topics"]) if t not in topics]
        location_id = next((r["location"] for r in reports if r["location"]), None)
        cluster = self.db.execute("SELECT cluster_id FROM event_clusters WHERE event_id=?",
                                  (head["id"],)).fetchone()[0]
        return {"id": cluster, "category": head["category"], "cameo": head["cameo"],
                "date": head["date"], "date_precision": head["date_precision"],
                "actors": actors, "targets": targets,
                "location": {"id": location_id, "name": self.entity(location_id).name}
                if location_id else None,
                "topics": sorted(topics), "trigger": head["trigger"],
                "quad": head["quad"], "mode": head["mode"],
                "context": json.loads(head["context"] or "[]"),
                "coded": json.loads(head["actors"] or "[]"), "extractor": head["extractor"],
                "confidence": self.db.execute(
                    "SELECT MAX(confidence) FROM event_confidence WHERE event_id IN (SELECT "
                    "event_id FROM event_clusters WHERE cluster_id=?)", (cluster,)).fetchone()[0],
                "document": head["document_id"],
                "reports": [{"id": r["id"], "document": r["document_id"], "date": r["date"]}
                            for r in reports],
                "evidence": self.db.execute(
                    "SELECT COUNT(*) FROM evidence WHERE owner_id IN (SELECT event_id FROM "
                    "event_clusters WHERE cluster_id=?)", (cluster,)).fetchone()[0]}

    def describe_claim(self, row: sqlite3.Row) -> str:
        subject = self.label(row["subject"])
        obj = self.label(row["object"]) if row["object"] else None
        p = row["predicate"]
        when = f" ({row['date']})" if row["date"] else ""
        qual = f"{row['qualifier']} " if row["qualifier"] and row["qualifier"] != "complete_list" else ""
        if p == "holds_position":
            return f"{subject}: {qual}{row['role']} of {obj}{when}"
        if p == "member_of":
            return f"{subject} member of {obj}{when}"
        if p == "member_count":
            return f"{subject} has {row['value']} members{when}"
        if p == "chairs":
            return f"{subject} chairs {obj} in {row['date']}"
        if p == "founded":
            return f"{subject} founded {row['date']}"
        if p == "located_in":
            return f"{subject} located in {obj}{when}"
        if p == "part_of":
            return f"{subject} part of {obj}"
        return f"{subject} {p} {obj or row['value']}{when}"

    def describe_event(self, ev: dict[str, Any]) -> str:
        people = ", ".join(self.label(a["id"]) for a in ev["actors"])
        others = ", ".join(self.label(t["id"]) for t in ev["targets"])
        where = f" in {ev['location']['name']}" if ev["location"] else ""
        topics = f" on {', '.join(ev['topics'])}" if ev["topics"] else ""
        return f"{ev['category']} ({ev['trigger']}): {people}{' with ' + others if others else ''}" \
               f"{where}{topics}"

    def show(self, name: str, limit: int | None = None) -> Profile:
        """An entity with its facts, events and quotes, each in date order; with ``limit``,
        the first ``limit`` of each (``totals`` says how many there are)."""
        ent = self.resolve(name)
        prof = Profile(ent)
        cap = f" LIMIT {int(limit)}" if limit is not None else ""
        for r in self.db.execute(_ABOUT.format("") + cap, {"e": ent.id}):
            prof.facts.append({"id": r["id"], "predicate": r["predicate"], "date": r["date"],
                               "summary": self.describe_claim(r), "document": r["document_id"],
                               "confidence": r["confidence"]})
        for cid in self._events_of([ent.id], limit, undated_last=False):
            ev = self.event(cid)
            ev["summary"] = self.describe_event(ev)
            prof.events.append(ev)
        for r in self.db.execute("SELECT * FROM quotes WHERE speaker=? ORDER BY date, id" + cap,
                                 (ent.id,)):
            prof.quotes.append({"id": r["id"], "text": r["text"], "date": r["date"],
                                "document": r["document_id"]})
        prof.totals = {
            "facts": self.db.execute(
                "SELECT (SELECT COUNT(*) FROM claims WHERE subject=:e) + (SELECT COUNT(*) FROM "
                "claims WHERE object=:e) - (SELECT COUNT(*) FROM claims WHERE subject=:e AND "
                "object=:e)", {"e": ent.id}).fetchone()[0],
            "events": self._count_events_of(ent.id),
            "quotes": self.db.execute("SELECT COUNT(*) FROM quotes WHERE speaker=?",
                                      (ent.id,)).fetchone()[0]}
        prof.merges = [m[0] for m in self.db.execute(
            "SELECT DISTINCT note FROM merges WHERE entity_id=? ORDER BY note", (ent.id,))]
        return prof

    def timeline(self, *names: str, limit: int | None = None) -> list[TimelineItem]:
        """Facts, events and quotes that involve every named entity, in date order (the
        first ``limit`` of them, when given)."""
        if not names:
            raise QueryError("timeline needs at least one entity", code="B505")
        ids = [self.resolve(n).id for n in names]
        items: list[TimelineItem] = []
        for r in self._timeline_claims(ids, limit):
            items.append(TimelineItem(r["date"], "fact", r["id"], self.describe_claim(r),
                                      r["document_id"]))
        for cid in self._events_of(ids, limit, undated_last=True):
            ev = self.event(cid)
            items.append(TimelineItem(ev["date"], "event", ev["id"], self.describe_event(ev),
                                      ev["document"]))
        if len(ids) == 1:
            quotes = self.db.execute("SELECT * FROM quotes WHERE speaker=? AND date IS NOT NULL "
                                     "ORDER BY date, id" + (f" LIMIT {int(limit)}" if limit else ""),
                                     (ids[0],)).fetchall()
            if limit is None or len(quotes) < limit:
                quotes += self.db.execute("SELECT * FROM quotes WHERE speaker=? AND date IS NULL "
                                          "ORDER BY id", (ids[0],)).fetchall()
            for r in quotes:
                items.append(TimelineItem(r["date"], "quote", r["id"], f"“{r['text']}”",
                                          r["document_id"]))
        items.sort(key=lambda i: (i.date or "9999", i.kind, i.id))
        return items[:limit]

    def _timeline_claims(self, ids: list[str], limit: int | None) -> list[sqlite3.Row]:
        """Claims naming every one of ``ids``, dated ones by date, then undated, at most
        ``limit`` (read through the (subject|object, date, id) indexes, not sorted whole)."""
        distinct = sorted(set(ids))
        if len(distinct) > 2:  # a claim names two entities at most
            return []
        if len(distinct) == 2:
            a, b = distinct
            rows = self.db.execute("SELECT * FROM claims WHERE subject=:a AND object=:b UNION ALL "
                                   "SELECT * FROM claims WHERE subject=:b AND object=:a",
                                   {"a": a, "b": b}).fetchall()
            return sorted(rows, key=lambda r: (r["date"] or "9999", r["id"]))[:limit]
        cap = f" LIMIT {int(limit)}" if limit is not None else ""
        rows = self.db.execute(_ABOUT.format("AND date IS NOT NULL") + cap,
                               {"e": distinct[0]}).fetchall()
        if limit is None or len(rows) < limit:
            rows += self.db.execute(_ABOUT.format("AND date IS NULL"),
                                    {"e": distinct[0]}).fetchall()
        return rows

    def _events_of(self, ids: list[str], limit: int | None, *, undated_last: bool) -> list[str]:
        """Cluster ids of the distinct events all of ``ids`` take part in, by the date
        ``event`` gives each (its head report's) then id, undated ones first or last; the first
        ``limit`` of them, read in order from the ``entity_events`` (entity, date) index."""
        ids = sorted(set(ids))
        if not self._event_dates:
            heads = self._clusters_of(ids)
            if undated_last:
                heads = sorted((d or "9999", cid) for d, cid in heads)
            return [cid for _, cid in heads[:limit]]
        both = "".join(" AND EXISTS (SELECT 1 FROM entity_events y WHERE y.entity_id=? AND "
                       "y.cluster_id=x.cluster_id)" for _ in ids[1:])
        head = f"SELECT cluster_id FROM entity_events x WHERE x.entity_id=?{both}"
        cap = -1 if limit is None else int(limit)
        if not undated_last:
            return [r[0] for r in self.db.execute(f"{head} ORDER BY date, cluster_id LIMIT ?",
                                                  (*ids, cap))]
        out = [r[0] for r in self.db.execute(
            f"{head} AND date IS NOT NULL ORDER BY date, cluster_id LIMIT ?", (*ids, cap))]
        if limit is None or len(out) < limit:
            out += [r[0] for r in self.db.execute(
                f"{head} AND date IS NULL ORDER BY cluster_id LIMIT ?",
                (*ids, -1 if limit is None else limit - len(out)))]
        return out

    def _count_events_of(self, entity_id: str) -> int:
        if not self._event_dates:
            return len(self._clusters_of([entity_id]))
        return int(self.db.execute("SELECT COUNT(*) FROM entity_events WHERE entity_id=?",
                                   (entity_id,)).fetchone()[0])

    def _clusters_of(self, ids: list[str]) -> list[tuple[str, str]]:
        """(date, cluster id) of every distinct event all of ``ids`` take part in, in
        (date, id) order; the date is the one ``event`` gives (its first day-precise report).
        Gathers every report of every cluster: for stores without ``entity_events``, and the
        definition tests hold ``_events_of`` to."""
        marks = ",".join("?" * len(ids))
        heads: dict[str, tuple[bool, str, str | None]] = {}
        for cid, day, eid, when in self.db.execute(
                f"WITH mine AS (SELECT c.cluster_id AS cid FROM event_participants p JOIN "  # noqa: S608
                f"event_clusters c ON c.event_id=p.event_id WHERE p.entity_id IN ({marks}) "
                f"GROUP BY c.cluster_id HAVING COUNT(DISTINCT p.entity_id) = ?) "
                f"SELECT m.cid, e.date_precision='day', e.id, e.date FROM mine m JOIN "
                f"event_clusters c2 ON c2.cluster_id=m.cid JOIN events e ON e.id=c2.event_id",
                (*ids, len(ids))):
            key = (not day, eid, when)  # the head report: day-precise first, then by id
            if cid not in heads or key < heads[cid]:
                heads[cid] = key
        return sorted((head[2] or "", cid) for cid, head in heads.items())

    # --- provenance ---------------------------------------------------------------------------
    def sources(self, item_id: str) -> Sources:
        kind, summary = None, ""
        owners: list[str] = []
        row = self.db.execute("SELECT * FROM claims WHERE id=?", (item_id,)).fetchone()
        if row is not None:
            kind, summary = "fact", self.describe_claim(row)
        elif self.db.execute("SELECT 1 FROM events WHERE id=?", (item_id,)).fetchone():
            kind, summary = "event", self.describe_event(self.event(item_id))
            owners = [r["id"] for r in self._members(item_id)]
        else:
            q = self.db.execute("SELECT * FROM quotes WHERE id=?", (item_id,)).fetchone()
            if q is not None:
                speaker = self.entity(q["speaker"]).name if q["speaker"] else "unknown speaker"
                kind, summary = "quote", f"{speaker}: “{q['text']}”"
        if kind is None:
            raise QueryError(f"no fact, event or quote with id {item_id}", code="B506")
        if kind != "event":
            owners = [item_id]
        evidence = tuple(
            EvidenceRecord(r["document_id"], r["source_path"], r["title"], r["published"],
                           r["start"], r["end"], r["text"])
            for owner in owners for r in self.db.execute(
                "SELECT v.*, d.source_path, d.title, d.published FROM evidence v JOIN documents d "
                "ON d.id=v.document_id WHERE v.owner_id=? ORDER BY v.position", (owner,)))
        return Sources(item_id, kind, summary, evidence)

    # --- conflicts ------------------------------------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        out: list[Conflict] = []
        out += self._count_conflicts()
        out += self._office_conflicts()
        out += self._event_date_conflicts()
        return out

    def _count_conflicts(self) -> list[Conflict]:
        out = []
        for c in self._claims("predicate='member_count'", ()):
            listed = self._claims("predicate='member_of' AND object=? AND document_id=? AND "
                                  "qualifier='complete_list'", (c["subject"], c["document_id"]))
            if listed and len(listed) != int(c["value"]):
                org = self.entity(c["subject"]).name
                names = ", ".join(self.entity(r["subject"]).name for r in listed)
                out.append(Conflict(
                    "member_count",
                    f"{org}: stated as {c['value']} members, but {len(listed)} are listed "
                    f"({names})", ((self._ref(c),), tuple(self._ref(r) for r in listed))))
        return out

    def _office_conflicts(self) -> list[Conflict]:
        kb = knowledge()
        groups: dict[tuple[str, str, str], list[sqlite3.Row]] = defaultdict(list)
        for c in self._claims("predicate='holds_position' AND qualifier IS NULL AND "
                              "date_precision='day'", ()):
            role = kb.role(c["role"] or "")
            if role is not None and role.single_holder:
                groups[(norm(c["role"]), c["object"], c["date"])].append(c)
        out = []
        for (_, office, day), claims in groups.items():
            people = {c["subject"] for c in claims}
            if len(people) > 1:
                names = " vs ".join(sorted(self.entity(p).name for p in people))
                out.append(Conflict(
                    "office_holders", f"{claims[0]['role']} of {self.entity(office).name} on "
                    f"{day}: {names}",
                    tuple(tuple(self._ref(c) for c in claims if c["subject"] == p)
                          for p in sorted(people))))
        return out

    def _event_date_conflicts(self) -> list[Conflict]:
        """Reports of one event (joined across documents) that give it different days."""
        out = []
        for (cid,) in self.db.execute("SELECT cluster_id FROM event_clusters GROUP BY cluster_id "
                                      "HAVING COUNT(*) > 1").fetchall():
            reports = [r for r in self._members(cid) if r["date_precision"] == "day"]
            days = sorted({r["date"] for r in reports})
            if len(days) < 2:
                continue
            ev = self.event(cid)
            out.append(Conflict(
                "event_date", f"{self.describe_event(ev)} dated {' and '.join(days)}",
                tuple(tuple(Ref(r["id"], r["document_id"], r["date"]) for r in reports
                            if r["date"] == d) for d in days)))
        return out

    # --- documents ----------------------------------------------------------------------------
    def documents(self) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT id, source_path, url, title, outlet, published, "
                               "published_precision, published_basis, published_confidence, "
                               "published_candidates, published_note, language FROM documents "
                               "ORDER BY published, source_path").fetchall()
        return [dict(r) | {"published_candidates": json.loads(r["published_candidates"] or "[]")}
                for r in rows]

    def failures(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT * FROM failures ORDER BY at, source_path")]


def _membership_status(marks: list[tuple[date, date, str]], t_first: date, t_last: date
                       ) -> tuple[str, float]:
    """Status of one country at a date from its sorted (start, end, kind) statements."""
    if any(kind == "stated" and lo <= t_last and hi >= t_first for lo, hi, kind in marks):
        return "stated", 0.95
    before = [m for m in marks if m[1] < t_first or (m[0] <= t_last and m[2] != "stated")]
    after = [m for m in marks if m[0] > t_last]
    if not before:
        if after and after[0][2] == "joined":
            return "not yet a member (joined later)", 0.8
        return "unknown", 0.0
    last = max(before, key=lambda m: (m[1], m[2] in ("left", "omitted")))
    if last[2] == "left":
        return "left", 0.85
    if last[2] == "omitted":
        return "absent from a later member list", 0.8
    if after:
        if after[0][2] in ("stated", "joined"):
            return "held", 0.85
        # a member when last stated, not when next seen: when it left is not known
        return f"uncertain: ended between {last[1].isoformat()} and {after[0][0].isoformat()}", 0.4
    years = (t_first - last[1]).days / 365.25
    return "open", round(max(0.3, 0.8 - 0.05 * years), 2)


def _with(m: Membership, status: str, confidence: float) -> Membership:
    return Membership(m.country, status, m.first_stated, m.last_stated, confidence, m.claims)


def _term(t: Term, **changes: Any) -> Term:
    values = asdict(t) | changes
    values["person"], values["office_of"] = t.person, t.office_of
    values["claims"] = t.claims
    return Term(**values)


def open(path: str | Path = "blocwatch.db") -> KnowledgeBase:  # noqa: A001 - mirrors builtins.open
    """Open a store for queries: ``kb = blocwatch.open("blocwatch.db")``."""
    return KnowledgeBase(path)
