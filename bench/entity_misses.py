"""Gold participants that are no entity of their document, by counts-only classes (issue 13,
``ent1``).

    .venv/bin/python bench/entity_misses.py DB [GOLD_DIR] [--only STEMS | --split read|held |
                                               --prefix ux1-] [--cases] [--json]

A fact or meeting whose person or organisation is no entity of the stored document is lost
before any fact rule runs.  For every gold name group (a position's person and organisation,
a membership's member and organisation, a count's, a chair's, a founding's organisation, a
meeting's participants) that no entity with a mention in the document matches (the scorer's
``Evaluator.matches``), the class is computed by code from the stored mentions and the model's
entity spans, never by reading the text:

- ``not in text``: no gold name is written in the document (case-insensitive);
- ``mention of another entity``: a stored mention covers the written name (an unlinked
  variant or acronym, or a span the layer joined or cut differently): its kind and where its
  bounds lie (``same span``, ``inside the name``, ``across the name's edge``);
- ``model LABEL, same span``: the model found the name with that label and no mention kept it
  (a junk filter or a label the layer does not read);
- ``model LABEL, other span``: the model's entity overlaps the name with other bounds (split
  or merged) and no mention covers it;
- ``not found by the model (SHAPE)``: no model entity overlaps the written name; its shape is
  its number of words, its case and whether a head noun of organisation ends it.

Only counts are printed, except with ``--cases`` (one line per group), refused for the held
half of ../shared/dev and the unseen batches as bench/meeting_misses.py refuses it.
"""

from __future__ import annotations

import collections
import re

from meeting_misses import gold_documents, run

from blocwatch.config import load_options
from blocwatch.kb import KnowledgeBase
from blocwatch.nlp import stage_many

# the gold fields that name a participant: (list field, key, role counted)
FIELDS = (("positions", "person", "position person"), ("positions", "org", "position org"),
          ("memberships", "member", "membership member"), ("memberships", "org", "membership org"),
          ("member_counts", "org", "count org"), ("chairs", "chair", "chair"),
          ("chairs", "org", "chair org"), ("founded", "org", "founding org"))


def groups(gold: dict) -> list[tuple[str, list[str]]]:
    """(role, names) for every participant the gold names."""
    out = []
    for field, key, role in FIELDS:
        for item in gold.get(field, []):
            names = item.get(key)
            if names:
                out.append((role, [names] if isinstance(names, str) else list(names)))
    for meeting in gold.get("meetings", []):
        out.extend(("meeting participant", list(g)) for g in meeting.get("participants", []))
    return out


def written(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Where the gold's names are written (whole words, case-insensitive), longest name first."""
    for name in sorted(names, key=len, reverse=True):
        hits = [(m.start(), m.end()) for m in re.finditer(
            rf"(?<!\w){re.escape(name)}(?!\w)", text, flags=re.I)]
        if hits:
            return hits
    return []


def name_shape(written_name: str) -> str:
    """How a name is written, by code: its case and whether a head noun of organisation ends
    it (orgnames' lexicon), never its words."""
    from blocwatch.orgnames import heads
    words = written_name.split()
    case = "lower case" if written_name.islower() else "capitals" if written_name.isupper() \
        else "title case" if all(w[:1].isupper() for w in words if len(w) > 3) else "mixed case"
    head = "head noun last" if words and words[-1].lower() in heads() else "no head noun last"
    return f"{len(words)} word(s), {case}, {head}"


def classify(spans: list[tuple[int, int]], mentions: list[tuple[int, int, str]],
             kinds: dict[str, str], model: list[tuple[int, int, str]], text: str = "") -> str:
    """The class of a gold name written at ``spans`` that no entity of the document matches."""
    if not spans:
        return "not in text"
    shape = name_shape(text[spans[0][0]:spans[0][1]]) if text else "?"
    for s, e in spans:
        over = [(ms, me, ent) for ms, me, ent in mentions if ms < e and me > s]
        if over:
            ms, me, ent = over[0]
            bounds = "same span" if (ms, me) == (s, e) else "inside the name" if \
                s <= ms and me <= e else "across the name's edge"
            return f"mention of another entity ({kinds.get(ent, '?')}, {bounds})"
    labels = []
    for s, e in spans:
        for ms, me, label in model:
            if ms < e and me > s:
                labels.append(f"model {label}, {'same' if (ms, me) == (s, e) else 'other'} span")
    return labels[0] if labels else f"not found by the model ({shape})"


def diagnose(kb: KnowledgeBase, gold_dir, stems: list[str], cases: bool,  # type: ignore[no-untyped-def]
             _readable: bool) -> dict[str, collections.Counter]:
    ev, golds, docs, texts = gold_documents(kb, gold_dir, stems)
    ids = list(texts)
    model = {i: [(e.start_char, e.end_char, e.label_) for e in doc.ents]
             for i, doc in zip(ids, stage_many((texts[i] for i in ids), load_options()),
                               strict=True)}
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for stem, gold in golds.items():
        doc_id = docs[stem]
        if doc_id is None:
            counts["groups"]["document not stored"] += len(groups(gold))
            continue
        mentions = [(r[0], r[1], r[2]) for r in kb.db.execute(
            "SELECT start, end, entity_id FROM mentions WHERE document_id=?", (doc_id,))]
        kinds = {r[0]: r[1] for r in kb.db.execute(
            "SELECT DISTINCT e.id, e.kind FROM entities e JOIN mentions m ON m.entity_id = e.id "
            "WHERE m.document_id=?", (doc_id,))}
        for role, names in groups(gold):
            if any(ev.matches(ent, names) for ent in kinds):
                counts["groups"]["an entity"] += 1
                continue
            counts["groups"]["no entity"] += 1
            cls = classify(written(texts[doc_id], names), mentions, kinds, model[doc_id],
                           texts[doc_id])
            counts["no entity: class"][cls] += 1
            counts["no entity: role x class"][f"{role} | {cls}"] += 1
            if cases:
                print(f"NO ENTITY {stem}: {role} {names} | {cls}")
    return counts


def main() -> None:
    run(__doc__, diagnose, "one line per gold name group that is no entity (read sets)")


if __name__ == "__main__":
    main()
