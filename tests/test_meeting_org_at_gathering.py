"""A gathering whose organization is the clause's subject, and an organization's talks
(issue 13, meet9).

``ORG_AT_GATHERING``: "At a meeting in Brussels on Tuesday, NATO agreed …" — a gathering in an
'at' or 'during' phrase of a clause whose subject names one known organization (or its
ministers) is a session of it.  ``ORG_GATHERING`` also reads talks, negotiations and
consultations named by one organization ("the United Nations' climate talks").  Sentences
from ../shared/corpus/news (Wikinews, CC BY 2.5; the article named in each id) and templates
written from grammar.
"""
import pytest

from tests.test_meetings import consult


def sessions(found, org):
    return [f for f in found if f[1] == {org} and any("ORG_GATHERING" in p for p in f[2])]


@pytest.mark.parametrize("text,org,day", [
    pytest.param("At a meeting in Brussels on Tuesday, NATO agreed to send more troops to "
                 "Afghanistan.", "North Atlantic Treaty Organization", "2008-01-15",
                 id="AT_A_MEETING"),
    pytest.param("During a meeting in Luxembourg on Monday, the European Union decided to lift "
                 "the sanctions.", "European Union", "2008-01-14", id="DURING_A_MEETING"),
    pytest.param("NATO defence ministers agreed on Tuesday at a meeting in Brussels to send more "
                 "troops.", "North Atlantic Treaty Organization", "2008-01-15",
                 id="ITS_MINISTERS"),
])
def test_org_at_gathering_is_a_session_of_the_subject(text, org, day):
    hit = sessions(consult(text, "2008-01-17"), org)
    assert hit and hit[0][0] == day


def test_org_talks_named_by_possessive_are_its_session():
    """USA_under_pressure_at_climate_talks: the United Nations' climate talks in Montreal."""
    found = consult("The European Union, Canada, Indonesia and other nations at the United "
                    "Nations' climate talks in Montreal have put pressure on the United States.",
                    "2005-12-08")
    assert [f for f in found if "United Nations" in f[1]
            and any("ORG_GATHERING" in p for p in f[2])]


@pytest.mark.parametrize("text", [
    pytest.param("At the next meeting in Brussels, NATO will decide whether to send more "
                 "troops.", id="NEXT_MEETING"),
    pytest.param("At a meeting in Brussels in 2001, NATO agreed to send more troops.",
                 id="OTHER_YEAR"),
])
def test_org_at_gathering_to_come_or_of_another_year_is_none(text):
    assert not sessions(consult(text, "2008-01-17"), "North Atlantic Treaty Organization")
