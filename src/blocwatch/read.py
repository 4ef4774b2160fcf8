"""Read stage: paths, directories and globs → RawDocument (or ReadFailure) per document.

Formats by suffix: .txt, .html/.htm, .jsonl/.jsonl.gz (fields ``text`` or ``html``; optional
``url``, ``title``, ``published`` or ``date``, ``outlet`` or ``source``), .warc/.warc.gz
(HTTP response records, through warcio).  Nothing here raises for a bad input: every
problem becomes a ReadFailure with a code and a reason, and reading goes on.
"""

from __future__ import annotations

import codecs
import glob
import gzip
import io
import json
import logging
import os
import re
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from charset_normalizer import from_bytes
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .config import Options
from .records import RawDocument, ReadFailure

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz")
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF",
                 b"\x1f\x8b", b"BZh", b"\xfd7zXZ", b"RIFF", b"OggS", b"ID3", b"\x00\x00\x01\x00")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in (".jsonl.gz", ".warc.gz"):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _media_type(suffix: str) -> str:
    return "text/html" if suffix in (".html", ".htm") else "text/plain"


def expand(paths: Sequence[str | Path]) -> Iterator[tuple[str, Path] | ReadFailure]:
    """Files to read, as (path as the user would recognise it, resolved path)."""
    for given in paths:
        given = str(given)
        if any(ch in given for ch in "*?[") and not Path(given).exists():
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield ReadFailure(given, given, "B202", f"no file matches the pattern {given!r}")
            for match in matches:
                if os.path.isdir(match):
                    yield from _walk(match)
                elif _suffix(Path(match)) in SUPPORTED_SUFFIXES:
                    yield match, Path(match).resolve()
            continue
        path = Path(given)
        if not path.exists():
            yield ReadFailure(given, given, "B202", f"no such file or directory: {given}")
        elif path.is_dir():
            yield from _walk(given)
        elif _suffix(path) not in SUPPORTED_SUFFIXES:
            yield ReadFailure(given, str(path.resolve()), "B201",
                              f"unsupported file type {path.suffix or '(none)'!r}; blocwatch reads "
                              f"{', '.join(SUPPORTED_SUFFIXES)}")
        else:
            yield given, path.resolve()


def _walk(folder: str) -> Iterator[tuple[str, Path] | ReadFailure]:
    """Supported files under ``folder``, sorted, skipping hidden entries; symlinked folders are
    not followed, so a link loop cannot trap the walk."""
    def on_error(err: OSError) -> None:
        log.debug("cannot list %s: %s", err.filename, err)

    for root, dirs, files in os.walk(folder, followlinks=False, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            if _suffix(path) in SUPPORTED_SUFFIXES and not path.is_dir():
                yield os.path.join(root, name), path.resolve()


def _is_binary(head: bytes) -> bool:
    if head.startswith(_BINARY_MAGIC):
        return True
    sample = head[:8192]
    if not sample:
        return False
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control / len(sample) > 0.01


def read_text_bytes(data: bytes, *, media_type: str) -> str:
    """Decode page bytes: UTF-8 (with or without BOM), a declared HTML charset, then detection."""
    if b"\x00" in data and not _is_binary(data):
        data = data.replace(b"\x00", b"")  # stray NUL bytes in an otherwise fine page
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is None and media_type == "text/html":
        m = _META_CHARSET.search(data[:4096])
        if m:
            try:
                codec = codecs.lookup(m.group(1).decode("ascii", "replace")).name
                text = data.decode(codec)
            except (LookupError, UnicodeDecodeError):
                text = None
    if text is None:
        best = from_bytes(data).best()
        if best is not None:
            text = str(best)
    if text is None:
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") > max(1, len(text) // 100):
            raise UnicodeError("cannot decode text: not UTF-8 and no other encoding fits")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _gunzip(path: Path, limit: int) -> bytes:
    """Decompress with a ceiling on the output, so a gzip bomb stops early."""
    out = bytearray()
    with path.open("rb") as fh:
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
        while chunk := fh.read(65536):
            out += decomp.decompress(chunk, limit + 1 - len(out))
            if len(out) > limit:
                raise OverflowError(f"decompressed size exceeds limit of {limit} bytes "
                                    f"(max_decompressed_bytes)")
            while decomp.unconsumed_tail:
                out += decomp.decompress(decomp.unconsumed_tail, limit + 1 - len(out))
                if len(out) > limit:
                    raise OverflowError(f"decompressed size exceeds limit of {limit} bytes "
                                        f"(max_decompressed_bytes)")
            if decomp.eof and decomp.unused_data:  # a multi-member gzip file
                rest = decomp.unused_data
                decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
                out += decomp.decompress(rest, limit + 1 - len(out))
    if not decomp.eof:
        raise EOFError("the gzip stream ends before its end marker (truncated)")
    return bytes(out)


def read(paths: Sequence[str | Path], options: Options) -> Iterator[RawDocument | ReadFailure]:
    """Every document under ``paths``; bad inputs come out as ReadFailure, never as exceptions."""
    for item in expand(paths):
        if isinstance(item, ReadFailure):
            yield item
            continue
        shown, path = item
        suffix = _suffix(path)
        try:
            if suffix in (".jsonl", ".jsonl.gz"):
                yield from _read_jsonl(shown, path, suffix, options)
            elif suffix in (".warc", ".warc.gz"):
                yield from _read_warc(shown, path, options)
            else:
                yield _read_file(shown, path, suffix, options)
        except PermissionError as exc:
            yield ReadFailure(shown, str(path), "B203", f"cannot read {shown}: {exc.strerror}")
        except OSError as exc:
            yield ReadFailure(shown, str(path), "B203", f"cannot read {shown}: {exc}")


def _read_file(shown: str, path: Path, suffix: str, options: Options) -> RawDocument | ReadFailure:
    size = path.stat().st_size
    if size > options.max_document_bytes:
        return ReadFailure(shown, str(path), "B204",
                           f"{size} bytes is larger than the limit of {options.max_document_bytes} "
                           f"(max_document_bytes)")
    data = path.read_bytes()
    if not data.strip():
        return ReadFailure(shown, str(path), "B205", "empty document")
    if _is_binary(data[:8192]):
        return ReadFailure(shown, str(path), "B206", "binary content, not text")
    try:
        text = read_text_bytes(data, media_type=_media_type(suffix))
    except UnicodeError as exc:
        return ReadFailure(shown, str(path), "B207", str(exc))
    return RawDocument(shown, str(path), text, _media_type(suffix))


def _read_jsonl(shown: str, path: Path, suffix: str, options: Options
                ) -> Iterator[RawDocument | ReadFailure]:
    try:
        data = _gunzip(path, options.max_decompressed_bytes) if suffix == ".jsonl.gz" \
            else path.read_bytes()
    except OverflowError as exc:
        yield ReadFailure(shown, str(path), "B212", str(exc))
        return
    except (zlib.error, EOFError, gzip.BadGzipFile) as exc:
        yield ReadFailure(shown, str(path), "B213", f"not a valid gzip file: {exc}")
        return
    text = read_text_bytes(data, media_type="text/plain")
    for n, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        where = f"{shown}#L{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadFailure(where, f"{path}#L{n}", "B210", f"line {n} is not valid JSON: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield ReadFailure(where, f"{path}#L{n}", "B210", f"line {n} is not a JSON object")
            continue
        body = record.get("text") if record.get("text") is not None else record.get("html")
        if not isinstance(body, str) or not body.strip():
            yield ReadFailure(where, f"{path}#L{n}", "B210",
                              f"line {n} has no non-empty string field 'text' or 'html'")
            continue
        if len(body.encode("utf-8")) > options.max_document_bytes:
            yield ReadFailure(where, f"{path}#L{n}", "B204",
                              f"line {n}: text larger than max_document_bytes "
                              f"({options.max_document_bytes})")
            continue
        url = record.get("url") or None
        yield RawDocument(
            where, url if isinstance(url, str) else f"{path}#L{n}", body,
            "text/plain" if record.get("text") is not None else "text/html",
            url=url if isinstance(url, str) else None,
            title=record.get("title") if isinstance(record.get("title"), str) else None,
            published=_str(record.get("published") or record.get("date")),
            outlet=_str(record.get("outlet") or record.get("source") or record.get("sitename")))


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _read_warc(shown: str, path: Path, options: Options) -> Iterator[RawDocument | ReadFailure]:
    count = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                rid = record.rec_headers.get_header("WARC-Record-ID") or str(count)
                url = record.rec_headers.get_header("WARC-Target-URI")
                status = record.http_headers.get_statuscode() if record.http_headers else None
                ctype = (record.http_headers.get_header("Content-Type") or "") \
                    if record.http_headers else ""
                if (status and not status.startswith("2")) or not (
                        "html" in ctype or "text/plain" in ctype):
                    continue
                payload = record.content_stream().read(options.max_document_bytes + 1)
                count += 1
                where = f"{shown}#{rid}"
                if len(payload) > options.max_document_bytes:
                    yield ReadFailure(where, url or where, "B204",
                                      "record larger than max_document_bytes")
                    continue
                media = "text/html" if "html" in ctype else "text/plain"
                charset = re.search(r"charset=([\w\-:.]+)", ctype)
                try:
                    text = payload.decode(charset.group(1)) if charset else \
                        read_text_bytes(payload, media_type=media)
                except (LookupError, UnicodeError):
                    text = read_text_bytes(payload, media_type=media)
                if not text.strip():
                    yield ReadFailure(where, url or where, "B205", "empty record")
                    continue
                yield RawDocument(where, url or where, text, media, url=url)
    except (ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, ValueError) as exc:
        yield ReadFailure(shown, str(path), "B211",
                          f"WARC archive truncated or corrupt after {count} records: {exc}")
