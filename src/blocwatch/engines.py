"""Engines: batches of sources → extractions, in worker processes here or on a Ray cluster.

An engine runs ``pipeline.extract_batch`` (every stage but the store) over a stream of
batches and hands the results back in input order; the caller stays the one writer, so a
run gives the same store whatever the engine.  Only a bounded number of batches is in flight
at once, so memory does not grow with the corpus.

* ``LocalPool(workers)``: a process pool on this machine; each worker loads the spaCy
  pipeline once (in its initializer) and parses whole batches with ``nlp.pipe``.
* ``RayEngine(address, num_cpus)``: Ray Data ``map_batches`` with an actor pool of
  extractors, each loading the pipeline once; without an address it starts a local Ray
  runtime, with one it joins that cluster (every node needs blocwatch installed).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from typing import Any

from . import nlp
from .config import Options
from .errors import EngineError
from .knowledge import knowledge
from .pipeline import Engine, InProcess, extract_batch
from .records import Extraction, RawDocument, ReadFailure

log = logging.getLogger(__name__)
Batch = list[RawDocument | ReadFailure]
Results = list[Extraction | ReadFailure]
ENGINES = ("local", "ray")


# --- local process pool -----------------------------------------------------------------------
_WORKER: dict[str, Any] = {}


def _init_worker(options: Options, today: date | None) -> None:
    """Runs once in each worker process: load the pipeline and the knowledge data."""
    nlp.load_pipeline(options.spacy_model)
    knowledge()
    _WORKER["options"], _WORKER["today"] = options, today


def _work(batch: Batch) -> Results:
    return extract_batch(batch, _WORKER["options"], _WORKER["today"], keep_docs=False)


class LocalPool:
    """``workers`` processes on this machine, ``ahead`` batches queued per worker."""

    def __init__(self, workers: int, ahead: int = 2) -> None:
        if workers < 1:
            raise EngineError(f"--workers must be 1 or more, got {workers}", code="B801")
        self.workers = workers
        self.ahead = ahead

    def extract(self, batches: Iterable[Batch], options: Options,
                today: date | None) -> Iterator[Results]:
        # fork where it is safe and cheap (the parent has the pipeline loaded already);
        # spawn elsewhere
        method = "fork" if sys.platform == "linux" else "spawn"
        context = multiprocessing.get_context(method)
        pending: deque[Future[Results]] = deque()
        with ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker,
                                 initargs=(options, today)) as pool:
            try:
                for batch in batches:
                    pending.append(pool.submit(_work, batch))
                    if len(pending) >= self.workers * self.ahead:
                        yield pending.popleft().result()
                while pending:
                    yield pending.popleft().result()
            except BrokenProcessPool as exc:
                raise EngineError(f"a worker process died ({exc}); the documents written so far "
                                  f"are kept; run ingest again to go on (out of memory? try "
                                  f"fewer --workers or a smaller --batch-size)", code="B804") from exc
            finally:
                for future in pending:
                    future.cancel()


# --- Ray ---------------------------------------------------------------------------------------
class _RayExtractor:
    """One actor of the Ray Data actor pool: loads the pipeline once, extracts whole batches."""

    def __init__(self, options: Options, today: date | None) -> None:
        _init_worker(options, today)

    def __call__(self, rows: dict[str, Any]) -> dict[str, Any]:
        out = [pickle.dumps(_work(pickle.loads(blob))) for blob in rows["batch"]]
        return {"result": out}


class RayEngine:
    """Ray Data ``map_batches`` over an actor pool of ``concurrency`` extractors.

    Batches are sent in windows of ``window`` batches (one Ray dataset each), which bounds
    what the driver holds; results come back in order (``preserve_order``).
    """

    def __init__(self, address: str | None = None, num_cpus: int | None = None,
                 concurrency: int | None = None, window: int = 256) -> None:
        self.address = address
        self.num_cpus = num_cpus
        self.concurrency = concurrency
        self.window = window

    def _start(self) -> tuple[Any, bool]:
        try:
            import ray
            import ray.data  # noqa: F401 - fails here when the extra is missing
        except ImportError as exc:
            raise EngineError("the Ray engine needs Ray Data: pip install 'blocwatch[ray]'",
                              code="B802") from exc
        if ray.is_initialized():
            return ray, False
        try:
            if self.address:
                ray.init(address=self.address, log_to_driver=False, configure_logging=False)
            else:
                ray.init(num_cpus=self.num_cpus or os.cpu_count() or 1, include_dashboard=False,
                         log_to_driver=False, configure_logging=False)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = self.address or "a local runtime"
            raise EngineError(f"cannot start Ray ({where}): {exc}; check the address "
                              f"(ray://HOST:10001 or HOST:6379) and that the cluster is up",
                              code="B803") from exc
        return ray, True

    def extract(self, batches: Iterable[Batch], options: Options,
                today: date | None) -> Iterator[Results]:
        ray, started = self._start()
        try:
            context = ray.data.DataContext.get_current()
            context.execution_options.preserve_order = True
            context.enable_progress_bars = False
            context.print_on_execution_start = False
            actors = self.concurrency or max(1, int(ray.cluster_resources().get("CPU", 1)))
            window: list[bytes] = []
            for batch in batches:
                window.append(pickle.dumps(batch))
                if len(window) >= self.window:
                    yield from self._run(ray, window, options, today, actors)
                    window = []
            if window:
                yield from self._run(ray, window, options, today, actors)
        finally:
            if started:
                ray.shutdown()

    def _run(self, ray: Any, window: list[bytes], options: Options, today: date | None,
             actors: int) -> Iterator[Results]:
        ds = ray.data.from_items([{"batch": b} for b in window]).map_batches(
            _RayExtractor, fn_constructor_kwargs={"options": options, "today": today},
            batch_size=1, num_cpus=1,
            compute=ray.data.ActorPoolStrategy(size=min(actors, len(window))))
        try:
            for row in ds.iter_rows():
                yield pickle.loads(row["result"])
        except ray.exceptions.RayError as exc:
            raise EngineError(f"the Ray job failed: {exc}", code="B805") from exc


def make_engine(engine: str = "local", workers: int = 1, address: str | None = None
                ) -> Engine:
    """The engine the CLI flags name: ``local`` with ``workers`` processes (1: in this
    process), or ``ray`` (on ``address``, or a local runtime with ``workers`` CPUs)."""
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}",
                          code="B801")
    if workers < 1:
        raise EngineError(f"--workers must be 1 or more, got {workers}", code="B801")
    if engine == "ray":
        return RayEngine(address, num_cpus=None if address else workers)
    if address:
        raise EngineError("--address only applies to --engine ray", code="B801")
    return InProcess() if workers == 1 else LocalPool(workers)


__all__ = ["ENGINES", "LocalPool", "RayEngine", "make_engine"]
