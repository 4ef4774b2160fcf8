"""A person placed at a gathering, talks or a visit by a phrase of presence (issue 13, meet37).

"he said while in Libya for an African Union summit", "X, who is in Adelaide for ministerial
talks", "While in Canada for a visit to Ottawa, X thanked …", "X was in Cairo on Tuesday for
talks with Y": no verb of meeting, but "in PLACE for <gathering, talks or visit>" puts the
person there (``PRESENT_FOR`` in meeting_patterns.json, read through ``meetings.FRAMES``).
A presence still to come ("will be in Cairo"), one for another purpose ("for medical
treatment") or without a purpose ("while in Cairo") adds nobody.  Sentences written from the
grammar, with invented names.
"""
import pytest

from tests.test_meetings import assert_meeting, found_by

PUB = "2023-03-10"  # a Friday

FOUND = [
    pytest.param("Kazakh President Aidos Serikov suffered a stroke on Tuesday while in Egypt for "
                 "an African Union summit.",
                 {"Aidos Serikov", "African Union"}, "2023-03-07", id="while_in_for_a_summit"),
    pytest.param("While in Canada for a visit to Ottawa and Montreal on Tuesday, Kazakh President "
                 "Aidos Serikov thanked Canada for its help.",
                 {"Aidos Serikov", "Canada"}, "2023-03-07", id="while_in_for_a_visit_opener"),
    pytest.param("Police kept protesters away from Mr Tomas Varga, who is in Adelaide for ministerial "
                 "talks between the US and Australian governments.",
                 {"Tomas Varga", "Australia"}, PUB, id="relative_clause_of_being"),
    pytest.param("Kazakh President Aidos Serikov was in Cairo on Tuesday for talks with Egyptian "
                 "President Karim Nassar.",
                 {"Aidos Serikov", "Karim Nassar"}, "2023-03-07", id="finite_copula"),
]


@pytest.mark.parametrize("text, sides, day", FOUND)
def test_a_person_in_a_place_for_a_gathering_takes_part_in_it(text, sides, day):
    assert_meeting(text, PUB, sides, day, "PRESENT_FOR")


NOT_FOUND = [
    pytest.param("Kazakh President Aidos Serikov will be in Cairo on Tuesday for talks with "
                 "Egyptian President Karim Nassar.", id="presence_to_come"),
    pytest.param("Kazakh President Aidos Serikov, who will be in Cairo next week for the African "
                 "Union summit, said the talks would go on.", id="relative_presence_to_come"),
    pytest.param("Kazakh President Aidos Serikov is in Cairo for medical treatment.",
                 id="another_purpose"),
    pytest.param("Kazakh President Aidos Serikov said on Tuesday while in Cairo that the summit "
                 "had failed.", id="no_purpose"),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_presence_to_come_or_for_another_purpose_adds_nobody(text):
    assert not found_by(text, PUB, "PRESENT_FOR")


def test_the_purpose_nouns_are_declared_with_their_source():
    from blocwatch import meetings

    data = meetings.patterns()
    assert {"summit", "talks", "visit"} <= set(data["present_for_purposes"])
    assert "PRESENT_FOR" in data["constructions"] and "meet37" in data["_PRESENT_FOR"]
    assert meetings.FRAMES["PRESENT_FOR"] == "trigger"
