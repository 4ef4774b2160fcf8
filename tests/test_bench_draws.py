"""bench/plover_news.py's article sets: every offset below k = rows // articles is a disjoint
set, and an offset of k or more, which would repeat offset 0's articles moved by one row, is
refused with a clear error (stop 46: an offset-14 draw had come from 299 of offset 0's 300
articles)."""
from __future__ import annotations

import gzip
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import shared

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "plover_news.py"


def _module():
    spec = importlib.util.spec_from_file_location("plover_news_bench", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _k() -> int:
    with gzip.open(shared("corpus", "news", "articles.jsonl.gz"), "rt", encoding="utf-8") as fh:
        return sum(1 for line in fh if line.strip()) // 300


def test_offsets_below_k_are_disjoint_and_k_is_refused():
    k, bench = _k(), _module()
    first, last = bench.pick(300, 0), bench.pick(300, k - 1)
    assert len(first) == len(last) == 300
    assert not {r["id"] for r in first} & {r["id"] for r in last}
    with pytest.raises(ValueError, match="repeats offset 0"):
        bench.pick(300, k)


def test_the_script_refuses_an_offset_past_k():
    k = _k()
    run = subprocess.run([sys.executable, str(SCRIPT), "--offset", str(k), "--sample", "0"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 2 and f"--offset must be below {k}" in run.stderr, run.stderr
