"""Publication dates as a scraper delivers pages: right / wrong / not stated, by what dated them.

Each page is given to the clean and date stages alone (no NLP), with its URL and its text
only, never the corpus's date field, and the date blocwatch gives is compared with the one the
corpus or the annotation records:

- ``vat``: the ../shared/corpus/news rows of the "vat" part (2019-2020), title + blank line +
  text;
- ``tosca``: the first ``--tosca`` rows of the "tosca" part (2004-2010, most without a dateline);
- ``html``: the English pages of ../shared/corpus/html with a date in its expected.json,
  read as HTML files with their URL.

A day is right within two days of the recorded date, a month or a year when the recorded date
is inside it. "not stated" counts apart: it is the answer where the page does not say
(docs/evaluation.md, "Publication dates"). Pages the corpus records no date for are left out.

    PYTHONPATH=src python bench/publication_dates.py [--tosca 600] [--json] [--wrong]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
from datetime import date
from pathlib import Path

from blocwatch.config import load_options
from blocwatch.pipeline import prepare
from blocwatch.records import RawDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NEWS = SHARED / "corpus" / "news" / "articles.jsonl.gz"
HTML = SHARED / "corpus" / "html"


def right(value: str, precision: str | None, recorded: str) -> bool:
    if precision == "day":
        return abs((date.fromisoformat(value) - date.fromisoformat(recorded[:10])).days) <= 2
    return recorded.startswith(value)


def pages(tosca: int) -> dict[str, list[tuple[RawDocument, str]]]:
    """(page, recorded date) per set."""
    sets: dict[str, list[tuple[RawDocument, str]]] = {"vat": [], "tosca": [], "html": []}
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            part = "vat" if "-vat-" in row["id"] else "tosca"
            if not row.get("date") or part == "tosca" and len(sets["tosca"]) >= tosca:
                continue
            text = row["title"] + "\n\n" + row["text"]
            sets[part].append((RawDocument(row["id"], row["id"], text, "text/plain",
                                           url=row["url"]), row["date"]))
    expected = json.loads((HTML / "expected.json").read_text("utf-8"))
    for name, (entry, *_) in sorted(expected.items()):
        path = HTML / name
        if not entry.get("date") or not entry.get("url") or not path.exists():
            continue
        raw = path.read_bytes().decode("utf-8", errors="replace")
        sets["html"].append((RawDocument(name, name, raw, "text/html", url=entry["url"]),
                             entry["date"]))
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tosca", type=int, default=600)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--wrong", action="store_true", help="print each wrong date")
    args = parser.parse_args()
    if not NEWS.exists():
        raise SystemExit(f"no {NEWS}")
    options = load_options()
    figures = {}
    for name, items in pages(args.tosca).items():
        counts: collections.Counter[str] = collections.Counter()
        for raw, recorded in items:
            try:
                _, found = prepare(raw, None, options)
            except Exception as exc:  # a page the reader refuses is counted, not fatal
                counts[f"refused ({type(exc).__name__})"] += 1
                continue
            if found.value is None:
                counts["not stated"] += 1
                continue
            ok = right(found.value, found.precision, recorded)
            counts[f"{'right' if ok else 'wrong'} ({found.basis})"] += 1
            if not ok and args.wrong:
                print(f"  {name} {raw.source_key}: {found.value} ({found.basis}) vs {recorded}:"
                      f" {found.note}")
        figures[name] = dict(counts)
    if args.json:
        print(json.dumps(figures, indent=1))
        return
    for name, counts in figures.items():
        r = sum(n for k, n in counts.items() if k.startswith("right"))
        w = sum(n for k, n in counts.items() if k.startswith("wrong"))
        n = counts.get("not stated", 0)
        given = f"{r / (r + w):.0%} of given dates right" if r + w else "none given"
        print(f"{name:5} right {r} / wrong {w} / not stated {n} ({given}): "
              + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
