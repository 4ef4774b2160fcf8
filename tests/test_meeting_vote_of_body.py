"""A body's vote told by a noun is that body's sitting (issue 13, meet30).

"an unofficial poll of Security Council members yesterday", "dissolved by a vote of the Federal
Council on April 9": a vote, ballot or poll (``vote_nouns``) whose "of" or "by" phrase names a
deliberative body (a name whose head is a ``deliberative`` word, also as the compound of its
members) is a session of that body, as ``BODY_DECIDED``'s "the council voted" (``VOTE_OF_BODY``).
Only with a day of its own, and not when the clause is planned or hypothetical.  Real sentences
from tests/fixtures/news_gold (Wikinews, CC BY 2.5; the article named in each id) and templates
written from grammar.
"""
import pytest

from tests.test_meetings import consult


def votes(text: str, published: str):
    return [f for f in consult(text, published) if "VOTE_OF_BODY" in f[2]]


SITTINGS = [
    # news_gold wikinews-tosca-ID51611 (a read file): the straw poll of the Security Council
    pytest.param("Ban Ki-moon leads contest for next UN Secretary-General: Poll\n\nSouth Korean "
                 "foreign minister Ban Ki-moon emerged as the likely successor to United Nations "
                 "Secretary-General Kofi Annan yesterday when an unofficial poll of Security "
                 "Council members resulted in Ban being the only candidate to avoid a possible "
                 "veto by one of the five permanent members of the council.", "2006-10-03",
                 "UN Security Council", "2006-10-02", id="ID51611_poll_of_council_members"),
    pytest.param("The former ruling party has been dissolved by a vote of the Federal Council on "
                 "April 9, 2005.", "2005-04-10", "Federal Council", "2005-04-09",
                 id="TEMPLATE_dissolved_by_a_vote_of_the_council"),
]


@pytest.mark.parametrize("text, published, body, day", SITTINGS)
def test_vote_of_a_body_on_a_day_is_its_sitting(text, published, body, day):
    found = votes(text, published)
    assert len(found) == 1, consult(text, published)
    assert body in found[0][1] and found[0][0] == day, found


NO_SITTINGS = [
    # hypothetical: a modal on the clause the vote belongs to
    pytest.param("He could be dismissed with a two-thirds vote of Parliament on Monday.",
                 "2008-09-20", id="TEMPLATE_could_be_dismissed_by_a_vote"),
    # planned
    pytest.param("The resolution will be put to a vote of the Security Council on Friday.",
                 "2006-10-03", id="TEMPLATE_will_be_put_to_a_vote"),
    # no day of its own: the body's history as often as a sitting
    pytest.param("The vote of the Security Council was needed to confirm the sanctions.",
                 "2006-10-03", id="TEMPLATE_vote_with_no_day"),
    # a vote of confidence in a parliament names no body after "of" or "by"
    pytest.param("The Lebanese government won a vote of confidence in parliament on Wednesday.",
                 "2005-04-28", id="TEMPLATE_vote_of_confidence_in_parliament"),
    # a vote of an organization that is no deliberative body
    pytest.param("The merger was approved by a vote of Microsoft shareholders on Monday.",
                 "2006-10-03", id="TEMPLATE_vote_of_shareholders"),
]


@pytest.mark.parametrize("text, published", NO_SITTINGS)
def test_vote_planned_undated_or_of_no_body_is_no_sitting(text, published):
    assert not votes(text, published), consult(text, published)
