"""Topics of a sentence: text → the topics of the topic lexicon (data/topics.json) it names,
each phrase matched as whole words or, when long, with one typing error."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from .knowledge import Knowledge


def find_topics(kb: Knowledge, text: str) -> set[str]:
    text = text.lower()
    found = set()
    windows: dict[int, dict[int, list[str]]] = {}
    for topic, (exact, long) in _topic_patterns(kb).items():
        if exact.search(text) or _fuzzy_in_any(long, text, windows):
            found.add(topic)
    return found


# a phrase matched with one typing error: (phrase, its length, its words, least fuzz.ratio)
FuzzyPhrase = tuple[str, int, int, float]
TopicPatterns = dict[str, tuple[re.Pattern[str], list[FuzzyPhrase]]]


def _fuzzy_phrase(phrase: str) -> FuzzyPhrase:
    return phrase, len(phrase), len(phrase.split()), 100 * (1 - 2 / (2 * len(phrase)))
_TOPIC_PATTERNS: dict[int, tuple[object, TopicPatterns]] = {}


def _topic_patterns(kb: Knowledge) -> TopicPatterns:
    """Per topic: one regex for all its phrases as whole words, and the phrases long enough
    to be matched with a typing error (compiled once per topic lexicon)."""
    cached = _TOPIC_PATTERNS.get(id(kb))
    if cached is not None and cached[0] is kb.topics:
        return cached[1]
    found = {topic: (re.compile(r"\b(?:" + "|".join(re.escape(p.lower()) for p in phrases)
                                + r")\b"),
                     [_fuzzy_phrase(p.lower()) for p in phrases if len(p) >= 12])
             for topic, phrases in kb.topics.items()}
    _TOPIC_PATTERNS[id(kb)] = (kb.topics, found)
    return found


_PUNCT = re.compile(r"[^\w\s-]")


def _fuzzy_in_any(phrases: Sequence[FuzzyPhrase], text: str,
                  windows: dict[int, dict[int, list[str]]]) -> bool:
    """Any of ``phrases`` present with at most one typing error ("drag trafficking"); the
    text's k-word windows are cleaned once and kept by length (``windows``, per k, for this
    text), so a phrase is compared only with windows within one character of its length."""
    words: list[str] | None = None
    for phrase, n, k, threshold in phrases:
        if n > len(text):
            continue
        if k not in windows:
            # punctuation is dropped word by word: the spaces that join a window stay
            words = [_PUNCT.sub("", w) for w in text.split()] if words is None else words
            by_length: dict[int, list[str]] = {}
            for i in range(len(words) - k + 1):
                cand = " ".join(words[i:i + k])
                by_length.setdefault(len(cand), []).append(cand)
            windows[k] = by_length
        by_length = windows[k]
        for size in (n - 1, n, n + 1):
            cands = by_length.get(size)
            if cands and process.extractOne(phrase, cands, scorer=fuzz.ratio,
                                            score_cutoff=threshold) is not None:
                return True
    return False
