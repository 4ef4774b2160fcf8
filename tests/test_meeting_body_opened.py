"""A body whose sitting opened, resumed or closed sat that day (issue 13, meet18).

``BODY_OPENED`` reads a deliberative body (a name ending in a ``deliberative`` word, as
``BODY_DECIDED`` reads it) as the subject of opened, closed, resumed, reconvened, adjourned,
began, ended, concluded or wrapped up: a session of that body, a meeting with the body alone
(as "the summit opened" is for a gathering noun, ``SESSION_HELD``).  What it opened must be a
sitting (the ``sitting_objects`` words: "opened a debate", "resumed sitting"), not other work
("began the groundwork"); a known organization that is no deliberative body only with no
object at all ("APEC 2005 wrapped up this weekend": its gathering named by its name).  Told in
the past or the perfect, or in a headline's present; "when Parliament reconvenes" stays to
come.  Real sentences from ../shared/corpus/news (Wikinews, CC BY 2.5; the article named in
each id) and templates written from grammar.
"""
import pytest

from tests.test_meeting_org_session import assert_one_meeting
from tests.test_meetings import consult

SESSIONS = [
    pytest.param("The Australian Parliament resumed sitting February 7, 2006, with the Australian "
                 "Labor Party Federal Opposition attacking the Government during Question Time.",
                 "2006-02-08", {"Parliament of Australia"}, "2006-02-07",
                 id="ID32861_parliament_resumed_sitting"),
    pytest.param("US President George W. Bush is pushing for a national ban on gay marriage, as the "
                 "US Senate opened a debate on a constitutional amendment to prohibit same-sex "
                 "marriage.", "2006-06-06", {"Senate of United States"}, "2006-06-06",
                 id="ID42458_senate_opened_a_debate"),
    pytest.param("APEC 2005 wraps up\n\nThe Asia-Pacific Economic Cooperation, APEC 2005 wrapped up "
                 "this weekend with trade impasse unresolved.", "2005-11-20",
                 {"Asia-Pacific Economic Cooperation"}, "2005-11-20", id="ID26410_apec_wrapped_up"),
    pytest.param("The United States House of Representatives adjourned at 11:23AM today for its "
                 "annual summer recess.", "2008-08-01",
                 {"House of Representatives of United States"}, "2008-08-01",
                 id="ID110691_house_adjourned"),
    pytest.param("On Monday, the Romanian parliament reconvened after the holidays.", "2023-01-11",
                 {"Parliament of Romania"}, "2023-01-09", id="TEMPLATE_parliament_reconvened"),
]


@pytest.mark.parametrize("text, published, wanted, day", SESSIONS)
def test_body_whose_sitting_opened_or_closed_is_one_session(text, published, wanted, day):
    assert_one_meeting(text, published, wanted, day, "BODY_OPENED")


def test_edition_that_closed_is_its_organizations_session_with_who_acted_in_it():
    """ID79267: "APEC Australia 2007" (the host and year after the body's name, which the model
    reads as the place) closed, "with" the prime minister delivering the declaration
    (``WITH_ACTING``); the headline's "APEC closes" joins the same session."""
    text = ("APEC closes in Sydney\n\nAustralian news APEC Australia 2007 has officially closed in "
            "Sydney, with Australian Prime Minister John Howard delivering APEC's final "
            "declaration.")
    found = [f for f in consult(text, "2007-09-09") if "BODY_OPENED" in f[2]]
    assert len(found) == 1, consult(text, "2007-09-09")
    assert found[0][1] == {"Asia-Pacific Economic Cooperation", "John Howard"}, found
    assert "BODY_OPENED+WITH_ACTING" in found[0][2] and found[0][0] == "2007-09-09", found


NOT_SESSIONS = [
    # a present tense in the body of the text is still to come (corpus ID37920)
    pytest.param("He will not continue as prime minister when Parliament reconvenes; however, he "
                 "will continue as a member of Parliament and as party leader.", "2006-04-01",
                 id="ID37920_when_parliament_reconvenes"),
    # other work than a sitting (corpus ID59581)
    pytest.param("The Senate Judiciary Committee began the groundwork today in order to block "
                 "President Bush's plan to send 21,500 more US troops to Iraq.", "2007-01-12",
                 id="ID59581_began_the_groundwork"),
    # a finding, not a sitting
    pytest.param("A WTO panel concluded that the subsidies were illegal.", "2005-03-03",
                 id="TEMPLATE_panel_concluded_that"),
    # an organization that ended something is no session
    pytest.param("NATO ended its air campaign in Libya on Monday.", "2011-11-01",
                 id="TEMPLATE_org_ended_its_campaign"),
    pytest.param("The Romanian parliament will reconvene on Monday.", "2023-01-05",
                 id="TEMPLATE_will_reconvene"),
    # a common noun an organization modifies is no edition of it (corpus vat-2019-0084)
    pytest.param("The PALM trial began last November and collected data from 499 patients in "
                 "the Democratic Republic of the Congo.", "2019-08-13", id="VAT84_trial_began"),
    # discussing an action is no sitting (a body's "began discussing suspending Russia")
    pytest.param("The Council of Europe began discussing suspending Russia from the body on "
                 "February 25.", "2022-03-16", id="TEMPLATE_began_discussing_an_action"),
]


@pytest.mark.parametrize("text, published", NOT_SESSIONS)
def test_no_session_for_a_plan_other_work_or_a_finding(text, published):
    assert not [f for f in consult(text, published) if "BODY_OPENED" in f[2]]
