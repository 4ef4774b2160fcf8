"""Command line: thin Typer commands over the pipeline and the query API.

Every query prints a readable table, or JSON with ``--json``.  Domain errors become one red
line and exit status 1; nothing else here decides anything.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from . import export as export_mod
from . import maintenance, pipeline, read
from .config import Options, load_options
from .errors import BlocwatchError
from .evaluate import evaluate
from .explore import confidence_text
from .kb import KnowledgeBase, check_min_confidence
from .records import ReadFailure
from .store import Store

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="blocwatch: a time-aware, source-cited knowledge base from news about "
                       "international security organizations.")
out = Console()
err = Console(stderr=True)
F = TypeVar("F", bound=Callable[..., Any])

DbOpt = Annotated[str | None, typer.Option("--db", help="SQLite store (default blocwatch.db or "
                                                        "$BLOCWATCH_DB)")]
JsonOpt = Annotated[bool, typer.Option("--json", help="print JSON instead of a table")]
MinConfidenceOpt = Annotated[float | None, typer.Option(
    "--min-confidence", help="leave out coded events scoring less (0-1; meetings are not scored)")]
LimitOpt = Annotated[int, typer.Option("--limit", help="at most this many, earliest first (show: "
                                                       "of each kind; 0: all)")]


def friendly(fn: F) -> F:
    """Turn blocwatch errors into one line on stderr and exit status 1."""
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except BlocwatchError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(1) from exc
    return wrapper  # type: ignore[return-value]


def _options(db: str | None) -> Options:
    return load_options(db=db)


def _kb(db: str | None) -> KnowledgeBase:
    return KnowledgeBase(_options(db).db)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def _refs(refs: Any) -> str:
    return ", ".join(r.id if hasattr(r, "id") else str(r) for r in refs)


# --- ingest -------------------------------------------------------------------------------
def _run_ingest(sources: Iterable[Any], options: Options, as_json: bool,
                total: int | None = None, engine: pipeline.Engine | None = None
                ) -> pipeline.IngestReport:
    """Ingest with a progress bar on a terminal (documents done of ``total`` when known)."""
    store = Store(options.db)
    try:
        if as_json or not out.is_terminal:
            report = pipeline.ingest(sources, store, options, engine=engine)
        else:
            with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                          MofNCompleteColumn(), TextColumn("{task.fields[last]}"),
                          console=out, transient=True) as bar:
                task = bar.add_task("ingesting", total=total, last="")

                def tick(status: str, source: str) -> None:
                    bar.update(task, advance=1, last=f"{status}: {Path(source).name}")
                report = pipeline.ingest(sources, store, options, progress=tick, engine=engine)
    finally:
        store.close()
    return report


def _print_report(report: pipeline.IngestReport, as_json: bool) -> None:
    if as_json:
        _print_json(report.as_dict())
        return
    t = report.totals
    out.print(f"documents: [bold]{report.new}[/bold] new, {report.replaced} replaced, "
              f"{report.unchanged} unchanged, [red]{len(report.failed)}[/red] failed")
    out.print(f"store now holds {t.get('documents', 0)} documents, {t.get('entities', 0)} "
              f"entities, {t.get('claims', 0)} facts, {t.get('events', 0)} events, "
              f"{t.get('quotes', 0)} quotes")
    if report.not_analysed:
        out.print(f"{len(report.not_analysed)} not analysed: not in English (stored, dated and "
                  f"searchable; no entities, facts or events): "
                  + ", ".join(report.not_analysed[:5])
                  + (f" and {len(report.not_analysed) - 5} more" if len(report.not_analysed) > 5
                     else ""), highlight=False)
    for source, old, new in report.redated:
        out.print(f"re-dated {source}: {old} → {new} (with what the store now knows)")
    for source, code, reason in report.failed:
        err.print(f"[red]failed[/red] {source}: [{code}] {reason}", highlight=False)


@app.command()
@friendly
def ingest(paths: Annotated[list[str] | None, typer.Argument(help="files, directories or globs")] = None,
           db: DbOpt = None,
           demo: Annotated[bool, typer.Option("--demo", help="ingest the bundled seed corpus")] = False,
           workers: Annotated[int, typer.Option("--workers", help="worker processes (local engine), "
                                                "or CPUs for a local Ray runtime")] = 1,
           engine: Annotated[str, typer.Option("--engine", help="local (this machine) or ray")] = "local",
           address: Annotated[str | None, typer.Option("--address", help="Ray cluster to join, "
                                                       "e.g. ray://head:10001 (--engine ray)")] = None,
           batch_size: Annotated[int | None, typer.Option("--batch-size", help="documents per "
                                                          "nlp.pipe batch and per transaction")] = None,
           as_json: JsonOpt = False) -> None:
    """Ingest .txt, .html, .jsonl(.gz) and .warc(.gz) sources into the store."""
    from .engines import make_engine

    options = load_options(db=db, batch_size=batch_size)
    runner = make_engine(engine, workers, address)
    if not paths and not demo:
        raise BlocwatchError("give one or more paths to ingest, or --demo", code="B001")
    bundled = pipeline.demo_sources() if demo else []
    files = [f for f in read.expand(paths or []) if not isinstance(f, ReadFailure)]
    containers = any(str(p).endswith((".jsonl", ".jsonl.gz", ".warc", ".warc.gz"))
                     for _, p in files)
    total = None if containers else len(bundled) + len(files) + sum(
        1 for f in read.expand(paths or []) if isinstance(f, ReadFailure))
    sources = itertools.chain(bundled, pipeline.read_sources(paths or [], options))
    report = _run_ingest(sources, options, as_json, total, runner)
    _print_report(report, as_json)


@app.command()
@friendly
def demo(db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Ingest the bundled seed articles and print what was learned."""
    options = _options(db)
    report = _run_ingest(pipeline.demo_sources(), options, as_json)
    if as_json:
        _print_json(report.as_dict())
        return
    _print_report(report, False)
    with KnowledgeBase(options.db) as kb:
        _summary(kb)


def _said(kb: KnowledgeBase, item_id: str, width: int = 110) -> str:
    """The first sentence behind a fact or event, shortened, with its source."""
    ev = kb.sources(item_id).evidence
    if not ev:
        return ""
    text = " ".join(ev[0].text.split())
    if len(text) > width:
        text = text[:width - 1] + "…"
    return f"“{text}” [dim]({Path(ev[0].source_path).name})[/dim]"


def _summary(kb: KnowledgeBase) -> None:
    """What the store knows, organization by organization, with the sentences behind it."""
    docs = Table(title="Documents and their publication dates")
    for c in ("published", "basis", "confidence", "source", "why"):
        docs.add_column(c, overflow="fold")
    for d in kb.documents():
        docs.add_row(d["published"] or "?", d["published_basis"] or "-",
                     f"{d['published_confidence'] or 0:.2f}", d["source_path"],
                     (d["published_note"] or "")[:160])
    out.print(docs)
    orgs = [r[0] for r in kb.db.execute(
        "SELECT object FROM claims WHERE predicate IN ('holds_position','member_of') AND object "
        "IN (SELECT id FROM entities WHERE kind='organization') GROUP BY object "
        "ORDER BY COUNT(*) DESC LIMIT 4")]
    for org in orgs:
        terms = kb.terms(org)
        if terms:
            _print_terms(kb, f"Office holders of {kb.label(org)}", terms, evidence=True)
        dates = [r[0] for r in kb.db.execute(
            "SELECT DISTINCT date FROM claims WHERE predicate='member_of' AND object=? AND "
            "qualifier='complete_list' ORDER BY date", (org,))]
        for when in dates:
            ans = kb.members(org, when)
            _print_members(ans)
            listed = [c for m in ans.members for c in m.claims if c.date == when]
            if listed:
                out.print(f"  as listed in {_said(kb, listed[0].id)}", highlight=False)
    _print_events(kb.event_rows(), kb)
    _print_conflicts(kb)


# --- queries ------------------------------------------------------------------------------
def _print_members(ans: Any) -> None:
    t = Table(title=f"Members of {ans.organization.name} as of {ans.as_of}")
    for c in ("member", "status", "confidence", "first stated", "last stated", "claims"):
        t.add_column(c)
    for m in ans.members:
        t.add_row(m.country.name, m.status, f"{m.confidence:.2f}", m.first_stated, m.last_stated,
                  str(len(m.claims)))
    for m in ans.not_members:
        t.add_row(f"[dim]{m.country.name}[/dim]", f"[dim]not a member: {m.status}[/dim]",
                  f"{m.confidence:.2f}", m.first_stated, m.last_stated, str(len(m.claims)))
    for m in ans.unknown:
        t.add_row(f"[dim]{m.country.name}[/dim]", f"[dim]unknown: {m.status}[/dim]", "",
                  m.first_stated, m.last_stated, str(len(m.claims)))
    out.print(t)


@app.command()
@friendly
def members(org: str, as_of: Annotated[str | None, typer.Option("--as-of")] = None,
            db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Member states of an organization on a date, each with the claims it rests on."""
    with _kb(db) as kb:
        ans = kb.members(org, as_of)
        if as_json:
            _print_json(ans.as_dict())
        else:
            _print_members(ans)


def _print_terms(kb: KnowledgeBase, title: str, terms: list[Any], evidence: bool = False) -> None:
    t = Table(title=title)
    for c in ["role", "of", "person", "from", "to", "then", "status"]:
        t.add_column(c, overflow="fold")
    t.add_column("says" if evidence else "sources", overflow="fold", no_wrap=not evidence)
    for term in terms:
        last = term.claims[-1].id
        status = term.status + (f" ({term.note})" if term.note else "") + (
            f" {term.confidence:.2f}" if term.status in ("open", "held", "stated") else "")
        t.add_row(term.role, kb.label(term.office_of.id), term.person.name, term.start, term.end,
                  "open" if term.open_end else (term.ended_by or "ended"), status,
                  _said(kb, last, 90) if evidence else _refs(term.claims))
    out.print(t)


@app.command()
@friendly
def officials(org: str, as_of: Annotated[str | None, typer.Option("--as-of")] = None,
              db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Office holders of an organization (and its bodies), in order or on a date."""
    with _kb(db) as kb:
        terms = kb.officials(org, as_of)
        if as_json:
            _print_json([t.as_dict() for t in terms])
        else:
            name = kb.resolve(org).name
            _print_terms(kb, f"Office holders of {name}" + (f" as of {as_of}" if as_of else ""),
                         terms)
            if as_of and not terms:
                out.print("unknown: no claim covers that date")


def _who(e: dict[str, Any], label: Callable[[str], str] | None) -> str:
    """"Russia [RUS] → NATO [IGO]": sources, then targets, with actor codes when coded."""
    def name(p: dict[str, Any]) -> str:
        return label(p["id"]) if label else p["name"]

    codes = {c["entity"]: c["code"] for c in e.get("coded", []) if c.get("entity") and c["code"]}
    parts = [", ".join(name(p) + (f" [{codes[p['id']]}]" if p["id"] in codes else "")
                       for p in group) for group in (e["actors"], e["targets"])]
    return parts[0] + (f" → {parts[1]}" if parts[1] else "")


def _print_events(events: list[dict[str, Any]], kb: KnowledgeBase | None = None,
                  label: Callable[[str], str] | None = None) -> None:
    """Events table; with ``kb`` the evidence sentence replaces the id column."""
    label = label or (kb.label if kb else None)
    reports = sum(len(e["reports"]) for e in events)
    t = Table(title="Events", caption=f"{len(events)} distinct events from {reports} reports")
    columns = ["date", "category", "who", "where", "topics", "reports"]
    for c in columns:
        t.add_column(c, overflow="fold")
    t.add_column("confidence", justify="right", no_wrap=True)
    t.add_column("says" if kb else "id", overflow="fold", no_wrap=not kb)
    for e in events:
        who = _who(e, label)
        t.add_row(e["date"] or "?", f"{e['category']} {e['cameo']}", who,
                  e["location"]["name"] if e["location"] else "", ", ".join(e["topics"]),
                  f"{len(e['reports'])} ({e['evidence']} sentences)",
                  confidence_text(e["confidence"]),
                  _said(kb, e["id"], 90) if kb else e["id"])
    out.print(t)


@app.command()
@friendly
def events(category: Annotated[str | None, typer.Option("--category", help="PLOVER category, "
                                                                        "e.g. THREATEN")] = None,
           actor: Annotated[str | None, typer.Option("--actor", help="entity name or actor "
                                                                     "code (RUS, IGO)")] = None,
           date_from: Annotated[str | None, typer.Option("--from")] = None,
           date_to: Annotated[str | None, typer.Option("--to")] = None,
           topic: Annotated[str | None, typer.Option("--topic")] = None,
           quad: Annotated[int | None, typer.Option("--quad", help="1 verbal cooperation … "
                                                                   "4 material conflict")] = None,
           limit: Annotated[int, typer.Option("--limit", help="at most this many, from "
                                                              "--offset (0: all)")] = 0,
           offset: Annotated[int, typer.Option("--offset")] = 0,
           min_confidence: MinConfidenceOpt = None,
           db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Events, filtered by PLOVER category, participant, date range, topic, quad class and
    confidence."""
    with _kb(db) as kb:
        rows = kb.events(category, actor, date_from, date_to, topic, quad,
                         limit=limit or None, offset=offset, min_confidence=min_confidence)
        if as_json:
            _print_json(rows)
        else:
            _print_events(rows, label=kb.label)


@app.command()
@friendly
def timeline(entities: list[str], db: DbOpt = None, as_json: JsonOpt = False,
             limit: LimitOpt = 200) -> None:
    """Facts, events and quotes involving all the given entities, by date."""
    with _kb(db) as kb:
        items = kb.timeline(*entities, limit=limit or None)
        if as_json:
            _print_json([i.as_dict() for i in items])
            return
        t = Table(title="Timeline: " + " + ".join(entities))
        for c in ("date", "kind", "what"):
            t.add_column(c, overflow="fold")
        t.add_column("id", no_wrap=True)
        for i in items:
            t.add_row(i.date or "?", i.kind, i.summary, i.id)
        out.print(t)
        if limit and len(items) == limit:
            out.print(f"[dim]the first {limit} items; see --limit[/dim]")


@app.command()
@friendly
def show(entity: str, db: DbOpt = None, as_json: JsonOpt = False, limit: LimitOpt = 200) -> None:
    """An entity: its names, facts with sources, events and quotes."""
    with _kb(db) as kb:
        prof = kb.show(entity, limit=limit or None)
        if as_json:
            _print_json(prof.as_dict())
            return
        e = prof.entity
        out.print(f"[bold]{e.name}[/bold] ({e.kind}, {e.id}"
                  f"{', wikidata ' + e.wikidata if e.wikidata else ''})")
        out.print("also written: " + "; ".join(a for a in e.aliases if a != e.name))
        for note in prof.merges:
            out.print(f"  merged: {note}")
        t = Table(title="Facts")
        for c in ("date", "fact"):
            t.add_column(c, overflow="fold")
        t.add_column("id", no_wrap=True)
        for f in prof.facts:
            t.add_row(f["date"] or "", f["summary"], f["id"])
        out.print(t)
        if prof.events:
            _print_events(prof.events, label=kb.label)
        for q in prof.quotes:
            out.print(f"  {q['date'] or ''} “{q['text']}” ({q['id']})")
        cut = {k: n for k, n in prof.totals.items() if n > len(getattr(prof, k))}
        if cut:
            out.print("[dim]first " + ", ".join(f"{len(getattr(prof, k))} of {n} {k}"
                                                for k, n in cut.items()) + "; see --limit[/dim]")


@app.command()
@friendly
def sources(item_id: str, db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """The evidence behind a fact, event or quote: documents, offsets and sentences."""
    with _kb(db) as kb:
        src = kb.sources(item_id)
        if as_json:
            _print_json(src.as_dict())
            return
        out.print(f"[bold]{src.kind}[/bold] {src.id}: {src.summary}")
        for ev in src.evidence:
            out.print(f"\n[dim]{ev.source_path} (published {ev.published or '?'}), "
                      f"characters {ev.start}-{ev.end}[/dim]")
            out.print(f"  {ev.text}", highlight=False)


def _print_conflicts(kb: KnowledgeBase) -> None:
    found = kb.conflicts()
    t = Table(title="Conflicts")
    for c in ("kind", "what", "one side", "other side"):
        t.add_column(c, overflow="fold")
    for c in found:
        sides = [_said(kb, s[0].id, 90) + (f" (+{len(s) - 1} more)" if len(s) > 1 else "")
                 for s in c.sides] + ["", ""]
        t.add_row(c.kind, c.description, sides[0], sides[1])
    out.print(t)


@app.command()
@friendly
def conflicts(db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Claims that disagree: member counts against lists, two holders of one office, event dates."""
    with _kb(db) as kb:
        if as_json:
            _print_json([c.as_dict() for c in kb.conflicts()])
        else:
            _print_conflicts(kb)


@app.command()
@friendly
def entities(kind: Annotated[str | None, typer.Option("--kind")] = None,
             explain: Annotated[str | None, typer.Option("--explain", help="why one entity's "
                                                                             "names were merged")] = None,
             db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Entities with their name variants, or why one entity's variants were merged."""
    with _kb(db) as kb:
        if explain:
            prof = kb.show(explain)
            data = {"entity": prof.entity.as_dict(), "merges": prof.merges}
            if as_json:
                _print_json(data)
            else:
                out.print(f"[bold]{prof.entity.name}[/bold]: " + "; ".join(prof.entity.aliases))
                for m in prof.merges or ["no merges recorded"]:
                    out.print(f"  - {m}")
            return
        rows = kb.entities(kind)
        if as_json:
            _print_json(rows)
            return
        t = Table(title="Entities")
        for c in ("kind", "name", "variants", "mentions", "id"):
            t.add_column(c)
        for r in rows:
            t.add_row(r["kind"], r["name"], "; ".join(a for a in r["aliases"] if a != r["name"])[:80],
                      str(r["mentions"]), r["id"])
        out.print(t)


@app.command()
@friendly
def documents(db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Stored documents with their publication dates, bases and candidates."""
    with _kb(db) as kb:
        rows = kb.documents()
        if as_json:
            _print_json(rows)
            return
        t = Table(title="Documents")
        for c in ("published", "basis", "confidence", "lang", "title", "source", "note"):
            t.add_column(c)
        for d in rows:  # "und": read as another language, stored but not analysed
            t.add_row(d["published"] or "?", d["published_basis"] or "-",
                      f"{d['published_confidence'] or 0:.2f}", d["language"],
                      (d["title"] or "")[:50], d["source_path"], (d["published_note"] or "")[:90])
        out.print(t)


@app.command()
@friendly
def errors(db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Sources that failed to ingest, and why."""
    with _kb(db) as kb:
        rows = kb.failures()
        if as_json:
            _print_json(rows)
            return
        t = Table(title="Failed sources")
        for c in ("when", "source", "code", "reason"):
            t.add_column(c)
        for r in rows:
            t.add_row(r["at"], r["source_path"], r["code"], r["reason"])
        out.print(t)


def _print_check(report: maintenance.CheckReport) -> None:
    counts = ", ".join(f"{n} {t}" for t, n in report.counts.items())
    if report.ok:
        out.print(f"[green]ok[/green] {report.path}: schema {report.schema_version}, {counts}")
        return
    err.print(f"[red]damaged[/red] [B420] {report.path}: schema {report.schema_version}, {counts}",
              highlight=False)
    for kind, n in report.totals.items():
        err.print(f"  {n} {kind}", highlight=False)
    for p in report.problems:
        err.print(escape(f"  [{p.kind}] {p.detail}"), highlight=False)


@app.command()
@friendly
def check(db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """Verify a store: schema version, integrity, foreign keys, evidence offsets, orphans.

    Exits with status 1 when it finds a problem, listing each kind with its count."""
    report = maintenance.check(_options(db).db)
    if as_json:
        _print_json(report.as_dict())
    else:
        _print_check(report)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
@friendly
def backup(dest: Annotated[str, typer.Argument(help="file to write the copy to")],
           db: DbOpt = None,
           force: Annotated[bool, typer.Option("--force", help="replace an existing file")] = False,
           as_json: JsonOpt = False) -> None:
    """Copy the store consistently (SQLite online backup), even while an ingest writes to it.

    The copy is checked; status 1 when it (and so the store) has problems."""
    result = maintenance.backup(_options(db).db, dest, force=force)
    if as_json:
        _print_json(result.as_dict())
    else:
        c = result.check.counts
        out.print(f"backed up {result.source} to {result.destination}: {result.bytes} bytes, "
                  f"{c.get('documents', 0)} documents, {c.get('claims', 0)} facts "
                  f"({result.seconds:.2f}s)")
        _print_check(result.check)
    if not result.check.ok:
        raise typer.Exit(1)


@app.command()
@friendly
def restore(backup_file: Annotated[str, typer.Argument(help="a file written by `blocwatch backup`")],
            db: DbOpt = None,
            force: Annotated[bool, typer.Option("--force", help="replace an existing store")] = False,
            as_json: JsonOpt = False) -> None:
    """Put a checked backup in place of the store."""
    result = maintenance.restore(backup_file, _options(db).db, force=force)
    if as_json:
        _print_json(result.as_dict())
        return
    c = result.check.counts
    out.print(f"restored {result.destination} from {result.source}: {c.get('documents', 0)} "
              f"documents, {c.get('claims', 0)} facts ({result.seconds:.2f}s)")


EXPORT_FORMATS = ("jsonl", "csv", "plover", "cameo-tsv")


@app.command("export")
@friendly
def export_cmd(fmt: Annotated[str, typer.Option("--format", help="jsonl, csv, plover (PLOVER "
                                                                 "JSON Lines) or cameo-tsv")] = "jsonl",
               out_path: Annotated[str | None, typer.Option("--out", help="file (jsonl, plover, "
                                                                           "cameo-tsv) or folder "
                                                                           "(csv); files default "
                                                                           "to stdout")] = None,
               min_confidence: MinConfidenceOpt = None,
               db: DbOpt = None) -> None:
    """Export the store as JSON Lines (docs/export-schema.json), CSV tables, PLOVER JSON Lines
    or CAMEO TSV (events only; docs/plover.md), optionally only events of some confidence."""
    if fmt not in EXPORT_FORMATS:
        raise BlocwatchError(f"unknown format {fmt!r}: use jsonl, csv, plover or cameo-tsv",
                             code="B002")
    check_min_confidence(min_confidence)  # before --out is opened, so a bad value leaves it be
    writers = {"jsonl": export_mod.write_jsonl, "plover": export_mod.write_plover,
               "cameo-tsv": export_mod.write_cameo_tsv}
    with _kb(db) as kb:
        if fmt == "csv":
            folder = Path(out_path or "export")
            counts = export_mod.write_csv(kb, folder, min_confidence=min_confidence)
            err.print(f"wrote {sum(counts.values())} records to {folder}/ "
                      + ", ".join(f"{k}s: {v}" for k, v in counts.items()))
        elif out_path:
            with open(out_path, "w", encoding="utf-8", newline="") as fh:
                n = writers[fmt](kb, fh, min_confidence=min_confidence)
            err.print(f"wrote {n} records to {out_path}")
        else:
            writers[fmt](kb, sys.stdout, min_confidence=min_confidence)


@app.command("eval")
@friendly
def eval_cmd(gold_dir: str, db: DbOpt = None, as_json: JsonOpt = False,
             show_misses: Annotated[bool, typer.Option("--misses", help="list unmatched items")] = False,
             inputs: Annotated[list[str] | None, typer.Option(
                 "--input", help="ingest these sources (e.g. the gold's docs.jsonl) into a new "
                                 "temporary store and score it; --db keeps it there instead")] = None,
             only: Annotated[str | None, typer.Option(
                 "--only", help="score only these gold documents (stems, comma-separated)")] = None,
             split: Annotated[str | None, typer.Option(
                 "--split", help="score one half of the development split: read or held "
                                 "(docs/evaluation.md)")] = None,
             by_pattern: Annotated[bool, typer.Option(
                 "--by-pattern", help="precision of each extractor rule")] = False,
             ) -> None:
    """Score the store against gold files: precision, recall and F1 per kind."""
    import tempfile

    if show_misses and split == "held":
        raise BlocwatchError("the held half is scored by its figures alone; --misses works on "
                             "--split read or without --split", code="B524")
    with tempfile.TemporaryDirectory(prefix="blocwatch-eval-") as tmp:
        if inputs:
            if db is not None and Path(db).exists():
                raise BlocwatchError(f"--input builds a new store, but {db} exists; name a new "
                                     f"path or leave --db out", code="B523")
            options = load_options(db=db or str(Path(tmp) / "eval.db"))
            report = _run_ingest(pipeline.read_sources(inputs, options), options, True)
            if report.failed:
                for source, code, reason in report.failed:
                    err.print(f"[red]failed[/red] {source}: [{code}] {reason}", highlight=False)
            db = options.db
        with _kb(db) as kb:
            result = evaluate(kb, gold_dir, only=only.split(",") if only else None, split=split)
    if as_json:
        _print_json(result)
        return
    scope = f", split {split}" if split else ""
    t = Table(title=f"Evaluation against {gold_dir} ({result['documents']} documents{scope})")
    for c in ("kind", "tp", "fp", "fn", "precision", "recall", "F1"):
        t.add_column(c)
    for kind, s in {**result["kinds"], "facts (micro)": result["facts_micro"]}.items():
        t.add_row(kind, str(s["tp"]), str(s["fp"]), str(s["fn"]), f"{s['precision']:.3f}",
                  f"{s['recall']:.3f}", f"{s['f1']:.3f}")
    out.print(t)
    out.print(f"publication dates right: {result['published_accuracy']:.1%}")
    if result["missing_documents"]:
        out.print(f"[yellow]not in the store:[/yellow] {', '.join(result['missing_documents'])}")
    if by_pattern:
        p = Table(title="Claims and meetings by extractor rule")
        for c in ("rule", "matched", "unmatched", "precision"):
            p.add_column(c)
        for rule, v in result["patterns"].items():
            p.add_row(rule, str(v["tp"]), str(v["fp"]), f"{v['precision']:.3f}")
        out.print(p)
    if show_misses:
        for kind, items in result["misses"].items():
            for m in items:
                out.print(f"[red]miss[/red] {kind}: {m}", highlight=False)
        for kind, items in result["extras"].items():
            for m in items:
                out.print(f"[yellow]extra[/yellow] {kind}: {m}", highlight=False)


@app.command()
@friendly
def serve(db: DbOpt = None,
          host: Annotated[str, typer.Option("--host", help="address to bind; only this machine "
                                                           "by default")] = "127.0.0.1",
          port: Annotated[int, typer.Option("--port")] = 8000) -> None:
    """Web UI and HTTP API over the store (writes need $BLOCWATCH_TOKEN); see docs/api.md."""
    import uvicorn

    from .web import create_app

    options = _options(db)
    web_app = create_app(options)
    err.print(f"serving {options.db} on http://{host}:{port}/ (API under /api; "
              f"writes {'enabled' if options.token else 'disabled: no token'})", highlight=False)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]note:[/yellow] bound to {host}: other machines can reach this server",
                  highlight=False)
    # Keep idle connections open longer than uvicorn's 5 s default: a client that reuses a
    # keep-alive connection just as the server drops it sees "connection reset" on a busy
    # machine (a slow ingest starves the loop); 30 s makes that race rare for real clients.
    uvicorn.run(web_app, host=host, port=port, log_level="warning", timeout_keep_alive=30)


def main() -> None:
    if not sys.stdout.isatty() and "COLUMNS" not in os.environ:
        out.width = 140  # piped output: wide enough for the tables, not the 80-column default
    app()
