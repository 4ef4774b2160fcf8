"""The Ray engine on a real local Ray runtime (2 CPUs): the same store as one process."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from blocwatch.cli import app

from .conftest import store_content

pytest.importorskip("ray.data", reason="the Ray engine needs the 'ray' extra (pip install "
                                       "'blocwatch[ray]')")
pytestmark = pytest.mark.ray


def test_ray_engine_gives_the_same_store_as_one_process(engine_corpus, one_process_db, tmp_path):
    path = str(tmp_path / "ray.db")
    result = CliRunner().invoke(app, ["ingest", str(engine_corpus), "--db", path, "--engine", "ray",
                                      "--workers", "2", "--batch-size", "8", "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [f["code"] for f in report["failed"]] == ["B210"]
    assert [r["to"] for r in report["redated"]] == ["2007-02-20"]
    one, ray = store_content(one_process_db), store_content(path)
    for table in one:
        assert one[table] == ray[table], table
