"""Talks told as a process over weeks, months or years are no one meeting (issue 13, meet15).

``SPAN_OF_MEETINGS`` reads four shapes of one class: a span of weeks or more under the
meeting word ("mediated talks between the factions for more than three years", "negotiated
over the last three months"), the meeting noun after "weeks/months/years of" ("after two years
of negotiations"), the perfect progressive with someone or over something and no day of
its own ("have been negotiating the nuclear issue with Iran"), and a span of years after
"between" ("was negotiated between 2003 and 2004").  Each is many meetings told as
one clause, none dated by it.  A span of hours, a visit that lasts weeks, a body sitting under
way ("has been meeting around the clock") and talks under way since a day stay one meeting.
Real sentences from ../shared/corpus/news (Wikinews, CC BY 2.5; the article named in each id)
and templates written from grammar.
"""
import pytest

from tests.test_meetings import consult

PROCESSES = [
    pytest.param("The plan was drafted by the three European nations that have been negotiating "
                 "the nuclear issue with Iran - Britain, France and Germany - with the backing of "
                 "the United States, Russia and China.", "2006-06-05",
                 id="ID42462_have_been_negotiating"),
    pytest.param("Ethiopia hosted and mediated talks between the Sudanese factions for more than "
                 "three years, leading to a peace agreement in 2005.", "2007-03-01",
                 id="TEMPLATE_talks_for_years"),
    pytest.param("Armenian President Serzh Sargsyan and Azerbaijani President Ilham Aliyev signed a "
                 "declaration on Friday. The two leaders have been meeting for nearly six weeks in "
                 "search of a settlement.", "2008-11-03", id="TEMPLATE_meeting_for_weeks"),
    pytest.param("Serbian Prime Minister Ivica Dacic and Kosovo Prime Minister Hashim Thaci "
                 "negotiated over the last three months in Brussels.", "2013-04-20",
                 id="TEMPLATE_negotiated_over_months"),
    pytest.param("The accord was signed after two years of negotiations between Colombian "
                 "President Juan Manuel Santos and the FARC.", "2016-09-27",
                 id="TEMPLATE_years_of_negotiations"),
    pytest.param("Serbia and Kosovo have been holding talks with the European Union for years.",
                 "2013-04-20", id="TEMPLATE_holding_talks_for_years"),
    pytest.param("This free trade agreement between the United States, Central American countries "
                 "and Dominican Republic was negotiated between 2003 and 2004, and most of those "
                 "countries ratified it in 2005; only Costa Rica did not join it until today.",
                 "2007-10-07", id="ID81921_negotiated_between_years"),
    pytest.param("Talks between Sudanese President Omar al-Bashir and rebel leader John Garang were "
                 "held between 2002 and 2005 in Naivasha.", "2006-01-10",
                 id="TEMPLATE_held_between_years"),
]


@pytest.mark.parametrize("text, published", PROCESSES)
def test_talks_over_a_span_are_no_one_meeting(text, published):
    assert consult(text, published) == []


ONE_MEETING = [
    pytest.param("Russian President Vladimir Putin held talks with Chinese President Xi Jinping "
                 "for three hours on Tuesday.", "2023-03-22",
                 {"Vladimir Putin", "Xi Jinping"}, "2023-03-21", id="TEMPLATE_hours"),
    pytest.param("Chinese Premier Wen Jiabao visited India for two weeks in April.", "2005-05-01",
                 {"Wen Jiabao", "India"}, "2005-04", id="TEMPLATE_visit_for_weeks"),
    pytest.param("The B.C. Legislature has been meeting around the clock to try and get the "
                 "motion through.", "2005-10-07", {"B.C. Legislature"}, "2005-10-07",
                 id="ID23552_body_sitting_under_way"),
    pytest.param("Ukrainian Foreign Minister Dmytro Kuleba has been meeting with Turkish Foreign "
                 "Minister Mevlut Cavusoglu in Antalya since Thursday.", "2022-03-11",
                 {"Dmytro Kuleba", "Mevlut Cavusoglu"}, "2022-03-10", id="TEMPLATE_since_a_day"),
    pytest.param("Sudanese President Omar al-Bashir met rebel leader John Garang in Naivasha "
                 "between 10 and 12 January.", "2005-01-20", {"Omar al-Bashir", "John Garang"},
                 "2005-01-10", id="TEMPLATE_between_days"),
    pytest.param("Ukrainian Foreign Minister Dmytro Kuleba met Russian Foreign Minister Sergei "
                 "Lavrov in Antalya on Thursday after a day of talks.", "2022-03-11",
                 {"Dmytro Kuleba", "Sergei Lavrov"}, "2022-03-10", id="TEMPLATE_a_day_of_talks"),
]


@pytest.mark.parametrize("text, published, wanted, day", ONE_MEETING)
def test_one_meeting_that_lasts_stays_a_meeting(text, published, wanted, day):
    found = [f for f in consult(text, published) if wanted <= f[1]]
    assert len(found) == 1 and found[0][0] == day, consult(text, published)


# A conversation by e-mail is no meeting, as one by phone or video (the ``remote`` words): the
# corpus's interview notes ("Wikinews has talked via email with …", ID114894, ID114899,
# ID114903) were meetings with the candidates.  "e-mail" is the tokens e, -, mail.
REMOTE = [
    pytest.param("Wikinews has talked via email with Green Party candidate Elizabeth May.",
                 id="TEMPLATE_talked_via_email"),
    pytest.param("German Chancellor Olaf Scholz talked with French President Emmanuel Macron via "
                 "e-mail on Tuesday.", id="TEMPLATE_talked_via_e_mail"),
]


@pytest.mark.parametrize("text", REMOTE)
def test_talk_by_email_is_no_meeting(text):
    assert consult(text, "2022-05-12") == []


def test_meeting_after_an_exchange_of_emails_is_a_meeting():
    found = consult("German Chancellor Olaf Scholz met French President Emmanuel Macron on "
                    "Tuesday after an exchange of e-mails.", "2022-05-12")
    assert [f[0] for f in found if {"Olaf Scholz", "Emmanuel Macron"} <= f[1]] == ["2022-05-10"]
