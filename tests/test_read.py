"""The read stage on real files: every format, and every kind of bad input as a clear failure."""

import gzip
import io
import json
import os
from dataclasses import replace

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from blocwatch.config import Options
from blocwatch.read import read
from blocwatch.records import RawDocument, ReadFailure

from .conftest import shared

OPTS = Options()
RUSSIAN = ("Организация Договора о коллективной безопасности (ОДКБ) провела заседание Совета в "
           "Москве. Генеральный секретарь организации выступил с докладом о ситуации в регионе "
           "и о сотрудничестве с ОБСЕ в борьбе с терроризмом и наркотрафиком.")


def docs(*paths, options=OPTS):
    return list(read([str(p) for p in paths], options))


def test_read_text_and_html_files(tmp_path):
    (tmp_path / "a.txt").write_text("The CSTO met in Moscow on Friday, officials said.")
    (tmp_path / "b.html").write_text("<html><body><p>The OSCE met.</p></body></html>")
    out = docs(tmp_path)
    assert [(d.source_path, d.media_type) for d in out] == [
        (os.path.join(str(tmp_path), "a.txt"), "text/plain"),
        (os.path.join(str(tmp_path), "b.html"), "text/html")]
    assert [d.source_key for d in out] == [str((tmp_path / n).resolve()) for n in ("a.txt", "b.html")]


def test_read_jsonl_reports_broken_lines_and_goes_on(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": "First story about the CSTO.", "url": "https://x.org/1",
                    "title": "One", "published": "2012-10-25"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"html": "<p>Second story</p>", "date": "2019-10-14", "source": "Asia-Plus"}),
    ]))
    out = docs(path)
    good = [d for d in out if isinstance(d, RawDocument)]
    bad = [d for d in out if isinstance(d, ReadFailure)]
    assert [d.source_key for d in good] == ["https://x.org/1", f"{path.resolve()}#L6"]
    assert good[0].published == "2012-10-25" and good[1].published == "2019-10-14"
    assert good[1].media_type == "text/html" and good[1].outlet == "Asia-Plus"
    assert [(f.source_path.split("#")[1], f.code) for f in bad] == [
        ("L2", "B210"), ("L3", "B210"), ("L4", "B210")]
    assert "line 2 is not valid JSON" in bad[0].reason


def test_read_jsonl_gz_and_a_gzip_bomb(tmp_path):
    small = tmp_path / "ok.jsonl.gz"
    with gzip.open(small, "wt") as fh:
        fh.write(json.dumps({"text": "A story."}) + "\n")
    assert isinstance(docs(small)[0], RawDocument)
    bomb = tmp_path / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb") as fh:
        fh.write(b"0" * 20_000_000)
    (failure,) = docs(bomb, options=replace(OPTS, max_decompressed_bytes=1_000_000))
    assert failure.code == "B212" and "max_decompressed_bytes" in failure.reason
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00garbage")
    assert docs(broken)[0].code == "B213"


def _warc(path, records, cut: int = 0):
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, body, kind in records:
        if kind == "response":
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.0")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                            http_headers=headers)
        else:
            rec = writer.create_warc_record(url, "request", payload=io.BytesIO(body))
        writer.write_record(rec)
    data = buf.getvalue()
    path.write_bytes(data[:len(data) - cut] if cut else data)


# warcio's writer (used here only to make test archives) leaves a spooled temp file to the GC
WRITER_LEAK = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


@WRITER_LEAK
def test_read_warc_response_records_only(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://n.org/a", b"GET / HTTP/1.0\r\n\r\n", "request"),
                 ("https://n.org/a", "<p>Заседание ОДКБ</p>".encode(), "response")])
    (doc,) = docs(path)
    assert doc.url == "https://n.org/a" and doc.source_key == "https://n.org/a"
    assert "Заседание" in doc.text and doc.media_type == "text/html"


@WRITER_LEAK
def test_read_truncated_warc_keeps_what_came_before(tmp_path):
    path = tmp_path / "cut.warc.gz"
    _warc(path, [("https://n.org/1", b"<p>one</p>" * 50, "response"),
                 ("https://n.org/2", os.urandom(4000), "response")], cut=1500)
    out = docs(path)
    assert isinstance(out[0], RawDocument) and out[0].url == "https://n.org/1"
    assert isinstance(out[-1], ReadFailure) and out[-1].code == "B211"


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_read_decodes_legacy_cyrillic(tmp_path, codec):
    path = tmp_path / f"{codec}.txt"
    path.write_bytes((RUSSIAN + "\n") .encode(codec) * 3)
    (doc,) = docs(path)
    assert doc.text.splitlines()[0] == RUSSIAN


def test_read_html_uses_its_declared_charset(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(("<html><head><meta charset='windows-1251'></head><body><p>" + RUSSIAN +
                      "</p></body></html>").encode("cp1251"))
    assert RUSSIAN in docs(path)[0].text


def test_read_bad_inputs_are_failures_with_codes(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    (tmp_path / "empty.txt").write_text("  \n")
    big = tmp_path / "big.txt"
    big.write_text("word " * 300_000)
    (tmp_path / "notes.docx").write_text("x")
    codes = {os.path.basename(f.source_path): f.code for f in
             docs(tmp_path / "photo.txt", tmp_path / "empty.txt", big, tmp_path / "notes.docx",
                  tmp_path / "missing.txt", options=replace(OPTS, max_document_bytes=1_000_000))}
    assert codes == {"photo.txt": "B206", "empty.txt": "B205", "big.txt": "B204",
                     "notes.docx": "B201", "missing.txt": "B202"}


def test_read_stray_nul_bytes_do_not_reject_a_page(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b"<html><body><p>" + b"The CSTO met in Moscow. " * 200 + b"\x00</p></body></html>")
    (doc,) = docs(path)
    assert "\x00" not in doc.text


def test_read_directory_loop_and_hidden_files(tmp_path):
    (tmp_path / "a.txt").write_text("A story about the OSCE.")
    (tmp_path / ".hidden.txt").write_text("hidden")
    os.symlink(tmp_path, tmp_path / "loop")
    out = docs(tmp_path)
    assert [os.path.basename(d.source_path) for d in out] == ["a.txt"]


def test_read_glob(tmp_path):
    for n in range(3):
        (tmp_path / f"s{n}.txt").write_text(f"Story {n} about the CIS.")
    assert len(docs(tmp_path / "s*.txt")) == 3
    assert docs(tmp_path / "nothing*.txt")[0].code == "B202"


def test_read_seed_folder():
    out = docs(shared("corpus", "seeds"))
    assert len(out) == 5 and all(isinstance(d, RawDocument) for d in out)
    assert out[0].text.startswith("OSCE, CSTO eye deeper cooperation")


def test_read_real_html_pages_never_raise():
    out = docs(shared("corpus", "html"))
    assert len(out) >= 180
    assert all(isinstance(d, RawDocument | ReadFailure) for d in out)
