"""PLOVER coder: one parsed sentence → coded political events (category, CAMEO code, mode, quad,
contexts, source and target actors with actor codes and sectors).

The coder reads spaCy dependency parses made by the product's own pipeline (``nlp.py``) and
the lexicon in ``data/plover.json``: trigger verbs by lemma (with particles and objects:
"hand over", "lift blockade"), event nouns, light and speech verbs, intent words, sector
words and context words.  Per clause it finds the governing trigger (a trigger verb governs
its complements: "threatened to cut off" is THREATEN; light and speech verbs pass the role
on: "held talks", "announced a suspension"), applies PLOVER's modality rules (intended
cooperation is AGREE, intended conflict is THREATEN, "must" in reported speech is REQUEST,
negated events are dropped) and codes the actors from the subject and the objects, with
conjuncts giving compound actors (one event, several sources).

Registered as ``events.plover.sentence.v1`` (``CODERS``), with its options beside the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from .config import Options
from .errors import StageError
from .knowledge import Knowledge, knowledge, load_json, norm

CODER = "events.plover.sentence.v1"
CODERS: dict[str, dict[str, Any]] = {
    CODER: {"drop_negated": True, "intent_as_agree": True, "max_events_per_sentence": 4},
}
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "AGREE"}
MATERIAL_CONFLICT = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"}
GOVERNING = {"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"}
SOURCELESS_PASSIVE = {"RETREAT", "CONCEDE"}  # "guerrillas have been demobilized": they act
# "Israel is opposed to …", "Vietnam is committed to …": the subject holds the stance
STATIVE = {"oppose", "commit", "prepare", "determine", "resolve", "dedicate", "devote",
           "opposed", "committed", "prepared", "determined", "resolved", "engage", "engaged"}
TARGET_PREPS = ("to", "with", "against", "on", "upon", "from", "for", "toward", "towards",
                "into", "at", "over", "in", "of", "by", "between")
IGO_WORDS = {"united nations", "u n", "un", "international", "world", "european", "african",
             "organization", "organisation", "council", "commission", "community", "nations",
             "agency", "forum", "union", "alliance", "league", "bank", "fund", "tribunal"}
NGO_WORDS = {"amnesty", "human rights watch", "red cross", "red crescent", "medecins",
             "doctors without borders", "oxfam", "greenpeace", "watchdog", "ngo", "aid group",
             "charity", "foundation", "association"}


@dataclass(frozen=True)
class Actor:
    """A coded actor: the words, the actor code, the sector and the character span."""

    text: str
    code: str | None
    sector: str | None
    start: int
    end: int
    head: int  # token index of the phrase head
    entity_key: str | None = None  # knowledge key when the gazetteer knows it
    ethnic: bool = False  # coded from an ethnic name ("ethnic Albanians"): where they live wins

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "code": self.code, "sector": self.sector}


@dataclass(frozen=True)
class Coded:
    """One coded event in one sentence."""

    category: str
    cameo: str
    quad: int
    mode: str | None
    contexts: tuple[str, ...]
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    trigger: str
    trigger_start: int
    trigger_end: int
    sent_start: int
    sent_end: int
    modality: str  # asserted | intent | obligation
    base_category: str  # the category of the trigger before the modality rules
    rank: int = 0  # 0 = the sentence's main event
    extractor: str = CODER

    def as_dict(self) -> dict[str, Any]:
        return {"event": self.category, "cameo": self.cameo, "quad": self.quad,
                "mode": self.mode, "context": list(self.contexts),
                "source": [a.as_dict() for a in self.sources],
                "target": [a.as_dict() for a in self.targets], "event_text": self.trigger,
                "modality": self.modality, "extractor": self.extractor}


@dataclass
class Lexicon:
    verbs: dict[str, tuple[str, str, str | None]]
    nouns: dict[str, tuple[str, str, str | None]]
    quad: dict[str, int]
    cameo_root: dict[str, str]
    sectors: list[tuple[tuple[str, ...], str]]
    contexts: dict[str, tuple[str, ...]]
    light: set[str]
    speech: set[str]
    intent_verbs: set[str]
    intent_adjs: set[str]
    future_aux: set[str]
    hypothetical_aux: set[str]
    obligation_aux: set[str]
    negation: set[str]
    stop_verbs: set[str]
    cooperative_objects: dict[str, str]
    civilian_overrides: dict[str, tuple[str, str, str | None]]
    civilian_sectors: set[str]
    max_words: int = 3
    extra: dict[str, Any] = field(default_factory=dict)


@cache
def lexicon() -> Lexicon:
    """The PLOVER lexicon (data/plover.json), loaded once."""
    d = load_json("plover.json")
    intent = d["intent"]
    sectors = sorted(((tuple(w.lower().split()), code) for code, words in d["sectors"].items()
                      for w in words), key=lambda x: -len(x[0]))
    return Lexicon(
        verbs={k.lower(): tuple(v) for k, v in d["verbs"].items()},  # type: ignore[misc]
        nouns={k.lower(): tuple(v) for k, v in d["nouns"].items()},  # type: ignore[misc]
        quad=d["quad"], cameo_root=d["cameo_root"], sectors=sectors,
        contexts={k: tuple(v) for k, v in d["contexts"].items()},
        light=set(d["light_verbs"]), speech=set(d["speech_verbs"]),
        intent_verbs=set(intent["verbs"]), intent_adjs=set(intent["adjectives"]),
        future_aux=set(intent["future_aux"]), hypothetical_aux=set(intent["hypothetical_aux"]),
        obligation_aux=set(intent["obligation_aux"]), negation=set(intent["negation"]),
        stop_verbs=set(d["stop_verbs"]), cooperative_objects=d["cooperative_objects"],
        civilian_overrides={k: tuple(v) for k, v in  # type: ignore[misc]
                            d["civilian_overrides"].items()},
        civilian_sectors=set(d["civilian_sectors"]))


# --- triggers ---------------------------------------------------------------------------------
@dataclass
class _Trigger:
    token: Token
    category: str
    cameo: str
    mode: str | None
    kind: str  # verb | noun
    words: str
    obj: Token | None = None  # the object a verb+object entry consumed


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _verb_entry(tok: Token, lex: Lexicon) -> _Trigger | None:
    """A verb trigger: "hand over" (particle), "lift blockade" (object), "demand" (lemma)."""
    if tok.pos_ not in ("VERB", "ADJ", "AUX") and tok.tag_ not in ("VBN", "VBG", "VB", "VBD"):
        return None
    lemma = _lemma(tok)
    if tok.pos_ == "ADJ" and tok.tag_ != "VBN" and lemma not in lex.verbs:
        return None
    prts = [c for c in tok.children if c.dep_ == "prt"]
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "pobj")]
    preps = [c for c in tok.children if c.dep_ == "prep"]
    for p in prts:
        key = f"{lemma} {_lemma(p)}"
        if key in lex.verbs:
            return _Trigger(tok, *lex.verbs[key], "verb", f"{tok.text} {p.text}")
    for o in objs:
        for key in (f"{lemma} {_lemma(o)}", f"{lemma} {o.lower_}",
                    f"{lemma} {' '.join(t.lower_ for t in _compounds(o))}"):
            if key in lex.verbs:
                return _Trigger(tok, *lex.verbs[key], "verb", f"{tok.text} {o.text}", obj=o)
    for p in preps:
        key = f"{lemma} {p.lower_}"
        if key in lex.verbs:
            return _Trigger(tok, *lex.verbs[key], "verb", f"{tok.text} {p.text}")
    if lemma in lex.verbs:
        return _Trigger(tok, *lex.verbs[lemma], "verb", tok.text)
    low = tok.lower_
    if low in lex.verbs:
        return _Trigger(tok, *lex.verbs[low], "verb", tok.text)
    return None


def _compounds(tok: Token) -> list[Token]:
    left = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    out = [tok]
    while left:
        out.insert(0, left[0])
        left = [c for c in left[0].lefts if c.dep_ in ("compound", "amod") and c.i == left[0].i - 1]
    return out


def _noun_entry(tok: Token, lex: Lexicon) -> _Trigger | None:
    if tok.pos_ not in ("NOUN", "PROPN") and not (tok.pos_ == "VERB" and tok.tag_ == "VBG"
                                                   and tok.dep_ in ("pobj", "dobj", "nsubj")):
        return None
    if tok.ent_type_ in ("ORG", "GPE", "PERSON", "NORP", "FAC", "LOC"):
        return None
    words = _compounds(tok)
    for n in range(min(len(words), 3), 0, -1):
        phrase = " ".join(t.lower_ for t in words[-n:])
        lemma_phrase = " ".join([t.lower_ for t in words[-n:-1]] + [_lemma(tok)])
        for key in (phrase, lemma_phrase):
            if key in lex.nouns:
                text = " ".join(t.text for t in words[-n:])
                return _Trigger(tok, *lex.nouns[key], "noun", text)
    return None


# --- actors -----------------------------------------------------------------------------------
_SKIP_DEPS = {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "prep", "ccomp",
              "xcomp", "parataxis", "dep"}


def _np_tokens(head: Token) -> list[Token]:
    """The head and its pre-modifiers (compound, amod, poss, det, nummod…), no clauses."""
    out = [head]
    stack = [c for c in head.children if c.dep_ not in _SKIP_DEPS]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _SKIP_DEPS or
                     (c.dep_ == "conj" and t.dep_ in ("amod", "compound")))
    return sorted(out, key=lambda t: t.i)


class ActorCoder:
    """Actor codes for noun phrases: ISO3 for countries, places and demonyms, IGO/NGO for
    organizations, with a sector from the phrase's title words."""

    def __init__(self, kb: Knowledge | None = None) -> None:
        self.kb = kb or knowledge()
        self.lex = lexicon()

    def code_key(self, key: str) -> str | None:
        if key.startswith("country:"):
            return key.split(":", 1)[1]
        if key.startswith("generic:"):
            return "IGO"
        ent = self.kb.entities.get(key)
        if ent is None:
            return None
        if ent.kind == "place":
            return ent.country.split(":", 1)[1] if ent.country else None
        if ent.kind in ("organization", "body"):
            return "IGO"
        return None

    def code_name(self, text: str, label: str) -> str | None:
        """Code of a name the gazetteer did not tag (spaCy NER spans)."""
        if not text.strip():
            return None
        if label in ("GPE", "LOC", "NORP", "ORG", "FAC", ""):
            for ent in self.kb.lookup(text):
                code = self.code_key(ent.key)
                if code:
                    return code
            demonym = self.kb.country_of_demonym(text)
            if demonym:
                return demonym.split(":", 1)[1]
            words = norm(text).split()
            if words and label in ("NORP", "") and words[-1].endswith("s"):
                demonym = self.kb.country_of_demonym(" ".join(words[:-1] + [words[-1][:-1]]))
                if demonym:
                    return demonym.split(":", 1)[1]
        if label == "ORG":
            low = norm(text)
            if any(w in low for w in NGO_WORDS):
                return "NGO"
            if set(low.split()) & IGO_WORDS or any(w in low for w in IGO_WORDS if " " in w):
                return "IGO"
        return None

    def token_code(self, tok: Token) -> tuple[str | None, str | None]:
        """Code of the named thing a token is part of, and its knowledge key."""
        if tok.ent_id_:
            return self.code_key(tok.ent_id_), tok.ent_id_
        if tok.ent_type_:
            span = _ent_span(tok)
            if span is not None:
                return self.code_name(span.text, tok.ent_type_), None
        if tok.pos_ in ("ADJ", "PROPN", "NOUN") and tok.text[:1].isupper():
            demonym = self.kb.country_of_demonym(tok.text)
            if demonym:
                return demonym.split(":", 1)[1], demonym
        return None, None

    def sector(self, toks: Sequence[Token]) -> str | None:
        words = [t.lower_ for t in toks]
        lemmas = [_lemma(t) for t in toks]
        found: list[tuple[int, str]] = []
        for phrase, code in self.lex.sectors:
            n = len(phrase)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) == phrase or tuple(lemmas[i:i + n]) == phrase:
                    found.append((i + n, code))
        if not found:
            return None
        return max(found)[1]  # the right-most (the head's) sector word wins

    def code_np(self, head: Token, deep: bool = True) -> list[Actor]:
        """Actors named by the phrase headed by ``head`` (several for "French and Egyptian")."""
        head = _content_head(head)
        toks = _np_tokens(head)
        codes: list[tuple[str, str | None, Token]] = []
        for t in toks:
            code, key = self.token_code(t)
            if code and all(code != c for c, _, _ in codes):
                codes.append((code, key, t))
        if len(codes) > 1:
            adj_conj = [c for c in codes if c[2].dep_ == "conj" or any(
                k.dep_ == "conj" for k in c[2].children)]
            codes = adj_conj if len(adj_conj) > 1 else codes[:1]
        if not codes and deep:
            for prep in (c for c in head.children if c.dep_ == "prep"
                         and c.lower_ in ("of", "from", "in", "at", "for", "by")):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    inner = self.code_np(pobj, deep=True)
                    coded = [a for a in inner if a.code]
                    if coded:
                        codes = [(coded[0].code or "", coded[0].entity_key, pobj)]
                        break
                if codes:
                    break
        ethnic = bool(codes) and (codes[0][2].i == head.i or any(
            t.lower_ == "ethnic" for t in toks)) and codes[0][2].ent_type_ == "NORP"
        if ethnic:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    place = [a for a in self.code_np(pobj, deep=False) if a.code]
                    if place:
                        codes = [(place[0].code or "", place[0].entity_key, pobj)]
                        ethnic = False
        sector = self.sector(toks)
        if head.ent_type_ == "PERSON" or (sector is None and self._title_person(toks)):
            sector = sector or "GOV"
        start = min(t.idx for t in toks)
        end = max(t.idx + len(t.text) for t in toks)
        text = head.doc.text[start:end]
        if not codes:
            return [Actor(text, None, sector, start, end, head.i)]
        if len(codes) == 1:
            return [Actor(text, codes[0][0], sector, start, end, head.i, codes[0][1], ethnic)]
        out = []
        for code, key, tok in codes:
            out.append(Actor(f"{tok.text} {head.text}" if tok.i < head.i else text, code,
                             sector, start, end, head.i, key))
        return out

    @staticmethod
    def _title_person(toks: Sequence[Token]) -> bool:
        return any(t.ent_type_ == "PERSON" for t in toks)


QUANTITY_HEADS = {"group", "groups", "hundreds", "thousands", "tens", "dozens", "scores",
                  "members", "member", "leaders", "leader", "number", "part", "third", "half",
                  "majority", "some", "many", "most", "all", "one", "two", "several", "delegation",
                  "team", "contingent", "batch", "patch", "unit", "units", "million", "millions"}


def _content_head(head: Token) -> Token:
    """"Hundreds of thousands of people" → people; "a group of diplomats" → diplomats."""
    for _ in range(4):
        if head.lower_ not in QUANTITY_HEADS or head.ent_type_ in ("GPE", "ORG", "NORP"):
            return head
        of = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
        if not of:
            return head
        if head.lower_ in ("leaders", "leader", "members", "member", "delegation") and \
                any(t.ent_type_ in ("ORG",) for t in of[0].subtree):
            return head  # "leaders of the coalition": the leaders act, coded by the coalition
        head = of[0]
    return head


def _ent_span(tok: Token) -> Span | None:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


# --- the sentence coder -------------------------------------------------------------------------
class SentenceCoder:
    """Codes the events of one sentence; see the module docstring for the rules."""

    def __init__(self, kb: Knowledge | None = None, **options: Any) -> None:
        self.lex = lexicon()
        self.actors = ActorCoder(kb)
        self.options = {**CODERS[CODER], **options}

    # candidates ----------------------------------------------------------------------------
    def candidates(self, sent: Span) -> list[_Trigger]:
        found: list[_Trigger] = []
        for tok in sent:
            trig = _verb_entry(tok, self.lex) if tok.pos_ in ("VERB", "ADJ", "AUX") else None
            if trig is None:
                trig = _noun_entry(tok, self.lex)
            if trig is not None:
                found.append(trig)
        return found

    def _is_light(self, tok: Token) -> bool:
        return _lemma(tok) in self.lex.light or _lemma(tok) in self.lex.speech

    def _depth(self, tok: Token) -> int:
        """Clause depth: a complement of a light or speech verb ("announced a suspension",
        "said it agreed") is as high as the verb; adverbial, relative and coordinated
        clauses, and complements of other verbs, are lower."""
        depth, node = 0, tok
        for _ in range(40):
            if node.head.i == node.i:
                break
            edge = node.dep_
            node = node.head
            if edge in ("advcl", "relcl", "acl", "parataxis", "conj", "npadvmod", "appos"):
                depth += 3
            elif node.pos_ in ("VERB", "AUX", "ADJ") and not self._is_light(node):
                depth += 2
            elif node.pos_ in ("NOUN", "PROPN") or edge in ("prep", "pobj"):
                depth += 1
        return depth

    def main_triggers(self, sent: Span) -> list[_Trigger]:
        """Triggers in order of importance; a trigger governed by another trigger drops out,
        unless the governor is a light/speech verb (its object or complement is the event)."""
        cands = self.candidates(sent)
        by_tok = {c.token.i: c for c in cands}
        kept: list[_Trigger] = []
        for c in cands:
            node, governed = c.token, False
            for _ in range(40):
                if node.head.i == node.i:
                    break
                # a noun inside a subject does not make an event of its own clause's verb
                node = node.head
                gov = by_tok.get(node.i)
                if gov is None or gov is c:
                    continue
                if self._is_light(gov.token) and gov.kind == "verb" and c.kind == "noun" \
                        and c.token.head.i == gov.token.i:
                    continue
                if gov.kind == "noun" and c.kind == "verb" and gov.category not in GOVERNING:
                    continue  # "the attack that killed…": the clause is an event of its own
                if gov.obj is not None and gov.obj.i == c.token.i:
                    governed = True
                    break
                governed = True
                break
            if not governed:
                kept.append(c)
        # a purpose clause ("staged a rally to demand …") is part of the light verb's event
        objects = {c.token.head.i for c in kept if c.kind == "noun" and c.token.dep_ == "dobj"
                   and self._is_light(c.token.head)}
        kept = [c for c in kept if not (c.kind == "verb" and c.token.dep_ in ("advcl", "xcomp")
                                        and c.token.head.i in objects
                                        and _lemma(c.token.head) not in self.lex.verbs)]
        # light-verb triggers (announce, hold) give way to a trigger among their dependents
        final = []
        for c in kept:
            if c.kind == "verb" and self._is_light(c.token) and any(
                    o is not c and self._under(o.token, c.token) for o in kept):
                continue
            final.append(c)
        final.sort(key=lambda c: (self._depth(c.token), 0 if c.kind == "verb" else 1, c.token.i))
        return final

    @staticmethod
    def _under(tok: Token, anc: Token) -> bool:
        node = tok
        for _ in range(40):
            if node.head.i == node.i:
                return False
            node = node.head
            if node.i == anc.i:
                return True
        return False

    # modality -----------------------------------------------------------------------------
    def _clause_verb(self, tok: Token) -> Token:
        node = tok
        for _ in range(12):
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                return node
            node = node.head
        return node

    def modality(self, trig: _Trigger) -> tuple[str, bool]:
        """('asserted' | 'intent' | 'obligation' | 'hypothetical', negated?) of a trigger."""
        lex = self.lex
        verb = trig.token if trig.kind == "verb" else self._clause_verb(trig.token)
        chain = [verb]
        node = verb
        while node.dep_ in ("xcomp", "conj", "acomp") and node.head.i != node.i:
            node = node.head
            chain.append(node)
        if trig.kind == "noun" and trig.token.dep_ == "pobj" and trig.token.head.head.pos_ == "ADJ":
            chain.append(trig.token.head.head)
        negated = False
        mood = "asserted"
        for v in chain:
            kids = list(v.children)
            auxes = [k.lower_ for k in kids if k.dep_ in ("aux", "auxpass")]
            if any(k.dep_ == "neg" or k.lower_ in ("never", "no longer") for k in kids):
                negated = True
            if any(a in lex.future_aux for a in auxes):
                mood = "intent"
            elif any(a in lex.obligation_aux for a in auxes):
                mood = "obligation"
            elif any(a in lex.hypothetical_aux for a in auxes):
                mood = "intent" if any(a == "would" for a in auxes) else "hypothetical"
            if v is not verb and (_lemma(v) in lex.intent_verbs or _lemma(v) in lex.intent_adjs
                                  or v.lower_ in lex.intent_adjs):
                mood = "intent"
            if any(k.lower_ in lex.intent_adjs and k.dep_ in ("acomp", "amod") for k in kids) and \
                    v.lemma_ == "be":
                mood = "intent"
        if verb.dep_ == "xcomp" and verb.head.lower_ in lex.intent_adjs:
            mood = "intent"
        if any(c.dep_ == "aux" and c.lower_ == "going" for c in verb.children):
            mood = "intent"
        if any(t.lower_ in ("never",) for t in verb.children):
            negated = True
        if trig.kind == "noun" and any(c.lower_ in ("no", "never") for c in trig.token.children):
            negated = True
        # a "will" in a complement of a trigger verb belongs to the complement
        return mood, negated

    # actors -------------------------------------------------------------------------------
    def _subject(self, verb: Token) -> tuple[list[Token], bool]:
        """Subject heads of ``verb`` (inherited through xcomp/conj), and whether passive."""
        node = verb
        for _ in range(8):
            subj = [c for c in node.children if c.dep_ in ("nsubj", "csubj")]
            passive = [c for c in node.children if c.dep_ == "nsubjpass"]
            agent = [p for a in node.children if a.dep_ == "agent" for p in a.children
                     if p.dep_ == "pobj"]
            if agent:
                return agent, True
            if subj:
                s = subj[0]
                if s.lower_ in ("who", "which", "that") and node.dep_ == "relcl":
                    s = node.head
                return [s], False
            if passive:
                return [passive[0]], True
            if node.dep_ in ("xcomp", "conj", "advcl", "acomp") or (
                    node.dep_ == "relcl" and False):
                node = node.head
                continue
            if node.dep_ in ("acl", "relcl") and node.head.pos_ in ("NOUN", "PROPN"):
                return [node.head], False
            break
        return [], False

    def _heads(self, tok: Token) -> list[Token]:
        out = [tok]
        for c in tok.conjuncts:
            if c.pos_ in ("NOUN", "PROPN", "PRON") and c.i > tok.i:
                out.append(c)
        return out

    def _code_heads(self, heads: Iterable[Token]) -> list[Actor]:
        out: list[Actor] = []
        for h in heads:
            for a in self.actors.code_np(h):
                if a.code is None and h.lower_ in ("it", "they", "he", "she", "its", "who"):
                    continue
                out.append(a)
        return out

    def sources(self, trig: _Trigger) -> tuple[list[Actor], set[int]]:
        tok = trig.token
        verb = tok if trig.kind == "verb" else self._clause_verb(tok)
        srcs: list[Actor] = []
        # a noun trigger names its own actor: "Palestinian riots", "the Hutu rebels' demands"
        if trig.kind == "noun":
            own = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound")]
            for c in own:
                code, _ = self.actors.token_code(c)
                if code:
                    srcs = self.actors.code_np(tok, deep=False)
                    break
        subj_tokens: set[int] = set()
        if not srcs:
            heads, passive = self._subject(verb)
            if passive and heads and heads[0].dep_ == "nsubjpass" and \
                    trig.category not in SOURCELESS_PASSIVE and _lemma(verb) not in STATIVE:
                heads = []
            flat: list[Token] = []
            for h in heads:
                flat.extend(self._heads(h))
            srcs = self._code_heads(flat)
            for h in flat:
                subj_tokens |= {t.i for t in h.subtree}
        return srcs, subj_tokens

    def targets(self, trig: _Trigger, exclude: set[int]) -> list[Actor]:
        tok = trig.token
        verb = tok if trig.kind == "verb" else self._clause_verb(tok)
        order: list[Token] = []

        def add_objects(v: Token, depth: int = 0) -> None:
            if depth > 3:
                return
            kids = list(v.children)
            for c in kids:  # "demanded that the US cancel …": the complement's subject
                if c.dep_ == "ccomp" and trig.category in GOVERNING | {"THREATEN"}:
                    order.extend(s for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
            for c in kids:
                if c.dep_ in ("dative", "iobj"):
                    order.append(c)
            for c in kids:
                if c.dep_ in ("dobj", "attr", "oprd") or (c.dep_ == "nsubjpass" and v is verb
                                                          and _lemma(v) not in STATIVE):
                    order.append(c)
            for c in kids:
                if c.dep_ == "prep" and c.lower_ in TARGET_PREPS[:10]:
                    order.extend(p for p in c.children if p.dep_ == "pobj")
            for c in kids:
                if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX"):
                    add_objects(c, depth + 1)
            for c in kids:
                if c.dep_ == "prep" and c.lower_ in ("in", "at", "near"):
                    order.extend(p for p in c.children if p.dep_ == "pobj")

        if trig.kind == "noun":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
                    order.extend(p for p in c.children if p.dep_ == "pobj")
            if tok.dep_ in ("dobj", "pobj", "attr"):
                add_objects(verb)
        else:
            add_objects(tok)
        seen: set[int] = set()
        for head in order:
            if head.i in exclude or head.i in seen or head.i == tok.i:
                continue
            seen.add(head.i)
            found = [a for a in self._code_heads(self._heads(head)) if a.code]
            if not found:
                # an uncoded object: look inside it ("calls by Belarus's rulers")
                for t in head.subtree:
                    if t.i in exclude or t.i == head.i:
                        continue
                    if t.dep_ == "pobj" and t.head.lower_ in ("by", "of", "with", "to", "from",
                                                              "against", "on", "in"):
                        found = [a for a in self._code_heads(self._heads(t)) if a.code]
                        if found:
                            break
            if found:
                return found
        return []

    # main ---------------------------------------------------------------------------------
    def _obligation_actors(self, trig: _Trigger, srcs: list[Actor],
                           tgts: list[Actor]) -> tuple[list[Actor], list[Actor]]:
        """"X said Libya must hand over …": X demands, Libya is asked."""
        verb = trig.token if trig.kind == "verb" else self._clause_verb(trig.token)
        node = verb
        while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
            node = node.head
        if node.dep_ != "ccomp" or node.head.i == node.i:
            return srcs, tgts
        speaker, _ = self._subject(node.head)
        said = self._code_heads(h for s in speaker for h in self._heads(s))
        if not said:
            return srcs, tgts
        return said, [a for a in srcs if a.code] or tgts

    def _sentence_country(self, sent: Span, skip: set[int]) -> str | None:
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for t in sent:
            if t.i in skip:
                continue
            code, _ = self.actors.token_code(t)
            if code and code not in ("IGO", "NGO"):
                if t.ent_iob_ != "I":
                    counts[code] = counts.get(code, 0) + 1
                first.setdefault(code, t.i)
        if not counts:
            return None
        return max(counts, key=lambda c: (counts[c], -first[c]))

    def _clause_place(self, trig: _Trigger) -> str | None:
        verb = trig.token if trig.kind == "verb" else self._clause_verb(trig.token)
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "inside", "throughout"):
                for p in c.children:
                    for a in self.actors.code_np(p, deep=False):
                        if a.code and a.code not in ("IGO", "NGO"):
                            return a.code
        return None

    def _situate(self, actors: list[Actor], trig: _Trigger, sent: Span) -> list[Actor]:
        """People and groups without a code take the country the sentence places them in;
        ethnic groups are coded by where they live ("ethnic Albanians … in Serbia")."""
        out = []
        for a in actors:
            if a.ethnic:
                place = self._clause_place(trig)
                if place:
                    a = replace(a, code=place)
            elif a.code is None and a.sector is not None:
                head = sent.doc[a.head]
                code = self._sentence_country(sent, {t.i for t in head.subtree} - {head.i}) \
                    if head.ent_type_ == "PERSON" or a.sector in ("GOV", "JUD", "LEG") \
                    else self._clause_place(trig) or self._sentence_country(sent, set())
                if code:
                    a = replace(a, code=code)
            out.append(a)
        return out

    def contexts(self, sent: Span) -> tuple[str, ...]:
        words = {t.lower_ for t in sent} | {_lemma(t) for t in sent}
        text = sent.text.lower()
        out = []
        for ctx, cues in self.lex.contexts.items():
            if any((c in words) if " " not in c else (c in text) for c in cues):
                out.append(ctx)
        return tuple(out)

    def code(self, sent: Span) -> list[Coded]:
        out: list[Coded] = []
        for rank, trig in enumerate(self.main_triggers(sent)):
            coded = self._code_one(sent, trig, rank)
            if coded is not None:
                out.append(coded)
            if len(out) >= self.options["max_events_per_sentence"]:
                break
        return out

    def _code_one(self, sent: Span, trig: _Trigger, rank: int) -> Coded | None:
        lex = self.lex
        mood, negated = self.modality(trig)
        if negated and self.options["drop_negated"] and trig.category not in ("REJECT",):
            return None
        if mood == "hypothetical":
            return None
        category, cameo, mode = trig.category, trig.cameo, trig.mode
        srcs, subj = self.sources(trig)
        tgts = self.targets(trig, subj)
        # PLOVER's modality rules
        if _lemma(trig.token) in lex.stop_verbs and trig.kind == "verb":
            objs = [c for c in trig.token.children if c.dep_ in ("dobj", "nsubjpass")]
            for o in objs:
                if o.lower_ in lex.cooperative_objects or _lemma(o) in lex.cooperative_objects:
                    category, cameo, mode = "SANCTION", "16", None
        if category in lex.civilian_overrides or _lemma(trig.token) in lex.civilian_overrides:
            if srcs and all(a.sector in lex.civilian_sectors for a in srcs):
                category, cameo, mode = lex.civilian_overrides[_lemma(trig.token)]
        if category == "PROTEST" and trig.kind == "noun" and srcs and all(
                a.sector in (None, "GOV") and a.code not in (None, "NGO") for a in srcs) and \
                any(c.lower_ in ("official", "formal", "diplomatic", "strong")
                    for c in trig.token.children):
            category, cameo, mode = "ACCUSE", "111", "disapprove"  # a diplomatic protest
        base = category
        if mood == "obligation" and category not in GOVERNING:
            category, cameo, mode = "REQUEST", "10", None
        elif mood == "intent" and self.options["intent_as_agree"]:
            if category in COOPERATIVE and category != "AGREE":
                category, cameo, mode = "AGREE", "03", None
            elif category in MATERIAL_CONFLICT:
                category, cameo, mode = "THREATEN", "13", None
        if mood == "obligation":
            srcs, tgts = self._obligation_actors(trig, srcs, tgts)
            if not tgts:
                return None
        srcs = self._situate(srcs, trig, sent)
        tgts = self._situate(tgts, trig, sent)
        start = trig.token.idx
        end = start + len(trig.token.text)
        if trig.obj is not None:
            end = max(end, trig.obj.idx + len(trig.obj.text))
        return Coded(category=category, cameo=cameo, quad=lex.quad.get(category, 0), mode=mode,
                     contexts=self.contexts(sent), sources=tuple(srcs), targets=tuple(tgts),
                     trigger=trig.words, trigger_start=start, trigger_end=end,
                     sent_start=sent.start_char, sent_end=sent.end_char, modality=mood,
                     base_category=base, rank=rank)


def obligation_requests(sent: Span) -> list[Token]:
    """Clauses with "must" under a speech verb ("said Libya must hand over …")."""
    lex = lexicon()
    out = []
    for tok in sent:
        if tok.dep_ == "ccomp" and any(c.lower_ in lex.obligation_aux for c in tok.children):
            out.append(tok)
    return out


_CODERS: dict[str, SentenceCoder] = {}


def coder(name: str = CODER, **options: Any) -> SentenceCoder:
    """The registered coder ``name`` (one instance per name and options)."""
    if name not in CODERS:
        raise StageError("events", name, KeyError(
            f"[B360] unknown PLOVER coder '{name}'; known: {', '.join(sorted(CODERS))}"))
    key = name + repr(sorted(options.items()))
    if key not in _CODERS:
        _CODERS[key] = SentenceCoder(**options)
    return _CODERS[key]


def code_doc(doc: Doc, name: str = CODER) -> list[Coded]:
    """Every coded event of a parsed document, sentence by sentence."""
    c = coder(name)
    out: list[Coded] = []
    for sent in doc.sents:
        out.extend(c.code(sent))
    return out


def code_text(text: str, options: Options, name: str = CODER) -> list[Coded]:
    """Parse ``text`` with the configured pipeline and code it."""
    from .nlp import load_pipeline

    return code_doc(load_pipeline(options.spacy_model)(_clean(text)), name)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().strip("{}")).replace("``", "“").replace("''", "”")


def main_event(events: Sequence[Coded]) -> Coded | None:
    """The event a one-sentence record is about: the first sentence's main event."""
    return min(events, key=lambda e: (e.sent_start, e.rank)) if events else None


__all__ = ["CODER", "CODERS", "Actor", "ActorCoder", "Coded", "SentenceCoder", "code_doc",
           "code_text", "coder", "lexicon", "main_event"]


def predict_records(records: Sequence[dict[str, Any]], options: Options,
                    name: str = CODER) -> dict[str, dict[str, Any]]:
    """Code each gold-format record's ``text``: ``{id: {"event", "source", "target"}}``."""
    from .nlp import load_pipeline

    nlp = load_pipeline(options.spacy_model)
    texts = [_clean(r.get("text") or "") for r in records]
    out: dict[str, dict[str, Any]] = {}
    for rec, doc in zip(records, nlp.pipe(texts, batch_size=options.batch_size), strict=True):
        ev = main_event(code_doc(doc, name))
        out[rec["id"]] = {
            "event": ev.category if ev else None,
            "source": [a.code for a in ev.sources if a.code] if ev else [],
            "target": [a.code for a in ev.targets if a.code] if ev else [],
        }
    return out
