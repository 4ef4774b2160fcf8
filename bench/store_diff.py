"""Two stores claim by claim and event by event: the proof that a behaviour-preserving change
is one (tidy3).  Counts only, never the rows: a store of ../shared/dev holds the held half.

    .venv/bin/python bench/store_diff.py OLD.db NEW.db

A claim is compared by its document, predicate, subject and object (entity id, kind and name),
value, role, qualifier, date and precision, confidence, extractor and every evidence span
(offsets and extractor); an event by its document, category, CAMEO code, date, location,
topics, trigger, extractor, quad class, mode, context, actors, participants (role, position)
and evidence spans.  Prints, per table, the rows each store has and how many the other lacks,
and those counts by extractor; exits 1 when any row differs.
"""

from __future__ import annotations

import argparse
import collections
import sqlite3
import sys

ENTITY = "(SELECT kind || ':' || name FROM entities WHERE id = {col})"
CLAIMS = f"""
SELECT c.id, c.document_id, c.predicate, c.subject, {ENTITY.format(col='c.subject')},
       c.object, {ENTITY.format(col='c.object')}, c.value, c.role, c.qualifier, c.date,
       c.date_precision, c.confidence, c.extractor
FROM claims c"""
EVENTS = f"""
SELECT e.id, e.document_id, e.category, e.cameo, e.date, e.date_precision, e.location,
       {ENTITY.format(col='e.location')}, e.topics, e.trigger, e.extractor, e.quad, e.mode,
       e.context, e.actors
FROM events e"""
EVIDENCE = """SELECT owner_id, position, document_id, start, end, extractor FROM evidence
WHERE owner_type = ? ORDER BY owner_id, position"""
PARTICIPANTS = """SELECT event_id, entity_id, role, position FROM event_participants
ORDER BY event_id, position, entity_id"""


def _grouped(con: sqlite3.Connection, sql: str, *args: object) -> dict[str, tuple]:
    out: dict[str, list] = collections.defaultdict(list)
    for row in con.execute(sql, args):
        out[row[0]].append(tuple(row[1:]))
    return {k: tuple(v) for k, v in out.items()}


def rows(path: str) -> dict[str, collections.Counter]:
    """Table → a multiset of each row's content, its id replaced by what hangs on it."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out: dict[str, collections.Counter] = {}
    evidence = _grouped(con, EVIDENCE, "claim")
    out["claims"] = collections.Counter(
        (*r[1:], evidence.get(r[0], ())) for r in con.execute(CLAIMS))
    evidence = _grouped(con, EVIDENCE, "event")
    participants = _grouped(con, PARTICIPANTS)
    out["events"] = collections.Counter(
        (*r[1:], participants.get(r[0], ()), evidence.get(r[0], ()))
        for r in con.execute(EVENTS))
    con.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    args = parser.parse_args()
    old, new = rows(args.old), rows(args.new)
    differ = False
    for table, extractor_at in (("claims", 12), ("events", 9)):
        only_old, only_new = old[table] - new[table], new[table] - old[table]
        differ |= bool(only_old or only_new)
        print(f"{table}: old {sum(old[table].values())} new {sum(new[table].values())} | "
              f"only old {sum(only_old.values())} only new {sum(only_new.values())}")
        for side, rows_ in (("only old", only_old), ("only new", only_new)):
            by = collections.Counter()
            for row, n in rows_.items():
                by[row[extractor_at]] += n
            for name, n in by.most_common():
                print(f"  {side} {n:4d} {name}")
    print("same" if not differ else "DIFFERENT")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
