"""A small, declared coreference step for the fact rules: "it", "the bloc", "these members",
"the Member State Ministers" stand for the organization or the states named just before
(the noun classes are data: data/patterns/anaphora.json).  An antecedent is the nearest
compatible mention in the same paragraph or the previous sentence, never across a heading
(a short line without a closing stop: a title, a section head).  Built once per document
from its sentence and line bounds; each look-up reads the mentions before one token."""

from __future__ import annotations

import bisect
from functools import cache
from typing import Any

from spacy.tokens import Token

from ..analysis import DocAnalysis
from ..knowledge import load_json
from ..records import LocalEntity

CLOSERS = (".", "!", "?", ":", '"', "”", "’", "'", ")", ";")
HEADING_WORDS = 20  # a line this short without a closing stop is a heading, not a paragraph


@cache
def classes() -> dict[str, dict[str, Any]]:
    """The anaphoric classes of anaphora.json by name."""
    return dict(load_json("patterns/anaphora.json")["classes"])


@cache
def words(cls: str, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in classes()[cls].get(key, ()))


class Discourse:
    """Where each sentence, paragraph and heading of one document begins, and the window of
    text an anaphor may reach back into."""

    def __init__(self, an: DocAnalysis) -> None:
        self.an = an
        self.sents = [s.start_char for s in an.doc.sents]
        self.paras: list[int] = []  # start chars of non-empty lines
        self.heading_ends: list[int] = []  # end chars of heading lines
        pos = 0
        for line in an.text.split("\n"):
            body = line.strip()
            if body:
                self.paras.append(pos)
                if not body.endswith(CLOSERS) and len(body.split()) <= HEADING_WORDS:
                    self.heading_ends.append(pos + len(line))
            pos += len(line) + 1
        found = sorted((m.start, m.end, e) for i, e in an.entity_of_mention.items()
                       for m in [an.mentions[i]])
        self.mentions = found
        self.ends = [m[1] for m in found]

    def window(self, char: int) -> int:
        """The first char an anaphor at ``char`` may refer back to: the start of its paragraph
        or of the sentence before its own, whichever is earlier, but after the last heading."""
        k = bisect.bisect_right(self.sents, char) - 1
        prev = self.sents[max(k - 1, 0)] if k >= 0 else 0
        p = bisect.bisect_right(self.paras, char) - 1
        para = self.paras[p] if p >= 0 else 0
        h = bisect.bisect_right(self.heading_ends, char) - 1
        barrier = self.heading_ends[h] if h >= 0 else 0
        return max(min(prev, para), barrier)

    def mentions_before(self, tok: Token, kinds: tuple[str, ...]) -> list[tuple[int, int, LocalEntity]]:
        """(start, end, entity) of the mentions of ``kinds`` before ``tok`` in its window, in
        text order."""
        lo, hi = self.window(tok.idx), bisect.bisect_right(self.ends, tok.idx)
        return [m for m in self.mentions[:hi] if m[0] >= lo and m[2].kind in kinds]

    def antecedent(self, tok: Token, kinds: tuple[str, ...],
                   subject: bool = False) -> LocalEntity | None:
        """The entity of the nearest mention of ``kinds`` before ``tok`` in its window; with
        ``subject``, a clause's subject first (a subject pronoun continues the topic: "Chile
        has been an associate member of Mercosur since 1996. It was …" is Chile)."""
        found = self.mentions_before(tok, kinds)
        if subject:
            doc = self.an.doc
            subj = [m for m in found if (span := doc.char_span(m[0], m[1], alignment_mode="expand"))
                    is not None and span.root.dep_ in ("nsubj", "nsubjpass")]
            found = subj or found
        return max(found, key=lambda m: m[1])[2] if found else None

    def antecedent_set(self, tok: Token, kinds: tuple[str, ...]) -> list[LocalEntity]:
        """The entities of ``kinds`` of the nearest sentence before ``tok`` (in its window)
        that names any: the set a plural anaphor ("these member states") stands for."""
        found = self.mentions_before(tok, kinds)
        sent_start = tok.sent.start_char
        found = [m for m in found if m[1] <= sent_start]
        if not found:
            return []
        k = bisect.bisect_right(self.sents, found[-1][0]) - 1
        lo, hi = self.sents[k], self.sents[k + 1] if k + 1 < len(self.sents) else len(self.an.text)
        out: list[LocalEntity] = []
        for s, _, e in found:
            if lo <= s < hi and e not in out:
                out.append(e)
        return out
