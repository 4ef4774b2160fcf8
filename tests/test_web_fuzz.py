"""The HTTP API against its own OpenAPI document, checked by an independent fuzzer.

schemathesis (from PyPI, in the dev extras) reads /api/openapi.json from a real `blocwatch
serve` over a store of real articles (the seed articles and dev articles from ../shared) and
sends requests the schema admits and requests it refuses, to every operation, POST
/api/documents included (with the token), checking every answer with all of its checks: no
server error, only documented status codes, content types and headers, answers matching their
schema, schema-valid requests accepted and invalid ones refused, Allow on 405.  A fixed seed
and a bounded number of examples per operation keep the run the same and short; ids the store
holds are offered for path parameters, so that requests reach real documents and entities.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from blocwatch import pipeline
from blocwatch.config import Options
from blocwatch.store import Store

from .conftest import REPO, WEB_TOKEN, shared
from .webserver import Server

SEED = 15
EXAMPLES = 10  # per operation and phase


@pytest.fixture(scope="module")
def real_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The five seed articles and eight dev articles, ingested as `blocwatch ingest` does."""
    dev = sorted(shared("dev", "docs").glob("*.txt"))[:8]
    path = str(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    options = replace(Options(), db=path)
    store = Store(path)
    try:
        report = pipeline.ingest(pipeline.read_sources(
            [str(shared("corpus", "seeds")), *map(str, dev)], options), store, options)
    finally:
        store.close()
    assert report.new == 13 and not report.failed
    return path


def fuzz_config(db: str, target: Path) -> Path:
    """tests/schemathesis.toml, plus ids this store holds, offered for half of the path
    parameters generated, so that requests reach real documents, items and entities."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        def ids(sql: str) -> str:
            return json.dumps([r[0] for r in conn.execute(sql)])
        documents = ids("SELECT id FROM documents ORDER BY id LIMIT 10")
        items = ids("SELECT id FROM (SELECT id FROM claims ORDER BY id LIMIT 6) UNION ALL "
                    "SELECT id FROM (SELECT id FROM events ORDER BY id LIMIT 6) UNION ALL "
                    "SELECT id FROM (SELECT id FROM quotes ORDER BY id LIMIT 4)")
        entities = ids("SELECT id FROM (SELECT id FROM entities ORDER BY id LIMIT 12) UNION ALL "
                       "SELECT name FROM (SELECT name FROM entities WHERE kind='organization' "
                       "ORDER BY name LIMIT 6)")
    finally:
        conn.close()
    target.write_text((REPO / "tests" / "schemathesis.toml").read_text("utf-8") + f"""
[dictionaries.documents]
values = {documents}
[dictionaries.items]
values = {items}
[dictionaries.entities]
values = {entities}
[parameters]
"path.doc_id" = {{dictionary = "documents", probability = 0.5}}
"path.item_id" = {{dictionary = "items", probability = 0.5}}
"path.entity" = {{dictionary = "entities", probability = 0.5}}
"path.org" = {{dictionary = "entities", probability = 0.5}}
""", "utf-8")
    return target


def schemathesis_command() -> list[str]:
    script = Path(sys.executable).parent / "schemathesis"
    if not script.exists():
        found = shutil.which("schemathesis")
        assert found, "schemathesis is not installed: pip install -c requirements.lock -e '.[dev]'"
        script = Path(found)
    return [str(script)]


def test_web_api_passes_schemathesis_with_every_check(real_store, tmp_path):
    server = Server(real_store, tmp_path / "serve.log", token=WEB_TOKEN)
    try:
        started = time.monotonic()
        run = subprocess.run(
            [*schemathesis_command(), "--config-file",
             str(fuzz_config(real_store, tmp_path / "schemathesis.toml")),
             "run", f"{server.url}/api/openapi.json", "--url", server.url, "--checks", "all",
             "--seed", str(SEED), "--max-examples", str(EXAMPLES), "--workers", "1",
             "--generation-database", "none", "--no-color",
             "--header", f"Authorization: Bearer {WEB_TOKEN}"],
            capture_output=True, text=True, timeout=600, cwd=tmp_path)
        seconds = time.monotonic() - started
    finally:
        server.stop()
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-6000:]
    assert "Tested: 16" in output and " failure" not in output.split("SUMMARY")[-1], output[-3000:]
    assert "Traceback" not in server.log(), server.log()[-3000:]
    print(f"schemathesis: {seconds:.0f} s\n{output[-1500:]}")
