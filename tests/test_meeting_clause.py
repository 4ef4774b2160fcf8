"""A meeting told inside another clause (issue 13, meet10).

A relative clause ("the UN Security Council, which held an emergency meeting on Friday"), a
participle ("NATO leaders, meeting in Bucharest on Thursday, agreed …") or a gathering that is
the place of another act ("At the meeting in Madrid, the OSCE ministers failed to agree")
tells a meeting that took place: the intent, negation or failure of the clause above it is
another act's.  Real sentences from ../shared/corpus/news (Wikinews, CC BY 2.5; the article
named in each id) and templates written from grammar.
"""
import pytest

from tests.test_meeting_org_session import assert_one_meeting
from tests.test_meetings import consult

MEETINGS = [
    # a body's session in a relative clause under a verb of demand (BODY_HELD's relative
    # shape, PAST_MODIFIER_CLAUSE)
    pytest.param("States worldwide have called for the release of the prisoners and for Israel to "
                 "exercise restraint, while Lebanon has urged the UN Security Council, which held an "
                 "emergency meeting on Friday, to pass a ceasefire resolution.", "2006-07-14",
                 {"UN Security Council"}, "2006-07-14", "PAST_MODIFIER_CLAUSE",
                 id="ID45218_council_which_held_a_meeting"),
    # the coordinated people a relative clause of meeting describes (RELATIVE_SUBJECT)
    pytest.param("He further went on that this was the position of Russian President Dmitry "
                 "Medvedev and South Ossetian leader Eduard Kokoity, who met earlier this week to "
                 "discuss the future of South Ossetia.", "2008-08-30",
                 {"Dmitry Medvedev", "Eduard Kokoity"}, "2008-08", "RELATIVE_SUBJECT",
                 id="ID112134_A_and_B_who_met"),
    pytest.param("The statement was signed by Russian President Dmitry Medvedev and South Ossetian "
                 "leader Eduard Kokoity, who met in Moscow on Tuesday.", "2008-08-30",
                 {"Dmitry Medvedev", "Eduard Kokoity"}, "2008-08-26", "RELATIVE_SUBJECT",
                 id="TEMPLATE_A_and_B_who_met_in"),
    # a body's members in a relative clause (BODY_MET_RELATIVE)
    pytest.param("The EU foreign ministers who met on Thursday in Brussels announced that Italy "
                 "would be likely to take command.", "2006-08-25", {"European Union"},
                 "2006-08-24", "BODY_MET_RELATIVE", id="TEMPLATE_ministers_who_met"),
    # a participle beside a verb of intent or refusal (PAST_MODIFIER_CLAUSE)
    pytest.param("NATO leaders, meeting in Bucharest on Thursday, agreed to invite Albania and "
                 "Croatia to join the alliance.", "2008-04-04", {"North Atlantic Treaty Organization"},
                 "2008-04-03", "PAST_MODIFIER_CLAUSE", id="TEMPLATE_leaders_meeting_agreed_to"),
    pytest.param("NATO leaders, meeting in Bucharest on Thursday, declined to offer Georgia a "
                 "membership plan.", "2008-04-04", {"North Atlantic Treaty Organization"},
                 "2008-04-03", "PAST_MODIFIER_CLAUSE", id="TEMPLATE_leaders_meeting_declined"),
    pytest.param("Arab leaders attending the Arab League summit in Damascus on Saturday called for "
                 "unity.", "2008-03-30", {"League of Arab States"}, "2008-03-29",
                 "PAST_MODIFIER_CLAUSE", id="TEMPLATE_leaders_attending_called_for"),
    # a gathering that is the place of another act (ACT_AT_GATHERING); its members' session
    # (MEMBERS_AT_GATHERING)
    pytest.param("At the summit in Bucharest on Thursday, NATO leaders declined to offer Georgia a "
                 "membership plan.", "2008-04-04", {"North Atlantic Treaty Organization"},
                 "2008-04-03", "ACT_AT_GATHERING", id="TEMPLATE_at_the_summit_declined"),
    pytest.param("At the meeting in Madrid on Thursday, the OSCE ministers failed to agree on a "
                 "declaration.", "2007-11-30",
                 {"Organization for Security and Co-operation in Europe"}, "2007-11-29",
                 "MEMBERS_AT_GATHERING", id="TEMPLATE_at_the_meeting_ministers_failed"),
    pytest.param("OPEC ministers decided at their meeting in Abu Dhabi on Wednesday to keep output "
                 "unchanged.", "2007-12-06",
                 {"Organization of the Petroleum Exporting Countries"}, "2007-12-05",
                 "MEMBERS_AT_GATHERING", id="TEMPLATE_ministers_at_their_meeting"),
]


@pytest.mark.parametrize("text, published, wanted, day, pattern", MEETINGS)
def test_meeting_inside_another_clause_is_one_meeting(text, published, wanted, day, pattern):
    assert_one_meeting(text, published, wanted, day, pattern)


NOT_MEETINGS = [
    pytest.param("Lebanon urged the UN Security Council, which will hold an emergency meeting on "
                 "Friday, to pass a resolution.", "2006-07-12", id="RELATIVE_STILL_TO_COME"),
    pytest.param("NATO leaders, meeting in Bucharest next week, will agree to invite Albania.",
                 "2008-03-28", id="PARTICIPLE_UNDER_FUTURE"),
    pytest.param("He said he will tell leaders attending the summit to agree.", "2008-04-04",
                 id="PARTICIPLE_UNDER_A_FUTURE_CLAUSE"),
    pytest.param("Putin refused to attend the summit in Bucharest on Thursday.", "2008-04-04",
                 id="GATHERING_REFUSED_IS_NO_PLACE"),
    pytest.param("Russia withdrew from the talks in Geneva on Thursday.", "2008-04-04",
                 id="WITHDRAWN_FROM"),
    pytest.param("At next week's meeting in Vienna, OPEC ministers will decide on output.",
                 "2007-12-06", id="AT_A_MEETING_TO_COME"),
]


@pytest.mark.parametrize("text, published", NOT_MEETINGS)
def test_meeting_inside_a_future_or_refused_clause_is_none(text, published):
    assert not consult(text, published)


def test_relative_clause_naming_whom_it_met_is_the_last_conjunct_only():
    """"A and B, who met with C": the clause describes B (it names whom B met), so A takes no
    part (RELATIVE_SUBJECT climbs the conjuncts only when the clause names no one met)."""
    found = consult("The statement was signed by Russian President Dmitry Medvedev and South "
                    "Ossetian leader Eduard Kokoity, who met with Nicolas Sarkozy in Moscow on "
                    "Tuesday.", "2008-08-30")
    assert [f for f in found if {"Eduard Kokoity", "Nicolas Sarkozy"} <= f[1]], found
    assert not [f for f in found if "Dmitry Medvedev" in f[1]], found


def test_recently_concluded_summit_has_no_day():
    """ID45726: "during the recently concluded summit" is the G8's session, its day not stated
    (a past participle told as recent, as "a recent summit")."""
    found = consult("It alleged that G8 member states, during the recently concluded summit, had "
                    "failed to \"put the protection of civilians above politics\" in their "
                    "discussions of the conflict.", "2006-07-20")
    assert [f for f in found if "Group of Eight" in f[1] and f[0] is None], found
