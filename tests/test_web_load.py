"""A bounded load test: 4 clients × 500 requests against a real server while it ingests.

Traffic goes only to the loopback server this test starts; every loop is bounded in count and
in time.  No request may fail with a 5xx or say 'database is locked', and every document
posted meanwhile must be stored.
"""

from __future__ import annotations

import statistics
import threading
import time
from itertools import cycle

import httpx

from blocwatch import pipeline

from .conftest import WEB_TOKEN, serve_copy

CLIENTS = 4
REQUESTS = 500
DEADLINE_S = 240  # a safety bound; the run takes ~30 s on an idle 2-core machine
PATHS = ["/api/search?q=Secretary+General", "/api/entities/CSTO", "/api/members/CSTO?as_of=2012",
         "/api/officials/OSCE?as_of=2017", "/api/documents", "/api/events?category=CONSULT",
         "/api/timeline?entity=CSTO&entity=OSCE", "/api/search?q=Greminger", "/",
         "/?q=terrorism", "/api/health", "/api/conflicts"]


def test_load_readers_during_an_ingest_see_no_errors(demo_db, tmp_path):
    server = serve_copy(demo_db, tmp_path, token=WEB_TOKEN)
    before = httpx.get(f"{server.url}/api/health").json()["counts"]["documents"]
    deadline = time.monotonic() + DEADLINE_S
    readers_done = threading.Event()
    failures: list[str] = []
    latencies: list[float] = []
    posted: list[int] = []
    lock = threading.Lock()

    def ingest() -> None:
        texts = [d.text for d in pipeline.demo_sources()]
        with httpx.Client(base_url=server.url, timeout=120) as client:
            for n, text in enumerate(cycle(texts)):
                if readers_done.is_set() or time.monotonic() > deadline or n >= 40:
                    return
                try:
                    response = client.post("/api/documents", headers={
                        "Authorization": f"Bearer {WEB_TOKEN}"}, json={
                        "text": f"{text}\n\nLoad test copy {n}.", "source": f"load/{n}"})
                except httpx.TransportError as exc:  # reported, not lost with the thread
                    with lock:
                        failures.append(f"POST {n}: {type(exc).__name__}: {exc}")
                    return
                with lock:
                    posted.append(response.status_code)
                    if response.status_code != 201:
                        failures.append(f"POST {n}: {response.status_code} {response.text[:200]}")

    def read(offset: int) -> None:
        paths = cycle(PATHS[offset:] + PATHS[:offset])
        with httpx.Client(base_url=server.url, timeout=60) as client:
            for _ in range(REQUESTS):
                if time.monotonic() > deadline:
                    with lock:
                        failures.append("deadline reached before all requests were sent")
                    return
                path = next(paths)
                started = time.monotonic()
                try:
                    response = client.get(path)
                except httpx.TransportError as exc:
                    with lock:
                        failures.append(f"GET {path}: {type(exc).__name__}: {exc}")
                    return
                elapsed = time.monotonic() - started
                with lock:
                    latencies.append(elapsed)
                    if response.status_code >= 500 or "database is locked" in response.text:
                        failures.append(f"GET {path}: {response.status_code} {response.text[:200]}")

    writer = threading.Thread(target=ingest)
    readers = [threading.Thread(target=read, args=(i * 3,)) for i in range(CLIENTS)]
    started = time.monotonic()
    try:
        writer.start()
        time.sleep(0.5)  # the first document is being ingested when the readers start
        for r in readers:
            r.start()
        for r in readers:
            r.join()
        readers_done.set()
        writer.join()
        wall = time.monotonic() - started
        after = httpx.get(f"{server.url}/api/health").json()["counts"]["documents"]
    finally:
        server.stop()
    assert not failures, failures[:5]
    assert len(latencies) == CLIENTS * REQUESTS
    assert posted and after == before + len(posted)
    assert "database is locked" not in server.log()
    latencies.sort()
    print(f"\nload: {len(latencies)} reads by {CLIENTS} clients + {len(posted)} ingests in "
          f"{wall:.1f} s; read latency p50 {statistics.median(latencies) * 1000:.0f} ms, "
          f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.0f} ms, "
          f"max {latencies[-1] * 1000:.0f} ms")
