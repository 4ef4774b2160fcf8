"""Shared meals and an organization's talks as meetings (issue 13, meet9).

``MEAL_NOUN``: a lunch, dinner, breakfast or banquet with someone ("had lunch
with the President of Brazil") is a meeting; a meal that says with nobody is not.  Real
sentences from ../shared/corpus/news (Wikinews, CC BY 2.5; the article named in each id) and
templates written from grammar.
"""
import pytest

from tests.test_meetings import consult


def pattern_hit(found, people, pattern):
    return [f for f in found if people <= f[1] and any(pattern in p for p in f[2])]


@pytest.mark.parametrize("text,published,people", [
    pytest.param("Brazil Hu Jintao, the President of the People's Republic of China had lunch "
                 "today with the President of Brazil, Luiz Inácio Lula da Silva, at the Granja do "
                 "Torto, the President's country residence.", "2004-11-13",
                 {"Hu Jintao", "Luiz Inácio Lula da Silva"},
                 id="President_of_China_lunches_with_Brazilian_President"),
    pytest.param("New Zealand Prime Minister Helen Clark had lunch with House Speaker Nancy "
                 "Pelosi on Tuesday.", "2007-03-21", {"Helen Clark", "Nancy Pelosi"},
                 id="TEMPLATE"),
])
def test_a_meal_with_someone_is_a_meeting(text, published, people):
    assert pattern_hit(consult(text, published), people, "MEAL_NOUN")


@pytest.mark.parametrize("text,published", [
    pytest.param("At a private luncheon in his home state of Utah, Republican U.S. Senator Orrin "
                 "Hatch delivered some strong words for critics.", "2005-06-20",
                 id="Orrin_Hatch_luncheon"),
    pytest.param("Around 700 conservative supporters and business figures were present at the "
                 "dinner on Saturday.", "2007-11-25", id="A_DINNER_WITH_NOBODY"),
    pytest.param("Russian President Dmitry Medvedev will have dinner with U.S. President Barack "
                 "Obama on Tuesday.", "2009-04-01", id="STILL_TO_COME"),
])
def test_a_meal_with_nobody_named_or_to_come_is_no_meeting(text, published):
    assert not [f for f in consult(text, published) if any("MEAL_NOUN" in p for p in f[2])]


def test_org_talks_named_by_possessive_are_its_session():
    """``ORG_GATHERING`` reads talks, negotiations and consultations named by one organization
    (meet9); USA_under_pressure_at_climate_talks: the United Nations' climate talks."""
    found = consult("The European Union, Canada, Indonesia and other nations at the United "
                    "Nations' climate talks in Montreal have put pressure on the United States.",
                    "2005-12-08")
    assert [f for f in found if "United Nations" in f[1]
            and any("ORG_GATHERING" in p for p in f[2])]
