"""Orchestration: read → clean → date → NLP → mentions → linking → facts → events → store.

``process`` runs the per-document stages (pure: no store); ``ingest`` streams sources
through them in batches (spaCy ``nlp.pipe``), writes each document in its own transaction,
reports failures per document and goes on, then re-dates documents whose year was
inferred, using what the store now knows.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc

from . import clean, dates, events, facts, linking, mentions, nlp
from .analysis import DocAnalysis
from .config import Options
from .errors import BlocwatchError, StageError
from .records import CleanDocument, DocDate, Extraction, RawDocument, ReadFailure
from .store import Store, content_hash, docdate_from_row, document_id

log = logging.getLogger(__name__)
VERSION = "0.1.0"
Progress = Callable[[str, str], None]


def _stage(name: str, source: str, fn, *args):  # type: ignore[no-untyped-def]
    try:
        return fn(*args)
    except StageError:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure in a stage is reported per document
        raise StageError(name, source, exc) from exc


def prepare(raw: RawDocument, today: date | None = None) -> tuple[CleanDocument, DocDate]:
    """The stages before NLP: clean and date."""
    cleaned = _stage("clean", raw.source_path, clean.stage, raw)
    docdate = _stage("date", raw.source_path, dates.stage, cleaned, today)
    return cleaned, docdate


def analyse(cleaned: CleanDocument, docdate: DocDate, parsed: Doc) -> Extraction:
    """The stages after NLP: mentions, linking, facts, events and quotes."""
    src = cleaned.raw.source_path
    doc_id = document_id(cleaned.raw.source_key)
    found = _stage("mentions", src, mentions.stage, parsed)
    local = _stage("linking", src, linking.stage, found)
    an = DocAnalysis(parsed, doc_id, found, local, docdate)
    claims = _stage("facts", src, facts.stage, an)
    local, claims = _stage("linking", src, linking.merge_same_office, local, claims, found,
                           cleaned.text)
    an = DocAnalysis(parsed, doc_id, found, local, docdate)
    evs = _stage("events", src, events.stage, an, claims)
    qs = _stage("events", src, events.quotes, an, claims)
    return Extraction(cleaned, doc_id, docdate, found, local, claims, evs, qs,
                      content_hash(cleaned.raw.text), {"parsed": parsed})


def process(raw: RawDocument, options: Options, today: date | None = None) -> Extraction:
    """Everything one document says, without a store (for tests, notebooks, workers)."""
    cleaned, docdate = prepare(raw, today)
    parsed = _stage("nlp", raw.source_path, nlp.stage, cleaned.text, options)
    return analyse(cleaned, docdate, parsed)


@dataclass
class IngestReport:
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (source, code, reason)
    redated: list[tuple[str, str, str]] = field(default_factory=list)  # (source, old, new)
    totals: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {"new": self.new, "replaced": self.replaced, "unchanged": self.unchanged,
                "failed": [{"source": s, "code": c, "reason": r} for s, c, r in self.failed],
                "redated": [{"source": s, "from": a, "to": b} for s, a, b in self.redated],
                "totals": self.totals}


def _batches(items: Iterable[RawDocument | ReadFailure], size: int
             ) -> Iterator[list[RawDocument | ReadFailure]]:
    batch: list[RawDocument | ReadFailure] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(sources: Iterable[RawDocument | ReadFailure], store: Store, options: Options,
           progress: Progress | None = None, today: date | None = None) -> IngestReport:
    """Ingest documents into ``store``; one bad document never stops the run."""
    report = IngestReport()
    pipeline_name = f"blocwatch {VERSION} / {nlp.pipeline_name(options)}"
    note = progress or (lambda kind, source: None)
    for batch in _batches(sources, options.batch_size):
        ready: list[tuple[CleanDocument, DocDate]] = []
        for item in batch:
            if isinstance(item, ReadFailure):
                _fail(store, report, item.source_key, item.source_path, item.code, item.reason)
                note("failed", item.source_path)
                continue
            if store.document_hash(item.source_key) == content_hash(item.text):
                report.unchanged += 1
                note("unchanged", item.source_path)
                continue
            try:
                ready.append(prepare(item, today))
            except BlocwatchError as exc:
                _fail(store, report, item.source_key, item.source_path, exc.code, str(exc))
                note("failed", item.source_path)
        parsed = nlp.stage_many([c.text for c, _ in ready], options)
        for (cleaned, docdate), doc in zip(ready, parsed, strict=True):
            raw = cleaned.raw
            try:
                ex = analyse(cleaned, docdate, doc)
                result = store.write(ex, pipeline_name)
            except BlocwatchError as exc:
                _fail(store, report, raw.source_key, raw.source_path, exc.code, str(exc))
                note("failed", raw.source_path)
                continue
            if result.status == "replaced":
                report.replaced += 1
            else:
                report.new += 1
            note(result.status, raw.source_path)
    if report.new or report.replaced:
        report.redated = redate(store, options, today)
    report.totals = store.counts()
    return report


def _fail(store: Store, report: IngestReport, key: str, path: str, code: str, reason: str) -> None:
    log.info("failed %s: %s", path, reason)
    report.failed.append((path, code, reason))
    store.record_failure(key, path, code, reason)


# --- re-dating with store knowledge ---------------------------------------------------------
def _as_date(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _knowledge(store: Store, doc_id: str) -> tuple[list[dates.DatedClaim], list[dates.DatedClaim]]:
    """(this document's statements, other documents' dated claims) for year inference."""
    from .knowledge import norm

    own: list[dates.DatedClaim] = []
    rows = store.db.execute("SELECT predicate, subject, object, role FROM claims "
                            "WHERE document_id=?", (doc_id,)).fetchall()
    for r in rows:
        if r["predicate"] == "holds_position":
            own.append(dates.DatedClaim("holds_position", r["subject"],
                                        f"{norm(r['role'] or '')}@{r['object']}", date.min))
        elif r["predicate"] == "member_of":
            own.append(dates.DatedClaim("member_of", r["subject"], r["object"], date.min))
    for r in store.db.execute("SELECT DISTINCT m.entity_id FROM mentions m JOIN entities e ON "
                              "e.id = m.entity_id WHERE m.document_id=? AND e.kind IN "
                              "('organization', 'body')", (doc_id,)):
        own.append(dates.DatedClaim("founded", r[0], r[0], date.min))
    known: list[dates.DatedClaim] = []
    lists: dict[tuple[str, str], tuple[date, set[str]]] = {}
    listed: dict[str, set[str]] = {}
    for pred, subj, obj, role, when, qual, other_doc in store.dated_claims(doc_id):
        d = _as_date(when)
        if pred == "holds_position":
            known.append(dates.DatedClaim(pred, subj, f"{norm(role or '')}@{obj}", d))
        elif pred == "member_of" and obj:
            known.append(dates.DatedClaim(pred, subj, obj, d))
            listed.setdefault(obj, set()).add(subj)
            if qual == "complete_list":
                entry = lists.setdefault((other_doc, obj), (d, set()))
                entry[1].add(subj)
        elif pred == "founded":
            known.append(dates.DatedClaim(pred, subj, subj, d))
    for (_, org), (d, members) in lists.items():
        for country in listed.get(org, set()) - members:
            known.append(dates.DatedClaim("not_member", country, org, d))
    return own, known


def redate(store: Store, options: Options, today: date | None = None,
           rounds: int = 2) -> list[tuple[str, str, str]]:
    """Re-choose inferred publication years with the store's knowledge; re-process changed ones."""
    changed: list[tuple[str, str, str]] = []
    for _ in range(rounds):
        moved = False
        for doc_id in store.inferred_documents():
            row = store.db.execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
            stored = docdate_from_row(row)
            base = replace(stored, value=stored.candidates[0] if stored.candidates else
                           stored.value, note=stored.note.split("; store:")[0])
            own, known = _knowledge(store, doc_id)
            better = dates.score_with_knowledge(base, own, known)
            if better.value == stored.value:
                continue
            final = replace(base, value=better.value, confidence=better.confidence,
                            note=better.note)
            raw = RawDocument(row["source_path"], row["source_key"], _raw_text(store, row),
                              row["media_type"], row["url"], None, None, row["outlet"])
            cleaned = CleanDocument(raw, row["text"], row["title"], row["outlet"],
                                    tuple(json.loads(row["header"])), row["metadata_date"],
                                    row["language"])
            parsed = nlp.stage(cleaned.text, options)
            ex = analyse(cleaned, final, parsed)
            ex = replace(ex, content_hash=row["content_hash"], extras={"redate": True})
            store.write(ex, row["pipeline"])
            changed.append((row["source_path"], stored.value or "", final.value or ""))
            moved = True
        if not moved:
            break
    return changed


def _raw_text(store: Store, row) -> str:  # type: ignore[no-untyped-def]
    # the original bytes are not kept; the hash stays the stored one so the source is still
    # recognised as unchanged on the next run
    return row["text"]


def demo_sources() -> list[RawDocument]:
    """The seed articles shipped with the package as its demo corpus."""
    folder = resources.files("blocwatch").joinpath("demo")
    docs = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".txt"):
            docs.append(RawDocument(f"demo/{entry.name}", f"blocwatch-demo:{entry.name}",
                                    entry.read_text("utf-8"), "text/plain"))
    return docs


def read_sources(paths: Sequence[str | Path], options: Options
                 ) -> Iterator[RawDocument | ReadFailure]:
    from . import read  # the read stage is only needed when ingesting files

    return read.read(paths, options)
