"""A deliberative body told or briefed sat in session (issue 13, meet12).

"Barroso told the European Parliament": a deliberative body (a name ending in a
``deliberative`` word) that a named person told or briefed sat in session, with the speaker
(``TOLD_BODY``, as meet11's ``ADDRESSED_BODY`` reads "addressed").  Real sentences from
../shared/corpus/news (Wikinews, CC BY 2.5; the article named in each id) and templates
written from grammar.
"""
import pytest

from tests.test_meeting_org_session import assert_one_meeting
from tests.test_meetings import consult

MEETINGS = [
    pytest.param("\"We regret that these decisions have been made, but I also want to express my "
                 "confidence that a solution will be found,\" Barroso told the European Parliament.",
                 "2007-07-11", {"Barroso", "European Parliament"}, "2007-07-11", "TOLD_BODY",
                 id="ID74052_told_the_european_parliament"),
    pytest.param("Australian news Australian Prime Minister Kevin Rudd has told the House of "
                 "Representatives that the federal budget may need to fall into \"temporary "
                 "deficit\" if the global economic crisis impacts upon Australia further.",
                 "2008-11-26", {"Kevin Rudd", "House of Representatives"}, "2008-11-26",
                 "TOLD_BODY", id="ID117180_has_told_the_house"),
    pytest.param("Djibouti's President Omah Guelleh told the UN security council \"Continued "
                 "inaction in whatever form not only will encourage but will benefit Eritrea's "
                 "attitude.", "2008-10-25", {"Omah Guelleh", "UN Security Council"}, "2008-10-25",
                 "TOLD_BODY", id="ID115617_told_the_security_council"),
    pytest.param("UN envoy Martin Griffiths briefed the Security Council on Tuesday.", "2023-06-21",
                 {"Martin Griffiths", "UN Security Council"}, "2023-06-20", "TOLD_BODY",
                 id="TEMPLATE_briefed_the_council"),
]


@pytest.mark.parametrize("text, published, wanted, day, pattern", MEETINGS)
def test_told_body_is_one_session_with_the_speaker(text, published, wanted, day, pattern):
    assert_one_meeting(text, published, wanted, day, pattern)


NOT_TOLD = [
    pytest.param("UN Secretary-General Antonio Guterres will tell the Security Council on "
                 "Thursday that the mission must end.", "2023-06-21", id="WILL_TELL"),
    # no named person briefed it (corpus ID96277)
    pytest.param("The Bush administration has already briefed Congress on its arms sales plans "
                 "for Saudi Arabia.", "2008-01-15", id="ID96277_administration_briefed"),
    pytest.param("President Joe Biden told the White House press corps on Tuesday that talks "
                 "would continue.", "2023-06-21", id="TOLD_THE_PRESS"),
]


@pytest.mark.parametrize("text, published", NOT_TOLD)
def test_told_body_needs_a_person_telling_a_body_in_the_past(text, published):
    assert not [f for f in consult(text, published) if any("TOLD_BODY" in p for p in f[2])]
