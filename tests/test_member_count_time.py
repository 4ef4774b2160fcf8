"""Member counts on unseen articles (issue 13, ``count1``): when a count holds, and what a
count of people is.

A count in a past clause of the sentence's own is as of that clause's time
(``MemberCounts._past_clause_time``); a count in a relative clause, under a modal, before a
deadline ("by November 2006") or in a founding or joining clause stays as of the report. An
organization the knowledge data does not know, whose name is no membership body's and whose
count names neither such a body nor member states, counts seats, judges or staff
(``MemberCounts._counts_people``), and no count above ``MOST_MEMBERS`` is one of member
states. Sentences of ../shared/corpus/news and the read news_gold files (their ids beside
them), copied here, with their own publication dates; a few made-up ones where the corpus
holds none of a guard's shape."""

from __future__ import annotations

import pytest

from .test_membership_catalogue import claims


def counts(text: str, published: str) -> set[tuple[str, str | None, str | None]]:
    return {(s, o, d) for p, s, o, q, d, r in claims(text, ("member_count",), published)}


# (text, publication date, the count wanted with its date)
DATED = [
    # corpus/news wikinews-tosca-ID24336: a passive past clause with its year
    ("The goals were agreed to in 2000 by all 191 member states of the United Nations.",
     "2005-10-20", ("United Nations", "191", "2000")),
    # news_gold wikinews-tosca-ID61009: the body noun, a weekday and the date in brackets
    ("The U.N. Security Council has approved the deployment of an African Union -led peace "
     "keeping force in Somalia for a period of six months. The 15 member council met last "
     "Tuesday (February 20), and unanimously authorized Resolution 1744.",
     "2007-02-23", ("UN Security Council", "15", "2007-02-20")),
    # made-up, a year before the clause
    ("In 2004 the European Union had 25 member states.", "2024-06-01",
     ("European Union", "25", "2004")),
]

# counts that stay as of the report (its date)
AS_OF_REPORT = [
    # news_gold wikinews-tosca-ID112669: the count in a relative clause of a future sentence
    ("The Indo-US civil nuclear cooperation agreement, which gained waiver from the 45-member "
     "Nuclear Suppliers Group (NSG) in Vienna on September 6, 2008, will be ratified by the US "
     "Congress.", "2008-09-13", ("Nuclear Suppliers Group", "45")),
    # corpus/news wikinews-tosca-ID9110: a future main clause
    ("Once the accession treaty is ratified by all 25 member states of the European Union, "
     "Romania and Bulgaria will become full members in January 1, 2007.", "2005-04-30",
     ("European Union", "25")),
    # made-up: a founding and a joining clause say when the organization began or grew
    ("The 27-member European Union was founded in 1957.", "2024-06-01",
     ("European Union", "27")),
    ("The 15-member Economic Community of West African States (ECOWAS) was established in "
     "1975.", "2024-06-01", ("Economic Community of West African States", "15")),
    ("Romania and Bulgaria joined the 25-nation European Union in January 2007.", "2007-03-01",
     ("European Union", "25")),
]

# counts of seats, judges, staff or people: no member count
PEOPLE = [
    # corpus/news wikinews-tosca-ID115618, ID54341, ID44807, ID25888, ID44151
    "But she needs at least 61 to get a majority in the 120-member Knesset, and the coalition "
    "must have been formed by November 3rd.",
    "Judge Warren argues that this modification affectively transfers broad power to the "
    "7-member Supreme Court to interpret the law.",
    "The 14-member Mental Health Task Force’s primary job is to produce a required report for "
    "Defense Secretary Donald Rumsfeld and Congress before June 2007.",
    "Conservative-national Peace and Justice Party won the September 25 voting, receiving 27% "
    "of votes (155 seats in 460 members Sejm).",
    "Barbara E. Kerr, president of the 335,000-member California Teachers Association, also "
    "likes the direction of the new budget.",
    # corpus/news wikinews-tosca-ID17627: a country's states, no member word
    "The United States Department of Homeland Security (DHS) is deploying its new Homeland "
    "Security Information Network - Secret (HSIN-Secret) in all 50 state Emergency Operations "
    "Centers as well as 18 additional state and local law enforcement sites.",
]

# unknown names whose count says states or an organization noun: counted
STATES_OF_UNKNOWN = [
    # news_gold fx3-wikinews-tosca-ID1126, wikinews-tosca-ID42596
    ("The nineteen member nations of the Paris Club have agreed to forgive 80 percent of "
     "Iraq's debt, reports the Reuters news service.", "2004-11-21", ("Paris Club", "19")),
    ("The Kenyan President Mwai Kibaki is also the current chairman of the Intergovernmental "
     "Authority on Development, a seven-member regional development organization in Eastern "
     "Africa.", "2006-06-07", ("Intergovernmental Authority on Development", "7")),
]


@pytest.mark.parametrize(("text", "published", "want"), DATED)
def test_member_count_in_a_past_clause_is_dated_by_it(text, published, want):
    assert want in counts(text, published)


@pytest.mark.parametrize(("text", "published", "want"), AS_OF_REPORT + STATES_OF_UNKNOWN)
def test_member_count_stays_as_of_the_report(text, published, want):
    assert counts(text, published) == {(*want, published)}


@pytest.mark.parametrize("text", PEOPLE)
def test_count_of_seats_judges_or_staff_is_no_member_count(text):
    assert counts(text, "2006-07-01") == set()
