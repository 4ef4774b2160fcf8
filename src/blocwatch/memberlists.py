"""Member lists → the ones that name every member: only those can say a country left out of
them is not a member.

A list extracted from a sentence ("CSTO members Armenia and Belarus agreed …") often names
some members only; taking it as the whole membership turns every member it leaves out into
"not a member" for years.  A list counts as complete when its document states a member count
equal to the number it lists, or when its sentence says so by a construction of
``data/member_lists.json`` ("groups", "consists of", "its members are", "all … member
states"), and never when the text stops mid-sentence.  Otherwise absence from it says nothing.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

from .knowledge import load_json


@lru_cache(maxsize=2)
def _patterns(kind: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in load_json("member_lists.json")[kind]), re.I)


def says_whole(sentence: str) -> bool:
    """Whether a list's sentence presents it as the whole membership."""
    return bool(_patterns("exhaustive").search(sentence)) and not \
        _patterns("partial").search(sentence)


def _cut(text_tail: str, end: int, length: int) -> bool:
    """A sentence that runs to the end of a text that stops without closing it."""
    return end >= length - 1 and not text_tail.rstrip().endswith((".", "!", "?", "\"", "”", ")"))


def complete_documents(db: sqlite3.Connection, org: str) -> set[str]:
    """The documents whose member list of ``org`` (claims marked ``complete_list``) names
    every member: its count matches a count the document states, or its sentence says it is
    the whole membership."""
    listed: dict[str, set[str]] = {}
    whole: dict[str, bool] = {}
    for doc, subject, sentence, end, length, tail in db.execute(
            "SELECT c.document_id, c.subject, v.text, v.end, length(d.text), substr(d.text, -3) "
            "FROM claims c JOIN evidence v ON v.owner_id = c.id AND v.owner_type = 'claim' "
            "JOIN documents d ON d.id = c.document_id WHERE c.object = ? AND "
            "c.predicate = 'member_of' AND c.qualifier = 'complete_list'", (org,)):
        listed.setdefault(doc, set()).add(subject)
        if _cut(tail, end, length):
            whole[doc] = False
        elif whole.get(doc) is not False and says_whole(sentence):
            whole[doc] = True
    counts: dict[str, set[int]] = {}
    for doc, value in db.execute("SELECT document_id, value FROM claims WHERE subject = ? AND "
                                 "predicate = 'member_count'", (org,)):
        if value and str(value).isdigit():
            counts.setdefault(doc, set()).add(int(value))
    return {doc for doc, members in listed.items()
            if whole.get(doc) is not False and (whole.get(doc) or
                                                len(members) in counts.get(doc, set()))}
