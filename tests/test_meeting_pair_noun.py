"""A meeting whose subject is "the pair" or "the duo": its two sides named before (issue 13, meet38).

A meeting found with one side missing (class (b) of bench/meeting_misses.py) on real news:
"Rice arrived in Georgia on Friday, and according to Saakashvili, the pair met for about five
hours" made no meeting (nobody as the subject of "met"), and "The pair … arrived … to visit
Iraqi Prime Minister Ibrahim Jaafari" made a visit without its two visitors.  ``PAIR_NOUN`` in
meeting_patterns.json (a ``DependencyMatcher`` construction, read in ``meetings`` beside
``PAIR_MET``) makes the two different people named last before the noun its sides.  A pair
the text never named (fewer than two people before), a meeting to come and "the couple" add
nobody.  Sentences written from the grammar, with invented names.
"""
import pytest

from tests.test_meetings import assert_meeting, found_by

PUB = "2023-03-10"  # a Friday

FOUND = [
    pytest.param("Kazakh Foreign Minister Aidos Serikov arrived in Tbilisi on Thursday, and according "
                 "to Georgian President Levan Kapanadze, the pair met for about five hours.",
                 {"Aidos Serikov", "Levan Kapanadze"}, "2023-03-09", id="the_pair_met"),
    pytest.param("Kazakh Foreign Minister Aidos Serikov and Uzbek Foreign Minister Timur Rakhimov made "
                 "a surprise visit to Baghdad on Tuesday. The pair arrived at 10:30 a.m. to visit "
                 "Iraqi Prime Minister Karim Nassar.",
                 {"Aidos Serikov", "Timur Rakhimov", "Karim Nassar"}, "2023-03-07",
                 id="the_pair_arrived_to_visit"),
    pytest.param("Kazakh President Aidos Serikov welcomed Uzbek President Timur Rakhimov in Astana on "
                 "Tuesday. The duo held talks on water and energy.",
                 {"Aidos Serikov", "Timur Rakhimov"}, "2023-03-07", id="the_duo_held_talks"),
]


@pytest.mark.parametrize("text, sides, day", FOUND)
def test_the_pair_is_the_two_people_named_before_it(text, sides, day):
    assert_meeting(text, PUB, sides, day, "PAIR_NOUN")


NOT_FOUND = [
    pytest.param("Officials said on Tuesday that the pair met for about five hours.",
                 id="nobody_named_before"),
    pytest.param("Kazakh Foreign Minister Aidos Serikov arrived in Tbilisi on Thursday, and the "
                 "pair will meet next week.", id="one_named_and_to_come"),
    pytest.param("Kazakh President Aidos Serikov and Uzbek President Timur Rakhimov spoke on "
                 "Tuesday. The couple met ten years ago in Paris.", id="a_couple_is_no_pair_noun"),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_pair_the_text_never_named_or_still_to_meet_adds_nobody(text):
    assert not found_by(text, PUB, "PAIR_NOUN")


def test_the_pair_nouns_are_declared_with_their_source():
    from blocwatch import meetings

    data = meetings.patterns()
    assert data["pair_nouns"] == ["pair", "duo"]
    assert "PAIR_NOUN" in data["constructions"] and "meet38" in data["_PAIR_NOUN"]
