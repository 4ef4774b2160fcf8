"""Incremental re-dating: the shared dating index gives the decisions of the per-document
scoring it replaced, a change outside a document's watches cannot move its decision, and a store
built in several runs ends with the dates a full re-score (and a one-run ingest) gives."""

from __future__ import annotations

import gzip
import itertools
import json
from dataclasses import replace
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from blocwatch import dates, pipeline
from blocwatch.config import Options
from blocwatch.records import DocDate
from blocwatch.store import Store

from .conftest import redating_docs, shared

PINNED = settings(derandomize=True, database=None, deadline=None, max_examples=300,
                  suppress_health_check=[HealthCheck.too_slow])
SELF = "doc:self"


# --- the per-document scoring as it was before the shared index: the specification -------------
def _reference_support(fact, d, by_key):  # type: ignore[no-untyped-def]
    if fact.predicate == "founded":
        founded = by_key.get(("founded", fact.key), [])
        if founded and fact.key.startswith("org:") and d < min(f.date for f in founded):
            return -4.0, f"{fact.key} not yet founded"
        return 0.0, ""
    if fact.predicate == "holds_position":
        claims = by_key.get(("holds_position", fact.key), [])
        before = [c for c in claims if c.date <= d]
        after = [c for c in claims if c.date >= d]
        b = max(before, key=lambda c: c.date) if before else None
        a = min(after, key=lambda c: c.date) if after else None
        same = [c for c in (b, a) if c is not None and c.subject == fact.subject]
        other = [c for c in (b, a) if c is not None and c.subject != fact.subject]
        if b and a and len(other) == 2:
            return -3.0, f"{b.subject} and {a.subject} hold {fact.key.split('@')[0]} around it"
        if same:
            gap = min(abs((c.date - d).days) for c in same) / 365.25
            return 1.5 / (1 + gap / 3), f"{fact.subject} known in office {same[0].date.year}"
        if other:
            gap = min(abs((c.date - d).days) for c in other) / 365.25
            if gap < 1.5:
                return -1.0, f"{other[0].subject} known in office {other[0].date.year}"
        return 0.0, ""
    if fact.predicate == "member_of":
        lists = by_key.get(("not_member", fact.key), [])
        mine = [c for c in by_key.get(("member_of", fact.key), []) if c.subject == fact.subject]
        later_without = [x for x in lists if x.date < d and x.subject == fact.subject]
        if later_without and not [c for c in mine if c.date >= max(x.date for x in later_without)]:
            return -2.0, f"{fact.subject} absent from the {fact.key} member list of " \
                         f"{max(x.date for x in later_without).year}"
        if any(c.date >= d for c in mine):
            return 0.5, ""
    return 0.0, ""


def _reference(docdate, facts, claims, exclude):  # type: ignore[no-untyped-def]
    """Old ``pipeline._knowledge`` + ``dates.score_with_knowledge``: the other documents'
    claims in the order the store read them, lists turned into non-memberships."""
    known, lists, listed = [], {}, {}
    for pred, subj, key, d, complete, doc, _order in sorted(claims, key=lambda c: (c[3], c[6])):
        if doc == exclude:
            continue
        known.append(dates.DatedClaim(pred, subj, key, d))
        if pred == "member_of":
            listed.setdefault(key, set()).add(subj)
            if complete:
                lists.setdefault((doc, key), (d, set()))[1].add(subj)
    for (_, org), (d, members) in lists.items():
        for country in listed.get(org, set()) - members:
            known.append(dates.DatedClaim("not_member", country, org, d))
    by_key: dict = {}
    for k in known:
        by_key.setdefault((k.predicate, k.key), []).append(k)
    out = []
    for cand, score in zip(docdate.candidates, docdate.scores, strict=True):
        d = date.fromisoformat(cand)
        reasons = []
        for fact in facts:
            s, why = _reference_support(fact, d, by_key)
            score += s
            reasons += [why] if why else []
        out.append((cand, round(score, 6), tuple(reasons)))
    return sorted(out, key=lambda r: (-r[1], r[0]))


def _index(claims):  # type: ignore[no-untyped-def]
    index = dates.DatingIndex()
    for pred, subj, key, d, complete, doc, order in claims:
        index.add(dates.DatedClaim(pred, subj, key, d, complete), document=doc, order=order)
    return index


def _scored(docdate, facts, claims):  # type: ignore[no-untyped-def]
    """Every candidate's score and reasons from the shared index (not only the winner)."""
    index = _index(claims)
    watches: list[dates.Watch] = []
    out = []
    for cand, score in zip(docdate.candidates, docdate.scores, strict=True):
        d = date.fromisoformat(cand)
        reasons = []
        for fact in facts:
            s, why = dates._fact_support(fact, d, index, SELF, watches)
            score += s
            reasons += [why] if why else []
        out.append((cand, round(score, 6), tuple(reasons)))
    return sorted(out, key=lambda r: (-r[1], r[0])), watches


DAYS = st.builds(date, st.integers(2000, 2005), st.sampled_from([1, 7]), st.just(1))
CLAIM = st.one_of(
    st.tuples(st.just("holds_position"), st.sampled_from(["p:1", "p:2", "p:3"]),
              st.sampled_from(["chair@org:a", "chair@org:b"]), DAYS, st.just(False)),
    st.tuples(st.just("member_of"), st.sampled_from(["c:1", "c:2", "c:3"]),
              st.sampled_from(["org:a", "org:b"]), DAYS, st.booleans()),
    st.tuples(st.just("founded"), st.sampled_from(["org:a", "org:b"]),
              st.sampled_from(["org:a", "org:b"]), DAYS, st.just(False)),
).map(lambda c: (c[0], c[1], c[2] if c[0] != "founded" else c[1], c[3], c[4]))
STORED = st.lists(st.tuples(CLAIM, st.sampled_from([SELF, "doc:1", "doc:2", "doc:3"])),
                  max_size=20).map(lambda cs: [(*c, doc, f"{c[3]} fact:{n:03d}")
                                               for n, (c, doc) in enumerate(cs)])
FACT = st.one_of(
    st.builds(dates.DatedClaim, st.just("holds_position"), st.sampled_from(["p:1", "p:2"]),
              st.sampled_from(["chair@org:a", "chair@org:b"]), st.just(date.min)),
    st.builds(dates.DatedClaim, st.just("member_of"), st.sampled_from(["c:1", "c:2"]),
              st.sampled_from(["org:a", "org:b"]), st.just(date.min)),
    st.sampled_from(["org:a", "org:b"]).map(
        lambda o: dates.DatedClaim("founded", o, o, date.min)),
)
DOCDATE = st.lists(st.tuples(st.integers(1999, 2006), st.sampled_from([0.0, 0.5, 1.0, 2.5])),
                   min_size=1, max_size=6, unique_by=lambda c: c[0]).map(
    lambda cs: DocDate(f"{cs[0][0]}-03-10", "day", "inferred", 0.5,
                       tuple(f"{y}-03-10" for y, _ in cs), tuple(s for _, s in cs)))


_D3 = DocDate("2003-03-10", "day", "inferred", 0.5, ("2003-03-10", "2000-03-10"), (0.0, 0.0))
_CHAIR = dates.DatedClaim("holds_position", "p:1", "chair@org:a", date.min)
_MEMBER = dates.DatedClaim("member_of", "c:1", "org:a", date.min)
_TIE = [("holds_position", "p:1", "chair@org:a", date(2001, 1, 1), False, "doc:1", "a"),
        ("holds_position", "p:2", "chair@org:a", date(2001, 1, 1), False, "doc:2", "b"),
        ("holds_position", "p:2", "chair@org:a", date(2001, 1, 1), False, SELF, "0")]
_LISTS = [("member_of", "c:1", "org:a", date(2002, 3, 1), False, "doc:1", "a"),
          ("member_of", "c:2", "org:a", date(2002, 1, 1), True, "doc:2", "b")]


@PINNED
@given(DOCDATE, st.lists(FACT, max_size=4), STORED)
@example(_D3, [_CHAIR], _TIE)  # two holders of one date: the first stated counts
@example(_D3, [_MEMBER], _LISTS)
def test_redating_shared_index_scores_as_the_per_document_lists_did(docdate, facts, claims):
    assert _scored(docdate, facts, claims)[0] == _reference(docdate, facts, claims, SELF)


@PINNED
@given(DOCDATE, st.lists(FACT, max_size=4), STORED, CLAIM, st.sampled_from(["doc:1", "doc:4"]),
       st.integers(0, 20))
@example(_D3, [_MEMBER], _LISTS,  # a later list without c:1, before the candidate
         ("member_of", "c:3", "org:a", date(2002, 7, 1), True), "doc:4", 99)
@example(_D3, [_CHAIR], _TIE[1:], ("holds_position", "p:1", "chair@org:a", date(2001, 1, 1),
                                   False), "doc:1", 99)
@example(_D3, [_CHAIR], _TIE[:1], ("holds_position", "p:1", "chair@org:a", date(2004, 7, 1),
                                   False), "doc:4", 99)  # a first holder after the candidate
def test_redating_change_outside_the_watches_moves_no_score(docdate, facts, claims, extra, doc,
                                                            drop):
    """Adding or removing one claim whose watch keys and date fall in none of the document's
    watches leaves every candidate's score as it was: skipping the document is exact."""
    before, watches = _scored(docdate, facts, claims)

    def watched(claim) -> bool:  # type: ignore[no-untyped-def]
        pred, subj, key, d, complete = claim[:5]
        return any(w.key == k and w.lo <= d <= w.hi for w in watches
                   for k in dates.dating_keys(pred, subj, key, complete))

    added = (*extra, doc, f"{extra[3]} fact:999")
    if not watched(added):
        assert _scored(docdate, facts, [*claims, added])[0] == before
    if drop < len(claims) and claims[drop][5] != SELF and not watched(claims[drop]):
        assert _scored(docdate, facts, claims[:drop] + claims[drop + 1:])[0] == before


def test_redating_score_with_knowledge_keeps_its_list_interface():
    # the text leaves the two years level: the list settles it (a weaker text preference
    # would hold against one list; see test_redating_store_moves_a_year_only_on_strong_evidence)
    text_only = DocDate("2009-02-20", "day", "inferred", 0.5, ("2009-02-20", "2007-02-20"),
                        (0.5, 0.5))
    own = [dates.DatedClaim("member_of", "c:1", "org:x", date.min)]
    known = [dates.DatedClaim("member_of", "c:1", "org:x", date(2006, 1, 1)),
             dates.DatedClaim("not_member", "c:1", "org:x", date(2008, 1, 1))]
    assert dates.score_with_knowledge(text_only, own, known).value == "2007-02-20"


# --- stores built in several runs ---------------------------------------------------------------
def _dates(path: str) -> dict[str, tuple]:
    store = Store(path)
    rows = {r["source_key"]: (r["published"], r["published_precision"], r["published_basis"])
            for r in store.db.execute("SELECT * FROM documents")}
    store.close()
    return rows


def _ingest(path: str, docs, today: date | None = None  # type: ignore[no-untyped-def]
            ) -> pipeline.IngestReport:
    store = Store(path)
    report = pipeline.ingest(docs, store, replace(Options(), db=path), today=today)
    store.close()
    return report


def _full_rescore(path: str, today: date | None = None) -> list[tuple[str, str, str]]:
    store = Store(path)
    moved = pipeline.redate(store, replace(Options(), db=path), today)
    store.close()
    return moved


def test_redating_older_document_moved_by_what_a_later_run_states(tmp_path):
    """A year-less article ingested first, alone, takes the year its text prefers; the dated
    articles that place its Secretary General and the CSTO's founding come in a second run:
    its watches send re-dating to it, and the store ends as one run leaves it."""
    yearless, dated = redating_docs()
    path, one = str(tmp_path / "two.db"), str(tmp_path / "one.db")
    first = _ingest(path, [yearless])
    assert first.redated == [] and _dates(path)[yearless.source_key][0] == "2001-02-20"
    second = _ingest(path, dated)
    assert (yearless.source_path, "2001-02-20", "2007-02-20") in second.redated
    _ingest(one, [yearless, *dated])
    assert _dates(path) == _dates(one)
    assert _full_rescore(path) == []
    assert _dates(path) == _dates(one)
    store = Store(path)
    assert store.redating_owed() == (set(), set())
    store.close()


def test_redating_watches_send_a_change_only_to_the_documents_it_can_move(demo_db):
    store = Store(demo_db)
    inferred = store.inferred_documents()
    assert len(inferred) == 3  # three seed articles give no year of their own
    watched = {r[0] for r in store.db.execute("SELECT DISTINCT document_id FROM redate_watch")}
    assert watched == set(inferred)
    # a founding of the CSTO earlier than any known can move every seed article that names it;
    # a later one cannot move any
    assert store.watchers([("founded|org:csto", "1995-01-01")]) == set(inferred)
    assert store.watchers([("founded|org:csto", "2015-01-01")]) == set()
    assert store.watchers([("holds_position|president@country:FJI", "2010-01-01")]) == set()
    assert store.inferred_documents(among=inferred[:1] + ["doc:none"]) == inferred[:1]
    store.close()


def test_redating_upgrade_to_watches_looks_at_every_inferred_document_once(tmp_path, demo_db):
    import shutil
    import sqlite3

    path = str(tmp_path / "old.db")
    shutil.copyfile(demo_db, path)
    db = sqlite3.connect(path)
    db.executescript("DROP TABLE redate_watch; DROP TABLE redate_changes; "
                     "UPDATE meta SET value='7' WHERE key='schema_version';")
    db.close()
    store = Store(path)
    owed, changes = store.redating_owed()
    assert owed == set(store.inferred_documents()) and changes == set()
    store.close()
    report = _ingest(path, [])
    assert report.redated == [] and _dates(path) == _dates(demo_db)
    store = Store(path)
    assert store.redating_owed() == (set(), set())
    assert store.db.execute("SELECT COUNT(DISTINCT document_id) FROM redate_watch").fetchone()[0] == 3
    store.close()


def test_redating_news_in_two_runs_equals_one_run_and_a_full_rescore(tmp_path):
    """Seed and Wikinews articles split over two runs, the year-less ones in both halves."""
    from blocwatch.read import read

    news = shared("corpus", "news", "articles.jsonl.gz")
    with gzip.open(news, "rt", encoding="utf-8") as fh:
        assert json.loads(next(fh))  # readable
    docs = [*pipeline.demo_sources(), *itertools.islice(read([str(news)], Options()), 24)]
    halves = (docs[1::2], docs[0::2])
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    _ingest(one, docs)
    for half in halves:
        _ingest(two, half)
    assert _dates(two) == _dates(one)
    assert _full_rescore(two) == []
    assert _dates(two) == _dates(one)


# --- the store moves an inferred year only on strong, consistent evidence ----------------------
_TEXT = DocDate("2017-11-02", "day", "inferred", 0.45, ("2017-11-02", "2016-11-02"), (1.5, 1.0))
_KHACHATUROV = dates.DatedClaim("holds_position", "p:k", "secretary general@org:csto", date.min)


def _rescored(docdate, facts, claims):  # type: ignore[no-untyped-def]
    index = dates.DatingIndex()
    for n, (claim, doc, weight) in enumerate(claims):
        index.add(claim, document=doc, order=f"{n:03d}", weight=weight)
    return dates.rescore(docdate, facts, index, SELF)[0]


def test_redating_store_moves_a_year_only_on_strong_evidence():
    # another holder known a year on: the text's 2017 loses 1.0, not enough to move it
    near = (dates.DatedClaim("holds_position", "p:b", "secretary general@org:csto",
                             date(2018, 6, 1)), "doc:1", 1.0)
    assert _rescored(_TEXT, [_KHACHATUROV], [near]).value == "2017-11-02"
    # other holders known on both sides of 2017 do move it
    before = (dates.DatedClaim("holds_position", "p:b", "secretary general@org:csto",
                               date(2017, 1, 10)), "doc:2", 1.0)
    moved = _rescored(_TEXT, [_KHACHATUROV], [before, near,
                                              (replace(near[0], subject="p:k",
                                                       date=date(2016, 6, 1)), "doc:3", 1.0)])
    assert moved.value == "2016-11-02" and "store:" in moved.note


def test_redating_store_keeps_the_text_s_year_when_its_facts_disagree():
    # the CSTO founded after 2016 (a move to 2017's favour) but the holder known in 2016 only
    founded = (dates.DatedClaim("founded", "org:csto", "org:csto", date(2016, 12, 1)), "doc:1",
               1.0)
    text = DocDate("2016-11-02", "day", "inferred", 0.45, ("2016-11-02", "2017-11-02"),
                   (1.0, 1.0))
    own = [_KHACHATUROV, dates.DatedClaim("founded", "org:csto", "org:csto", date.min)]
    both_sides = [(dates.DatedClaim("holds_position", "p:b", "secretary general@org:csto",
                                    date(y, 6, 1)), f"doc:{y}", 1.0) for y in (2017, 2018)]
    assert _rescored(text, own, [founded]).value == "2017-11-02"  # founding alone: moves
    # with two other holders around 2017 the facts pull both ways (2017 leads by 2.0, but the
    # office speaks for 2016): the text's year stays
    assert _rescored(text, own, [founded, *both_sides]).value == "2016-11-02"


def test_redating_claims_of_documents_with_inferred_years_weigh_less():
    text = DocDate("2001-02-20", "day", "inferred", 0.5, ("2001-02-20", "2007-02-20"), (5.5, 4.0))
    own = [dates.DatedClaim("founded", "org:x", "org:x", date.min)]
    founded = dates.DatedClaim("founded", "org:x", "org:x", date(2002, 5, 1))
    assert _rescored(text, own, [(founded, "doc:1", 1.0)]).value == "2007-02-20"
    assert _rescored(text, own, [(founded, "doc:1", dates.INFERRED_WEIGHT)]).value == \
        "2001-02-20"
