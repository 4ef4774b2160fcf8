"""What the HTTP API promises in its OpenAPI document: typed, bounded parameters, every error
answer with its one shape, the media types it really sends.

Clients generate code from ``/api/openapi.json`` and fuzzers test the server against it, so the
schema says what the server refuses (enums, patterns, maxima) rather than leaving it to a 400:
a request the schema admits is answered, one it does not is refused with 422 (B601).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .kb import PLOVER_CATEGORIES

# Bounds: a page holds at most MAX_LIMIT items; no offset or limit can overflow SQLite's integers.
MAX_LIMIT = 10_000
MAX_OFFSET = 1_000_000_000
MAX_TEXT = 500  # a name, topic or query string
MIN_DOCUMENT = 20  # characters: fewer cannot hold even a one-line news item

# YYYY, YYYY-MM or YYYY-MM-DD naming a real day (years 1000-9999; 29 February in leap years).
_YEAR = "[1-9][0-9]{3}"
_LEAP = "([1-9][0-9](0[48]|[2468][048]|[13579][26])|(1[26]|2[048]|3[26]|4[048]|5[26]|6[048]|7[26]|" \
        "8[048]|9[26])00)"
_DAY = ("((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|"
        "02-(0[1-9]|1[0-9]|2[0-8]))")
DATE_PATTERN = (f"^({_YEAR}|{_YEAR}-(0[1-9]|1[0-2])|{_YEAR}-{_DAY}|{_LEAP}-02-29)$")

EntityKind = Literal["person", "organization", "body", "country", "place"]
Category = Literal[PLOVER_CATEGORIES]  # type: ignore[valid-type]
Predicate = Literal["holds_position", "member_of", "member_count", "chairs", "founded",
                    "located_in", "part_of"]


class ErrorDetail(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str = Field(pattern="^B[0-9]{3}$", description="blocwatch error code (docs/api.md)")
    message: str = Field(description="what went wrong and what to do")


class ErrorBody(BaseModel):
    """Every 4xx and 5xx answer of the API."""

    model_config = ConfigDict(extra="forbid")
    error: ErrorDetail


ERRORS = {
    400: "a query the store cannot answer as asked (B5xx), or an unusable body (B608)",
    401: "no bearer token, or not the configured one (B602)",
    403: "writes are disabled: no token is configured (B603)",
    404: "no such entity, organization, document, item or endpoint (B50x, B604)",
    413: "request body over max_request_bytes (B606)",
    415: "body of a media type other than application/json, text/plain or text/html (B607)",
    422: "parameters the schema refuses (B601), or a document with no usable text (B2xx)",
    500: "internal error (B699); the server log has details",
    503: "the query ran past query_timeout_ms (B609), or a database error (B699)",
}
READ = (422, 500, 503)  # any read: bad parameters, a crash, a slow or failing database


def errors(*statuses: int, json_route: bool = True) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for these error statuses, all of the one error shape (as
    application/json also where the route answers another media type)."""
    shape = {"model": ErrorBody} if json_route else {"content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/ErrorBody"}}}}
    return {s: {**shape, "description": ERRORS[s]} for s in sorted({*READ, *statuses})}


def ingest_body() -> dict[str, Any]:
    """The requestBody of POST /api/documents (the route reads the raw body itself)."""
    text = {"type": "string", "minLength": MIN_DOCUMENT, "pattern": r"\S"}
    return {
        "required": True,
        "description": "A document: JSON with `text` or `html` and optional metadata, or a raw "
                       "text/plain or text/html body (UTF-8). Text with NUL bytes or mostly "
                       "control characters is refused (422, B206); so is one with no article "
                       "text (422, B22x). A text or page has at least 20 characters.",
        "content": {"application/json": {"schema": IngestJSON.model_json_schema()},
                    "text/plain": {"schema": text}, "text/html": {"schema": text}},
    }


_LEARNED = {"type": "object", "required": ["document", "status", "report", "entities", "facts",
                                           "events", "quotes"],
            "properties": {"document": {"type": "string"},
                           "status": {"enum": ["new", "replaced", "unchanged"]},
                           "report": {"type": "object"}, "entities": {"type": "array"},
                           "facts": {"type": "array"}, "events": {"type": "array"},
                           "quotes": {"type": "array"}}}
INGEST_RESPONSES: dict[int | str, dict[str, Any]] = {
    201: {"description": "stored as a new document; what was learned from it",
          "content": {"application/json": {"schema": _LEARNED}}},
    200: {"description": "the same source again: replaced, or unchanged",
          "content": {"application/json": {"schema": _LEARNED}}},
    **errors(400, 401, 403, 413, 415),
}
NDJSON = {200: {"description": "one JSON record a line (docs/export-schema.json)",
                "content": {"application/x-ndjson": {"schema": {"type": "string"}}}}}


def _one_of_text(schema: dict[str, Any]) -> None:
    """``text`` or ``html`` is required; no field may be null, so none shows a null default."""
    for field in schema["properties"].values():
        field.pop("default", None)
        field.pop("title", None)
    schema["anyOf"] = [{"required": ["text"]}, {"required": ["html"]}]


class IngestJSON(BaseModel):
    """The JSON form of a posted document; its schema is the one the OpenAPI document shows."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=lambda s: _one_of_text(s))
    text: str = Field(default=None, min_length=MIN_DOCUMENT, pattern=r"\S",  # type: ignore[assignment]
                      description="plain text of the article")
    html: str = Field(default=None, min_length=MIN_DOCUMENT, pattern=r"\S",  # type: ignore[assignment]
                      description="the article's HTML page (used when given)")
    title: str = None  # type: ignore[assignment]
    url: str = None  # type: ignore[assignment]
    published: str = Field(default=None,  # type: ignore[assignment]
                           description="publication date as the source gives it")
    outlet: str = None  # type: ignore[assignment]
    source: str = Field(default=None,  # type: ignore[assignment]
                        description="a stable name: posting the same source again replaces it")
