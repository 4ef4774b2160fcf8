"""How likely a coded event is right: a small logistic model over what the document stage knows
of the event, fitted on independent readers' judgements of real news.

The sentence coder decides what a sentence could express; whether that is this report's event,
in that category, is a question readers answered for 2,000 coded events of
../shared/corpus/news (bench/data/plover_news_judged_*.jsonl). Their verdicts show which
triggers mislead (a proposal read as AGREE, "order" read as REQUEST) and where (a trigger deep
in a subordinate clause, late in the article, with no target). ``bench/event_confidence.py``
fits the model and writes ``data/event_confidence.json``: a precision per (category, trigger
lemma), smoothed toward its category's, and the weights of a logistic regression over named
features. Events of the sentence coder scoring under ``event_min_confidence`` (an option) are
not kept; meetings from the meeting extractor are not scored. Written by hand because the model
is twenty numbers read at run time: no machine-learning library is needed to apply it, and the
fit (numpy, Newton's method) lives with the benchmark that measures it.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources
from typing import Any

from .records import Event

SECTORS = ("GOV", "MIL", "REB", "LEG", "PTY", "COP", "JUD", "ELI", "OPP", "NGO", "CVL")
NON_STATE = frozenset({"IGO", "NGO", "MNC"})
LEDE_CHARS = 250  # an event told in the first sentences is the report's news more often


@cache
def model() -> dict[str, Any]:
    """The fitted model (``data/event_confidence.json``)."""
    text = resources.files("blocwatch").joinpath("data/event_confidence.json").read_text("utf-8")
    return json.loads(text)


def trigger_lemma(extractor: str) -> str:
    """The trigger lemma in an evidence extractor name ("…sentence.v1:take~WHEN_OF_TIME")."""
    return re.split(r"[#@~]", extractor.rsplit(":", 1)[-1], maxsplit=1)[0]


def lemma_precision(category: str, lemma: str, fitted: dict[str, Any] | None = None) -> float:
    """Readers' share of right events for a (category, lemma), smoothed toward the category's."""
    m = fitted or model()
    key = f"{category} {lemma}"
    cat_p = m["categories"].get(category, m["base"])
    if key not in m["lemmas"]:
        return cat_p
    n, right = m["lemmas"][key]
    return (right + m["smoothing"] * cat_p) / (n + m["smoothing"])


def features(event: Event, length: int, published: str | None,
             fitted: dict[str, Any] | None = None) -> dict[str, float]:
    """The named features of one coded event of a document ``length`` characters long."""
    ev = event.evidence[0] if event.evidence else None
    extractor = ev.extractor if ev else ""
    start = ev.start if ev else 0
    p = min(0.98, max(0.02, lemma_precision(event.category, trigger_lemma(extractor), fitted)))
    tags = extractor.rsplit(":", 1)[-1]
    day, pub = event.date or "", published or ""
    sources = [a for a in event.coded if a.role == "source"]
    source_codes = {a.code for a in sources if a.code}
    target_codes = {a.code for a in event.coded if a.role == "target" and a.code}
    sector = (sources[0].sector if sources else None) or ""
    f = {
        "lemma_logit": math.log(p / (1 - p)),
        "position": start / max(1, length),  # how far into the text
        "lede": float(start < LEDE_CHARS),
        "undated": float(not day),
        "published_day": float(bool(day) and day[:10] == pub[:10]),
        "earlier_month": float(bool(day) and bool(pub) and day[:7] < pub[:7]),
        "dated_by_pattern": float("~" in tags),  # history dated or left undated by a pattern
        "sense": float("#" in tags),
        "no_target": float(not event.targets),
        "own_country_target": float(bool(target_codes) and target_codes <= source_codes),
        "state_source": float(bool(sources) and bool(sources[0].code) and
                              len(sources[0].code or "") == 3 and sources[0].code not in NON_STATE),
        "context": float(bool(event.contexts)),
        "sector_none": float(not sector),
        **{f"sector_{s}": float(sector == s) for s in SECTORS},
        **{f"quad_{q}": float(event.quad == q) for q in (1, 2, 3, 4)},
    }
    return f


def score(event: Event, length: int, published: str | None,
          fitted: dict[str, Any] | None = None) -> float:
    """The model's probability that readers would call the event right in category."""
    m = fitted or model()
    z = m["bias"] + sum(m["weights"].get(k, 0.0) * v
                        for k, v in features(event, length, published, m).items())
    return 1 / (1 + math.exp(-z))


__all__ = ["features", "lemma_precision", "model", "score", "trigger_lemma"]
