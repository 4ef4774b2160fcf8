"""A gathering told only by a speech given to it (issue 13, meet32).

"During his address to the Labour Party Conference today, X told …", "X used a speech
addressed to a conference of the Fabian Society", "In the speech, which was given at a
conference on democracy sponsored by …, X listed …": the gathering a speech was given to met,
with the speaker (``SPEECH_TO`` and ``SPEECH_GIVEN_TO`` in meeting_patterns.json; the
organization the gathering's own phrase names is its side, ``SPEECH_TO_ORG``).  A speech still
to come and a gathering with no side but the speaker stay out.
Sentences written from the grammar, with invented names.
"""
import pytest

from tests.test_meetings import assert_meeting, consult

PUB = "2023-03-10"  # a Friday

FOUND = [
    pytest.param("During his address to the Liberal Party Conference today, Tomas Varga told the "
                 "party members that reforms were needed.",
                 {"Tomas Varga", "Liberal Party Conference"}, "2023-03-10", "SPEECH_TO",
                 id="address_to_a_named_conference"),
    pytest.param("In his speech to the annual conference of the Green Alliance on Tuesday, Maria "
                 "Lindqvist said the plan had failed.",
                 {"Maria Lindqvist", "Green Alliance"}, "2023-03-07", "SPEECH_TO",
                 id="speech_to_the_conference_of_an_organization"),
    pytest.param("Finance Minister Pavel Novak today used a speech addressed to a conference of "
                 "the Reform Society to outline his budget.",
                 {"Pavel Novak", "Reform Society"}, "2023-03-10", "SPEECH_GIVEN_TO",
                 id="speech_addressed_to_a_conference"),
    pytest.param("In the speech, which was given on Monday at a conference of the Atlantic "
                 "Council, Maria Lindqvist criticised the government.",
                 {"Maria Lindqvist", "Atlantic Council"}, "2023-03-06", "SPEECH_GIVEN_TO",
                 id="speech_which_was_given_at_a_conference"),
    pytest.param("Opposition leader Tomas Varga on Wednesday made a speech to the conference of "
                 "the Reform Society in Glasgow.",
                 {"Tomas Varga", "Reform Society"}, "2023-03-08", "SPEECH_GIVEN_TO",
                 id="made_a_speech_to_a_conference"),
]


@pytest.mark.parametrize("text, people, day, pattern", FOUND)
def test_speech_to_a_gathering_is_its_meeting_with_the_speaker(text, people, day, pattern):
    assert_meeting(text, PUB, people, day, pattern)


NOT_FOUND = [
    pytest.param("Tomas Varga will say in a speech to the Liberal Party Conference tomorrow that "
                 "reforms are needed.", id="speech_to_come"),
    pytest.param("Tomas Varga said in a speech to the conference that reforms were needed.",
                 id="no_side_but_the_speaker"),
    pytest.param("Maria Lindqvist is expected to give a speech to the annual conference of the "
                 "Green Alliance next week.", id="speech_expected"),
    pytest.param("Tomas Varga did not give a speech to the conference of the Liberal Party on "
                 "Monday.", id="speech_negated"),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_speech_to_a_gathering_to_come_or_without_sides_is_none(text):
    assert not [f for f in consult(text, PUB) if len(f[1]) >= 2], consult(text, PUB)


def test_speech_on_a_topic_is_no_gathering():
    """"a speech on the conference's results" names the gathering as a topic, not its audience."""
    text = "Tomas Varga gave a speech on the results of the Liberal Party Conference on Monday."
    assert not [f for f in consult(text, PUB) if "SPEECH_TO" in " ".join(f[2])]
