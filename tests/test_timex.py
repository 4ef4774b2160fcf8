"""Temporal expressions from the seed and development articles, resolved against their anchors."""

import gzip
import itertools
import json

import pytest

from blocwatch import timex
from blocwatch.records import TimeValue

from .conftest import shared

NOV_2_2017 = TimeValue("2017-11-02", "day")
OCT_25_2012 = TimeValue("2012-10-25", "day")


@pytest.mark.parametrize(("text", "anchor", "tense", "expected"), [
    ("the OSCE's top official said here Wednesday.", OCT_25_2012, "past", ("2012-10-24", "day", None)),
    ("November 2 this year. A meeting was held", NOV_2_2017, "past", ("2017-11-02", "day", None)),
    ("the first was held during a visit to Moscow in April", NOV_2_2017, "past", ("2017-04", "month", None)),
    ("in September on the margins", NOV_2_2017, "past", ("2017-09", "month", None)),
    ("the OSCE Ministerial Council in Vienna (December 7-8, this year)", NOV_2_2017, "future",
     ("2017-12-07", "day", "2017-12-08")),
    ("central to the CSTO in October of this year.", NOV_2_2017, "past", ("2017-10", "month", None)),
    ("Xinhua, October 25, 2012", None, "past", ("2012-10-25", "day", None)),
    ("Founded in May 2002 under the framework", None, "past", ("2002-05", "month", None)),
    ("anti-drug operations in 2011-2012.", None, "past", ("2011", "year", "2012")),
    ("for the period of its Chairmanship of the Organization for 2021-2022.", None, "past",
     ("2021", "year", "2022")),
    ("said earlier Tuesday that", TimeValue("2007-02-20", "day"), "past", ("2007-02-20", "day", None)),
    ("proposed NATO earlier this month", TimeValue("2007-02-20", "day"), "past", ("2007-02", "month", None)),
    ("adopted at the UN General Assembly last month", TimeValue("2014-12-22", "day"), "past",
     ("2014-11", "month", None)),
    ("submitted to the CSTO Council's session tomorrow", TimeValue("2014-12-22", "day"), "future",
     ("2014-12-23", "day", None)),
    ("15 September 2021", None, "past", ("2021-09-15", "day", None)),
    ("date 2015-08-24 PSKOV", None, "past", ("2015-08-24", "day", None)),
    ("Valery Semarikov said on Sunday", TimeValue("2015-08-24", "day"), "past", ("2015-08-23", "day", None)),
    ("will fly to the Armenian capital Yerevan on Tuesday", TimeValue("2005-06-14", "day"), "future",
     ("2005-06-14", "day", None)),
    ("drug smugglers since the 1990s.", None, "past", ("1990", "year", "1999")),
    ("two years ago", TimeValue("2017-11-02", "day"), "past", ("2015", "year", None)),
    ("on 25.04.2017 the council", None, "past", ("2017-04-25", "day", None)),
    ("from May to July", TimeValue("2017-11-02", "day"), "past", ("2017-05", "month", "2017-07")),
])
def test_timex_resolves_expression_at_its_own_precision(text, anchor, tense, expected):
    found = timex.find(text)
    assert found, f"nothing found in {text!r}"
    value = timex.resolve(found[0], anchor, tense)
    assert (value.value, value.precision, value.end) == expected


@pytest.mark.parametrize("text", ["in the near future", "recently", "in recent years",
                                  "several years ago"])
def test_timex_finds_vague_expressions_but_never_resolves_them(text):
    found = timex.find(text)
    assert found and found[0].kind == "vague"
    assert timex.resolve(found[0], NOV_2_2017) is None


@pytest.mark.parametrize("text", ["Interaction 2015 drills", "about 2,000 troops",
                                  "we may consider it", "the march of progress"])
def test_timex_ignores_numbers_and_words_that_are_not_dates(text):
    assert all(t.kind == "date" and t.year == 2015 for t in timex.find(text)) or not timex.find(text)
    assert not [t for t in timex.find(text) if t.month is not None]


def test_timex_never_invents_a_day_for_a_month():
    value = timex.normalize("in April", NOV_2_2017)
    assert value == TimeValue("2017-04", "month")


def test_timex_weekday_needs_a_day_precise_anchor():
    assert timex.normalize("said Tuesday", TimeValue("2017-11", "month")) is None


def test_bounds_cover_the_whole_span():
    first, last = timex.bounds(TimeValue("2011", "year", "2012"))
    assert (first.isoformat(), last.isoformat()) == ("2011-01-01", "2012-12-31")


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("from 1959 to 1990", None, ("1959", "year", "1990")),
    ("from 2008 until 2016", None, ("2008", "year", "2016")),
    ("between April 22 and May 3", TimeValue("2007-05-13", "day"), ("2007-04-22", "day", "2007-05-03")),
    ("June 7 to 10.", TimeValue("2005-06-08", "day"), ("2005-06-07", "day", "2005-06-10")),
    ("from 25 October 2002 to 15 March 2003", None, ("2002-10-25", "day", "2003-03-15")),
    ("from January 1999 to June 1999", None, ("1999-01", "month", "1999-06")),
    ("between February and September", TimeValue("2008-12-12", "day"), ("2008-02", "month", "2008-09")),
    ("on 10/1/2008", None, ("2008-10-01", "day", None)),
    ("on 18/05/2006", None, ("2006-05-18", "day", None)),
    ("the twelfth of September", TimeValue("2007-09-13", "day"), ("2007-09-12", "day", None)),
    ("this morning", TimeValue("2007-07-25", "day"), ("2007-07-25", "day", None)),
    ("two days later", TimeValue("2015-03-04", "day"), ("2015-03-06", "day", None)),
])
def test_timex_spans_numeric_and_ordinal_dates(text, anchor, expected):
    value = timex.normalize(text, anchor)
    assert (value.value, value.precision, value.end) == expected


def test_timex_may_alone_is_not_a_month():
    assert not [t for t in timex.find("Officials may meet again. They May not.") if t.month]
    assert timex.find("in May")[0].month == 5


def _scan_all(text: str) -> tuple[timex.Timex, ...]:
    """``timex._find`` without the ``_NEEDED`` word test: every pattern scans the text."""
    saved = timex._NEEDED
    timex._NEEDED = {}
    try:
        return timex._find.__wrapped__(text)
    finally:
        timex._NEEDED = saved


@pytest.mark.parametrize("text", [
    "The talks ended two weeks AGO, officials said on TUESDAY.",
    "ſeveral days agO the fourteenth of May was set; a weeK ago, In Recent Months",
    "He arrived this Morning and will leave Later this week, the Twenty-First of June.",
])
def test_needed_words_skip_no_expression_whatever_the_case(text):
    assert timex._find.__wrapped__(text) == _scan_all(text)


def test_needed_words_skip_no_expression_in_news():
    """The word test only skips patterns that cannot match: the same expressions as a scan
    by every pattern, on real news articles (each text and its lines)."""
    path = shared("corpus", "news", "articles.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        articles = [json.loads(line)["text"] for line in itertools.islice(lines, 150)]
    texts = [piece for text in articles for piece in (text, *text.split("\n"))]
    assert sum(len(_scan_all(t)) for t in texts) > 1000
    for text in texts:
        assert timex._find.__wrapped__(text) == _scan_all(text)


@pytest.mark.parametrize("text, ascii_text", [
    ("The vote is on the fİrst of June.", "The vote is on the first of June."),
    ("Talks resumed on ſunday, officials said.", "Talks resumed on sunday, officials said."),
])
def test_letters_re_i_folds_to_ascii_are_read_not_crashed_on(text, ascii_text):
    """``re.I`` matches "İ" and "ſ" as "i" and "s": the expression is read as in the ASCII
    text and keeps the document's own spelling (it raised KeyError in _build before)."""
    found, expected = timex.find(text), timex.find(ascii_text)
    assert len(found) == len(expected) == 1
    assert (found[0].start, found[0].end) == (expected[0].start, expected[0].end)
    assert found[0].text == text[found[0].start:found[0].end] != expected[0].text
    assert (found[0].month, found[0].day, found[0].weekday) == (
        expected[0].month, expected[0].day, expected[0].weekday)


def test_timex_reads_no_weekday_in_a_treaty_or_a_papers_name():
    # lm-ID1238: "the impasse in the Good Friday Agreement" dated a 2004 meeting to the Friday
    # before the report; a feast named by its day stays that day (lm1)
    assert not [t for t in timex.find("the impasse in the Good Friday Agreement") if t.kind == "weekday"]
    assert not [t for t in timex.find("The Sunday Times reported it.") if t.kind == "weekday"]
    assert [t.text for t in timex.find("Churches were full on Good Friday.")] == ["on Good Friday"] or \
        [t.kind for t in timex.find("Churches were full on Good Friday.")] == ["weekday"]
    assert [t.kind for t in timex.find("They voted on Super Tuesday.")] == ["weekday"]
