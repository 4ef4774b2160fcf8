"""A body's sitting read from what it did is one day's sitting (issue 13, meet29).

``BODY_DECIDED``, ``BODY_OPENED``, ``ADDRESSED_BODY``, ``TOLD_BODY`` and ``APPEARED_BEFORE``
(the ``day_sittings`` list of the pattern file) read a session of a body from what it decided,
opened or heard.  Told with only a month or a year ("Senate passed the treaty in June", "The
Cole Inquiry, started in January this year, …") wholly before the report's month, the act is
the body's history, not a sitting the text reports, and no meeting is made
(``SITTING_UNDATED_DAY``); told on a day, in the report's own month or year, or with no time of
its own (the report's day), the sitting stays.  Real sentences from
../shared/corpus/news (Wikinews, CC BY 2.5; the article named in each id) and templates
written from grammar.
"""
import pytest

from tests.test_meetings import consult

SESSION_NAMES = ("BODY_DECIDED", "BODY_OPENED", "ADDRESSED_BODY", "TOLD_BODY", "APPEARED_BEFORE")


def sessions(text: str, published: str):
    return [f for f in consult(text, published) if f[2] & set(SESSION_NAMES)]


HISTORY = [
    # news_gold ID16889 says "Senate passed the treaty in June." (its Senate named before)
    pytest.param("The US Senate passed the treaty in June.", "2005-07-27",
                 id="ID16889_senate_passed_in_june"),
    pytest.param("The Cole Inquiry, started in January this year, is tasked with investigating "
                 "whether Australian companies paid bribes to Saddam Hussein during the UN "
                 "Oil-for-food programme.", "2006-04-11", id="ID38304_inquiry_started_in_january"),
    pytest.param("The Romanian parliament ratified the treaty in 2004.", "2007-03-01",
                 id="TEMPLATE_ratified_in_a_year"),
]


@pytest.mark.parametrize("text, published", HISTORY)
def test_sitting_told_by_month_or_year_is_no_meeting(text, published):
    assert not sessions(text, published), consult(text, published)


DAY_SITTINGS = [
    pytest.param("On Tuesday, the Romanian parliament ratified the treaty.", "2007-03-01",
                 "2007-02-27", id="TEMPLATE_ratified_on_tuesday"),
    pytest.param("The Australian Parliament resumed sitting February 7, 2006, with the Australian "
                 "Labor Party Federal Opposition attacking the Government during Question Time.",
                 "2006-02-08", "2006-02-07", id="ID32861_parliament_resumed_sitting"),
]


@pytest.mark.parametrize("text, published, day", DAY_SITTINGS)
def test_sitting_told_on_a_day_stays_a_meeting(text, published, day):
    found = sessions(text, published)
    assert len(found) == 1 and found[0][0] == day, consult(text, published)


OWN_MONTH = [
    pytest.param("The British Parliament approved the first stage of the new Crossrail underground "
                 "railroad through London as a £15 billion construction project earlier this "
                 "month.", "2005-07-22", "2005-07", id="ID15962_approved_earlier_this_month"),
    pytest.param("The Romanian parliament ratified the treaty in 2007.", "2007-03-01", "2007",
                 id="TEMPLATE_ratified_in_the_reports_year"),
]


@pytest.mark.parametrize("text, published, when", OWN_MONTH)
def test_sitting_in_the_reports_own_month_or_year_stays(text, published, when):
    found = sessions(text, published)
    assert len(found) == 1 and found[0][0] == when, consult(text, published)
