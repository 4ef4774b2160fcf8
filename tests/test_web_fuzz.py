"""The HTTP API against its own OpenAPI document, checked by an independent fuzzer.

schemathesis (from PyPI, in the dev extras) reads /api/openapi.json from a real `blocwatch
serve` over a store of real articles (the seed articles and dev articles from ../shared) and
sends requests the schema admits and requests it refuses, to every operation, POST
/api/documents included (with the token), checking every answer with all of its checks: no
server error, only documented status codes, content types and headers, answers matching their
schema, schema-valid requests accepted and invalid ones refused, Allow on 405.  A fixed seed
and a bounded number of examples per operation keep the run the same and short.
"""

from __future__ import annotations

import shutil
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
            [*schemathesis_command(), "--config-file", str(REPO / "tests" / "schemathesis.toml"),
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
