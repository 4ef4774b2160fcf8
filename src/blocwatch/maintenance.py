"""Store maintenance: a store → a check report, a consistent backup copy, or a restored store.

``check`` opens the store read-only and looks for every kind of damage blocwatch can tell:
the schema version, SQLite's own ``integrity_check`` and ``foreign_key_check``, evidence and
mention offsets that no longer slice their document's text to the stored sentence, evidence
whose claim, event or quote is gone, claims, events and quotes without evidence, entities
nothing refers to, and each entity's events by date (``entity_events``) out of step with the
events they are drawn from.  It never raises for damage it finds; each finding is a ``Problem``.

``backup`` copies a live store with SQLite's online backup API in one step, so the copy is a
single consistent snapshot even while an ingest writes (WAL readers do not block the writer),
and ``restore`` copies a checked backup back the same way.  Codes: B420 check found problems
(in the report's ``code``), B421 backup destination exists, B422 restore target exists, B423
a backup to restore fails its check, B424 the copy itself failed.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import StoreError
from .store import EVENT_DATES_SELECT, SCHEMA_VERSION

log = logging.getLogger(__name__)

# Where an entity id may be used; an entity none of these name is an orphan.
_ENTITY_USES = ("SELECT entity_id FROM mentions", "SELECT subject FROM claims",
                "SELECT object FROM claims WHERE object IS NOT NULL",
                "SELECT entity_id FROM event_participants",
                "SELECT location FROM events WHERE location IS NOT NULL",
                "SELECT speaker FROM quotes WHERE speaker IS NOT NULL")
_OWNERS = {"claim": "claims", "event": "events", "quote": "quotes"}
# How many rows of one kind of problem a report lists (the count is always exact).
SHOWN = 20


@dataclass(frozen=True)
class Problem:
    kind: str  # schema | integrity | foreign_key | offset | dangling_evidence | no_evidence |
    #            orphan | event_dates
    detail: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CheckReport:
    path: str
    schema_version: int | None
    counts: dict[str, int]
    problems: tuple[Problem, ...]
    totals: dict[str, int] = field(default_factory=dict)  # problems per kind, all of them
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "ok": self.ok, "code": None if self.ok else "B420",
                "schema_version": self.schema_version,
                "expected_schema_version": SCHEMA_VERSION, "counts": self.counts,
                "problems_per_kind": self.totals, "problems": [p.as_dict() for p in self.problems],
                "seconds": round(self.seconds, 3)}


def _connect_ro(path: str) -> sqlite3.Connection:
    if not Path(path).is_file():
        raise StoreError(f"no store at {path}; pass --db or run `blocwatch ingest` first",
                         code="B401")
    db: sqlite3.Connection | None = None
    try:
        db = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=30,
                             isolation_level=None, check_same_thread=False)
        db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc) and db is not None:
            return db  # an SQLite file with damaged pages: check() reports the damage
        raise StoreError(f"{path} is not a blocwatch store: {exc}", code="B404") from exc
    return db


def _tables(db: sqlite3.Connection) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def check(path: str | Path) -> CheckReport:
    """Every problem blocwatch can find in the store at ``path`` (read-only; never writes)."""
    started = time.perf_counter()
    path = str(path)
    db = _connect_ro(path)
    found: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    version: int | None = None
    try:
        db.execute("BEGIN")  # one read snapshot: a concurrent ingest cannot make rows disagree
        version = _check_schema(db, found)
        tables = _tables(db)
        counts = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # noqa: S608
                  for t in ("documents", "entities", "mentions", "claims", "events", "quotes",
                            "evidence", "failures", "redate_pending") if t in tables}
        rows = db.execute("PRAGMA integrity_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            found["integrity"] = [r[0] for r in rows]
        found["foreign_key"] = [f"{table} row {rowid} refers to a missing row of {parent}"
                                for table, rowid, parent, _ in
                                db.execute("PRAGMA foreign_key_check").fetchall()]
        if {"documents", "evidence", "mentions"} <= tables:
            found["offset"] = _bad_offsets(db)
        if {"claims", "events", "quotes", "evidence"} <= tables:
            found["dangling_evidence"], found["no_evidence"] = _evidence_owners(db)
        if {"entities", "mentions", "claims", "event_participants", "events", "quotes"} <= tables:
            found["orphan"] = [f"entity {eid} ({name}) is used by no mention, claim, event or quote"
                               for eid, name in db.execute(
                                   "SELECT id, name FROM entities WHERE id NOT IN ("
                                   + " UNION ".join(_ENTITY_USES) + ") ORDER BY id")]
        if {"entity_events", "event_clusters", "event_participants", "events"} <= tables:
            found["event_dates"] = [
                f"entity_events {'lacks' if n == 1 else 'has a stale'} row: entity {e}, event "
                f"{c}, date {d}" for n, e, c, d in db.execute(
                    f"SELECT 1, * FROM ({EVENT_DATES_SELECT} EXCEPT SELECT entity_id, cluster_id, "
                    f"date FROM entity_events) UNION ALL SELECT 2, * FROM (SELECT entity_id, "
                    f"cluster_id, date FROM entity_events EXCEPT {EVENT_DATES_SELECT}) "
                    f"ORDER BY 2, 3")]
        db.execute("COMMIT")
    except sqlite3.DatabaseError as exc:  # damage bad enough that a query cannot even run
        found.setdefault("integrity", []).append(f"query failed: {exc}")
    finally:
        db.close()
    problems = tuple(Problem(kind, d) for kind, items in found.items() for d in items[:SHOWN])
    totals = {kind: len(items) for kind, items in found.items() if items}
    return CheckReport(path, version, counts, problems, totals, time.perf_counter() - started)


def _check_schema(db: sqlite3.Connection, found: dict[str, list[str]]) -> int | None:
    try:
        row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    except sqlite3.OperationalError:
        found["schema"] = ["no meta table: not a blocwatch store, or one damaged beyond use"]
        return None
    if row is None:
        found["schema"] = ["no schema_version in meta"]
        return None
    try:
        version = int(row[0])
    except ValueError:
        found["schema"] = [f"schema_version {row[0]!r} is not a number"]
        return None
    if version > SCHEMA_VERSION:
        found["schema"] = [f"schema {version} is newer than this blocwatch ({SCHEMA_VERSION}); "
                           f"upgrade blocwatch"]
    elif version < SCHEMA_VERSION:
        found["schema"] = [f"schema {version} is older than this blocwatch ({SCHEMA_VERSION}); "
                           f"any ingest upgrades it (back it up first)"]
    return version


def _bad_offsets(db: sqlite3.Connection) -> list[str]:
    """Evidence and mentions whose start/end do not slice the stored text to the stored string.
    SQLite's substr and length count characters, as Python's slicing does."""
    out = []
    for table, label in (("evidence", "owner_id || '#' || x.position"),
                         ("mentions", "'mention ' || x.rowid")):
        out += [f"{table} {who} in {doc}: [{start}:{end}] does not slice the text to {text!r}"
                for who, doc, start, end, text in db.execute(
                    f"SELECT {label}, x.document_id, x.start, x.end, x.text FROM {table} x "  # noqa: S608
                    f"JOIN documents d ON d.id = x.document_id WHERE x.start < 0 OR "
                    f"x.end < x.start OR x.end > length(d.text) OR "
                    f"substr(d.text, x.start + 1, x.end - x.start) IS NOT x.text")]
    return out


def _evidence_owners(db: sqlite3.Connection) -> tuple[list[str], list[str]]:
    dangling, missing = [], []
    for owner, table in _OWNERS.items():
        dangling += [f"evidence {oid}#{pos} belongs to a {owner} that is not stored"
                     for oid, pos in db.execute(
                         f"SELECT owner_id, position FROM evidence WHERE owner_type=? AND "  # noqa: S608
                         f"owner_id NOT IN (SELECT id FROM {table})", (owner,))]
        missing += [f"{owner} {oid} has no evidence" for (oid,) in db.execute(
            f"SELECT id FROM {table} WHERE id NOT IN (SELECT owner_id FROM evidence "  # noqa: S608
            f"WHERE owner_type=?)", (owner,))]
    return dangling, missing


# --- backup and restore ---------------------------------------------------------------------
@dataclass(frozen=True)
class CopyResult:
    source: str
    destination: str
    bytes: int
    seconds: float
    check: CheckReport

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "destination": self.destination, "bytes": self.bytes,
                "seconds": round(self.seconds, 3), "check": self.check.as_dict()}


def _copy(source: sqlite3.Connection, target: sqlite3.Connection, what: str) -> None:
    try:
        # pages=-1: all pages in one step under one read lock, so the copy is one snapshot; a
        # step-wise copy restarts whenever another connection writes, and may never finish.
        source.backup(target, pages=-1)
    except sqlite3.Error as exc:
        raise StoreError(f"{what} failed: {exc}", code="B424") from exc


def backup(db: str | Path, dest: str | Path, *, force: bool = False) -> CopyResult:
    """Copy the store ``db`` to ``dest`` consistently, even while another process writes to it.

    The copy is written beside ``dest`` and renamed into place once complete, so ``dest`` is
    never a half-written file; it is checked, and the result's ``check`` says whether the
    store was sound.  Refuses (B421) to replace ``dest`` without ``force``."""
    started = time.perf_counter()
    db, dest = str(db), str(dest)
    if Path(dest).exists() and not force:
        raise StoreError(f"{dest} already exists; choose another name or pass --force to "
                         f"replace it", code="B421")
    if Path(dest).resolve() == Path(db).resolve():
        raise StoreError("the backup file cannot be the store itself", code="B421")
    source = _connect_ro(db)
    if "meta" not in _tables(source):  # a new store's tables and version come in one commit
        source.close()
        raise StoreError(f"{db} is not a blocwatch store (yet): it has no tables", code="B404")
    Path(dest).parent.mkdir(parents=True, exist_ok=True)
    partial = f"{dest}.partial-{os.getpid()}"
    try:
        target = sqlite3.connect(partial)
        try:
            _copy(source, target, f"backup of {db}")
            # a single file: the copy needs no -wal beside it to be read
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        report = check(partial)  # a faithful copy: damage in the store shows here too
        os.replace(partial, dest)
    finally:
        source.close()
        for leftover in (partial, partial + "-journal", partial + "-wal", partial + "-shm"):
            if os.path.exists(leftover):
                os.remove(leftover)
    log.info("backed up %s to %s", db, dest)
    return CopyResult(db, dest, Path(dest).stat().st_size, time.perf_counter() - started,
                      replace(report, path=dest))


def restore(backup_file: str | Path, db: str | Path, *, force: bool = False) -> CopyResult:
    """Copy a backup over the store ``db`` after checking it (B423 if it fails its check).

    Written through SQLite's backup API into the store itself, so readers holding it open see
    the restored content afterwards rather than a file swapped under them.  Refuses (B422) to
    replace an existing store without ``force``."""
    started = time.perf_counter()
    backup_file, db = str(backup_file), str(db)
    report = check(backup_file)
    if not report.ok:
        raise StoreError(f"{backup_file} fails its check ({_summary(report)}); not restoring it",
                         code="B423")
    if Path(db).exists() and not force:
        raise StoreError(f"{db} already exists; pass --force to replace it with {backup_file}",
                         code="B422")
    source = _connect_ro(backup_file)
    try:
        Path(db).parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(db, timeout=30)
        try:
            _copy(source, target, f"restore of {backup_file} into {db}")
            target.execute("PRAGMA journal_mode=WAL")
        finally:
            target.close()
    finally:
        source.close()
    log.info("restored %s from %s", db, backup_file)
    return CopyResult(backup_file, db, Path(db).stat().st_size, time.perf_counter() - started,
                      check(db))


def _summary(report: CheckReport) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in report.totals.items())
