"""Queries on the demo store: the answers `make demo` promises, each with its sources."""

import pytest

import blocwatch
from blocwatch.errors import QueryError

SIX = {"Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"}


@pytest.fixture(scope="module")
def kb(demo_db):
    with blocwatch.open(demo_db) as k:
        yield k


def test_members_as_of_2012_include_uzbekistan(kb):
    ans = kb.members("CSTO", as_of="2012-10-25")
    assert {m.country.name for m in ans.members} == SIX | {"Uzbekistan"}
    assert all(m.claims for m in ans.members)


def test_members_as_of_2022_drop_uzbekistan_and_keep_russia(kb):
    ans = kb.members("CSTO", as_of="2022-12-19")
    assert {m.country.name for m in ans.members} == SIX
    assert [m.country.name for m in ans.not_members] == ["Uzbekistan"]


def test_members_before_any_statement_are_unknown(kb):
    ans = kb.members("CSTO", as_of="1999")
    assert ans.members == () and {m.country.name for m in ans.unknown} >= SIX


def test_officials_csto_in_order_with_dates(kb):
    terms = [t for t in kb.officials("CSTO") if t.role == "Secretary General"]
    assert [t.person.name for t in terms] == ["Nikolai Bordyuzha", "Yuri Khachaturov",
                                              "Stanislav Zas"]
    assert terms[0].ended_by == "Yuri Khachaturov" and terms[-1].open_end


def test_officials_osce_one_person_each_with_variants(kb):
    terms = [t for t in kb.officials("OSCE") if t.role == "Secretary General"]
    assert [t.person.name for t in terms] == ["Lamberto Zannier", "Thomas Greminger"]
    assert {"Lamberto Zaniera", "Zannier"} <= set(terms[0].person.aliases)
    assert {"Thomas Greming", "T.Greminger"} <= set(terms[1].person.aliases)


def test_officials_as_of_a_date(kb):
    (term,) = [t for t in kb.officials("CSTO", as_of="2017-11-02") if t.role == "Secretary General"]
    assert term.person.name == "Yuri Khachaturov" and term.status == "stated"


def test_conflicts_report_six_member_against_seven_listed(kb):
    (conflict,) = [c for c in kb.conflicts() if c.kind == "member_count"]
    assert "6 members" in conflict.description and "7 are listed" in conflict.description
    count_side, list_side = conflict.sides
    assert len(count_side) == 1 and len(list_side) == 7
    sentence = kb.sources(count_side[0].id).evidence[0].text
    assert "six-member CSTO" in sentence


def test_sources_give_the_sentence_behind_a_fact(kb):
    (term,) = [t for t in kb.officials("OSCE") if t.person.name == "Thomas Greminger"]
    src = kb.sources(term.claims[0].id)
    assert src.kind == "fact" and src.evidence
    assert "Greming" in src.evidence[0].text or "Greminger" in src.evidence[0].text


def test_timeline_between_two_entities(kb):
    items = kb.timeline("Khachaturov", "Greminger")
    assert items and all(i.kind == "event" for i in items)
    assert [i.date for i in items] == sorted(i.date for i in items)


def test_show_lists_names_facts_and_events(kb):
    prof = kb.show("Thomas Greminger")
    assert prof.entity.kind == "person"
    assert any("Secretary General" in f["summary"] for f in prof.facts)
    assert prof.events and prof.merges


def test_resolve_unknown_name_is_a_clear_error(kb):
    with pytest.raises(QueryError) as err:
        kb.members("Warsaw Pact")
    assert "blocwatch entities" in str(err.value)


def test_public_api_exports():
    assert set(blocwatch.__all__) == {
        "BlocwatchError", "ConfigError", "IngestReport", "InputError", "KnowledgeBase", "Options",
        "QueryError", "StageError", "StoreError", "ingest", "load_options", "open", "process",
        "__version__"}
    for name in blocwatch.__all__:
        assert hasattr(blocwatch, name)


def _store(tmp_path, *texts):
    from dataclasses import replace

    from blocwatch import pipeline
    from blocwatch.config import Options
    from blocwatch.records import RawDocument
    from blocwatch.store import Store

    path = str(tmp_path / "asof.db")
    store = Store(path)
    docs = [RawDocument(f"{n}.txt", f"/asof/{n}.txt", t, "text/plain") for n, t in enumerate(texts)]
    pipeline.ingest(docs, store, replace(Options(), db=path))
    store.close()
    return blocwatch.open(path)


def test_members_joining_and_leaving_bound_membership(tmp_path):
    with _store(tmp_path,
                "MOSCOW, August 16, 2006 - Uzbekistan rejoined the CSTO on Wednesday, the "
                "organization said.",
                "MOSCOW, October 25, 2010 - The CSTO groups Armenia, Belarus, Kazakhstan, "
                "Kyrgyzstan, Russia, Tajikistan and Uzbekistan, officials said.",
                "TASHKENT, June 28, 2012 - Uzbekistan suspended its membership in the CSTO on "
                "Thursday, the foreign ministry said.") as k:
        def status(when):
            ans = k.members("CSTO", as_of=when)
            rows = {m.country.name: m.status for m in (*ans.members, *ans.not_members,
                                                       *ans.unknown)}
            return rows.get("Uzbekistan")
        assert status("2005-01-01").startswith("not yet a member")
        assert status("2008-03-01") == "held"
        assert status("2010-10-25") == "stated"
        assert status("2013-01-01") == "left"
        armenia = {m.country.name: m for m in k.members("CSTO", as_of="2030").members}["Armenia"]
        assert armenia.status == "open" and armenia.confidence < 0.8


def test_officials_terms_start_end_and_unknown(tmp_path):
    with _store(tmp_path,
                "VIENNA, July 18, 2017 - Thomas Greminger was appointed OSCE Secretary General on "
                "Tuesday.",
                "VIENNA, July 18, 2017 - Lamberto Zannier, the outgoing OSCE Secretary General, "
                "said on Tuesday that he would leave Vienna.",
                "VIENNA, March 3, 2015 - OSCE Secretary General Lamberto Zannier said on Tuesday "
                "that the mission would grow.") as k:
        terms = {t.person.name: t for t in k.officials("OSCE") if t.role == "Secretary General"}
        assert terms["Lamberto Zannier"].start == "2015-03-03"
        assert terms["Lamberto Zannier"].end == "2017-07-18"
        assert not terms["Lamberto Zannier"].open_end
        assert terms["Thomas Greminger"].start == "2017-07-18" and terms["Thomas Greminger"].open_end
        assert [t.person.name for t in k.officials("OSCE", as_of="2016-01-01")] == ["Lamberto Zannier"]
        assert [t.person.name for t in k.officials("OSCE", as_of="2019-01-01")] == ["Thomas Greminger"]
        assert k.officials("OSCE", as_of="2010-01-01") == []  # no claim covers it: unknown


@pytest.mark.parametrize("name", ["CSTO", "OSCE", "Lamberto Zannier", "Russia"])
def test_kb_show_and_timeline_with_limit_are_the_first_items_of_the_whole(kb, name):
    whole, first = kb.show(name), kb.show(name, limit=3)
    assert first.facts == whole.facts[:3] and first.quotes == whole.quotes[:3]
    assert [e["id"] for e in first.events] == [e["id"] for e in whole.events[:3]]
    assert first.totals == whole.totals == {"facts": len(whole.facts),
                                            "events": len(whole.events),
                                            "quotes": len(whole.quotes)}
    assert kb.timeline(name, limit=4) == kb.timeline(name)[:4]
    assert kb.timeline(name, "CSTO", limit=2) == kb.timeline(name, "CSTO")[:2]


def test_kb_answers_as_dicts_are_what_dataclasses_asdict_gives(kb):
    from dataclasses import asdict

    for org in ("CSTO", "OSCE"):
        for as_of in (None, "2012-10-25"):
            answer = kb.members(org, as_of)
            assert answer.as_dict() == asdict(answer)
            for term in kb.officials(org, as_of):
                assert term.as_dict() == asdict(term)


_EARLY = ("MOSCOW, October 25, 2010 - The CSTO groups Armenia, Belarus, Kazakhstan, Kyrgyzstan, "
          "Russia, Tajikistan and Uzbekistan, officials said.")


@pytest.mark.parametrize(("later", "uzbekistan"), [
    # a noun cue names some members as often as all: leaving one out says nothing
    ("MOSCOW, May 5, 2015 - The CSTO members Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia "
     "and Tajikistan use the organization as a platform for fighting drug trafficking.", "held"),
    # the text stops mid-word inside the list
    ("MOSCOW, May 5, 2015 - The CSTO groups Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia "
     "and Tajik", "held"),
    # a verb of composition names the whole membership
    ("MOSCOW, May 5, 2015 - The CSTO groups Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and "
     "Tajikistan, officials said.", "not a member"),
    # a count the text states matches the list
    ("MOSCOW, May 5, 2015 - The six CSTO member states, Armenia, Belarus, Kazakhstan, "
     "Kyrgyzstan, Russia and Tajikistan, sent troops.", "not a member"),
])
def test_members_absence_from_a_list_needs_a_complete_list(tmp_path, later, uzbekistan):
    with _store(tmp_path, _EARLY, later) as k:
        ans = k.members("CSTO", as_of="2016-01-01")
        if uzbekistan == "not a member":
            assert "Uzbekistan" in {m.country.name for m in ans.not_members}
        else:
            assert "Uzbekistan" in {m.country.name for m in ans.members}
            assert "Uzbekistan" not in {m.country.name for m in ans.not_members}


@pytest.mark.parametrize(("sentence", "whole"), [
    ("Led by Russia, the CSTO now groups Armenia, Belarus, Kazakhstan, Kyrgyzstan, and "
     "Tajikistan.", True),
    ("CSTO participants are Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.", True),
    ("The CSTO consists of Armenia, Belarus, Kazakhstan and Russia.", True),
    ("The CSTO consists of states such as Armenia, Belarus and Kazakhstan.", False),
    ("The six CSTO member states, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and "
     "Tajikistan, signed.", True),
    ("The CSTO has six members. CSTO members: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia "
     "and Tajikistan.", True),
    ("The CSTO members Armenia and Belarus held drills.", False),
    ("CSTO members: Armenia and Belarus.", False),
    ("The CSTO groups Armenia, Belarus and others.", False),
])
def test_members_list_constructions_that_name_the_whole_membership(sentence, whole):
    from blocwatch import pipeline
    from blocwatch.config import Options
    from blocwatch.records import RawDocument

    ex = pipeline.process(RawDocument("t.txt", "t", sentence, "text/plain",
                                      published="2015-05-05"), Options())
    listed = [c for c in ex.claims if c.predicate == "member_of"]
    assert listed and all((c.qualifier == "complete_list") is whole for c in listed)


def test_person_seat_in_a_body_is_a_claim_but_no_member_state(tmp_path):
    """memb19: "Rod Barton, a member of the Iraq Survey Group" is a member_of claim with the
    person as subject; the member-state timeline of the group does not list him."""
    with _store(tmp_path,
                "June 7, 2006\n\nRod Barton, a member of the Iraq Survey Group, said it "
                "would be easier to start all over again.") as k:
        claims = k.db.execute("SELECT subject FROM claims WHERE predicate='member_of'").fetchall()
        assert [k.entity(r[0]).name for r in claims] == ["Rod Barton"]
        ans = k.members("Iraq Survey Group", as_of="2006-06-07")
        assert not (*ans.members, *ans.not_members, *ans.unknown)
