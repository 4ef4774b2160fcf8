"""Shared fixtures: real spaCy, real SQLite stores built from the shipped demo corpus and ../shared."""

from __future__ import annotations

import gzip
import itertools
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from blocwatch import pipeline
from blocwatch.cli import app
from blocwatch.config import Options
from blocwatch.nlp import load_pipeline
from blocwatch.plover import code_doc, main_event
from blocwatch.records import RawDocument
from blocwatch.store import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared(*parts: str) -> Path:
    """A path under ../shared, or a clean skip when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared not found ({path}); these tests need the shared corpus beside the "
                    f"repository")
    return path


def raw(path: Path, media_type: str = "text/plain") -> RawDocument:
    return RawDocument(str(path), str(path.resolve()), path.read_text("utf-8"), media_type)


@pytest.fixture(scope="session")
def code():
    """The PLOVER coder's main event of one text, through the real spaCy pipeline."""
    nlp = load_pipeline(Options().spacy_model)

    def run(text: str):
        return main_event(code_doc(nlp(text)))

    return run


@pytest.fixture(scope="session")
def options(tmp_path_factory: pytest.TempPathFactory) -> Options:
    return replace(Options(), db=str(tmp_path_factory.mktemp("db") / "blocwatch.db"))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store with the five bundled seed articles, ingested as `blocwatch demo` does."""
    path = str(tmp_path_factory.mktemp("demo") / "demo.db")
    store = Store(path)
    pipeline.ingest(pipeline.demo_sources(), store, replace(Options(), db=path))
    store.close()
    return path


@pytest.fixture(scope="session")
def seed_extractions() -> dict[str, object]:
    """Each seed article run through every stage but the store, keyed by file stem."""
    options = Options()
    return {Path(d.source_path).stem: pipeline.process(d, options)
            for d in pipeline.demo_sources()}


WEB_TOKEN = "test-token-for-blocwatch"


def serve_copy(demo_db: str, folder: Path, token: str | None = None):  # type: ignore[no-untyped-def]
    """A real `blocwatch serve` over a private copy of the demo store."""
    from .webserver import Server, copy_store

    return Server(copy_store(demo_db, folder / "web.db"), folder / "serve.log", token=token)


@pytest.fixture(scope="session")
def web_server(demo_db: str, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """`blocwatch serve` over a copy of the demo store, writes enabled (tests may add documents)."""
    server = serve_copy(demo_db, tmp_path_factory.mktemp("web"), token=WEB_TOKEN)
    yield server
    server.stop()


def store_content(path: str) -> dict[str, list[tuple]]:
    """Every row of every table but the times of writing, order-free (full-text indexes by
    what they hold, not by how their segments happen to be laid out)."""
    db = sqlite3.connect(path)
    out = {}
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    virtual = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table' AND "
                                        "sql LIKE 'CREATE VIRTUAL TABLE%'")]
    for table in tables:
        if any(table.startswith(v + "_") for v in virtual):
            continue
        cols = [c[1] for c in db.execute(f"PRAGMA table_info({table})")
                if c[1] not in ("ingested_at", "at")]
        out[table] = sorted(db.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
    db.close()
    return out


NEWS = SHARED / "corpus" / "news" / "articles.jsonl.gz"


@pytest.fixture(scope="session")
def engine_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles, the articles of ``redating_docs`` (one year-less, re-dated by the others),
    (when ../shared is there) 30 Wikinews articles, and one broken line."""
    folder = tmp_path_factory.mktemp("corpus")
    yearless, dated = redating_docs()
    lines = [json.dumps({"text": d.text, "url": f"https://seed.example/{Path(d.source_path).name}"})
             for d in [*pipeline.demo_sources(), *dated, yearless]]
    if NEWS.exists():
        with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
            lines += [line.rstrip("\n") for line in itertools.islice(fh, 30)]
    lines.insert(3, "{not json")
    path = folder / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.fixture(scope="session")
def one_process_db(engine_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("one") / "one.db")
    result = CliRunner().invoke(app, ["ingest", str(engine_corpus), "--db", path, "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return path


# A year-less article like the seed from RIA Novosti (February 20 was a Tuesday in 2001, 2007,
# 2018 and 2024; the text names 2001 as the year of the routes it speaks of, so alone it prefers
# 2001) and dated articles that place its Secretary General and the CSTO's founding: with them
# the store moves it to 2007.  The seeds no longer need the store (their text rules 2001 out),
# so the tests of re-dating use these.
YEARLESS_TEXT = (
    "MOSCOW, February 20 (RIA Novosti) - CSTO Secretary General Nikolai Bordyuzha met OSCE "
    "officials in Moscow to discuss the drug trafficking routes mapped in 2001, an OSCE official "
    "said Tuesday.")
DATING_TEXTS = (
    "MOSCOW, June 14, 2005 - CSTO Secretary General Nikolai Bordyuzha will fly to Yerevan on "
    "Tuesday, officials said.",
    "BEIJING, October 25, 2012 - CSTO Secretary General Nikolai Bordyuzha said on Thursday that "
    "the bloc would hold drills. Founded in May 2002, the CSTO groups Armenia, Belarus, "
    "Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan.",
    "MOSCOW, November 2, 2017 - CSTO Secretary General Yuri Khachaturov held talks with the OSCE "
    "on Thursday, officials said.",
    "MINSK, December 19, 2022 - CSTO Secretary General Stanislav Zas held a press conference on "
    "Monday, officials said.")


def redating_docs() -> tuple[RawDocument, list[RawDocument]]:
    """The year-less article and the dated ones that re-date it (see ``YEARLESS_TEXT``)."""
    yearless = RawDocument("redating/yearless.txt", "https://redating.example/yearless",
                           YEARLESS_TEXT, "text/plain")
    return yearless, [RawDocument(f"redating/dated-{n}.txt", f"https://redating.example/{n}", t,
                                  "text/plain") for n, t in enumerate(DATING_TEXTS)]
