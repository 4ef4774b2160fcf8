"""Publication dates: every basis, and year inference with weekdays, text years and the store."""

from datetime import date

import pytest

from blocwatch import clean, dates
from blocwatch.records import RawDocument

TODAY = date(2026, 11, 22)


def _date(text: str, url: str | None = None, published: str | None = None):
    raw = RawDocument("t.txt", "t", text, "text/plain", url=url, published=published)
    return dates.stage(clean.stage(raw), TODAY)


BODY = ("The Organization for Security and Cooperation in Europe is interested in cooperation "
        "with the regional security group to fight terrorism, an official said Tuesday.")


def test_dates_prefers_metadata_over_text():
    d = _date("Title here\n\nXinhua, October 25, 2012\n\n" + BODY, published="2012-10-26T08:00:00")
    assert (d.value, d.basis) == ("2012-10-26", "metadata")


def test_dates_reads_the_url():
    d = _date(BODY, url="https://armenianclub.com/2005/06/15/csto-chief-to-meet/amp")
    assert (d.value, d.precision, d.basis) == ("2005-06-15", "day", "url")
    d = _date(BODY, url="http://en.chinagate.cn/2016-10/15/content_39492836.htm")
    assert (d.value, d.basis) == ("2016-10-15", "url")


@pytest.mark.parametrize(("header", "expected"), [
    ("Xinhua, October 25, 2012", "2012-10-25"),
    ("June 14, 2005 Tuesday", "2005-06-14"),
    ("December 22, 2014, 19:08 UTC+3 MOSCOW", "2014-12-22"),
    ("15 September 2021", "2021-09-15"),
])
def test_dates_reads_byline_lines(header, expected):
    d = _date(f"A headline for the story\n\n{header}\n\n{BODY}")
    assert (d.value, d.basis) == (expected, "dateline")


def test_dates_reads_a_date_field_glued_to_the_first_line():
    d = _date(" date 2015-08-24 PSKOV. KAZINFORM - " + BODY)
    assert (d.value, d.basis) == ("2015-08-24", "dateline")


def test_dates_infers_the_year_of_a_month_day_dateline_from_the_weekday():
    d = _date("MOSCOW, February 20 (RIA Novosti) - " + BODY)
    assert d.basis == "inferred" and d.value.endswith("-02-20")
    years = {c[:4] for c in d.candidates}
    # February 20 fell on a Tuesday in these years (or on the Wednesday after, 2008 and 2013);
    # on a Monday in 2012 and a Saturday in 2010, which the weekday rules out
    assert {"2001", "2007", "2018", "2024"} <= years
    assert "2012" not in years and "2010" not in years
    assert "Tuesday" in d.note


def test_dates_uses_years_in_the_text_when_no_weekday_is_given():
    text = ("Mr. Zas said on December 19 that the results of the activities in 2022 were good and "
            "spoke about the priorities for 2023 during the chairmanship of Belarus.")
    d = _date(text)
    assert (d.value, d.basis) == ("2022-12-19", "inferred")


def test_dates_knowledge_rules_out_a_year_another_holder_fills():
    text_only = dates.DocDate("2018-02-20", "day", "inferred", 0.4,
                              ("2018-02-20", "2007-02-20"), (4.0, 4.0))
    own = [dates.DatedClaim("holds_position", "p:a", "secretary general@org:x", date.min)]
    known = [dates.DatedClaim("holds_position", "p:b", "secretary general@org:x", date(2017, 11, 2)),
             dates.DatedClaim("holds_position", "p:c", "secretary general@org:x", date(2022, 12, 19)),
             dates.DatedClaim("holds_position", "p:a", "secretary general@org:x", date(2012, 10, 24))]
    better = dates.score_with_knowledge(text_only, own, known)
    assert better.value == "2007-02-20"
    assert "store:" in better.note


def test_dates_knowledge_rules_out_years_before_founding():
    text_only = dates.DocDate("2001-02-20", "day", "inferred", 0.5,
                              ("2001-02-20", "2007-02-20"), (5.5, 4.0))
    own = [dates.DatedClaim("founded", "org:x", "org:x", date.min)]
    known = [dates.DatedClaim("founded", "org:x", "org:x", date(2002, 5, 1))]
    assert dates.score_with_knowledge(text_only, own, known).value == "2007-02-20"


def test_dates_reports_nothing_rather_than_guessing():
    d = _date("The bloc groups several states and works on security in the region, it said.")
    assert d.value is None and d.basis is None
