"""Hostile and odd inputs through a whole ingest: each gives its own coded failure, the run goes
on, good documents around them are stored, and `blocwatch errors` lists what failed and why."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from blocwatch import maintenance, pipeline
from blocwatch.cli import app
from blocwatch.config import Options
from blocwatch.kb import KnowledgeBase
from blocwatch.store import Store

STORY = ("MOSCOW, May 15, 2012 - The Collective Security Treaty Organization held a summit in "
         "Moscow on Tuesday. Leaders of Armenia, Belarus and Kazakhstan discussed border security "
         "with the organization's secretary general.")
RUSSIAN = ("Организация Договора о коллективной безопасности провела заседание Совета в Москве. "
           "Генеральный секретарь организации выступил с докладом о ситуации в регионе и о "
           "сотрудничестве с ОБСЕ в борьбе с терроризмом и наркотрафиком.")


def story(n: int) -> str:
    return STORY.replace("Tuesday", f"Tuesday, its {n}th meeting,")


def warc(records: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for url, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      length=len(body), http_headers=headers))
    return buf.getvalue()


def gzip_bomb(path: Path, expanded: int) -> None:
    """A .jsonl.gz of about a megabyte that expands to ``expanded`` bytes: one good line, then
    blank lines of a megabyte each, written as repeated gzip members of one compressed block."""
    block = zlib.compressobj(9, zlib.DEFLATED, 31)
    member = block.compress((b" " * 999_999 + b"\n") * 8) + block.flush()
    with path.open("wb") as fh:
        fh.write(gzip.compress((json.dumps({"text": story(99), "url": "https://x.org/b"})
                                + "\n").encode()))
        for _ in range(expanded // 8_000_000):
            fh.write(member)


def make_inputs(folder: Path) -> dict[str, str | None]:
    """Each hostile input, named for what it is; the value is the failure code it must give
    (None: it must be stored, correctly decoded)."""
    rng = random.Random(7)
    f = folder
    (f / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + rng.randbytes(4000))
    (f / "noise.txt").write_bytes(rng.randbytes(4000).replace(b"\x00", b"."))
    accented = ("Le président a rencontré à Genève le secrétaire général de l’OSCE. " * 12).encode()
    (f / "badutf8.txt").write_bytes(accented[:300] + b"\xff\xfe" + accented[300:])
    (f / "cp1251.txt").write_bytes((RUSSIAN + "\n\n" + RUSSIAN.replace("Москве", "Минске"))
                                   .encode("cp1251"))
    (f / "koi8r.html").write_bytes(
        (f'<html><head><meta charset="KOI8-R"><title>ОДКБ</title></head><body><article><p>'
         f"{RUSSIAN}</p><p>{RUSSIAN.replace('Москве', 'Ереване')}</p></article></body></html>")
        .encode("koi8_r"))
    with (f / "huge.txt").open("wb") as fh:  # 50 MB of real-looking text
        line = (story(3) + "\n").encode()
        fh.write(line * (50_000_000 // len(line) + 1))
    gzip_bomb(f / "bomb.jsonl.gz", 1_000_000_000)
    (f / "malformed.html").write_text(
        "<html><body><div><p>" + story(4) + "<p><b><i>unclosed</b> <table><tr><td>cell"
        "</div></span></p><p>Second paragraph of the story, with more about the summit and "
        "its decisions on border security.</html></html><<<>>>", "utf-8")
    (f / "nested.html").write_text(
        "<html><head><title>Summit</title></head><body>" + "<div>" * 5000 + "<p>" + story(5)
        + "</p><p>The leaders agreed to meet again in the autumn in Yerevan.</p>"
        + "</div>" * 5000 + "</body></html>", "utf-8")
    (f / "empty.txt").write_bytes(b"")
    (f / "blank.txt").write_text("   \n\n\t\n")
    (f / "menu.txt").write_text("Home\nWorld\nSport\nWeather\n")
    (f / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (f / "bare.html").write_text("<html><head><title>Nothing</title></head><body></body></html>")
    (f / "lines.jsonl").write_text("\n".join([
        json.dumps({"text": story(6), "url": "https://x.org/6"}),
        '{"text": "cut off in the mid',
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": story(7), "url": "https://x.org/7"})]) + "\n")
    (f / "broken.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00not deflate at all")
    good = warc([(f"https://x.org/w{n}", f"<html><body><p>{story(10 + n)}</p></body></html>"
                  .encode()) for n in range(3)])
    (f / "cut.warc").write_bytes(good[:int(len(good) * 0.8)])
    (f / "image.png").write_bytes(b"\x89PNG\r\n")
    os.mkfifo(f / "pipe.txt")
    (f / "dangling.txt").symlink_to(f / "nowhere.txt")
    loop = f / "loop"
    loop.mkdir()
    (loop / "inside.txt").write_text(story(8))
    (loop / "again").symlink_to(loop)  # a directory loop
    (f / "ok.txt").write_text(story(9))
    return {"binary.txt": "B206", "noise.txt": "B206", "badutf8.txt": None, "cp1251.txt": None,
            "koi8r.html": None,
            "huge.txt": "B204", "bomb.jsonl.gz": "B212", "malformed.html": None,
            "nested.html": None, "empty.txt": "B205", "blank.txt": "B205", "menu.txt": "B221",
            "nav.html": "B221",
            "bare.html": "B220", "lines.jsonl": "B210", "broken.jsonl.gz": "B213",
            "cut.warc": "B211", "image.png": "B201", "pipe.txt": "B203", "dangling.txt": "B202",
            "loop/inside.txt": None, "ok.txt": None}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    expected = make_inputs(folder)
    db = str(folder / "h.db")
    paths = [str(folder / name) for name in sorted(expected) if "/" not in name]
    paths.append(str(folder / "loop"))
    store = Store(db)
    try:
        report = pipeline.ingest(pipeline.read_sources(paths, Options()), store,
                                 replace(Options(), db=db))
    finally:
        store.close()
    return folder, expected, db, report


def test_hostile_each_kind_fails_with_its_own_code(hostile_run):
    folder, expected, _, report = hostile_run
    codes: dict[str, set[str]] = {}
    for source, code, _ in report.failed:
        name = os.path.relpath(source.split("#")[0], folder)
        codes.setdefault(name, set()).add(code)
    for name, code in expected.items():
        if code is None:
            assert name not in codes, (name, codes.get(name))
        else:
            assert codes.get(name) == {code}, (name, codes.get(name))


def test_hostile_run_goes_on_and_stores_the_good_documents(hostile_run):
    folder, _, db, report = hostile_run
    with KnowledgeBase(db) as kb:
        stored = {d["source_path"]: d for d in kb.documents()}
    names = {os.path.relpath(p.split("#")[0], folder) for p in stored}
    assert {"cp1251.txt", "koi8r.html", "malformed.html", "nested.html", "loop/inside.txt",
            "ok.txt", "lines.jsonl", "cut.warc", "bomb.jsonl.gz"} <= names
    by_name = {os.path.relpath(p, folder): d for p, d in stored.items()}
    assert sum(n.startswith("lines.jsonl") for n in by_name) == 2  # lines 1 and 5
    assert sum(n.startswith("cut.warc") for n in by_name) == 2  # the records before the cut
    assert sum(n.startswith("loop") for n in by_name) == 1  # read once, despite the loop
    assert report.new == len(stored)


def test_hostile_legacy_cyrillic_is_decoded_not_rejected(hostile_run):
    folder, _, db, _ = hostile_run
    with KnowledgeBase(db) as kb:
        rows = dict(kb.db.execute("SELECT source_path, text FROM documents").fetchall())
        language = dict(kb.db.execute("SELECT source_path, language FROM documents").fetchall())
    assert rows[str(folder / "cp1251.txt")] == RUSSIAN + "\n\n" + RUSSIAN.replace("Москве",
                                                                                 "Минске")
    assert RUSSIAN in rows[str(folder / "koi8r.html")]
    assert "Ереване" in rows[str(folder / "koi8r.html")]
    assert language[str(folder / "cp1251.txt")] == "und"  # stored, though not English


def test_hostile_invalid_utf8_bytes_do_not_garble_the_rest(hostile_run):
    folder, _, db, _ = hostile_run
    with KnowledgeBase(db) as kb:
        (text,) = kb.db.execute("SELECT text FROM documents WHERE source_path=?",
                                (str(folder / "badutf8.txt"),)).fetchone()
    assert text.count("Le président a rencontré à Genève le secrétaire général de l’OSCE.") >= 10


def test_hostile_nested_and_malformed_html_keep_their_article_text(hostile_run):
    folder, _, db, _ = hostile_run
    with KnowledgeBase(db) as kb:
        rows = dict(kb.db.execute("SELECT source_path, text FROM documents").fetchall())
    assert "agreed to meet again in the autumn" in rows[str(folder / "nested.html")]
    assert "Second paragraph of the story" in rows[str(folder / "malformed.html")]


def test_hostile_failures_are_listed_by_blocwatch_errors(hostile_run):
    _, expected, db, report = hostile_run
    result = CliRunner().invoke(app, ["errors", "--db", db, "--json"])
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    assert len(listed) == len(report.failed)
    assert {r["code"] for r in listed} == {c for c in expected.values() if c}
    assert all(r["reason"] for r in listed)
    bomb = next(r for r in listed if r["code"] == "B212")
    assert "max_decompressed_bytes" in bomb["reason"]
    assert maintenance.check(db).ok


def test_hostile_limits_are_configurable(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(story(1))
    (tmp_path / "deep.html").write_text("<html><body>" + "<div>" * 40 + "<p>" + story(2)
                                        + "</p>" + "</div>" * 40 + "</body></html>")
    monkeypatch.setenv("BLOCWATCH_MAX_DOCUMENT_BYTES", "100")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db",
                                      str(tmp_path / "s.db"), "--json"])
    failed = json.loads(result.stdout)["failed"]
    assert [f["code"] for f in failed] == ["B204"]
    assert "max_document_bytes" in failed[0]["reason"]
    from blocwatch.clean import flatten_html

    flat, dropped = flatten_html((tmp_path / "deep.html").read_text(), 10)
    assert dropped == 2 * (40 + 3 - 10)  # div, p, html, body: opening and closing tags
    assert story(2) in flat


def test_hostile_files_with_nul_bytes_of_every_size_are_stored_nowhere(tmp_path):
    rng = random.Random(15)
    for size in (1, 2, 13, 100, 4_096, 65_537, 1_000_000):
        prose = (story(size % 50) + "\n").encode() * (size // 200 + 1)
        data = bytearray(prose[:size])
        data[rng.randrange(size)] = 0
        (tmp_path / f"nul-{size}.txt").write_bytes(bytes(data))
        (tmp_path / f"nul-{size}.html").write_bytes(bytes(data))
    (tmp_path / "short.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "lines.jsonl").write_text(json.dumps({"text": story(1) + "\x00"}) + "\n")
    db = str(tmp_path / "n.db")
    store = Store(db)
    try:
        report = pipeline.ingest(pipeline.read_sources([str(tmp_path)], Options()), store,
                                 replace(Options(), db=db))
        assert {code for _, code, _ in report.failed} == {"B206"} and len(report.failed) == 16
        assert report.new == 0
        assert store.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0
        assert store.db.execute("SELECT COUNT(*) FROM search_fts").fetchone()[0] == 0
    finally:
        store.close()
