"""Web pages: requests → server-rendered HTML over the same queries as the API.

Jinja2 templates with autoescaping on; article text is untrusted and reaches the page only
escaped (``markup`` builds the highlighted document text piece by piece from escaped text).
Charts are inline SVG whose geometry ``charts`` computes on the server; the only assets are a
vendored classless stylesheet (water.css, from the npm registry) and a small one of our own.
"""

from __future__ import annotations

from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from . import charts, explore
from .errors import BlocwatchError, QueryError
from .web import KB

PAGE_LIMIT = 500  # rows of one kind on a page; the API pages through more with ?limit

ENV = Environment(loader=PackageLoader("blocwatch", "templates"),
                  autoescape=select_autoescape(default=True, default_for_string=True))


def entity_url(entity_id: str) -> str:
    return "/entities/" + quote(entity_id, safe=":")


def document_url(doc_id: str, focus: str | None = None) -> str:
    url = "/documents/" + quote(doc_id, safe=":")
    return f"{url}?{urlencode({'focus': focus})}#focus" if focus else url


def source_url(item_id: str) -> str:
    return "/sources/" + quote(item_id, safe=":")


def safe_link(url: str | None) -> str | None:
    """A document's own URL, only when it is plain http(s): never javascript: or data:."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def highlighted(snippet: str, spans: list[list[int]]) -> Markup:
    """A search snippet with its matched words in <mark>, everything else escaped."""
    out, last = [], 0
    for start, end in sorted(spans):
        out.append(escape(snippet[last:start]))
        out.append(Markup("<mark>%s</mark>") % snippet[start:end])
        last = end
    out.append(escape(snippet[last:]))
    return Markup("").join(out)


def markup(text: str, mentions: list[dict[str, Any]], evidence: list[dict[str, Any]],
           focus: str | None = None) -> Markup:
    """Document text with mentions linked to their entities and evidence spans marked, each
    span followed by numbered links to the facts, events and quotes it supports."""
    size = len(text)
    cuts = {0, size}
    for span in (*mentions, *evidence):
        cuts.update((max(0, min(size, span["start"])), max(0, min(size, span["end"]))))
    bounds = sorted(cuts)
    numbers = {item: n for n, item in enumerate(dict.fromkeys(e["item"] for e in evidence), 1)}
    out: list[Markup] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece: Markup = escape(text[a:b])
        mention = next((m for m in mentions if m["start"] <= a and b <= m["end"]), None)
        if mention is not None:
            piece = Markup('<a class="mention k-%s" href="%s" title="%s">%s</a>') % (
                mention["kind"], entity_url(mention["entity"]), mention["name"], piece)
        owners = [e for e in evidence if e["start"] <= a and b <= e["end"]]
        if owners:
            focused = focus is not None and any(focus in (e["owner"], e["item"]) for e in owners)
            starts = [e for e in owners if e["start"] == a]
            anchor = Markup(' id="focus"') if focused and any(
                focus in (e["owner"], e["item"]) for e in starts) else Markup("")
            piece = Markup('<mark class="evidence%s"%s title="%s">%s</mark>') % (
                " focus" if focused else "", anchor,
                "; ".join(dict.fromkeys(e["summary"] for e in owners)), piece)
        out.append(piece)
        ending = [e for e in evidence if e["end"] == b and e["start"] < b]
        for item in dict.fromkeys(e["item"] for e in ending):
            summary = next(e["summary"] for e in ending if e["item"] == item)
            out.append(Markup('<sup><a class="ref" href="%s" title="%s">%d</a></sup>') % (
                source_url(item), summary, numbers[item]))
    return Markup("").join(out)


ENV.globals.update(entity_url=entity_url, document_url=document_url, source_url=source_url,
                   safe_link=safe_link, highlighted=highlighted,
                   confidence_text=explore.confidence_text)


def confidence_floor(text: str | None) -> float | None:
    """A form's number field as a float (blank: no filter); text that is no number raises the
    store's own B555 so the page says what the range is."""
    if text is None or not text.strip():
        return None
    try:
        return float(text)
    except ValueError:
        raise QueryError(f"min confidence must be a number between 0 and 1, not {text!r}",
                         code="B555") from None


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(ENV.get_template(name).render(**context), status_code=status)


def error_page(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    return render("error.html", status, title=f"Error {status}", code=code,
                  message=message)


def install(app: FastAPI) -> None:  # noqa: C901 - one short handler per page
    static = resources.files("blocwatch").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    page = {"response_class": HTMLResponse, "include_in_schema": False}

    @app.get("/", **page)
    def search_page(kb: KB, q: Annotated[str, Query(max_length=500)] = "") -> HTMLResponse:
        if q.strip():
            try:
                found = explore.search(kb, q, 30)
            except BlocwatchError as exc:
                return render("search.html", title="Search", q=q, problem=exc.message)
            return render("search.html", title=f"Search: {q}", q=q, found=found)
        organizations = [e for e in explore.entity_list(kb, "organization", 12) if e["mentions"]]
        people = explore.entity_list(kb, "person", 12)
        return render("search.html", title="Search", q="", organizations=organizations,
                      people=people, counts=kb.store.counts())

    @app.get("/entities/{entity}", **page)
    def entity_page(kb: KB, entity: str) -> HTMLResponse:
        profile = kb.show(entity, PAGE_LIMIT)
        ent = profile.entity
        context: dict[str, Any] = {"title": ent.name, "profile": profile, "entity": ent,
                                   "groups": explore.fact_groups(kb, ent.id, PAGE_LIMIT),
                                   "limit": PAGE_LIMIT}
        if ent.kind == "organization":
            context["members"] = charts.members_chart(explore.membership_years(kb, ent.id))
            context["offices"] = charts.terms_chart(kb.terms(ent.id))
            context["bodies"] = explore.bodies(kb, ent.id)
        return render("entity.html", **context)

    @app.get("/documents", **page)
    def documents_page(kb: KB) -> HTMLResponse:
        return render("documents.html", title="Documents", documents=kb.documents())

    @app.get("/documents/{doc_id}", **page)
    def document_page(kb: KB, doc_id: str, focus: str | None = None) -> HTMLResponse:
        doc = explore.document(kb, doc_id)
        text = markup(doc["document"]["text"], doc["mentions"], doc["evidence"], focus)
        return render("document.html", title=doc["document"]["title"] or doc_id, doc=doc,
                      text=text, focus=focus)

    @app.get("/sources/{item_id}", **page)
    def sources_page(kb: KB, item_id: str) -> HTMLResponse:
        src = kb.sources(item_id)
        scored = kb.event(item_id)["confidence"] if src.kind == "event" else None
        return render("sources.html", title=src.summary, src=src, confidence=scored)

    @app.get("/timeline", **page)
    def timeline_page(kb: KB, entity: Annotated[list[str] | None, Query()] = None,
                      category: str | None = None, topic: str | None = None) -> HTMLResponse:
        names = [e for e in entity or [] if e.strip()]
        items, problem = None, None
        if names:
            try:
                items = explore.timeline(kb, names, category or None, topic or None,
                                         PAGE_LIMIT)
            except BlocwatchError as exc:
                problem = exc.message
        blanks = max(2, len(names) + 1) - len(names)  # always room for one more entity
        return render("timeline.html", title="Timeline", names=names + [""] * blanks,
                      category=category or "", topic=topic or "", items=items,
                      problem=problem, vocabulary=explore.vocabulary(kb))

    @app.get("/events", **page)
    def events_page(kb: KB, category: str | None = None, actor: str | None = None,
                    topic: str | None = None,
                    date_from: Annotated[str | None, Query(alias="from")] = None,
                    date_to: Annotated[str | None, Query(alias="to")] = None,
                    min_confidence: str | None = None) -> HTMLResponse:
        # min_confidence is read as text so that a typo gets the form back with a message,
        # not the API's 422; so do a number outside 0-1 (B555), a bad date or category
        rows, problem = None, None
        try:
            rows = explore.events(kb, category or None, actor or None, topic or None,
                                  date_from or None, date_to or None,
                                  min_confidence=confidence_floor(min_confidence))
        except QueryError as exc:
            problem = exc.message
        return render("events.html", title="Events", events=rows, problem=problem,
                      vocabulary=explore.vocabulary(kb),
                      filters={"category": category or "", "actor": actor or "",
                               "topic": topic or "", "from": date_from or "",
                               "to": date_to or "", "min_confidence": min_confidence or ""})

    @app.get("/conflicts", **page)
    def conflicts_page(kb: KB) -> HTMLResponse:
        shown = []
        for c in kb.conflicts():
            sides = []
            for side in c.sides:  # each sentence once, with every claim of this side it backs
                sentences: dict[tuple[str, int, int], dict[str, Any]] = {}
                for ref in side:
                    src = kb.sources(ref.id)
                    for ev in src.evidence:
                        entry = sentences.setdefault((ev.document, ev.start, ev.end),
                                                     {"evidence": ev, "items": []})
                        entry["items"].append({"id": ref.id, "summary": src.summary})
                sides.append(list(sentences.values()))
            shown.append({"conflict": c, "sides": sides})
        return render("conflicts.html", title="Conflicts", conflicts=shown)

    @app.get("/graph/{entity}", **page)
    def graph_page(kb: KB, entity: str) -> HTMLResponse:
        graph = explore.neighbours(kb, entity)
        return render("graph.html", title=f"Around {graph['entity']['name']}", graph=graph,
                      chart=charts.graph_chart(graph))

    @app.get("/api", **page)
    def api_page(request: Request) -> HTMLResponse:
        spec = request.app.openapi()
        endpoints = [{"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                      "description": op.get("description", ""),
                      "parameters": op.get("parameters", [])}
                     for path, ops in spec["paths"].items() for method, op in ops.items()]
        return render("api.html", title="API", endpoints=endpoints)
