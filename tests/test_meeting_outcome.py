"""What a meeting did is not whether it took place (issue 13, meet8).

``OUTCOME_OF_MEETING``: a meeting noun that is the subject of what it did or failed to do
("talks … failed to reach agreement", "talks … on Tuesday could not resolve the crisis") took
place; the modal, negation or failure belongs to the outcome.  ``ARRIVED_ON_VISIT``: a visit
that names no destination of its own goes where the trip went ("arrived in Kenya on Tuesday
for a two-day visit"). Real sentences from ../shared/corpus/news (Wikinews, CC BY 2.5) and
templates written from grammar, published on Friday 2023-03-10.
"""
import pytest

from tests.test_meetings import consult

PUB = "2023-03-10"  # a Friday


def test_meeting_outcome_talks_that_failed_to_reach_agreement_took_place():
    """wikinews-tosca-ID62351: the talks in Moscow were held; they failed to agree."""
    found = consult("The announcement from RosAtom came after talks between Russian and Iranian "
                    "officials last week in Moscow failed to reach agreement on the dispute over "
                    "funding.", "2007-03-13")
    assert [f for f in found if {"Russia", "Iran"} <= f[1]
            and any("OUTCOME_OF_MEETING" in p for p in f[2])]


def test_meeting_outcome_talks_that_failed_to_go_forward_did_not_take_place():
    """wikinews-tosca-ID82106: "peace talks … failed to go forward" were not held."""
    assert consult("The battles were triggered after several Pakistani officials were targeted "
                   "and peace talks with officials in Islamabad failed to go forward.",
                   "2007-10-09") == []


@pytest.mark.parametrize("text,people", [
    pytest.param("Talks between Ghanaian President John Kufuor and Kenyan President Mwai Kibaki "
                 "on Tuesday could not resolve the crisis.", {"John Kufuor", "Mwai Kibaki"},
                 id="COULD_NOT_RESOLVE"),
    pytest.param("Chilean President Gabriel Boric's talks with Peruvian President Dina Boluarte on "
                 "Tuesday may have eased the dispute.", {"Gabriel Boric", "Dina Boluarte"},
                 id="MAY_HAVE_EASED"),
    pytest.param("Talks between Russian Foreign Minister Sergei Lavrov and Iranian Foreign Minister"
                 " Hossein Amirabdollahian on Tuesday in Moscow failed to reach agreement.",
                 {"Sergei Lavrov", "Hossein Amirabdollahian"}, id="FAILED_TO_REACH"),
    pytest.param("Talks between Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr"
                 " Japarov on Tuesday did not settle the border dispute.",
                 {"Kassym-Jomart Tokayev", "Sadyr Japarov"}, id="DID_NOT_SETTLE"),
])
def test_meeting_outcome_a_dated_meeting_that_could_not_achieve_something_took_place(text, people):
    found = consult(text, PUB)
    hit = [f for f in found if people <= f[1]]
    assert hit and hit[0][0] == "2023-03-07"
    assert any("OUTCOME_OF_MEETING" in p for p in hit[0][2])


@pytest.mark.parametrize("text", [
    pytest.param("Talks between Ghanaian President John Kufuor and Kenyan President Mwai Kibaki "
                 "could resolve the crisis.", id="UNDATED_MODAL"),
    pytest.param("Talks between Ghanaian President John Kufuor and Kenyan President Mwai Kibaki "
                 "on Tuesday could not take place.", id="COULD_NOT_TAKE_PLACE"),
    pytest.param("Talks between Ghanaian President John Kufuor and Kenyan President Mwai Kibaki "
                 "next week could resolve the crisis.", id="NEXT_WEEK"),
    pytest.param("Talks between Ghanaian President John Kufuor and Kenyan President Mwai Kibaki "
                 "on Tuesday could resolve the crisis.", id="COULD_RESOLVE_STILL_TO_COME"),
    pytest.param("Talks between Ghanaian President John Kufuor and Kenyan President Mwai Kibaki "
                 "on Tuesday would help end the crisis, officials said.", id="WOULD_HELP"),
    pytest.param("Talks between Russian Foreign Minister Sergei Lavrov and Iranian Foreign Minister"
                 " Hossein Amirabdollahian failed to take place on Tuesday.", id="FAILED_TO_TAKE_PLACE"),
])
def test_meeting_outcome_a_meeting_whose_taking_place_is_in_doubt_is_none(text):
    assert consult(text, PUB) == []


def test_meeting_outcome_a_visit_goes_where_the_trip_went():
    """"arrived in Kenya … for a two-day visit": Kenya hosts the visit (not Ghana alone, the
    visitor's own state named by his title)."""
    found = consult("Ghanaian President John Kufuor arrived in Kenya on Tuesday for a two-day "
                    "visit.", PUB)
    assert [f for f in found if {"John Kufuor", "Kenya"} <= f[1] and f[0] == "2023-03-07"
            and any("ARRIVED_ON_VISIT" in p for p in f[2])]
