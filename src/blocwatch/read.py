"""Read stage: files, directories and globs → one RawDocument (or ReadFailure) per document.

Formats by suffix: .txt, .html/.htm, .jsonl/.jsonl.gz (fields ``text`` or ``html``; optional
``url``, ``title``, ``published`` or ``date``, ``outlet`` or ``source`` or ``sitename``) and
.warc/.warc.gz (HTTP 2xx text/html or text/plain responses, through warcio).  Nothing here
raises for a bad input: each problem becomes a ReadFailure with a code and a reason, and
reading goes on with the next record or file.  Codes: B201 unsupported type, B202 missing,
B203 unreadable, B204 over max_document_bytes, B205 empty, B206 binary, B207 undecodable, B210
broken JSON line, B211 broken WARC, B212 over max_decompressed_bytes, B213 invalid gzip.
"""

from __future__ import annotations

import codecs
import contextlib
import glob
import gzip
import io
import json
import logging
import os
import re
import stat
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from charset_normalizer import from_bytes
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from .config import Options
from .errors import InputError, UnsupportedFormat
from .records import RawDocument, ReadFailure

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz")
_MEDIA_TYPES = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html"}
# Signatures of files that are certainly not text, whatever their suffix says.
_MAGIC = {b"\x89PNG": "PNG image", b"GIF8": "GIF image", b"\xff\xd8\xff": "JPEG image",
          b"%PDF-": "PDF document", b"PK\x03\x04": "zip archive", b"\x1f\x8b": "gzip data",
          b"\x7fELF": "executable", b"\xd0\xcf\x11\xe0": "MS Office file", b"\xfd7zXZ": "xz data"}
# C0 control bytes that plain text does not contain; ESC is left out because ISO-2022-JP uses it.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.I)
# warcio reports a malformed archive through whatever its parser trips on (an AttributeError
# for a header cut in half, a ValueError for a bad length), so each of these means "corrupt".
_WARC_ERRORS = (ArchiveLoadFailed, EOFError, zlib.error, ValueError, AttributeError, IndexError,
                KeyError, TypeError)


def read(paths: Sequence[str | Path], options: Options) -> Iterator[RawDocument | ReadFailure]:
    """Expand paths (files, directories recursively, globs) and yield one RawDocument per document,
    or a ReadFailure per unreadable source/record, never raising for a bad input."""
    for item in expand(paths):
        if isinstance(item, ReadFailure):
            yield item
            continue
        shown, path = item
        suffix = _suffix(path)
        reader = _read_jsonl if "jsonl" in suffix else _read_warc if "warc" in suffix else _read_file
        try:
            yield from reader(shown, path, suffix, options)
        except InputError as exc:
            yield ReadFailure(shown, str(path), exc.code, exc.message)
        except OSError as exc:  # B202: gone since it was listed, or a dangling link
            yield ReadFailure(shown, str(path), "B202" if isinstance(exc, FileNotFoundError)
                              else "B203", f"cannot read {shown}: {exc.strerror or exc}")


def expand(paths: Sequence[str | Path]) -> Iterator[tuple[str, Path] | ReadFailure]:
    """Files to read as (path as given or found under a given folder, resolved path), in order;
    a file reached twice (named twice, or through a link) comes out once."""
    seen: set[Path] = set()
    for given in paths:
        for item in _expand_one(str(given)):
            if isinstance(item, tuple):
                if item[1] in seen:
                    log.debug("skipping %s: already read as %s", *item)
                    continue
                seen.add(item[1])
            yield item


def _expand_one(given: str) -> Iterator[tuple[str, Path] | ReadFailure]:
    if any(ch in given for ch in "*?[") and not os.path.lexists(given):
        matches = _glob(given)
        if not matches:
            yield ReadFailure(given, given, "B202", f"no file matches the pattern {given!r}")
        for match in matches:
            yield from _walk(match) if os.path.isdir(match) else _listed(match)
        return
    try:
        mode = os.stat(given).st_mode
    except OSError as exc:  # B202 when missing, B203 when a folder on the way is locked
        missing = isinstance(exc, FileNotFoundError | NotADirectoryError)
        yield ReadFailure(given, given, "B202" if missing else "B203",
                          f"{'no such file or directory' if missing else exc.strerror}: {given}")
        return
    path = Path(given)
    if stat.S_ISDIR(mode):
        yield from _walk(given)
    elif _suffix(path) in SUPPORTED_SUFFIXES:
        yield given, path.resolve()
    else:
        yield ReadFailure(given, str(path.resolve()), UnsupportedFormat.code, f"unsupported file "
                          f"type {_suffix(path)!r}; blocwatch reads {', '.join(SUPPORTED_SUFFIXES)}")


def _glob(pattern: str) -> list[str]:
    """Paths matching ``pattern``, sorted, hidden entries left out.  glob.glob(recursive=True)
    follows links to folders in "**", so two links back up the tree make it run for ever;
    pathlib's "**" does not follow them, so pathlib expands "**"."""
    if "**" not in pattern:
        return sorted(glob.glob(pattern))
    anchor, named = Path(pattern).anchor, set(Path(pattern).parts)
    found = Path(anchor or os.curdir).glob(pattern[len(anchor):])
    return sorted(str(p) for p in found
                  if not any(part.startswith(".") and part not in named for part in p.parts))


def _walk(folder: str) -> Iterator[tuple[str, Path] | ReadFailure]:
    """Supported files under ``folder``, sorted, hidden entries left out.  Links to folders are
    not followed, so a link loop cannot trap the walk; an unreadable folder is a B203."""
    errors: list[OSError] = []  # os.walk reports folders it cannot list here, and goes on
    for root, dirs, files in os.walk(folder, followlinks=False, onerror=errors.append):
        yield from map(_unlistable, errors)
        errors.clear()
        for name in (d for d in dirs if d.startswith(".") or os.path.islink(os.path.join(root, d))):
            log.debug("not going into %s: hidden, or a link", os.path.join(root, name))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            yield from _listed(os.path.join(root, name))
    yield from map(_unlistable, errors)  # the folder itself could not be listed


def _listed(path: str) -> Iterator[tuple[str, Path]]:
    if os.path.basename(path).startswith(".") or _suffix(Path(path)) not in SUPPORTED_SUFFIXES:
        log.debug("skipping %s: hidden, or not a supported file type", path)
    else:
        yield path, Path(path).resolve()


def _unlistable(exc: OSError) -> ReadFailure:
    return ReadFailure(str(exc.filename), str(exc.filename), "B203",
                       f"cannot list folder {exc.filename}: {exc.strerror or exc}")


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in (".jsonl.gz", ".warc.gz") if name.endswith(s)), path.suffix.lower())


def _read_file(shown: str, path: Path, suffix: str, options: Options) -> Iterator[RawDocument]:
    info, limit = path.stat(), options.max_document_bytes
    if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
        raise InputError(f"{shown} is not a regular file", code="B203")
    if info.st_size > limit:  # decided before reading, so a huge file never enters memory
        raise InputError(f"file is {info.st_size} bytes, more than the limit of {limit} bytes "
                         f"(max_document_bytes)", code="B204")
    with path.open("rb") as fh:
        data = fh.read(limit + 1)  # bounded: the file may have grown since stat
    media_type = _MEDIA_TYPES[suffix]
    yield RawDocument(shown, str(path), _decode_document(data, media_type, options), media_type)


def _decode_document(data: bytes, media_type: str, options: Options,
                     charset: str | None = None) -> str:
    """A document's checked text; raises InputError B204, B205, B206 or B207."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # text whose bytes hold NULs
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"cannot decode text: marked UTF-16 but {exc.reason}",
                             code="B207") from exc
        return check_text(text, options)
    kind = next((name for magic, name in _MAGIC.items() if data.startswith(magic)), None)
    if kind:
        raise InputError(f"binary content, not text ({kind})", code="B206")
    _refuse_binary(data.find(b"\x00"), len(data) - len(data.translate(None, _CONTROL)), len(data))
    return _checked_text(read_text_bytes(data, media_type=media_type, charset=charset), options)


def _refuse_binary(first_nul: int, control: int, size: int) -> None:
    """B206 for content with a NUL anywhere, or control characters in more than one unit in a
    hundred: a share, not a count, so a file of 13 bytes is judged as one of 13 MB is."""
    if first_nul >= 0:
        raise InputError(f"binary content, not text (a NUL at offset {first_nul} of {size})",
                         code="B206")
    if control * 100 > size:
        raise InputError(f"binary content, not text ({control} control characters in {size})",
                         code="B206")


def check_text(text: str, options: Options) -> str:
    """Text that came as characters (a JSON field, an HTTP body), checked as a file's would be:
    B206 for NULs or control characters, B205 empty, B204 too large; lone surrogates replaced."""
    data = text.encode("utf-8", "surrogatepass")  # C0 controls are one byte each in UTF-8
    _refuse_binary(text.find("\x00"), len(data) - len(data.translate(None, _CONTROL)), len(text))
    return _checked_text(text, options)


def read_text_bytes(data: bytes, *, media_type: str, charset: str | None = None) -> str:
    """Decode page bytes to text with "\\n" line ends; raise InputError B207 when nothing fits.

    Order: ``charset`` (as an HTTP header declares it); UTF-8 (a byte-order mark first of
    all); for HTML the charset a <meta> tag declares in the first 4 KB; charset_normalizer's
    detection; last, UTF-8 with replacement characters when fewer than 1% of them are lost."""
    meta = _META_CHARSET.search(data[:4096]) if media_type == "text/html" else None
    declared = None if data.startswith(codecs.BOM_UTF8) else charset  # the mark outranks it
    for label in (declared, "utf-8-sig", meta and meta.group(1).decode("ascii")):
        codec = _codec(label)
        if codec:
            try:
                return _newlines(data.decode(codec))
            except UnicodeDecodeError:
                log.debug("text is not %s", codec)
    best = from_bytes(data).best()
    if best is not None:
        return _newlines(str(best))
    text = data.decode("utf-8", errors="replace")
    lost = text.count("\ufffd")
    if lost < len(text) / 100:
        return _newlines(text)
    raise InputError(f"cannot decode text: not UTF-8, no declared charset fits and detection "
                     f"failed ({lost} of {len(text)} characters would be lost)", code="B207")


def _codec(label: str | None) -> str | None:
    """Python's codec for a charset label, None if unknown; "iso-8859-1" and "ascii" mean
    windows-1252, as in browsers, since pages so labelled do use its curly quotes and dashes."""
    try:
        name = codecs.lookup(label.strip()).name if label else None
    except LookupError:
        log.debug("unknown charset %r", label)
        return None
    return "cp1252" if name in ("iso8859-1", "ascii") else name


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _checked_text(text: str, options: Options) -> str:
    # JSON may carry lone surrogate escapes ("\ud800"), which no later stage could encode.
    text = re.sub("[\ud800-\udfff]", "\ufffd", _newlines(text))
    if not text.strip():
        raise InputError("empty document", code="B205")
    size, limit = len(text.encode("utf-8")), options.max_document_bytes
    if size > limit:
        raise InputError(f"text is {size} bytes, more than the limit of {limit} bytes "
                         f"(max_document_bytes)", code="B204")
    return text


class _BoundedGunzip(io.RawIOBase):
    """Gzip data that fails with B212 once more than ``limit`` bytes have come out (a bomb costs
    no more) and B213 when broken; reads are short, so all before a cut comes out before that."""

    def __init__(self, raw: IO[bytes], limit: int) -> None:
        super().__init__()
        self._gzip, self._limit, self._out = gzip.GzipFile(fileobj=raw, mode="rb"), limit, 0

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._out

    def readinto(self, buffer: Any) -> int:
        try:
            data = self._gzip.read1(len(buffer))
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            raise InputError(f"invalid gzip data: {exc}", code="B213") from exc
        self._out += len(data)
        if self._out > self._limit:
            raise InputError(f"decompressed size exceeds limit of {self._limit} bytes "
                             f"(max_decompressed_bytes)", code="B212")
        buffer[:len(data)] = data
        return len(data)


@contextlib.contextmanager
def _open_container(path: Path, suffix: str, options: Options) -> Iterator[IO[bytes]]:
    """The file's bytes; for a .gz file, decompressed within max_decompressed_bytes."""
    with path.open("rb") as fh:
        if os.fstat(fh.fileno()).st_size == 0:
            raise InputError("empty document", code="B205")
        if not suffix.endswith(".gz"):
            yield fh
            return
        with _BoundedGunzip(fh, options.max_decompressed_bytes) as raw:
            yield raw


def _read_jsonl(shown: str, path: Path, suffix: str, options: Options
                ) -> Iterator[RawDocument | ReadFailure]:
    # The longest line a document within the limit can need: JSON may escape a byte as "\u0001".
    cap = 6 * options.max_document_bytes + 65536
    with _open_container(path, suffix, options) as raw:
        stream = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw, 65536)
        for number, line in enumerate(iter(lambda: stream.readline(cap + 1), b""), start=1):
            if len(line) > cap:  # not JSON Lines at all, most likely: stop rather than buffer on
                raise InputError(f"line {number} is longer than {cap} bytes, more than a document "
                                 f"within max_document_bytes can need", code="B204")
            if line.strip():
                yield _jsonl_record(line, number, shown, path, options)


def _jsonl_record(line: bytes, number: int, shown: str, path: Path, options: Options
                  ) -> RawDocument | ReadFailure:
    where, key = f"{shown}#L{number}", f"{path}#L{number}"

    def broken(why: str) -> ReadFailure:
        return ReadFailure(where, key, "B210", f"line {number} {why}")

    try:
        record = json.loads(line)  # from bytes: JSON's own UTF-8/16/32 detection, BOM allowed
    except json.JSONDecodeError as exc:
        return broken(f"is not valid JSON: {exc.msg} (column {exc.colno})")
    except UnicodeDecodeError as exc:
        return broken(f"is not UTF-8 text: {exc.reason}")
    if not isinstance(record, dict):
        return broken(f"is a JSON {type(record).__name__}, not an object")
    field = "text" if record.get("text") is not None else "html"
    body, url = record.get(field), _field(record, "url")
    if body is None:
        return broken("has no 'text' or 'html' field")
    if not isinstance(body, str):
        return broken(f"has a {type(body).__name__} in {field!r}, not a string")
    try:
        text = check_text(body, options)
    except InputError as exc:
        return ReadFailure(where, url or key, exc.code, f"line {number}: {exc.message}")
    return RawDocument(where, url or key, text, "text/html" if field == "html" else "text/plain",
                       url=url, title=_field(record, "title"),
                       published=_field(record, "published", "date"),
                       outlet=_field(record, "outlet", "source", "sitename"))


def _field(record: dict[str, Any], *names: str) -> str | None:
    """The first of ``names`` with a non-empty string value."""
    return next((v.strip() for n in names if isinstance(v := record.get(n), str) and v.strip()),
                None)


def _read_warc(shown: str, path: Path, suffix: str, options: Options
               ) -> Iterator[RawDocument | ReadFailure]:
    number, last = 0, "the start"

    def broken(code: str, why: str) -> ReadFailure:
        return ReadFailure(shown, str(path), code, f"WARC archive truncated or corrupt at record "
                           f"{number + 1} (after {last}): {why}")

    with _open_container(path, suffix, options) as stream:
        archive = ArchiveIterator(stream)
        try:
            for record in archive:
                rid = record.rec_headers.get_header("WARC-Record-ID") if record.rec_headers else None
                if not (record.rec_type and rid and record.rec_headers.get_header("Content-Length")):
                    raise InputError("a record header without WARC-Type, WARC-Record-ID or "
                                     "Content-Length", code="B211")
                item = _warc_item(shown, path, record, rid, options)
                # warcio hands out a record cut short by the end of the file as if it were whole;
                # only the bytes its Content-Length still expects tell.
                while record.raw_stream.read(65536):
                    pass
                if getattr(record.raw_stream, "limit", 0) > 0:
                    raise InputError("the record ends before its Content-Length", code="B211")
                if item is not None:
                    yield item
                number, last = number + 1, rid
            # warcio also ends quietly when the file stops inside a record's WARC header: bytes
            # read beyond the end of the last whole record (its offset) show that.
            if stream.tell() > archive.offset:
                yield broken("B211", "the file ends inside a record header")
        except InputError as exc:  # B213 from gzip here means a truncated or corrupt archive
            yield broken("B212" if exc.code == "B212" else "B211", exc.message)
        except _WARC_ERRORS as exc:
            yield broken("B211", f"{type(exc).__name__}: {exc}")
        finally:
            archive.close()


def _warc_item(shown: str, path: Path, record: ArcWarcRecord, rid: str, options: Options
               ) -> RawDocument | ReadFailure | None:
    """The document in an HTTP 2xx text/html or text/plain response; None for other records."""
    http = record.http_headers
    content_type = (http.get_header("Content-Type") or "") if http else ""
    media_type = content_type.split(";")[0].strip().lower()
    status = (http.get_statuscode() or "") if http else ""
    if record.rec_type != "response" or not status.startswith("2") or media_type not in (
            "text/html", "text/plain"):
        log.debug("skipping %s record %s (%r, %r)", record.rec_type, rid, status, content_type)
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    where, key = f"{shown}#{rid}", url or f"{path}#{rid}"
    charset, limit = _HTTP_CHARSET.search(content_type), options.max_document_bytes
    try:
        body = record.content_stream()  # undoes chunking and Content-Encoding
        payload = body.read(limit + 1)
        size = len(payload)
        while size > limit and (chunk := body.read(65536)):  # count the rest for the message
            size += len(chunk)
        if size > limit:
            raise InputError(f"record payload is {size} bytes, more than the limit of {limit} "
                             f"bytes (max_document_bytes)", code="B204")
        text = _decode_document(payload, media_type, options, charset and charset.group(1))
    except InputError as exc:
        return ReadFailure(where, key, exc.code, exc.message)
    except zlib.error as exc:
        return ReadFailure(where, key, "B213", f"cannot decompress the HTTP body: {exc}")
    return RawDocument(where, key, text, media_type, url=url)
