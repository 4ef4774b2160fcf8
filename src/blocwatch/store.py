"""Store stage: Extraction → rows in SQLite, with global entities and provenance.

One writer, explicit ``BEGIN IMMEDIATE`` transactions, WAL, foreign keys on, parameterised
SQL only.  A document is keyed by its source (path, URL or container record): the same
content is skipped, changed content replaces every row the old version produced in the
same transaction, so a failure leaves the store as it was.  Local entity ids ("e3") are
resolved here to global ones: knowledge keys ("org:csto"), or people found through
blocking keys (see ``linking``), or new ids.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from . import dates, linking
from .errors import StoreError
from .knowledge import knowledge, norm, slug
from .records import Claim, DocDate, Event, Evidence, Extraction, LocalEntity, Quote, ReadFailure

SCHEMA_VERSION = 9
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    source_key TEXT NOT NULL UNIQUE,
    source_path TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    media_type TEXT NOT NULL,
    url TEXT, title TEXT, outlet TEXT,
    published TEXT, published_precision TEXT, published_basis TEXT,
    published_confidence REAL, published_candidates TEXT, published_note TEXT,
    language TEXT, text TEXT NOT NULL, header TEXT NOT NULL, metadata_date TEXT,
    pipeline TEXT NOT NULL, ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, wikidata TEXT, parent TEXT
);
CREATE TABLE IF NOT EXISTS aliases (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL, norm TEXT NOT NULL, PRIMARY KEY (entity_id, alias)
);
CREATE INDEX IF NOT EXISTS aliases_norm ON aliases(norm);
CREATE TABLE IF NOT EXISTS person_keys (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    key TEXT NOT NULL, PRIMARY KEY (entity_id, key)
);
CREATE INDEX IF NOT EXISTS person_keys_key ON person_keys(key);
CREATE TABLE IF NOT EXISTS mentions (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
CREATE INDEX IF NOT EXISTS mentions_entity_text ON mentions(entity_id, text);
CREATE TABLE IF NOT EXISTS merges (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    note TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claims (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    predicate TEXT NOT NULL,
    subject TEXT NOT NULL REFERENCES entities(id),
    object TEXT REFERENCES entities(id),
    value TEXT, role TEXT, qualifier TEXT, date TEXT, date_precision TEXT,
    confidence REAL NOT NULL, extractor TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_subject ON claims(subject);
-- entity resolution reads a person's offices and the forms it is named by from these alone,
-- whatever number of documents name the person
CREATE INDEX IF NOT EXISTS claims_roles ON claims(subject, predicate, role, object);
CREATE INDEX IF NOT EXISTS claims_object ON claims(object, predicate);
CREATE INDEX IF NOT EXISTS claims_document ON claims(document_id);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    category TEXT NOT NULL, cameo TEXT NOT NULL, date TEXT, date_precision TEXT,
    location TEXT REFERENCES entities(id), topics TEXT NOT NULL, trigger TEXT NOT NULL,
    extractor TEXT NOT NULL,
    quad INTEGER, mode TEXT, context TEXT NOT NULL DEFAULT '[]', actors TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS events_document ON events(document_id);
CREATE TABLE IF NOT EXISTS event_participants (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    role TEXT NOT NULL CHECK (role IN ('actor', 'target')),
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, entity_id)
);
CREATE INDEX IF NOT EXISTS participants_entity ON event_participants(entity_id);
CREATE TABLE IF NOT EXISTS event_clusters (
    event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    cluster_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_clusters_cluster ON event_clusters(cluster_id);
CREATE TABLE IF NOT EXISTS event_confidence (
    event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1)
);
CREATE TABLE IF NOT EXISTS quotes (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    speaker TEXT REFERENCES entities(id), text TEXT NOT NULL, date TEXT, extractor TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE TABLE IF NOT EXISTS evidence (
    owner_id TEXT NOT NULL, owner_type TEXT NOT NULL CHECK (owner_type IN ('claim', 'event', 'quote')),
    position INTEGER NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, extractor TEXT NOT NULL,
    PRIMARY KEY (owner_id, position)
);
CREATE INDEX IF NOT EXISTS documents_basis ON documents(published_basis);
CREATE INDEX IF NOT EXISTS claims_subject_date ON claims(subject, date, id);
CREATE INDEX IF NOT EXISTS claims_object_date ON claims(object, date, id);
CREATE INDEX IF NOT EXISTS claims_membership ON claims(object, predicate, date, id, subject,
    qualifier, document_id);
CREATE INDEX IF NOT EXISTS quotes_speaker_date ON quotes(speaker, date, id);
CREATE INDEX IF NOT EXISTS merges_entity ON merges(entity_id);
CREATE TABLE IF NOT EXISTS failures (
    source_key TEXT PRIMARY KEY, source_path TEXT NOT NULL, code TEXT NOT NULL,
    reason TEXT NOT NULL, at TEXT NOT NULL
);
"""
# Re-dating still owed: documents to look at again, and dated claims added or removed (as
# watch keys and dates, see ``dates.dating_keys``) since the last completed re-dating,
# committed with the writes, so a run killed before re-dating leaves the work for the next
# one.  ``redate_watch`` holds, for each document whose year was inferred, the dates on each
# key where a new claim could change its decision (``dates.Watch``): re-dating looks up the
# documents a change falls in, instead of every document about the same organization.
REDATE_SCHEMA: tuple[str, ...] = (
    "CREATE TABLE IF NOT EXISTS redate_pending (kind TEXT NOT NULL CHECK (kind IN ('document', "
    "'about')), ref TEXT NOT NULL, PRIMARY KEY (kind, ref)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS redate_changes (key TEXT NOT NULL, date TEXT NOT NULL, "
    "PRIMARY KEY (key, date)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS redate_watch (key TEXT NOT NULL, lo TEXT NOT NULL, "
    "hi TEXT NOT NULL, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE)",
    "CREATE INDEX IF NOT EXISTS redate_watch_key ON redate_watch(key, lo, hi, document_id)",
    "CREATE INDEX IF NOT EXISTS redate_watch_document ON redate_watch(document_id)",
)
SCHEMA += "".join(f"{statement};\n" for statement in REDATE_SCHEMA)


# Full-text search (FTS5): ``search_fts`` over document titles and text, ``search_entities``
# over entity names and variants (two tables, so that ranking one kind never reads the rows of
# the other).  Triggers keep them in step with every write path (an entity's row through
# ``search_stale``, rewritten when ``Store.transaction`` commits); ``search_keys`` gives each
# indexed row a stable integer id (an INTEGER PRIMARY KEY survives VACUUM, implicit rowids may
# not), in the order rows were added.
# The last word of a search is also a prefix ("secur" finds "security"); FTS5 keeps ready-made
# lists for prefixes of 1 to 4 letters, where merging every word they begin would cost most
# ("the" begins "them", "there", "these"... in nearly every document).
SEARCH_PREFIXES = "1 2 3 4"
SEARCH_SCHEMA: tuple[str, ...] = (
    "CREATE TABLE IF NOT EXISTS search_keys (n INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
    "ref TEXT NOT NULL, UNIQUE (kind, ref))",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(kind UNINDEXED, ref UNINDEXED, "
    f"title, body, tokenize='unicode61 remove_diacritics 2', prefix='{SEARCH_PREFIXES}')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_entities USING fts5(kind UNINDEXED, "
    "ref UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')",
    """CREATE TRIGGER IF NOT EXISTS search_document_added AFTER INSERT ON documents BEGIN
        INSERT OR IGNORE INTO search_keys(kind, ref) VALUES ('document', NEW.id);
        INSERT INTO search_fts(rowid, kind, ref, title, body) VALUES ((SELECT n FROM search_keys
            WHERE kind='document' AND ref=NEW.id), 'document', NEW.id, coalesce(NEW.title, ''),
            NEW.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_document_changed AFTER UPDATE OF title, text
        ON documents BEGIN
        UPDATE search_fts SET title=coalesce(NEW.title, ''), body=NEW.text WHERE rowid=(SELECT n
            FROM search_keys WHERE kind='document' AND ref=NEW.id);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_document_removed AFTER DELETE ON documents BEGIN
        DELETE FROM search_fts WHERE rowid=(SELECT n FROM search_keys WHERE kind='document'
            AND ref=OLD.id);
        DELETE FROM search_keys WHERE kind='document' AND ref=OLD.id;
    END""",
    # An entity's row is written once per transaction, not once per alias: its changes mark it
    # stale, and ``Store.transaction`` rewrites the stale rows before it commits (an entity
    # named by a dozen aliases was otherwise rewritten a dozen times, each time whole).
    "CREATE TABLE IF NOT EXISTS search_stale (entity_id TEXT PRIMARY KEY) WITHOUT ROWID",
    """CREATE TRIGGER IF NOT EXISTS search_entity_added AFTER INSERT ON entities BEGIN
        INSERT OR IGNORE INTO search_keys(kind, ref) VALUES ('entity', NEW.id);
        INSERT OR IGNORE INTO search_stale(entity_id) VALUES (NEW.id);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_entity_renamed AFTER UPDATE OF name ON entities BEGIN
        INSERT OR IGNORE INTO search_stale(entity_id) VALUES (NEW.id);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_entity_removed AFTER DELETE ON entities BEGIN
        DELETE FROM search_entities WHERE rowid=(SELECT n FROM search_keys WHERE kind='entity'
            AND ref=OLD.id);
        DELETE FROM search_keys WHERE kind='entity' AND ref=OLD.id;
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_alias_added AFTER INSERT ON aliases BEGIN
        INSERT OR IGNORE INTO search_stale(entity_id) VALUES (NEW.entity_id);
    END""",
    """CREATE TRIGGER IF NOT EXISTS search_alias_removed AFTER DELETE ON aliases BEGIN
        INSERT OR IGNORE INTO search_stale(entity_id) VALUES (OLD.entity_id);
    END""",
)
_SEARCH_ENTITIES_FILL = (
    "INSERT INTO search_entities(rowid, kind, ref, title, body) SELECT k.n, 'entity', e.id, "
    "e.name, coalesce((SELECT group_concat(alias, ' ; ') FROM aliases a WHERE a.entity_id=e.id), "
    "'') FROM entities e JOIN search_keys k ON k.kind='entity' AND k.ref=e.id")
# Rewrites the stale entities' rows (see search_stale), each as the fill above writes it;
# CROSS JOIN keeps the stale rows the outer loop (not every entity's key).
SEARCH_FLUSH: tuple[str, ...] = (
    "DELETE FROM search_entities WHERE rowid IN (SELECT k.n FROM search_stale s "
    "CROSS JOIN search_keys k ON k.kind='entity' AND k.ref=s.entity_id)",
    "INSERT INTO search_entities(rowid, kind, ref, title, body) SELECT k.n, 'entity', e.id, "
    "e.name, coalesce((SELECT group_concat(alias, ' ; ') FROM aliases a WHERE a.entity_id=e.id), "
    "'') FROM search_stale s CROSS JOIN entities e ON e.id=s.entity_id CROSS JOIN "
    "search_keys k ON k.kind='entity' AND k.ref=e.id",
    "DELETE FROM search_stale",
)
# Fills the indexes from what a store already holds (run by the migrations that add them).
SEARCH_REBUILD: tuple[str, ...] = (
    "DELETE FROM search_fts",
    "DELETE FROM search_entities",
    "DELETE FROM search_keys",
    "INSERT INTO search_keys(kind, ref) SELECT 'document', id FROM documents ORDER BY id",
    "INSERT INTO search_keys(kind, ref) SELECT 'entity', id FROM entities ORDER BY id",
    "INSERT INTO search_fts(rowid, kind, ref, title, body) SELECT k.n, 'document', d.id, "
    "coalesce(d.title, ''), d.text FROM documents d JOIN search_keys k ON k.kind='document' "
    "AND k.ref=d.id",
    _SEARCH_ENTITIES_FILL,
)
SCHEMA += "".join(f"{statement};\n" for statement in SEARCH_SCHEMA)


# Each entity's distinct events (clusters of reports) with the date of the cluster's head
# report: its first day-precise report, else its first report, by id (what ``kb.event`` shows).
# ``kb.show`` and ``kb.timeline`` read an entity's first N events from its (entity, date)
# index instead of gathering every report of every cluster.  Triggers rebuild a cluster's rows
# whenever its reports, their participants or their dates change, on every write path.
_HEAD_DATE = ("(SELECT h.date FROM event_clusters hc JOIN events h ON h.id = hc.event_id "
              "WHERE hc.cluster_id = c.cluster_id ORDER BY h.date_precision = 'day' DESC, h.id "
              "LIMIT 1)")


def _refresh_cluster(cluster: str) -> str:
    """Trigger statements that rebuild ``entity_events`` for the cluster ``cluster`` names."""
    return (f"DELETE FROM entity_events WHERE cluster_id = {cluster};\n"
            f"INSERT OR IGNORE INTO entity_events(entity_id, cluster_id, date) "
            f"SELECT DISTINCT p.entity_id, c.cluster_id, {_HEAD_DATE} FROM event_clusters c "
            f"JOIN events e ON e.id = c.event_id JOIN event_participants p "
            f"ON p.event_id = c.event_id WHERE c.cluster_id = {cluster};\n")


def _cluster_of(event: str) -> str:
    return f"(SELECT cluster_id FROM event_clusters WHERE event_id = {event})"


def _trigger(name: str, when: str, *clusters: str) -> str:
    body = "".join(_refresh_cluster(c) for c in clusters)
    return f"CREATE TRIGGER IF NOT EXISTS {name} {when} BEGIN\n{body}END"


EVENT_DATES_SCHEMA: tuple[str, ...] = (
    "CREATE TABLE IF NOT EXISTS entity_events (entity_id TEXT NOT NULL, cluster_id TEXT NOT NULL, "
    "date TEXT, PRIMARY KEY (entity_id, cluster_id)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS entity_events_date ON entity_events(entity_id, date, cluster_id)",
    "CREATE INDEX IF NOT EXISTS entity_events_cluster ON entity_events(cluster_id)",
    _trigger("entity_events_report_added", "AFTER INSERT ON event_clusters", "NEW.cluster_id"),
    _trigger("entity_events_report_removed", "AFTER DELETE ON event_clusters", "OLD.cluster_id"),
    _trigger("entity_events_report_moved", "AFTER UPDATE OF cluster_id ON event_clusters",
             "OLD.cluster_id", "NEW.cluster_id"),
    _trigger("entity_events_participant_added", "AFTER INSERT ON event_participants",
             _cluster_of("NEW.event_id")),
    _trigger("entity_events_participant_removed", "AFTER DELETE ON event_participants",
             _cluster_of("OLD.event_id")),
    _trigger("entity_events_participant_changed", "AFTER UPDATE ON event_participants",
             _cluster_of("OLD.event_id"), _cluster_of("NEW.event_id")),
    _trigger("entity_events_report_redated", "AFTER UPDATE OF date, date_precision ON events",
             _cluster_of("NEW.id")),
)
# Fills it from what a store already holds (run by the migration that adds it).
EVENT_DATES_SELECT = (
    "SELECT p.entity_id, c.cluster_id, h.date FROM event_clusters c "
    "JOIN event_participants p ON p.event_id = c.event_id "
    "JOIN (SELECT cluster_id, date FROM (SELECT c.cluster_id, e.date, row_number() OVER "
    "(PARTITION BY c.cluster_id ORDER BY e.date_precision = 'day' DESC, e.id) AS n "
    "FROM event_clusters c JOIN events e ON e.id = c.event_id) WHERE n = 1) h "
    "ON h.cluster_id = c.cluster_id")
EVENT_DATES_REBUILD: tuple[str, ...] = (
    "DELETE FROM entity_events",
    f"INSERT OR IGNORE INTO entity_events(entity_id, cluster_id, date) {EVENT_DATES_SELECT}",
)
SCHEMA += "".join(f"{statement};\n" for statement in EVENT_DATES_SCHEMA)


# Steps that bring a store written by an older blocwatch up to SCHEMA_VERSION, keyed by the
# version they produce.  New tables and indexes need no step: SCHEMA is re-run after them
# (every statement is IF NOT EXISTS); changed tables do.  Version 1 is the first released one.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    2: (  # PLOVER coding: quad class, mode, contexts and coded actors on every event
        "ALTER TABLE events ADD COLUMN quad INTEGER",
        "ALTER TABLE events ADD COLUMN mode TEXT",
        "ALTER TABLE events ADD COLUMN context TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE events ADD COLUMN actors TEXT NOT NULL DEFAULT '[]'",
    ),
    3: (*SEARCH_SCHEMA, *SEARCH_REBUILD),  # full-text search, filled from the stored rows
    4: (),  # redate_pending (a new table, from SCHEMA): re-dating owed survives a crash
    5: (*EVENT_DATES_SCHEMA, *EVENT_DATES_REBUILD),  # each entity's events by head date
    6: (  # entity names move from search_fts to their own index, search_entities
        *(f"DROP TRIGGER IF EXISTS search_{name}" for name in (
            "entity_added", "entity_renamed", "entity_removed", "alias_added", "alias_removed")),
        *SEARCH_SCHEMA,
        "DELETE FROM search_fts WHERE rowid IN (SELECT n FROM search_keys WHERE kind='entity')",
        "DELETE FROM search_entities",
        _SEARCH_ENTITIES_FILL,
    ),
    7: (  # search_fts rebuilt with prefix indexes (an FTS5 table's options cannot change)
        *(f"DROP TRIGGER IF EXISTS search_document_{name}" for name in (
            "added", "changed", "removed")),
        "ALTER TABLE search_fts RENAME TO search_fts_v6",
        *SEARCH_SCHEMA,
        "INSERT INTO search_fts(rowid, kind, ref, title, body) SELECT rowid, kind, ref, title, "
        "body FROM search_fts_v6",
        "DROP TABLE search_fts_v6",
        "INSERT INTO search_fts(search_fts) VALUES ('optimize')",
    ),
    8: (  # watches: every inferred-year document is looked at once more, to record its own
        *REDATE_SCHEMA,
        "DELETE FROM redate_pending WHERE kind='about'",
        "INSERT OR IGNORE INTO redate_pending(kind, ref) SELECT 'document', id FROM documents "
        "WHERE published_basis='inferred'",
    ),
    9: (  # an entity's search row rewritten once per transaction, not once per alias
        *(f"DROP TRIGGER IF EXISTS search_{name}" for name in (
            "entity_added", "entity_renamed", "alias_added", "alias_removed")),
        *SEARCH_SCHEMA,
    ),
}


def _id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha1(json.dumps(parts, default=str).encode("utf-8")).hexdigest()[:14]
    return f"{prefix}:{digest}"


def document_id(source_key: str) -> str:
    return _id("doc", source_key)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class WriteResult:
    document: str
    status: str  # new | replaced | unchanged | failed
    entities: int
    claims: int
    events: int
    quotes: int
    code: str = ""  # for a failed one: the error code and reason
    reason: str = ""


class Store:
    """The SQLite knowledge base; ``Store(path)`` opens (and creates) it for reading and writing."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        # dated claims added or removed (watch key, ISO date) and documents whose own
        # statements changed meaning (entity merges) in the open transaction, and then
        # (recorded) until ``pipeline.redate`` takes them
        self._changes: set[tuple[str, str]] = set()
        self._touched: set[str] = set()
        self._unseen: tuple[set[str], set[tuple[str, str]]] = (set(), set())
        if readonly and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}; run `blocwatch ingest` or "
                             f"`blocwatch demo` first, or pass --db", code="B401")
        try:
            if readonly:
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None,
                                          check_same_thread=False)
            else:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                          check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}", code="B402") from exc
        self.db.row_factory = sqlite3.Row
        try:
            self.db.execute("PRAGMA foreign_keys=ON")
            if not readonly:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                # a row that INSERT OR REPLACE displaces fires its DELETE triggers (those that
                # keep entity_events and the search index in step), as a plain DELETE would
                self.db.execute("PRAGMA recursive_triggers=ON")
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(f"{self.path} is not a blocwatch store: {exc}", code="B404") from exc
        if readonly:
            self._check_version()
        else:
            self._migrate()

    def close(self) -> None:
        self.db.close()

    # --- schema ----------------------------------------------------------------------------
    def _migrate(self) -> None:
        """Create a new store, or bring an older one up to SCHEMA_VERSION in one transaction."""
        try:
            has_meta = self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
            version = None
            if has_meta:
                row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
                version = int(row["value"]) if row else None
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a blocwatch store: {exc}", code="B404") from exc
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(f"store {self.path} has schema {version}, newer than this "
                             f"blocwatch ({SCHEMA_VERSION}); upgrade blocwatch", code="B403")
        if version is not None and version < SCHEMA_VERSION:
            with self.transaction():
                for step in range(version + 1, SCHEMA_VERSION + 1):
                    for statement in MIGRATIONS[step]:
                        self.db.execute(statement)
                self.db.execute("UPDATE meta SET value=? WHERE key='schema_version'",
                                (str(SCHEMA_VERSION),))
        # One transaction with the version row, so no reader (a backup, a check) ever sees a
        # store with tables but no version.  Idempotent: every statement is IF NOT EXISTS.
        try:
            self.db.executescript(f"BEGIN IMMEDIATE;\n{SCHEMA}\nINSERT OR IGNORE INTO meta(key, "
                                  f"value) VALUES ('schema_version', '{int(SCHEMA_VERSION)}');\n"
                                  f"COMMIT;")
        except sqlite3.DatabaseError as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise StoreError(f"{self.path} is not a blocwatch store: {exc}", code="B404") from exc

    def _check_version(self) -> None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a blocwatch store: {exc}", code="B404") from exc
        if row is None:
            raise StoreError(f"{self.path} is not a blocwatch store (no schema version)",
                             code="B404")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole, or rolled back whole.  A full disk (SQLite
        has already rolled back then) is B430, and what was committed before stays.  The
        entities' search rows the transaction made stale are rewritten just before it commits."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            for statement in SEARCH_FLUSH:
                self.db.execute(statement)
            self.db.execute("COMMIT")
        except BaseException as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and getattr(
                    exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
                raise StoreError(f"the disk holding {self.path} is full (or the store reached "
                                 f"its size limit): this transaction was rolled back and "
                                 f"everything committed before it is kept; free some space and "
                                 f"run the same command again to go on", code="B430") from exc
            raise

    # --- reading helpers used by the pipeline -------------------------------------------------
    def document_hash(self, source_key: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM documents WHERE source_key=?",
                              (source_key,)).fetchone()
        return row["content_hash"] if row else None

    def counts(self) -> dict[str, int]:
        return {t: self.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # noqa: S608
                for t in ("documents", "entities", "claims", "events", "quotes")}

    # --- the PersonIndex protocol for linking ------------------------------------------------
    def person_candidates(self, keys: Iterable[str]) -> list[linking.StoredPerson]:
        keys = sorted(set(keys))
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        ids = [r[0] for r in self.db.execute(
            f"SELECT DISTINCT entity_id FROM person_keys WHERE key IN ({marks})", keys)]  # noqa: S608
        if not ids:
            return []
        # three queries for all candidates, not three per candidate: a common name prefix
        # ("davi", "mich") has hundreds of stored people in a large store
        marks = ",".join("?" * len(ids))
        names = dict(self.db.execute(
            f"SELECT id, name FROM entities WHERE id IN ({marks})", ids).fetchall())  # noqa: S608
        aliases: dict[str, list[str]] = {}
        for pid, alias in self.db.execute(
                f"SELECT entity_id, alias FROM aliases WHERE entity_id IN ({marks}) "  # noqa: S608
                f"ORDER BY entity_id, alias", ids):
            aliases.setdefault(pid, []).append(alias)
        roles: dict[str, list[str]] = {}
        for pid, role, obj in self.db.execute(
                f"SELECT DISTINCT subject, role, object FROM claims WHERE subject IN ({marks}) "  # noqa: S608
                f"AND predicate='holds_position' ORDER BY subject, role, object", ids):
            roles.setdefault(pid, []).append(f"{norm(role)}@{obj}")
        return [linking.StoredPerson(pid, names[pid], tuple(aliases.get(pid, ())),
                                     tuple(roles.get(pid, ()))) for pid in ids]

    def entity_exists(self, entity_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM entities WHERE id=?", (entity_id,)).fetchone() \
            is not None

    # --- writing ------------------------------------------------------------------------------
    def record_failure(self, source_key: str, source_path: str, code: str, reason: str) -> None:
        with self.transaction():
            self._record_failure(source_key, source_path, code, reason)

    def _record_failure(self, source_key: str, source_path: str, code: str, reason: str) -> None:
        self.db.execute(
                "INSERT INTO failures(source_key, source_path, code, reason, at) VALUES (?,?,?,?,?) "
                "ON CONFLICT(source_key) DO UPDATE SET code=excluded.code, reason=excluded.reason, "
            "at=excluded.at, source_path=excluded.source_path",
            (source_key, source_path, code, reason, _now()))

    def write(self, ex: Extraction, pipeline: str) -> WriteResult:
        """Store one document and everything learned from it, replacing an older version."""
        with self.transaction():
            result = self._write_one(ex, pipeline)
            self._owe_redating([result], [ex])
            return result

    def write_many(self, items: Sequence[Extraction | ReadFailure], pipeline: str
                   ) -> list[WriteResult]:
        """Store a batch in one transaction: documents, and failures to record.

        Each document gets a savepoint, so one that cannot be written (``status`` "failed",
        with its code and reason) is rolled back alone and the rest of the batch is kept.
        """
        results: list[WriteResult] = []
        with self.transaction():
            for item in items:
                if isinstance(item, ReadFailure):
                    self._record_failure(item.source_key, item.source_path, item.code, item.reason)
                    results.append(WriteResult(document_id(item.source_key), "failed", 0, 0, 0, 0,
                                               item.code, item.reason))
                    continue
                self.db.execute("SAVEPOINT document")
                try:
                    results.append(self._write_one(item, pipeline))
                except (StoreError, sqlite3.IntegrityError) as exc:
                    self.db.execute("ROLLBACK TO document")
                    code = exc.code if isinstance(exc, StoreError) else "B412"
                    reason = str(exc) if isinstance(exc, StoreError) else \
                        f"[B412] cannot write {item.document.raw.source_path}: {exc}"
                    raw = item.document.raw
                    self._record_failure(raw.source_key, raw.source_path, code, reason)
                    results.append(WriteResult(item.doc_id, "failed", 0, 0, 0, 0, code, reason))
                finally:
                    if self.db.in_transaction:  # not when a full disk rolled it all back
                        self.db.execute("RELEASE document")
            self._owe_redating(results, items)
        return results

    # --- re-dating owed, kept in the store so that a crash does not lose it -------------------
    def _owe_redating(self, results: Sequence[WriteResult],
                      items: Sequence[Extraction | ReadFailure]) -> None:
        """Record, in the writing transaction, the documents written with an inferred year,
        those whose statements changed meaning and the dated claims that changed, for
        ``pipeline.redate``."""
        documents = {r.document for r, item in zip(results, items, strict=True)
                     if r.status in ("new", "replaced") and isinstance(item, Extraction)
                     and item.date.basis == "inferred"} | self._touched
        self.db.executemany(
            "INSERT OR IGNORE INTO redate_pending(kind, ref) VALUES ('document', ?)",
            [(d,) for d in sorted(documents)])
        self.db.executemany("INSERT OR IGNORE INTO redate_changes(key, date) VALUES (?, ?)",
                            sorted(self._changes))
        self._unseen[0].update(documents)
        self._unseen[1].update(self._changes)
        self._changes, self._touched = set(), set()

    def redating_owed(self) -> tuple[set[str], set[tuple[str, str]]]:
        """(documents to look at, dated claims changed as (watch key, ISO date)) since the
        last completed re-dating, by this run or by one killed before it could re-date."""
        documents = {r[0] for r in self.db.execute(
            "SELECT ref FROM redate_pending WHERE kind='document'")}
        changes = {(r[0], r[1]) for r in self.db.execute("SELECT key, date FROM redate_changes")}
        return documents, changes

    def take_redating(self) -> tuple[set[str], set[tuple[str, str]]]:
        """What writes recorded as owed since the last call (see ``redating_owed``)."""
        taken, self._unseen = self._unseen, (set(), set())
        return taken

    def redating_done(self, documents: Iterable[str] = (),
                      changes: Iterable[tuple[str, str]] = ()) -> None:
        """Re-dating finished: nothing is owed but ``documents`` and ``changes`` (what a
        re-dating that hit its round limit leaves for the next one)."""
        with self.transaction():
            self.db.execute("DELETE FROM redate_pending")
            self.db.execute("DELETE FROM redate_changes")
            self.db.executemany("INSERT OR IGNORE INTO redate_pending(kind, ref) "
                                "VALUES ('document', ?)", [(d,) for d in sorted(documents)])
            self.db.executemany("INSERT OR IGNORE INTO redate_changes(key, date) VALUES (?, ?)",
                                sorted(changes))
        self._unseen = (set(), set())

    def save_watches(self, watches: dict[str, list[dates.Watch]]) -> None:
        """Replace the watches of these documents (merged: one row per key and date range)."""
        rows: list[tuple[str, str, str, str]] = []
        for doc_id, found in sorted(watches.items()):
            by_key: dict[str, list[tuple[date, date]]] = {}
            for w in found:
                by_key.setdefault(w.key, []).append((w.lo, w.hi))
            for key, spans in sorted(by_key.items()):
                spans.sort()
                lo, hi = spans[0]
                for a, b in spans[1:]:
                    if a > hi:
                        rows.append((key, lo.isoformat(), hi.isoformat(), doc_id))
                        lo, hi = a, b
                    else:
                        hi = max(hi, b)
                rows.append((key, lo.isoformat(), hi.isoformat(), doc_id))
        with self.transaction():
            self.db.executemany("DELETE FROM redate_watch WHERE document_id=?",
                                [(d,) for d in sorted(watches)])
            self.db.executemany("INSERT INTO redate_watch(key, lo, hi, document_id) "
                                "VALUES (?,?,?,?)", rows)

    def watchers(self, changes: Iterable[tuple[str, str]]) -> set[str]:
        """Documents with a watch that one of these changes (watch key, ISO date) falls in."""
        by_key: dict[str, list[str]] = {}
        for key, day in changes:
            by_key.setdefault(key, []).append(day)
        found: set[str] = set()
        for key, days in sorted(by_key.items()):
            days.sort()
            for doc_id, lo, hi in self.db.execute(
                    "SELECT document_id, lo, hi FROM redate_watch WHERE key=? AND lo<=? AND "
                    "hi>=?", (key, days[-1], days[0])):
                if doc_id in found:
                    continue
                i = bisect_left(days, lo)
                if i < len(days) and days[i] <= hi:
                    found.add(doc_id)
        return found

    def _note_claims(self, sql: str, params: tuple[object, ...]) -> None:
        """Record the dated claims the query finds (predicate, subject, object, role,
        qualifier, date) as changed."""
        for r in self.db.execute(sql, params):
            self._note_claim(r[0], r[1], r[2], r[3], r[4], r[5])

    def _note_claim(self, predicate: str, subject: str | None, obj: str | None,
                    role: str | None, qualifier: str | None, when: str | None) -> None:
        if when is None or subject is None:
            return
        if predicate in ("holds_position", "member_of") and not obj:
            return
        key = f"{norm(role or '')}@{obj}" if predicate == "holds_position" else \
            subject if predicate == "founded" else str(obj)
        day = dates.as_date(when).isoformat()
        for watch in dates.dating_keys(predicate, subject, key, qualifier == "complete_list"):
            self._changes.add((watch, day))

    def _write_one(self, ex: Extraction, pipeline: str) -> WriteResult:
        raw = ex.document.raw
        old = self.db.execute("SELECT id, content_hash FROM documents WHERE source_key=?",
                              (raw.source_key,)).fetchone()
        status = "new"
        if old is not None:
            if old["content_hash"] == ex.content_hash and not ex.extras.get("redate"):
                return WriteResult(old["id"], "unchanged", 0, 0, 0, 0)
            self._delete_document(old["id"])
            status = "replaced"
        self._insert_document(ex, pipeline)
        ids = self._resolve_entities(ex)
        claims = [self._insert_claim(c, ids, ex.doc_id) for c in ex.claims]
        events = [self._insert_event(e, ids, ex.doc_id) for e in ex.events]
        quotes = [self._insert_quote(q, ids, ex.doc_id) for q in ex.quotes]
        self.db.execute("DELETE FROM failures WHERE source_key=?", (raw.source_key,))
        return WriteResult(ex.doc_id, status, len(set(ids.values())), sum(claims), sum(events),
                           sum(quotes))

    def _delete_document(self, doc_id: str) -> None:
        self._note_claims(_DATED_CLAIMS + "document_id=?", (doc_id,))
        touched = {r[0] for r in self.db.execute(
            "SELECT entity_id FROM mentions WHERE document_id=? UNION "
            "SELECT subject FROM claims WHERE document_id=? UNION "
            "SELECT object FROM claims WHERE document_id=? AND object IS NOT NULL", (doc_id,) * 3)}
        for table, owner in (("claims", "claim"), ("events", "event"), ("quotes", "quote")):
            self.db.execute(f"DELETE FROM evidence WHERE owner_type=? AND owner_id IN "  # noqa: S608
                            f"(SELECT id FROM {table} WHERE document_id=?)", (owner, doc_id))
        gone = {r[0] for r in self.db.execute("SELECT id FROM events WHERE document_id=?",
                                              (doc_id,))}
        self.db.execute("DELETE FROM event_clusters WHERE event_id IN "
                        "(SELECT id FROM events WHERE document_id=?)", (doc_id,))
        self.db.execute("DELETE FROM event_participants WHERE event_id IN "
                        "(SELECT id FROM events WHERE document_id=?)", (doc_id,))
        for table in ("claims", "events", "quotes", "mentions", "merges"):
            self.db.execute(f"DELETE FROM {table} WHERE document_id=?", (doc_id,))  # noqa: S608
        self.db.execute("DELETE FROM documents WHERE id=?", (doc_id,))
        self._relabel_clusters(gone)
        self._drop_orphans(touched)

    def _drop_orphans(self, candidates: set[str]) -> None:
        for eid in candidates:
            used = self.db.execute(
                "SELECT 1 FROM mentions WHERE entity_id=:e UNION ALL "
                "SELECT 1 FROM claims WHERE subject=:e OR object=:e UNION ALL "
                "SELECT 1 FROM event_participants WHERE entity_id=:e UNION ALL "
                "SELECT 1 FROM events WHERE location=:e UNION ALL "
                "SELECT 1 FROM quotes WHERE speaker=:e LIMIT 1", {"e": eid}).fetchone()
            if used is None:
                self.db.execute("DELETE FROM entities WHERE id=?", (eid,))

    def _insert_document(self, ex: Extraction, pipeline: str) -> None:
        d, raw, dd = ex.document, ex.document.raw, ex.date
        self.db.execute(
            "INSERT INTO documents(id, source_key, source_path, content_hash, media_type, url, "
            "title, outlet, published, published_precision, published_basis, "
            "published_confidence, published_candidates, published_note, language, text, header, "
            "metadata_date, pipeline, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (ex.doc_id, raw.source_key, raw.source_path, ex.content_hash, raw.media_type, raw.url,
             d.title, d.outlet, dd.value, dd.precision, dd.basis, dd.confidence,
             json.dumps([[c, s] for c, s in zip(dd.candidates, dd.scores, strict=False)]),
             dd.note, d.language, d.text, json.dumps(list(d.header)), d.metadata_date, pipeline,
             _now()))

    def _ensure_known(self, key: str) -> str:
        if not self.entity_exists(key):
            known = knowledge().entities.get(key)
            if known is None:
                raise StoreError(f"unknown knowledge key {key}", code="B410")
            self.db.execute("INSERT INTO entities(id, kind, name, wikidata, parent) "
                            "VALUES (?,?,?,?,?)", (key, known.kind, known.name, known.wikidata,
                                                   known.parent or known.country))
            self._add_aliases(key, {known.name, *known.aliases})
        return key

    def _add_aliases(self, entity_id: str, aliases: Iterable[str]) -> None:
        """One statement run over the entity's names, in their order (each row as one
        ``execute`` would write it)."""
        self.db.executemany(_ADD_ALIAS, [(entity_id, alias, norm(alias)) for alias in aliases])

    def _resolve_entities(self, ex: Extraction) -> dict[str, str]:
        """Local ids → global ids, creating entities and recording aliases and mentions."""
        roles: dict[str, set[str]] = {}
        for c in ex.claims:
            if c.predicate == "holds_position" and c.object:
                roles.setdefault(c.subject, set()).add(f"{norm(c.role or '')}@{c.object}")
        ids: dict[str, str] = {}
        # organizations, bodies, countries and places first: people's roles refer to them
        ordered = sorted(ex.entities, key=lambda e: e.kind == "person")
        for e in ordered:
            if e.key:
                gid = self._ensure_known(e.key)
            elif e.kind == "person":
                local_roles = tuple(sorted(f"{r.split('@')[0]}@{ids.get(r.split('@')[1], r.split('@')[1])}"
                                           for r in roles.get(e.local_id, ())))
                gid = self._resolve_person(LocalEntity(e.local_id, e.kind, e.name, e.aliases,
                                                       None, e.mentions, local_roles,
                                                       e.merge_notes), ex.doc_id)
            else:
                gid = self._resolve_named(e)
            ids[e.local_id] = gid
            self._add_aliases(gid, e.aliases)
            if e.merge_notes:
                self.db.executemany(_ADD_MERGE, [(gid, ex.doc_id, n) for n in e.merge_notes])
        owner: dict[int, str] = {}  # mention index → the first entity holding it
        for e in ex.entities:
            for i in e.mentions:
                owner.setdefault(i, e.local_id)
        self.db.executemany(
            "INSERT INTO mentions(document_id, entity_id, start, end, text, kind, source) "
            "VALUES (?,?,?,?,?,?,?)",
            [(ex.doc_id, ids[owner[i]], m.start, m.end, m.text, m.kind, m.source)
             for i, m in enumerate(ex.mentions) if i in owner])
        return ids

    def _resolve_named(self, e: LocalEntity) -> str:
        """The stored entity of that kind with that name or alias, else a new one; a
        document-local entity is always a new one."""
        row = None if e.document_local else self.db.execute(
            "SELECT a.entity_id FROM aliases a JOIN entities x ON x.id = a.entity_id "
            "WHERE a.norm=? AND x.kind=? ORDER BY a.entity_id LIMIT 1",
            (norm(e.name), e.kind)).fetchone()
        if row:
            return row[0]
        prefix = {"organization": "org", "place": "place", "body": "body"}.get(e.kind, e.kind)
        gid, n = f"{prefix}:{slug(e.name)}", 2
        while self.entity_exists(gid):
            gid, n = f"{prefix}:{slug(e.name)}-{n}", n + 1
        self.db.execute("INSERT INTO entities(id, kind, name) VALUES (?,?,?)", (gid, e.kind, e.name))
        return gid

    def _resolve_person(self, e: LocalEntity, doc_id: str) -> str:
        # each name's blocking keys, worked out once: their union finds the candidates, and
        # they are stored for the person
        keys_by_name = [linking.block_keys(alias) for alias in e.aliases]
        candidates = self.person_candidates(set().union(*keys_by_name))
        gid, why = linking.resolve_person(e, candidates)
        if gid is not None:
            chosen = next(p for p in candidates if p.id == gid)
            for other in linking.bridged(e, chosen, candidates):
                self.merge_entities(gid, other.id, f"'{other.name}' and '{chosen.name}' are one "
                                    f"person: '{e.name}' fits both")
        new = gid is None
        if new:
            gid = linking.new_person_id(e.name, self)
            self.db.execute("INSERT INTO entities(id, kind, name) VALUES (?,?,?)",
                            (gid, "person", e.name))
        else:
            self.db.execute(_ADD_MERGE, (gid, doc_id, f"'{e.name}' linked across documents: {why}"))
        self.db.executemany("INSERT OR IGNORE INTO person_keys(entity_id, key) VALUES (?,?)",
                            [(gid, key) for keys in keys_by_name for key in keys])
        self._rename_person(gid, e, new)
        return gid

    def merge_entities(self, keep: str, drop: str, note: str) -> None:
        """Fold entity ``drop`` into ``keep``: every mention, claim, event role and alias moves."""
        db = self.db
        moved = _DATED_CLAIMS + "(subject IN (:k, :d) OR object IN (:k, :d))"
        self._note_claims(moved, {"k": keep, "d": drop})  # type: ignore[arg-type]
        # documents whose own statements name ``drop``: what they say now means ``keep``
        self._touched.update(r[0] for r in db.execute(
            "SELECT document_id FROM claims WHERE subject=:d OR object=:d UNION "
            "SELECT document_id FROM mentions WHERE entity_id=:d", {"d": drop}))
        db.execute("UPDATE mentions SET entity_id=? WHERE entity_id=?", (keep, drop))
        db.execute("UPDATE claims SET subject=? WHERE subject=?", (keep, drop))
        db.execute("UPDATE claims SET object=? WHERE object=?", (keep, drop))
        db.execute("UPDATE OR IGNORE event_participants SET entity_id=? WHERE entity_id=?",
                   (keep, drop))
        db.execute("DELETE FROM event_participants WHERE entity_id=?", (drop,))
        db.execute("UPDATE events SET location=? WHERE location=?", (keep, drop))
        db.execute("UPDATE quotes SET speaker=? WHERE speaker=?", (keep, drop))
        db.execute("INSERT OR IGNORE INTO aliases(entity_id, alias, norm) SELECT ?, alias, norm "
                   "FROM aliases WHERE entity_id=?", (keep, drop))
        db.execute("INSERT OR IGNORE INTO person_keys(entity_id, key) SELECT ?, key "
                   "FROM person_keys WHERE entity_id=?", (keep, drop))
        db.execute("UPDATE merges SET entity_id=? WHERE entity_id=?", (keep, drop))
        doc = db.execute("SELECT document_id FROM mentions WHERE entity_id=? LIMIT 1",
                         (keep,)).fetchone()
        if doc is not None:
            db.execute("INSERT INTO merges(entity_id, document_id, note) VALUES (?,?,?)",
                       (keep, doc[0], note))
        db.execute("DELETE FROM entities WHERE id=?", (drop,))
        self._note_claims(moved, {"k": keep, "d": drop})  # type: ignore[arg-type]

    def _rename_person(self, gid: str, e: LocalEntity, new: bool = False) -> None:
        """Keep the most complete well-formed variant as the person's name.  A ``new`` person
        was just written under ``e.name`` and has no mentions yet (they are written after
        every entity of the document is resolved): nothing to read back."""
        if new:
            stored, counts = e.name, {}
        else:
            stored = self.db.execute("SELECT name FROM entities WHERE id=?", (gid,)).fetchone()[0]
            counts = {r[0]: r[1] for r in self.db.execute(
                "SELECT text, COUNT(*) FROM mentions WHERE entity_id=? GROUP BY text", (gid,))}
        names = {stored, e.name, *[a for a in e.aliases]}

        def support(name: str) -> int:
            # mentions of the full form, and of its surname alone ("Lavrov" backs "Sergei Lavrov")
            last = linking.name_tokens(name)[-1] if linking.name_tokens(name) else name
            return sum(c for text, c in counts.items() if text == name or text == last)
        best = linking.best_person_name(names, support)
        if best != stored:
            self.db.execute("UPDATE entities SET name=? WHERE id=?", (best, gid))

    def _map(self, ids: dict[str, str], ref: str | None) -> str | None:
        if ref is None:
            return None
        if ref in ids:
            return ids[ref]
        if ":" in ref:
            return self._ensure_known(ref)
        raise StoreError(f"reference to unknown local entity {ref}", code="B411")

    def _insert_evidence(self, owner: str, kind: str, evidence: Sequence[Evidence]) -> None:
        self.db.executemany("INSERT INTO evidence(owner_id, owner_type, position, document_id, "
                            "start, end, text, extractor) VALUES (?,?,?,?,?,?,?,?)",
                            [(owner, kind, n, ev.document, ev.start, ev.end, ev.text,
                              ev.extractor) for n, ev in enumerate(evidence)])

    def _insert_claim(self, c: Claim, ids: dict[str, str], doc_id: str) -> int:
        subject, obj = self._map(ids, c.subject), self._map(ids, c.object)
        cid = _id("fact", doc_id, c.predicate, subject, obj, c.value, c.role, c.qualifier, c.date)
        if self.db.execute("SELECT 1 FROM claims WHERE id=?", (cid,)).fetchone():
            return 0
        if c.date is not None:
            self._note_claim(c.predicate, subject, obj, c.role, c.qualifier, c.date)
        self.db.execute(
            "INSERT INTO claims(id, document_id, predicate, subject, object, value, role, "
            "qualifier, date, date_precision, confidence, extractor) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (cid, doc_id, c.predicate, subject, obj, c.value, c.role, c.qualifier, c.date,
             c.date_precision, c.confidence, c.extractor))
        self._insert_evidence(cid, "claim", c.evidence)
        return 1

    def _insert_event(self, e: Event, ids: dict[str, str], doc_id: str) -> int:
        actors = [self._map(ids, a) for a in e.actors]
        targets = [self._map(ids, t) for t in e.targets]
        eid = _id("event", doc_id, e.category, e.cameo, actors, targets, e.date,
                  e.evidence[0].start if e.evidence else None)
        if self.db.execute("SELECT 1 FROM events WHERE id=?", (eid,)).fetchone():
            return 0  # the same meeting told twice by one sentence ("met at the summit")
        self.db.execute(
            "INSERT INTO events(id, document_id, category, cameo, date, date_precision, location, "
            "topics, trigger, extractor, quad, mode, context, actors) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (eid, doc_id, e.category, e.cameo, e.date, e.date_precision, self._map(ids, e.location),
             json.dumps(list(e.topics)), e.trigger, e.extractor, e.quad, e.mode,
             json.dumps(list(e.contexts)),
             json.dumps([{"role": a.role, "text": a.text, "code": a.code, "sector": a.sector,
                          "entity": self._map(ids, a.entity)} for a in e.coded])))
        self.db.executemany("INSERT OR IGNORE INTO event_participants(event_id, entity_id, "
                            "role, position) VALUES (?,?,?,?)",
                            [(eid, ent, role, n) for n, (role, ent) in enumerate(
                                [*(("actor", a) for a in actors),
                                 *(("target", t) for t in targets)])])
        self._insert_evidence(eid, "event", e.evidence)
        if e.confidence is not None:  # (a table of its own: older stores need no new column)
            self.db.execute("INSERT INTO event_confidence(event_id, confidence) VALUES (?,?)",
                            (eid, e.confidence))
        self._cluster_event(eid, doc_id, e.category)
        return 1

    def _report(self, event_id: str) -> linking.Report:
        row = self.db.execute("SELECT date, location FROM events WHERE id=?", (event_id,)).fetchone()
        parts = {r[0]: r[1] for r in self.db.execute(
            "SELECT p.entity_id, e.kind FROM event_participants p JOIN entities e ON "
            "e.id = p.entity_id WHERE p.event_id=?", (event_id,))}
        return linking.Report(event_id, row["date"], parts, row["location"])

    def _cluster_event(self, event_id: str, doc_id: str, category: str) -> None:
        """Join the event told by another document, if any: one event, several reports."""
        mine = self._report(event_id)
        cluster = event_id
        keys = [e for e, k in mine.participants.items() if k in ("person", "body")]
        if mine.date and keys:
            marks = ",".join("?" * len(keys))
            year = int(mine.date[:4])
            rows = self.db.execute(
                f"SELECT DISTINCT ev.id, c.cluster_id FROM event_participants p "  # noqa: S608
                f"JOIN events ev ON ev.id = p.event_id JOIN event_clusters c ON c.event_id = ev.id "
                f"WHERE p.entity_id IN ({marks}) AND ev.category=? AND ev.document_id != ? AND "
                f"ev.date IS NOT NULL AND CAST(substr(ev.date, 1, 4) AS INTEGER) BETWEEN ? AND ? "
                f"ORDER BY ev.id", (*keys, category, doc_id, year - 1, year + 1)).fetchall()
            best = 0.0
            for row in rows:
                score = linking.same_event(mine, self._report(row["id"]))
                if score > best:
                    best, cluster = score, row["cluster_id"]
        self.db.execute("INSERT OR REPLACE INTO event_clusters(event_id, cluster_id) VALUES (?,?)",
                        (event_id, cluster))

    def _relabel_clusters(self, gone: set[str]) -> None:
        """A cluster named after a deleted report takes the name of its first remaining one."""
        for cid in gone:
            members = [r[0] for r in self.db.execute(
                "SELECT event_id FROM event_clusters WHERE cluster_id=? ORDER BY event_id", (cid,))]
            if members:
                self.db.execute("UPDATE event_clusters SET cluster_id=? WHERE cluster_id=?",
                                (members[0], cid))

    def _insert_quote(self, q: Quote, ids: dict[str, str], doc_id: str) -> int:
        start = q.evidence[0].start if q.evidence else 0
        qid = _id("quote", doc_id, start, q.text)
        self.db.execute("INSERT OR IGNORE INTO quotes(id, document_id, speaker, text, date, "
                        "extractor) VALUES (?,?,?,?,?,?)",
                        (qid, doc_id, self._map(ids, q.speaker), q.text, q.date, q.extractor))
        self._insert_evidence(qid, "quote", q.evidence)
        return 1

    # --- date knowledge -----------------------------------------------------------------------
    def dating_claims(self, org: str) -> list[tuple[str, str, str, str | None, str | None,
                                                    str, str | None, str, bool]]:
        """(id, predicate, subject, object, role, date, qualifier, document, whether the
        document's year was inferred) of the dated offices and memberships of ``org`` and of
        its foundings: what dating a document that speaks of ``org`` can use (see
        ``dates.DatingIndex``)."""
        return [(*r[:8], r[8] == "inferred") for r in self.db.execute(
            "SELECT c.id, c.predicate, c.subject, c.object, c.role, c.date, c.qualifier, "
            "c.document_id, d.published_basis FROM claims c JOIN documents d ON "
            "d.id = c.document_id WHERE c.object=? AND c.predicate IN ('holds_position', "
            "'member_of') AND c.date IS NOT NULL UNION ALL "
            "SELECT c.id, c.predicate, c.subject, c.object, c.role, c.date, c.qualifier, "
            "c.document_id, d.published_basis FROM claims c JOIN documents d ON "
            "d.id = c.document_id WHERE c.subject=? AND c.predicate='founded' AND "
            "c.date IS NOT NULL", (org, org))]

    def inferred_documents(self, among: Iterable[str] | None = None) -> list[str]:
        """Documents whose publication year was inferred: all of them, or those ``among``."""
        if among is None:
            return [r[0] for r in self.db.execute(
                "SELECT id FROM documents WHERE published_basis='inferred' ORDER BY id")]
        ids = sorted(set(among))
        out: list[str] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            out.extend(r[0] for r in self.db.execute(
                f"SELECT id FROM documents WHERE id IN ({marks}) AND "  # noqa: S608
                f"published_basis='inferred'", chunk))
        return sorted(out)


_ADD_ALIAS = "INSERT OR IGNORE INTO aliases(entity_id, alias, norm) VALUES (?,?,?)"
_ADD_MERGE = "INSERT INTO merges(entity_id, document_id, note) VALUES (?,?,?)"
_DATED_CLAIMS = ("SELECT predicate, subject, object, role, qualifier, date FROM claims WHERE "
                 "date IS NOT NULL AND ")


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def docdate_from_row(row: sqlite3.Row) -> DocDate:
    pairs = json.loads(row["published_candidates"] or "[]")
    return DocDate(row["published"], row["published_precision"], row["published_basis"],
                   row["published_confidence"] or 0.0, tuple(p[0] for p in pairs),
                   tuple(p[1] for p in pairs), row["published_note"] or "")
