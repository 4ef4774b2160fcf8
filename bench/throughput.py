"""Ingest throughput against bare spaCy, with workers and on Ray, and peak memory as the corpus grows.

On ``../shared/corpus/news/articles.jsonl.gz`` (Wikinews, plain text) and, for the HTML path,
``../shared/corpus/html``, one run measures docs/s, words/s (whitespace words of the cleaned
text), CPU seconds and peak RSS (the process and all its children, sampled every 50 ms) for:

  (a) bare spaCy: ``spacy.load(model).pipe`` over the same cleaned texts, same model and batch
      size, one process: the practical limit;
  (b) ``blocwatch ingest``, 1 worker (every stage, SQLite writes, re-dating) into a new store;
  (c) 2 worker processes;  (d) Ray Data with 2 CPUs (local runtime started before timing);

then the ratios (b)/(a), (c)/(b), (d)/(c), and peak RSS of (b) at 1x and 10x a slice of the
corpus (10x = the slice replicated with distinct ids, so every copy is a new document).

Each measurement runs in its own Python process so that peak RSS is its own.  The machine's
load average is printed beside the figures: on shared cores, parallel ratios are bounded by
the cores actually free.

    .venv/bin/python bench/throughput.py [--limit N] [--rss-docs N] [--html-limit N]
                                         [--batch-size N] [--skip-ray] [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

NEWS = REPO.parent / "shared" / "corpus" / "news" / "articles.jsonl.gz"
HTML = REPO.parent / "shared" / "corpus" / "html"


# --- inside one measurement process --------------------------------------------------------------
class PeakRSS:
    """Peak resident memory of this process and all its descendants, sampled in a thread."""

    def __init__(self, interval: float = 0.05) -> None:
        import psutil

        self.me = psutil.Process()
        self.peak = 0
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _total(self) -> int:
        import psutil

        total = 0
        for p in [self.me, *self.me.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                continue
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._total())
            time.sleep(self.interval)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._total())


def _sources(corpus: str, limit: int, copies: int = 1) -> Iterator[Any]:
    """The corpus's documents, streamed; copy k > 0 gets distinct source keys."""
    from blocwatch.config import Options
    from blocwatch.read import read

    paths = [str(NEWS)] if corpus == "news" else sorted(str(p) for p in HTML.glob("*.htm*"))
    for k in range(copies):
        for doc in itertools.islice(read(paths, Options()), limit):
            if k and hasattr(doc, "text"):
                doc = replace(doc, source_key=f"{doc.source_key}#copy{k}",
                              url=f"{doc.url}#copy{k}" if doc.url else None)
            yield doc


def _cleaned(corpus: str, limit: int) -> list[str]:
    from blocwatch import pipeline
    from blocwatch.errors import BlocwatchError

    texts = []
    for doc in _sources(corpus, limit):
        if not hasattr(doc, "text"):
            continue
        try:
            texts.append(pipeline.prepare(doc)[0].text)
        except BlocwatchError:
            continue
    return texts


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (pool workers; not
    Ray's workers, which belong to its raylet)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def measure(kind: str, corpus: str, limit: int, copies: int, batch_size: int) -> dict[str, Any]:
    from blocwatch.config import Options

    options = Options(batch_size=batch_size)
    texts = _cleaned(corpus, limit)  # the same texts (a) parses; their words count for every row
    words = sum(len(t.split()) for t in texts) * copies
    result: dict[str, Any] = {"kind": kind, "corpus": corpus, "copies": copies}
    if kind == "bare":
        import spacy

        nlp = spacy.load(options.spacy_model)
        list(nlp.pipe(texts[:8]))  # warm up, as the ingest runs' model loading does
        with PeakRSS() as rss:
            t0, c0 = time.perf_counter(), time.process_time()
            n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        result.update(docs=n, words=words, seconds=wall, cpu_seconds=cpu, peak_rss=rss.peak)
        return result
    from blocwatch import nlp as bnlp
    from blocwatch import pipeline
    from blocwatch.engines import make_engine
    from blocwatch.store import Store

    engine_name, workers = kind.split(":")
    bnlp.load_pipeline(options.spacy_model)
    if engine_name == "ray":
        import ray

        t0 = time.perf_counter()
        ray.init(num_cpus=int(workers), include_dashboard=False, log_to_driver=False,
                 configure_logging=False)
        result["ray_init_seconds"] = time.perf_counter() - t0
    engine = make_engine(engine_name, int(workers))
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "bench.db")
        store = Store(path)
        with PeakRSS() as rss:
            t0, c0 = time.perf_counter(), _cpu()
            report = pipeline.ingest(_sources(corpus, limit, copies), store,
                                     replace(options, db=path), engine=engine)
            wall, cpu = time.perf_counter() - t0, _cpu() - c0
        store.close()
    result.update(docs=report.new + report.replaced + len(report.failed), words=words,
                  seconds=wall, cpu_seconds=cpu, peak_rss=rss.peak, failed=len(report.failed),
                  redated=len(report.redated))
    return result


# --- the orchestrating process -------------------------------------------------------------------
def _run(kind: str, corpus: str, limit: int, copies: int, batch_size: int) -> dict[str, Any]:
    load = os.getloadavg()[0]
    out = subprocess.run([sys.executable, __file__, "--measure", kind, "--corpus", corpus,
                          "--limit", str(limit), "--copies", str(copies),
                          "--batch-size", str(batch_size)],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{kind} on {corpus} failed:\n{out.stderr[-3000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["load_before"] = round(load, 2)
    result["load_after"] = round(os.getloadavg()[0], 2)
    result["docs_per_s"] = result["docs"] / result["seconds"]
    result["words_per_s"] = result["words"] / result["seconds"]
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=400, help="news articles per run (default 400)")
    ap.add_argument("--rss-docs", type=int, default=100,
                    help="articles in the 1x slice of the memory runs (10x = 10 copies)")
    ap.add_argument("--html-limit", type=int, default=60, help="HTML pages for the HTML path")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--skip-ray", action="store_true")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", default="news", help=argparse.SUPPRESS)
    ap.add_argument("--copies", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.corpus, args.limit, args.copies,
                                 args.batch_size)))
        return
    if not NEWS.exists():
        raise SystemExit(f"{NEWS} not found: the benchmark needs ../shared beside the repository")
    runs: dict[str, dict[str, Any]] = {}
    plan = [("a", "bare", "news", args.limit, 1), ("b", "local:1", "news", args.limit, 1),
            ("c", "local:2", "news", args.limit, 1)]
    if not args.skip_ray:
        plan.append(("d", "ray:2", "news", args.limit, 1))
    plan += [("rss_1x", "local:1", "news", args.rss_docs, 1),
             ("rss_10x", "local:1", "news", args.rss_docs, 10)]
    if HTML.exists() and args.html_limit:
        plan += [("html_a", "bare", "html", args.html_limit, 1),
                 ("html_b", "local:1", "html", args.html_limit, 1)]
    for name, kind, corpus, limit, copies in plan:
        runs[name] = _run(kind, corpus, limit, copies, args.batch_size)
        print(f"{name}: {runs[name]['docs_per_s']:.2f} docs/s (load {runs[name]['load_before']})",
              file=sys.stderr)

    def ratio(x: str, y: str) -> float | None:
        return runs[x]["docs_per_s"] / runs[y]["docs_per_s"] if x in runs and y in runs else None

    summary = {
        "b/a": ratio("b", "a"), "c/b": ratio("c", "b"), "d/c": ratio("d", "c"),
        # docs per CPU second: what (b)/(a) is on cores nobody else uses
        "b/a by CPU": runs["a"]["cpu_seconds"] / runs["b"]["cpu_seconds"] * runs["b"]["docs"]
        / runs["a"]["docs"],
        "rss_10x/rss_1x": runs["rss_10x"]["peak_rss"] / runs["rss_1x"]["peak_rss"],
        "html_b/html_a": ratio("html_b", "html_a"),
        "cpus": os.cpu_count(), "batch_size": args.batch_size,
    }
    if args.json:
        print(json.dumps({"runs": runs, "summary": summary}, indent=2))
        return
    labels = {"a": "(a) bare spaCy nlp.pipe", "b": "(b) ingest, 1 worker", "c": "(c) ingest, 2 workers",
              "d": "(d) ingest, Ray 2 CPUs", "rss_1x": "(b) at 1x slice", "rss_10x": "(b) at 10x slice",
              "html_a": "HTML: bare spaCy", "html_b": "HTML: ingest, 1 worker"}
    print("| run | docs | docs/s | words/s | CPU s | peak RSS MiB | load before/after |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, r in runs.items():
        print(f"| {labels[name]} | {r['docs']} | {r['docs_per_s']:.2f} | {r['words_per_s']:.0f} | "
              f"{r['cpu_seconds']:.1f} | {r['peak_rss'] / 2**20:.0f} | "
              f"{r['load_before']} / {r['load_after']} |")
    print()
    for key, value in summary.items():
        print(f"{key}: {value:.2f}" if isinstance(value, float) else f"{key}: {value}")


if __name__ == "__main__":
    main()
