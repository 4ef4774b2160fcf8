"""A signing between two sides is their meeting (issue 13, meet33).

"On Saturday, the X government signed a permanent ceasefire with the Y Army": a joint act of
two sides, told in the simple past on a day of the clause's own, is their meeting
(``SIGNED_WITH`` in meeting_patterns.json, ``meetings.signed_with``).  A signing without a day,
still to come, negated, of a bill, or with a side that names no entity makes none.
Sentences written from the grammar, with invented names.
"""
import pytest

from tests.test_meetings import assert_meeting, found_by

PUB = "2023-03-10"  # a Friday

FOUND = [
    pytest.param("On Saturday, the Ugandan government signed a permanent ceasefire with the "
                 "Liberation Front of Arua.",
                 {"Uganda", "Liberation Front of Arua"}, "2023-03-04", "SIGNED_WITH",
                 id="signed_a_ceasefire_with_on_a_weekday"),
    pytest.param("The government of Sudan signed a landmark agreement on Tuesday with the "
                 "National Democratic Alliance.",
                 {"Sudan", "National Democratic Alliance"}, "2023-03-07", "SIGNED_WITH",
                 id="with_after_the_day"),
    pytest.param("On Monday, Russian President Pavel Orlov signed a friendship treaty with "
                 "Kazakh President Aidos Serikov.",
                 {"Pavel Orlov", "Aidos Serikov"}, "2023-03-06", "SIGNED_WITH",
                 id="two_presidents"),
]


@pytest.mark.parametrize("text, people, day, pattern", FOUND)
def test_a_dated_signing_between_two_sides_is_their_meeting(text, people, day, pattern):
    assert_meeting(text, PUB, people, day, pattern)


NOT_FOUND = [
    pytest.param("In 2003 the minister Tomas Varga signed a treaty with Australia on health "
                 "products.", id="signed_in_a_year_background"),
    pytest.param("India has signed a deal with Iran for a gas pipeline project.",
                 id="perfect_without_a_day"),
    pytest.param("Russia will sign an agreement with China on Tuesday.", id="signing_to_come"),
    pytest.param("Russia did not sign the agreement with Georgia on Friday.", id="negated"),
    pytest.param("On Tuesday the President signed the bill with Senator Tomas Varga beside him.",
                 id="a_bill_is_no_agreement_between_sides"),
    pytest.param("Last Sunday the Sudanese government signed a peace treaty with the united "
                 "rebel groups at the border with Eritrea.",
                 id="the_other_side_names_no_entity"),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_signing_without_a_day_or_a_second_side_is_no_meeting(text):
    assert not found_by(text, PUB, "SIGNED_WITH")


def test_the_signed_agreements_are_declared_with_their_source():
    from blocwatch import meetings

    data = meetings.patterns()
    assert {"agreement", "ceasefire", "treaty"} <= set(data["signed_agreements"])
    assert not {"bill", "contract", "lease"} & set(data["signed_agreements"])
    assert "CAMEO" in data["_signed_agreements"] and "SIGNED_WITH" in data["triggers"]
