"""The one person-pronoun resolver (blocwatch.pronouns): the strict core the position rules
trust, the named steps events run before it and the permissive look-back quotes and events
fall back on, over real parses of sentences written for the test (invented names)."""

from __future__ import annotations

import pytest

from blocwatch import pipeline
from blocwatch.analysis import DocAnalysis
from blocwatch.config import Options
from blocwatch.pronouns import (
    REPORTED_SPEAKER,
    WHERE_RELATIVE,
    PersonPronouns,
    last_people,
    last_subject,
    subject_words,
)
from blocwatch.records import RawDocument


def analysis(text: str) -> DocAnalysis:
    ex = pipeline.process(RawDocument("t.txt", "t.txt", text, "text/plain",
                                      published="2020-03-02"), Options())
    return DocAnalysis.of_text(ex.extras["parsed"], ex.document.text, ex.doc_id, ex.mentions,
                               ex.entities, ex.date)


def pronoun(an: DocAnalysis, nth: int = 0):  # type: ignore[no-untyped-def]
    return [t for t in an.doc if t.lower_ in ("he", "she")][nth]


def name(entity) -> str | None:  # type: ignore[no-untyped-def]
    return entity.name if entity is not None else None


class TestPersonPronouns:
    def test_subject_pronouns_are_declared_data(self):
        assert {"he", "she"} <= subject_words()

    @pytest.mark.parametrize("text, who", [
        # the one person the sentence before names, as its subject
        ("Kofi Mensah arrived in Accra on Monday. He opened the trade fair.", "Kofi Mensah"),
        # the one person named before it in its own sentence
        ("Ama Boateng left the board in 2001, when she was already ill.", "Ama Boateng"),
        # a sentence naming no one passes its own subject pronoun's person on
        ("Kofi Mensah was elected in 1990. He resigned in 1995. He was ill.", "Kofi Mensah"),
    ])
    def test_strict_core_takes_the_one_person_before(self, text, who):
        an = analysis(text)
        pronouns = PersonPronouns(an)
        assert name(pronouns.resolve(pronoun(an, -1))) == who

    @pytest.mark.parametrize("text", [
        # two people before it: the text does not say which
        "Kofi Mensah met Ama Boateng in Accra. He opened the trade fair.",
        # a pronoun inside a quotation is the speaker's, anyone's
        'Kofi Mensah spoke on Monday. "Then he opened the trade fair," a guard said.',
        # a paragraph break ends the look-back
        "Kofi Mensah arrived in Accra on Monday.\n\nHe opened the trade fair.",
    ])
    def test_strict_core_gives_none_where_the_text_does_not_say(self, text):
        an = analysis(text)
        assert PersonPronouns(an).resolve(pronoun(an, -1)) is None

    def test_the_fallback_is_the_last_subject_and_runs_only_when_asked(self):
        an = analysis("Kofi Mensah met Ama Boateng in Accra. He opened the trade fair.")
        he = pronoun(an)
        assert PersonPronouns(an).resolve(he) is None
        assert name(PersonPronouns(an).resolve(he, fallback=True)) == "Kofi Mensah"
        assert name(last_subject(an, he.sent.start_char)) == "Kofi Mensah"

    def test_without_the_core_only_the_look_back_before_the_sentence_answers(self):
        an = analysis("Ama Boateng left the board in 2001, when she was already ill.")
        she = pronoun(an)
        assert name(PersonPronouns(an).resolve(she)) == "Ama Boateng"
        assert PersonPronouns(an).resolve(she, strict=False, fallback=True) is None

    @pytest.mark.parametrize("text, step, who", [
        # the speaker of the speech verb that reports the pronoun's clause
        ("Kofi Mensah met Ama Boateng in Accra. Ama Boateng said he attended the trade fair.",
         REPORTED_SPEAKER, "Ama Boateng"),
        # the subject of the clause a "where" relative hangs from
        ("Kofi Mensah and Ama Boateng spoke on Monday. Kofi Mensah later visited Accra, where "
         "he opened the trade fair.", WHERE_RELATIVE, "Kofi Mensah"),
    ])
    def test_a_named_step_finds_the_person_its_construction_gives(self, text, step, who):
        an = analysis(text)
        he = pronoun(an)
        pronouns = PersonPronouns(an)
        assert name(getattr(pronouns, step)(he)) == who
        assert name(pronouns.resolve(he, (step,))) == who

    def test_no_step_applies_to_a_plain_clause(self):
        an = analysis("Kofi Mensah met Ama Boateng in Accra. He opened the trade fair.")
        he = pronoun(an)
        pronouns = PersonPronouns(an)
        assert pronouns.reported_speaker(he) is None
        assert pronouns.where_relative(he) is None

    def test_last_people_are_the_last_different_people_named(self):
        an = analysis("Kofi Mensah met Ama Boateng in Accra. The two leaders signed a pact.")
        second = list(an.doc.sents)[1]
        assert [next(e.name for e in an.entities if e.local_id == i)
                for i in last_people(an, second.start_char, 2)] == ["Ama Boateng", "Kofi Mensah"]
