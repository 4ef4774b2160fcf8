"""The parties of an agreement reached at a meeting, told in the sentence before or after
(issue 13, meet17).

"The agreement was reached after a day of talks mediated by A and B" names the mediators of
the talks, not its parties; the sentence after ("C and D signed the agreement") or before ("E
agreed to rejoin the talks") does (``AGREEMENT_AT_MEETING`` and ``AGREEMENT_PARTIES`` in
meeting_patterns.json, ``meetings.agreement_parties``).  Only the subject and its conjuncts
that are names take part; a negated agreement, a pronoun or a subject that is no name ("the
heads of the government") adds nobody.  Real sentences from ../shared/corpus/news (Wikinews,
CC BY 2.5; the article named in each id) and sentences written from the grammar.
"""
import pytest

from tests.test_meetings import consult

JOINED = [
    pytest.param(
        "The agreement was reached after a day of talks mediated by former United Nations "
        "Secretary-General Kofi Annan and the Chairman of the African Union Jakaya Kikwete. "
        "Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed the agreement "
        "before international diplomats and representatives of the Kenyan government and "
        "opposition.", "2008-02-29",
        {"Kofi Annan", "Jakaya Kikwete", "Mwai Kibaki", "Raila Odinga"}, id="ID100783_signed_after"),
    pytest.param(
        "Last night, North Korea agreed to rejoin a six-nation talk on disarming its nuclear "
        "weapons after more than a year of dissent. The agreement was reached at a dinner "
        "meeting hosted by the Chinese which included Assistant Secretary of State Christopher "
        "Hill.", "2005-07-10", {"North Korea", "Christopher Hill"}, id="ID14484_agreed_before"),
    pytest.param(
        "Indian Prime Minister Manmohan Singh and Pakistani Prime Minister Yousaf Raza Gilani "
        "reached a deal on trade routes. The deal was reached during talks hosted by Chinese "
        "Premier Wen Jiabao in Beijing on Monday.", "2008-06-10",
        {"Manmohan Singh", "Yousaf Raza Gilani", "Wen Jiabao"}, id="TEMPLATE_reached_before"),
]


@pytest.mark.parametrize("text, published, wanted", JOINED)
def test_agreement_parties_join_the_meeting_it_was_reached_at(text, published, wanted):
    found = [f for f in consult(text, published) if wanted <= f[1]]
    assert len(found) == 1, consult(text, published)
    assert any("AGREEMENT_PARTIES" in p for p in found[0][2]), found


NOT_JOINED = [
    # a negated agreement names no party of this one
    pytest.param(
        "Ukrainian President Viktor Yushchenko did not agree to the plan. The agreement was "
        "reached at a meeting hosted by Polish President Lech Kaczynski on Monday.",
        "2008-06-10", "Viktor Yushchenko", id="TEMPLATE_did_not_agree"),
    # a pronoun, or a subject that is no name, is nobody
    pytest.param(
        "The heads of the government and the opposition in Kenya signed the agreement. The "
        "agreement was reached after talks mediated by Kofi Annan on Thursday.",
        "2008-02-29", "Kenya", id="TEMPLATE_heads_of"),
    # the demonym of a party's title is the office's state, not a party (ID100783)
    pytest.param(
        "The agreement was reached after a day of talks mediated by former United Nations "
        "Secretary-General Kofi Annan. Kenyan President Mwai Kibaki and opposition leader Raila "
        "Odinga signed the agreement.", "2008-02-29", "Kenya", id="ID100783_demonym"),
    # two sentences away is another story's sentence
    pytest.param(
        "Russian President Vladimir Putin agreed to the plan. Oil prices rose on Monday. The "
        "agreement was reached at a meeting hosted by German Chancellor Angela Merkel.",
        "2008-06-10", "Vladimir Putin", id="TEMPLATE_two_sentences_away"),
]


@pytest.mark.parametrize("text, published, absent", NOT_JOINED)
def test_agreement_parties_add_nobody_outside_the_class(text, published, absent):
    found = consult(text, published)
    assert not any(absent in f[1] and any("AGREEMENT_PARTIES" in p for p in f[2])
                   for f in found), found


def test_agreement_patterns_load_with_their_node_names():
    from blocwatch.meetings import patterns

    built = patterns()["constructions"]
    assert {"verb", "agreement", "link", "meeting"} == {
        n["RIGHT_ID"] for n in built["AGREEMENT_AT_MEETING"][0]}
    assert all(p[1]["RIGHT_ID"] == "party" for p in built["AGREEMENT_PARTIES"])
