"""Recall of memberships, member counts, chairs and foundings on unannotated news (issue 13,
``memb10``).

    .venv/bin/python bench/membership_recall.py draw [--n 80] [--seed 10] [--org-shape]
                                                     [--skip DRAWN.jsonl] --out FILE.jsonl
    .venv/bin/python bench/membership_recall.py score FILE.jsonl [--json]

``draw`` takes the sentences of ../shared/corpus/news that hold a membership, count or chair cue
(``CUE``, written down before any sentence was read), from articles that are not in
tests/fixtures/news_gold (read or unseen) and not among the PLOVER news draws at offset 13
(``rows[13::14]``, a judge reads them), and draws ``--n`` of them with ``random.Random(seed)``
(``--org-shape``: only sentences that also hold a name shaped like an international body,
``ORG_SHAPE``; ``--skip``: not the sentences of an earlier draw).
bench/data/membership_recall_sample.jsonl holds draw A (80, seed 10) and draw B (80, seed 10,
``--org-shape --skip`` A), annotated.
Each row has ``stated`` null: a reader writes what the sentence states by the gold schema of
../shared/dev/README.md (kind member_of / member_count / chairs / founded, subject, org, date,
and the construction ``class``) before the system is run.

``score`` runs every stage but the store on the sampled articles and counts, per construction
class, the stated facts the system claims from that sentence (found), those it does not
(missed), and the claims of those kinds from the sentence that state nothing annotated (wrong).
A stated fact is found when a claim of its kind (from that sentence, or from another sentence
of the article that states it too: the store keeps one claim per fact and document) has the
subject (member, chair, count's or founding's organization) among the names of the claim's
entity and, for memberships and chairs, the organization among the object's names; dates are
reported, not required. Facts marked ``future`` (a joining after the report, which news_gold's
gold leaves out) are counted apart.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news" / "articles.jsonl.gz"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpus/news/articles.jsonl.gz")
GOLD = ROOT / "tests" / "fixtures" / "news_gold"
KINDS = ("member_of", "member_count", "chairs", "founded")
# the cue of the brief, written before reading: a word of membership, count or chair
CUE = re.compile(
    r"\b(members?|membership|joined|joins?|joining|accession|accede[sd]?|admitted|admission"
    r"|enlargement|suspended|suspension|\w+-member|member states|presidency|chairmanship"
    r"|chair-in-office|chairman-in-office|founding|founded)\b", re.I)
# the second draw's filter, also written before reading: a name shaped like an international body
ORG_SHAPE = re.compile(
    r"\b(?:[A-Z]{2,6}|G-?\d{1,2}|(?:[A-Z][a-z]+ )+(?:Union|Organi[sz]ation|Community|Alliance"
    r"|Nations|Council|Treaty Organi[sz]ation|Cooperation|Forum|Bloc|League|Commonwealth|Group))\b")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"']?\s+(?=[\"'(]?[A-Z0-9])")
PLOVER_JUDGED_OFFSET, PLOVER_STEP = 13, 14


def excluded_ids() -> set[str]:
    """Articles of news_gold (read and unseen) by file name only: their texts are not opened."""
    ids = set()
    for path in GOLD.glob("*.json"):
        found = re.search(r"wikinews-(?:tosca-ID\d+|vat-\d+-\d+)", path.name)
        if found:
            ids.add(found.group(0))
    return ids


def articles() -> list[dict]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    skip = excluded_ids()
    return [r for i, r in enumerate(rows)
            if r["id"] not in skip and i % PLOVER_STEP != PLOVER_JUDGED_OFFSET]


def sentences(text: str):
    start = 0
    for m in SENTENCE_END.finditer(text):
        yield start, text[start:m.start()].strip()
        start = m.end()
    yield start, text[start:].strip()


def draw(n: int, seed: int, org_shape: bool = False, skip: frozenset = frozenset()) -> list[dict]:
    pool = [(a["id"], off, s) for a in articles() for off, s in sentences(a["text"])
            if CUE.search(s) and len(s) < 600 and (not org_shape or ORG_SHAPE.search(s))
            and (a["id"], off) not in skip]
    picked = random.Random(seed).sample(pool, n)
    return [{"id": i + 1, "article": art, "offset": off, "sentence": s, "stated": None}
            for i, (art, off, s) in enumerate(picked)]


READABLE_ROWS = 4200  # rows 4200- of the corpus: the PLOVER news "rest" draw, never read


def readable_articles() -> list[dict]:
    """``articles()`` less the corpus rows from ``READABLE_ROWS`` on (``memb16``): a script
    that prints sentences for a reader draws from these.  ``articles()`` itself is left as it
    is, so that the seeded draws made from it (the recall sample, the precision and audit
    draws) stay reproducible."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        late = {json.loads(line)["id"] for k, line in enumerate(fh)
                if k >= READABLE_ROWS and line.strip()}
    return [a for a in articles() if a["id"] not in late]


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _names(entities: dict, local_id: str | None) -> set[str]:
    ent = entities.get(local_id)
    return {_norm(n) for n in ((ent.name,) + tuple(ent.aliases))} if ent else set()


def _same_sentence(evidence_text: str, sentence: str) -> bool:
    a, b = " ".join(evidence_text.split()), " ".join(sentence.split())
    return a[:60] in b or b[:60] in a


def extractions(rows: list[dict]):  # type: ignore[no-untyped-def]
    """(article id, Extraction) of each row, every stage but the store, as a scraper feeds them."""
    from blocwatch.config import load_options
    from blocwatch.pipeline import extract_batch, read_sources
    from blocwatch.records import Extraction
    options = load_options()
    by_url = {a["url"]: a["id"] for a in rows}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sample.jsonl"
        path.write_text("".join(json.dumps(a) + "\n" for a in rows), "utf-8")
        items = list(read_sources([path], options))
        for i in range(0, len(items), 20):
            for ex in extract_batch(items[i:i + 20], options, keep_docs=False):
                if isinstance(ex, Extraction):
                    yield by_url.get(ex.document.raw.url, ex.doc_id), ex


def claims_by_article(ids: list[str]) -> dict[str, list[dict]]:
    wanted = set(ids)
    out: dict[str, list[dict]] = collections.defaultdict(list)
    for art, ex in extractions([a for a in articles() if a["id"] in wanted]):
        entities = {e.local_id: e for e in ex.entities}
        for c in ex.claims:
            if c.predicate not in KINDS:
                continue
            out[art].append({
                "kind": c.predicate, "subject": _names(entities, c.subject),
                "subject_name": entities[c.subject].name if c.subject in entities else c.subject,
                "org": _names(entities, c.object),
                "org_name": entities[c.object].name if c.object in entities else None,
                "value": c.value, "date": c.date, "extractor": c.extractor,
                "sentence": c.evidence[0].text if c.evidence else ""})
    return out


def _matches(fact: dict, claim: dict) -> bool:
    if claim["kind"] != fact["kind"]:
        return False
    if fact["kind"] == "member_count":
        return (claim["value"] == str(fact["count"])
                and any(_norm(o) in claim["subject"] | claim["org"] for o in fact["org"]))
    if fact["kind"] == "founded":
        return any(_norm(o) in claim["subject"] | claim["org"] for o in fact["org"])
    return (_norm(fact["subject"]) in claim["subject"]
            and any(_norm(o) in claim["org"] for o in fact["org"]))


def score(rows: list[dict]) -> dict:
    found = collections.Counter()
    missed = collections.Counter()
    wrong = collections.Counter()
    cases = []
    claims = claims_by_article(sorted({r["article"] for r in rows}))
    for row in rows:
        here = [c for c in claims.get(row["article"], [])
                if _same_sentence(c["sentence"], row["sentence"])]
        used = set()
        for fact in row["stated"] or []:
            hit = next((i for i, c in enumerate(here) if i not in used and _matches(fact, c)), None)
            # one claim per fact and document: its evidence may be another sentence that
            # states it too (the scorer of `blocwatch eval` matches by document)
            elsewhere = None if hit is not None else next(
                (c for c in claims.get(row["article"], []) if _matches(fact, c)), None)
            key = (fact["kind"], fact["class"] + (" (future)" if fact.get("future") else ""))
            if hit is None and elsewhere is None:
                missed[key] += 1
            else:
                found[key] += 1
            if hit is not None:
                used.add(hit)
            claim = here[hit] if hit is not None else elsewhere
            cases.append({"id": row["id"], "fact": fact, "found": claim is not None,
                          "claim": None if claim is None else claim["extractor"],
                          "same_sentence": hit is not None})
        for i, c in enumerate(here):
            if i not in used:
                wrong[c["kind"]] += 1
                cases.append({"id": row["id"], "wrong": {k: v for k, v in c.items()
                                                         if k not in ("subject", "org")}})
    return {"found": found, "missed": missed, "wrong": wrong, "cases": cases}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--n", type=int, default=80)
    d.add_argument("--seed", type=int, default=10)
    d.add_argument("--out", required=True)
    d.add_argument("--org-shape", action="store_true",
                   help="only sentences that also hold a name shaped like an international body")
    d.add_argument("--skip", help="a drawn file whose sentences are not drawn again")
    s = sub.add_parser("score")
    s.add_argument("sample")
    s.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.cmd == "draw":
        skip = frozenset()
        if args.skip:
            skip = frozenset((r["article"], r["offset"]) for r in map(
                json.loads, Path(args.skip).read_text("utf-8").splitlines()))
        rows = draw(args.n, args.seed, args.org_shape, skip)
        Path(args.out).write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
        print(f"{len(rows)} sentences drawn to {args.out}")
        return
    rows = [json.loads(line) for line in Path(args.sample).read_text("utf-8").splitlines() if line]
    result = score(rows)
    if args.json:
        print(json.dumps(result["cases"], indent=1, default=list))
    keys = sorted(set(result["found"]) | set(result["missed"]))
    for key in keys:
        print(f"{key[0]:13} {key[1]:32} found {result['found'][key]:3}  missed {result['missed'][key]:3}")
    f, m = sum(result["found"].values()), sum(result["missed"].values())
    later_found = sum(v for k, v in result["found"].items() if k[1].endswith("(future)"))
    later = later_found + sum(v for k, v in result["missed"].items() if k[1].endswith("(future)"))
    w = sum(result["wrong"].values())
    print(f"total: stated {f + m}, found {f}, missed {m} (recall {f / max(1, f + m):.2f}; "
          f"{(f - later_found) / max(1, f + m - later):.2f} without the {later} future joinings); "
          f"wrong claims {w} ({dict(result['wrong'])}); precision {f / max(1, f + w):.2f}")


if __name__ == "__main__":
    sys.exit(main())
