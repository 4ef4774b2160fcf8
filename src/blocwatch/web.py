"""HTTP API: requests → JSON answers from the same query functions the CLI uses.

``create_app(options)`` builds the FastAPI application that ``blocwatch serve`` runs: JSON
endpoints under ``/api`` (search, entities, members, officials, timeline, events, conflicts,
documents, sources, export, graph), ``POST /api/documents`` to ingest a document (bearer token
required; disabled when none is configured), and the HTML pages of ``views``.

Every 4xx/5xx answer of the API has one shape, ``{"error": {"code": "B…", "message": "…"}}``;
pages show the same code and message as HTML.  Each request reads through its own read-only
connection with a time limit; writes go through one writer at a time.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Path, Query, Request, Security
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPBearer
from pydantic import StringConstraints, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import __version__, explore, pipeline
from . import export as export_mod
from . import openapi as api
from . import read as read_mod
from .config import Options
from .errors import BlocwatchError, InputError, QueryError, StoreError, WebError
from .kb import KnowledgeBase
from .records import RawDocument
from .store import SCHEMA_VERSION, Store, document_id

log = logging.getLogger(__name__)
NOT_FOUND_CODES = {"B502", "B503", "B504", "B506", "B508"}
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'none'; style-src 'self'; img-src 'self' data:; "
                                 b"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


# --- errors -----------------------------------------------------------------------------------
def status_of(exc: BlocwatchError) -> int:
    """The HTTP status a domain error answers with."""
    if isinstance(exc, WebError):
        return exc.status
    if isinstance(exc, QueryError):
        return 404 if exc.code in NOT_FOUND_CODES else 422 if exc.code == "B507" else 400
    if isinstance(exc, InputError):
        return 422
    if isinstance(exc, StoreError):
        return 503
    return 500


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def _error_response(request: Request, status: int, code: str, message: str,
                    headers: dict[str, str] | None = None) -> Response:
    if request.url.path.startswith("/api") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse(error_body(code, message), status_code=status, headers=headers)
    from .views import error_page  # pages render errors as HTML

    return error_page(request, status, code, message)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{e.get('loc', ('',))[0]} parameter '{where}': {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def database_error(exc: sqlite3.Error, options: Options) -> WebError:
    """What a failed SQLite call tells the client: a stopped slow query, or a database error."""
    if "interrupted" in str(exc):
        return WebError(f"the query took longer than {options.query_timeout_ms} ms "
                        f"(query_timeout_ms) and was stopped; narrow it", code="B609", status=503)
    return WebError(f"database error: {exc}", code="B699", status=503)


def allowed_methods(app: FastAPI, path: str) -> list[str]:
    """The methods some route answers on ``path`` (HEAD with GET, OPTIONS always)."""
    methods = {"OPTIONS"}
    for route in app.router.routes:
        regex = getattr(route, "path_regex", None)
        if regex is not None and regex.match(path):
            methods |= set(getattr(route, "methods", None) or {"GET"})
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


class NDJSONResponse(StreamingResponse):
    media_type = "application/x-ndjson"


def _install_error_handlers(app: FastAPI) -> None:
    async def domain(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, BlocwatchError)
        headers = {"WWW-Authenticate": "Bearer"} if exc.code == "B602" else None
        return _error_response(request, status_of(exc), exc.code, exc.message, headers)

    async def http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        method = "HEAD" if request.scope.get("blocwatch.head") else request.method
        if exc.status_code == 405:
            allow = ", ".join(allowed_methods(request.app, request.url.path))
            if method == "OPTIONS":  # what may be done here, as RFC 9110 answers OPTIONS
                return Response(status_code=204, headers={"Allow": allow})
            return _error_response(request, 405, "B605", f"method {method} is not allowed on "
                                   f"{request.url.path}; allowed: {allow}", {"Allow": allow})
        code = {404: "B604"}.get(exc.status_code, "B600")
        message = {404: f"no such page or endpoint: {request.url.path}"}.get(
            exc.status_code, str(exc.detail))
        return _error_response(request, exc.status_code, code, message)

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return _error_response(request, 422, "B601", _validation_message(exc))

    async def database(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, sqlite3.Error)
        error = database_error(exc, request.app.state.options)
        if error.code != "B609":
            log.exception("database error on %s", request.url.path)
        return _error_response(request, error.status, error.code, error.message)

    async def internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return _error_response(request, 500, "B699", "internal error; the server log has details")

    app.add_exception_handler(BlocwatchError, domain)
    app.add_exception_handler(StarletteHTTPException, http)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(sqlite3.Error, database)
    app.add_exception_handler(Exception, internal)


class Guard:
    """ASGI middleware: refuses bodies over the size limit (413), adds security headers, and
    answers HEAD as GET without the body (RFC 9110), for every page and endpoint."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        too_big = json.dumps(error_body("B606", f"request body over the limit of {self.max_bytes} "
                                                f"bytes (max_request_bytes)")).encode()
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await send({"type": "http.response.start", "status": 413, "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(too_big)).encode()), *SECURITY_HEADERS]})
            await send({"type": "http.response.body", "body": too_big})
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise WebError(f"request body over the limit of {self.max_bytes} bytes "
                                   f"(max_request_bytes)", code="B606", status=413)
            return message

        head = scope["method"] == "HEAD"
        if head:
            scope = dict(scope, method="GET")
            scope["blocwatch.head"] = True

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = dict(message)
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            elif head and message["type"] == "http.response.body":
                message = {"type": message["type"], "body": b"",
                           "more_body": message.get("more_body", False)}
            await send(message)

        await self.app(scope, counted, secured)


# --- dependencies -------------------------------------------------------------------------------
def read_kb(request: Request) -> Iterator[KnowledgeBase]:
    """A read-only view of the store for one request; long queries are interrupted."""
    options: Options = request.app.state.options
    kb = KnowledgeBase(options.db)
    deadline = time.monotonic() + options.query_timeout_ms / 1000
    kb.db.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 1_000)
    try:
        with kb.snapshot():  # one request, one committed state of the store
            yield kb
    finally:
        kb.close()


KB = Annotated[KnowledgeBase, Depends(read_kb)]
BEARER = HTTPBearer(auto_error=False, description="the token `blocwatch serve` was started with "
                                                  "(BLOCWATCH_TOKEN)")  # shown in the schema


def require_token(request: Request) -> None:
    """Write endpoints: a bearer token equal to the configured one; none configured → 403."""
    token = request.app.state.options.token
    if not token:
        raise WebError("writes are disabled: no token is configured; set BLOCWATCH_TOKEN (or "
                       "token in the config file) and restart `blocwatch serve`",
                       code="B603", status=403)
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not value:
        raise WebError("this endpoint needs 'Authorization: Bearer <token>'", code="B602",
                       status=401)
    if not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise WebError("the bearer token is not the configured one", code="B602", status=401)


# --- ingest ------------------------------------------------------------------------------------
def raw_from_body(body: bytes, content_type: str, options: Options) -> RawDocument:
    """A posted document: JSON {text|html, title, url, published, outlet, source}, or a raw
    text/plain or text/html body; checked as a file's text is (B206 binary, B204 too large)."""
    media = content_type.split(";")[0].strip().lower()
    fields: dict[str, Any]
    if media == "application/json":
        try:
            fields = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise WebError(f"body is not valid UTF-8 JSON: {exc}", code="B608") from exc
        if not isinstance(fields, dict):
            raise WebError("JSON body must be an object with 'text' or 'html'", code="B608")
        try:  # the very schema the OpenAPI document shows
            fields = api.IngestJSON.model_validate(fields).model_dump(exclude_none=True)
        except ValidationError as exc:
            raise WebError("; ".join(f"'{'.'.join(map(str, e['loc'])) or 'body'}': {e['msg']}"
                                     for e in exc.errors()), code="B608") from exc
    elif media in ("text/plain", "text/html"):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise WebError(f"body is not valid UTF-8: {exc}", code="B608") from exc
        fields = {"html" if media == "text/html" else "text": text}
    else:
        raise WebError(f"unsupported content type {media or '(none)'!r}: send application/json, "
                       f"text/plain or text/html", code="B607", status=415)
    text, html = fields.get("text"), fields.get("html")
    content = html if isinstance(html, str) and html.strip() else text
    if not isinstance(content, str) or not content.strip():
        raise WebError("no document: give a non-empty 'text' or 'html'", code="B608")
    media_type = "text/html" if content is html else "text/plain"
    checked = read_mod.check_text(content, options)  # binary: B206, whatever its length
    if len(content) < api.MIN_DOCUMENT:
        raise WebError(f"a document of {len(content)} characters holds no article: give at least "
                       f"{api.MIN_DOCUMENT}", code="B608")
    content = checked
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]
    source = fields.get("source") or digest
    return RawDocument(f"api/{source}", f"api:{source}", content,
                       media_type, fields.get("url"),
                       fields.get("title"), fields.get("published"), fields.get("outlet"))


def ingest_one(app: FastAPI, raw: RawDocument) -> dict[str, Any]:
    """Ingest one posted document (one writer at a time) and say what was learned from it."""
    options: Options = app.state.options
    with app.state.write_lock:
        store = Store(options.db)
        try:
            report = pipeline.ingest([raw], store, options)
        finally:
            store.close()
    if report.failed:
        _, code, reason = report.failed[0]
        raise InputError(reason.split("] ", 1)[-1], code=code)
    doc_id = document_id(raw.source_key)
    status = "new" if report.new else "replaced" if report.replaced else "unchanged"
    with KnowledgeBase(options.db) as kb:
        learned = explore.document(kb, doc_id)
    return {"document": doc_id, "status": status, "report": report.as_dict(),
            "entities": learned["entities"], "facts": learned["facts"],
            "events": learned["events"], "quotes": learned["quotes"]}


# --- the application ---------------------------------------------------------------------------
def create_app(options: Options) -> FastAPI:
    """The API and pages over the store ``options.db`` (created, or upgraded, when opened)."""
    Store(options.db).close()  # create or migrate once, before any reader opens it
    app = FastAPI(title="blocwatch", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="A time-aware, source-cited knowledge base of news about "
                              "international security organizations. Errors: "
                              '{"error": {"code", "message"}}.')
    app.state.options = options
    app.state.write_lock = threading.Lock()
    _install_error_handlers(app)
    _add_api(app)
    from . import views

    views.install(app)
    app.add_middleware(Guard, max_bytes=options.max_request_bytes)
    return app


# Parameter types the OpenAPI document shows and requests are checked against.
Limit = Annotated[int | None, Query(ge=1, le=api.MAX_LIMIT, description="at most this many")]
Offset = Annotated[int, Query(ge=0, le=api.MAX_OFFSET, description="skip this many first")]
MinConfidence = Annotated[float | None, Query(ge=0, le=1, description=(
    "leave out coded events whose confidence is lower (meetings are not scored)"))]
Text = Annotated[str | None, Query(min_length=1, max_length=api.MAX_TEXT)]
AsOf = Annotated[str | None, Query(pattern=api.DATE_PATTERN,
                                   description="YYYY, YYYY-MM or YYYY-MM-DD; today if left out")]
Name = Annotated[str, Path(min_length=1, max_length=api.MAX_TEXT, examples=["CSTO", "org:osce"],
                           description="an id (such as org:csto) or a name")]
DocId = Annotated[str, Path(min_length=1, max_length=api.MAX_TEXT, description="doc:…")]
EntityName = Annotated[str, StringConstraints(min_length=1, max_length=api.MAX_TEXT)]


def _add_api(app: FastAPI) -> None:  # noqa: C901 - one short handler per endpoint
    @app.get("/api/health", tags=["meta"], responses=api.errors())
    def health(kb: KB) -> dict[str, Any]:
        """Version, schema and counts of the store."""
        return {"status": "ok", "version": __version__, "schema": SCHEMA_VERSION,
                "counts": kb.store.counts(), "writes": bool(app.state.options.token)}

    @app.get("/api/search", tags=["query"], responses=api.errors())
    def search(kb: KB, q: Annotated[str, Query(
                   min_length=1, max_length=api.MAX_TEXT, json_schema_extra={"pattern": r"\w"},
                   description="words; at least one letter or digit (else 422, B507)")],
               limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
        """Full-text search over entity names and variants and document titles and text."""
        return explore.search(kb, q, limit)

    @app.get("/api/entities", tags=["query"], responses=api.errors())
    def entities(kb: KB, kind: api.EntityKind | None = None, limit: Limit = None,
                 offset: Offset = 0) -> list[dict[str, Any]]:
        """Entities with their name variants (as `blocwatch entities --json`), most mentioned
        first; limit and offset page through them."""
        return explore.entity_list(kb, kind, limit, offset)

    @app.get("/api/entities/{entity}", tags=["query"], responses=api.errors(404))
    def entity(kb: KB, entity: Name, limit: Limit = None) -> dict[str, Any]:
        """An entity by id or name: names, facts, events, quotes (as `blocwatch show --json`);
        with limit, the first of each in date order and their totals."""
        return kb.show(entity, limit).as_dict()

    @app.get("/api/members/{org}", tags=["query"], responses=api.errors(400, 404))
    def members(kb: KB, org: Name, as_of: AsOf = None) -> dict[str, Any]:
        """Member states of an organization on a date (YYYY, YYYY-MM or YYYY-MM-DD)."""
        return kb.members(org, as_of).as_dict()

    @app.get("/api/officials/{org}", tags=["query"], responses=api.errors(400, 404))
    def officials(kb: KB, org: Name, as_of: AsOf = None) -> list[dict[str, Any]]:
        """Office terms in an organization and its bodies; with as_of, those holding then."""
        return [t.as_dict() for t in kb.officials(org, as_of)]

    @app.get("/api/timeline", tags=["query"], responses=api.errors(404))
    def timeline(kb: KB, entity: Annotated[list[EntityName], Query(min_length=1, max_length=10)],
                 category: Annotated[api.Category | api.Predicate | None, Query(
                     description="a PLOVER category (events) or a fact predicate")] = None,
                 topic: Text = None, limit: Limit = None) -> list[dict[str, Any]]:
        """Facts, events and quotes involving every given entity, by date (the first limit)."""
        return explore.timeline(kb, entity, category, topic, limit)

    @app.get("/api/events", tags=["query"], responses=api.errors(404))
    def events(kb: KB, category: api.Category | None = None,
               actor: Annotated[str | None, Query(
                   min_length=1, max_length=api.MAX_TEXT,
                   description="a participant's name or id, or an actor code such as RUS or IGO")
               ] = None,
               topic: Text = None,
               date_from: Annotated[str | None, Query(alias="from", pattern=api.DATE_PATTERN)
                                    ] = None,
               date_to: Annotated[str | None, Query(alias="to", pattern=api.DATE_PATTERN)] = None,
               quad: Annotated[int | None, Query(ge=1, le=4, description="quad class 1-4")] = None,
               limit: Limit = None, offset: Offset = 0,
               min_confidence: MinConfidence = None) -> list[dict[str, Any]]:
        """Distinct events by date, filtered by category, participant (name or actor code such
        as RUS or IGO), topic, quad class, date range and confidence; ``limit``/``offset``
        page them."""
        return explore.events(kb, category, actor, topic, date_from, date_to, quad, limit, offset,
                              min_confidence)

    @app.get("/api/conflicts", tags=["query"], responses=api.errors())
    def conflicts(kb: KB) -> list[dict[str, Any]]:
        """Claims that disagree, with both sides."""
        return [c.as_dict() for c in kb.conflicts()]

    @app.get("/api/documents", tags=["documents"], responses=api.errors())
    def documents(kb: KB, limit: Limit = None, offset: Offset = 0) -> list[dict[str, Any]]:
        """Stored documents with their publication dates; limit and offset page through them."""
        rows = kb.documents()
        return rows[offset:None if limit is None else offset + limit]

    @app.get("/api/documents/{doc_id}", tags=["documents"], responses=api.errors(404))
    def document(kb: KB, doc_id: DocId) -> dict[str, Any]:
        """One document: cleaned text, mentions and evidence spans, what was learned from it."""
        return explore.document(kb, doc_id)

    @app.post("/api/documents", tags=["documents"], status_code=201,
              dependencies=[Depends(require_token), Security(BEARER)],
              responses=api.INGEST_RESPONSES,
              openapi_extra={"requestBody": api.ingest_body()})
    async def ingest(request: Request) -> JSONResponse:
        """Ingest a document: JSON {text|html, title, url, published, outlet, source} or a
        text/plain or text/html body. Needs 'Authorization: Bearer <token>'."""
        raw = raw_from_body(await request.body(), request.headers.get("content-type", ""),
                            request.app.state.options)
        result = await run_in_threadpool(ingest_one, request.app, raw)
        return JSONResponse(result, status_code=201 if result["status"] == "new" else 200)

    @app.get("/api/sources/{item_id}", tags=["query"], responses=api.errors(404))
    def sources(kb: KB, item_id: Annotated[str, Path(min_length=1, max_length=api.MAX_TEXT,
                                                     description="fact:…, event:… or quote:…")]
                ) -> dict[str, Any]:
        """The evidence sentences behind a fact, event or quote."""
        return kb.sources(item_id).as_dict()

    @app.get("/api/graph/{entity}", tags=["query"], responses=api.errors(404))
    def graph(kb: KB, entity: Name, limit: Annotated[int, Query(ge=1, le=100)] = 24
              ) -> dict[str, Any]:
        """Entities linked to one entity by facts or shared events."""
        return explore.neighbours(kb, entity, limit)

    @app.get("/api/vocabulary", tags=["query"], responses=api.errors())
    def vocabulary(kb: KB) -> dict[str, list[str]]:
        """Event categories, topics, fact predicates and entity kinds in the store."""
        return explore.vocabulary(kb)

    @app.get("/api/export", tags=["documents"], response_class=NDJSONResponse,
             responses={**api.NDJSON, **api.errors(json_route=False)})
    def export(min_confidence: MinConfidence = None) -> NDJSONResponse:
        """The whole store as JSON Lines (docs/export-schema.json), events optionally only
        from a confidence up."""
        db = app.state.options.db

        def lines() -> Iterator[str]:
            with KnowledgeBase(db) as kb:
                for rec in export_mod.records(kb, min_confidence):
                    yield json.dumps(rec, ensure_ascii=False) + "\n"
        return NDJSONResponse(lines())
