"""Store maintenance: check finds injected damage of every kind; backup and restore, also live."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from blocwatch import maintenance
from blocwatch.cli import app
from blocwatch.errors import StoreError
from blocwatch.store import SCHEMA_VERSION

from .conftest import REPO, shared

runner = CliRunner()


@pytest.fixture
def copy(demo_db, tmp_path):
    """A private copy of the demo store, to damage."""
    return str(maintenance.backup(demo_db, tmp_path / "copy.db").destination)


def damage(path: str, *statements: str) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys=OFF")  # as another tool, or a bug, might write
    for s in statements:
        db.execute(s)
    db.close()


def test_check_passes_a_sound_store(demo_db):
    report = maintenance.check(demo_db)
    assert report.ok, report.problems
    assert report.schema_version == SCHEMA_VERSION
    assert report.counts["documents"] == 5 and report.counts["evidence"] > 50


INJURIES = {
    "offset": ("UPDATE evidence SET start = start + 1 WHERE rowid = "
               "(SELECT MIN(rowid) FROM evidence)",),
    "orphan": ("INSERT INTO entities(id, kind, name) VALUES ('person:nobody', 'person', 'Nobody')",),
    "foreign_key": ("INSERT INTO mentions(document_id, entity_id, start, end, text, kind, source) "
                    "VALUES ('doc:gone', 'org:csto', 0, 4, 'CSTO', 'ORG', 'test')",),
    "schema": ("UPDATE meta SET value = '1' WHERE key = 'schema_version'",),
    "no_evidence": ("DELETE FROM evidence WHERE owner_id = (SELECT MIN(id) FROM claims)",),
    "event_dates": ("UPDATE entity_events SET date = '1000-01-01' WHERE (entity_id, cluster_id) "
                    "= (SELECT entity_id, cluster_id FROM entity_events LIMIT 1)",),
    "dangling_evidence": ("DELETE FROM claims WHERE id = (SELECT MIN(owner_id) FROM evidence "
                          "WHERE owner_type = 'claim')",),
}


@pytest.mark.parametrize("kind", sorted(INJURIES))
def test_check_finds_injected_damage(copy, kind):
    damage(copy, *INJURIES[kind])
    report = maintenance.check(copy)
    assert not report.ok
    assert kind in report.totals, report.totals
    assert all(p.kind == kind for p in report.problems) or kind in ("foreign_key",
                                                                     "dangling_evidence")
    result = runner.invoke(app, ["check", "--db", copy, "--json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["ok"] is False and data["code"] == "B420" and kind in data["problems_per_kind"]


def test_check_reports_a_mention_whose_offsets_moved(copy):
    damage(copy, "UPDATE mentions SET end = end + 3 WHERE rowid = 1")
    report = maintenance.check(copy)
    assert report.totals == {"offset": 1}
    assert "mention" in report.problems[0].detail


def test_check_finds_page_level_corruption(copy, tmp_path):
    data = bytearray(Path(copy).read_bytes())
    page = 4096
    for n in range(3, len(data) // page, 2):  # scribble over every other page's cell area
        data[n * page + 200:n * page + 600] = b"\xa5" * 400
    broken = tmp_path / "broken.db"
    broken.write_bytes(bytes(data))
    report = maintenance.check(broken)
    assert not report.ok
    assert "integrity" in report.totals


def test_check_cli_ok_and_missing_store(demo_db, tmp_path):
    result = runner.invoke(app, ["check", "--db", demo_db])
    assert result.exit_code == 0 and "ok" in result.stdout
    result = runner.invoke(app, ["check", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "B401" in result.stderr


def test_backup_refuses_to_overwrite_without_force(demo_db, tmp_path):
    dest = tmp_path / "b.db"
    dest.write_text("precious")
    with pytest.raises(StoreError) as err:
        maintenance.backup(demo_db, dest)
    assert err.value.code == "B421" and dest.read_text() == "precious"
    result = runner.invoke(app, ["backup", str(dest), "--db", demo_db])
    assert result.exit_code == 1 and "B421" in result.stderr
    result = runner.invoke(app, ["backup", str(dest), "--db", demo_db, "--force", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["check"]["ok"] is True
    assert maintenance.check(dest).counts == maintenance.check(demo_db).counts


def test_backup_is_one_file_readable_without_its_wal(demo_db, tmp_path):
    dest = tmp_path / "b.db"
    maintenance.backup(demo_db, dest)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.db"]
    mode = sqlite3.connect(dest).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "delete"


def test_restore_puts_back_what_was_backed_up(copy, tmp_path):
    saved = tmp_path / "saved.db"
    maintenance.backup(copy, saved)
    before = maintenance.check(copy).counts
    damage(copy, "DELETE FROM documents")
    assert maintenance.check(copy).counts["documents"] == 0
    with pytest.raises(StoreError) as err:
        maintenance.restore(saved, copy)
    assert err.value.code == "B422"
    result = runner.invoke(app, ["restore", str(saved), "--db", copy, "--force"])
    assert result.exit_code == 0, result.output
    after = maintenance.check(copy)
    assert after.ok and after.counts == before


def test_restore_refuses_a_damaged_backup(copy, tmp_path):
    damage(copy, *INJURIES["orphan"])
    with pytest.raises(StoreError) as err:
        maintenance.restore(copy, tmp_path / "new.db")
    assert err.value.code == "B423" and "orphan" in err.value.message
    assert not (tmp_path / "new.db").exists()


def short_news(n: int, sentences: int = 4) -> list[dict[str, str | None]]:
    """The first ``n`` articles of the shared news corpus, cut to their first sentences."""
    import gzip
    import re

    out = []
    with gzip.open(shared("corpus", "news", "articles.jsonl.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            text = " ".join(re.split(r"(?<=[.!?])\s+", r["text"])[:sentences])
            out.append({"url": r["url"], "title": r["title"], "date": r["date"], "text": text})
            if len(out) == n:
                break
    return out


def cli_process(*args: str) -> subprocess.Popen[bytes]:
    """`blocwatch ARGS` in a child process, as an analyst would run it."""
    return subprocess.Popen([sys.executable, "-c", "from blocwatch.cli import main; main()", *args],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_backup_during_an_ingest_is_consistent(tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in short_news(80)), "utf-8")
    db = tmp_path / "live.db"
    child = cli_process("ingest", str(source), "--db", str(db), "--json")
    copies = []
    try:
        deadline = time.monotonic() + 240
        while child.poll() is None and time.monotonic() < deadline:
            if db.exists():
                try:
                    result = maintenance.backup(db, tmp_path / f"b{len(copies)}.db")
                except StoreError as exc:  # the store may not have its tables yet
                    assert exc.code == "B404", exc
                else:
                    copies.append(result)
            time.sleep(0.5)
        out, errs = child.communicate(timeout=240)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, errs.decode()
    final = maintenance.check(db)
    assert final.ok and final.counts["documents"] == 80
    taken = [c.check.counts.get("documents", 0) for c in copies]
    assert len(copies) >= 3 and any(0 < n < 80 for n in taken), taken  # some mid-ingest
    assert taken == sorted(taken)
    for c in copies:
        assert c.check.ok, (c.destination, c.check.problems)
