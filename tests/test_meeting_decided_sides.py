"""A deliberative body that decided sat in session; a person and his own state are one side;
a visit to a city is hosted by its state (issue 13, meet14).

``BODY_DECIDED`` (meet6) read a body's session from its votes (voted, approved, ratified,
adopted, passed …).  Its second pattern reads a decision told in the simple past: a
deliberative body (a name ending in a ``deliberative`` word) that decided, agreed, imposed,
extended or authorized something ("The Greek Parliament decided to host a three-day
discussion").  The perfect ("the Security Council has imposed severe sanctions") is left out: in
the corpus it tells earlier decisions as background.  And a meeting whose sides are only
people and the one state they hold office in ("the visit of U.S. President George Bush") has
one side (``meetings.own_state_only``): the state is named by its officials' titles, not as
whom they met; so is a person and the organization his own title names
(``meetings.own_organization_only``, own1, stop 52).  A visit to a city of a state the
text names, by a visitor holding an office of another state, is hosted by that state
(``VISITED_CITY``: "Nepal's PM Girija Prasad Koirala visited New Delhi this June").  Real
sentences from ../shared/corpus/news (Wikinews, CC BY 2.5; the article named in each id) and
templates written from grammar.
"""
import pytest

from tests.test_meeting_org_session import assert_one_meeting
from tests.test_meetings import consult

SESSIONS = [
    pytest.param("The Greek Parliament decided to host a three-day discussion between the parties "
                 "which will end on Sunday with a vote of all the 300 members.", "2007-02-02",
                 {"Parliament of Greece"}, "2007-02-02", id="ID59778_parliament_decided"),
    pytest.param("The Security Council today imposed sanctions on that country [Iran], blocking "
                 "the import or export of sensitive nuclear material and equipment and freezing "
                 "the financial assets of persons or entities supporting its proliferation.",
                 "2006-12-24", {"UN Security Council"}, "2006-12-24", id="ID57105_council_imposed"),
    pytest.param("On Monday, the UN Security Council agreed to extend the mandate of the "
                 "peacekeepers.", "2008-05-14", {"UN Security Council"}, "2008-05-12",
                 id="TEMPLATE_council_agreed"),
]


@pytest.mark.parametrize("text, published, wanted, day", SESSIONS)
def test_body_that_decided_is_one_session(text, published, wanted, day):
    assert_one_meeting(text, published, wanted, day, "BODY_DECIDED")


def test_decision_joins_the_meeting_the_text_tells_of_it():
    """ID43047: the council's decision and the meeting Ruddock attended are one session."""
    text = ("Australia's Attorney General Phillip Ruddock acknowledged that the Governor-General "
            "had conveyed the ACT government's request and despite the ACT government expressing "
            "that it would make some amendments to its act, the Federal Executive Council decided "
            "that it was more appropriate to disallow the act altogether. Mr Ruddock said he, the "
            "minister of territories, and the Governor-General attended the Executive Council "
            "meeting.")
    found = [f for f in consult(text, "2006-06-13") if "Phillip Ruddock" in f[1]]
    assert len(found) == 1, consult(text, "2006-06-13")
    assert "BODY_DECIDED" in found[0][2] and found[0][0] == "2006-06-13", found


NOT_SESSIONS = [
    # the perfect tells an earlier decision as background (corpus ID79966, 2007-09-16)
    pytest.param("The United Nations Security Council has imposed severe sanctions over Iran, but "
                 "until now has not accepted military action.", "2007-09-16",
                 id="ID79966_has_imposed"),
    # an executive organization deciding is no session
    pytest.param("The European Commission decided on Monday to fine Microsoft.", "2008-05-14",
                 id="COMMISSION_DECIDED"),
    pytest.param("The UN Security Council will decide on Monday whether to extend the mandate.",
                 "2008-05-14", id="WILL_DECIDE"),
    # members agreeing are no body ("EU leaders agreed", meet10)
    pytest.param("EU leaders agreed on Friday to cut emissions.", "2008-05-14",
                 id="LEADERS_AGREED"),
]


@pytest.mark.parametrize("text, published", NOT_SESSIONS)
def test_no_session_for_the_perfect_an_executive_or_a_plan(text, published):
    assert not [f for f in consult(text, published) if "BODY_DECIDED" in f[2]]


ONE_STATE_SIDE = [
    # the visitor and the state he holds office in: no host, one side (corpus ID89007, ID7917)
    pytest.param("Israel is gearing up for the visit of U.S. President George Bush this week.",
                 "2008-01-06", id="ID89007_visit_of_the_president"),
    pytest.param("During a recent visit by Chinese Premier Wen Jiabao to the Indian capital of "
                 "Delhi, a border was finally agreed on paper.", "2005-04-13",
                 id="ID7917_visit_by_the_premier"),
    pytest.param("Venezuelan President Hugo Chavez arrived in Beijing on Wednesday for a five-day "
                 "visit.", "2006-08-24", id="TEMPLATE_visit_to_a_city"),
]


@pytest.mark.parametrize("text, published", ONE_STATE_SIDE)
def test_person_and_own_state_are_one_side(text, published):
    assert consult(text, published) == []


ONE_ORGANIZATION_SIDE = [
    # own1: the visitor and the organization his own title names (read batch dp-ID11922)
    pytest.param("The president of the World Bank, Paul Wolfowitz, has addressed a global youth "
                 "forum on genocide in Kigali, Rwanda, today, as part of a visit to four African "
                 "countries this week.", "2005-06-16", id="dp_ID11922_visit_of_the_president_of"),
    pytest.param("NATO Secretary General Orvald Pintrey held talks in Brussels on Monday.",
                 "2008-05-14", id="TEMPLATE_talks_of_the_secretary_general"),
]


@pytest.mark.parametrize("text, published", ONE_ORGANIZATION_SIDE)
def test_person_and_own_organization_are_one_side(text, published):
    """own1 (``meetings.own_organization_only``): the organization a person's title names is
    his own side, not whom he met, as ``own_state_only`` reads a state's official."""
    assert consult(text, published) == []


def test_person_and_own_organization_with_a_counterpart_is_a_meeting():
    found = consult("NATO Secretary General Orvald Pintrey met Finnish President Talmo Verrick "
                    "in Brussels on Monday.", "2008-05-14")
    assert len(found) == 1 and {"Orvald Pintrey", "Talmo Verrick"} <= found[0][1], found


def test_person_and_own_state_with_a_host_is_a_meeting():
    found = consult("Venezuelan President Hugo Chavez arrived in China on Wednesday for a "
                    "five-day visit.", "2006-08-24")
    assert len(found) == 1 and {"Hugo Chavez", "China"} <= found[0][1], found


def test_two_compatriots_are_two_sides():
    found = consult("Russian President Vladimir Putin met Russian Prime Minister Dmitry Medvedev "
                    "and Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday.", "2008-05-14")
    assert [f for f in found if {"Vladimir Putin", "Dmitry Medvedev"} <= f[1]], found


VISITS_TO_A_CITY = [
    pytest.param("India waived the dues as a goodwill gesture when Nepal's PM Girija Prasad "
                 "Koirala visited New Delhi this June.", "2006-08-31", {"Nepal", "India"},
                 "2006-06", id="ID48839_visited_new_delhi"),
    pytest.param("British Foreign Secretary Margaret Beckett made a surprise visit to Baghdad on "
                 "Monday. The visit comes as public support for the Iraq operation is beginning to "
                 "sag.", "2006-09-05", {"Margaret Beckett", "Iraq"}, "2006-09-04",
                 id="TEMPLATE_visit_to_baghdad"),
]


@pytest.mark.parametrize("text, published, wanted, day", VISITS_TO_A_CITY)
def test_visit_to_a_city_is_hosted_by_its_state(text, published, wanted, day):
    """VISITED_CITY: the state of the city visited, named in the text, hosts the visit."""
    assert_one_meeting(text, published, wanted, day, "VISITED_CITY")


NOT_HOSTED = [
    # a visit at home: the visitor holds an office of the city's own state
    pytest.param("US President George W. Bush visited New Orleans on Monday, three years after "
                 "the hurricane hit the United States.", "2008-05-14", id="VISIT_AT_HOME"),
    # a visitor with no office the text gives: no state of his to tell a visit abroad by
    pytest.param("Kim visited Baghdad on Monday. Iraq has been calm this week.", "2008-05-14",
                 id="VISITOR_WITHOUT_OFFICE"),
    # the head of an organization visits another organization there (as a seed article tells)
    pytest.param("OSCE Secretary General Lamberto Zannier visited Moscow in April to meet the "
                 "CSTO Secretary General. Russia chairs the CSTO this year.", "2017-11-03",
                 id="ORGANIZATION_HEAD"),
]


@pytest.mark.parametrize("text, published", NOT_HOSTED)
def test_no_host_state_at_home_or_without_an_office(text, published):
    assert not [f for f in consult(text, published) if any("VISITED_CITY" in p for p in f[2])]
