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
    cleaned: _Cleaned | None = None
    for topic, (exact, long) in _topic_patterns(kb).items():
        if exact.search(text):
            found.add(topic)
        elif long:
            cleaned = cleaned or _Cleaned(text)
            if _fuzzy_in_any(long, cleaned):
                found.add(topic)
    return found


# a phrase matched with one typing error: (phrase, its length, its words, least fuzz.ratio,
# its three thirds)
FuzzyPhrase = tuple[str, int, int, float, tuple[str, str, str]]
TopicPatterns = dict[str, tuple[re.Pattern[str], list[FuzzyPhrase]]]


def _fuzzy_phrase(phrase: str) -> FuzzyPhrase:
    third = len(phrase) // 3
    return phrase, len(phrase), len(phrase.split()), 100 * (1 - 2 / (2 * len(phrase))), (
        phrase[:third], phrase[third:2 * third], phrase[2 * third:])
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


class _Cleaned:
    """A text's words without punctuation (dropped word by word: the spaces that join a
    window stay), joined, and its k-word windows by length, made once per text."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.words = [_PUNCT.sub("", w) for w in text.split()]
        self.joined = " ".join(self.words)
        self._windows: dict[int, dict[int, list[str]]] = {}

    def windows(self, k: int) -> dict[int, list[str]]:
        if k not in self._windows:
            by_length: dict[int, list[str]] = {}
            for i in range(len(self.words) - k + 1):
                cand = " ".join(self.words[i:i + k])
                by_length.setdefault(len(cand), []).append(cand)
            self._windows[k] = by_length
        return self._windows[k]


def _fuzzy_in_any(phrases: Sequence[FuzzyPhrase], text: _Cleaned) -> bool:
    """Any of ``phrases`` present with at most one typing error ("drag trafficking"); a
    phrase is compared only with windows within one character of its length."""
    joined = text.joined
    for phrase, n, k, threshold, (first, middle, last) in phrases:
        if n > text.length:
            continue
        # the score allows at most two one-character edits, which leave one third of the
        # phrase whole: a text without any third of it cannot match (a cheap test first,
        # written out: a generator per phrase cost more than the three substring tests)
        if first not in joined and middle not in joined and last not in joined:
            continue
        by_length = text.windows(k)
        for size in (n - 1, n, n + 1):
            cands = by_length.get(size)
            if cands and process.extractOne(phrase, cands, scorer=fuzz.ratio,
                                            score_cutoff=threshold) is not None:
                return True
    return False
