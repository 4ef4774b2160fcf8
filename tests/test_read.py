"""The read stage on real files: every format, every kind of bad input as a coded failure."""

import gzip
import io
import json
import os
import random
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from blocwatch.config import Options
from blocwatch.errors import InputError
from blocwatch.read import SUPPORTED_SUFFIXES, expand, read, read_text_bytes
from blocwatch.records import RawDocument, ReadFailure

from .conftest import shared

OPTS = Options()
RUSSIAN = ("Организация Договора о коллективной безопасности (ОДКБ) провела заседание Совета в "
           "Москве. Генеральный секретарь организации выступил с докладом о ситуации в регионе, "
           "о сотрудничестве с ОБСЕ и Шанхайской организацией сотрудничества в борьбе с "
           "терроризмом и наркотрафиком. Министры иностранных дел государств-членов обсудили "
           "подготовку к саммиту, который пройдёт осенью в Ереване.")
SEED_STARTS = ["OSCE, CSTO eye deeper cooperation in Afghanistan after 2014",
               "- Sputnik International",
               "CSTO Secretary General Yuri Khachaturov in Moscow held talks",
               "Currency converter",
               "The Collective Security Treaty Organization (CSTO) Secretary"]


def read_all(*paths, options=OPTS):
    return list(read([str(p) for p in paths], options))


def only(items, kind):
    return [i for i in items if isinstance(i, kind)]


def write_warc(path, records, gzipped=True):
    """A WARC written by warcio; records are (kind, url, body, http status, content type)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzipped)
    for kind, url, body, status, ctype in records:
        headers = None
        if kind == "response":
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        # an explicit length keeps warcio from spooling the payload to a temporary file
        writer.write_record(writer.create_warc_record(url, kind, payload=io.BytesIO(body),
                                                      length=len(body), http_headers=headers))
    path.write_bytes(buf.getvalue())
    return buf.getvalue()


# ---- plain files, folders, globs


def test_read_text_and_html_files_with_paths_as_given(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"The CSTO met in Moscow.\r\nOfficials said so.\r")
    (tmp_path / "b.html").write_text("<html><body><p>The OSCE met.</p></body></html>")
    txt, html = read_all(tmp_path / "a.txt", tmp_path / "b.html")
    assert txt == RawDocument(str(tmp_path / "a.txt"), str((tmp_path / "a.txt").resolve()),
                              "The CSTO met in Moscow.\nOfficials said so.\n", "text/plain")
    assert html.media_type == "text/html" and html.text.startswith("<html><body><p>The OSCE")


def test_read_walks_folders_sorted_and_skips_hidden_and_foreign_files(tmp_path):
    (tmp_path / "b.txt").write_text("Story B about the CIS.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.htm").write_text("<p>Story A about NATO.</p>")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text("in a hidden folder")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not read")
    (tmp_path / "README").write_text("no suffix")
    out = read_all(tmp_path)
    assert [d.source_path for d in out] == [os.path.join(str(tmp_path), "b.txt"),
                                            os.path.join(str(tmp_path), "sub", "a.htm")]
    assert all(isinstance(d, RawDocument) for d in out)


def test_read_does_not_loop_through_a_symlink_to_its_own_folder(tmp_path):
    (tmp_path / "a.txt").write_text("A story about the OSCE.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B story about the OSCE.")
    os.symlink(tmp_path, tmp_path / "loop")
    os.symlink(tmp_path, tmp_path / "sub" / "back")
    out = read_all(tmp_path)
    assert [os.path.relpath(d.source_path, tmp_path) for d in out] == ["a.txt", "sub/b.txt"]


def test_read_recursive_glob_ends_despite_symlink_loops(tmp_path):
    # glob.glob follows links in "**": two loops make it explode; read must still finish quickly
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B story about the OSCE.")
    os.symlink(tmp_path, tmp_path / "sub" / "up1")
    os.symlink(tmp_path, tmp_path / "sub" / "up2")
    result = []
    worker = threading.Thread(target=lambda: result.extend(read_all(f"{tmp_path}/**/*.txt")),
                              daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "reading a '**' glob over a link loop did not finish"
    assert [d.source_path for d in result] == [f"{tmp_path}/sub/b.txt"]


def test_read_glob_matches_sorted_and_reports_no_match(tmp_path):
    for n in (2, 0, 1):
        (tmp_path / f"s{n}.txt").write_text(f"Story {n} about the CIS.")
    (tmp_path / "s9.pdf").write_bytes(b"%PDF-1.4")
    out = read_all(tmp_path / "s*")
    assert [Path(d.source_path).name for d in out] == ["s0.txt", "s1.txt", "s2.txt"]
    (missing,) = read_all(tmp_path / "nothing*.txt")
    assert missing.code == "B202" and "no file matches" in missing.reason


def test_expand_names_a_file_once_however_often_it_is_reached(tmp_path):
    (tmp_path / "a.txt").write_text("A story.")
    os.symlink(tmp_path / "a.txt", tmp_path / "link.txt")
    items = list(expand([tmp_path / "a.txt", tmp_path, str(tmp_path / "*.txt")]))
    assert items == [(str(tmp_path / "a.txt"), (tmp_path / "a.txt").resolve())]


def test_read_missing_path_and_unsupported_file_named_explicitly(tmp_path):
    (tmp_path / "notes.docx").write_text("x")
    unsupported, missing = read_all(tmp_path / "notes.docx", tmp_path / "missing.txt")
    assert unsupported.code == "B201" and "'.docx'" in unsupported.reason
    assert all(s in unsupported.reason for s in SUPPORTED_SUFFIXES)
    assert missing == ReadFailure(str(tmp_path / "missing.txt"), str(tmp_path / "missing.txt"),
                                  "B202", f"no such file or directory: {tmp_path / 'missing.txt'}")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_read_unreadable_file_gives_the_os_reason(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("secret")
    path.chmod(0)
    (failure,) = read_all(path)
    assert failure.code == "B203" and "Permission denied" in failure.reason


def test_read_fifo_is_not_a_regular_file_and_does_not_block(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (failure,) = read_all(tmp_path / "pipe.txt")
    assert failure.code == "B203" and "not a regular file" in failure.reason


def test_read_empty_and_whitespace_files_are_empty_documents(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.html").write_bytes(b"  \r\n\t\n")
    assert [(f.code, f.reason) for f in read_all(tmp_path / "empty.txt", tmp_path / "blank.html")
            ] == [("B205", "empty document")] * 2


def test_read_file_over_max_document_bytes_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 300_000)  # 1.5 MB
    (failure,) = read_all(big, options=replace(OPTS, max_document_bytes=1_000_000))
    assert failure.code == "B204"
    assert "1500000 bytes" in failure.reason and "1000000" in failure.reason
    assert "max_document_bytes" in failure.reason


def test_read_binary_files_are_refused_as_binary(tmp_path):
    rng = random.Random(7)
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + rng.randbytes(4000))
    (tmp_path / "noise.html").write_bytes(rng.randbytes(4000))
    (tmp_path / "paper.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n")
    out = read_all(tmp_path / "photo.txt", tmp_path / "noise.html", tmp_path / "paper.txt")
    assert [f.code for f in out] == ["B206"] * 3
    assert out[0].reason == "binary content, not text (PNG image)"
    assert out[1].reason.startswith("binary content, not text (a NUL at offset")


# sizes from one byte to a megabyte: the verdict on binary content must not depend on size
SIZES = [1, 2, 13, 100, 4_096, 8_193, 65_537, 1_000_000]


def _prose(size: int, rng: random.Random) -> bytearray:
    words = [b"the", b"CSTO", b"summit", b"met", b"in", b"Minsk", b"on", b"Friday", b"and"]
    out = bytearray()
    while len(out) < size:
        out += rng.choice(words) + (b".\n" if rng.random() < 0.1 else b" ")
    return out[:size]


@pytest.mark.parametrize("size", SIZES)
def test_read_refuses_text_with_a_nul_byte_anywhere_whatever_its_size(tmp_path, size):
    rng = random.Random(size)
    data = _prose(size, rng)
    data[rng.randrange(size)] = 0
    (tmp_path / "a.txt").write_bytes(bytes(data))
    (tmp_path / "a.html").write_bytes(bytes(data))
    for failure in read_all(tmp_path / "a.txt", tmp_path / "a.html"):
        assert isinstance(failure, ReadFailure) and failure.code == "B206", failure
        assert "a NUL at offset" in failure.reason


@pytest.mark.parametrize("size", SIZES)
def test_read_refuses_mostly_control_characters_whatever_their_size(tmp_path, size):
    rng = random.Random(size)
    data = bytes(rng.choice(b"\x01\x02\x03\x08\x0e\x1b\x1c\x1fabc") for _ in range(size))
    data = data if data.translate(None, b"abc\x1b") != b"" else b"\x01" * size
    (tmp_path / "c.txt").write_bytes(data)
    (failure,) = read_all(tmp_path / "c.txt")
    assert isinstance(failure, ReadFailure) and failure.code == "B206"
    assert "control characters in" in failure.reason


@pytest.mark.parametrize("size", SIZES)
def test_read_keeps_text_of_the_same_sizes(tmp_path, size):
    data = bytes(_prose(size, random.Random(size)))
    (tmp_path / "t.txt").write_bytes(data if data.strip() else b"a" * size)
    (doc,) = read_all(tmp_path / "t.txt")
    assert isinstance(doc, RawDocument) and len(doc.text) == size


def test_read_refuses_a_short_file_that_starts_with_nul_and_control_bytes(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (failure,) = read_all(tmp_path / "b.txt")
    assert failure.code == "B206" and failure.reason == \
        "binary content, not text (a NUL at offset 0 of 9)"


def test_read_refuses_a_real_looking_page_with_stray_nul_bytes(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><body><p>" + b"The CSTO met in Moscow. " * 200 +
                     b"\x00\x00</p><p>More \x00text.</p></body></html>")
    (failure,) = read_all(path)
    assert failure.code == "B206" and "a NUL at offset 4815" in failure.reason


def test_read_refuses_nul_and_control_characters_in_json_lines_and_warc(tmp_path):
    story = "The CSTO met in Moscow on Friday. " * 20
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps({"text": t}) for t in (
        story + "\x00", "\x00\x01\x02binary", "\x01\x02" * 50 + story[:20], story)) + "\n")
    write_warc(tmp_path / "a.warc", [
        ("response", "https://x.org/a", b"\x00\x01\x02binary", "200 OK", "text/plain"),
        ("response", "https://x.org/b", story.encode(), "200 OK", "text/plain")], gzipped=False)
    out = read_all(tmp_path / "a.jsonl", tmp_path / "a.warc")
    assert [getattr(d, "code", "text") for d in out] == ["B206", "B206", "B206", "text", "B206",
                                                         "text"]


def test_read_takes_utf16_text_marked_by_its_byte_order_mark(tmp_path):
    (tmp_path / "u.txt").write_bytes("The CSTO met in Минск.".encode("utf-16"))
    (doc,) = read_all(tmp_path / "u.txt")
    assert doc.text == "The CSTO met in Минск."


# ---- encodings


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_read_decodes_legacy_cyrillic_text_files_exactly(tmp_path, codec):
    path = tmp_path / f"{codec}.txt"
    path.write_bytes((RUSSIAN + "\n\n" + RUSSIAN + "\n").encode(codec))
    (doc,) = read_all(path)
    assert doc.text == RUSSIAN + "\n\n" + RUSSIAN + "\n"


@pytest.mark.parametrize("codec,label", [("cp1251", "windows-1251"), ("koi8_r", "KOI8-R")])
def test_read_html_uses_its_declared_meta_charset(tmp_path, codec, label):
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={label}">'
            f"</head><body><p>{RUSSIAN}</p></body></html>")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(codec))
    assert read_all(path)[0].text == page


def test_read_text_bytes_handles_bom_latin_and_undecodable_bytes():
    assert read_text_bytes(b"\xef\xbb\xbfHello\r\nworld", media_type="text/plain") == \
        "Hello\nworld"
    # a page labelled iso-8859-1 that uses windows-1252 quotes, as browsers read it
    assert read_text_bytes(b"<meta charset=iso-8859-1><p>\x93Caf\xe9\x94</p>",
                           media_type="text/html") == "<meta charset=iso-8859-1><p>“Café”</p>"
    assert read_text_bytes(RUSSIAN.encode("koi8_r"), media_type="text/html",
                           charset="koi8-r") == RUSSIAN
    with pytest.raises(InputError) as caught:
        read_text_bytes(random.Random(3).randbytes(3000), media_type="text/plain")
    assert caught.value.code == "B207" and "cannot decode text" in caught.value.message


# ---- JSON Lines


def test_read_jsonl_reports_broken_line_and_goes_on(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": "First story about the CSTO.", "url": "https://x.org/1",
                    "title": "One", "published": "2012-10-25", "outlet": "Xinhua"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        "",
        "   ",
        json.dumps({"html": "<p>Second story</p>", "date": "2019-10-14", "source": "Asia-Plus",
                    "url": ""}),
        json.dumps({"text": "Third story.", "sitename": "TASS"}),
    ]) + "\n", encoding="utf-8")
    out = read_all(path)
    good, bad = only(out, RawDocument), only(out, ReadFailure)
    assert [d.source_path for d in out] == [f"{path}#L{n}" for n in (1, 2, 3, 4, 5, 8, 9)]
    assert [d.source_key for d in good] == ["https://x.org/1", f"{path.resolve()}#L8",
                                            f"{path.resolve()}#L9"]
    assert (good[0].url, good[0].title, good[0].published, good[0].outlet) == \
        ("https://x.org/1", "One", "2012-10-25", "Xinhua")
    assert (good[1].media_type, good[1].published, good[1].outlet, good[1].url) == \
        ("text/html", "2019-10-14", "Asia-Plus", None)
    assert good[2].outlet == "TASS" and good[2].media_type == "text/plain"
    assert [f.code for f in bad] == ["B210"] * 4
    assert bad[0].reason.startswith("line 2 is not valid JSON")
    assert bad[1].reason == "line 3 is a JSON list, not an object"
    assert bad[2].reason == "line 4 has no 'text' or 'html' field"
    assert bad[3].reason == "line 5 has a int in 'text', not a string"


def test_read_jsonl_record_over_the_size_limit_fails_alone(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "x" * 5000, "url": "https://x.org/big"}) + "\n" +
                    json.dumps({"text": "small", "url": "https://x.org/small"}) + "\n")
    big, small = read_all(path, options=replace(OPTS, max_document_bytes=1000))
    assert (big.code, big.source_key) == ("B204", "https://x.org/big")
    assert "5000 bytes" in big.reason and "max_document_bytes" in big.reason
    assert small.text == "small"


def test_read_jsonl_gz(tmp_path):
    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for n in range(3):
            fh.write(json.dumps({"text": f"Story {n}: {RUSSIAN}", "url": f"https://x.org/{n}"}) + "\n")
    out = read_all(path)
    assert [d.source_key for d in out] == [f"https://x.org/{n}" for n in range(3)]
    assert out[2].text == f"Story 2: {RUSSIAN}" and out[2].source_path == f"{path}#L3"


def test_read_gzip_bomb_stops_at_max_decompressed_bytes(tmp_path):
    path = tmp_path / "bomb.jsonl.gz"
    zeros = b"0" * 1_000_000
    with gzip.open(path, "wb") as fh:
        fh.write(json.dumps({"text": "A story before the bomb."}).encode() + b"\n")
        for _ in range(50):  # 50 MB that compress to about 50 KB
            fh.write(zeros)
    assert path.stat().st_size < 200_000
    first, failure = read_all(path, options=replace(OPTS, max_decompressed_bytes=1_000_000))
    assert first.text == "A story before the bomb."
    assert failure.code == "B212" and failure.source_path == str(path)
    assert failure.reason == ("decompressed size exceeds limit of 1000000 bytes "
                              "(max_decompressed_bytes)")


def test_read_invalid_gzip(tmp_path):
    (tmp_path / "broken.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate")
    (tmp_path / "plain.jsonl.gz").write_text(json.dumps({"text": "not compressed"}))
    out = read_all(tmp_path / "broken.jsonl.gz", tmp_path / "plain.jsonl.gz")
    assert [f.code for f in out] == ["B213", "B213"]
    assert all(f.reason.startswith("invalid gzip data") for f in out)


# ---- WARC

PAGE = f"<html><body><h1>ОДКБ</h1><p>{RUSSIAN}</p></body></html>"


@pytest.mark.parametrize("gzipped", [True, False])
def test_read_warc_yields_2xx_text_responses_only(tmp_path, gzipped):
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write_warc(path, [
        ("request", "https://n.org/a", b"GET /a HTTP/1.1\r\nHost: n.org\r\n\r\n", None, None),
        ("response", "https://n.org/a", PAGE.encode(), "200 OK", "text/html; charset=utf-8"),
        ("response", "https://n.org/gone", b"<p>missing</p>", "404 Not Found", "text/html"),
        ("response", "https://n.org/logo.png", b"\x89PNG\r\n", "200 OK", "image/png"),
        ("response", "https://n.org/ru", PAGE.encode("cp1251"), "200 OK",
         "text/html; charset=windows-1251"),
        ("response", "https://n.org/t.txt", b"Plain words.", "200 OK", "text/plain"),
    ], gzipped=gzipped)
    out = read_all(path)
    assert [(d.url, d.source_key, d.media_type) for d in out] == [
        ("https://n.org/a", "https://n.org/a", "text/html"),
        ("https://n.org/ru", "https://n.org/ru", "text/html"),
        ("https://n.org/t.txt", "https://n.org/t.txt", "text/plain")]
    assert out[0].text == PAGE and out[1].text == PAGE and out[2].text == "Plain words."
    assert out[0].source_path.startswith(f"{path}#<urn:uuid:")


def test_read_truncated_warc_gz_keeps_the_records_before_the_cut(tmp_path):
    path = tmp_path / "cut.warc.gz"
    data = write_warc(path, [
        ("response", f"https://n.org/{n}", (PAGE * 3).encode(), "200 OK", "text/html")
        for n in range(3)])
    path.write_bytes(data[:-300])  # into the last record
    out = read_all(path)
    assert [d.url for d in out[:-1]] == ["https://n.org/0", "https://n.org/1"]
    assert out[-1].code == "B211" and out[-1].source_path == str(path)
    assert "truncated or corrupt at record 3" in out[-1].reason


@pytest.mark.parametrize("keep", [0.05, 0.3, 0.65, 0.9])  # not 0.5: a record boundary
def test_read_truncated_plain_warc_reports_the_cut(tmp_path, keep):
    path = tmp_path / "cut.warc"
    data = write_warc(path, [("response", f"https://n.org/{n}", PAGE.encode(), "200 OK",
                              "text/html") for n in range(2)], gzipped=False)
    path.write_bytes(data[:int(len(data) * keep)])
    out = read_all(path)
    assert all(isinstance(d, RawDocument) and d.text == PAGE for d in out[:-1])
    assert out[-1].code == "B211"


# ---- the shared corpus beside the repository


def test_read_seed_folder_gives_the_five_seed_articles():
    out = read_all(shared("corpus", "seeds"))
    assert len(out) == 5
    for doc, start in zip(out, SEED_STARTS, strict=True):
        assert isinstance(doc, RawDocument) and doc.media_type == "text/plain"
        assert doc.text.startswith(start), (doc.source_path, doc.text[:80])


def test_read_real_html_pages_never_raise_and_decode_legacy_charsets():
    folder = shared("corpus", "html")
    out = read_all(folder)
    assert len(out) == len(list(folder.glob("*.html")))
    assert all(isinstance(d, RawDocument) or (isinstance(d, ReadFailure) and d.code.startswith("B2"))
               for d in out)
    docs = {Path(d.source_path).name: d for d in only(out, RawDocument)}
    assert "Ä" in docs["winfuture.de-NASA.html"].text  # ISO-8859-1
    # a page with 22 NUL bytes in its markup is refused as binary, as any file with a NUL is
    assert {(Path(f.source_path).name, f.code) for f in only(out, ReadFailure)} >= \
        {("lostiempos.com-juicio.html", "B206")}
    assert "\ufffd" not in "".join(d.text for d in docs.values())
