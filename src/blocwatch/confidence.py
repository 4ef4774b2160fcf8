"""How likely a coded event is right: a small logistic model over what the document stage knows
of the event, fitted on independent readers' judgements of real news.

The sentence coder decides what a sentence could express; whether that is this report's event,
in that category, by that source, is a question readers answered for 2,000 coded events of
../shared/corpus/news (bench/data/plover_news_judged_*.jsonl). Their verdicts show which
triggers mislead (a proposal read as AGREE, "order" read as REQUEST) and where (a trigger in a
relative or adverbial clause, late in the article, with no target or an uncoded co-source).
``bench/event_confidence.py`` fits the model and writes ``data/event_confidence.json``: a share
of events right in category and source per (category, trigger lemma), smoothed toward its
category's, and the weights of a logistic regression over named features. Events of the
sentence coder scoring under ``event_min_confidence`` (an option) are not kept; meetings (the
meeting extractor's, and the coder's CONSULT) are not scored: the meeting golds measure them.
Written by hand because the model is a table and fifty-one numbers read at run time: no
machine-learning library is needed to apply it, and the fit (numpy, Newton's method) lives
with the benchmark that measures it.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token

from .records import Event

SECTORS = ("GOV", "MIL", "REB", "LEG", "PTY", "COP", "JUD", "ELI", "OPP", "NGO", "CVL")
NON_STATE = frozenset({"IGO", "NGO", "MNC"})
LEDE_CHARS = 250  # an event told in the first sentences is the report's news more often
CLAUSE_ROLES = ("ROOT", "ccomp", "xcomp", "conj", "advcl", "prep", "relcl", "acl")
TRIGGER_TAGS = ("VBD", "VBN", "NN", "VBZ", "VB", "VBG", "NNS", "VBP")
MODALS = frozenset({"will", "would", "could", "should", "may", "might", "can", "must", "shall"})
SAYING = frozenset({"say", "tell", "announce", "report", "claim", "state"})


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


def trigger_token(doc: Doc, event: Event) -> Token | None:
    """A stored event's trigger token in its parsed document: the first token of its evidence
    sentence spelled as the trigger's first word (what the coder starts the trigger at)."""
    if not event.evidence or not event.trigger:
        return None
    ev, first = event.evidence[0], event.trigger.split()[0]
    for tok in doc.char_span(ev.start, ev.end, alignment_mode="expand") or ():
        if tok.text == first:
            return tok
    return None


def clause_features(trigger: Token | None) -> dict[str, float]:
    """Where the trigger stands in its sentence: the role of its clause (a main clause, or one
    that complements, modifies or relates), its tag, perfect and modal auxiliaries, and a verb
    of saying above it. All zero when no token is given."""
    f = {f"clause_{r}": 0.0 for r in CLAUSE_ROLES}
    f.update({f"tag_{t}": 0.0 for t in TRIGGER_TAGS})
    f.update(perfect=0.0, pluperfect=0.0, modal=0.0, said=0.0)
    if trigger is None:
        return f
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if f"clause_{verb.dep_}" in f:
        f[f"clause_{verb.dep_}"] = 1.0
    if f"tag_{trigger.tag_}" in f:
        f[f"tag_{trigger.tag_}"] = 1.0
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    f["perfect"] = float(bool(aux & {"has", "have", "had"}))
    f["pluperfect"] = float("had" in aux)
    f["modal"] = float(bool(aux & MODALS))
    f["said"] = float(any(a.lemma_ in SAYING for a in verb.ancestors))
    return f


def features(event: Event, length: int, published: str | None, trigger: Token | None = None,
             fitted: dict[str, Any] | None = None,
             clause: dict[str, float] | None = None) -> dict[str, float]:
    """The named features of one coded event of a document ``length`` characters long, its
    trigger token (``trigger``) read for ``clause_features`` (or those given as ``clause``)."""
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
        "uncoded_source": float(any(not a.code for a in sources)),  # "Pakistan and the LeT"
        "shared_source": float(len(sources) > 1),
        "sector_none": float(not sector),
        **{f"sector_{s}": float(sector == s) for s in SECTORS},
        **{f"quad_{q}": float(event.quad == q) for q in (1, 2, 3, 4)},
        **(clause if clause is not None else clause_features(trigger)),
    }
    return f


def score(event: Event, length: int, published: str | None, trigger: Token | None = None,
          fitted: dict[str, Any] | None = None, clause: dict[str, float] | None = None) -> float:
    """The model's probability that readers would call the event right in category and
    source."""
    m = fitted or model()
    z = m["bias"] + sum(m["weights"].get(k, 0.0) * v for k, v in features(
        event, length, published, trigger, m, clause).items())
    return 1 / (1 + math.exp(-z))


__all__ = ["clause_features", "features", "lemma_precision", "model", "score", "trigger_lemma",
           "trigger_token"]
