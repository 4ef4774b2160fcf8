"""A meeting told in a past adverbial clause took place, whatever the mood of the clause it is
adverbial to (issue 13, meet16).

``PAST_ADVERBIAL_CLAUSE`` reads three shapes of one class: a finite clause in the past after
a mark ("Although the two presidents attended the summit, they did not attend the ceremony",
"When A and B met on Saturday, they did not discuss Iraq"), a participle after "after",
"following" or "upon" ("After meeting A on Monday, B agreed to extend the deal"), and a meeting
noun after those words ("Following talks with A, B did not comment"), the last two under a
clause told in the past.  The negation, modal or verb of intent ("agreed to") of the clause
it is adverbial to is that clause's own.  Still refused: a negation or modal inside the
meeting's own clause, an "if" clause, a meeting timed after the report, and a participle
under a clause still to come.  Real sentences from ../shared/corpus/news (Wikinews, CC BY
2.5; the article named in each id) and templates written from grammar.
"""
import pytest

from tests.test_meetings import consult

HELD = [
    pytest.param("After meeting Russian President Vladimir Putin on Monday, Turkish President "
                 "Recep Tayyip Erdogan agreed to extend the grain deal.", "2022-08-10",
                 {"Vladimir Putin", "Recep Tayyip Erdogan"}, "2022-08-08",
                 id="TEMPLATE_after_meeting_agreed_to"),
    pytest.param("Although Bolivian President Evo Morales and Colombian President Alvaro Uribe "
                 "attended the summit in Lima on Monday, they did not attend the signing "
                 "ceremony.", "2008-01-10", {"Evo Morales", "Alvaro Uribe"}, "2008-01-07",
                 id="TEMPLATE_although_attended_did_not"),
    pytest.param("When US President George W. Bush and Russian President Vladimir Putin met in "
                 "Slovenia on Saturday, they did not discuss Iraq.", "2001-06-18",
                 {"George W. Bush", "Vladimir Putin"}, "2001-06-16",
                 id="TEMPLATE_when_met_did_not"),
    pytest.param("After Israeli Prime Minister Ehud Olmert met Palestinian President Mahmoud Abbas "
                 "on Tuesday, Olmert would not say whether prisoners will be released.",
                 "2008-01-10", {"Ehud Olmert", "Mahmoud Abbas"}, "2008-01-08",
                 id="TEMPLATE_after_met_would_not"),
    pytest.param("Following talks with Indian Prime Minister Manmohan Singh on Friday, Pakistani "
                 "President Pervez Musharraf did not comment.", "2005-04-19",
                 {"Manmohan Singh", "Pervez Musharraf"}, "2005-04-15",
                 id="TEMPLATE_following_talks_did_not"),
    pytest.param("After Kellenberger met with senior officials, including Secretary of State "
                 "Condoleezza Rice, Defense Secretary Donald Rumsfeld, and National Security "
                 "Adviser Stephen Hadley, he was again refused access to the prisoners.",
                 "2006-03-01", {"Condoleezza Rice", "Donald Rumsfeld"}, "2006-03-01",
                 id="ID40635_after_met_was_refused"),
    pytest.param("Shortly after the talks with Napolitano on Wednesday, Berlusconi presented his "
                 "cabinet: there will be 21 ministers, including four women.", "2008-05-08",
                 {"Napolitano", "Berlusconi"}, "2008-05-07",
                 id="ID105470_after_talks_there_will_be"),
]


@pytest.mark.parametrize("text, published, wanted, day", HELD)
def test_meeting_in_a_past_adverbial_clause_took_place(text, published, wanted, day):
    found = [f for f in consult(text, published) if wanted <= f[1]]
    assert len(found) == 1 and found[0][0] == day, consult(text, published)
    assert any("PAST_ADVERBIAL_CLAUSE" in name for name in found[0][2])


def test_summit_told_again_in_an_although_clause_joins_the_summit():
    """ID1631 (2004-12-09): the second sentence's summit is the one told before; its negated
    main clause ("did not attend the signing ceremony") does not cancel it."""
    text = ("The first South American Community of Nations summit was held on Wednesday in "
            "Cusco, Peru, with Brazilian President Luiz Inacio Lula da Silva and Peruvian "
            "President Alejandro Toledo. Although the Bolivian and Colombian presidents attended "
            "the summit, they did not attend the signing ceremony, this instead being done by "
            "representatives.")
    found = consult(text, "2004-12-09")
    summit = [f for f in found if {"Luiz Inacio Lula da Silva", "Bolivia", "Colombia"} <= f[1]]
    assert len(summit) == 1, found
    assert any("PAST_ADVERBIAL_CLAUSE" in name for name in summit[0][2])


NOT_HELD = [
    pytest.param("If US President George W. Bush and Russian President Vladimir Putin met on "
                 "Saturday, they would have said so.", id="TEMPLATE_if_clause"),
    pytest.param("Although US President George W. Bush did not meet Russian President Vladimir "
                 "Putin on Saturday, he praised him.", id="TEMPLATE_negation_in_own_clause"),
    pytest.param("After meeting Russian President Vladimir Putin next week, Turkish President "
                 "Recep Tayyip Erdogan will travel to Baku.", id="TEMPLATE_participle_to_come"),
    pytest.param("Turkish President Recep Tayyip Erdogan hopes to sign the deal after talks with "
                 "Russian President Vladimir Putin.", id="TEMPLATE_under_an_intent_to_come"),
    pytest.param("When US President George W. Bush meets Russian President Vladimir Putin, they "
                 "will not discuss Iraq.", id="TEMPLATE_present_when_clause"),
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_meeting_not_past_or_negated_in_its_own_clause_stays_refused(text):
    found = consult(text, "2001-06-18")
    assert not [f for f in found if {"George W. Bush", "Vladimir Putin"} <= f[1]
                or {"Recep Tayyip Erdogan", "Vladimir Putin"} <= f[1]], found
