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
from typing import Protocol

from spacy.tokens import Doc

from . import clean, dates, events, facts, linking, mentions, nlp
from .analysis import DocAnalysis
from .config import Options, load_options
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


def prepare(raw: RawDocument, today: date | None = None, options: Options | None = None
            ) -> tuple[CleanDocument, DocDate]:
    """The stages before NLP: clean and date."""
    cleaned = _stage("clean", raw.source_path, clean.stage, raw, options)
    docdate = _stage("date", raw.source_path, dates.stage, cleaned, today)
    return cleaned, docdate


def analysed(cleaned: CleanDocument, pipeline_language: str) -> bool:
    """Whether the pipeline reads the document's language.  An English pipeline leaves a text
    that reads as another language (clean._language) unanalysed: stored, dated and
    searchable, with no entities, facts or events (its German nouns came out as people).  A
    user's pipeline of another language reads everything: the check knows only English."""
    return cleaned.language == "en" or pipeline_language != "en"


def analyse(cleaned: CleanDocument, docdate: DocDate, parsed: Doc,
            options: Options | None = None) -> Extraction:
    """The stages after NLP: mentions, linking, facts, events and quotes."""
    options = options or load_options()
    src = cleaned.raw.source_path
    doc_id = document_id(cleaned.raw.source_key)
    if not analysed(cleaned, parsed.lang_):
        return Extraction(cleaned, doc_id, docdate, (), (), (), (), (),
                          content_hash(cleaned.raw.text), {"parsed": parsed})
    # spaCy's tokenizer keeps the text it is given, so the cleaned text is ``parsed.text``
    # without joining every token again (mentions and the analysis would each join it)
    found = _stage("mentions", src, mentions.stage, parsed, None, cleaned.text)
    local = _stage("linking", src, linking.stage, found)
    an = DocAnalysis.of_text(parsed, cleaned.text, doc_id, found, local, docdate)
    claims = _stage("facts", src, facts.stage, an)
    local, claims = _stage("linking", src, linking.merge_same_office, local, claims, found,
                           cleaned.text)
    an = an.with_entities(local)
    evs = _stage("events", src, events.stage, an, claims, options.event_min_confidence)
    qs = _stage("events", src, events.quotes, an, claims)
    return Extraction(cleaned, doc_id, docdate, found, local, claims, evs, qs,
                      content_hash(cleaned.raw.text), {"parsed": parsed})


def process(raw: RawDocument, options: Options, today: date | None = None) -> Extraction:
    """Everything one document says, without a store (for tests, notebooks, workers)."""
    cleaned, docdate = prepare(raw, today, options)
    parsed = _stage("nlp", raw.source_path, nlp.stage, cleaned.text, options)
    return analyse(cleaned, docdate, parsed, options)


@dataclass
class IngestReport:
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (source, code, reason)
    not_analysed: list[str] = field(default_factory=list)  # stored, not in the pipeline's language
    redated: list[tuple[str, str, str]] = field(default_factory=list)  # (source, old, new)
    totals: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {"new": self.new, "replaced": self.replaced, "unchanged": self.unchanged,
                "failed": [{"source": s, "code": c, "reason": r} for s, c, r in self.failed],
                "not_analysed": self.not_analysed,
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


def _failure(raw: RawDocument, exc: BlocwatchError) -> ReadFailure:
    # the reason without "[code] ": the failure keeps its code beside it, and every report
    # prints "[code] reason" (str(exc) here printed "[B220] [B220] stage …")
    return ReadFailure(raw.source_path, raw.source_key, exc.code, exc.message)


def _parse_all(ready: list[tuple[CleanDocument, DocDate]], options: Options
               ) -> list[Doc | BlocwatchError]:
    """spaCy over the batch with ``nlp.pipe``; if the batch fails, each text alone, so that
    only the document that breaks the model fails."""
    try:
        return list(nlp.stage_many([c.text for c, _ in ready], options))
    except Exception:  # noqa: BLE001 - isolated below, one document at a time
        log.info("nlp.pipe failed on a batch of %d; parsing one at a time", len(ready))
    out: list[Doc | BlocwatchError] = []
    for cleaned, _ in ready:
        try:
            out.append(_stage("nlp", cleaned.raw.source_path, nlp.stage, cleaned.text, options))
        except StageError as exc:
            out.append(exc)
    return out


def extract_batch(items: Sequence[RawDocument | ReadFailure], options: Options,
                  today: date | None = None, keep_docs: bool = True
                  ) -> list[Extraction | ReadFailure]:
    """Every stage but the store over a batch: clean and date each document, parse the batch
    with one ``nlp.pipe``, then mentions to events per document.

    One result per item, in order: an ``Extraction``, or a ``ReadFailure`` for an item that
    failed (or came in failed).  ``keep_docs=False`` drops the spaCy ``Doc`` from the
    extraction's extras, for results that travel between processes.
    """
    out: list[Extraction | ReadFailure | None] = [None] * len(items)
    ready: list[tuple[CleanDocument, DocDate]] = []
    where: list[int] = []
    for i, item in enumerate(items):
        if isinstance(item, ReadFailure):
            out[i] = item
            continue
        try:
            ready.append(prepare(item, today, options))
            where.append(i)
        except BlocwatchError as exc:
            out[i] = _failure(item, exc)
    for i, (cleaned, docdate), parsed in zip(where, ready, _parse_all(ready, options), strict=True):
        if isinstance(parsed, BlocwatchError):
            out[i] = _failure(cleaned.raw, parsed)
            continue
        try:
            ex = analyse(cleaned, docdate, parsed, options)
        except BlocwatchError as exc:
            out[i] = _failure(cleaned.raw, exc)
            continue
        out[i] = ex if keep_docs else replace(ex, extras={})
    return out  # type: ignore[return-value]


class Engine(Protocol):
    """Runs ``extract_batch`` over a stream of batches: here, in worker processes, or on Ray.

    Results come back in input order (so a run is reproducible whatever the engine), and
    only a bounded number of batches is in flight at once (so memory does not grow with the
    corpus).  The caller stays the one writer.
    """

    def extract(self, batches: Iterable[list[RawDocument | ReadFailure]], options: Options,
                today: date | None) -> Iterator[list[Extraction | ReadFailure]]: ...


class InProcess:
    """The default engine: every batch in this process, one after another."""

    def extract(self, batches: Iterable[list[RawDocument | ReadFailure]], options: Options,
                today: date | None) -> Iterator[list[Extraction | ReadFailure]]:
        for batch in batches:
            yield extract_batch(batch, options, today)


def ingest(sources: Iterable[RawDocument | ReadFailure], store: Store, options: Options,
           progress: Progress | None = None, today: date | None = None,
           engine: Engine | None = None) -> IngestReport:
    """Ingest documents into ``store``; one bad document never stops the run.

    Sources stream through in batches of ``options.batch_size``: unchanged ones are skipped
    before any work, the rest go through ``engine`` (in this process by default) and are
    written one batch per transaction.  Then documents whose year was inferred and whose
    dating knowledge changed are re-dated.
    """
    report = IngestReport()
    pipeline_name = f"blocwatch {VERSION} / {nlp.pipeline_name(options)}"
    language = nlp.load_pipeline(options.spacy_model).lang
    note = progress or (lambda kind, source: None)

    def todo() -> Iterator[list[RawDocument | ReadFailure]]:
        for batch in _batches(sources, options.batch_size):
            work: list[RawDocument | ReadFailure] = []
            for item in batch:
                if isinstance(item, RawDocument) and \
                        store.document_hash(item.source_key) == content_hash(item.text):
                    report.unchanged += 1
                    note("unchanged", item.source_path)
                else:
                    work.append(item)
            if work:
                yield work

    written: list[str] = []
    wrote = False
    for results in (engine or InProcess()).extract(todo(), options, today):
        for item, result in zip(results, store.write_many(results, pipeline_name), strict=True):
            path = item.source_path if isinstance(item, ReadFailure) else \
                item.document.raw.source_path
            if result.status == "failed":
                log.info("failed %s: %s", path, result.reason)
                report.failed.append((path, result.code, result.reason))
            elif result.status == "unchanged":
                report.unchanged += 1
            else:
                if item.date.basis == "inferred":  # the new ones re-dating must look at
                    written.append(result.document)
                wrote = True
                if not analysed(item.document, language):
                    report.not_analysed.append(path)
                if result.status == "replaced":
                    report.replaced += 1
                else:
                    report.new += 1
            note(result.status, path)
    # what this run wrote, and what a run killed before re-dating left owed (crash safety)
    owed_documents, owed_changes = store.redating_owed()
    if wrote or owed_documents or owed_changes:
        report.redated = redate(store, options, today, documents={*written, *owed_documents},
                                changes=owed_changes)
    report.totals = store.counts()
    return report


# --- re-dating with store knowledge ---------------------------------------------------------
def _own_facts(store: Store, doc_id: str) -> list[dates.DatedClaim]:
    """What a document states that its date can be checked against: offices and memberships
    (dates left open), and the organizations it speaks of (for their foundings)."""
    from .knowledge import norm

    own: list[dates.DatedClaim] = []
    rows = store.db.execute("SELECT predicate, subject, object, role FROM claims "
                            "WHERE document_id=?", (doc_id,)).fetchall()
    for r in rows:
        if not r["object"]:  # an office or membership of nothing known: nothing to check
            continue
        if r["predicate"] == "holds_position":
            own.append(dates.DatedClaim("holds_position", r["subject"],
                                        f"{norm(r['role'] or '')}@{r['object']}", date.min))
        elif r["predicate"] == "member_of":
            own.append(dates.DatedClaim("member_of", r["subject"], r["object"], date.min))
    for r in store.db.execute("SELECT DISTINCT m.entity_id FROM mentions m JOIN entities e ON "
                              "e.id = m.entity_id WHERE m.document_id=? AND e.kind IN "
                              "('organization', 'body')", (doc_id,)):
        own.append(dates.DatedClaim("founded", r[0], r[0], date.min))
    return own


class _StoreKnowledge:
    """One ``dates.DatingIndex`` for a re-dating round: each organization's dated claims read
    once, when the first document that speaks of it is scored, and read again only after a
    re-dated document changed them."""

    def __init__(self, store: Store) -> None:
        from .knowledge import norm

        self.store, self.norm = store, norm
        self.index = dates.DatingIndex()
        self.loaded: set[str] = set()

    def load(self, facts: Iterable[dates.DatedClaim]) -> None:
        for org in sorted({dates.claim_org(f.predicate, f.subject, f.key) for f in facts}
                          - self.loaded):
            self.loaded.add(org)
            for cid, pred, subj, obj, role, when, qual, doc, inferred in \
                    self.store.dating_claims(org):
                key = f"{self.norm(role or '')}@{obj}" if pred == "holds_position" else \
                    subj if pred == "founded" else str(obj)
                self.index.add(dates.DatedClaim(pred, subj, key, dates.as_date(when),
                                                qual == "complete_list"),
                               document=doc, order=f"{when} {cid}",
                               weight=dates.INFERRED_WEIGHT if inferred else 1.0)

    def forget(self, changes: Iterable[tuple[str, str]]) -> None:
        for org in {dates.watched_org(key) for key, _ in changes} & self.loaded:
            self.index.drop(org)
            self.loaded.discard(org)


def redate(store: Store, options: Options, today: date | None = None,
           rounds: int = 10, documents: Iterable[str] | None = None,
           changes: Iterable[tuple[str, str]] = (), stats: dict[str, int] | None = None
           ) -> list[tuple[str, str, str]]:
    """Re-choose inferred publication years with the store's knowledge; re-process changed ones.

    Without ``documents`` every document with an inferred year is scored, round after round
    until none moves.  With them (the ones just written) the work is incremental: those, and
    the documents whose watches (``dates.Watch``, kept in the store) one of ``changes`` or of
    the changes re-dating itself makes falls in, are scored; no other document's decision
    can have changed.  Either way each scored document's watches are stored anew, and what
    was owed is cleared (but for what is left when ``rounds`` runs out).  ``stats``, if
    given, gets the number of rounds and of documents scored.
    """
    stats = {} if stats is None else stats
    stats.update(rounds=0, scored=0)
    changed: list[tuple[str, str, str]] = []
    full = documents is None
    store.take_redating()  # what the writes before recorded is in documents and changes
    todo_documents, todo_changes = set(documents or ()), set(changes)
    knowledge = _StoreKnowledge(store)
    for _ in range(rounds):
        todo = store.inferred_documents() if full else store.inferred_documents(
            among=todo_documents | store.watchers(todo_changes))
        todo_documents, todo_changes = set(), set()
        stats["rounds"] += 1
        stats["scored"] += len(todo)
        settled: dict[str, list[dates.Watch]] = {}
        for doc_id in todo:
            row = store.db.execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
            stored = docdate_from_row(row)
            base = replace(stored, value=stored.candidates[0] if stored.candidates else
                           stored.value, note=stored.note.split("; store:")[0])
            own = _own_facts(store, doc_id)
            knowledge.load(own)
            better, watches = dates.rescore(base, own, knowledge.index, doc_id)
            if better.value == stored.value:
                settled[doc_id] = watches
                continue
            final = replace(base, value=better.value, confidence=better.confidence,
                            note=better.note)
            raw = RawDocument(row["source_path"], row["source_key"], _raw_text(store, row),
                              row["media_type"], row["url"], None, None, row["outlet"])
            cleaned = CleanDocument(raw, row["text"], row["title"], row["outlet"],
                                    tuple(json.loads(row["header"])), row["metadata_date"],
                                    row["language"])
            parsed = nlp.stage(cleaned.text, options)
            ex = analyse(cleaned, final, parsed, options)
            ex = replace(ex, content_hash=row["content_hash"], extras={"redate": True})
            store.write(ex, row["pipeline"])
            moved_documents, moved = store.take_redating()
            knowledge.forget(moved)  # its claims moved to the new date
            # it is scored again (what it states may have changed); so is any document whose
            # watches the moved claims fall in, next round
            todo_documents |= moved_documents | {doc_id}
            todo_changes |= moved
            changed.append((row["source_path"], stored.value or "", final.value or ""))
        store.save_watches(settled)
        if not todo_documents and not todo_changes:
            break
    store.redating_done(todo_documents, todo_changes)
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
