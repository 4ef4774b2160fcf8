"""Arrivals, shared meals and an organization's talks as meetings (issue 13, meet9).

``ARRIVED_IN``: an office holder's past arrival in another state is a visit to it ("has arrived
in Saudi Arabia"); not a return home, not an arrival of people who hold no office, not one
still to come.  ``MEAL_NOUN``: a lunch, dinner, breakfast or banquet with someone ("had lunch
with the President of Brazil") is a meeting; a meal that says with nobody is not.  Real
sentences from ../shared/corpus/news (Wikinews, CC BY 2.5; the article named in each id) and
templates written from grammar.
"""
import pytest

from tests.test_meetings import consult


def pattern_hit(found, people, pattern):
    return [f for f in found if people <= f[1] and any(pattern in p for p in f[2])]


@pytest.mark.parametrize("text,published,people,day", [
    pytest.param("United States President George Bush has arrived in Saudi Arabia, where he is "
                 "expected to attempt to encourage support for Israeli-Palestinian peace talks.",
                 "2008-01-14", {"George Bush", "Saudi Arabia"}, "2008-01-14",
                 id="George_Bush_arrives_in_Saudi_Arabia"),
    pytest.param("The Australian Prime Minister (PM), John Howard has arrived in New Zealand "
                 "today for various duties.", "2007-02-15", {"John Howard", "New Zealand"},
                 "2007-02-15", id="Australian_PM_visits_New_Zealand"),
    pytest.param("Norwegian Foreign Minister Jonas Gahr Store arrived in Sri Lanka on Monday for "
                 "truce talks.", "2006-01-25", {"Jonas Gahr Store", "Sri Lanka"}, "2006-01-23",
                 id="TEMPLATE_FOR_TALKS"),
    pytest.param("Indian Prime Minister Manmohan Singh arrived in Russia on Monday.",
                 "2008-01-16", {"Manmohan Singh", "Russia"}, "2008-01-14", id="TEMPLATE"),
])
def test_arrival_of_an_office_holder_in_a_state_is_a_visit(text, published, people, day):
    hit = pattern_hit(consult(text, published), people, "ARRIVED_IN")
    assert hit
    if day:
        assert hit[0][0] == day


@pytest.mark.parametrize("text,published", [
    pytest.param("Freed hostage Íngrid Betancourt arrived in France today, two days after being "
                 "rescued from the Revolutionary Armed Forces of Colombia.", "2008-07-04",
                 id="Ingrid_Betancourt_returns_to_France"),
    pytest.param("White supremacist and Holocaust denier Ernst Zündel was expelled from Canada "
                 "and arrived in Germany today.", "2005-03-01", id="Ernst_Zundel_expelled"),
    pytest.param("An Indian all-female United Nations peacekeeping unit has arrived in Liberia, "
                 "the first such team to be sent on a foreign mission.", "2007-01-30",
                 id="India_sends_peace_keeping_force_to_Liberia"),
    pytest.param("U.S. President George W. Bush spoke in Riyadh on Monday. Bush arrived in the "
                 "United States on Wednesday.", "2008-01-17", id="BACK_HOME"),
    pytest.param("Indian Prime Minister Manmohan Singh arrived in Moscow on Monday.",
                 "2008-01-16", id="A_CITY_NAMES_NO_HOST"),
    pytest.param("Indian Prime Minister Manmohan Singh will arrive in Russia on Monday.",
                 "2008-01-10", id="STILL_TO_COME"),
])
def test_arrival_that_is_no_visit_is_no_meeting(text, published):
    assert not [f for f in consult(text, published) if any("ARRIVED_IN" in p for p in f[2])]


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


def test_present_perfect_arrival_is_dated_by_the_report_and_not_by_a_later_clause():
    """"has arrived in Saudi Arabia, where he will hold talks … on Saturday": the arrival is
    done by the report's day; the talks to come are neither its date nor its participants."""
    found = consult("United States President George Bush has arrived in Saudi Arabia, where he "
                    "will hold talks with King Abdullah on Saturday.", "2008-01-14")
    hit = pattern_hit(found, {"George Bush", "Saudi Arabia"}, "ARRIVED_IN")
    assert hit and hit[0][0] == "2008-01-14"
    assert "Abdullah" not in hit[0][1]


def test_org_talks_named_by_possessive_are_its_session():
    """``ORG_GATHERING`` reads talks, negotiations and consultations named by one organization
    (meet9); USA_under_pressure_at_climate_talks: the United Nations' climate talks."""
    found = consult("The European Union, Canada, Indonesia and other nations at the United "
                    "Nations' climate talks in Montreal have put pressure on the United States.",
                    "2005-12-08")
    assert [f for f in found if "United Nations" in f[1]
            and any("ORG_GATHERING" in p for p in f[2])]
