"""The NLP stage's own parts: the role-title matcher and the paragraph sentence breaks (real spaCy)."""

import spacy
from spacy.matcher import PhraseMatcher

from blocwatch import nlp, pipeline
from blocwatch.config import Options
from blocwatch.knowledge import knowledge
from blocwatch.records import RawDocument


def _blank_role_matcher(vocab):
    """The role matcher as built before perf11: role names tokenized by a blank English
    pipeline."""
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    for role in knowledge().roles:
        matcher.add(role.name, [tokenizer(v) for v in (role.name, *role.variants)])
    return matcher


def test_role_matcher_finds_what_role_names_tokenized_by_blank_english_find():
    pipe = nlp.load_pipeline(Options().spacy_model)
    blank = _blank_role_matcher(pipe.vocab)
    texts = [d.text for d in pipeline.demo_sources()] + [
        "The Secretary-General of NATO met the Deputy Prime Minister and a Col.-Gen. who is "
        "chief of the general staff, with the Foreign Minister of Armenia."]
    found = 0
    for doc in pipe.pipe(texts):
        ours = sorted(tuple(m) for m in nlp.role_matcher(pipe.vocab)(doc))
        assert ours == sorted(tuple(m) for m in blank(doc))
        assert nlp.role_matches(doc) == [tuple(m) for m in nlp.role_matcher(pipe.vocab)(doc)]
        found += len(ours)
    assert found > 20  # the seeds name many offices


def test_role_matcher_of_a_vocabulary_without_a_loaded_pipeline_tokenizes_as_blank_english():
    vocab = spacy.blank("en").vocab
    doc = spacy.blank("en", vocab=vocab)("The Secretary General met the Prime Minister.")
    assert [doc[s:e].text for _, s, e in nlp.role_matcher(vocab)(doc)] == \
        [doc[s:e].text for _, s, e in _blank_role_matcher(vocab)(doc)]


def test_paragraph_break_starts_a_sentence_after_every_newline_space_token():
    pipe = nlp.load_pipeline(Options().spacy_model)
    text = ("NATO summit opens in Vilnius\n\nLeaders of the alliance arrived on Tuesday\n"
            "the talks lasted two days\n \n\nThe Secretary General spoke")
    doc = pipe(text)
    after_break = [i + 1 for i, t in enumerate(doc[:-1]) if t.is_space and "\n" in t.text]
    assert len(after_break) == 3
    assert all(doc[i].is_sent_start for i in after_break)
    assert [t.text for t in doc if t.is_sent_start][:3] == ["NATO", "Leaders", "the"]


def test_a_paragraph_opening_with_an_initialism_goes_on_after_its_full_stop():
    # ../shared/corpus/news (Wikinews, "Bush crashes his bike into Scottish police officer"):
    # the parser made "U.S." a sentence, and the President's title lost its holder (ents1)
    pipe = nlp.load_pipeline(Options().spacy_model)
    text = ("Bush crashes his bike into Scottish police officer\n\nU.S. President George W. Bush "
            "crashed his mountain bike into an unfortunate police officer in Scotland. He was "
            "cycling in the U.S. A few days ago he met officials.")
    sents = [s.text for s in pipe(text).sents]
    assert any(s.startswith("U.S. President George W. Bush crashed") for s in sents)
    # an initialism inside a paragraph is left to the parser
    assert any(s.startswith("A few days ago") for s in sents)
    ex = pipeline.process(RawDocument("b.txt", "b", text, "text/plain", published="2005-07-07"),
                          Options())
    names = {e.local_id: e.name for e in ex.entities}
    assert {(names[c.subject], c.role, names.get(c.object)) for c in ex.claims
            if c.predicate == "holds_position"} == {("George W. Bush", "President", "United States")}


_CONTRACTED = ("Y'all know we're gonna win, said the minister; let's see. There is a plan and "
               "there were others. I ain't sure it's over, but the talks gotta go on.\n\n"
               "He didn't say what he'd do, nor did they.")


def _before_attributes(pipe, texts):
    """The texts parsed up to the attribute rules (what the ruler is given in the pipeline)."""
    names = pipe.pipe_names
    later = names[names.index(nlp.ATTRIBUTES):]
    with pipe.select_pipes(disable=later):
        return list(pipe.pipe(texts))


def test_attribute_rules_give_the_attribute_rulers_matches_and_token_attributes():
    pipe = nlp.load_pipeline(Options().spacy_model)
    assert "attribute_ruler" not in pipe.pipe_names
    rules = pipe.get_pipe(nlp.ATTRIBUTES)
    texts = [d.text for d in pipeline.demo_sources()] + [_CONTRACTED]
    columns = ["POS", "TAG", "MORPH", "LEMMA", "DEP"]
    matched = two_tokens = 0
    for doc in _before_attributes(pipe, texts):
        theirs = rules.ruler.match(doc)
        assert rules.match(doc) == theirs
        matched += len(theirs)
        two_tokens += sum(1 for _, _, s, e in theirs if e - s == 2)
        ours, spacys = doc.copy(), doc.copy()
        assert (rules(ours).to_array(columns) == rules.ruler(spacys).to_array(columns)).all()
    assert matched > 1000 and two_tokens >= 3  # "Y'all", "gonna", "let's", "There is"...


def test_attribute_rules_read_each_kind_of_test_as_spacys_matcher_does():
    from spacy.pipeline import AttributeRuler

    vocab = spacy.blank("en").vocab
    ruler = AttributeRuler(vocab)
    ruler.add([[{"LOWER": {"IN": ["the", "a"]}}, {"IS_TITLE": True}]], {"POS": "DET"})
    ruler.add([[{"TEXT": {"REGEX": "^[A-Z]{2,}$"}}]], {"POS": "PROPN"}, index=0)
    ruler.add([[{"LOWER": {"NOT_IN": ["the", "a", "."]}, "IS_PUNCT": False}]], {"POS": "X"})
    ruler.add([[{"ORTH": "met"}, {}, {"LENGTH": 5}]], {"LEMMA": "meet"}, index=-3)
    rules = nlp.AttributeRules.compile(ruler)
    assert rules is not None
    doc = spacy.blank("en", vocab=vocab)("The NATO chief met the Prime Minister of Peru. A Deal.")
    assert rules.match(doc) == ruler.match(doc)
    assert {rule for rule, _, _, _ in ruler.match(doc)} == {0, 1, 2, 3}  # each kind matched


def test_attribute_rules_refuse_patterns_with_operators_or_extensions():
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(spacy.blank("en").vocab)
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert nlp.AttributeRules.compile(ruler) is None
    ruler = AttributeRuler(spacy.blank("en").vocab)
    ruler.add([[{"MORPH": {"IS_SUPERSET": ["Number=Sing"]}}]], {"POS": "NOUN"})
    assert nlp.AttributeRules.compile(ruler) is None


def test_rule_lemmas_give_the_lemmatizers_lemmas_cold_and_warm():
    pipe = nlp.load_pipeline(Options().spacy_model)
    assert "lemmatizer" not in pipe.pipe_names
    lemmas = pipe.get_pipe(nlp.LEMMAS)
    names = pipe.pipe_names
    # one word and part of speech, two morphologies, two lemmas: the morphology is in the key
    headquarters = ("The headquarters is in Brussels. Its headquarters are in Brussels and "
                    "Paris.")
    texts = [d.text for d in pipeline.demo_sources()] + [_CONTRACTED, headquarters]
    with pipe.select_pipes(disable=names[names.index(nlp.LEMMAS):]):
        docs = list(pipe.pipe(texts))
    spacy_lemmatizer = lemmas.lemmatizer
    spacy_lemmatizer(docs[0].copy())  # spaCy's checks of its tables done, as in a run
    lemmas.lemmas.clear()
    for _ in range(2):  # the first pass fills the memo, the second reads it
        for doc in docs:
            ours, spacys = lemmas(doc.copy()), spacy_lemmatizer(doc.copy())
            assert [t.lemma_ for t in ours] == [t.lemma_ for t in spacys]
    assert {t.lemma_ for t in ours if t.lower_ == "headquarters"} == {"headquarters",
                                                                      "headquarter"}
    spacy_lemmatizer.cache.clear()  # spaCy's rule path itself, not its cache
    lemmas.twin.cache.clear()  # and the twin's, on its set word lists
    for doc in docs:
        assert [lemmas.forms(t) for t in doc] == [spacy_lemmatizer.rule_lemmatize(t)
                                                  for t in doc]
    assert len(lemmas.lemmas) > 300


def test_rule_lemmas_serve_only_a_rule_lemmatizer():
    from spacy.pipeline import Lemmatizer

    vocab = spacy.blank("en").vocab
    assert nlp.RuleLemmas.serves(Lemmatizer(vocab, None, mode="rule"))
    assert not nlp.RuleLemmas.serves(Lemmatizer(vocab, None, mode="lookup"))
    assert not nlp.RuleLemmas.serves(None)
