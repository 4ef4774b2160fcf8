"""Browsing queries: a store → search hits, documents with their spans, fact spans, charts' data.

Plain functions over a ``KnowledgeBase`` that the HTTP API and the web pages share (as
``export`` does): full-text search (SQLite FTS5, ranked by BM25, with snippets), one document
with every mention and evidence span, an entity's facts grouped with their time spans, an
organization's members year by year, the entities around one entity, and filtered timelines.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

from .errors import QueryError
from .kb import KnowledgeBase
from .knowledge import norm

MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
MEMBER_STATUSES = ("stated", "held", "open")
MAX_SEARCH_WORDS = 12


def match_expression(query: str) -> str:
    """A safe FTS5 query from free text: each word quoted, the last one also as a prefix
    unless something follows it ("secur" finds "security"; "the " only "the")."""
    words = re.findall(r"\w+", query)[:MAX_SEARCH_WORDS]
    if not words:
        raise QueryError(f"nothing to search for in {query!r}: give at least one word",
                         code="B507")
    ended = not re.search(r"\w$", query) and len(re.findall(r"\w+", query)) <= MAX_SEARCH_WORDS
    return " ".join([*(f'"{w}"' for w in words[:-1]), f'"{words[-1]}"' + ("" if ended else "*")])


def _unmark(text: str) -> tuple[str, list[list[int]]]:
    """Snippet text without FTS markers, and the [start, end) offsets the markers enclosed."""
    out: list[str] = []
    spans: list[list[int]] = []
    start = None
    for ch in text:
        if ch == MARK_OPEN:
            start = sum(map(len, out))
        elif ch == MARK_CLOSE and start is not None:
            spans.append([start, sum(map(len, out))])
            start = None
        else:
            out.append(ch)
    return "".join(out), spans


# A word this common is ranked among the documents that were added last (see ``search``):
# BM25 costs about a microsecond per matching document, so this bounds a search's time.
RANK_AT_MOST = 20_000


def _ranked(kb: KnowledgeBase, table: str, kind: str, expression: str, limit: int,
            after: int | None) -> list[Any]:
    """The best ``limit`` rows of ``table`` for ``expression`` by BM25 (title 8 times the
    text), with snippets; ``after`` keeps rows added after that one (rowids follow
    ``search_keys``).  A store from before schema 6 holds both kinds in ``search_fts``: the
    ``kind`` filter picks one (reading every match's row, which is what schema 6 avoids)."""
    legacy = table == "search_fts" and not kb.search_split
    return kb.db.execute(
        f"SELECT ref, snippet({table}, -1, ?, ?, '…', 16) AS snip, "  # noqa: S608
        f"bm25({table}, 0.0, 0.0, 8.0, 1.0) AS score FROM {table} WHERE {table} MATCH ? "
        f"{'AND kind=? ' if legacy else ''}{'AND rowid > ? ' if after is not None else ''}"
        f"ORDER BY score LIMIT ?",
        (MARK_OPEN, MARK_CLOSE, expression, *((kind,) if legacy else ()),
         *((after,) if after is not None else ()), limit)).fetchall()


def search(kb: KnowledgeBase, query: str, limit: int = 20,
           rank_at_most: int = RANK_AT_MOST) -> dict[str, Any]:
    """Entities (by name and variants) and documents (by title and text) matching ``query``,
    each kind ranked by BM25 (titles weigh 8 times the text).

    Every matching entity is ranked.  Documents too, unless more than ``rank_at_most`` match
    (a very common word): then the best are taken among the ``rank_at_most`` matching
    documents added last, and ``ranking`` says so (``all_matches`` false, ``ranked``, ``note``).
    """
    expression = match_expression(query)
    found: dict[str, list[dict[str, Any]]] = {"entity": [], "document": []}
    ranking: dict[str, Any] = {"all_matches": True}
    after = None
    row = kb.db.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid "
                        "DESC LIMIT 1 OFFSET ?", (expression, rank_at_most)).fetchone() \
        if kb.search_split else None
    if row is not None:
        after = row[0]
        ranking = {"all_matches": False, "ranked": rank_at_most,
                   "note": f"more than {rank_at_most:,} documents match: these are the best "
                           f"of the {rank_at_most:,} added last"}
    tables = {"entity": "search_entities" if kb.search_split else "search_fts",
              "document": "search_fts"}
    for kind in found:
        rows = _ranked(kb, tables[kind], kind, expression, limit,
                       after if kind == "document" else None)
        for r in rows:
            snippet, spans = _unmark(r["snip"])
            hit: dict[str, Any] = {"id": r["ref"], "snippet": snippet, "highlights": spans,
                                   "score": round(-r["score"], 3)}
            if kind == "entity":
                e = kb.db.execute("SELECT kind, name, (SELECT COUNT(*) FROM mentions m WHERE "
                                  "m.entity_id=e.id) AS n FROM entities e WHERE id=?",
                                  (r["ref"],)).fetchone()
                if e is None:
                    continue
                hit |= {"kind": e["kind"], "name": e["name"], "mentions": e["n"]}
            else:
                d = kb.db.execute("SELECT title, published, source_path FROM documents WHERE id=?",
                                  (r["ref"],)).fetchone()
                if d is None:
                    continue
                hit |= {"title": d["title"], "published": d["published"],
                        "source_path": d["source_path"]}
            found[kind].append(hit)
    named = {r[0] for r in kb.db.execute("SELECT entity_id FROM aliases WHERE norm=?",
                                         (norm(query),))}
    for hit in found["entity"]:
        hit["exact"] = hit["id"] in named
    found["entity"].sort(key=lambda h: (not h["exact"], -h["score"], -h["mentions"]))
    return {"query": query, "entities": found["entity"], "documents": found["document"],
            "ranking": ranking}


def entity_list(kb: KnowledgeBase, kind: str | None = None, limit: int | None = None,
                offset: int = 0) -> list[dict[str, Any]]:
    """``kb.entities(kind)`` one page at a time: most mentioned first, names only for the page."""
    rows = kb.db.execute(
        "SELECT e.id, (SELECT COUNT(*) FROM mentions m WHERE m.entity_id=e.id) AS mentions "
        "FROM entities e WHERE (? IS NULL OR e.kind=?) ORDER BY e.kind, mentions DESC, e.name "
        "LIMIT ? OFFSET ?", (kind, kind, -1 if limit is None else limit, offset)).fetchall()
    out = []
    for r in rows:
        rec = kb.entity(r["id"]).as_dict() | {"mentions": r["mentions"]}
        rec["merges"] = [m[0] for m in kb.db.execute(
            "SELECT DISTINCT note FROM merges WHERE entity_id=? ORDER BY note", (r["id"],))]
        out.append(rec)
    return out


def _event_report_summary(kb: KnowledgeBase, report_id: str) -> tuple[str, str]:
    ev = kb.event(report_id)
    return ev["id"], kb.describe_event(ev)


def document(kb: KnowledgeBase, doc_id: str) -> dict[str, Any]:
    """One stored document: cleaned text, mentions (with entities) and evidence spans."""
    row = kb.db.execute(
        "SELECT id, source_path, url, title, outlet, published, published_precision, "
        "published_basis, published_confidence, published_note, language, text, ingested_at "
        "FROM documents WHERE id=?", (doc_id,)).fetchone()
    if row is None:
        raise QueryError(f"no document with id {doc_id}; `blocwatch documents` lists them",
                         code="B508")
    mentions = [
        {"start": m["start"], "end": m["end"], "text": m["text"], "entity": m["entity_id"],
         "kind": m["kind"], "name": m["name"]}
        for m in kb.db.execute(
            "SELECT m.start, m.end, m.text, m.entity_id, e.kind, e.name FROM mentions m "
            "JOIN entities e ON e.id = m.entity_id WHERE m.document_id=? ORDER BY m.start, m.end",
            (doc_id,))]
    summaries: dict[str, tuple[str, str]] = {}
    for c in kb.db.execute("SELECT * FROM claims WHERE document_id=?", (doc_id,)):
        summaries[c["id"]] = (c["id"], kb.describe_claim(c))
    for (eid,) in kb.db.execute("SELECT id FROM events WHERE document_id=?", (doc_id,)):
        summaries[eid] = _event_report_summary(kb, eid)
    for q in kb.db.execute("SELECT q.id, q.text, e.name FROM quotes q LEFT JOIN entities e ON "
                           "e.id = q.speaker WHERE q.document_id=?", (doc_id,)):
        summaries[q["id"]] = (q["id"], f"{q['name'] or 'unknown speaker'}: “{q['text']}”")
    evidence = []
    for v in kb.db.execute("SELECT owner_id, owner_type, start, end FROM evidence WHERE "
                           "document_id=? ORDER BY start, owner_id", (doc_id,)):
        item, summary = summaries.get(v["owner_id"], (v["owner_id"], ""))
        evidence.append({"owner": v["owner_id"], "kind": {"claim": "fact"}.get(
            v["owner_type"], v["owner_type"]), "item": item, "start": v["start"], "end": v["end"],
            "summary": summary})
    learned: dict[str, list[dict[str, str]]] = {"facts": [], "events": [], "quotes": []}
    for owner, (item, summary) in summaries.items():
        kind = "facts" if owner.startswith("fact:") else "events" if owner.startswith(
            "event:") else "quotes"
        learned[kind].append({"id": owner, "item": item, "summary": summary})
    for items in learned.values():
        items.sort(key=lambda i: i["summary"])
    entities = sorted({(m["entity"], m["name"], m["kind"]) for m in mentions},
                      key=lambda e: (e[2], e[1]))
    return {"document": dict(row), "mentions": mentions, "evidence": evidence,
            "entities": [{"id": i, "name": n, "kind": k} for i, n, k in entities], **learned}


def _undated(kb: KnowledgeBase, row: Any) -> str:
    if row["predicate"] in ("chairs", "founded"):
        return kb.describe_claim(row)
    return kb.describe_claim(dict(row) | {"date": None})


def fact_groups(kb: KnowledgeBase, entity_id: str, limit: int | None = None
                ) -> list[dict[str, Any]]:
    """An entity's facts by predicate; within it one group per statement with its time span
    (from its first ``limit`` facts in date order, when given)."""
    ent = kb.resolve(entity_id)
    groups: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = defaultdict(dict)
    cap = f" LIMIT {int(limit)}" if limit is not None else ""
    for r in kb.db.execute("SELECT * FROM (SELECT * FROM claims WHERE subject=:e UNION SELECT * "
                           "FROM claims WHERE object=:e) ORDER BY date, id" + cap, {"e": ent.id}):
        key = (r["subject"], r["object"], r["value"], (r["role"] or "").lower(),
               r["date"] if r["predicate"] in ("chairs", "founded") else None)
        group = groups[r["predicate"]].setdefault(key, {"summary": _undated(kb, r), "first": None,
                                                        "last": None, "facts": []})
        if r["date"]:
            group["first"] = min(filter(None, (group["first"], r["date"])))
            group["last"] = max(filter(None, (group["last"], r["date"])))
        group["facts"].append({"id": r["id"], "date": r["date"], "qualifier": r["qualifier"],
                               "document": r["document_id"], "confidence": r["confidence"]})
    return [{"predicate": p, "groups": sorted(g.values(), key=lambda x: (x["first"] or "",
                                                                           x["summary"]))}
            for p, g in sorted(groups.items())]


def membership_years(kb: KnowledgeBase, org: str) -> dict[str, Any]:
    """Member states of ``org`` year by year, from its first to its last dated member claim."""
    organization = kb.resolve(org, ("organization",))
    years = [int(r[0]) for r in kb.db.execute(
        "SELECT DISTINCT substr(date, 1, 4) FROM claims WHERE predicate='member_of' AND object=? "
        "AND date IS NOT NULL AND subject NOT IN (SELECT id FROM entities WHERE kind='person') "
        "ORDER BY 1", (organization.id,))]  # a person's seat is no member state (memb19)
    span = list(range(years[0], years[-1] + 1)) if years else []
    rows: dict[str, dict[str, Any]] = {}
    for year in span:
        answer = kb.members(organization.id, str(year))
        for group in (answer.members, answer.not_members, answer.unknown):
            for m in group:
                row = rows.setdefault(m.country.id, {"id": m.country.id, "name": m.country.name,
                                                     "years": {}})
                row["years"][str(year)] = {"status": m.status,
                                           "member": m.status in MEMBER_STATUSES,
                                           "claims": [c.id for c in m.claims]}
    countries = sorted(rows.values(), key=lambda r: r["name"])
    return {"organization": organization.as_dict(), "years": span, "countries": countries}


def bodies(kb: KnowledgeBase, org_id: str) -> list[dict[str, Any]]:
    return [dict(r) for r in kb.db.execute(
        "SELECT id, name, (SELECT COUNT(*) FROM mentions m WHERE m.entity_id=e.id) AS mentions "
        "FROM entities e WHERE parent=? AND kind='body' ORDER BY name", (org_id,))]


def neighbours(kb: KnowledgeBase, entity: str, limit: int = 24) -> dict[str, Any]:
    """Entities linked to ``entity`` by a fact or by taking part in the same event."""
    centre = kb.resolve(entity)
    edges: dict[tuple[str, str], dict[str, Any]] = {}

    def add(other: str, label: str, item: str) -> None:
        edge = edges.setdefault((other, label), {"target": other, "label": label, "items": []})
        if item not in edge["items"]:
            edge["items"].append(item)

    for r in kb.db.execute("SELECT id, predicate, subject, object, role FROM claims WHERE "
                           "(subject=? OR object=?) AND object IS NOT NULL AND subject != object",
                           (centre.id, centre.id)):
        other = r["object"] if r["subject"] == centre.id else r["subject"]
        add(other, r["role"] or r["predicate"].replace("_", " "), r["id"])
    for r in kb.db.execute(
            "SELECT DISTINCT c.cluster_id, p2.entity_id FROM event_participants p JOIN "
            "event_clusters c ON c.event_id = p.event_id JOIN event_clusters c2 ON "
            "c2.cluster_id = c.cluster_id JOIN event_participants p2 ON p2.event_id = c2.event_id "
            "WHERE p.entity_id=? AND p2.entity_id != ?", (centre.id, centre.id)):
        add(r["entity_id"], "same event", r["cluster_id"])
    weight: dict[str, int] = defaultdict(int)
    for (other, _), edge in edges.items():
        weight[other] += len(edge["items"])
    chosen = sorted(weight, key=lambda o: (-weight[o], o))[:limit]
    nodes = []
    for other in chosen:
        row = kb.db.execute("SELECT id, kind, name FROM entities WHERE id=?", (other,)).fetchone()
        if row is not None:
            nodes.append(dict(row) | {"weight": weight[other]})
    kept = {n["id"] for n in nodes}
    return {"entity": centre.as_dict(), "nodes": nodes,
            "edges": sorted((e for e in edges.values() if e["target"] in kept),
                            key=lambda e: (e["target"], e["label"]))}


def vocabulary(kb: KnowledgeBase) -> dict[str, list[str]]:
    """The event categories, topics, fact predicates and entity kinds the store holds."""
    topics: set[str] = set()
    for (value,) in kb.db.execute("SELECT DISTINCT topics FROM events"):
        topics.update(json.loads(value or "[]"))
    return {
        "categories": [r[0] for r in kb.db.execute("SELECT DISTINCT category FROM events ORDER BY 1")],
        "topics": sorted(topics),
        "predicates": [r[0] for r in kb.db.execute("SELECT DISTINCT predicate FROM claims ORDER BY 1")],
        "kinds": [r[0] for r in kb.db.execute("SELECT DISTINCT kind FROM entities ORDER BY 1")],
    }


def timeline(kb: KnowledgeBase, names: list[str], category: str | None = None,
             topic: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Facts, events and quotes involving every named entity; ``category`` keeps events of that
    PLOVER category and facts of that predicate, ``topic`` keeps events on that topic;
    ``limit`` keeps the first items (read through the store's indexes when not filtering)."""
    filtered = bool(category or topic)
    out: list[dict[str, Any]] = []
    for item in kb.timeline(*names, limit=None if filtered else limit):
        if limit is not None and len(out) >= limit:
            break
        rec = item.as_dict()
        if item.kind == "event":
            ev = kb.event(item.id)
            rec |= {"category": ev["category"], "topics": ev["topics"]}
            if category and ev["category"] != category or topic and topic not in ev["topics"]:
                continue
        elif topic:
            continue
        elif category:
            if item.kind != "fact" or kb.db.execute("SELECT predicate FROM claims WHERE id=?",
                                                    (item.id,)).fetchone()[0] != category:
                continue
        out.append(rec)
    return out


def confidence_text(value: float | None) -> str:
    """An event's confidence as the CLI and the pages show it: two decimals, or a dash for an
    event no model scores (meetings), so that a blank is not read as zero."""
    return "–" if value is None else f"{value:.2f}"


def events(kb: KnowledgeBase, category: str | None = None, actor: str | None = None,
           topic: str | None = None, date_from: str | None = None,
           date_to: str | None = None, quad: int | None = None, limit: int | None = None,
           offset: int = 0, min_confidence: float | None = None) -> list[dict[str, Any]]:
    """Distinct events filtered as ``blocwatch events`` does (one page of them when ``limit``
    is given); with summaries."""
    rows = kb.events(category, actor, date_from, date_to, topic, quad, limit=limit, offset=offset,
                     min_confidence=min_confidence)
    return [ev | {"summary": kb.describe_event(ev)} for ev in rows]
