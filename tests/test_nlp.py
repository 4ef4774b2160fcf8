"""The NLP stage's own parts: the role-title matcher and the paragraph sentence breaks (real spaCy)."""

import spacy
from spacy.matcher import PhraseMatcher

from blocwatch import nlp, pipeline
from blocwatch.config import Options
from blocwatch.knowledge import knowledge


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
