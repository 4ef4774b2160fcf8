"""Evaluation: a store against hand-made gold files → precision, recall and F1 per kind.

Gold files follow ../shared/dev/gold (one JSON object per document; see docs/evaluation.md).
The matching rules are the published ones: names equal after folding case, accents, dots,
hyphens and apostrophes; roles equal after dropping acting/former/interim and unifying
"Secretary-General"/"Secretary General", "Defence"/"Defense", "Minister of Foreign
Affairs"/"Foreign Minister"; positions within ±3 days (or inside a gold month/year),
meetings within ±1 day, chairs by year, founding by the gold prefix, publication dates
within ±2 days (or inside the gold month/year).  Each gold item matches at most one
prediction of the same document; unmatched predictions count against precision.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from . import timex
from .errors import QueryError
from .kb import KnowledgeBase
from .knowledge import fold

FACT_KINDS = ("positions", "memberships", "member_counts", "chairs", "founded")
PREDICATES = {"positions": "holds_position", "memberships": "member_of",
              "member_counts": "member_count", "chairs": "chairs", "founded": "founded"}


def name_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text).lower())


ROLE_FUNCTION_WORDS = {"of", "the", "for", "on", "in", "to", "at"}


def role_key(text: str) -> str:
    """Roles equal under the published rules: case, hyphens, a leading acting/former/interim,
    Defence/Defense, "Minister of Foreign Affairs"/"Foreign Minister", and the same content
    words in another order ("Board Chairman" = "Chairman of the Board")."""
    t = fold(text).lower().replace("-", " ")
    t = re.sub(r"^(acting|former|interim)\s+", "", " ".join(t.split()))
    t = t.replace("defence", "defense").replace("minister of foreign affairs", "foreign minister")
    return " ".join(sorted(w for w in t.split() if w not in ROLE_FUNCTION_WORDS))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.misses += other.misses
        self.extras += other.extras

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3)}


def _span(value: str) -> tuple[date, date]:
    return timex.bounds(timex.parse_value(value))


def date_match(pred: str | None, gold: str | None, days: int) -> bool:
    """Within ``days`` of a gold day; inside a gold month or year; a missing date never matches."""
    if gold is None:
        return True
    if pred is None:
        return False
    try:
        g0, g1 = _span(gold)
        p0, p1 = _span(pred)
    except ValueError:
        return False
    if len(gold) == 10:
        if len(pred) != 10:
            return False
        return abs((p0 - g0).days) <= days
    return g0 <= p0 and p1 <= g1 + timedelta(days=0)


@dataclass
class _Pred:
    id: str
    fields: dict[str, Any]
    used: bool = False


class Evaluator:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._names: dict[str, set[str]] = {}
        # extractor rule → [matched, unmatched] fact claims (a rule's precision on its own)
        self.patterns: dict[str, list[int]] = {}

    def names(self, entity_id: str | None) -> set[str]:
        if entity_id is None:
            return set()
        if entity_id not in self._names:
            ent = self.kb.entity(entity_id)
            self._names[entity_id] = {name_key(n) for n in (ent.name, *ent.aliases)}
        return self._names[entity_id]

    def matches(self, entity_id: str | None, gold_names: Sequence[str]) -> bool:
        return bool(self.names(entity_id) & {name_key(g) for g in gold_names})

    def document(self, gold: dict[str, Any]) -> str | None:
        """The stored document a gold file describes: same file stem, or same URL."""
        for r in self.kb.db.execute("SELECT id, source_path, url FROM documents"):
            if Path(r["source_path"].split("#")[0]).stem == gold["doc"]:
                return r["id"]
            if gold.get("url") and r["url"] == gold["url"]:
                return r["id"]
        return None

    def _score(self, golds: list[dict[str, Any]], preds: list[_Pred],
               match: Callable[[dict[str, Any], _Pred], bool], label: Callable[[Any], str]) -> Score:
        s = Score()
        for g in golds:
            hit = next((p for p in preds if not p.used and match(g, p)), None)
            if hit is None:
                s.fn += 1
                s.misses.append(label(g))
            else:
                hit.used = True
                s.tp += 1
        for p in preds:
            if not p.used:
                s.fp += 1
                s.extras.append(label(p))
        return s

    def facts(self, doc_id: str | None, gold: dict[str, Any], kind: str) -> Score:
        golds = gold.get(kind, [])
        preds = []
        if doc_id is not None:
            rows = [dict(r) for r in self.kb.db.execute(
                "SELECT * FROM claims WHERE document_id=? AND predicate=?", (doc_id, PREDICATES[kind]))]
            plain = {(r["subject"], role_key(r["role"] or ""), r["object"]) for r in rows
                     if r["qualifier"] not in ("since", "until", "joined", "left")}
            plain_dated = {(r["subject"], r["object"], r["date"]) for r in rows
                           if r["qualifier"] not in ("since", "until", "joined", "left")}
            for r in rows:
                if kind == "memberships" and r["qualifier"] == "left":
                    continue  # a leaving, expulsion or suspension says "no longer a member"
                # a term's start or end ("since", "until") restates a position already counted;
                # a joining with a date of its own ("joined in 1995") is a membership fact of its own
                if r["qualifier"] in ("since", "until", "joined", "left") and (
                        r["subject"], role_key(r["role"] or ""), r["object"]) in plain and not (
                        kind == "memberships" and (r["subject"], r["object"], r["date"])
                        not in plain_dated):
                    continue
                preds.append(_Pred(r["id"], r))
        rules = {
            "positions": lambda g, p: self.matches(p.fields["subject"], g["person"])
            and role_key(p.fields["role"] or "") == role_key(g["role"])
            and self.matches(p.fields["object"], g["org"])
            and date_match(p.fields["date"], g.get("date"), 3),
            "memberships": lambda g, p: self.matches(p.fields["subject"], [g["member"]])
            and self.matches(p.fields["object"], g["org"])
            and date_match(p.fields["date"], g.get("date"), 3),
            "member_counts": lambda g, p: self.matches(p.fields["subject"], g["org"])
            and str(p.fields["value"]) == str(g["count"])
            and date_match(p.fields["date"], g.get("date"), 3),
            "chairs": lambda g, p: self.matches(p.fields["subject"], [g["chair"]])
            and self.matches(p.fields["object"], g["org"])
            and (p.fields["date"] or "")[:4] == str(g["date"])[:4],
            "founded": lambda g, p: self.matches(p.fields["subject"], g["org"])
            and (p.fields["date"] or "").startswith(str(g["date"])),
        }

        def label(item: Any) -> str:
            if isinstance(item, _Pred):
                return f"{gold['doc']}: {self.kb.describe_claim(self._row(item.id))} " \
                       f"[{item.fields.get('extractor')}]"
            return f"{gold['doc']}: {json.dumps(item, ensure_ascii=False)[:160]}"
        score = self._score(golds, preds, rules[kind], label)
        for p in preds:
            counts = self.patterns.setdefault(p.fields.get("extractor") or "?", [0, 0])
            counts[0 if p.used else 1] += 1
        return score

    def _row(self, claim_id: str):  # type: ignore[no-untyped-def]
        return self.kb.db.execute("SELECT * FROM claims WHERE id=?", (claim_id,)).fetchone()

    def meetings(self, doc_id: str | None, gold: dict[str, Any]) -> Score:
        preds = []
        if doc_id is not None:
            for r in self.kb.db.execute("SELECT * FROM events WHERE document_id=? AND "
                                        "category='CONSULT'", (doc_id,)):
                people = [p[0] for p in self.kb.db.execute(
                    "SELECT entity_id FROM event_participants WHERE event_id=?", (r["id"],))]
                # the rule that found the meeting: its first evidence's pattern name
                # ("events.plover.rules.v1:MEET_VERB+EACH_COUNTERPART"), else the extractor
                first = self.kb.db.execute("SELECT extractor FROM evidence WHERE owner_id=? "
                                           "ORDER BY position LIMIT 1", (r["id"],)).fetchone()
                rule = first[0] if first and first[0].startswith(r["extractor"]) else \
                    r["extractor"]
                preds.append(_Pred(r["id"], {"participants": people, "date": r["date"],
                                             "extractor": rule}))

        def match(g: dict[str, Any], p: _Pred) -> bool:
            covered = all(any(self.matches(e, group) for e in p.fields["participants"])
                          for group in g["participants"])
            return covered and date_match(p.fields["date"], g.get("date"), 1)

        def label(item: Any) -> str:
            if isinstance(item, _Pred):
                return f"{gold['doc']}: {self.kb.describe_event(self.kb.event(item.id))} " \
                       f"({item.fields['date']})"
            return f"{gold['doc']}: {[g[0] for g in item['participants']]} {item.get('date')}"
        score = self._score(gold.get("meetings", []), preds, match, label)
        for p in preds:
            counts = self.patterns.setdefault(f"meeting {p.fields['extractor']}", [0, 0])
            counts[0 if p.used else 1] += 1
        return score

    def published(self, doc_id: str | None, gold: dict[str, Any]) -> Score:
        s = Score()
        if gold.get("published") is None:
            return s
        row = self.kb.db.execute("SELECT published FROM documents WHERE id=?",
                                 (doc_id,)).fetchone() if doc_id else None
        if row is not None and date_match(row["published"], gold["published"], 2):
            s.tp += 1
        else:
            s.fn += 1
            s.misses.append(f"{gold['doc']}: gold {gold['published']}, got "
                            f"{row['published'] if row else 'no document'}")
        return s


SPLITS = ("read", "held")


def split_half(stems: Sequence[str], half: str) -> set[str]:
    """The development split, a rule written down before any rule is tuned on the data.

    The gold stems that do not start with ``seed-`` are sorted in byte order; the 1st, 3rd,
    5th … form the ``read`` half (where errors may be read), the 2nd, 4th … the ``held``
    half (figures only).  Seed golds belong to ``read``: they have been read since the start.
    """
    if half not in SPLITS:
        raise QueryError(f"unknown split {half!r}; use one of {', '.join(SPLITS)}", code="B521")
    articles = sorted(s for s in stems if not s.startswith("seed-"))
    read = set(articles[0::2]) | {s for s in stems if s.startswith("seed-")}
    return read if half == "read" else set(stems) - read


def evaluate(kb: KnowledgeBase, gold_dir: str | Path, *, only: Sequence[str] | None = None,
             split: str | None = None) -> dict[str, Any]:
    """Scores per kind, micro-averaged facts, meetings and publication dates, with misses.

    ``only`` keeps the gold files of these document stems; ``split`` keeps one half of the
    development split (``split_half``).  ``patterns`` in the answer gives each extractor rule's
    matched and unmatched fact claims, so a rule's precision can be read on its own.  The held
    half is scored by its figures alone: its misses and extras are withheld (empty), so that
    no one reads its errors by accident (docs/evaluation.md).
    """
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise QueryError(f"no gold files (*.json) in {gold_dir}", code="B520")
    if split is not None:
        keep = split_half([f.stem for f in files], split)
        files = [f for f in files if f.stem in keep]
    if only:
        wanted = {o.strip() for o in only if o.strip()}
        unknown = wanted - {f.stem for f in files}
        if unknown:
            raise QueryError(f"no gold file for {', '.join(sorted(unknown))} in {gold_dir}"
                             + (f" (split {split})" if split else ""), code="B522")
        files = [f for f in files if f.stem in wanted]
    ev = Evaluator(kb)
    per_kind = {k: Score() for k in (*FACT_KINDS, "meetings", "published")}
    missing_docs = []
    for f in files:
        gold = json.loads(f.read_text("utf-8"))
        doc_id = ev.document(gold)
        if doc_id is None:
            missing_docs.append(gold["doc"])
        for kind in FACT_KINDS:
            per_kind[kind].add(ev.facts(doc_id, gold, kind))
        per_kind["meetings"].add(ev.meetings(doc_id, gold))
        per_kind["published"].add(ev.published(doc_id, gold))
    facts = Score()
    for kind in FACT_KINDS:
        facts.add(per_kind[kind])
    pub = per_kind["published"]
    withheld = split == "held"
    return {
        "documents": len(files), "missing_documents": missing_docs,
        "kinds": {k: per_kind[k].as_dict() for k in (*FACT_KINDS, "meetings")},
        "facts_micro": facts.as_dict(),
        "published_accuracy": round(pub.tp / (pub.tp + pub.fn), 3) if pub.tp + pub.fn else 0.0,
        "patterns": {k: {"tp": v[0], "fp": v[1], "precision": round(v[0] / (v[0] + v[1]), 3)}
                     for k, v in sorted(ev.patterns.items())},
        "misses": {} if withheld else {k: per_kind[k].misses for k in per_kind},
        "extras": {} if withheld else {k: per_kind[k].extras for k in per_kind},
        "withheld": withheld,
    }


# --- PLOVER event coding ------------------------------------------------------------------------
# The gold-standard records (PLOVER GSR) use the 0.5b1/0.6b1 labels; the current codebook's names:
GSR_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "FIGHT": "ASSAULT"}
# CAMEO's own country codes where they differ from ISO 3166 alpha-3 (the GSR uses some of them)
CAMEO_LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS",
                      "GMY": "DEU", "UK": "GBR", "BUL": "BGR", "POR": "PRT"}


def plover_label(event: str | None) -> str | None:
    return GSR_LABELS.get(event, event) if event else None


def actor_code(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().upper()
    return CAMEO_LEGACY_CODES.get(code, code)


def _codes(actors: Sequence[Any]) -> list[str]:
    out = []
    for a in actors:
        code = actor_code(a.get("code") if isinstance(a, dict) else a)
        if code:
            out.append(code)
    return out


def _multiset_score(pred: Sequence[str], gold: Sequence[str]) -> Score:
    left = list(gold)
    tp = 0
    for p in pred:
        if p in left:
            left.remove(p)
            tp += 1
    return Score(tp=tp, fp=len(pred) - tp, fn=len(left))


def load_plover_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold-standard records of a JSON Lines file, documentation records left out."""
    records = []
    for n, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise QueryError(f"{path}:{n} is not JSON ({exc.msg}); the file must hold one "
                             f"gold record a line", code="B553") from exc
        if rec.get("event") == "DOCUMENT" or not rec.get("text"):
            continue
        records.append(rec)
    return records


def score_plover(gold: Sequence[dict[str, Any]],
                 predictions: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Category accuracy, per-category P/R/F1, actor-code F1 and the confusion matrix.

    ``predictions`` maps a record id to ``{"event", "source": [codes], "target": [codes]}``
    (event ``None`` when nothing was coded: a miss).  Gold labels are mapped to the current
    codebook (``GSR_LABELS``), actor codes compared after ``CAMEO_LEGACY_CODES``.
    """
    per: dict[str, Score] = {}
    confusion: dict[str, dict[str, int]] = {}
    correct = 0
    source, target = Score(), Score()
    for rec in gold:
        g = plover_label(rec["event"]) or "NONE"
        pred = predictions.get(rec["id"], {})
        p = plover_label(pred.get("event")) or "NONE"
        confusion.setdefault(g, {}).setdefault(p, 0)
        confusion[g][p] += 1
        per.setdefault(g, Score())
        if p != "NONE":
            per.setdefault(p, Score())
        if p == g:
            correct += 1
            per[g].tp += 1
        else:
            per[g].fn += 1
            if p != "NONE":
                per[p].fp += 1
        source.add(_multiset_score(_codes(pred.get("source", [])), _codes(rec.get("source", []))))
        target.add(_multiset_score(_codes(pred.get("target", [])), _codes(rec.get("target", []))))
    actors = Score()
    actors.add(source)
    actors.add(target)
    total = len(gold)
    return {"records": total, "accuracy": round(correct / total, 3) if total else 0.0,
            "correct": correct, "coded": sum(1 for r in gold
                                             if predictions.get(r["id"], {}).get("event")),
            "categories": {k: {**v.as_dict(), "gold": v.tp + v.fn}
                           for k, v in sorted(per.items())},
            "source": source.as_dict(), "target": target.as_dict(), "actors": actors.as_dict(),
            "confusion": {g: dict(sorted(row.items())) for g, row in sorted(confusion.items())}}
