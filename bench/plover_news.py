"""Coded events on real news: the most frequent (category, trigger) pairs and a random draw to judge.

    python bench/plover_news.py [--articles 300] [--offset 0] [--sample 50] [--seed 14]
                                [--stable] [--judged FILE.jsonl ...]
                                [--out FILE.jsonl] [--all FILE.jsonl]

Takes every k-th article of ``../shared/corpus/news/articles.jsonl.gz`` (k so that
``--articles`` are spread over the whole corpus: k = rows // articles, 14 for 300), starting at
row ``--offset`` (``rows[offset::k][:articles]``; default 0, the 300 articles every earlier
draw came from). An offset of 1 to k-1 picks a set of articles disjoint from the default one
(``--offset 7``: a fresh set of 300 that no earlier judged draw has read). ``--rest`` takes
instead the rows no offset reaches (``rows[k*articles:]``: the last 42 articles of the corpus,
2020 news of every topic), the one set left unread once offsets 0 to k-1 are judged. Runs every stage but
the store (``pipeline.extract_batch``) and keeps the events of the sentence coder
(``events.plover.sentence.v1``; meetings come from the meeting extractor and are not counted).
Prints the count of events, the 30 most frequent (category, trigger lemma) pairs, and writes
``--sample`` events drawn with ``random.Random(seed)`` (sentence, category, trigger, source and
target actors) to ``--out`` for a reader to judge by the PLOVER manual.

``--html`` takes instead the 107 pages of ``../shared/corpus/html`` its README files as English
news or magazine articles ("en"), read as HTML as a user's crawl delivers them: a source no
PLOVER draw before stop 29 read.

``--stable`` draws so that the draw survives changes of the coder: every event is ranked by a
SHA-256 hash of (seed, document url, sentence text, trigger text) and the first ``--sample`` are
taken. An event the coder still makes keeps its rank, so after a change most of the draw is the
same events; only events that are new (or newly ranked in, because others left) need judging.
Rows of a stable draw carry ``seed``, ``offset``, ``draw`` (rank, from 1), ``commit`` and
``category_right``/``source_right``/``note`` (null, for the reader).

``--judged FILE`` (repeatable; earlier judged files of the same draw) reuses judgements: an event
of the new draw whose (document, sentence, trigger, category, source, target) equal a judged
row's takes its ``category_right``, ``source_right`` and ``note`` and is marked
``"reused": true``; the rest stay null. Prints category right x/N and category and source right
y/N over the judged rows, and how many rows still need judging.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import itertools
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from blocwatch.config import Options, load_options
from blocwatch.pipeline import extract_batch, read_sources
from blocwatch.plover import CODER
from blocwatch.records import Event, Extraction

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news" / "articles.jsonl.gz"
HTML = CORPUS.parents[1] / "html"


def pick(n: int, offset: int = 0, rest: bool = False) -> list[dict]:
    """Every k-th of n articles from ``offset``; with ``rest``, the rows past k*n instead."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    step = max(1, len(rows) // n)
    if not rest and offset >= step:  # rows[k::k] is offset 0's set moved by one row
        raise ValueError(f"--offset must be below {step} (the corpus holds {len(rows)} rows, "
                         f"every {step}-th of {n} articles): offset {offset} repeats offset "
                         f"{offset % step}'s articles")
    return rows[step * n:] if rest else rows[offset::step][:n]


def english_pages() -> list[Path]:
    """The pages of ../shared/corpus/html its README files as English news or magazine ("en")."""
    cells = [line.split("|") for line in (HTML / "README.md").read_text("utf-8").splitlines()
             if line.startswith("| `")]
    return [HTML / c[1].strip().strip("`") for c in cells if c[3].strip() == "en"]


def coder_extractions(articles: list[dict], pages: list[Path] = (),
                      options: Options | None = None,
                      keep_docs: bool = False) -> Iterator[tuple[Extraction, Event]]:
    """Each event of the sentence coder on the articles (JSON rows) and the HTML pages, with the
    extraction of its document (its parse kept with ``keep_docs``)."""
    options = options or load_options()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "slice.jsonl"
        path.write_text("".join(json.dumps(a) + "\n" for a in articles), "utf-8")
        items = list(read_sources([path, *pages], options))
        for i in range(0, len(items), 50):
            for ex in extract_batch(items[i:i + 50], options, keep_docs=keep_docs):
                if isinstance(ex, Extraction):
                    yield from ((ex, ev) for ev in ex.events if ev.extractor == CODER)


def actor_strings(event: Event, role: str) -> list[str]:
    """An event's source or target actors as a draw shows them: "text [CODE/SECTOR]"."""
    return [f"{a.text} [{a.code}/{a.sector}]" for a in event.coded if a.role == role]


def coded_events(articles: list[dict], pages: list[Path] = (), detail: bool = False) -> list[dict]:
    """The sentence coder's events on the articles (JSON rows) and the HTML pages; with
    ``detail``, each row also carries what the document stage knew of it (``detail``)."""
    out: list[dict] = []
    for ex, ev in coder_extractions(articles, pages):
        raw = ex.document.raw
        lemma = ev.evidence[0].extractor.rsplit(":", 1)[-1] if ev.evidence else ""
        out.append({
            "document": raw.url or Path(raw.source_key).name, "category": ev.category,
            "trigger": ev.trigger, "lemma": lemma, "date": ev.date,
            "source": actor_strings(ev, "source"), "target": actor_strings(ev, "target"),
            "sentence": ev.evidence[0].text if ev.evidence else ""})
        if detail:
            out[-1]["detail"] = {
                "extractor": ev.evidence[0].extractor if ev.evidence else "",
                "start": ev.evidence[0].start if ev.evidence else None,
                "length": len(ex.document.text), "published": ex.date.value,
                "date_basis": ex.date.basis, "date_precision": ev.date_precision,
                "mode": ev.mode, "contexts": list(ev.contexts), "quad": ev.quad,
                "cameo": ev.cameo, "n_targets": len(ev.targets),
                "codes": [[a.role, a.code, a.sector] for a in ev.coded],
                "confidence": ev.confidence}  # (scored by the stage with its trigger token)
    return out


def stable_rank(seed: int, event: dict) -> str:
    """A rank key that depends only on the seed and what the event says, not on the others."""
    key = json.dumps([seed, event["document"], event["sentence"], event["trigger"]],
                     ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def stable_draw(events: list[dict], seed: int, n: int) -> list[dict]:
    ranked = sorted(events, key=lambda e: (stable_rank(seed, e), e["category"],
                                           e["source"], e["target"]))
    return ranked[:n]


def judged_key(row: dict) -> tuple:
    return (row.get("document"), row.get("sentence"), row.get("trigger"), row.get("category"),
            tuple(row.get("source") or ()), tuple(row.get("target") or ()))


def load_judged(paths: list[str]) -> dict[tuple, dict]:
    """Judged rows (category_right not null) by judged_key; a later file wins."""
    judged: dict[tuple, dict] = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                row = json.loads(line)
                if row.get("category_right") is not None:
                    judged[judged_key(row)] = row
    return judged


def head_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, cwd=Path(__file__).resolve().parent,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def judge_rows(drawn: list[dict], judged: dict[tuple, dict], seed: int,
               offset: int | str) -> list[dict]:
    commit = head_commit()
    rows = []
    for i, e in enumerate(drawn, 1):
        row = {"seed": seed, "offset": offset, "draw": i, "commit": commit, **e,
               "category_right": None, "source_right": None, "note": None}
        old = judged.get(judged_key(e))
        if old is not None:
            row.update(category_right=old.get("category_right"),
                       source_right=old.get("source_right"), note=old.get("note"), reused=True)
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--offset", type=int, default=0,
                    help="first row of the every-k-th pick (0 to k-1, k = corpus rows // --articles; "
                         "other offsets give disjoint sets)")
    ap.add_argument("--rest", action="store_true",
                    help="the rows no offset reaches (past k * --articles) instead of an offset")
    ap.add_argument("--html", action="store_true",
                    help="the English news pages of ../shared/corpus/html instead of the news corpus")
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--stable", action="store_true",
                    help="rank events by a hash of (seed, url, sentence, trigger), take the first --sample")
    ap.add_argument("--judged", action="append", default=[], metavar="FILE",
                    help="judged rows to reuse for equal events of the draw (repeatable)")
    ap.add_argument("--out", help="write the drawn events here (JSON Lines)")
    ap.add_argument("--all", help="write every coded event here (JSON Lines)")
    ap.add_argument("--detail", action="store_true",
                    help="--all rows also carry the event's extractor, offsets, date basis, codes and "
                         "confidence")
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"no news corpus at {CORPUS}", file=sys.stderr)
        return 2
    if args.offset < 0:
        ap.error("--offset must be 0 or more")
    if args.html:
        articles, pages, where = [], english_pages(), "html"
    else:
        try:
            articles, pages = pick(args.articles, args.offset, args.rest), []
        except ValueError as err:
            ap.error(str(err))
        where = "rest" if args.rest else args.offset
    events = coded_events(articles, pages, detail=args.detail)
    pairs = collections.Counter((e["category"], e["lemma"]) for e in events)
    at = f" ({where})" if where else ""
    print(f"{len(events)} coded events in {len(articles) + len(pages)} articles{at}")
    for (cat, lemma), n in itertools.islice(pairs.most_common(), 30):
        print(f"{n:4d}  {cat:10} {lemma}")
    if args.all:
        with open(args.all, "w", encoding="utf-8") as fh:
            for e in events:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    events = [{k: v for k, v in e.items() if k != "detail"} for e in events]
    if args.stable:
        drawn = judge_rows(stable_draw(events, args.seed, args.sample),
                           load_judged(args.judged), args.seed, where)
    else:
        if args.judged:
            ap.error("--judged needs --stable")
        drawn = random.Random(args.seed).sample(events, min(args.sample, len(events)))
    if args.stable:
        done = [r for r in drawn if r["category_right"] is not None]
        cat = sum(1 for r in done if r["category_right"])
        both = sum(1 for r in done if r["category_right"] and r["source_right"])
        print(f"stable draw of {len(drawn)} (seed {args.seed}): {len(done)} judged"
              f" ({sum(1 for r in done if r.get('reused'))} reused); category {cat}/{len(done)},"
              f" category+source {both}/{len(done)}; {len(drawn) - len(done)} still to judge")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for e in drawn:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
