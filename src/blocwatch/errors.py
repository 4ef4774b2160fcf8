"""Exceptions blocwatch raises, each with a short code and a message that says what to do.

    BlocwatchError                    [B000] base; never raised itself
    ├── ConfigError                   [B1xx] bad option value, unreadable config file, missing model
    ├── InputError                    [B2xx] a document cannot be read or decoded
    │   └── UnsupportedFormat         [B201] file type not handled
    ├── StageError                    [B3xx] a pipeline stage failed on one document
    ├── CoderError                    [B36x] unknown event coder (B360) or option (B361)
    ├── StoreError                    [B4xx] the SQLite store is missing, locked or of another schema
    │                                         (B42x: check, backup and restore, see maintenance.py;
    │                                         B430: the disk is full, the transaction rolled back)
    ├── QueryError                    [B5xx] a query names an unknown entity or a malformed date
    │                                        (B550 unknown PLOVER category, B551 bad quad class, B552 bad
    │                                        event date bound, B553 bad PLOVER gold line,
    │                                        B554 bad event page, B555 bad minimum
    │                                        confidence; B520-B524 evaluation: no gold
    │                                        files, unknown split, unknown gold document,
    │                                        --input onto an existing store, --misses on
    │                                        the held half)
    ├── WebError                      [B6xx] an HTTP request the server refuses (carries its status)
    └── EngineError                   [B8xx] a parallel or distributed engine cannot run

The pipeline wraps any failure inside a stage in ``StageError`` naming the stage and the
document, so that an ingest can report it and go on with the next document.
"""

from __future__ import annotations


class BlocwatchError(Exception):
    """Base of every error blocwatch raises on purpose."""

    code = "B000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code:
            self.code = code
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class ConfigError(BlocwatchError):
    """An option, config file or model name cannot be used."""

    code = "B100"


class InputError(BlocwatchError):
    """A document cannot be read, decoded or parsed."""

    code = "B200"


class UnsupportedFormat(InputError):
    """The file is of a kind blocwatch does not read."""

    code = "B201"


class StageError(BlocwatchError):
    """A pipeline stage failed on one document; names the stage and the document."""

    code = "B300"

    def __init__(self, stage: str, source: str, cause: BaseException) -> None:
        self.stage = stage
        self.source = source
        self.cause = cause
        if isinstance(cause, BlocwatchError):  # keep the specific code ("[B221] no article text")
            detail, code = cause.message, cause.code
        else:
            detail, code = f"{type(cause).__name__}: {cause}", None
        super().__init__(f"stage '{stage}' failed on {source}: {detail}", code=code)


class CoderError(BlocwatchError):
    """An event coder that is not registered, or options it does not take."""

    code = "B360"


class StoreError(BlocwatchError):
    """The store cannot be opened, written or is of an unknown schema."""

    code = "B400"


class QueryError(BlocwatchError):
    """A query names something the store does not know, or a malformed date."""

    code = "B500"


class WebError(BlocwatchError):
    """An HTTP request `blocwatch serve` refuses; ``status`` is the HTTP status it answers with.

    B601 invalid parameters (422), B602 missing or wrong token (401), B603 writes disabled (403),
    B604 no such page (404), B605 method not allowed (405), B606 body too large (413),
    B607 unsupported media type (415), B608 unusable body (400), B609 query too slow (503),
    B699 internal error (500).
    """

    code = "B600"

    def __init__(self, message: str, *, code: str | None = None, status: int = 400) -> None:
        super().__init__(message, code=code)
        self.status = status


class EngineError(BlocwatchError):
    """A worker pool or Ray cluster cannot start, or died under a run.

    B801 bad --engine/--workers/--address, B802 Ray not installed, B803 Ray cannot start or be
    reached, B804 a worker process died, B805 a Ray job failed.
    """

    code = "B800"
