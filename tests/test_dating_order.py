"""Publication dates do not depend on what else the store holds nor on the order documents came
in: the seeds alone, with ../shared/dev, and with 100 Wikinews articles (fed as a scraper
delivers pages: URL and text, no date field), in one run or several, in shuffled orders.
``bench/dating_order.py`` runs the same check with 300 articles and more orders."""

from __future__ import annotations

import gzip
import itertools
import json
import random
from dataclasses import replace

import pytest

from blocwatch import pipeline
from blocwatch.config import Options
from blocwatch.read import read
from blocwatch.records import RawDocument
from blocwatch.store import Store

from .conftest import shared

NEWS = 100


def _build(path: str, *runs) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    for docs in runs:
        store = Store(path)
        pipeline.ingest(docs, store, replace(Options(), db=path))
        store.close()
    store = Store(path)
    got = {r[0]: (r[1], r[2]) for r in store.db.execute(
        "SELECT source_key, published, published_basis FROM documents")}
    store.close()
    return got


@pytest.fixture(scope="module")
def stores(tmp_path_factory):  # type: ignore[no-untyped-def]
    seeds = list(read([str(shared("corpus", "seeds"))], Options()))
    dev = list(read([str(shared("dev", "docs.jsonl"))], Options()))
    news = []
    with gzip.open(shared("corpus", "news", "articles.jsonl.gz"), "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, NEWS):
            rec = json.loads(line)
            news.append(RawDocument(f"news#{rec['id']}", rec["url"], rec["text"], "text/plain",
                                    url=rec["url"]))
    tmp = tmp_path_factory.mktemp("order")
    everything = [*seeds, *dev, *news]
    random.Random(13).shuffle(everything)
    return {
        "seeds alone": _build(str(tmp / "a.db"), seeds),
        "seeds and dev": _build(str(tmp / "b.db"), [*seeds, *dev]),
        "all, shuffled, one run": _build(str(tmp / "c.db"), everything),
        "news and dev, then the seeds": _build(str(tmp / "d.db"), [*news, *dev][::-1],
                                                 seeds[::-1]),
    }, {d.source_key for d in seeds}, {d.source_key for d in dev}


def _differing(stores, keys):  # type: ignore[no-untyped-def]
    out = {}
    for key in keys:
        seen = {name: s[key] for name, s in stores.items() if key in s}
        if len(set(seen.values())) > 1:
            out[key] = seen
    return out


def test_dating_seeds_identical_alone_with_dev_and_with_news_in_any_order(stores):
    built, seeds, _ = stores
    assert all(seeds <= set(s) for s in built.values())
    assert _differing(built, seeds) == {}
    assert built["seeds alone"][next(k for k in seeds if "001_" in k)][0] == "2007-02-20"


def test_dating_every_document_has_one_date_in_every_store(stores):
    built, _, dev = stores
    assert _differing(built, dev) == {}
    assert _differing(built, set(built["all, shuffled, one run"])) == {}
