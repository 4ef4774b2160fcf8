"""Organizations and states as a meeting's side (issue 13, meet13).

The counts-only diagnosis of the unseen batches found talks dropped with no side whose
participants were organizations.  Three classes: the states and bodies named after "from"
under a group noun ("officials from A, B and C met": ``FROM_GROUP``, the ``from_groups``
words), an organization's delegation that met or held talks (``ORG_DELEGATION``), and an
organization that hosted talks (``ORG_HOSTED``); the last two are one side whose counterpart
the text does not name.  Real sentences from ../shared/corpus/news (Wikinews, CC BY 2.5; the
article named in each id) and templates written from grammar.
"""
import pytest

from tests.test_meeting_org_session import assert_one_meeting
from tests.test_meetings import consult

MEETINGS = [
    pytest.param("Meeting in Jambi, Sumatra, cabinet ministers from Brunei, Malaysia, Singapore and "
                 "Thailand heard what Indonesia plans to do this year to combat the illegal forest "
                 "fires, which start each year during the August-November dry season.",
                 "2007-06-21", {"Brunei", "Malaysia", "Singapore", "Thailand"}, "2007-06-21",
                 "FROM_GROUP", id="ID72265_ministers_from"),
    pytest.param("The signing of his document came after two and a half hours of talks with a "
                 "delegation from the Kyrgyz parliament, including Speaker Omurbek Tekebayev.",
                 "2005-04-03", {"Parliament of Kyrgyzstan", "Omurbek Tekebayev"}, "2005-04-03",
                 "FROM_GROUP", id="ID7265_delegation_from"),
    # the meeting told, not the further ones "being sought" (ID6517)
    pytest.param("The statement came after a joint meeting in Beirut with UN ambassadors from "
                 "Britain, China and Russia. Further meetings with UN envoys from France and the "
                 "United States are being sought.", "2005-03-27",
                 {"United Nations", "United Kingdom", "China", "Russia"}, "2005-03-27",
                 "FROM_GROUP", id="ID6517_ambassadors_from"),
    pytest.param("Officials from the African Union, the United Nations and the European Union met "
                 "in Addis Ababa on Tuesday.", "2008-05-14",
                 {"African Union", "United Nations", "European Union"}, "2008-05-13",
                 "FROM_GROUP", id="TEMPLATE_officials_from"),
    pytest.param("An African Union delegation held talks in Khartoum on Tuesday.", "2008-05-14",
                 {"African Union"}, "2008-05-13", "ORG_DELEGATION",
                 id="TEMPLATE_org_delegation_talks"),
    pytest.param("The African Union hosted talks between the government and the rebels in Addis "
                 "Ababa on Tuesday.", "2008-05-14", {"African Union"}, "2008-05-13", "ORG_HOSTED",
                 id="TEMPLATE_org_hosted_talks"),
    pytest.param("The talks were hosted by the African Union on Tuesday.", "2008-05-14",
                 {"African Union"}, "2008-05-13", "ORG_HOSTED", id="TEMPLATE_talks_hosted_by_org"),
    pytest.param("Talks were held in Addis Ababa on Tuesday with participants from the African "
                 "Union, the United Nations and the European Union.", "2008-05-14",
                 {"African Union", "United Nations", "European Union"}, "2008-05-13",
                 "FROM_GROUP", id="TEMPLATE_participants_from"),
]


@pytest.mark.parametrize("text, published, wanted, day, pattern", MEETINGS)
def test_org_side_is_one_meeting(text, published, wanted, day, pattern):
    assert_one_meeting(text, published, wanted, day, pattern)


NOT_MEETINGS = [
    # a meeting still to come (corpus ID54530)
    pytest.param("Reports have surfaced that officials from North Korea may meet with officials "
                 "from the United States in New York City to talk about the sanctions against North "
                 "Korea and other problems between the two countries.", "2006-11-11",
                 id="ID54530_may_meet"),
    # a state hosting talks is no organization alone, and "for two years" is many (ID42596)
    pytest.param("Kenya hosted and mediated talks between the various Somali factions for more "
                 "than two years, leading to the formation of the Transitional Federal Government "
                 "(TFG) in 2004.", "2006-06-20", id="ID42596_state_hosted"),
    # a delegation's trip, whom it met not told (ID72504)
    pytest.param("A team from the IAEA arrived in Beijing, China, on their way to Pyongyang for a "
                 "five-day visit.", "2007-06-26", id="ID72504_team_on_a_visit"),
    # "from" under no group noun stays a place: the withdrawal is no meeting of Chad's
    pytest.param("Officials met on Tuesday after a letter from the African Union.", "2008-05-14",
                 id="TEMPLATE_from_no_group"),
]


@pytest.mark.parametrize("text, published", NOT_MEETINGS)
def test_org_side_needs_its_class(text, published):
    assert not [f for f in consult(text, published)
                if any(p in v for v in f[2] for p in ("FROM_GROUP", "ORG_DELEGATION",
                                                      "ORG_HOSTED"))]


def test_meetings_being_sought_add_nobody():
    """"Further meetings with UN envoys from France and the United States are being sought":
    sought, not held; France and the United States join no meeting (corpus ID6517)."""
    found = consult("The statement came after a joint meeting in Beirut with UN ambassadors from "
                    "Britain, China and Russia. Further meetings with UN envoys from France and "
                    "the United States are being sought.", "2005-03-27")
    assert found and not any({"France", "United States"} & f[1] for f in found), found
