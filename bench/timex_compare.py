"""Compare blocwatch's temporal normalizer with dateparser's ``search_dates`` on expressions in context.

Each row of the table (``bench/data/timex_table.jsonl``) holds a sentence from a real article, the
temporal expression in it, the article's publication date (the anchor), the tense of the clause, a
kind (absolute, month_day, month, year, span, weekday, relative, vague) and the value a careful
reader gives the expression: ``{"value", "precision", "end"}``, or null for a vague expression that
must stay unresolved.  Both systems read the whole sentence; the expression each found that overlaps
the row's expression most is the one judged.

- blocwatch: ``timex.find(sentence)`` and ``timex.resolve(t, TimeValue(anchor, "day"), tense)``.
- dateparser: ``search_dates(sentence, languages=["en"], settings=...)`` with ``RELATIVE_BASE`` the
  anchor, ``PREFER_DATES_FROM`` "future" for future clauses and "past" otherwise, and
  ``RETURN_TIME_AS_PERIOD``.  ``search_dates`` gives no period, so the matched substring is parsed
  again with ``DateDataParser(...).get_date_data`` with the same settings, and its ``period`` sets
  the precision of the datetime ``search_dates`` returned (week and time count as day; a substring
  that does not parse again counts as day).  Before re-parsing, function words and punctuation that
  ``search_dates`` swept into the end of its match ("in August 2004 in a", "in 2005 after") are
  dropped, because ``get_date_data`` fails on them or misreads them.

A row is right when expected is null and the system gives nothing for the expression, or when the
system's value and precision equal the expected ones and, where expected has an end, the ends are
equal.  dateparser never gives an end: it is judged on value and precision only, and such rows are
counted apart as "spans without end".

    PYTHONPATH=src python bench/timex_compare.py [--table PATH] [--json] [--errors]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from collections import defaultdict
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

import dateparser  # noqa: E402
from dateparser.search import search_dates  # noqa: E402

from blocwatch import timex  # noqa: E402
from blocwatch.records import TimeValue  # noqa: E402

KINDS = ["absolute", "month_day", "month", "year", "span", "weekday", "relative", "vague"]
SYSTEMS = ["blocwatch", "dateparser"]
PERIOD_PRECISION = {"year": "year", "month": "month", "week": "day", "day": "day", "time": "day"}
FORMAT = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}
TRAILING_JUNK = re.compile(r"(?:[\s,.;:]+(?:a|an|the|in|on|at|by|for|of|after|before|and|or|to|from|with|"
                           r"as|when|until|since))+[\s,.;:]*$|[\s,.;:]+$", re.I)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def run_blocwatch(row: dict, span: tuple[int, int]) -> dict | None:
    """blocwatch's value for the expression at ``span``, with the text it matched; None if nothing."""
    found = [t for t in timex.find(row["sentence"]) if overlap((t.start, t.end), span) > 0]
    if not found:
        return None
    best = max(found, key=lambda t: overlap((t.start, t.end), span))
    value = timex.resolve(best, TimeValue(row["anchor"], "day"), row["tense"])
    if value is None:
        return {"matched": best.text, "value": None}
    return {"matched": best.text, "value": value.value, "precision": value.precision, "end": value.end}


def run_dateparser(row: dict, span: tuple[int, int]) -> dict | None:
    """dateparser's value for the expression at ``span``, with the text it matched; None if nothing."""
    settings = {
        "RELATIVE_BASE": datetime.fromisoformat(row["anchor"]),
        "PREFER_DATES_FROM": "future" if row["tense"] == "future" else "past",
        "RETURN_TIME_AS_PERIOD": True,
    }
    sentence = row["sentence"]
    results = search_dates(sentence, languages=["en"], settings=dict(settings)) or []
    best, best_overlap, cursor = None, 0, 0
    for text, when in results:  # results come in text order; locate each from the previous one on
        start = sentence.find(text, cursor)
        if start < 0:
            start = sentence.find(text)
        if start < 0:
            continue
        cursor = start + len(text)
        shared = overlap((start, start + len(text)), span)
        if shared > best_overlap:
            best, best_overlap = (text, when), shared
    if best is None:
        return None
    text, when = best
    core = TRAILING_JUNK.sub("", text) or text
    data = dateparser.DateDataParser(languages=["en"], settings=dict(settings)).get_date_data(core)
    period = data.period if data and data.date_obj is not None else "day"
    precision = PERIOD_PRECISION.get(period or "day", "day")
    return {"matched": text, "value": when.strftime(FORMAT[precision]), "precision": precision,
            "end": None, "period": period}


def judge(expected: dict | None, got: dict | None, gives_end: bool) -> tuple[bool, bool]:
    """(right, right only because the end was not checked) for one system's answer."""
    value = got.get("value") if got else None
    if expected is None:
        return value is None, False
    if value is None or (value, got["precision"]) != (expected["value"], expected["precision"]):
        return False, False
    if expected.get("end") is None:
        return True, False
    if gives_end:
        return got.get("end") == expected["end"], False
    return True, True


def evaluate(rows: list[dict]) -> tuple[dict, list[dict]]:
    runners = {"blocwatch": (run_blocwatch, True), "dateparser": (run_dateparser, False)}
    counts: dict = {s: defaultdict(lambda: [0, 0]) for s in SYSTEMS}  # kind -> [right, total]
    no_end = dict.fromkeys(SYSTEMS, 0)
    errors: list[dict] = []
    for row in rows:
        start = row["sentence"].find(row["expression"])
        span = (start, start + len(row["expression"]))
        for system, (runner, gives_end) in runners.items():
            try:
                got = runner(row, span) if start >= 0 else None
            except Exception as exc:  # a crash on one row is a wrong answer, not the end of the run
                got = {"value": None, "crash": f"{type(exc).__name__}: {exc}"}
            right, endless = judge(row["expected"], got, gives_end)
            if got and "crash" in got:
                right = False
            for key in (row["kind"], "all"):
                counts[system][key][1] += 1
                counts[system][key][0] += right
            no_end[system] += endless
            if not right:
                errors.append({"system": system, "id": row["id"], "kind": row["kind"],
                               "anchor": row["anchor"], "tense": row["tense"],
                               "expression": row["expression"], "expected": row["expected"], "got": got,
                               "sentence": row["sentence"]})
    summary = {
        "rows": len(rows),
        "accuracy": {s: _ratio(counts[s]["all"]) for s in SYSTEMS},
        "per_kind": {k: {"rows": counts[SYSTEMS[0]][k][1], **{s: _ratio(counts[s][k]) for s in SYSTEMS}}
                     for k in KINDS + sorted(set(counts[SYSTEMS[0]]) - set(KINDS) - {"all"})
                     if counts[SYSTEMS[0]][k][1]},
        "spans_without_end": no_end,
    }
    return summary, errors


def _ratio(pair: list[int]) -> dict:
    right, total = pair
    return {"right": right, "total": total, "accuracy": round(right / total, 4) if total else None}


def _show(answer: dict | None) -> str:
    if not answer:
        return "nothing"
    if "crash" in answer:
        return "crash " + answer["crash"]
    if answer.get("value") is None:
        return f"unresolved ({answer.get('matched')!r})"
    end = f"..{answer['end']}" if answer.get("end") else ""
    return f"{answer['value']}{end} {answer['precision']} ({answer.get('matched')!r})"


def print_table(summary: dict) -> None:
    def pct(cell: dict) -> str:
        return f"{cell['accuracy']:7.1%} ({cell['right']:>3}/{cell['total']:<3})"

    print(f"{'kind':<10} {'rows':>5}  {'blocwatch':>17}  {'dateparser':>17}")
    for kind, cell in summary["per_kind"].items():
        print(f"{kind:<10} {cell['rows']:>5}  {pct(cell['blocwatch']):>17}  {pct(cell['dateparser']):>17}")
    acc = summary["accuracy"]
    print(f"{'all':<10} {summary['rows']:>5}  {pct(acc['blocwatch']):>17}  {pct(acc['dateparser']):>17}")
    ends = summary["spans_without_end"]
    print(f"spans without end (right on value and precision, no end given): "
          f"blocwatch {ends['blocwatch']}, dateparser {ends['dateparser']}")


def print_errors(errors: list[dict]) -> None:
    for system in SYSTEMS:
        mine = [e for e in errors if e["system"] == system]
        print(f"\n{system}: {len(mine)} wrong")
        for e in mine:
            print(f"  {e['id']} [{e['kind']}] {e['anchor']} {e['tense']}: {e['expression']!r}"
                  f" expected {_show(e['expected'] and {**e['expected'], 'matched': e['expression']})}"
                  f", got {_show(e['got'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=REPO / "bench" / "data" / "timex_table.jsonl",
                        help="JSON Lines table of expressions (default: bench/data/timex_table.jsonl)")
    parser.add_argument("--json", action="store_true", help="print the summary (and errors) as JSON")
    parser.add_argument("--errors", action="store_true", help="list the rows each system gets wrong")
    args = parser.parse_args(argv)
    with args.table.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser's dependencies warn about time zones
        summary, errors = evaluate(rows)
    if args.json:
        print(json.dumps({**summary, **({"errors": errors} if args.errors else {})}, indent=2,
                         ensure_ascii=False))
        return 0
    print_table(summary)
    if args.errors:
        print_errors(errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
