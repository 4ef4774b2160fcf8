"""A body's sitting told by an act done at it (issue 13, meet34; gold13's class E2).

A person chosen as the holder of a role "of" a body at or during that body's own convention,
congress, conference, plenum or session tells that the body sat, with that person
(``BODY_CHOSEN_AT``: "was voted the new leader of X at the leadership convention";
``BODY_CHOSEN_AS_AT``: "was elected as the candidate of X at a party congress").  Still to
come, negated, at another gathering (a press conference), told of years before, or with a
body's name the mention stage cut, none; the active shape ("X elected a leader during its
congress") is not built (no firing on real news).
Sentences written from the grammar, with invented names.
"""
import pytest

from tests.test_meetings import assert_meeting, consult, found_by

PUB = "2023-03-10"  # a Friday

FOUND = [
    pytest.param("Tomas Varga was voted the new leader of the Harbour Liberal Party at the "
                 "leadership convention on Saturday.",
                 {"Tomas Varga", "Harbour Liberal Party"}, "2023-03-04", "BODY_CHOSEN_AT",
                 id="voted_the_new_leader_of_at_the_convention"),
    pytest.param("Former Foreign Minister Tomas Varga was elected as the presidential candidate "
                 "of the Harbour Patriotic Party at a party congress on Wednesday.",
                 {"Tomas Varga", "Harbour Patriotic Party"}, "2023-03-08", "BODY_CHOSEN_AS_AT",
                 id="elected_as_candidate_of_at_a_party_congress"),
    pytest.param("Yesterday Tomas Varga has been reelected as leader of the Harbour Social "
                 "Democrat Party at the party's convention in Leeds.",
                 {"Tomas Varga", "Harbour Social Democrat Party"}, "2023-03-09",
                 "BODY_CHOSEN_AS_AT", id="perfect_passive_at_the_partys_convention"),
]


@pytest.mark.parametrize("text, sides, day, pattern", FOUND)
def test_an_act_at_a_bodys_own_gathering_is_its_sitting(text, sides, day, pattern):
    assert_meeting(text, PUB, sides, day, pattern)


NOT_FOUND = [
    pytest.param("Tomas Varga was elected as leader of the Harbour Labour Party at a press "
                 "conference on Monday.", id="another_gathering"),
    pytest.param("In 1998 Tomas Varga was elected as leader of the Harbour Labour Party at the "
                 "party's annual conference.", id="history"),
    pytest.param("Tomas Varga was not elected as leader of the Harbour Labour Party at the "
                 "party's conference on Monday.", id="negated"),
    pytest.param("The Harbour Labour Party elected a new party leader during its 25th Congress "
                 "on Tuesday.", id="the_active_shape_is_not_built"),
    pytest.param("Tomas Varga will be elected as leader of the Harbour Labour Party at the "
                 "party's convention next month.", id="passive_to_come"),
    pytest.param("Tomas Varga is expected to be chosen as leader of the Harbour Labour Party at "
                 "the party's convention.", id="passive_expected"),
    pytest.param("Tomas Varga was selected as the presidential nominee of the Harbour Peace and "
                 "Freedom Party during its convention on Tuesday.",
                 id="a_name_the_mention_stage_cut"),  # found as "Freedom Party": whole_name
]


def test_the_same_choice_with_a_whole_name_is_a_sitting():
    """The twin of a_name_the_mention_stage_cut: the guard refuses the cut name only."""
    found = consult("Tomas Varga was selected as the presidential nominee of the Harbour "
                    "Freedom Party during its convention on Tuesday.", PUB)
    assert [f for f in found if {"Tomas Varga", "Harbour Freedom Party"} <= f[1]
            and f[0] == "2023-03-07"], found


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_sitting_from_a_plan_a_denial_or_another_gathering(text):
    assert not found_by(text, PUB, "BODY_CHOSEN")


def test_the_words_are_declared_with_their_source():
    from blocwatch import meetings

    data = meetings.patterns()
    assert {"convention", "congress", "plenum"} <= set(data["acted_at_gatherings"])
    assert not {"summit", "meeting"} & set(data["acted_at_gatherings"])
    assert "BODY_DECIDED" in data["_acted_at_verbs"]
    assert {"BODY_CHOSEN_AT", "BODY_CHOSEN_AS_AT"} <= set(data["constructions"])
    assert "BODY_ACTED_AT" not in data["constructions"]
