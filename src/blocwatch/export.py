"""Export: the store → JSON Lines (the stable contract, docs/export-schema.json), CSV tables,
PLOVER JSON Lines or CAMEO TSV.

JSON Lines carries one record per line, ``type`` first: documents, entities, facts, events,
quotes.  CSV writes one table per record type, list fields joined with " | " and evidence
as a JSON string, for spreadsheet users.  ``plover`` writes one event a line with PLOVER's
field names (id, date, event, mode, context, source, target, event_text, text) plus our
provenance; ``cameo-tsv`` one event a row for CAMEO tools (docs/plover.md).

Every writer takes ``min_confidence``: coded events scoring less are left out by the same rule
as ``KnowledgeBase.events`` (meetings, not scored, stay); the other records are unchanged.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import IO, Any

from .kb import KnowledgeBase, check_min_confidence, passes_confidence

RECORD_TYPES = ("document", "entity", "fact", "event", "quote")
FIELDS: dict[str, list[str]] = {
    "document": ["type", "id", "source_path", "url", "title", "outlet", "published",
                 "published_precision", "published_basis", "language", "text"],
    "entity": ["type", "id", "kind", "name", "aliases", "wikidata"],
    "fact": ["type", "id", "predicate", "subject", "object", "value", "role", "qualifier", "date",
             "date_precision", "confidence", "document", "evidence"],
    "event": ["type", "id", "category", "cameo", "actors", "targets", "date", "date_precision",
              "location", "topics", "trigger", "document", "reports", "evidence", "quad", "mode",
              "aux_mode", "context", "coded", "extractor", "confidence"],
    "quote": ["type", "id", "speaker", "text", "date", "document", "evidence"],
}


def _evidence(kb: KnowledgeBase, owner: str) -> list[dict[str, Any]]:
    return [{"document": r["document_id"], "start": r["start"], "end": r["end"], "text": r["text"]}
            for r in kb.db.execute("SELECT * FROM evidence WHERE owner_id=? ORDER BY position",
                                   (owner,))]


def records(kb: KnowledgeBase, min_confidence: float | None = None
            ) -> Iterator[dict[str, Any]]:
    """Every record of the store in export form, documents first; events scoring under
    ``min_confidence`` left out. A bad minimum raises B555 here, before the first record."""
    check_min_confidence(min_confidence)
    return _records(kb, min_confidence)


def _records(kb: KnowledgeBase, min_confidence: float | None) -> Iterator[dict[str, Any]]:
    db = kb.db
    for r in db.execute("SELECT * FROM documents ORDER BY id"):
        yield {"type": "document", "id": r["id"], "source_path": r["source_path"], "url": r["url"],
               "title": r["title"], "outlet": r["outlet"], "published": r["published"],
               "published_precision": r["published_precision"],
               "published_basis": r["published_basis"], "language": r["language"],
               "text": r["text"]}
    for r in db.execute("SELECT * FROM entities ORDER BY id"):
        aliases = [a[0] for a in db.execute("SELECT alias FROM aliases WHERE entity_id=? "
                                            "ORDER BY alias", (r["id"],))]
        yield {"type": "entity", "id": r["id"], "kind": r["kind"], "name": r["name"],
               "aliases": aliases, "wikidata": r["wikidata"]}
    for r in db.execute("SELECT * FROM claims ORDER BY id"):
        yield {"type": "fact", "id": r["id"], "predicate": r["predicate"], "subject": r["subject"],
               "object": r["object"], "value": r["value"], "role": r["role"],
               "qualifier": r["qualifier"], "date": r["date"],
               "date_precision": r["date_precision"], "confidence": r["confidence"],
               "document": r["document_id"], "evidence": _evidence(kb, r["id"])}
    for (cluster,) in db.execute("SELECT DISTINCT cluster_id FROM event_clusters ORDER BY 1"):
        ev = kb.event(cluster)  # one record per distinct event, every report's evidence in it
        if not passes_confidence(ev, min_confidence):
            continue
        yield {"type": "event", "id": ev["id"], "category": ev["category"], "cameo": ev["cameo"],
               "actors": [a["id"] for a in ev["actors"]],
               "targets": [t["id"] for t in ev["targets"]],
               "date": ev["date"], "date_precision": ev["date_precision"],
               "location": ev["location"]["id"] if ev["location"] else None,
               "topics": ev["topics"], "trigger": ev["trigger"], "document": ev["document"],
               "reports": [r["id"] for r in ev["reports"]],
               "evidence": [e for r in ev["reports"] for e in _evidence(kb, r["id"])],
               "quad": ev["quad"], "mode": ev["mode"], "aux_mode": aux_mode(kb, ev),
               "context": ev["context"], "coded": ev["coded"], "extractor": ev["extractor"],
               "confidence": ev["confidence"]}
    for r in db.execute("SELECT * FROM quotes ORDER BY id"):
        yield {"type": "quote", "id": r["id"], "speaker": r["speaker"], "text": r["text"],
               "date": r["date"], "document": r["document_id"],
               "evidence": _evidence(kb, r["id"])}


HISTORICAL_DAYS = 31


def aux_mode(kb: KnowledgeBase, ev: dict[str, Any]) -> str | None:
    """PLOVER's auxiliary mode: "historical" for an event that ended more than a month before
    the report that tells it was published (background, not news), else None."""
    row = kb.db.execute("SELECT published FROM documents WHERE id=?", (ev["document"],)).fetchone()
    if not ev.get("date") or row is None or not row["published"]:
        return None
    try:
        published = date.fromisoformat(row["published"][:10])
        last = _last_day(ev["date"])
    except ValueError:
        return None
    return "historical" if (published - last).days > HISTORICAL_DAYS else None


def _last_day(value: str) -> date:
    """The last day a date of year, month or day precision can mean ("2005" → 2005-12-31)."""
    if len(value) == 4:
        return date(int(value), 12, 31)
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return date.fromisoformat(value[:10])


def write_jsonl(kb: KnowledgeBase, out: IO[str], min_confidence: float | None = None) -> int:
    n = 0
    for rec in records(kb, min_confidence):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return json.dumps(value, ensure_ascii=False)
        return " | ".join(str(v) for v in value)
    return value


def write_csv(kb: KnowledgeBase, folder: Path, min_confidence: float | None = None
              ) -> dict[str, int]:
    """One CSV per record type in ``folder``: documents.csv, entities.csv, facts.csv, …"""
    rows = records(kb, min_confidence)  # a bad minimum fails before any table is touched
    folder.mkdir(parents=True, exist_ok=True)
    handles: dict[str, tuple[IO[str], csv.DictWriter]] = {}
    counts = dict.fromkeys(RECORD_TYPES, 0)
    try:
        for kind in RECORD_TYPES:
            fh = (folder / f"{kind}s.csv" if kind != "entity" else folder / "entities.csv").open(
                "w", newline="", encoding="utf-8")
            writer = csv.DictWriter(fh, fieldnames=FIELDS[kind])
            writer.writeheader()
            handles[kind] = (fh, writer)
        for rec in rows:
            handles[rec["type"]][1].writerow({k: _cell(v) for k, v in rec.items()})
            counts[rec["type"]] += 1
    finally:
        for fh, _ in handles.values():
            fh.close()
    return counts


# --- event-data formats -----------------------------------------------------------------------
CAMEO_TSV_COLUMNS = ("date", "source", "target", "cameo", "quad", "document", "sentence")


def _coded(ev: dict[str, Any], role: str, kb: KnowledgeBase) -> list[dict[str, Any]]:
    out = [{"text": c["text"], "code": c["code"], "sector": c["sector"], "entity": c["entity"]}
           for c in ev["coded"] if c["role"] == role]
    if not out:  # events stored before actors were coded: their linked entities
        for p in ev["actors" if role == "source" else "targets"]:
            out.append({"text": p["name"], "code": None, "sector": None, "entity": p["id"]})
    return out


def plover_records(kb: KnowledgeBase, **filters: Any) -> Iterator[dict[str, Any]]:
    """Events with PLOVER's field names, one per distinct event, with provenance; ``filters``
    are ``KnowledgeBase.events``'s (``min_confidence`` among them), checked before the first."""
    return (_plover_record(kb, ev) for ev in kb.events(**filters))


def _plover_record(kb: KnowledgeBase, ev: dict[str, Any]) -> dict[str, Any]:
    evidence = [e for r in ev["reports"] for e in _evidence(kb, r["id"])]
    return {"id": ev["id"], "date": ev["date"], "event": ev["category"], "mode": ev["mode"],
            "aux_mode": aux_mode(kb, ev), "context": ev["context"],
            "source": _coded(ev, "source", kb),
            "target": _coded(ev, "target", kb), "event_text": ev["trigger"],
            "text": evidence[0]["text"] if evidence else None,
            "cameo": ev["cameo"], "quad": ev["quad"], "date_precision": ev["date_precision"],
            "location": ev["location"]["name"] if ev["location"] else None,
            "topics": ev["topics"], "document": ev["document"],
            "reports": [r["id"] for r in ev["reports"]], "evidence": evidence,
            "extractor": ev["extractor"], "confidence": ev.get("confidence")}


def write_plover(kb: KnowledgeBase, out: IO[str], **filters: Any) -> int:
    n = 0
    for rec in plover_records(kb, **filters):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _tsv(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())


def write_cameo_tsv(kb: KnowledgeBase, out: IO[str], **filters: Any) -> int:
    """One row per event: date, source codes, target codes, CAMEO code, quad class, document
    and evidence sentence (several codes joined with ";"), under a header row."""
    events = plover_records(kb, **filters)  # bad filters fail before the header is written
    out.write("\t".join(CAMEO_TSV_COLUMNS) + "\n")
    n = 0
    for rec in events:
        sources = ";".join(dict.fromkeys(a["code"] for a in rec["source"] if a["code"]))
        targets = ";".join(dict.fromkeys(a["code"] for a in rec["target"] if a["code"]))
        row = (rec["date"], sources, targets, rec["cameo"], rec["quad"], rec["document"],
               rec["text"])
        out.write("\t".join(_tsv(v) for v in row) + "\n")
        n += 1
    return n
