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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import numpy
from spacy.attrs import ENT_ID, ENT_TYPE, LEMMA, LOWER, ORTH
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Span, Token

from .actors import Actor, ActorCoder, _ent_span, doc_memo
from .analysis import clause_verb
from .config import Options
from .errors import CoderError
from .knowledge import Knowledge, load_json, named_lists
from .matching import AnchoredTrees

CODER = "events.plover.sentence.v1"
CODERS: dict[str, dict[str, Any]] = {
    CODER: {"drop_negated": True, "intent_as_agree": True, "max_events_per_sentence": 4},
}
VERBAL = {"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"}
MEASURES = {"day", "week", "month", "round", "series", "wave", "number", "spate", "string"}
OFFICE_SECTORS = {"GOV", "LEG", "JUD", "PTY"}  # "took over as Mayor": an office, not an act
GOVERNING = {"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"}
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "SPY"}  # agents of a state
LOCATIVE_PREPS = ("in", "at", "near", "inside", "outside", "across", "throughout")
# the senses that find a trigger used in another sense, checked in this order (plover83, 86, 89,
# 94; plover95: a request to the source's own people, trigger_domestic_senses; plover98: a public
# vote as the source, a campaign promise, trigger_public_senses; plover97: comment declined, a
# state acknowledged, an aim pursued, trigger_stance_senses; plover100: a court's ruling, a
# legislature's own procedure, trigger_procedure_senses; plover104: a standing state named by a
# noun or a participle, trigger_standing_senses; plover106: an election contest won, a bill or
# an advertisement withdrawn, trigger_matter_senses; plover125: a poll or a shop that closes, a
# bill sent between a state's offices, trigger_motion_senses)
EVERYDAY_SENSES = ("trigger_other_senses", "trigger_frame_senses", "trigger_light_senses",
                   "trigger_plain_senses", "trigger_domestic_senses", "trigger_public_senses",
                   "trigger_stance_senses", "trigger_procedure_senses", "trigger_standing_senses",
                   "trigger_matter_senses", "trigger_motion_senses")
SOURCELESS_PASSIVE = {"RETREAT", "CONCEDE"}  # "guerrillas have been demobilized": they act
# "Israel is opposed to …", "Vietnam is committed to …": the subject holds the stance
STATIVE = {"oppose", "commit", "prepare", "determine", "resolve", "dedicate", "devote",
           "opposed", "committed", "prepared", "determined", "resolved", "engage", "engaged"}
TARGET_PREPS = ("to", "with", "against", "on", "upon", "from", "for", "toward", "towards",
                "into", "at", "over", "in", "of", "by", "between")
# plover105: an act told as a forecast, a schedule in a who-relative or a stopped act
# (undone_acts), asked after the everyday senses
UNDONE_SENSE = "undone_acts"


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
    sense: str | None = None  # the name of the sense pattern that coded the trigger, if one did
    actor_rule: str | None = None  # the pattern that decided the source (victims_and_weapons)

    def as_dict(self) -> dict[str, Any]:
        return {"event": self.category, "cameo": self.cameo, "quad": self.quad,
                "mode": self.mode, "context": list(self.contexts),
                "source": [a.as_dict() for a in self.sources],
                "target": [a.as_dict() for a in self.targets], "event_text": self.trigger,
                "modality": self.modality, "extractor": self.extractor,
                **({"sense": self.sense} if self.sense else {}),
                **({"actor_rule": self.actor_rule} if self.actor_rule else {})}


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
    intent_nouns: set[str]
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
    # every verb key starts with the trigger's lemma and every noun key ends with the noun (or
    # its lemma): a token that is none of these words needs no phrase built and looked up
    verb_firsts: frozenset[str] = field(init=False)
    noun_lasts: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.verb_firsts = frozenset(k.split()[0] for k in self.verbs if k.split())
        self.noun_lasts = frozenset(k.split()[-1] for k in self.nouns if k.split())


@cache
def lexicon() -> Lexicon:
    """The PLOVER lexicon (data/plover.json), loaded once."""
    d = load_json("plover.json")
    intent = d["intent"]
    phrases = {(tuple(w.lower().split()), code) for code, words in d["sectors"].items()
               for w in words}
    phrases |= {(p[:-1] + (p[-1][:-1],), code) for p, code in phrases  # "soldiers" → "soldier"
                if p[-1].endswith("s") and not p[-1].endswith("ss") and len(p[-1]) > 4}
    sectors = sorted(phrases, key=lambda x: (-len(x[0]), x))
    verbs = {k.lower(): tuple(v) for k, v in d["verbs"].items()}
    verbs.update((k, tuple(v)) for k, v in d["tagger_forms"].items() if not k.startswith("_"))
    nouns = {k.lower(): tuple(v) for k, v in d["nouns"].items()}
    for group in d["coverage"]["groups"]:  # coverage adds, the refined entries win
        entry = (group["category"], group["cameo"], group["mode"])
        for w in group["verbs"]:
            verbs.setdefault(w.lower(), entry)
        for w in group["nouns"]:
            nouns.setdefault(w.lower(), entry)
    for table in (verbs, nouns):
        for k, v in list(table.items()):
            for variant in _spellings(k):
                table.setdefault(variant, v)
    return Lexicon(
        verbs=verbs, nouns=nouns,  # type: ignore[arg-type]
        quad=d["quad"], cameo_root=d["cameo_root"], sectors=sectors,
        contexts={k: tuple(v) for k, v in d["contexts"].items()},
        light=set(d["light_verbs"]), speech=set(d["speech_verbs"]),
        intent_verbs=set(intent["verbs"]), intent_adjs=set(intent["adjectives"]),
        intent_nouns=set(intent["nouns"]),
        future_aux=set(intent["future_aux"]), hypothetical_aux=set(intent["hypothetical_aux"]),
        obligation_aux=set(intent["obligation_aux"]), negation=set(intent["negation"]),
        stop_verbs=set(d["stop_verbs"]), cooperative_objects=d["cooperative_objects"],
        civilian_overrides={k: tuple(v) for k, v in  # type: ignore[misc]
                            d["civilian_overrides"].items()},
        civilian_sectors=set(d["civilian_sectors"]),
        extra={"groups": {k: tuple(v) for k, v in d["groups"].items() if not k.startswith("_")},
               "requires": {k: set(v) for k, v in d["requires"].items() if not k.startswith("_")},
               "non_captives": set(d["non_captives"]),
               "negating_verbs": set(intent["negating_verbs"]),
               "people_object_verbs": {k: tuple(v) for k, v in d["people_object_verbs"].items()},
               "transitive_verbs": {k: tuple(v) for k, v in d["transitive_verbs"].items()},
               "senses": _senses(d["senses"], {f"intent_{k}": v for k, v in intent.items()
                                                 if isinstance(v, list)}), "actors": d["actors"],
               "actor_addresses": d["actor_addresses"],
               "actor_coordination": d["actor_coordination"]})


@cache
def _table_modes() -> dict[str, tuple[str, str | None]]:
    """CAMEO code → (PLOVER category, mode) from data/cameo2plover.json (CAMEO2PLOVER-2021)."""
    return {code: (cat, mode) for code, (cat, mode, _) in load_json("cameo2plover.json")["codes"].items()}


def table_mode(cameo: str, category: str) -> str | None:
    """The PLOVER mode CAMEO2PLOVER gives ``cameo`` (or its 3-digit parent) in ``category``."""
    table = _table_modes()
    for code in (cameo, cameo[:3]):
        entry = table.get(code)
        if entry is not None and len(code) >= 3:
            return entry[1] if entry[0] == category else None
    return None


def _senses(d: dict[str, Any], intent: dict[str, list[str]]) -> dict[str, Any]:
    """The ``senses`` table of plover.json with its word lists as sets; patterns may name the
    lists of its ``intent`` table too ("$intent_adjectives")."""
    out: dict[str, Any] = {k: set(v) for k, v in d.items() if isinstance(v, list)}
    out["classes"] = {k: set(v) for k, v in d["object_classes"].items()}
    out["not_with"] = {k: tuple(v) for k, v in d["not_with"].items()}
    for key in ("patient_light_verbs", "handling_verbs"):  # word groups as one set
        out[key] = {w for group, words in d[key].items() if isinstance(words, list)
                    for w in words}
    out["confirmers_who_act"] = {k: set(v) for k, v in
                                 d["handling_verbs"]["confirmers_who_act"].items()
                                 if not k.startswith("_")}
    out["confirming"] = set(d["handling_verbs"]["confirming"])
    out["stop_categories"] = {k: tuple(v) if v else None for k, v in d["stop_categories"].items()}
    for key in ("attack_preps", "compound_senses", "governor_senses"):
        out[key] = {k: set(v) for k, v in d[key].items()}
    out["object_senses"] = {k: tuple((cls, tuple(code)) for cls, code in v)
                            for k, v in d["object_senses"].items() if not k.startswith("_")}
    out["assistance"] = {k: tuple(v) if k == "code" else set(v)
                         for k, v in d["assistance"].items() if not k.startswith("_")}
    for key in ("accede", "seizure", "protest_bans", "troop_orders", "particles", "completions",
                "cause_blame", "verbal_attack", "domestic_permits", "announced_plans",
                "military_strikes", "deadlines", "legal_pleas", "blame_predicates", "conditions",
                "victim_nouns", "hazard_warnings", "alert_informs", "advisories",
                "adjective_homographs", "shared_negation", "helper_phrases", "threat_targets",
                "publication", "accident_cues", "phrasal_senses", "blame_to_come",
                "campaign_rallies", "media_partners", "doer_from", "sports_context",
                "private_commerce", "forecast_warnings", "cancelled_ties", "shared_patient", "presence",
                "controller", "headline_passive",
                "court_rulings", "captive_release", "held_people", "force_building",
                "admonitions", "court_punishments", "where_regions"):
        out[key] = {k: tuple(v) if k == "code" else set(v) if isinstance(v, list) else v
                    for k, v in d[key].items() if not k.startswith("_")}
    attitudes = d["public_attitudes"]
    out["public_attitudes"] = {"verbs": set(attitudes["verbs"]), "patterns": attitudes["patterns"]}
    # senses with DependencyMatcher patterns (every sense that declares "patterns", so a new
    # sense in plover.json is loaded without a line here): word lists as sets, the patterns
    # with their "$name" IN lists filled from the sense's own lists, or as written where a
    # sense names none
    written = ("policy_preferences", "listed_kinds")
    for key, sense in d.items():
        if key in out or not isinstance(sense, dict) or "patterns" not in sense:
            continue  # (public_attitudes is read above)
        named = key not in written
        out[key] = {k: (named_lists(v, {**d, **sense, **intent}) if named else v)
                    if k == "patterns" else
                    v if isinstance(v, dict) else set(v)
                    for k, v in sense.items() if not k.startswith("_")}
    out["entitlements_given"]["code"] = tuple(d["entitlements_given"]["code"])
    out["crowd_control"]["code"] = tuple(d["crowd_control"]["code"])
    out["single_country_exercises"]["code"] = tuple(d["single_country_exercises"]["code"])
    out["struck_deals"]["code"] = tuple(d["struck_deals"]["code"])
    out["emergency_rule"]["codes"] = {k: tuple(v) for k, v in d["emergency_rule"]["codes"].items()}
    out["promised_acts"]["hostile_act"] = tuple(d["promised_acts"]["hostile_act"])
    irr = d["irrealis"]
    out["irrealis"] = {name: {**c, "governors": {f for w in c["governors"] for f in _forms(w)},
                              "except": set(c.get("except", ())),
                              "assembly": set(c.get("assembly", ())),
                              "categories": set(c.get("categories", ()))}
                       for name, c in irr["classes"].items()}
    out["proposal"] = set(irr["proposal"])
    kept = d["kept_objects"]
    out["kept_objects"] = {key: {k: set(v) for k, v in group.items()}
                           for key, group in kept.items() if not key.startswith("_")}
    emb = d["embedding"]
    out["embedding"] = {
        "keep": set(emb["keep"]), "climb": set(emb["climb"]),
        "stop_governors": set(emb["stop_governors"]), "be_to_idioms": set(emb["be_to_idioms"]),
        "rows": [{k: set(v) if isinstance(v, list) else v for k, v in row.items()}
                 for row in emb["rows"] if "covered" not in row],  # the others are decided
        # by the older rules the row names
        "intent_categories": {k: v for k, v in emb["intent_categories"].items()
                              if not k.startswith("_") and k not in ("hostile", "hostile_cues")},
        "intent_hostile": emb["intent_categories"]["hostile"],
        "hostile_cues": set(emb["intent_categories"]["hostile_cues"])}
    return out


def _work_parts(objects: Sequence[Token], part_nouns: set[str]) -> list[Token]:
    """The of-objects that name what an object is a part of ("the first stage of the
    railroad", "6,000 pages of documents") or end its title ("the State of the Union
    Address"): the thing released, delivered or given is of their class."""
    return [p for o in objects if _lemma(o) in part_nouns or o.pos_ == "PROPN"
            for p in _prep_objects(o, ("of",))]


def _forms(word: str) -> set[str]:
    """A governor word and its regular inflections: the tagger's lemma is not always the
    verb's ("hopes" → "hop"), so catalogue words are matched on the token's own form too."""
    out = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        out.add(word[:-1] + "ing")
    if word.endswith("y"):
        out |= {word[:-1] + "ies", word[:-1] + "ied"}
    return out


_SPELLINGS = ((r"iz(e|es|ed|ing|ation|ations)\b", r"is\1"), (r"is(e|es|ed|ing|ation|ations)\b", r"iz\1"),
              (r"yze\b", "yse"), (r"yse\b", "yze"), (r"(\w\w\w)or\b", r"\1our"),
              (r"(\w\w\w)our\b", r"\1or"))


def _spellings(key: str) -> set[str]:
    """British and American spellings of a lexicon key ("criticize" / "criticise",
    "mobilization" / "mobilisation", "honor" / "honour")."""
    return {re.sub(a, b, key) for a, b in _SPELLINGS} - {key}


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
    sense: str | None = None  # the sense pattern that gave the code, if one did


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _verb_entry(tok: Token, lex: Lexicon) -> _Trigger | None:
    """A verb trigger: "hand over" (particle), "lift blockade" (object), "demand" (lemma)."""
    if tok.pos_ not in ("VERB", "ADJ", "AUX") and tok.tag_ not in ("VBN", "VBG", "VB", "VBD"):
        return None
    lemma = _lemma(tok)
    if tok.pos_ == "ADJ" and tok.tag_ != "VBN" and lemma not in lex.verbs:
        return None
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-":  # "test-fired", "air-dropped"
        key = f"{tok.doc[tok.i - 2].lower_}-{lemma}"
        if key in lex.verbs:
            return _Trigger(tok, *lex.verbs[key], "verb", tok.doc[tok.i - 2:tok.i + 1].text)
    if lemma not in lex.verb_firsts and " " not in lemma and tok.lower_ not in lex.verbs:
        return None
    kids = list(tok.children)  # (each read of ``children`` walks the verb's span anew)
    prts = [c for c in kids if c.dep_ == "prt"]
    objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass", "pobj")]
    preps = [c for c in kids if c.dep_ == "prep"]
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
        for o in (c for c in p.children if c.dep_ == "pobj"):
            key = f"{lemma} {p.lower_} {_lemma(o)}"
            if key in lex.verbs:  # "take to the streets", "take into custody"
                return _Trigger(tok, *lex.verbs[key], "verb", f"{tok.text} {p.text} {o.text}")
    for p in preps:
        key = f"{lemma} {p.lower_}"
        if key in lex.verbs and not _phrase_prep(tok, p, lex):
            return _Trigger(tok, *lex.verbs[key], "verb", f"{tok.text} {p.text}")
    for m in (m for c in kids if c.dep_ in ("advcl", "ccomp", "xcomp")
              for m in c.children if m.dep_ == "mark" and m.i == tok.i + 1):
        key = f"{lemma} {m.lower_}"  # "calling for Romania to withdraw": the for-clause's
        if key in lex.verbs:         # mark is the verb's particle
            return _Trigger(tok, *lex.verbs[key], "verb", f"{tok.text} {m.text}")
    if lemma in lex.verbs:
        return _Trigger(tok, *lex.verbs[lemma], "verb", tok.text)
    low = tok.lower_
    if low in lex.verbs:
        return _Trigger(tok, *lex.verbs[low], "verb", tok.text)
    return None


def _phrase_prep(verb: Token, prep: Token, lex: Lexicon) -> bool:
    """A preposition that heads a phrase of its own, not the verb's particle (``particles``
    in plover.json): one before the verb ("In 1973 Pinochet took power"), one that opens
    "in order to", or a place-or-time preposition with its own object after the verb's
    object ("took power in a coup", "called the talks in order to …": no "take in", "call
    in")."""
    rule = lex.extra["senses"]["particles"]
    objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if prep.i < verb.i or any(_lemma(o) in rule["purpose_objects"] for o in objs):
        return True
    return prep.lower_ in rule["phrase_preps"] and bool(objs) and any(
        c.dep_ == "dobj" and c.i < prep.i for c in verb.children)


def _ent_span_text(tok: Token) -> str:
    """The lower-cased words of the named entity ``tok`` heads ("al jazeera")."""
    if not tok.ent_type_:
        return tok.lower_
    start, first = tok.i, tok.sent.start  # (``Token.sent`` finds the sentence on each read)
    while start > first and tok.doc[start].ent_iob_ == "I":
        start -= 1
    return " ".join(t.lower_ for t in tok.doc[start:tok.i + 1] if t.dep_ != "det")


def _governor(tok: Token) -> Token:
    """The verb an object noun belongs to ("ban the recognition", "ban on recognition")."""
    return tok.head.head if tok.dep_ == "pobj" else tok.head


def _prep_objects(tok: Token, preps: Iterable[str] | None = None) -> list[Token]:
    """The objects of ``tok``'s prepositions, all or those in ``preps``, in order ("fought *for*
    the right" → [right]): one reading of a pattern the rules ask for many times."""
    return [p for c in tok.children if c.dep_ == "prep" and (preps is None or c.lower_ in preps)
            for p in c.children if p.dep_ == "pobj"]


def _compounds(tok: Token) -> list[Token]:
    """The noun with the compound and adjective words written right before it, also across a
    hyphen ("press-conference" is the parser's press - conference: a press conference)."""
    def before(t: Token) -> list[Token]:
        return [c for c in t.lefts if c.dep_ in ("compound", "amod") and (
            c.i == t.i - 1 or c.i == t.i - 2 and t.doc[t.i - 1].text in _HYPHENS and
            not c.whitespace_ and not t.doc[t.i - 1].whitespace_)]
    left = before(tok)
    out = [tok]
    while left:
        out.insert(0, left[0])
        left = before(left[0])
    return out


_HYPHENS = frozenset({"-", "‐", "‑"})


def _noun_entry(tok: Token, lex: Lexicon) -> _Trigger | None:
    if tok.pos_ not in ("NOUN", "PROPN") and not (tok.pos_ == "VERB" and tok.tag_ == "VBG"
                                                   and tok.dep_ in ("pobj", "dobj", "nsubj")):
        return None
    if tok.ent_type_ in ("ORG", "GPE", "PERSON", "NORP", "FAC", "LOC", "DATE", "TIME",
                         "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"):
        return None
    if tok.text[:1].isupper() and not tok.is_sent_start and not tok.text.isupper():
        return None  # "March 22", "Strike Force": a name, not an event noun
    lemma = _lemma(tok)
    if tok.lower_ not in lex.noun_lasts and lemma not in lex.noun_lasts and \
            " " not in tok.lower_ + lemma:
        return None
    words = _compounds(tok)
    for n in range(min(len(words), 3), 0, -1):
        phrase = " ".join(t.lower_ for t in words[-n:])
        lemma_phrase = " ".join([t.lower_ for t in words[-n:-1]] + [lemma])
        for key in (phrase, lemma_phrase):
            if key in lex.nouns:
                text = " ".join(t.text for t in words[-n:])
                return _Trigger(tok, *lex.nouns[key], "noun", text)
    return None


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _word_flags(column: Any, known: dict[int, bool], test: Callable[[str], bool],
                strings: StringStore) -> Any:
    """``test`` of each token's word in ``column`` (a document's array of string hashes) as a
    boolean array: each distinct word tested once, its answer kept in ``known`` (by hash, while
    the coder lives: the tests read only fixed word sets), then spread over the tokens without a
    Python step per token."""
    values, where = numpy.unique(column, return_inverse=True)
    if len(known) > 100_000:
        known.clear()
    hashes = values.tolist()
    answers = list(map(known.get, hashes))
    for k, answer in enumerate(answers):
        if answer is None:
            answers[k] = known[hashes[k]] = test(strings[hashes[k]])
    return numpy.array(answers, dtype=bool)[where]


# --- the sentence coder -------------------------------------------------------------------------
class SentenceCoder:
    """Codes the events of one sentence; see the module docstring for the rules."""

    def __init__(self, kb: Knowledge | None = None, **options: Any) -> None:
        self.lex = lexicon()
        self.actors = ActorCoder(kb)
        self.options = {**CODERS[CODER], **options}
        # the words that may start a trigger: a lemma that starts a verb entry, ends a noun
        # entry or is a people-object verb; a word that is a verb entry or ends a noun entry
        self._lemma_words = self.lex.verb_firsts | self.lex.noun_lasts | set(
            self.lex.extra.get("people_object_verbs", {}))
        rule = self.lex.extra["senses"]["emergency_rule"]
        self._lemma_words |= rule["imposing_verbs"] | rule["easing_verbs"]
        self._lower_words = set(self.lex.verbs) | self.lex.noun_lasts
        self._possible_cache: tuple[Doc, list[bool]] | None = None
        self._contexts_memo: tuple[Doc, dict[tuple[int, int], tuple[str, ...]]] | None = None
        self._country_words_memo: tuple[Doc, dict[tuple[int, int], list[tuple[int, str, bool]]]] \
            | None = None
        self._may_code_memo: tuple[Doc, list[bool]] | None = None
        # per sense with patterns and anchor token: the matches there in the last document
        self._anchors_memo: tuple[Doc, dict[tuple[str, int], list[tuple[str, list[int]]]]] | None = None
        self._sense_trees: dict[str, AnchoredTrees] = {}  # per sense, its patterns
        self._actor_rule: str | None = None  # the pattern that decided the last sources()
        self._disaster_memo: tuple[Doc, bool] | None = None  # emergency_rule's disaster_cues
        self._lemma_ok: dict[int, bool] = {}  # per lemma hash: whether it may start a trigger
        self._lower_ok: dict[int, bool] = {}  # per lower-form hash
        self._capital_ok: dict[int, bool] = {}  # per word hash: whether it starts with a capital
        self._doc_cache: tuple[Doc, str, Any] | None = None
        # each context's cues split into single words (one set test per sentence) and the
        # phrases looked for in the sentence's text
        self._context_cues = [(ctx, frozenset(c for c in cues if " " not in c),
                               tuple(c for c in cues if " " in c))
                              for ctx, cues in self.lex.contexts.items()]

    def _doc_arrays(self, doc: Doc) -> tuple[str, Any]:
        """The text of the last document coded, joined once, and its LOWER and LEMMA columns:
        spaCy's ``Span.text`` joins a sentence's tokens on every use, and a sentence's word
        set read from Token objects builds two per word (the coder asks for both per
        sentence and per trigger)."""
        cached = self._doc_cache
        if cached is None or cached[0] is not doc:
            cached = self._doc_cache = (doc, doc.text, doc.to_array([LOWER, LEMMA]))
        return cached[1], cached[2]

    def _sent_text(self, sent: Span) -> str:
        """``sent.text``, sliced from the document's text."""
        return self._doc_arrays(sent.doc)[0][sent.start_char:sent.end_char]

    # candidates ----------------------------------------------------------------------------
    def _possible(self, doc: Doc) -> list[bool]:
        """Per token: whether it can be a trigger at all (``_verb_entry``, ``_noun_entry`` and
        ``_people_object`` find nothing for any other): one of the words above, a word after a
        hyphen ("test-fired") or one holding a space.  Read from the document's arrays, each
        distinct word looked up once, for the last document coded (a token that can be none
        builds no phrases, and most tokens are none)."""
        cached = self._possible_cache
        if cached is not None and cached[0] is doc:
            return cached[1]
        flags = self._possible_flags(doc)
        self._possible_cache = (doc, flags)
        return flags

    def _possible_flags(self, doc: Doc) -> list[bool]:
        """``_possible`` worked out on the document's arrays: each distinct lemma and lower
        form tested once (the answers kept while the coder lives: its word sets do not
        change), then spread over the tokens, without a Python step per token."""
        if not len(doc):
            return []
        strings = doc.vocab.strings
        table = doc.to_array([LOWER, LEMMA, ORTH])
        ok = _word_flags(table[:, 1], self._lemma_ok, self._lemma_word, strings)
        ok |= _word_flags(table[:, 0], self._lower_ok, self._lower_word, strings)
        ok[2:] |= table[1:-1, 2] == get_string_id("-")  # a word after a hyphen ("test-fired")
        return ok.tolist()

    def _lemma_word(self, lemma: str) -> bool:
        word = lemma.lower()
        return word in self._lemma_words or " " in word

    def _lower_word(self, lower: str) -> bool:
        return lower in self._lower_words or " " in lower

    def use_text(self, doc: Doc, text: str) -> None:
        """The text ``doc`` was parsed from, where the caller holds it (spaCy keeps it as
        given): the coder slices its sentences from it without joining the document's tokens
        (``_doc_arrays``)."""
        cached = self._doc_cache
        if cached is None or cached[0] is not doc:
            self._doc_cache = (doc, text, doc.to_array([LOWER, LEMMA]))

    def candidates(self, sent: Span) -> list[_Trigger]:
        found: list[_Trigger] = []
        rejected: set[int] = set()  # trigger verbs that are no event here, and their objects
        possible = self._possible(sent.doc)
        doc = sent.doc
        for i in range(sent.start, sent.end):
            if not possible[i]:
                continue
            tok = doc[i]
            ruled = self._emergency_rule(tok) if tok.pos_ == "VERB" else None
            if ruled is not None:
                if ruled:
                    found.append(ruled)
                else:
                    rejected.add(tok.i)  # a disaster's emergency: no event, nor its noun
                continue
            trig = _verb_entry(tok, self.lex) if tok.pos_ in ("VERB", "ADJ", "AUX") else None
            if trig is not None and not self._verb_ok(trig):
                rejected.add(tok.i)
                trig = None
            if trig is not None and trig.obj is not None and self._campaign_rally(trig.obj):
                trig = None  # "held his first campaign rally": no protest
            if trig is not None:
                trig = self._sense(trig)
            transitive = self.lex.extra["transitive_verbs"].get(_lemma(tok)) \
                if trig is not None else None
            if trig is not None and transitive and trig.words == tok.text and any(
                    c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in self.lex.extra[
                        "senses"]["attack_preps"].get(_lemma(tok), ())) for c in tok.children):
                trig = _Trigger(tok, *transitive, "verb", tok.text)  # "struck targets"
            if trig is None and tok.pos_ == "VERB":
                trig = self._people_object(tok)
            if trig is None and tok.tag_ == "NNS":
                trig = self._struck_deal(tok)
            if trig is None:
                trig = _noun_entry(tok, self.lex)
                if trig is not None and (not self._noun_ok(trig) or _governor(tok).i in rejected):
                    trig = None  # "states that now ban the recognition of …": ban decides
            if trig is not None:
                found.append(trig)
        tags = [doc[i] for i in rejected if self._quote_tag(doc[i])]
        if tags:  # '"… stop providing tax cuts," Obama objected': told in the quotation
            said = {t.i for v in tags for t in v.subtree} - {
                t.i for v in tags for s in v.children if s.dep_ == "nsubj" for t in s.subtree}
            found = [f for f in found if f.token.i not in said]
        return found

    def _emergency_rule(self, tok: Token) -> _Trigger | bool | None:
        """A state of emergency or martial law declared, imposed or extended (COERCE 1724) or
        lifted (CONCEDE 0814), by the ``emergency_rule`` pattern that matched at the verb;
        False for one declared against a disaster (``disaster_cues`` in the document: no
        event) or named only to place another act in time; None where no pattern matches."""
        matches = self._named_sense_matches("emergency_rule", tok)
        if not matches:
            return None
        rule = self.lex.extra["senses"]["emergency_rule"]
        if self._disaster_document(tok.doc):
            return False  # "declared a state of emergency in anticipation of Dorian"
        if (tok.dep_ == "pcomp" and tok.head.lower_ in rule["background_preps"]) or any(
                c.dep_ == "mark" and c.lower_ in rule["background_marks"] for c in tok.children):
            return False  # "before the state of emergency was declared in early November"
        name, ids = matches[0]
        regime = tok.doc[min(ids[1:]):max(ids[1:]) + 1]  # "state of emergency", "martial law"
        return _Trigger(tok, *rule["codes"][name], "verb", f"{tok.text} {regime.text}",
                        obj=tok.doc[ids[1]], sense=name)

    def _disaster_document(self, doc: Doc) -> bool:
        """Whether the document names a natural disaster (``emergency_rule``'s
        ``disaster_cues``), worked out once per document."""
        cached = self._disaster_memo
        if cached is None or cached[0] is not doc:
            cues = self.lex.extra["senses"]["emergency_rule"]["disaster_cues"]
            cached = self._disaster_memo = (doc, any(t.lower_ in cues for t in doc))
        return cached[1]

    def _struck_deal(self, tok: Token) -> _Trigger | None:
        """A headline's "strikes deal" read as a plural noun and a verb (``struck_deals``):
        the agreement, not a strike ("Hamas strikes deal with Fatah")."""
        for _, ids in self._named_sense_matches("struck_deals", tok):
            deal = tok.doc[ids[-1]]
            if deal.i == tok.i + 1:
                return _Trigger(tok, *self.lex.extra["senses"]["struck_deals"]["code"],
                                "verb", f"{tok.text} {deal.text}")
        return None

    def _people_object(self, tok: Token) -> _Trigger | None:
        """"The army has been holding thousands of refugees": hold/keep people is coercion."""
        entry = self.lex.extra.get("people_object_verbs", {}).get(_lemma(tok))
        if entry is None:
            return None
        blame = self.lex.extra["senses"]["blame_predicates"]
        said = [g for c in tok.children for g in (c, *c.children)
                if g.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "amod") and g.lower_ in blame["words"]]
        if said and _lemma(tok) in blame["verbs"]:
            return _Trigger(tok, *blame["code"], "verb", f"{tok.text} {said[0].text}")  # "held
            # Hamas responsible for the attacks": blame, not detention
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if any(_noun_entry(o, self.lex) for o in objects):
            return None  # "held talks": the object is the event
        held = self.lex.extra["senses"]["kept_objects"]["held_objects"]
        classes = self.lex.extra["senses"]["classes"]
        if _lemma(tok) in held["verbs"] and any(
                _lemma(o) in classes[c] or o.lower_ in classes[c]
                for o in objects for c in held["not_people"]):
            return None  # "Afghanistan held its first democratic general elections"
        if _lemma(tok) in self.lex.extra["senses"]["held_people"]["verbs"]:
            objects = [o for o in objects if self._may_be_held(o)]  # "held the leadership"
        for o in objects:
            actor = self.actors.code_np(o)[0]
            if actor.sector not in (None, "GOV") or o.ent_type_ in ("PERSON", "NORP"):
                return _Trigger(tok, *entry, "verb", f"{tok.text} {o.text}")
        return None

    def _may_be_held(self, obj: Token) -> bool:
        """``obj`` names a person or a group, the only things detained (``held_people``):
        with a thing as object hold and keep are light verbs ("held a refugee status")."""
        rule = self.lex.extra["senses"]["held_people"]
        heads = [obj]
        if _lemma(obj) in rule["quantity_heads"] or obj.lower_ in rule["quantity_heads"]:
            heads += _prep_objects(obj, rule["part_preps"])  # "hundreds of prisoners"
        persons = self.lex.extra["senses"]["captive_release"]
        return any(_lemma(h) in rule["group_heads"] or h.lower_ in rule["group_heads"]
                   or self._person_like(h, persons) or (
                       self.actors.sector([h]) is not None and h.lower_ not in rule["institutions"]
                       and _lemma(h) not in rule["institutions"]) for h in heads)

    def _published(self, tok: Token) -> bool:
        """``tok`` releases a work, not captives (``publication`` in plover.json): its object is
        a work ("released a video"), a pronoun standing for the work its conjoined verb took
        ("obtained the messages and released them"), or a pronoun released publicly or online."""
        works, rule = self.lex.extra["non_captives"], self.lex.extra["senses"]["publication"]
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ == "conj" and any(o.tag_ == "PRP" for o in objects):
            objects += [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += _work_parts(objects, self.lex.extra["senses"]["part_nouns"])
        if any(_lemma(o) in works or o.lower_ in works for o in objects):
            return True  # ("released its findings": the list holds the plural)
        return all(o.tag_ == "PRP" for o in objects) and any(  # "released them publicly" (but
            c.dep_ == "advmod" and c.lower_ in rule["adverbs"] for c in tok.children)  # prisoners)

    def _person_like(self, tok: Token, rule: dict[str, Any]) -> bool:
        """``tok`` may name people: anything but a common noun or a neuter pronoun that is no
        person's (``captive_release``: names, numbers and personal pronouns are kept)."""
        if tok.ent_type_ in rule["person_entities"]:
            return True
        if tok.pos_ == "PRON":
            return tok.lower_ not in rule["neuter_pronouns"]
        if tok.pos_ != "NOUN":
            return True  # a name, a number, a misparse: left to the other rules
        lemma = _lemma(tok)
        return lemma in rule["person_heads"] or tok.lower_ in rule["person_heads"] or any(
            tok.lower_.endswith(s) for s in rule["person_suffixes"])

    def _thing_released(self, trig: _Trigger) -> bool:
        """A release whose every patient names no person is a work published or a substance
        let out, not captives freed (``captive_release`` in plover.json; CAMEO 0841)."""
        rule = self.lex.extra["senses"]["captive_release"]
        tok = trig.token
        if _lemma(tok) not in rule["verbs"] or trig.category not in rule["categories"]:
            return False
        deps = ("dobj", "nsubjpass") if trig.kind == "verb" else ("compound",)
        patients = [c for c in tok.children if c.dep_ in deps]
        if trig.kind != "verb":
            patients += [c for c in tok.children if c.dep_ == "poss"]
            patients += _prep_objects(tok, ("of",))
        patients += [c for p in patients for c in p.conjuncts]
        inner = [o for p in patients for o in _prep_objects(p, ("of",))]  # "hundreds of …"
        return bool(patients) and not any(self._person_like(p, rule) for p in patients + inner)

    def _strength_not_force(self, trig: _Trigger) -> bool:
        """A verb of making stronger whose theme is no armed body and no noun of force is
        the everyday sense ("strengthened bond among Islamic nations"), no build-up of
        forces (``force_building`` in plover.json; CAMEO 150)."""
        rule = self.lex.extra["senses"]["force_building"]
        tok = trig.token
        if _lemma(tok) not in rule["verbs"] or trig.category not in rule["categories"] or \
                trig.words != tok.text:
            return False
        themes = [c for c in tok.children if c.dep_ in rule["theme_deps"]]
        if not themes and tok.dep_ in ("acl", "amod"):
            themes = [tok.head]  # "a strengthened middle class"
        if not themes:  # intransitive: "Hezbollah and Syria are strengthening" builds up
            themes = [c for c in tok.children if c.dep_ == "nsubj"]  # (a state or a group
            if any(self._is_actor(t) for t in themes):  # grows stronger); "relations have
                return False  # strengthened" does not
        themes += [c for t in themes for c in t.conjuncts]
        themes += [o for t in themes for o in _prep_objects(t, ("of",))]  # "the capability of"
        if not themes:
            return False
        themes += _prep_objects(tok, ("with",))  # "the palace was reinforced with police"
        words = [m for t in themes for m in (t, *(c for c in t.children
                                                  if c.dep_ in rule["modifier_deps"]))]
        if any(w.lower_ in self.lex.cooperative_objects for w in words) and \
                self.modality(trig)[0] == "intent":
            return False  # "China is ready to strengthen cooperation": an intent to
            # cooperate, which the intent rule codes AGREE (CAMEO 03)
        return not any(_lemma(w) in rule["forces"] or w.lower_ in rule["forces"]
                       for w in words) and not any(
            self.actors.sector(list(t.subtree)) in rule["sectors"] for t in themes)

    def _verb_ok(self, trig: _Trigger) -> bool:
        """A verb that also reports speech ("recalled that …", "warned that …") is an event
        verb only with an object, not with a that-clause alone (except threats and warnings);
        some verbs need a dependent to be an event ("fired on …", not "minister fired"), and
        releasing a video is not releasing captives."""
        tok = trig.token
        lemma = _lemma(tok)
        children = list(tok.children)  # read once for the rules below
        prt = " ".join(_lemma(c) for c in children if c.dep_ == "prt")  # "took over"
        needs = self.lex.extra["requires"].get(lemma if trig.words == tok.text else f"{lemma} {prt}")
        if needs is not None:
            have = {c.dep_ for c in children if c.pos_ != "SCONJ"} | {
                f"prep:{c.lower_}" for c in children if c.dep_ == "prep"}
            subj, _ = self._subject(tok)
            if any(h.tag_ in ("NNS", "NNPS") or h.lower_ in ("they", "we") or
                   any(c.dep_ == "conj" for c in h.children) for h in subj):
                have.add("subj:plural")
            if not have & needs:
                return False
        if trig.category == "RETREAT" and (self._published(tok) or self._thing_released(trig)):
            return False
        if self._strength_not_force(trig):
            return False
        sen = self.lex.extra["senses"]
        if tok.dep_ in ("csubj", "csubjpass"):
            return False  # "denying them citizenship violated …": a clause as subject
        homographs = sen["adjective_homographs"]
        if tok.pos_ == "ADJ" and tok.tag_ in homographs["tags"] and (
                lemma in homographs["lemmas"] or tok.lower_ in homographs["lemmas"]):
            return False  # "offices were close to the site", "a close race": the adjective
        if lemma in sen["attempt_verbs"] and trig.words == tok.text and any(
                c.dep_ == "xcomp" for c in children) and not any(
                c.dep_ == "dobj" for c in children):
            return False  # "sought to justify the occupation": an attempt, no request
        kids = {c.dep_ for c in children}
        if (lemma in sen["stance_participles"] or tok.lower_ in sen["stance_participles"]) and (
                (tok.dep_ == "acl" and "agent" not in kids) or (
                tok.tag_ == "VBN" or tok.lower_ in sen["stance_participles"]) and not kids & {
                "dobj", "aux", "auxpass", "agent"} and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in children)):
            return False  # "campaigners opposed to the expansion": a stance, not an act
        if trig.category != "THREATEN" and self._quote_tag(tok):
            return False  # '"… loopholes," Obama objected': the verb only tags a quotation
        if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and not any(
                c.dep_ in ("aux", "auxpass") for c in children):
            return False  # "the council, which approves all candidacies": a standing role
        if lemma in sen["question_verbs"] and any(
                (c.dep_ in ("ccomp", "advcl") and (any(
                    m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
                                        or c.doc[c.left_edge.i].tag_ in ("WRB", "WP", "WDT")))
                or (c.dep_ == "prep" and c.lower_ == "about")
                or (c.dep_ == "dobj" and _lemma(c) == "question") for c in children) or (
                lemma in sen["question_verbs"] and "?" in self._sent_text(tok.sent)):
            return False  # "asked Obama how he saw …": a question, not a request
        if self._cause_blamed(tok):
            return False  # "blamed the delay on the need to switch payments": a cause
        pleas = sen["legal_pleas"]
        if lemma in pleas["verbs"] and any(
                g.lower_ in pleas["words"] for c in children for g in (c, *c.children)
                if g.dep_ in ("acomp", "oprd", "advmod", "dobj", "xcomp", "ccomp", "neg", "npadvmod")):
            return False  # "pleaded guilty to murder charges": a plea in court, no appeal
        if trig.category == "REJECT" and any(
                c.dep_ == "xcomp" and _lemma(c) in sen["comment_verbs"] for c in children):
            return False  # "declined to comment": no statement (CAMEO 01, dropped by PLOVER)
        node = tok
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if node.dep_ == "xcomp" and _lemma(node) in sen["comment_verbs"] and \
                _lemma(node.head) in ("decline", "refuse"):
            return False  # "declined to confirm or deny the reports"
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and self.lex.quad.get(trig.category) == 1 \
                and not self._is_actor(tok.head):
            return False  # "the lowest rate of VAT permitted by the EU": a rule described
        if tok.dep_ == "ccomp" and tok.tag_ in ("VBZ", "VBP") and _lemma(tok.head) in \
                sen["belief_verbs"] and not any(c.dep_ in ("aux", "auxpass") for c in children):
            return False  # "79% find that Bush overly pressures …": a view of habits
        if lemma in sen["stative_verbs"] and tok.tag_ in ("VBZ", "VBP") and not any(
                c.dep_ in ("aux", "auxpass") for c in children):
            return False  # "a US base occupies Diego Garcia": a state, not an act
        if lemma in sen["question_verbs"] and tok.sent.start > 0 and "?" in \
                tok.doc[max(0, tok.sent.start - 3):tok.sent.start].text:
            return False  # '"How can Sudan …?" Amnesty officials asked.'
        if lemma == "warn" and trig.category == "THREATEN":
            for comp in (c for c in children if c.dep_ == "ccomp"):
                subj = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj and subj[0].pos_ in ("NOUN", "PROPN") and not self._is_actor(subj[0]):
                    return False  # "warned the government that problems … could": a forecast
                if comp.lemma_ == "be" and any(k.dep_ in ("attr", "acomp") for k in comp.children) \
                        and not any(k.dep_ == "aux" for k in comp.children):
                    return False  # "'Afghanistan is a 20-year venture' warns …": a judgement
        if "dobj" not in {c.dep_ for c in children} and any(
                _lemma(p) in sen["classes"]["offices"] or self.actors.sector([p]) in OFFICE_SECTORS
                for p in _prep_objects(tok, sen["office_preps"])):
            return False  # "will take over as Temporary Mayor": an office taken
        if lemma in sen["opinion_verbs"] and (self._opinion(tok) or any(
                c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in sen["opinion_modals"]
                                          for a in c.children) for c in children)):
            return False  # "agrees that there is alienation": an opinion, not an agreement
        if lemma in sen["admission_verbs"] and any(
                c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.left_edge.tag_ == "VBG")
                for c in children):  # (a gerund: "concedes having met them")
            return False  # "conceded that he would need to work hard": an admission, whatever
            # the clause's mood ("agreed that talks would resume" stays AGREE)
        if self._kept_object_fails(trig, sen["kept_objects"]):
            return False  # "assured investors that …", "struck down two California laws",
            # "the proposed changes", "is required to tell the truth"
        if lemma in sen["opinion_verbs"] and any(
                _lemma(p) in sen["classes"]["views"] for p in _prep_objects(tok, ("with",))):
            return False  # "the Dutch agree with the position that …": an opinion
        if lemma == "warn" and any(c.dep_ == "xcomp" and _lemma(c) in sen["advice_verbs"]
                                   for c in children):
            return False  # "warned Australians to exercise caution": advice, not a threat
        if lemma in self.lex.speech and trig.category not in ("THREATEN",):
            kids = {c.dep_ for c in children}
            if "ccomp" in kids and not kids & {"dobj", "dative", "xcomp"}:
                return False
        return True

    def _kept_object_fails(self, trig: _Trigger, kept: dict[str, Any]) -> bool:
        """The verb is used in a sense that ``kept_objects`` declares no event: a reassurance
        (no commitment in its that-clause), a particle making another verb, a participle
        modifying a noun, a need stated in the passive or without an actor, a discharge from
        hospital, a signing into law."""
        tok, lemma = trig.token, _lemma(trig.token)
        alone = trig.words == tok.text
        assurance = kept["assurance"]
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        if lemma in assurance["verbs"] and alone and comps and not any(
                a.dep_ == "aux" and a.lower_ in assurance["commitment_aux"]
                for c in comps for a in c.subtree):
            return True  # "assured investors that the government has placed security on its
            # top priority"; "assured Australia that Indonesia would cooperate" is a commitment
        if alone and any(c.dep_ in ("prt", "advmod") and c.lower_ in
                         kept["particle_senses"].get(lemma, ()) for c in tok.children):
            return True  # "struck down two California laws", "the OAS struck back saying …"
        mods = kept["modifier_participles"]
        if lemma in mods["verbs"] and tok.dep_ in mods["deps"] and tok.tag_ in ("VBN", "VBD", "JJ"):
            return True  # "the proposed changes", "alleged support for terrorism"
        if lemma in kept["needs"]["verbs"]:
            subj, _ = self._subject(tok)
            if any(c.dep_ == "auxpass" for c in tok.children) or tok.dep_ in ("acl", "amod") or \
                    not subj or not all(self._is_actor(h) for h in subj):
                return True  # "they are required to tell the truth": a rule, no demand
        places = kept["release_places"]
        if lemma in places["verbs"] and any(
                _lemma(p) in places["places"] for p in _prep_objects(tok, places["preps"])):
            return True  # "was released from the hospital today"
        law = kept["law_preps"]
        if lemma in law["verbs"] and any(
                _lemma(p) in law["objects"] for p in _prep_objects(tok, law["preps"])):
            return True  # "signed into law a new minimum wage"
        return self._own_decision_approved(trig, kept["approvals"])

    def _own_decision_approved(self, trig: _Trigger, approvals: dict[str, Any]) -> bool:
        """Approving or ratifying what is no international agreement and no one put in
        office (``kept_objects.approvals``): a body's own decision ("The Israeli cabinet
        approved Sharon's plan", "the General Assembly approved the resolution")."""
        tok = trig.token
        if _lemma(tok) not in approvals["verbs"] or trig.category not in approvals["categories"]:
            return False
        objs = [tok.head if tok.dep_ == "relcl" and c.lower_ in ("that", "which") else c
                for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]  # ("two
        # conventions that Japan has ratified": the relative word stands for its noun)
        if not objs and tok.dep_ in ("acl", "amod"):
            objs = [tok.head]  # "a plan approved by the cabinet"
        return bool(objs) and not any(
            _lemma(o) in approvals["agreements"] or o.lower_ in approvals["agreements"]
            or o.ent_type_ in ("PERSON", "NORP", "GPE") or o.pos_ == "PRON" for o in objs)

    def _cause_blamed(self, tok: Token) -> bool:
        """Blame laid on a thing, not on someone (``cause_blame`` in plover.json): "blamed
        the loss on a variety of factors", "shortages blamed on the worst harvest" explain a
        cause; "blamed the attack on al-Qaeda", "on Samak's leadership" accuse."""
        rule = self.lex.extra["senses"]["cause_blame"]
        if _lemma(tok) not in rule["verbs"]:
            return False
        laid = [tok, *(o for o in tok.children if o.dep_ == "dobj")]  # ("the delay on …":
        causes = [c for v in laid for p in _prep_objects(v, rule["preps"])  # the parser's
                  for c in (p, *p.conjuncts)]                              # attachment)
        words = [t for c in causes for t in (*c.doc[c.left_edge.i:c.i + 1],  # its modifiers
                                             *_prep_objects(c, ("of",)))]  # and of-phrase
        return bool(causes) and not any(self._is_actor(t) or t.pos_ == "PROPN" for t in words)

    @staticmethod
    def _quote_tag(tok: Token) -> bool:
        """A verb whose subject follows a closing quotation mark and that takes no object or
        prepositional phrase only says who spoke the quotation ('"…," Obama objected')."""
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subj or subj[0].i > tok.i or any(
                c.dep_ in ("dobj", "dative", "iobj", "prep", "agent") for c in tok.children):
            return False
        j = subj[0].left_edge.i - 1
        doc, first = tok.doc, tok.sent.start
        while j >= first and doc[j].text == ",":
            j -= 1
        return j >= first and doc[j].tag_ == "''"

    def _interview(self, trig: _Trigger) -> bool:
        """Talks whose only partner is a news medium or reporters ("discussed the situation
        with the BBC", "spoke to reporters"): an interview, not a consultation."""
        media = self.lex.extra["senses"]["media"]
        verb = trig.token if trig.kind == "verb" else clause_verb(trig.token)
        partners = [p for v in {verb, trig.token} for p in _prep_objects(v, ("with", "to"))]
        partners = partners or [c for c in verb.children  # "met reporters"
                                if c.dep_ == "dobj" and c.i != trig.token.i]
        return bool(partners) and all(
            _lemma(p) in media or p.lower_ in media or _ent_span_text(p) in media
            for p in partners)

    def _recipient(self, trig: _Trigger) -> bool:
        """Someone the act is given to, done with or taken from ("granted asylum to five
        officers", "cut links with them"), even where no actor code is known."""
        verb = trig.token if trig.kind == "verb" else clause_verb(trig.token)
        for v in (verb, trig.token):
            for c in v.children:
                if c.dep_ in ("dative", "iobj") or (c.dep_ == "dobj" and self._is_actor(c)):
                    return True
                if c.dep_ == "prep" and c.lower_ in ("to", "for", "with", "from", "against",
                                                     "on", "toward", "towards"):
                    objs = [p for p in c.children if p.dep_ == "pobj"] or [
                        t for t in c.doc[c.i + 1:c.i + 6] if t.pos_ in ("NOUN", "PROPN")][:1]
                    if any(self._is_actor(p) for p in objs):  # (a preposition left bare by
                        return True                           # the parser: its next noun)
        return False

    @staticmethod
    def _opinion(tok: Token) -> bool:
        """A that-clause in the indicative and nothing else: the verb states a view."""
        kids = {c.dep_ for c in tok.children}
        if kids & {"dobj", "xcomp", "dative", "prep"}:
            return False
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        return bool(comps) and not any(
            c.tag_ == "VB" or any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children)
            for c in comps)

    def _is_actor(self, tok: Token) -> bool:
        """A person, group, organization or state ("the delegation", "Putin", "them")."""
        if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        actor = self.actors.code_np(tok, deep=False)[0]
        return actor.code is not None or actor.sector is not None

    def _sense(self, trig: _Trigger) -> _Trigger | None:
        """The everyday senses of trigger verbs, by their object (``senses`` in plover.json):
        "gave a speech", "sent a message", "offered condolences" and "received a vote" are no
        events; a stop verb is SANCTION over cooperation ("halted aid"), REJECT over a meeting
        ("cancelled the visit"), RETREAT over the actor's own conflict ("called off the
        strike"), nothing over someone else's conflict or a speech ("ended an uprising",
        "cancelled his speech") and SANCTION otherwise ("suspended imports")."""
        tok = trig.token
        if trig.kind != "verb" or trig.obj is not None:
            return trig
        sen = self.lex.extra["senses"]
        lemma = _lemma(tok)
        children = list(tok.children)  # read once for the rules below
        prt = " ".join(_lemma(c) for c in children if c.dep_ == "prt")
        if trig.words == tok.text and prt in sen["phrasal_senses"].get(lemma, ()):
            return None  # "gave up his uniform": relinquished, no aid
        reading = self._manual_reading(trig)
        if reading is not None:  # "apologized", "attack the government", "offers new hopes"
            return None if reading[1] is None else replace(
                trig, category=reading[1][0], cameo=reading[1][1], mode=reading[1][2])
        objs = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children):
            # a bare participle is said of the noun before it ("Executive Order 12810,
            # signed by …")
            objs.append(tok.head if tok.dep_ == "acl" else next(
                (c for c in tok.head.children if c.dep_ == "dobj"), tok.head))
        objs += [p for c in children if c.dep_ == "prep" and trig.words == f"{tok.text} {c.text}"
                 and f"{lemma} {c.lower_}" in sen["stop_verbs"]  # "called off its search"
                 for p in c.children if p.dep_ == "pobj"]         # (off parsed as a preposition)
        objs += _work_parts(objs, sen["part_nouns"])
        words = {w for o in objs for w in (_lemma(o), o.lower_,  # ("the first stage of the
                                           " ".join(t.lower_ for t in _compounds(o)),  # railroad")
                                           " ".join(t.lower_ for t in _compounds(o)[-2:]))}
        if words & sen["generic_objects"] or (tok.dep_ in ("relcl", "ccomp") and
                                               tok.head.lower_ in sen["generic_objects"]):
            return None  # "will do whatever Washington asks of it": generic, not reported
        if lemma in sen["contest_verbs"] and self._contest(tok):
            return None  # "won the election, beating a Social Democratic government"
        if lemma in sen["partner_verbs"] and trig.category in ("AGREE", "SUPPORT") and \
                trig.words == tok.text and self._domestic_object(trig, objs):
            return None  # "proposes legalization of same-sex marriages": no partner

        def has(cls: str) -> bool:
            return bool(words & sen["classes"][cls])

        left = {w for o in _prep_objects(tok, ("from", "of", "for")) for w in (_lemma(o), o.lower_)}
        if any((cls == "any" and objs) or (cls != "any" and (has(cls) or left & sen["classes"][cls]))
               for cls in sen["not_with"].get(lemma, ())):  # ("withdrew from the race",
            # "fighting for the right of exiles")
            return None  # ("demonstrated its opposition": showed it)
        withs = _prep_objects(tok, ("with",))
        withs += [p for o in withs for p in _prep_objects(o, ("of",))]  # "two sets of …"
        if self._media_partner(lemma, withs):
            return None  # "discussed his findings with Wikinews": an interview
        given = {w for o in withs for w in (_lemma(o), o.lower_)}
        for cls, (category, cameo, mode) in sen["object_senses"].get(lemma, ()):
            if has(cls) or given & sen["classes"][cls]:  # "blocked several Ukrainian
                # vessels": a blockade; "provided the government with coordinates": shared
                return replace(trig, category=category, cameo=cameo, mode=mode)
        deadline = sen["deadlines"]
        if lemma in deadline["ultimatum_verbs"] and self._deadline_of(tok) and any(
                c.dep_ in ("advcl", "xcomp") for c in children):
            return replace(trig, category=deadline["code"][0], cameo=deadline["code"][1],
                           mode=deadline["code"][2])  # "gave Iran until August 31 to halt …"
        if self._verbal_attack(trig, words):
            return replace(trig, category=sen["verbal_attack"]["code"][0],
                           cameo=sen["verbal_attack"]["code"][1], mode=sen["verbal_attack"]["code"][2])
        informs = sen["alert_informs"]
        if lemma in informs["verbs"] and trig.words == tok.text and any(
                _prep_objects(t, informs["preps"]) for t in (tok, *objs)) and not any(
                self.actors.sector([o]) in informs["keep_sectors"] for o in objs):
            return None  # "Taiwan only alerted the U.S. of the error": told, no mobilization
        if lemma in sen["only_actors"] and trig.words == tok.text and objs and not any(
                self._is_actor(o) for o in objs):
            return None
        if trig.category == "THREATEN" and lemma == "warn" and not objs and not any(
                c.dep_ in ("ccomp", "xcomp", "dative") for c in children):
            about = _prep_objects(tok, ("of", "about"))
            forecasts = sen["classes"]["forecasts"]
            if about and all(_lemma(p) in forecasts or " ".join(
                    t.lower_ for t in _compounds(p)) in forecasts for p in about):
                return None  # "warned of a worsening of the situation": a forecast, no threat
        given = self._entitlement_given(trig)
        if given == "entitlements":
            return None  # "gave Canada the right to impose tariffs": a status, no aid
        if given == "clemency":  # "granted X a full pardon", the pardon read as apposition
            code = sen["entitlements_given"]["code"]
            return replace(trig, category=code[0], cameo=code[1], mode=code[2])
        stop = f"{lemma} {prt}" if prt and f"{lemma} {prt}" in sen["stop_verbs"] else lemma
        if stop in sen["completions"]["verbs"] and words & sen["completions"]["objects"]:
            return None  # "Italian President ends visit to Ghana": the visit ran its course
        if stop in sen["stop_verbs"] and words & sen["election_campaigns"]:
            return None  # "Warren ends US presidential campaign": a candidate stands down
        if stop in sen["stop_verbs"] and trig.category in ("SANCTION", "CONCEDE"):
            if words & set(self.lex.cooperative_objects):
                return trig
            for cls, entry in sen["stop_categories"].items():
                if has(cls):
                    return None if entry is None else replace(
                        trig, category=entry[0], cameo=entry[1], mode=entry[2])
        return trig

    def _manual_reading(self, trig: _Trigger) -> tuple[str, list[str | None] | None] | None:
        """The pattern of ``manual_readings`` or ``everyday_readings`` (plover.json) that
        matches a one-word verb trigger, with the code it puts in place of the lexicon's (None:
        no event): an apology is CONCEDE by the manual, an attack on the government or a rival is
        criticism (ACCUSE), an offer of hopes or a stance and a government "returned to power"
        are no event; None when no pattern matches."""
        if trig.words != trig.token.text:
            return None  # "hit out at", "gave up": the phrasal senses decide
        for sense in ("manual_readings", "everyday_readings",  # plover68: election returns
                      "decrease_readings"):  # plover76: "population declines"
            outcomes = self.lex.extra["senses"][sense]["outcomes"]
            for name, _ in self._named_sense_matches(sense, trig.token):
                return name, outcomes[name]
        return None

    def _non_actor_object(self, trig: _Trigger) -> str | None:
        """The ``non_actor_objects`` pattern (plover.json, plover73) that finds the trigger's
        object or complement to be no actor but the speaker's own position ("stood by his
        claim": POSITION_KEPT) or a question of policy ("an inquiry into the feasibility of
        nuclear power": QUESTION_INQUIRY): no event; None when no pattern matches ("stands by
        the people of Mumbai", "an investigation into the funding of extremists")."""
        for name, _ in self._named_sense_matches("non_actor_objects", trig.token):
            return name
        return None

    def _regulated_activity(self, trig: _Trigger) -> str | None:
        """The ``regulated_activities`` pattern (plover.json, plover84) under which a ban or a
        ruling-out has a trade or an everyday activity for its object ("bans sale of violent
        video games", "ruled out uranium mining", "a ban on fishing"): conduct regulated at
        home, no event between actors.  None where no pattern matches, or where the activity's
        to-, from- or with-phrase names a country, a people or an organisation ("banned the
        sale of weapons to" a state: an embargo)."""
        rule, doc = self.lex.extra["senses"]["regulated_activities"], trig.token.doc
        for name, ids in self._named_sense_matches("regulated_activities", trig.token):
            activity = doc[ids[-1]]
            if not any(p.dep_ == "prep" and p.lower_ in rule["foreign_preps"] and any(
                    o.ent_type_ in rule["foreign_entities"] for o in p.subtree)
                    for a in (activity, *activity.conjuncts) for p in a.children):
                return name
        return None

    def _commercial_act(self, trig: _Trigger) -> str | None:
        """The ``commercial_acts`` pattern (plover.json, plover84) under which a sale, purchase
        or closure has a business asset for its object ("to sell its Polish branch", "will
        close operations in Australia"): a commercial transaction, no event between political
        actors; None where no pattern matches."""
        for name, _ in self._named_sense_matches("commercial_acts", trig.token):
            return name
        return None

    def _neighbour_reading(self, trig: _Trigger, category: str
                           ) -> tuple[str, tuple[str, str, str | None]] | None:
        """The pattern of ``neighbour_readings`` (plover.json) that matches at the trigger and
        corrects its ``category``, with the pattern's name and the code CAMEO2PLOVER-2021 and
        the PLOVER manual give the act: an actor's own protest or labour strike called off or
        ended eases dissent, CONCEDE 082, not a military de-escalation (RETREAT 087); and of
        ``neighbour_objects`` (plover82): withdrawing from talks (164) or a treaty or programme
        (16) is SANCTION, not RETREAT; None when no pattern for the category matches."""
        # plover82: the object decides ("withdrew from the talks", "from the treaty": SANCTION,
        # not RETREAT); plover96: "send another aircraft carrier" MOBILIZE, not AID;
        # plover124: "dispatched helicopters and 500 troops", "sending gendarmes", "test
        # firing dozens of missiles": MOBILIZE, not AID or ASSAULT
        return self._sense_outcome(trig, category, ("neighbour_readings", "neighbour_objects",
                                                    "neighbour_assets", "neighbour_forces"))

    def _sense_outcome(self, trig: _Trigger, category: str, senses: Sequence[str],
                       holds: Callable[[str, dict[str, Any]], bool] | None = None
                       ) -> tuple[str, tuple[str, str, str | None]] | None:
        """The first pattern of ``senses`` (in order) that matches at the trigger, whose
        ``applies_to`` names ``category`` and for which ``holds(name, rule)`` (when given) is
        true, with its name and its ``outcomes`` code; None when none matches: the one reading
        of the category-correcting senses."""
        for sense in senses:
            rule = self.lex.extra["senses"][sense]
            for name, _ in self._named_sense_matches(sense, trig.token):
                if category in rule["applies_to"][name] and (holds is None or holds(name, rule)):
                    return name, tuple(rule["outcomes"][name])
        return None

    def _announced_concession(self, trig: _Trigger, category: str
                              ) -> tuple[str, tuple[str, str, str | None]] | None:
        """The pattern of ``announced_concessions`` (plover.json, plover96) that finds an
        intended RETREAT trigger to be a withdrawal of troops or from a place ("announces troop
        withdrawal from Syria", "will withdraw its troops"), with its name and code: the PLOVER
        manual's CONCEDE ("announced (not carried out) ceasefires or withdrawals"), not the AGREE
        of the intent rule; None when none matches."""
        return self._sense_outcome(trig, category, ("announced_concessions",))

    def _neighbour_complement(self, trig: _Trigger, category: str, srcs: Sequence[Actor]
                              ) -> tuple[str, tuple[str, str, str | None]] | None:
        """The pattern of ``neighbour_complements`` (plover.json, plover91) that matches at the
        trigger and corrects its ``category``, with the pattern's name and its code: a capture
        of people by state forces is an arrest (COERCE 173, not ASSAULT), a harmful act vowed
        under an if- or unless-condition a threat (THREATEN, not AGREE).  A pattern named in
        ``checked`` holds only where its check passes (``captured_people``: the captured are
        people by held_people's test, no place, and no coded source is an armed group); None
        when none matches."""
        rule = self.lex.extra["senses"]["neighbour_complements"]
        for name, _ in self._named_sense_matches("neighbour_complements", trig.token):
            if category not in rule["applies_to"][name]:
                continue
            if rule["checked"].get(name) == "captured_people" and not self._captured_people(
                    trig.token, srcs, rule):
                continue
            return name, tuple(rule["outcomes"][name])
        return None

    def _neighbour_view(self, trig: _Trigger, category: str
                        ) -> tuple[str, tuple[str, str, str | None]] | None:
        """The pattern of ``neighbour_views`` (plover.json, plover107) that matches at the
        trigger and corrects its ``category``, with its name and code: agreeing with a person,
        a body or their view ("agreed with the Russian President on this point") is assent to
        an opinion, SUPPORT 051 (endorse), not AGREE.  A pattern named in ``checked`` as
        ``no_commitment`` holds only where the agreement names no act to be done
        (_no_commitment); None when none matches."""
        return self._sense_outcome(
            trig, category, ("neighbour_views",),
            lambda name, rule: rule["checked"].get(name) != "no_commitment"
            or self._no_commitment(trig.token, rule))

    @staticmethod
    def _no_commitment(verb: Token, rule: dict[str, Any]) -> bool:
        """``verb`` (an agreement) names no act to be done: no child in ``commitment_deps``
        (a to-infinitive, a that-clause, an adverbial clause, an object: "agreed with X to
        conduct", "that they would dismantle", "agreed a ceasefire") and no prepositional
        phrase of ``commitment_preps`` whose noun is outside ``view_nouns`` ("agreed with X on
        a deal"; "on this point" is a view)."""
        for child in verb.children:
            if child.dep_ in rule["commitment_deps"]:
                return False
            if child.dep_ == "prep" and child.lower_ in rule["commitment_preps"] and not any(
                    g.dep_ == "pobj" and g.lower_ in rule["view_nouns"] for g in child.children):
                return False
        return True

    def _captured_people(self, verb: Token, srcs: Sequence[Actor], rule: dict[str, Any]
                         ) -> bool:
        """``verb`` (a capture) took people, not a thing ("captured an airfield") nor a place
        (a territory "captured by" a state), and none of ``srcs`` is an armed group, a rebel
        or an opposition actor (their capture of people is an abduction, ASSAULT 181)."""
        if any(a.sector in rule["armed_group_sectors"] or a.code in rule["armed_group_codes"]
               for a in srcs):
            return False
        taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ == "acl":
            taken.append(verb.head)  # "15 Royal Navy sailors captured at gunpoint by …"
        elif not taken and verb.dep_ in ("xcomp", "advcl", "conj"):  # "he … until captured
            taken = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # by"
        return bool(taken) and all(self._may_be_held(t) and t.ent_type_ not in
                                   rule["place_entities"] for t in taken)

    def _entitlement_given(self, trig: _Trigger) -> str | None:
        """Which kind of entitlement (``entitlements_given``: ``entitlements``, a right;
        ``clemency``, a pardon) an aid verb hands over, wherever the parser put it ("gave gay
        couples many of the rights", "granted X a pardon" read as apposition); None when it
        gives something else. A right or a pardon is a status, not the resources of CAMEO 07."""
        rule = self.lex.extra["senses"]["entitlements_given"]
        if trig.category not in rule["categories"]:
            return None
        for ids in self._sense_matches("entitlements_given", trig.token):
            given = _lemma(trig.token.doc[ids[-1]])
            return "clemency" if given in rule["clemency"] else "entitlements"
        return None

    def _cancelled_engagement(self, trig: _Trigger) -> bool:
        """A verb of ``cancelled_ties`` coded SANCTION (no meeting, conflict or liberty class
        took it) whose objects name no tie to another actor: no cooperative object nor
        ``kept`` agreement in their phrases ("cancels all military, political agreements"
        keeps its appositive), so the actor's own engagement or measure ("cancelled the
        in-person Republican National Convention", "cancelling elective surgery"), no sanction.
        Decided on the kept trigger, so what it cancelled is not coded in its place."""
        tok = trig.token
        rule = self.lex.extra["senses"]["cancelled_ties"]
        if trig.kind != "verb" or _lemma(tok) not in rule["verbs"]:
            return False
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ in ("acl", "amod"):
            objs.append(tok.head)  # "the now-cancelled deal", "the trip, cancelled in May"
        ties = rule["kept"] | set(self.lex.cooperative_objects)
        return not any(_lemma(t) in ties or t.lower_ in ties for o in objs for t in o.subtree)

    def _deadline_of(self, tok: Token) -> bool:
        """``tok`` carries a deadline phrase ("until midday", "till Friday")."""
        return any(c.dep_ == "prep" and c.lower_ in self.lex.extra["senses"]["deadlines"]["preps"]
                   for c in tok.children)

    def _deadline(self, verb: Token) -> bool:
        """An act under a deadline (``deadlines`` in plover.json) is still due: "has until
        midday on Tuesday to agree" (the parser hangs the deadline on "has" as an auxiliary
        or as the governor), "gave Iran until August 31 to halt its programme"."""
        rule = self.lex.extra["senses"]["deadlines"]
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        govs = [c for c in verb.children if c.dep_ == "aux" and _lemma(c) in rule["governors"]]
        if verb.dep_ in ("advcl", "xcomp") and _lemma(verb.head) in rule["governors"]:
            govs.append(verb.head)
        return any(self._deadline_of(g) for g in govs)

    def _verbal_attack(self, trig: _Trigger, words: set[str]) -> bool:
        """An attack in words (``verbal_attack`` in plover.json), criticism (CAMEO 111), not
        force: on a policy, record or stance ("attacked Labor's nuclear policy"), with a
        reason or a label ("attacked the government for voting against …", "attacked his
        rival as 'a joke'") or an adverb of speech ("editorially attacked")."""
        rule, tok = self.lex.extra["senses"]["verbal_attack"], trig.token
        if _lemma(tok) not in rule["verbs"] or trig.words != tok.text:
            return False
        if words & rule["objects"] or any(c.dep_ == "advmod" and c.lower_ in rule["adverbs"]
                                          for c in tok.children):
            return True
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in rule["preps"]):
            objs = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
            if any(o.dep_ == "pcomp" or o.tag_ in ("JJ", "VBG") or _lemma(o) in rule["objects"]
                   or o.lower_ in rule["objects"] or (prep.lower_ == "as" and o.pos_ == "NOUN")
                   for o in objs):
                return True  # (not "for no reason", "for three weeks": no reason given)
        return self._attack_glossed(tok, rule)

    def _attack_glossed(self, tok: Token, rule: dict[str, Any]) -> bool:
        """An attack glossed by a speech clause (", saying …", "by saying …", "calling him a
        liar") or about an issue ("over the scandal", not "over Gaza"): in words."""
        speech = self.lex.speech | rule["glosses"]
        if any(c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in rule["physical_objects"]
               for c in tok.children):
            return False  # "began attacking government targets, claiming …": force
        for c in tok.children:
            if c.dep_ in ("advcl", "xcomp") and _lemma(c) in speech:
                return True
            if c.dep_ == "prep" and c.lower_ == "by" and any(
                    p.dep_ == "pcomp" and _lemma(p) in speech for p in c.children):
                return True
            if c.dep_ == "prep" and c.lower_ in rule["occasion_preps"] and any(
                    p.dep_ == "pobj" and (_lemma(p) in rule["occasions"] or " ".join(
                        t.lower_ for t in _compounds(p)[-2:]) in rule["occasions"])
                    for p in c.children):
                return True  # "attacked Biden during Democratic debates", "in a speech"
            if c.dep_ == "prep" and c.lower_ in rule["issue_preps"] and any(
                    p.dep_ == "pobj" and p.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
                    and _lemma(p) not in rule["places"] for p in c.children):
                return True
        return False

    def _media_partner(self, lemma: str, withs: list[Token]) -> bool:
        """Talks with a news outlet or journalists (``media_partners`` in plover.json) are
        an interview, no consultation: "discussed his findings with Wikinews"."""
        rule = self.lex.extra["senses"]["media_partners"]
        if lemma not in rule["verbs"] or not withs:
            return False
        for w in withs:
            name = " ".join(t.lower_ for t in _compounds(w))
            if not (self.actors.sector([w]) in rule["sectors"] or name in rule["outlets"]
                    or name.split()[-1] in rule["name_endings"]):
                return False
        return True

    def _campaign_rally(self, noun: Token) -> bool:
        """A rally an election campaign holds (``campaign_rallies`` in plover.json), no
        protest: a campaign's modifier ("campaign rally", "pre-election rally") or a campaign
        in the clause that holds it ("ramped up his campaign, holding up to five rallies")."""
        rule = self.lex.extra["senses"]["campaign_rallies"]
        if noun.lower_ not in rule["nouns"]:
            return False
        mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
        if mods & rule["blockers"]:
            return False  # "a post-election rally", "an anti-Sarah Palin rally"
        if mods & rule["modifiers"]:
            return True
        verb = noun.head if noun.dep_ == "dobj" else None
        clause = [verb, verb.head] if verb is not None and verb.dep_ in (
            "advcl", "conj", "xcomp") else [verb]
        return any(c.dep_ in ("dobj", "nsubj") and c.lower_ in rule["campaign_nouns"]
                   for v in clause if v is not None for c in v.children)

    def _contest(self, tok: Token) -> bool:
        """A win over someone in an election or a match (``contest_cues`` in the verb's
        clause or the clause it qualifies): "won the election, beating the government"."""
        cues = self.lex.extra["senses"]["contest_cues"]
        clause = [tok, tok.head] if tok.dep_ in ("advcl", "conj", "xcomp", "acl") else [tok]
        near = [t for v in clause for t in (v, *v.children, *_prep_objects(v))]
        return any(_lemma(t) in cues or t.lower_ in cues for t in near)

    def _domestic_object(self, trig: _Trigger, objs: list[Token]) -> bool:
        """A verb of cooperation (``partner_verbs``) whose objects are no actor, no act and no
        proposal, with no complement clause and no recipient: a domestic measure
        ("committed £280m to improving school food", "to recognize same-sex unions", "proposed
        to amend the Criminal Code")."""
        tok, sen = trig.token, self.lex.extra["senses"]
        objs = [o for o in objs if o.dep_ in ("dobj", "nsubjpass")]
        comps = [c for c in tok.children if c.dep_ == "xcomp"]
        laws = sen["classes"]["laws"]
        if not objs and comps and all(any(o.dep_ == "dobj" and (_lemma(o) in laws or " ".join(
                t.lower_ for t in _compounds(o)[-2:]) in laws) for o in c.children) for c in comps):
            objs = comps  # "has proposed to amend the Criminal Code": a change of its own law
        elif not objs or any(c.dep_ in ("xcomp", "ccomp", "dative") for c in tok.children):
            return False
        if self._promised_acts(tok):
            return False  # "pledges $150 million in aid": the intent to aid
        for o in objs:
            chain = [o, *_prep_objects(o, ("of",))]
            if any(self._is_actor(t) or _noun_entry(t, self.lex) or _lemma(t) in sen[
                    "classes"]["proposals"] or t.lower_ in sen["classes"]["proposals"]
                   for t in chain):
                return False
        return not any(self._is_actor(p) for p in _prep_objects(tok, (
            "to", "for", "with", "from", "toward", "towards")))  # (not "to improving …")

    def _noun_ok(self, trig: _Trigger) -> bool:
        """An event noun is an event of the sentence, not a mention of a document or topic:
        not a named agreement ("the Minsk agreements"), not inside another noun phrase
        ("implementation of the agreement", "preparations for the summit")."""
        tok = trig.token
        children = list(tok.children)  # read once for the rules below
        if trig.category in ("AGREE", "SUPPORT") and any(
                c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "FAC") for c in children):
            return False
        outer = tok.head.head
        if tok.dep_ == "pobj" and outer.pos_ in ("NOUN", "PROPN") and \
                tok.head.lower_ in ("of", "for", "about", "on", "over", "to", "at", "before",
                                    "after", "since", "during") and not (
                tok.head.lower_ == "of" and (any(c.dep_ == "nummod" for c in outer.children)
                                             or _lemma(outer) in MEASURES)):
            return False
        if tok.dep_ in ("compound", "poss"):
            return False  # "the attack's aftermath": what the phrase is about
        if self._campaign_rally(tok):
            return False  # "holding a pre-election rally": a campaign's, no protest
        sen = self.lex.extra["senses"]
        if _lemma(tok) in sen["only_actors"] and any(
                c.dep_ == "dobj" and not self._is_actor(c) for c in children):
            return False  # "doctrine sanctions the use of …" (a verb parsed as a noun): permits
        address = self.lex.extra["senses"]["address_verbs"]
        if (tok.dep_ in ("dative", "dobj", "iobj") and _lemma(tok.head) in address
                and not self._tendering(tok.head)) or (  # "submitted his resignation": done
                tok.dep_ == "pobj" and tok.head.lower_ in ("to", "before") and
                _lemma(tok.head.head) in address):
            return False  # "told Justice Gomery's federal inquiry that …": a body addressed
        clause = clause_verb(tok)
        if clause.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in self.lex.extra[
                "senses"]["habit_words"] for c in clause.children):
            return False  # "warning calls before blasts are common": a habit, no event
        other = self.lex.extra["senses"]["compound_senses"].get(_lemma(tok), ())
        if any(c.dep_ in ("compound", "amod") and c.lower_ in other for c in children):
            return False  # "in a press release": another thing
        if tok.dep_ == "dobj" and any(c.dep_ == "oprd" for c in tok.head.children):
            return False  # "called the agreement a unique deal": named, not done
        if tok.dep_ == "pobj" and tok.head.lower_ in self.lex.extra["senses"]["occasion_preps"]:
            return False  # "were at the protests", "in protest at the attack": an occasion
        sen = self.lex.extra["senses"]
        if tok.dep_ in ("dobj", "nsubjpass") and _lemma(tok.head) in sen["governor_senses"].get(
                _lemma(tok), ()) and not any(c.dep_ == "acl" or (c.dep_ == "prep" and c.lower_ in (
                    "for", "to")) for c in children):
            return False  # "received a call from Iraq": a telephone call, no appeal
        if tok.dep_ in ("dobj", "nsubjpass") and _lemma(tok.head) in sen["missing_verbs"]:
            return False  # "missed the morning session": it did not take place for him
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and \
                _lemma(tok.head.head) in sen["change_verbs"]:
            return False  # "rose in support": a poll moving
        if trig.category == "THREATEN" and any(
                c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and not self._is_actor(c)
                for c in children):
            return False  # "the global warming threat": a danger, not a threat made
        if tok.dep_ == "pobj" and (tok.head.lower_ in ("on", "about", "regarding", "concerning",
                                                       "against") or tok.head.lower_ in sen[
                "topic_preps"]) \
                and tok.head.head.pos_ == "VERB" and (
                _lemma(tok.head.head) in self.lex.extra["senses"]["comment_verbs"]
                or _lemma(tok.head.head) in self.lex.speech):
            return False  # "declined to comment on the arrests": a topic of speech
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and (
                _lemma(tok.head.head) in sen["reaction_verbs"]
                or tok.head.head.lower_ in sen["reaction_verbs"]):
            return False  # "China and Taiwan react to the rally": what they react to
        if tok.dep_ == "pobj" and _lemma(_governor(tok)) in sen["reference_verbs"]:
            return False  # "referring to the U.S. occupation of Iraq": named, not done
        if trig.category == "RETREAT" and self._thing_released(trig):
            return False  # "the release of the 2008 Year Book": published, no captives freed
        if trig.category in VERBAL and not (
                tok.dep_ in ("dobj", "attr", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")
                and (self._is_light(tok.head) or _lemma(tok.head) in self.lex.verbs
                     or _lemma(tok.head) in ("be", "have", "receive", "deliver", "send", "sign",
                                             "draft", "present", "submit", "accept"))
                or tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX")
                and tok.head.lower_ in ("on", "in", "to", "with")):
            return False  # "threats to security", "challenges and threats": a topic, not an act
        return True

    def _is_light(self, tok: Token) -> bool:
        return _lemma(tok) in self.lex.light or _lemma(tok) in self.lex.speech or \
            self._tendering(tok)

    def _tendering(self, tok: Token) -> bool:
        """A verb that hands over an act noun done by handing it over (``tendered_acts``:
        "submitted his resignation", "offered his apologies") is light: the noun is the event,
        not an offer or a delivery of aid."""
        return tok.pos_ == "VERB" and _lemma(tok) in self.lex.extra["senses"]["tendered_acts"][
            "verbs"] and bool(self._sense_matches("tendered_acts", tok))

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
                if gov.sense is not None and not (gov.obj is not None and (
                        gov.obj.left_edge.i <= c.token.i <= gov.obj.right_edge.i)):
                    continue  # "declared a state of emergency and suspended the constitution":
                    # a measure a sense pattern coded governs only its own object
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
        # "reiterated its demand that Israel ease …": a subjunctive clause is what the noun demands
        nouns = {c.token.head.i for c in kept if c.kind == "noun" and c.category in GOVERNING}
        kept = [c for c in kept if not (
            c.kind == "verb" and c.token.dep_ == "ccomp" and c.token.tag_ == "VB"
            and c.token.head.i in nouns and not any(k.dep_ == "aux" for k in c.token.children))]
        # light-verb triggers (announce, hold) give way to a trigger among their dependents
        final = []
        for c in kept:
            if c.kind == "verb" and self._is_light(c.token) and " " not in c.words and any(
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
    def modality(self, trig: _Trigger) -> tuple[str, bool]:
        """('asserted' | 'intent' | 'obligation' | 'hypothetical', negated?) of a trigger:
        recommended, requested and alleged acts are not coded as done (an attempted attack is:
        CAMEO 185)."""
        lex = self.lex
        verb = trig.token if trig.kind == "verb" else clause_verb(trig.token)
        chain = [verb]
        node = verb
        while node.dep_ in ("xcomp", "conj", "acomp") and node.head.i != node.i:
            if node.dep_ == "conj" and _own_clause(node):
                break  # "would not let … but allowed …": a finite conjunct has its own mood
            node = node.head
            chain.append(node)
        if trig.kind == "noun" and trig.token.dep_ == "pobj" and trig.token.head.head.pos_ == "ADJ":
            chain.append(trig.token.head.head)
        negated = False
        mood = "asserted"
        children = {v.i: list(v.children) for v in chain}  # read once for the rules below
        for below, v in zip([None, *chain], chain, strict=False):
            kids = children[v.i]
            auxes = [k.lower_ for k in kids if k.dep_ in ("aux", "auxpass")]
            if below is not None and below.dep_ == "xcomp" and any(
                    k.dep_ == "aux" and k.lower_ == "to" for k in children[below.i]) and not any(
                    a in lex.hypothetical_aux and a != "would" for a in auxes):
                auxes.append(f"{v.lower_} to")  # "the accord has to be ratified": the parser
                # makes the semi-modal the head, its act the complement (obligation_aux);
                # "may have to rely on" stays a possibility
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
            if v is not verb and v.lower_ in lex.extra["senses"]["reluctance_words"]:
                negated = True  # "seemed afraid to take its military brass to account"
            if any(k.lower_ in lex.intent_adjs and k.dep_ in ("acomp", "amod") for k in kids) and \
                    v.lemma_ == "be":
                mood = "intent"
        negated = negated or self._shared_negation(verb)
        if verb.dep_ == "xcomp" and verb.head.lower_ in lex.intent_adjs:
            mood = "intent"
        for v in chain:
            kids = children[v.i]
            if v.dep_ == "xcomp" and _lemma(v.head) == "be" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in kids) and \
                    _lemma(v) not in lex.extra["senses"]["embedding"]["be_to_idioms"]:
                mood = "intent"  # "Russia was to deliver fuel" ("was to blame" is blame)
            if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
                                         for c in kids):
                mood = "hypothetical"  # "if soldiers were to be pulled out"
            if v.dep_ == "advcl" and v.tag_ in ("VBZ", "VBP") and any(
                    c.dep_ == "mark" and c.lower_ in lex.extra["senses"]["condition_marks"]
                    for c in kids):
                mood = "hypothetical"  # "will not take part until the United States releases
                # the funds": a condition still to be met
            if self._condition(v):
                mood = "hypothetical"  # "if Saddam refused to allow in the UN inspectors"
            if any(c.dep_ == "advcl" and c.lower_ in lex.extra["senses"]["assumption_words"]
                   for c in kids):
                mood = "hypothetical"  # "Assuming the bill passes, Canada will …": the writer's
            if any(c.dep_ == "preconj" and c.lower_ in lex.extra["senses"]["alternative_words"]
                   for c in kids):
                mood = "hypothetical"  # "would either surrender or …": one of two outcomes
            if v.dep_ == "xcomp" and any(c.lower_ in lex.extra["senses"]["yet_words"]
                                         for c in v.head.children):
                negated = True  # "have yet to make a request": not done
        sen = lex.extra["senses"]
        if self._condition(trig.token) or (verb.dep_ == "advcl" and self._condition(verb.head)):
            mood = "hypothetical"  # "conditional upon Iran renouncing", "Were Iran to reject"
        top = chain[-1]
        if top.dep_ in ("acl", "relcl") and top.head.lower_ in lex.intent_nouns and any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children[top.i]):
            mood = "hypothetical"  # "hopes that Burundi can lift …": someone's hope, not an act
        elif top.dep_ in ("acl", "relcl") and top.head.lower_ in lex.intent_nouns:
            mood = "intent"  # "readiness to close links", "plans to deploy"
        elif top.dep_ in ("acl", "relcl") and (top.head.lower_ in sen["unrealised_nouns"]
                                               or top.head.lower_ in sen["entitlement_nouns"]):
            mood = "hypothetical"  # "the recommendation to close the base", "calls to resign"
        elif top.dep_ == "acl" and top.head.dep_ in ("dobj", "nsubjpass") and \
                _lemma(top.head.head) in sen["unrealised_verbs"]:
            mood = "hypothetical"  # "is discussing a draft resolution to send troops"
        if any(_lemma(v) in sen["unrealised_verbs"] and _lemma(v) not in lex.intent_verbs
               for v in chain[1:]):
            mood = "hypothetical"  # "is discussing a resolution to send troops"
        if top.dep_ in ("ccomp", "advcl") and _lemma(top.head) in sen["unrealised_verbs"]:
            mood = "hypothetical"  # "suggested that the troops withdraw"
        if trig.kind == "noun" and trig.token.dep_ in ("dobj", "nsubjpass") and \
                _lemma(trig.token.head) in sen["unrealised_verbs"]:
            mood = "hypothetical"  # "Congress debates Iraq funding", "considered sanctions"
        if any(c.dep_ == "advmod" and c.lower_ in sen["alleged_words"] for v in chain
               for c in children[v.i]) or (trig.kind == "noun" and any(
                c.dep_ == "amod" and c.lower_ in sen["alleged_words"] for c in trig.token.children)):
            mood = "hypothetical"  # "allegedly crossed", "the alleged attack": not asserted
        announced = sen["announced_plans"]
        if trig.kind == "noun" and trig.token.dep_ == "dobj" and _lemma(trig.token) in \
                announced["nouns"] and _lemma(trig.token.head) in announced["governors"]:
            mood = "intent"  # "Assad has announced a two-phase withdrawal": to be carried out
        if trig.kind == "noun" and any(c.dep_ in ("amod", "compound") and c.lower_ in
                                       sen["planned_modifiers"] for c in trig.token.children):
            mood = "hypothetical"  # "the planned visit", "a proposed deal": not done
        if any(c.dep_ == "aux" and c.lower_ == "going" for c in children[verb.i]):
            mood = "intent"
        if verb.dep_ == "ROOT" and verb.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children[verb.i]):
            mood = "intent"  # headline "US to deliver aid to Georgia": a plan
        if any(self._deadline(v) for v in chain):
            mood = "hypothetical"  # "the Hamas government has until midday on Tuesday to
            # agree": an act still due (the parser reads "has … to agree" as a headline's "to")
        if any(t.lower_ in ("never",) for t in children[verb.i]):
            negated = True
        if trig.kind == "verb" and any(c.dep_ == "dobj" and c.lower_ in sen["nothing_words"]
                                       for c in trig.token.children):
            mood = "hypothetical"  # "would accept nothing less than …": a demand, no act
        plan = trig.token if trig.kind == "noun" else top.head
        if mood == "asserted" and plan.dep_ == "dobj" and (trig.kind == "noun" or (
                top.dep_ in ("acl", "relcl") and top.head.pos_ == "NOUN")) and \
                _lemma(plan.head) in lex.intent_verbs:
            mood = "intent"  # "plans a crackdown", "is planning measures to curb …": a plan
        planned = self._planned_act(trig)
        if planned == "none" or self._time_reference(trig) or self._argument_only_act(trig):
            mood = "hypothetical"  # "preparing for an incursion", "a possible plot to kill"
        elif planned == "intent" and mood == "asserted":
            mood = "intent"  # headline "Israel plans crackdown on outposts": a plan
        if trig.kind == "noun" and any(c.lower_ in ("no", "never") for c in trig.token.children):
            negated = True
        for v in chain:  # "failed to receive", "no officials monitored"
            if v.dep_ == "xcomp" and _lemma(v.head) in lex.extra["negating_verbs"]:
                negated = True
            if any(c.dep_ in ("nsubj", "nsubjpass") and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in children[v.i]):
                negated = True
        if self._negated_governor(top):
            negated = True  # "did not believe Venezuela would stop …", "did not have … to offer"
        outcome = self._irrealis(trig, verb)
        scheduled = self.lex.extra["senses"]["irrealis"]["scheduled"]
        if mood == "intent" and trig.kind == "noun" and trig.category in scheduled["categories"] \
                and trig.token.dep_ in ("nsubj", "nsubjpass"):
            outcome = scheduled["outcome"]  # "The APEC summit will include Bush": scheduled
        if outcome is None:
            outcome = self._embedding(trig)
        if outcome == "none" or self._proposed_content(trig):
            mood = "hypothetical"
        elif outcome == "intent" and mood == "asserted":
            mood = "intent"
        if self._predicted_act(trig) or self._unasserted_act(trig) or \
                self._unrealised_shape(trig):
            mood = "hypothetical"  # "it would make Switzerland join", "is designed to punish"
        # a "will" in a complement of a trigger verb belongs to the complement
        return mood, negated

    def _proposed_content(self, trig: _Trigger) -> bool:
        """The act is only the content of a bill, resolution or draft still to be passed
        (``proposed_instruments``: "introduced a bill to prohibit federal grants", "put forward
        a resolution regarding sanctions", "a draft resolution to halt the fighting"): proposed,
        not done. A statement verb is the sponsors' own words ("introduced resolutions calling
        for the impeachment") and stays; a clause with a mark ("before the weather starts")
        is no content."""
        rule, tok = self.lex.extra["senses"]["proposed_instruments"], trig.token
        if (trig.kind == "verb" and trig.category in rule["statement_categories"]) or any(
                c.dep_ == "mark" for c in tok.children):
            return False
        doc, particles = tok.doc, rule["particle_verbs"]

        def proposes(node: Token) -> bool:  # "put forward a resolution", not "put sanctions on"
            particle = particles.get(_lemma(node)) if node.pos_ == "VERB" else None
            return particle is None or any(c.dep_ == "prt" and c.lower_ == particle
                                           for c in node.children)

        return any(all(proposes(doc[i]) for i in ids[1:])
                   for ids in self._sense_matches("proposed_instruments", tok))

    def _planned_act(self, trig: _Trigger) -> str | None:
        """The outcome (``planned_acts``: intent or none) of the first pattern that finds the
        act only planned, prepared for or proposed by the noun phrase it sits in: the
        complement noun of a planning verb in a headline ("Israel plans crackdown"), what one
        prepares for ("preparing for an incursion"), the content of a plan marked as not real
        ("a possible plot to assassinate him"). None when no pattern matches."""
        rule, tok = self.lex.extra["senses"]["planned_acts"], trig.token
        for name, _ in self._named_sense_matches("planned_acts", tok):
            return str(rule["outcomes"][name])
        return None

    def _intent_no_threat(self, trig: _Trigger, category: str) -> bool:
        """An intended act that the intent rule would code THREATEN and that threatens no one
        (``intents_no_threat``): an intended protest ("plans massive rally on Saturday"), the
        protesters' own collective action, no harmful act; a threat to protest is coded from
        its threat verb ("threatened to strike"). A condition on the act or on the verb it
        hangs on (CONDITION_ON_ACT, CONDITION_ON_GOVERNOR: "are planning to strike … unless
        they get a pay rise") makes the plan a coercive warning, which stays THREATEN."""
        if category not in self.lex.extra["senses"]["intents_no_threat"]["categories"]:
            return False
        return not self._named_sense_matches("intents_no_threat", trig.token)

    def _foretold_by_other(self, trig: _Trigger, intended: str,
                           srcs: Sequence[Actor]) -> str | None:
        """The ``foretold_acts`` pattern (round plover102) that finds an intended act told only
        as another party's forecast: the act's verb under will/would with a subject of its own
        is the that-clause of a verb of saying or belief whose subject is a coded actor of
        another code than every source of the act and that comes before it
        (OTHER_PARTY_FORECAST: "[a state] says [its neighbour] will test more nuclear bombs"); a
        state's official telling what the state will do shares its code and keeps the intent,
        and a report told after the act ("…, officials said") attributes the news it carries.
        None when no pattern holds."""
        rule = self.lex.extra["senses"]["foretold_acts"]
        if intended not in rule["applies_to"]:
            return None
        own = {a.code for a in srcs if a.code}
        if not own:
            return None
        act = trig.token if trig.kind == "verb" else clause_verb(trig.token)
        doc = act.doc
        for name, ids in self._named_sense_matches("foretold_acts", act):
            reporter = doc[ids[4]]
            if name in rule["reporter_first"] and ids[3] > act.i:
                continue  # "[a state] will support …, [its president] said": the wire's
                # attribution of the news it carries keeps the intent
            code = self.actors.code_np(reporter, deep=False)[0].code
            if code is None or code in own:
                continue  # "[its minister] said [a state] would strengthen …": its own word
            if rule["outcomes"][name] == "none":
                return name
        return None

    def _time_reference(self, trig: _Trigger) -> str | None:
        """The ``time_references`` pattern that finds the act noun only named to place the
        clause's own act in time ("after the Soviet invasion", "in the wake of the bombing",
        "ahead of the talks"): not an act this report tells (docs/plover.md item 66); else
        None."""
        if trig.kind != "noun":
            return None
        for name, _ in self._named_sense_matches("time_references", trig.token):
            return name
        return None

    def _argument_only_act(self, trig: _Trigger) -> str | None:
        """The ``argument_only_acts`` pattern that finds the trigger only naming the object of
        another act, an agreement or restriction broken ("violating the truce", "a violation of
        the ceasefire"): no act of its own (docs/plover.md item 82); else None."""
        for name, _ in self._named_sense_matches("argument_only_acts", trig.token):
            return name
        return None

    def _predicted_act(self, trig: _Trigger) -> str | None:
        """The name of the first ``predicted_acts`` pattern that finds the act only predicted,
        caused to come or designed: the complement of a causative verb under a modal ("it would
        make Switzerland join an agreement"), a future that-clause of a verb of belief with a
        subject of its own ("believes that the aging population will threaten the economy"),
        the purpose of a design verb ("is designed to punish", "aimed at ending"), a
        to-infinitive on a verb's object ("pursued assurances to deport people"; not after a
        ranking word: "the first country to recognize Kosovo"). None when no pattern matches."""
        rule, tok = self.lex.extra["senses"]["predicted_acts"], trig.token
        for name, ids in self._named_sense_matches("predicted_acts", tok):
            if name == "CONTENT_OF_OBJECT_NOUN" and (any(
                    c.lower_ in rule["ranking_modifiers"] for c in tok.doc[ids[-1]].children)
                    or tok.doc[ids[-1]].lower_ in self.lex.extra["senses"]["irrealis"]["effort"][
                        "governors"]):
                continue  # "the first country to recognize"; "the decision to strike" is the
                # effort class's (irrealis), which keeps an assault
            if rule["outcomes"][name] == "none":
                return name
        return None

    def _unasserted_act(self, trig: _Trigger) -> str | None:
        """The name of the first ``unasserted_acts`` pattern (round plover80) that finds the act
        only claimed or believed by a party ("Venezuela argued that Colombia invaded",
        CONTESTED_CLAIM_CLAUSE) or only scheduled for it by the writer ("is scheduled to make a
        port visit", "the army is to withdraw", SCHEDULED_ACT): not done, and no stated intent.
        None when no pattern matches."""
        rule = self.lex.extra["senses"]["unasserted_acts"]
        for name, ids in self._named_sense_matches("unasserted_acts", trig.token):
            if name in rule["claimant_first"] and ids[-1] > ids[-2]:
                continue  # the claim verb after the clause's subject: two clauses misparsed
            clause = trig.token.doc[ids[1] if name.endswith("_NOUN") else ids[0]]
            if any(c.dep_ == "aux" and c.lower_ in rule["obligation_auxes"]
                   for c in (*clause.children, *clause.head.children)):
                continue  # "claims Syria should be held responsible": the claimant's demand
            if rule["outcomes"][name] == "none":
                return name
        return None

    def _unrealised_shape(self, trig: _Trigger) -> str | None:
        """The name of the first ``unrealised_shapes`` pattern (round plover90) that finds the act
        told as not done by its clause's shape: a passive under "will"/"would" in the writer's
        own clause (MODAL_PASSIVE: "will be ratified by the legislature"), a passive
        to-infinitive (PASSIVE_INFINITIVE: "to be executed"), the complement of a verb of
        obligation (OBLIGED_COMPLEMENT: "had obliged the federation to withdraw"). The act is the
        trigger verb, or the verb an act noun is the object or passive subject of. None when
        no pattern matches."""
        rule, tok = self.lex.extra["senses"]["unrealised_shapes"], trig.token
        if trig.kind == "noun":
            if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
                return None
            tok = tok.head
        for name, _ in self._named_sense_matches("unrealised_shapes", tok):
            if name == "MODAL_PASSIVE" and self._reported_clause(tok, rule["reported_deps"]):
                continue  # "said the troops will be withdrawn": the speaker's stated intent
            if name == "PASSIVE_INFINITIVE" and self._ranked_noun(tok, rule):
                continue  # "the highest ranking member to be detained": done, counted
            if name == "PASSIVE_INFINITIVE" and tok.dep_ == "xcomp" and _lemma(tok.head) in (
                    rule["obligation_governors"] | rule["aspect_governors"]):
                continue  # "has to be signed" (the obligation rule's), "continuing to be banned"
            if name == "PASSIVE_INFINITIVE" and any(
                    c.dep_ == "advmod" and c.lower_ in rule["result_adverbs"]
                    for c in tok.children):
                continue  # "declared independence only to be invaded": what happened next
            if rule["outcomes"][name] == "none":
                return name
        return None

    @staticmethod
    def _ranked_noun(verb: Token, rule: dict[str, Any]) -> bool:
        """``verb`` is a clause on a noun ranked by a word, an ordinal or a superlative before
        it (``unrealised_shapes``' ranking lists: "the first soldier to be killed")."""
        if verb.dep_ not in rule["counted_deps"]:
            return False
        noun, number = verb.head, rule["ordinal_in_number"]
        return any(t.i < noun.i and (t.lower_ in rule["ranking_words"] or t.tag_ in rule[
            "ranking_tags"] or t.ent_type_ in rule["ranking_entities"] or (
                t.ent_type_ == number["ENT_TYPE"] and t.tag_ == number["TAG"]))
                   for t in noun.subtree)

    def _reported_clause(self, verb: Token, reported_deps: set[str]) -> bool:
        """The clause of ``verb`` (or the first conjunct it is coordinated with) is reported
        speech: a clausal complement, or it has a verb of saying of its own ("…, officials
        said")."""
        node = verb
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
        if node.dep_ in reported_deps:
            return True
        return any(c.dep_ in reported_deps and _lemma(c) in self.lex.speech
                   for v in (verb, node) for c in v.children)

    def _helpers(self, noun: Token) -> list[Token]:
        """The givers named by the of- or from-phrase of a help noun under "with"
        (``helper_phrases``: "with the help of the United States"); the clause's subject is
        the one helped."""
        rule = self.lex.extra["senses"]["helper_phrases"]
        if noun.dep_ != "pobj" or noun.head.lower_ not in rule["governors"] or \
                _lemma(noun) not in rule["nouns"]:
            return []  # ("with the shooting of four teachers": the victims)
        return [h for p in _prep_objects(noun, rule["preps"]) if self._is_actor(p)
                for h in self._heads(p)]

    def _shared_negation(self, verb: Token) -> bool:
        """A verb joined by or/nor to a negated verb, with no subject or auxiliary of its own,
        is negated too (``shared_negation``: "has never confirmed nor denied")."""
        rule = self.lex.extra["senses"]["shared_negation"]
        head = verb.head
        if verb.dep_ != "conj" or head.i == verb.i or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in verb.children):
            return False
        return any(c.dep_ == "cc" and c.lower_ in rule["coordinators"] and head.i < c.i < verb.i
                   for c in head.children) and any(
            c.dep_ in ("neg", "preconj", "advmod") and c.lower_ in rule["negators"]
            for c in head.children)

    def _condition(self, tok: Token) -> bool:
        """A clause or phrase named as a condition (``conditions`` in plover.json), not an act
        done: marked by if or unless whatever it is attached to; opened by an inverted auxiliary
        ("Were Iran to reject", "Had the UN intervened"); the object of on/upon after a
        condition adjective ("conditional upon Iran renouncing its rights")."""
        cond = self.lex.extra["senses"]["conditions"]
        kids = list(tok.children)
        if any(c.dep_ == "mark" and c.lower_ in cond["marks"] for c in kids):
            return True
        if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in cond["preps"] and any(
                a.lower_ in cond["adjectives"] for a in (tok.head.head, *tok.head.head.children)
                if a is tok.head.head or a.dep_ == "acomp"):
            return True  # (the parser hangs "upon" on "are" or on "conditional")
        subjects = [c.i for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
        auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")] + [tok]
        return bool(subjects) and any(
            a.lower_ in cond["inverted_auxes"] and a.i == tok.left_edge.i and a.i < min(subjects)
            for a in auxes) and not self._sent_text(tok.sent).rstrip().endswith("?")

    def _irrealis(self, trig: _Trigger, verb: Token) -> str | None:
        """The outcome of the first context of the irrealis catalogue (``irrealis`` in
        plover.json) that governs the act, walking up from its clause through conjuncts and
        complements: "hopes to send", "is expected to attack", "efforts to end the fighting",
        "flew to Geneva to sign" (a purpose). None when the act is not so governed."""
        classes = self.lex.extra["senses"]["irrealis"]

        def match(gov: Token, relations: tuple[str, ...]) -> str | None:
            """The class outcome, "asserted" for a category the class excepts, or None."""
            for c in classes.values():  # node: the complement, read by the closure
                if c["relation"] not in relations or not (
                        _lemma(gov) in c["governors"] or gov.lower_ in c["governors"]):
                    continue
                if c["relation"] == "passive_comp" and not any(
                        k.dep_ == "auxpass" for k in gov.children):
                    continue
                if c.get("active_only") and (gov.pos_ != "VERB" or any(
                        k.dep_ == "auxpass" for k in gov.children)):
                    continue  # "is prepared to accept": a stated readiness, not a preparation
                if "quads" in c and self.lex.quad.get(trig.category) not in c["quads"]:
                    continue  # "is preparing to engage in talks": cooperation intended
                if c["categories"] and trig.category not in c["categories"]:
                    continue  # "ordered the newspaper to suspend publication": enacted
                if c.get("to_infinitive") and not any(
                        k.dep_ == "aux" and k.lower_ == "to" for k in node.children):
                    continue  # "told his interrogators he killed her": speech, no order
                if trig.category in c["except"]:
                    return "asserted"
                if relations == ("comp", "passive_comp") and "other_subject" in c and any(
                        k.dep_ in ("nsubj", "nsubjpass") for k in node.children):
                    return c["other_subject"]
                return c["outcome"]
            return None

        node = verb
        for _ in range(6):
            head, dep = node.head, node.dep_
            if head.i == node.i:
                return None
            to_inf = any(k.dep_ == "aux" and k.lower_ == "to" for k in node.children)
            if dep == "conj" and _own_clause(node):
                return None  # "… would put up resistance but only made token protests"
            if dep == "conj":
                node = head
                continue
            purpose = classes["purpose"]
            if dep == "advcl" and to_inf and not any(
                    k.dep_ in ("nsubj", "nsubjpass") for k in node.children):
                if trig.category in purpose["except"] or _lemma(head) in purpose["assembly"]:
                    return "asserted"  # "gathered to protest the shooting": they protested
                return purpose["outcome"]  # "travelled to Geneva (in order) to sign"
            if dep == "acl" and to_inf and head.dep_ == "pobj" and (
                    head.lower_ in purpose["governors"]):
                return purpose["outcome"]  # "in order to sign"
            if dep == "acl" and to_inf and head.pos_ in ("NOUN", "PROPN"):
                return match(head, ("noun",))  # "efforts to end the fighting"
            if dep in ("xcomp", "ccomp"):
                found = match(head, ("comp", "passive_comp"))
                if found is not None:
                    return found
                node = head  # "said it hoped Japan would send …": up through the speech verb
                continue
            if dep == "pcomp" and head.dep_ == "prep":
                return match(head.head, ("comp",))
            return None
        return None

    def _embedding(self, trig: _Trigger) -> str | None:
        """The outcome of the nearest row of the embedding table (``embedding`` in plover.json)
        on the trigger's path to the root, through complements and infinitive conjuncts: a
        governor with could/may/might ("might see … troops deployed"), a future governor that
        is no verb of saying ("will ensure that aid is sent"), "is to be" + participle, an
        embedded whether-question, an event noun that is only talked of, hoped, feared or
        planned ("talk of a withdrawal"). None when no row decides; statement categories
        (``keep``) are never decided here."""
        emb = self.lex.extra["senses"]["embedding"]
        if trig.category in emb["keep"]:
            return None
        tok = trig.token
        if trig.kind == "noun":
            if tok.dep_ == "pobj":
                for row in emb["rows"]:
                    if "nominal" in row["edges"] and tok.head.lower_ in row["preps"] and (
                            tok.head.head.lower_ in row["governor_words"]):
                        return str(row["outcome"])  # "talk of a withdrawal"
            node = clause_verb(tok)
        else:
            node = tok
        for row in emb["rows"]:
            if "self" in row["edges"] and self._embedding_row(row, node, node, emb):
                return str(row["outcome"])
        for _ in range(8):
            head, dep = node.head, node.dep_
            if head.i == node.i or (dep == "conj" and _own_clause(node)):
                return None  # a finite conjunct has its own mood
            for row in emb["rows"]:
                if dep in row["edges"] and self._embedding_row(row, node, head, emb):
                    if row["outcome"] != "inherit":
                        return str(row["outcome"])
            if dep not in emb["climb"]:
                return None  # relative, adverbial, paratactic clauses keep their own mood
            node = head
        return None

    @staticmethod
    def _embedding_row(row: dict[str, Any], node: Token, gov: Token, emb: dict[str, Any]) -> bool:
        """Every condition the row names holds of the complement ``node`` under ``gov``."""
        if "governor_aux" in row and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in
                                             row["governor_aux"] for c in gov.children):
            return False
        if row.get("skip_stop_governors") and _lemma(gov) in emb["stop_governors"]:
            return False
        if "governor_lemmas" in row and _lemma(gov) not in row["governor_lemmas"]:
            return False
        if row.get("complement") == "to_passive" and not (
                any(c.dep_ == "auxpass" for c in node.children)
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)):
            return False
        if row.get("complement") == "to_infinitive" and not (
                node.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)):
            return False
        if "passive_of" in row and not (
                gov.lower_ == "of" and _lemma(gov.head) in row["passive_of"]
                and any(c.dep_ == "auxpass" for c in gov.head.children)):
            return False  # "is suspected of supplying weapons"
        if row.get("governor_root_noun") and not (gov.dep_ == "ROOT" and gov.pos_ in ("NOUN", "PROPN")):
            return False
        if "marks" in row and not any(c.dep_ == "mark" and c.lower_ in row["marks"]
                                      for c in node.children):
            return False
        return "governor_words" not in row

    def _negated_governor(self, top: Token) -> bool:
        """The clause is the that-clause of a negated belief verb, or qualifies the object
        of a negated verb: what it tells is denied, not done."""
        sen = self.lex.extra["senses"]
        if top.dep_ == "ccomp" and _lemma(top.head) in sen["belief_verbs"]:
            gov = top.head
        elif top.dep_ in ("acl", "relcl") and top.head.dep_ == "dobj":
            gov = top.head.head
        else:
            return False
        return any(c.dep_ == "neg" or c.lower_ == "never" for c in gov.children)

    def _civilian(self, actor: Actor, sent: Span) -> bool:
        """Civilians and civil groups: a civilian sector, or people named by a plural
        nationality ("thousands of Afghans gathered to protest")."""
        if actor.sector in self.lex.civilian_sectors:
            return True
        head = sent.doc[actor.head]
        return actor.sector is None and head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS")

    def _military_strike(self, tok: Token, srcs: list[Actor]) -> bool:
        """A strike noun in its military sense (``military_strikes`` in plover.json): a
        military modifier ("a nuclear strike", "missile strikes"), only a state's or an
        alliance's word before it ("the third Israeli strike in two days", "a NATO strike"),
        or armed forces as its actor ("the strike was carried out by the U.S. military"); a
        general, hunger or teachers' strike stays a labour strike."""
        rule = self.lex.extra["senses"]["military_strikes"]
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        words = {w for m in mods for w in (m.lower_, _lemma(m))}
        if words & rule["labour_modifiers"]:
            return False
        if words & rule["military_modifiers"] or any(a.sector in rule["sectors"] for a in srcs):
            return True
        coded = [m for m in mods if self.actors.token_code(m)[0] is not None]
        return bool(coded) and all(m in coded for m in mods if m.text[:1].isupper() or (
            m.pos_ in ("NOUN", "PROPN")))  # (lower-case adjectives say when: "the third")

    def _structure(self, trig: _Trigger, category: str, cameo: str, mode: str | None,
                   targets: list[Actor], srcs: list[Actor] = ()) -> tuple[str, str, str | None]:
        """The verb's complement and object decide between neighbouring categories: a vow to
        attack is a threat ("vowed to retaliate", "promised to cut off aid"); force against a
        crowd is coercion ("opened fire to disperse the demonstrators") unless it harms the
        crowd itself ("fired on protesters", "deployed lethal force against protesters"):
        violent repression, ASSAULT by CAMEO2PLOVER's 175."""
        sen = self.lex.extra["senses"]
        tok = trig.token
        if category in ("COERCE", "SANCTION") and self._court_punishment(trig, srcs):
            return sen["court_punishments"]["code"]  # "a Brescia court jailed two men"
        if category == "AGREE" and trig.kind == "verb" and _lemma(tok) in sen["promise_verbs"]:
            for comp in (c for c in tok.children if c.dep_ in ("xcomp", "ccomp")):
                done = _verb_entry(comp, self.lex)
                if ((done is not None and self.lex.quad.get(done.category) in (3, 4) and
                        done.category not in ("REQUEST", "PROTEST")) or (
                        done is None and _lemma(comp) in sen["threat_complements"])) and \
                        not self._problem_fight(comp):
                    return "THREATEN", "13", None  # "vowed to defeat Kurdish terrorism"
                    # ("promised to fight this corruption": a commitment, AGREE)
            promised = self._promised_act(tok)
            if promised is not None:
                return promised  # "vowed to wage war against", "has promised a veto"
        if category == "AGREE" and trig.kind == "verb" and (
                _lemma(tok) in sen["proposal"] or tok.lower_ in sen["proposal"]):
            own = {t.i for s in self._subject(tok)[0] for t in s.subtree}
            for comp in (c for c in tok.children if c.dep_ == "ccomp"):
                subj = [k for k in comp.children if k.dep_ in ("nsubj", "nsubjpass")]
                if subj and not any(k.i in own for k in subj) and subj[0].lower_ not in (
                        "we", "i", "it", "they"):
                    return "REQUEST", "10", None  # "Britain proposed that Syria withdraw"
        if category == "PROTEST" and trig.kind == "noun" and _lemma(tok) == "strike":
            gov = tok.head.head if tok.dep_ == "pobj" else tok.head
            if _lemma(gov) in sen["violent_verbs"] or _lemma(gov) in sen["patient_verbs"] or \
                    self._military_strike(tok, srcs):
                return "ASSAULT", "190", None  # "ambulances hit by an Israeli strike"
        if category in ("ASSAULT", "MOBILIZE"):  # "deployed lethal force against protesters"
            crowd = sen["crowd_control"]
            verb = tok if trig.kind == "verb" else clause_verb(tok)
            if any(category in crowd["applies_to"][name]
                   for name, _ in self._named_sense_matches("crowd_control", verb)):
                return crowd["code"]  # "troops opened fire on protesters, killing five"
            purpose = [c for c in verb.children if c.dep_ in ("xcomp", "advcl")
                       and _lemma(c) in crowd["purpose_verbs"]]
            objects = [t for t in verb.subtree if t.dep_ in ("dobj", "pobj") and
                       (t.lower_ in crowd["crowds"] or _lemma(t) in crowd["crowds"])]
            if purpose and any(o.head.i == p.i for p in purpose for o in objects) or (
                    objects and any(verb.i in (o.head.i, o.head.head.i, o.head.head.head.i)
                                    for o in objects) and not any(
                        a.sector in ("MIL", "REB") for a in targets)):
                return "COERCE", "17", None
        return category, cameo, mode

    def _assistance(self, trig: _Trigger, category: str, cameo: str, mode: str | None,
                    srcs: list[Actor], tgts: list[Actor]) -> tuple[str, str, str | None]:
        """Training or strengthening another party's forces is military aid (AID 072), not a
        mobilisation of one's own (``assistance`` in plover.json): "the U.S. military was
        training Iraqi security forces"."""
        aid = self.lex.extra["senses"]["assistance"]
        own = {a.code for a in srcs if a.code}
        if category != "MOBILIZE" or trig.kind != "verb" or _lemma(trig.token) not in aid["verbs"] \
                or not own:
            return category, cameo, mode
        doc = trig.token.doc
        for a in tgts:
            head = doc[a.head]
            # the forces are another state's by their own modifier ("Iraqi security forces"),
            # not by where they stand ("its troops in Georgia")
            mods = {self.actors.token_code(c)[0] for c in head.lefts
                    if c.dep_ in ("amod", "compound", "poss")}
            if a.sector in aid["sectors"] and a.code and a.code not in own and a.code in mods:
                return aid["code"]
        return category, cameo, mode

    def _domestic_permit(self, trig: _Trigger, srcs: list[Actor], tgts: list[Actor]) -> bool:
        """A permission (``domestic_permits`` in plover.json) given to no one but the state's
        own agents, or to no one at all, and to no other state's territory: a domestic rule
        ("India permits only the Cabinet Committee on Security to authorise a strike", "the
        British government allowed the British soldiers … to sell their stories", "votes to
        allow same-sex marriage"), no concession.  One to an opponent, a person or another
        state's people concedes ("allowed opposition leader Fazl-ur-Rehman to bring out a
        rally", "allowed a CIA doctor to draw blood", "allowed aid convoys into Gaza")."""
        tok = trig.token
        if trig.kind != "verb" or _lemma(tok) not in self.lex.extra["senses"]["domestic_permits"][
                "verbs"]:
            return False
        permitted = [c for c in tok.children if c.dep_ in ("dobj", "dative")] + [
            s for c in tok.children if c.dep_ in ("ccomp", "xcomp")
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        own = {a.code for a in srcs if a.code}
        parties = [self.actors.code_np(p, deep=False)[0] for p in permitted if self._is_actor(p)]
        if parties:
            return all(a.sector in STATE_SECTORS and a.code in own | {None} for a in parties)
        return not ({a.code for a in tgts} - own - {None})

    def _game_sense(self, trig: _Trigger, sent: Span) -> bool:
        """A verb with a game sense (``sports_context``: beat, oppose, train, give …) in a
        sentence that names a game (a sport, a match, a championship round): teams and players
        compete, no political actor acts."""
        rule = self.lex.extra["senses"]["sports_context"]
        if trig.kind != "verb" or _lemma(trig.token) not in rule["verbs"]:
            return False
        return any(t.pos_ in ("NOUN", "PROPN") and _lemma(t) in rule["cues"] for t in sent)

    def _private_commerce(self, trig: _Trigger, srcs: list[Actor]) -> bool:
        """Buying, selling, lending or funding (``private_commerce``) by sources that are all
        private parties: no actor code, and a private sector, or no sector and a head that is
        no word for states ("countries expected to contribute troops"), no person's name and
        no pronoun (a bare name may be a head of state the sentence does not code: "Saddam
        Hussein tried to buy uranium"). Commerce, no political act ("Tesco sold its stores",
        "a doctor bought it")."""
        rule = self.lex.extra["senses"]["private_commerce"]
        if not srcs or _lemma(trig.token) not in rule["verbs"]:
            return False
        doc = trig.token.doc
        return all(a.code is None and (a.sector in rule["private_sectors"] or (
            a.sector is None and doc[a.head].ent_type_ != "PERSON" and doc[a.head].pos_ != "PRON"
            and _lemma(doc[a.head]) not in rule["state_heads"])) for a in srcs)

    def _public_attitude(self, trig: _Trigger, srcs: list[Actor]) -> bool:
        """An attitude (``public_attitudes``: support, oppose, agree …) held by sources that
        are all a general public, a poll's share or a quantified nationality, by the declared
        patterns of their heads: an opinion or a domestic vote, no act between actors ("most
        Israelis support the withdrawals", "68 percent of French people oppose the law")."""
        rule = self.lex.extra["senses"]["public_attitudes"]
        if not srcs or _lemma(trig.token) not in rule["verbs"]:
            return False
        doc = trig.token.doc
        return all(self._sense_matches("public_attitudes", doc[a.head]) for a in srcs)

    def _legal_appeal(self, trig: _Trigger) -> bool:
        """An appeal in court (``legal_appeals``): a ruling appealed, a court addressed, an
        appeal against a ruling, the noun in a trial's frame ("overturned on appeal"), by the
        declared patterns; or a bare appeal verb that names no addressee and asks for nothing
        ("whether to appeal"). A step of a trial, no REQUEST to another actor."""
        rule, tok = self.lex.extra["senses"]["legal_appeals"], trig.token
        if _lemma(tok) != "appeal":
            return False
        if tok.pos_ == "VERB" and not any(
                c.dep_ in rule["addressee_deps"] or (c.dep_ == "prep" and c.lower_ in rule[
                    "addressee_preps"]) for c in tok.children):
            return True  # "has 28 days to decide whether to appeal"
        return bool(self._sense_matches("legal_appeals", tok))


    def _named_sense_matches(self, sense: str, anchor: Token) -> list[tuple[str, list[int]]]:
        """Every (pattern name, token ids) of ``senses[sense]["patterns"]`` (DependencyMatcher
        patterns) anchored at ``anchor``, the ids of its nodes in pattern order.  The rules ask
        about a trigger or its actors' heads, so the patterns are answered at that token
        (``matching.AnchoredTrees``), not run over the whole document: a fifth of the stages'
        time after NLP went to matching every noun of a document for one trigger."""
        memo = doc_memo(self, "_anchors_memo", anchor.doc)
        found = memo.get((sense, anchor.i))
        if found is None:
            trees = self._sense_trees.get(sense)
            if trees is None:
                trees = self._sense_trees[sense] = AnchoredTrees(
                    self.lex.extra["senses"][sense]["patterns"])
            found = memo[(sense, anchor.i)] = list(trees(anchor))
        return found

    def _sense_matches(self, sense: str, anchor: Token) -> list[list[int]]:
        """The token ids of each match of _named_sense_matches, for a sense whose outcome does
        not depend on which pattern matched."""
        return [ids for _, ids in self._named_sense_matches(sense, anchor)]

    def _denied_fact(self, verb: Token) -> bool:
        """A denial of a fact or a clause (``claim_denials``) states a position, CAMEO 01x; a
        denial of the denier's responsibility stays REJECT (the manual's 016 note), also where
        the parser hangs the noun's that-clause on the verb."""
        names = {name for name, _ in self._named_sense_matches("claim_denials", verb)}
        return bool(names) and "RESPONSIBILITY_DENIED" not in names

    def _problem_fight(self, act: Token) -> bool:
        """A fight against an abstract problem (``problem_fights``: "fight corruption", "cracked
        down on drugs", "waged war on drugs") is a policy: no enemy is harmed or coerced.  A
        problem that names its doer ("Kurdish terrorism") is an enemy, and the act stays."""
        rule = self.lex.extra["senses"]["problem_fights"]
        problems = [act.doc[ids[-1]] for ids in self._sense_matches("problem_fights", act)]
        return bool(problems) and not any(
            self._is_actor(c) for p in problems for c in p.children if c.dep_ in rule["doer_deps"])

    def _promised_acts(self, promise: Token) -> list[tuple[Token, _Trigger]]:
        """The act nouns a promise names (``promised_acts``): its object, the act in its
        promised amount ("$150 million in aid"), the object of a complement verb that is no
        trigger of its own ("vowed to wage war")."""
        rule = self.lex.extra["senses"]["promised_acts"]
        acts = []
        for name, ids in self._named_sense_matches("promised_acts", promise):
            act = promise.doc[ids[-1]]
            entry = _noun_entry(act, self.lex)
            if entry is None and act.lower_ in rule["hostile_nouns"]:
                entry = _Trigger(act, *rule["hostile_act"], "noun", act.text)  # "holy war"
            if entry is None or (name == "ACT_OF_COMPLEMENT" and _verb_entry(
                    promise.doc[ids[1]], self.lex) is not None):
                continue
            acts.append((act, entry))
        return acts

    def _promised_act(self, promise: Token) -> tuple[str, str, str | None] | None:
        """The intent of a promised act named by a noun, when it is no cooperation (PLOVER's
        intent rule, ``embedding.intent_categories``): a vow of attacks is a threat, a promised
        veto a rejection; a promised fight against a problem stays a commitment."""
        rule = self.lex.extra["senses"]["promised_acts"]
        intent = self.lex.extra["senses"]["embedding"]["intent_categories"]
        for act, entry in self._promised_acts(promise):
            intended = intent.get(entry.category)
            if intended in rule["recoded"] and entry.category not in rule["kept_from"] and not (
                    self._problem_fight(act) or self._problem_fight(act.head)):
                return intended, self.lex.cameo_root[intended], None
        return None

    def _single_country_exercise(self, trig: _Trigger, srcs: Sequence[Actor]) -> bool:
        """An exercise, drill or war game with no partner (``single_country_exercises``) is
        the source's show of force, MOBILIZE; joint exercises are COOPERATE (the PLOVER
        manual's category table)."""
        rule = self.lex.extra["senses"]["single_country_exercises"]
        noun = trig.obj if trig.obj is not None else trig.token
        if noun.lower_ not in rule["nouns"] or noun.pos_ not in ("NOUN", "PROPN") or (
                _lemma(noun) == "game" and not any(
                    c.lower_ in rule["game_modifiers"] for c in noun.children)):
            return False
        codes = {a.code for a in srcs}
        if not srcs or None in codes or len(codes) > 1:
            return False  # "India and Pakistan held drills"; a party of no known state may
            # have partners, and "campaigning is one of the most expensive exercises" none
        verb = trig.token if trig.kind == "verb" else clause_verb(noun)
        for anchor in (noun, verb):
            for name, ids in self._named_sense_matches("single_country_exercises", anchor):
                partners = (noun.doc[ids[-1]], *noun.doc[ids[-1]].conjuncts)
                if name == "PARTNER_MODIFIER" or (name.startswith("PARTNER") and any(
                        self._is_actor(t) for t in partners)) or any(
                        self.actors.code_np(t, deep=False)[0].code not in (None, *codes)
                        for t in partners):
                    return False  # "joint drills", "drills with the French navy",
                    # "exercises involving Russia, China, and four Central Asian countries"
        named = {self.actors.token_code(c)[0] for c in noun.children
                 if c.dep_ in ("amod", "compound", "nmod")} - {None}
        return not named - codes  # "US-Japanese exercises": another state's forces

    def _cited_provider(self, trig: _Trigger) -> bool:
        """A figure's provider named by a bare participle (``cited_providers``: "estimates
        provided by the security services") says where the figure came from; with no
        recipient no sharing is reported."""
        rule = self.lex.extra["senses"]["cited_providers"]
        return trig.category in rule["categories"] and trig.kind == "verb" and bool(
            self._sense_matches("cited_providers", trig.token)) and not self._recipient(trig)

    def _own_administration(self, trig: _Trigger, base: str, srcs: Sequence[Actor],
                            tgts: Sequence[Actor]) -> str | None:
        """The pattern of ``own_administration`` (plover.json) under which an act of one state
        on its own administration is no event, or None.  PARLIAMENTARY_QUESTION: a question put
        in parliament ("asked the Treasurer … in a question on notice", "asked … during
        Question Time") with no actor of a second country: parliamentary business, no
        request between actors."""
        if base not in self.lex.extra["senses"]["own_administration"]["categories"]:
            return None
        for name, _ in self._named_sense_matches("own_administration", trig.token):
            if name == "PARLIAMENTARY_QUESTION" and \
                    len({a.code for a in (*srcs, *tgts)} - {None}) <= 1:
                return name
        return None

    def _domestic_politics(self, trig: _Trigger) -> bool:
        """Law-making, votes on a bill, electoral tallies, donations to a party and a cabinet
        signed in (``domestic_politics``) pass between no two actors: PLOVER has no event."""
        return bool(self._sense_matches("domestic_politics", trig.token))

    def _own_measure(self, trig: _Trigger, srcs: list[Actor], tgts: list[Actor]) -> str | None:
        """plover121 (``own_measure_acts``): the name of the pattern that finds an AGREE made by
        one actor about its own budget, spending, taxes, laws, rules or constitution (a noun of
        ``measure_nouns`` as the trigger's object, topic, infinitive's object or compound) when
        the clause names no second actor: no coded target, no with-/to-/for-/between-phrase or
        indirect object on the trigger, its infinitive or (for a noun) its clause verb, no named
        person, organisation, country or nationality outside the subject but a country owning
        the measure, and one source for a trigger of mutual agreement ("agree", "deal").  An
        intent to reform addressed to no one is no event between actors; None keeps the AGREE."""
        if tgts:
            return None
        rule, tok = self.lex.extra["senses"]["own_measure_acts"], trig.token
        found = [(name, ids) for name, ids in self._named_sense_matches("own_measure_acts", tok)
                 if "AGREE" in rule["applies_to"][name]]
        if not found:
            return None
        if _lemma(tok) in rule["mutual_lemmas"] and len({(a.code, a.sector) for a in srcs}) > 1:
            return None  # "government and opposition agreed on the budget": two actors agree
        doc = tok.doc
        name, ids = found[0]
        measures = {i for _, m in found for i in m[1:] if doc[i].lower_ in rule["measure_nouns"]}
        heads = {tok} | {doc[i] for _, m in found for i in m[1:] if doc[i].dep_ in ("xcomp", "acl")}
        if trig.kind == "noun":
            heads.add(clause_verb(tok))
        if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in rule["second_party_preps"])
               for h in heads for c in h.children):
            return None  # "agreed with the IMF on the budget", "promised voters tax cuts"
        skip = ("nsubj", "nsubjpass", "csubj", "expl", "advcl", "conj", "cc", "punct", "mark",
                "parataxis", "appos")
        words = {t.i for c in tok.children if c.dep_ not in skip for t in c.subtree}

        def owner(ent: Span) -> bool:  # a country as the measure's possessor or of-phrase
            root = ent.root
            head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
            return ent.label_ == "GPE" and head.i in measures and (
                root.dep_ in rule["owner_deps"])

        if any(e.label_ in rule["other_actor_ents"] and not owner(e)
               for e in doc.ents if words.intersection(range(e.start, e.end))):
            return None  # "agreed to cut tariffs on [a named country's] beef": another actor
        return name

    def _policy_preference(self, trig: _Trigger) -> bool:
        """Support for an act named by a gerund (``policy_preferences``: "supports teaching
        intelligent design", "voiced support for holding a referendum") is the source's policy
        preference, no SUPPORT of an actor; a gerund with a doer of its own ("backed Turkey
        joining the EU") supports that actor's act and stays."""
        rule, tok = self.lex.extra["senses"]["policy_preferences"], trig.token
        if trig.category != "SUPPORT":
            return False
        doc = tok.doc
        anchors = [tok] + [c for c in tok.children if c.dep_ == "dobj"]  # "voiced support for"
        return any(not any(c.dep_ in rule["doer_deps"] for c in doc[ids[-1]].children)
                   for a in anchors for ids in self._sense_matches("policy_preferences", a))

    def _listed_kind(self, trig: _Trigger) -> bool:
        """A bare act noun in a bare list of three or more nouns (``listed_kinds``: "FARC
        activities include kidnappings, massacres, bombs and extortions") names kinds of act
        a group does or suffers, not an act done at a time and place: no event. An article,
        possessor or number on an item, an agent or target phrase ("arrest … by immigration
        officers", "action against the new law") or a light verb over the list ("carried out
        killings, rapes and lootings") makes them acts done."""
        rule, tok = self.lex.extra["senses"]["listed_kinds"], trig.token
        if trig.kind != "noun" or trig.obj is not None:
            return False
        doc = tok.doc

        def bare(i: int) -> bool:
            return not any(c.dep_ in rule["bare_deps"] or (c.dep_ == "prep" and c.lower_ in rule[
                "actor_preps"]) for c in doc[i].children)

        def done(first: Token) -> bool:  # "carried out killings, rapes and lootings"
            return first.dep_ == "dobj" and self._is_light(first.head)

        return any(len(set(ids)) == len(ids) and all(bare(i) for i in ids)
                   and not done(doc[min(ids)])
                   for ids in self._sense_matches("listed_kinds", tok))

    def _self_benefit(self, trig: _Trigger) -> str | None:
        """Which shape of ``self_benefit`` makes the clause's subject the beneficiary of aid:
        ``taken`` for an aid noun a taking verb governs ("took out loans from the bank": the
        bank lent), ``oneself`` for an aid verb with a reflexive recipient ("loaned themselves
        $470B": no other party aided); None otherwise. A taking verb with a to-phrase and no
        from-phrase brings the aid ("took aid to Gaza")."""
        rule, tok = self.lex.extra["senses"]["self_benefit"], trig.token
        if trig.category not in rule["categories"]:
            return None
        for ids in self._sense_matches("self_benefit", tok):
            if tok.doc[ids[1]].lower_ in rule["reflexives"]:  # AID_TO_ONESELF's recipient
                return "oneself"
            preps = {c.lower_ for t in (tok, tok.head) for c in t.children if c.dep_ == "prep"}
            if "from" in preps or not preps & rule["bring_preps"]:  # "took aid to Gaza":
                return "taken"                                       # brought it there
        return None

    def _court_ruling(self, trig: _Trigger, srcs: list[Actor]) -> bool:
        """A court or judge rejecting, dismissing or refusing to hear a filing (``court_rulings``:
        an appeal, a lawsuit, a motion, a claim argued before it) rules on it: adjudication, no
        REJECT ("a federal judge dismissed the lawsuit")."""
        rule = self.lex.extra["senses"]["court_rulings"]
        tok = trig.token
        if trig.category != "REJECT" or trig.kind != "verb" or _lemma(tok) not in rule["verbs"]:
            return False
        doc = tok.doc
        if not srcs or not all(a.sector in rule["sectors"] or _lemma(doc[a.head]) in rule["courts"]
                               for a in srcs):
            return False
        done = [tok] + [c for c in tok.children if c.dep_ == "xcomp"]  # "refused to hear"
        objects = [o for v in done for o in v.children if o.dep_ in ("dobj", "nsubjpass") or (
            o.dep_ == "nsubj" and v.tag_ == "VBN")]  # ("had their case rejected by a judge")
        return any(_lemma(o) in rule["filings"] for o in objects)

    def _court_punishment(self, trig: _Trigger, srcs: Sequence[Actor]) -> bool:
        """A court or judge that jails or fines someone (``court_punishments``) punishes after
        a trial: a conviction, SANCTION mode convict, not the arrest or detention of COERCE."""
        rule, courts = (self.lex.extra["senses"][k] for k in ("court_punishments", "court_rulings"))
        doc = trig.token.doc
        verb = trig.token
        return trig.kind == "verb" and (_lemma(verb) in rule["verbs"] or verb.lower_ in rule[
            "verbs"]) and bool(srcs) and all(
            a.sector in courts["sectors"] or _lemma(doc[a.head]) in courts["courts"] for a in srcs)

    def _hazard_warning(self, trig: _Trigger) -> bool:
        """A warning, watch or alert named by a natural hazard (``hazard_warnings``): a
        forecast by a weather or emergency service ("issued a hurricane warning")."""
        rule = self.lex.extra["senses"]["hazard_warnings"]
        noun = trig.obj if trig.obj is not None else trig.token
        if noun.lower_ not in rule["nouns"]:
            return False
        mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        return any(c.lower_ in rule["hazards"] or _lemma(c) in rule["hazards"] or " ".join(
            t.lower_ for t in _compounds(c)) in rule["hazards"] for c in mods)

    def _forecast_warning(self, trig: _Trigger, srcs: list[Actor]) -> bool:
        """A warning whose that-clause has another coded party as subject, not the warner's
        side, and does not make it undergo consequences (``forecast_warnings``) predicts, no
        threat: PLOVER's THREATEN is the source's own act ("warning that … the UK could see")."""
        rule = self.lex.extra["senses"]["forecast_warnings"]
        head = trig.obj if trig.obj is not None else trig.token
        if trig.category != "THREATEN" or _lemma(head) not in rule["triggers"]:
            return False
        own = {a.code for a in srcs if a.code}
        clauses = [c for c in head.children if c.dep_ in rule["clause_deps"]]
        mark = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else head
        if mark.dep_ == "mark" and mark.lower_ == "that" and head.is_ancestor(mark.head):
            clauses.append(mark.head)  # "warning that unless …, the UK could see …": the
            # clause its "that" marks, where the parser hung it under a later verb
        for clause in clauses:
            subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj or subj[0].pos_ == "PRON":
                continue  # "warned that it could fine the hotel": the warner's own act
            code = self.actors.code_np(subj[0], deep=False)[0].code
            if code is None or code in own:
                continue  # "warns U.S. that the DPRK may fire": its side acts
            objects = [c for c in clause.children if c.dep_ == "dobj"] + _prep_objects(clause)
            undergone = any(_lemma(o) in rule["consequences"] or self.lex.quad.get(getattr(
                _noun_entry(o, self.lex), "category", None)) in (3, 4) for o in objects)
            done_to = _verb_entry(clause, self.lex) or _lemma(clause) in self.lex.extra[
                "senses"]["threat_complements"]
            if (subj[0].dep_ == "nsubjpass" and (undergone or done_to)) or (
                    _lemma(clause) in rule["undergo_verbs"] and undergone):
                continue  # "warned that Iran will face serious consequences", "… would be
                # punished": the warner's side acts on the subject, a threat
            return True
        return False

    def _forecast_complement(self, trig: _Trigger, srcs: list[Actor]) -> str | None:
        """The pattern of ``forecast_complements`` that makes a THREATEN trigger a forecast
        (plover65): a warning of a state of affairs or of a clause that is no act of the
        warner's ("warns of further erosion", "warned that the people of Gaza are facing a
        crisis"); None when none matches, or what is warned of is the warner's own act."""
        if trig.category != "THREATEN":
            return None
        rule = self.lex.extra["senses"]["forecast_complements"]
        senses = self.lex.extra["senses"]
        consequences = senses["forecast_warnings"]["consequences"]
        undergo = senses["forecast_warnings"]["undergo_verbs"]
        doc = trig.token.doc
        heads = [trig.token] + ([trig.obj] if trig.obj is not None else [])
        own = {a.code for a in srcs if a.code}
        if any(t.dep_ == "mark" and t.lower_ in rule["condition_marks"] for t in trig.token.sent):
            return None  # "warned about the disruption of oil supplies if … was attacked"

        def act_noun(tok: Token) -> bool:
            return (_lemma(tok) in consequences or tok.lower_ in consequences
                    or _lemma(tok) in rule["warner_acts"] or _noun_entry(tok, self.lex) is not None)

        for head in heads:
            for name, ids in self._named_sense_matches("forecast_complements", head):
                if name in ("WARNED_OF_THREAT", "THREAT_WARNED_OF"):
                    return name  # plover75: "warned her about threats from militants"
                if name == "WARNED_OF_STATE":
                    topic = doc[ids[2]]
                    if any(c.dep_ in ("dobj", "dative") for c in head.children) or any(
                            c.dep_ == "prep" and c.lower_ == "by" for c in topic.children):
                        continue  # "warns <a state> about …", "a surprise by the group"
                    if not act_noun(topic) and not any(
                            act_noun(c) for c in topic.children if c.dep_ == "conj"):
                        return name  # "warns of further erosion to civil rights"
                elif name == "WARNED_STATE_CLAUSE":
                    clause, subj = doc[ids[1]], doc[ids[2]]
                    if subj.dep_ == "csubj" and _lemma(clause) in rule["cause_verbs"]:
                        return name  # "delaying the elections could lead to unrest"
                    if _verb_entry(clause, self.lex) is not None or _lemma(clause) in senses[
                            "threat_complements"] or any(
                            c.dep_ in ("xcomp", "conj") and _verb_entry(c, self.lex) is not None
                            for c in clause.children):
                        continue  # "warned that the army would strike": an act foretold
                    objects = [c for c in clause.children if c.dep_ in ("dobj", "attr")] + \
                        _prep_objects(clause)
                    if _lemma(clause) in undergo and any(act_noun(o) for o in objects):
                        continue  # "warned that the regime will face serious consequences"
                    if subj.dep_ == "csubj":
                        continue  # "recognizing Kosovo would have a negative effect"
                    if act_noun(subj) or any(c.dep_ == "poss" and c.pos_ == "PRON"
                                             for c in subj.children):
                        continue  # "any attack would be met", "their armed forces are under orders"
                    code = self.actors.code_np(subj, deep=False)[0].code
                    if code is not None and code in own:
                        continue  # "the country warned that its army would stay": its side
                    return name  # "warned that the people of Gaza are facing a crisis"
        return None

    def _admonition(self, trig: _Trigger, srcs: list[Actor]) -> bool:
        """A warning against doing something (a gerund after ``preps``) from a warner with no
        means of force (``admonitions``) urges, it threatens nothing: PLOVER's THREATEN is a
        coercive warning, so a state's, army's or police's stays."""
        rule = self.lex.extra["senses"]["admonitions"]
        tok = trig.token
        if trig.category != "THREATEN" or trig.kind != "verb" or _lemma(tok) not in rule["verbs"]:
            return False
        warned = [tok] + [c for c in tok.children if c.dep_ == "dobj"]  # ("warned the
        # government of over-estimating": the parser hangs the phrase on the warned)
        urged = any(c.dep_ == "prep" and c.lower_ in rule["preps"] and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
            for head in warned for c in head.children)
        coercive = any(a.sector in rule["coercive_sectors"] or a.code in rule["coercive_codes"]
                       or (a.entity_key or "").startswith("country:") for a in srcs)
        return urged and not coercive

    def _untargeted_restriction(self, base: str, srcs: list[Actor], tgts: list[Actor]) -> bool:
        """An intended restriction (``threat_targets``: COERCE, SANCTION) aimed at no one is a
        measure still to come, no THREATEN: PLOVER's threat has a target (a challenger's
        announced strike or end of a truce threatens without one)."""
        rule = self.lex.extra["senses"]["threat_targets"]
        return base in rule["categories"] and not tgts and not any(
            a.sector in rule["dissent_sectors"] for a in srcs)

    def _advisory(self, trig: _Trigger) -> bool:
        """A travel warning, or a warning to travellers or to one's own citizens
        (``advisories``): advice to stay safe, no threat ("issued a warning to travelers")."""
        rule = self.lex.extra["senses"]["advisories"]
        tok = trig.token
        if trig.kind == "verb" and trig.obj is None and _lemma(tok) in rule["verbs"]:
            return any(c.dep_ == "dobj" and c.lower_ in rule["advisees"] for c in tok.children)
        noun = trig.obj if trig.obj is not None else tok
        if noun.lower_ not in self.lex.extra["senses"]["hazard_warnings"]["nouns"]:
            return False
        return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in rule["modifiers"]
                   for c in noun.children) or any(
            p.dep_ == "pobj" and p.lower_ in rule["advisees"] for h in (noun, noun.head)
            for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in rule["preps"]
            for p in c.children)  # ("issued a warning to travelers": "to" is a dative)

    def _accident(self, trig: _Trigger) -> bool:
        """"Killed in a helicopter crash", "the storm killed six": harm without an attacker."""
        accidents = self.lex.extra["senses"]["accident_nouns"]
        verb = trig.token if trig.kind == "verb" else clause_verb(trig.token)
        near = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent", "prep")]
        heads = [c for c in near if c.dep_ in ("nsubj", "nsubjpass")]
        heads += [p for c in near if c.dep_ in ("agent", "prep") and c.lower_ in (
            "by", "in", "after", "during", "following", "from", "because", "due")
                  for p in c.subtree if p.dep_ == "pobj"]
        return any(_lemma(h) in accidents or h.lower_ in accidents or
                   " ".join(t.lower_ for t in _compounds(h)) in accidents for h in heads)

    def _unintended(self, trig: _Trigger) -> bool:
        """An act no one meant (``accident_cues``): "accidentally" on the act, "accidental" on
        what did the harm ("wounded by … accidental discharge"), or a participle of harm
        that tells a crash's outcome ("crashed in western Iraq, killing 31")."""
        rule = self.lex.extra["senses"]["accident_cues"]
        tok = trig.token
        if trig.category == "ASSAULT" and tok.tag_ == "VBG" and tok.dep_ in rule[
                "participles"] and _lemma(tok.head) in rule["verbs"]:
            return True
        verb = tok if trig.kind == "verb" else clause_verb(tok)
        doers = [tok, verb] + [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + [
            p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        return any(c.dep_ in ("amod", "advmod") and c.lower_ in rule["modifiers"]
                   for d in doers for c in d.children)

    def _everyday_sense(self, trig: _Trigger, sense: str) -> str | None:
        """The first pattern of ``sense`` that matches at the trigger and whose ``applies_to``
        names the trigger's category (null: every category), unless the trigger's head has a
        dependent its ``unless_head_deps`` names ("there have been repeated clashes": an
        existential reports acts): the trigger used in another sense, no event.  The senses
        (plover.json) are ``trigger_other_senses`` (plover83: "recall" as remember, an act a
        court clears or strikes down, harm in an accident), ``trigger_frame_senses`` (plover86:
        an official fired, a response given, duties taken over, a title taken, a noun that only
        classifies), ``trigger_light_senses`` (plover89: jetliners ordered, an alert sent, a
        standing requirement) and ``trigger_plain_senses`` (plover94: blame laid on a cause, a
        process monitored, an act told as a habit or a disposition in the simple present; a pattern named in
        ``unless_child_preps`` does not hold where one of its nodes has such a prepositional
        phrase);
        None when none matches ("recalled its ambassador", "fired rockets", "ordered troops to
        the border")."""
        rule = self.lex.extra["senses"][sense]
        applies, unless = rule["applies_to"], rule.get("unless_head_deps", {})
        own = rule.get("unless_trigger_deps", {})  # plover125: the trigger's own dependents
        preps = rule.get("unless_child_preps", {})  # plover94: "blamed the failure on the
        for name, ids in self._named_sense_matches(sense, trig.token):  # government" accuses
            if any(c.dep_ in unless.get(name, ()) for c in trig.token.head.children):
                continue
            if any(c.dep_ in own.get(name, ()) for c in trig.token.children):
                continue  # plover125: "the polls closed" closes nothing, "closed its border" does
            if any(c.dep_ == "prep" and c.lower_ in preps.get(name, ())
                   for i in ids for c in trig.token.doc[i].children):
                continue
            if applies[name] is None or trig.category in applies[name]:
                return name
        return None

    def _blame_to_come(self, trig: _Trigger) -> bool:
        """Blame for acts yet to come (``blame_to_come``: "hold … responsible for any attacks"):
        a warning of consequences, no accusation of anything done."""
        rule = self.lex.extra["senses"]["blame_to_come"]
        near = [trig.token, *(c for c in trig.token.children  # ("hold X responsible for")
                              if c.pos_ == "ADJ" and c.dep_ in ("ccomp", "acomp", "oprd", "xcomp"))]
        return any(p.dep_ == "pobj" and any(m.dep_ in ("det", "amod") and m.lower_ in rule["cues"]
                                            for m in p.children)
                   for t in near for c in t.children if c.dep_ == "prep" and c.lower_ in rule["preps"]
                   for p in c.children)

    # actors -------------------------------------------------------------------------------
    def _subject(self, verb: Token) -> tuple[list[Token], bool]:
        """Subject heads of ``verb`` (inherited through xcomp/conj), and whether passive."""
        node = verb
        dateline = self.actors.dateline_tokens(verb.doc)
        for _ in range(8):
            kids = list(node.children)
            subj = [c for c in kids if c.dep_ in ("nsubj", "csubj")]
            if dateline:  # "NAIROBI, March 3 - Kenya accused": the parse's subject is the
                # dateline, the actor its apposition
                subj = [t for c in subj for t in c.subtree if t.i not in dateline and (
                    t.i == c.i or t.head.i in dateline) and t.pos_ in ("NOUN", "PROPN", "PRON")
                        and t.dep_ not in ("npadvmod", "nummod")][:1] or [
                    c for c in subj if c.i not in dateline]
            passive = [c for c in kids if c.dep_ == "nsubjpass"]
            agent = [p for a in kids if a.dep_ == "agent" for p in a.children
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
            if node.dep_ == "advcl" and node.tag_ == "VBN" and not any(
                    c.dep_ in ("aux", "auxpass") for c in kids):
                return [], True  # "(although) widely hailed as …, Karzai faces": he is hailed
            if node.dep_ == "advcl" and (node.tag_ == "VBG" or any(
                    c.dep_ == "aux" and c.lower_ == "having" for c in kids)):
                owner = [p for w in node.head.children if w.dep_ == "prep" and w.lower_ == "with"
                         and w.i < node.i for p in w.children if p.dep_ == "pobj"
                         and p.right_edge.i < node.i]
                if owner:
                    return owner[-1:], False  # "with the PAD having called off …": the PAD
            if node.dep_ in ("xcomp", "conj", "advcl", "acomp") or (
                    node.dep_ == "relcl" and False):
                node = node.head
                continue
            if node.dep_ == "acl" and node.tag_ in ("VBN", "VBD") and \
                    node.head.pos_ in ("NOUN", "PROPN"):
                return [], True  # "British soldier killed in …": the noun suffered it
            if node.dep_ in ("acl", "relcl") and node.head.pos_ in ("NOUN", "PROPN"):
                thing = node.head
                named = thing.ent_type_ or self.actors.sector([thing]) is not None
                author = [a for a in _prep_objects(thing, ("from", "by")) if self._is_actor(a)]
                if not named and author and node.tag_ == "VBG":
                    return author[:1], False  # "a complaint from the Center for
                    # Constitutional Rights, asking German authorities to …": its author asks
                message = self._addressed_message(node)
                if message is not None:  # "sent a letter to the government requesting …":
                    # the message's sender acts, not its addressee (``addressed_messages``)
                    if message.dep_ != "dobj" or message.head.pos_ not in ("VERB", "AUX"):
                        return [], False
                    node = message.head
                    continue
                governor = thing.head if thing.dep_ == "dobj" else thing.head.head
                if not named and thing.dep_ in ("dobj", "pobj") and governor.pos_ in ("VERB", "AUX"):
                    node = governor
                    continue  # "passed a law allowing …": whoever passed it allows
                return [thing], False
            break
        return [], False

    def _addressed_message(self, act: Token) -> Token | None:
        """The message whose addressee the participle ``act`` hangs on ("a letter to the
        government requesting …", ``senses.addressed_messages``), else None."""
        for name, ids in self._named_sense_matches("addressed_messages", act):
            return act.doc[ids[3]] if name == "MESSAGE_ADDRESSEE_PARTICIPLE" else act.doc[ids[4]]
        return None

    def _instrument_subject(self, verb: Token) -> bool:
        """The verb's subject (or agent) is a law, constitution, budget or rule
        (``instruments``): the sentence describes what it says or does, no actor acts."""
        heads, _ = self._subject(verb)
        instruments = self.lex.extra["senses"]["instruments"]
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and _lemma(verb.head) in instruments:
            return True  # "struck down a 1973 law banning same-sex marriage": what it says
        return bool(heads) and all(_lemma(h) in instruments and h.ent_type_ not in (
            "PERSON", "GPE", "NORP") for h in heads)

    def _heads(self, tok: Token) -> list[Token]:
        out = [tok]
        for c in tok.conjuncts:
            if c.pos_ in ("NOUN", "PROPN", "PRON") and c.i > tok.i:
                out.append(c)
        return out

    def _code_heads(self, heads: Iterable[Token]) -> list[Actor]:
        out: list[Actor] = []
        merged: set[int] = set()
        for h in heads:
            if h.i in merged:
                continue
            person = self._descriptor_person(h)
            if person is not None:
                actor, ids = person
                merged |= ids
                out.append(actor)
                continue
            for a in self.actors.code_np(h):
                if a.code is None and h.lower_ in ("it", "they", "he", "she", "its", "who"):
                    continue
                out.append(a)
        return out

    def _descriptor_person(self, head: Token) -> tuple[Actor, set[int]] | None:
        """One person described by coordinated descriptors ("activist and former
        Vice-President <name>", "a former CIA agent and Republican, <name>":
        ``senses.descriptor_persons``): the person's actor, coded by the best-specified
        descriptor (an office over a party word over an occupation), and the token ids of the
        conjuncts it stands for; None where the coordination names several people."""
        rule = self.lex.extra["senses"]["descriptor_persons"]
        for name, ids in self._named_sense_matches("descriptor_persons", head):
            person = head.doc[ids[-1]]
            descs = [head, *(c for c in head.conjuncts if c.i != person.i)]
            if {c.i for c in head.conjuncts} != {d.i for d in descs[1:]} | (
                    {person.i} if person.dep_ == "conj" else set()):
                continue  # every conjunct is a descriptor of the person or the person
            dets = [c for c in head.children if c.dep_ in ("det", "poss")]
            if any(d.lower_ not in rule["indefinite_dets"] for d in dets) or any(
                    c.dep_ in ("det", "poss") for d in (*descs[1:], person)
                    for c in d.children):
                continue  # "the president and <name>", "a farmer and a teacher": two
            if any(_lemma(d) in self.actors.elite_not_bodies or (
                    d.tag_ != "NN" and d.ent_type_ not in rule["name_like_descriptor_ents"]
                    and not any(a.sector for a in self.actors.code_np(d))) for d in descs):
                continue  # "condemned government and Prime Minister <name>": a body;
                # "Siddiqui and <name>": an untyped name, no title or party word
            tiers = list(rule["sector_tiers"].values())

            def rank(a: Actor, tiers: list[set[str]] = tiers) -> tuple[int, bool]:
                return (next((n for n, t in enumerate(tiers) if a.sector in t), len(tiers)),
                        a.code is None)
            own = self.actors.code_np(person)
            if not own:
                continue
            pool = [*own, *(a for d in descs for a in self.actors.code_np(d))]
            best = min(pool, key=rank)  # min keeps the first of equals: the name's own
            code = best.code or next((a.code for a in sorted(pool, key=rank) if a.code), None)
            if self._actor_rule is None:
                self._actor_rule = name
            return replace(own[0], code=code, sector=best.sector), {
                head.i, person.i, *(d.i for d in descs)}
        return None

    def _family(self, trig: _Trigger, category: str, cameo: str, mode: str | None,
                srcs: list[Actor]) -> tuple[str, str, str | None]:
        """Neighbours within a family, by the object and the source (``accede`` and
        ``seizure`` in plover.json): agreeing to a request is yielding ("agreed to the US
        request"); a court that freezes assets seizes them, it does not sanction."""
        sen = self.lex.extra["senses"]
        tok, lemma = trig.token, _lemma(trig.token)
        if trig.kind != "verb":
            return category, cameo, mode
        accede = sen["accede"]
        if category == "AGREE" and lemma in accede["verbs"] and any(
                _lemma(o) in accede["objects"] or o.lower_ in accede["objects"]
                for c in tok.children if c.dep_ in ("dobj", "prep") and (
                    c.dep_ == "dobj" or c.lower_ == "to")
                for o in ([c] if c.dep_ == "dobj" else
                          [p for p in c.children if p.dep_ == "pobj"])):
            return accede["code"]
        seize = sen["seizure"]
        if category == "SANCTION" and lemma in seize["verbs"] and srcs and all(
                a.sector in seize["sectors"] for a in srcs):
            return seize["code"]
        ban = sen["protest_bans"]
        verb = " ".join([lemma, *(_lemma(c) for c in tok.children if c.dep_ == "prt")])
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if (lemma in ban["verbs"] or verb in ban["verbs"]) and srcs and all(
                a.sector in ban["sectors"] for a in srcs) and any(
                _lemma(o) in ban["objects"] or o.lower_ in ban["objects"] for o in objs):
            return ban["code"]  # "police had canceled the protest": a ban on assembly (1721)
        orders = sen["troop_orders"]
        if lemma in orders["verbs"] and any(
                self.actors.sector([o]) in orders["sectors"] for o in objs) and any(
                c.dep_ == "prep" and c.lower_ in orders["preps"] for c in tok.children):
            return orders["code"]  # "ordered troops to the border": a deployment (150)
        return category, cameo, mode

    def _handled_act(self, trig: _Trigger) -> bool:
        """Whether a verb above an event noun only sees, tells or suffers it (at any depth:
        ``patient_light_verbs``) or, in the nearest clause, vouches for, handles or prevents it
        (``handling_verbs``): its subject did not do it."""
        sen, tok = self.lex.extra["senses"], trig.token
        if any(a.pos_ == "VERB" and _lemma(a) in sen["patient_light_verbs"]
               for a in tok.ancestors):
            return True  # "Iran has seen unrest …", "describes his torture"
        path = {tok.i}
        for above in tok.ancestors:
            if above.pos_ == "VERB":
                lemma = _lemma(above)
                if {lemma, *(f"{lemma} {c.lower_}" for c in above.children if c.dep_ == "prt"
                             or c.dep_ == "prep" and c.i in path)} & sen["handling_verbs"]:
                    return lemma not in sen["confirming"] or not self._confirms_own(trig, above)
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in above.children):
                    return False  # "confirm that the raid was carried out by U.S. troops"
            path.add(above.i)
        return False

    def _confirms_own(self, trig: _Trigger, verb: Token) -> bool:
        """A confirmer of a kind that does such acts, or a party to confirmed talks, vouches
        for its own act ("The U.S. military confirmed the attack")."""
        own = self.lex.extra["senses"]["confirmers_who_act"]
        subject = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
        return trig.category in own["categories"] or self.actors.sector(subject) in own["sectors"]

    def sources(self, trig: _Trigger) -> tuple[list[Actor], set[int]]:
        self._actor_rule = None
        tok = trig.token
        verb = tok if trig.kind == "verb" else clause_verb(tok)
        srcs: list[Actor] = []
        under = self._under_act(trig)
        if under is not None:  # "American and Afghan forces came under attack": they suffered
            # it; the noun's or the verb's by- or from-phrase acts, else no one named
            self._actor_rule = "UNDER_ACT_SUBJECT"
            doers = [p for p in _prep_objects(tok, ("by", "from")) + _prep_objects(
                under[0], ("by", "from")) if self._is_actor(p)]
            doers = [h for p in doers for h in self._heads(p)]
            return self._code_heads(doers), {t.i for p in doers for t in p.subtree}
        if self._raised_passive(trig):  # "several hundred Iraqi forces reported to have
            # been killed": they underwent it, the reporter did not do it (RAISED_PASSIVE)
            self._actor_rule = "RAISED_PASSIVE"
            return [], set()
        if self._patient_subject(trig):  # "Iraqi deputy minister kidnapped": the subject
            # suffered it; "Fiji suspended from Commonwealth": the body it left acted
            body = [p for p in _prep_objects(tok, ("from",)) if self._is_actor(p)] if _lemma(
                tok) in self.lex.extra["senses"]["from_actor_verbs"] else []
            return self._code_heads(body), {t.i for p in body for t in p.subtree}
        if trig.kind == "verb" and tok.tag_ == "NNS":  # "Hamas strikes deal" (_struck_deal):
            # the parties are the noun's modifiers, the noun no part of them
            parties = [c for c in tok.children if c.dep_ in self.lex.extra["senses"][
                "struck_deals"]["party_deps"] and self._is_actor(c)]
            if parties:
                return self._code_heads(parties), {t.i for p in parties for t in p.subtree}
        helpers = self._helpers(tok) if trig.kind == "noun" else []
        if helpers:  # "with the support of the government of Denmark, the newspaper …"
            return self._code_heads(helpers), {t.i for h in helpers for t in h.subtree}
        if trig.kind == "noun":  # "an ambush by Taliban insurgents": the by-phrase acts
            of = [c.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
            by = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" and not (
                trig.category in VERBAL and of and min(of) < c.i)  # "accusations of rape
                  for p in c.children if p.dep_ == "pobj"]          # by soldiers": accused
            srcs = [a for h in by for a in self._code_heads(self._heads(h))]
            if any(a.code or a.sector for a in srcs) or (by and all(
                    h.pos_ == "PROPN" for h in by)):
                # "appeals by Bush and Ahmadinejad": the named speakers, not the venue that
                # is the clause's subject (the store places a bare name by its document)
                return srcs, {t.i for h in by for t in h.subtree}
            srcs = []
            if any(c.dep_ == "expl" for c in tok.head.children) and tok.dep_ in ("attr", "nsubj"):
                return [], set()  # "there had been attacks on journalists": no one named
        if trig.kind == "noun" and self._device_event(tok):
            if not (tok.dep_ in ("dobj", "attr") and self._is_light(tok.head)):
                self._actor_rule = "DEVICE_EVENT"  # "5 dead in Pakistan bomb attack": where
                return [], set()  # ("militants carried out a suicide attack": they act)
        # a noun trigger names its own actor: "Palestinian riots", "the Hutu rebels' demands"
        elif trig.kind == "noun":
            own = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound") and not
                   self._sponsor(c) and not self._where(trig, c) and not (
                trig.category == "CONSULT" and c.dep_ == "compound"
                and c.ent_type_ in ("GPE", "LOC", "FAC")) and not (
                c.dep_ == "poss" and self._victim_noun(tok))]  # "Iraq visit": where, not who;
            # "Benazir's assassination": she was killed, she did not act
            for c in own:
                code, _ = self.actors.token_code(c)
                if code == "IGO" and trig.category in ("CONSULT", "RETREAT"):
                    continue  # "an emergency IAEA meeting", "UN sponsored ceasefire": the
                    # organization hosts or brokers it, the parties meet or cease fire
                if code:
                    srcs = self.actors.code_np(tok, deep=False, before=True)
                    break
                if c.dep_ == "poss" and c.pos_ == "PROPN" and trig.category not in VERBAL:
                    # "Harper announced Bernier's resignation": the one who resigned acts,
                    # not the announcer
                    srcs = self._code_heads([c])
                    break
            if not srcs and self._victim_noun(tok) and tok.dep_ not in ("nsubj", "nsubjpass") \
                    and any(c.dep_ == "poss" for c in tok.children):
                return [], set()  # "an investigation into Benazir's assassination": no killer
                # named ("his abduction was done by criminals": the clause names them)
            if not srcs and any(self._where(trig, c) for c in tok.children) and not (
                    tok.dep_ in ("dobj", "attr") and self._is_light(tok.head)):
                return [], set()  # "has no links with the London bombings": an event named by
                # its place, whose doer the sentence does not name ("launched the Gaza
                # offensive": the one who launched it acts)
        if not srcs and trig.kind == "noun":
            doers = self._from_doers(trig)
            if doers:  # "retaliating against missile attacks from Azerbaijan": Azerbaijan acts
                return self._code_heads(doers), {t.i for h in doers for t in h.subtree}
        subj_tokens: set[int] = set()
        if not srcs and trig.kind == "noun" and tok.dep_ in ("nsubj", "nsubjpass"):
            # "fighting broke out between Tajik and Kyrgyz guards": the parties act together
            for prep in (c for c in [*tok.children, *tok.head.children] if c.dep_ == "prep"
                         and c.lower_ in ("between", "among", "by")):
                for p in (c for c in prep.children if c.dep_ == "pobj"):
                    srcs = [a for a in self._code_heads(self._heads(p))]
                    subj_tokens |= {t.i for t in p.subtree}
            if srcs:
                return srcs, subj_tokens
        sen = self.lex.extra["senses"]
        if trig.kind == "noun" and not srcs:
            if tok.dep_ in ("dobj", "attr") and (_lemma(tok.head) in sen["recipient_verbs"]
                                                 or self._self_benefit(trig) == "taken"):
                # "the governor has the support of the prime minister", "took out a loan from the IMF":
                # the of- or from-phrase acts
                givers = _prep_objects(tok, ("of", "from"))
                if self._self_benefit(trig) == "taken":  # "took out a loan of $6 billion from
                    # the IMF": the lender, on the noun or the verb; the of-phrase is the sum
                    givers = _prep_objects(tok, ("from",)) + _prep_objects(tok.head, ("from",))
                return ([a for h in givers for a in self._code_heads(self._heads(h))],
                        {t.i for h in givers for t in h.subtree})
            if tok.dep_ == "pobj" and tok.head.lower_ in sen["background_preps"]:
                return [], set()  # "after the attacks on the United States": background
            if tok.dep_ == "pobj" and tok.head.lower_ in sen["patient_preps"] and \
                    _lemma(tok.head.head) == "be":
                return [], set()  # "Kathmandu was under a curfew": it suffered it
            if self._handled_act(trig):
                return [], set()  # "Iran has seen unrest …", "confirmed the kidnapping"
            if tok.dep_ == "pobj" and tok.head.lower_ == "in" and (
                    tok.head.head.tag_ == "VBN" and _lemma(tok.head.head) in sen["patient_verbs"]
                    or _lemma(tok.head.head) in sen["death_verbs"]):
                return [], set()  # "18 injured in south Thailand blasts": the injured suffered
            known = tok
            while known.dep_ == "pobj" and known.head.head.lower_ in MEASURES:
                known = known.head.head  # "the series of killings"
            if known.dep_ == "pobj" and _lemma(known.head.head) in sen["awareness_adjectives"]:
                return [], set()  # "the EU was aware of the killings": it knows, others act
            if tok.dep_ == "dobj" and any(c.dep_ in ("advmod", "oprd") and c.lower_ in sen[
                    "attitude_adverbs"] for c in tok.head.children):
                return [], set()  # "the police are taking the threats seriously": a stance
        if not srcs:
            controlled = self._controller(verb)
            heads, passive = (controlled, False) if controlled is not None else \
                self._subject(verb)
            patient = bool(heads) and (heads[0].dep_ == "nsubjpass" if passive
                                       else self._shared_patient(verb))
            if patient and (
                    trig.category not in SOURCELESS_PASSIVE
                    or _lemma(verb) in sen["permission_verbs"]) and _lemma(verb) not in STATIVE:
                heads = []  # ("the US is allowed to …": it was permitted, it did not concede)
            if patient and _lemma(verb) in sen["release_verbs"]:
                # "Arar was freed from Syrian detainment": the captor releases the subject
                held = _prep_objects(verb, ("from",))
                return ([a for h in held for a in self.actors.code_np(h) if a.code],
                        {t.i for h in held for t in h.subtree})
            if heads and heads[0].pos_ == "NOUN" and _noun_entry(heads[0], self.lex):
                named = any(
                    self.actors.token_code(t)[0] for c in heads[0].lefts
                    if c.dep_ in ("poss", "amod", "compound", "nmod") and not self._sponsor(c)
                    and not self._where_of(heads[0], c) for t in c.subtree)
                if named and self._device_event(heads[0]):  # "Afghan suicide bombs killed":
                    named, self._actor_rule = False, "DEVICE_EVENT"  # where, not who
                if not named:
                    # "the ambush by Taliban fighters killed …": the event's by-phrase acts;
                    # "the explosion killed two policemen": no one is named ("US attacks
                    # killed": the event names its actor)
                    heads = _prep_objects(heads[0], ("by",))
            heads = [h for h in heads if not self._where(trig, h) and not self._victim_noun(h)]
            if len(heads) == 1 and heads[0].lower_ in ("it", "they", "he", "she", "we"):
                heads = self._speaker(verb) or heads  # "Uganda said it had paid …": Uganda
            flat: list[Token] = []
            for h in heads:
                flat.extend(t for t in self._heads(h) if not _address_tail(t))
            laws = sen["classes"]["laws"]
            srcs = [a for a in self._code_heads(flat)  # "the amendment would increase …"
                    if (a.code or _lemma(trig.token.doc[a.head]) not in laws)
                    and not self._non_agent(trig.token.doc[a.head])]
            for h in flat:
                subj_tokens |= {t.i for t in h.subtree}
        return srcs, subj_tokens

    def _under_act(self, trig: _Trigger) -> tuple[Token, Token] | None:
        """(the light verb, its subject) where the noun trigger is the object of "under" on
        "come", "fall", "be", "remain" or "stay" ("US and Afghan forces came under attack",
        ``senses.victims_and_weapons`` UNDER_ACT_SUBJECT): the subject suffered the act."""
        if trig.kind != "noun":
            return None
        for name, ids in self._named_sense_matches("victims_and_weapons", trig.token):
            if name == "UNDER_ACT_SUBJECT":
                return trig.token.doc[ids[2]], trig.token.doc[ids[3]]
        return None

    def _raised_passive(self, trig: _Trigger) -> bool:
        """A trigger verb in a passive infinitive with no subject or agent of its own, hung on
        a verb of report ("forces reported to have been killed") or on the noun it tells of
        ("reports only 10 monks to have been killed"): ``senses.raised_patients``
        RAISED_PASSIVE. Neither the noun it is said of nor the reporter did it."""
        if trig.kind != "verb" or trig.category in SOURCELESS_PASSIVE or _lemma(
                trig.token) in STATIVE or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "csubj")
                                              for c in trig.token.children):
            return False  # ("5,000 soldiers began to be withdrawn": they retreat, as
            # SOURCELESS_PASSIVE)
        return bool(self._named_sense_matches("raised_patients", trig.token))

    def _device_event(self, noun: Token) -> bool:
        """An attack noun named by its device or the vehicle it hit ("Pakistan bomb attack",
        "a Pakistan bus bombing", DEVICE_EVENT) whose only actor words are countries or places:
        they say where, not who ("Taliban suicide bombing", "LTTE suicide bombing": the group
        acts)."""
        coded = [t for c in noun.children if c.i < noun.i and c.dep_ in (
            "poss", "amod", "compound", "nmod") for t in c.subtree if self.actors.token_code(t)[0]]
        if not coded or any(not (self.actors.token_code(t)[1] or "").startswith((
                "country:", "place:")) for t in coded):
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near") and any(
                p.ent_type_ in ("GPE", "LOC", "FAC") for p in c.children) for c in noun.children):
            return False  # "Chechen suicide bombings in Moscow": the place is given, the
            # nationality word says who
        return any(name == "DEVICE_EVENT"
                   for name, _ in self._named_sense_matches("victims_and_weapons", noun))

    def _shared_patient(self, verb: Token) -> bool:
        """A passive conjunct with no subject or agent of its own shares the subject of the
        active verb it is joined to, who underwent it ("Barker pleaded guilty … and was
        sentenced to life", "the wanted individual turned himself in and was detained"): the
        patient, not the doer (``senses.shared_patient``)."""
        rule = self.lex.extra["senses"]["shared_patient"]
        kids = list(verb.children)
        return verb.dep_ in rule["relations"] and any(
            c.dep_ in rule["passive_marks"] for c in kids) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "agent") for c in kids)

    def _controller(self, verb: Token) -> list[Token] | None:
        """Who does what an infinitive complement with no subject of its own tells: the
        governing verb's object ("forced the minister to resign", "called on the rebels to
        disarm") or its passive subject ("the troops were ordered to withdraw"), not the
        governing subject, whose act is only the governing verb (``senses.controller``).
        An empty list when the complement is itself passive (its controller underwent it);
        None when no controller is named here (the usual subject climb decides)."""
        rule = self.lex.extra["senses"]["controller"]
        own = ("nsubj", "nsubjpass", "csubj", "agent")
        node = verb
        for _ in range(6):
            if any(c.dep_ in own for c in node.children):
                return None
            if node.dep_ == "conj" and self._tense_break(node, rule):
                heads, passive = self._subject(node.head.head)
                return None if passive or not heads else heads
            if node.dep_ == "conj":
                node = node.head
                continue
            if node.dep_ not in rule["relations"] or not any(
                    c.dep_ == "aux" and c.lower_ in rule["markers"] for c in node.children):
                return None  # ("left the onlookers bemused": no infinitive, no controller)
            gov, lemma = node.head, _lemma(node.head)
            objs = [c for c in gov.children if c.dep_ in rule["object_deps"] and c.i < node.i
                    and lemma not in rule["subject_control"]]
            objs += [p for c in gov.children if c.dep_ == "prep" and c.i < node.i
                     and f"{lemma} {c.lower_}" in rule["object_preps"]
                     for p in c.children if p.dep_ == "pobj"]
            undergone = any(c.dep_ in rule["passive_marks"] for c in verb.children)
            if objs and objs[0].lower_ not in rule["not_controllers"] and (
                    objs[0].pos_ == "PRON" or objs[0].ent_type_ in rule["object_entities"]
                    or self.actors.sector([objs[0]]) is not None):
                # the object's own head names a doer ("forced the army to …"), not a thing
                # its modifier codes ("prepare military operations to …", "broke party line to
                # vote", "choose police centres to attack": a purpose, or the act's target)
                return [] if undergone else objs[:1]
            if lemma not in rule["subject_control"] and any(
                    c.dep_ in rule["passive_marks"] for c in gov.children):
                subj = [c for c in gov.children if c.dep_ == "nsubjpass"]
                if subj and subj[0].lower_ in ("who", "which", "that") and gov.dep_ == "relcl":
                    subj = [gov.head]
                if not subj or not self._is_actor(subj[0]):
                    return None  # ("the money will be used to fund …": no doer named)
                return [] if undergone else subj[:1]
            node = gov
        return None

    @staticmethod
    def _tense_break(conj: Token, rule: dict[str, Any]) -> bool:
        """A finite verb with no auxiliary joined to a modal complement ("predicted the
        president would lose … and asked voters to …"): it cannot share the modal, so it is
        the governing verb's conjunct, misattached by the parser (``controller``)."""
        comp = conj.head
        return comp.dep_ in rule["complements"] and conj.tag_ in rule["finite_tags"] and not any(
            c.dep_ in ("aux", "auxpass") for c in conj.children) and any(
            c.dep_ == "aux" and c.tag_ in rule["modal_tags"] for c in comp.children)

    def _from_doers(self, trig: _Trigger) -> list[Token]:
        """The from-phrase of an event noun that names its doer (``doer_from``: "attacks from
        Azerbaijan", "protests from the Greek Cypriots", "calls from the Democrats"), not
        where something left ("withdrawal from Iraq": RETREAT and the like are not listed)."""
        rule, tok = self.lex.extra["senses"]["doer_from"], trig.token
        if trig.category not in rule["categories"] or _lemma(tok) in rule["not_nouns"] or (
                tok.dep_ in ("dobj", "attr")
                and _lemma(tok.head) in self.lex.extra["senses"]["recipient_verbs"]):
            return []  # ("has strong support from …": the recipient-verb rule reads it)
        return [h for p in _prep_objects(tok, ("from",)) for h in self._heads(p)
                if self._is_actor(h) and self.actors.code_np(h, deep=False)[0].code]

    def _where(self, trig: _Trigger, mod: Token) -> bool:
        """A place name on an event noun says where, not who: any town or region ("Baghdad
        bombing"), and a country before a noun that names no doer (``where_nouns``: "Lebanon
        fighting escalates", "south Thailand blasts"); "US attacks" keeps its actor."""
        gerund = trig.kind == "verb" and trig.token.tag_ == "VBG" and not any(
            c.dep_ in ("aux", "auxpass") for c in trig.token.children)  # "Lebanon fighting
        if not (trig.kind == "noun" or gerund):  # escalates": a headline's noun read as a verb
            return False
        return self._where_of(trig.token, mod)

    def _where_of(self, noun: Token, mod: Token) -> bool:
        """``mod`` is a place name that says where the event ``noun`` happened ("Mogadishu
        clashes kill 20": the clashes name no one); a town's rally or strike is its people's
        ("San Francisco anti-G8 rally": CAMEO codes protesters by where they gather)."""
        if mod.ent_type_ not in ("GPE", "LOC", "FAC") or not (
                mod.dep_ in ("compound", "nsubj", "nmod") and mod.head.i == noun.i
                or noun.dep_ == "acl" and noun.head.i == mod.i):
            return False
        where = self.lex.extra["senses"]["where_nouns"]
        if _lemma(noun) in where or noun.lower_ in where or self._region_of_country(mod):
            return True
        entry = _noun_entry(noun, self.lex) if noun.pos_ in ("NOUN", "PROPN") else None
        return mod.ent_id_.startswith("place:") and (entry is None or entry.category != "PROTEST")

    def _region_of_country(self, mod: Token) -> bool:
        """A country's name with a direction word right before it and outside it ("south
        Thailand", ``senses.where_regions``): a region of the country, where, as a town is."""
        if not mod.ent_id_.startswith("country:"):
            return False
        span = _ent_span(mod)
        start = span.start if span is not None else mod.i
        before = mod.doc[start - 1] if start > 0 else None
        return before is not None and before.ent_type_ == "" and \
            before.lower_ in self.lex.extra["senses"]["where_regions"]["words"]

    def _victim_noun(self, noun: Token) -> bool:
        """A noun of violence done to a person (``victim_nouns``) with no of-phrase: its
        possessor suffered it ("Benazir's assassination"), and as a subject it names no actor
        ("soldiers' deaths were in bomb attacks")."""
        return noun.lower_ in self.lex.extra["senses"]["victim_nouns"]["nouns"] and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)

    def _sponsor(self, mod: Token) -> bool:
        """A participle modifier naming who sponsored or brokered the event ("UN sponsored
        ceasefire", "US-backed talks"): the sponsor is not the party that acts."""
        return mod.dep_ == "amod" and mod.tag_ == "VBN" and \
            _lemma(mod) in self.lex.extra["senses"]["sponsor_participles"]

    def _non_agent(self, head: Token) -> bool:
        """A subject that is a thing, not an actor: a plan, programme or doctrine ("Iran
        nuclear program The European Union has agreed …": an infobox label before the
        sentence); material acts stand for their doers ("the Israeli blockade")."""
        return _lemma(head) in self.lex.extra["senses"]["non_agent_heads"] and \
            head.ent_type_ not in ("ORG", "GPE", "NORP", "PERSON")

    def _speaker(self, verb: Token) -> list[Token]:
        """The subject of the speech verb whose complement ``verb`` is ("Uganda said it had
        paid …", "the ministry announced that it would …"): what a pronoun there refers to."""
        node = verb
        while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
            node = node.head
        if node.dep_ != "ccomp" or _lemma(node.head) not in self.lex.speech:
            return []
        heads, passive = self._subject(node.head)
        if passive or not heads or heads[0].pos_ == "PRON":
            return []
        pron, head = verb_subject_pronoun(verb), heads[0]
        if pron in ("he", "she") and (head.ent_type_ in ("GPE", "ORG", "NORP", "LOC")
                                      or head.tag_ in ("NNS", "NNPS")):
            return []  # "The U.S. said he had planned an attack": he is not the U.S.
        if pron == "it" and head.ent_type_ == "PERSON":
            return []
        return heads

    def _patient_subject(self, trig: _Trigger) -> list[Token]:
        """The subject of a bare participle or a headline verb that needs an object
        ("Iraqi deputy health minister kidnapped", "Three soldiers killed in Kandahar"): it
        names who suffered the act, not who did it."""
        tok = trig.token
        if trig.kind != "verb":
            return []
        sent = tok.sent
        last = sent[-1]
        headline = not last.is_punct and len(sent) <= 16 and tok.dep_ == "ROOT"
        sen = self.lex.extra["senses"]
        if _lemma(tok) not in sen["patient_verbs"]:
            blamed = not last.is_punct and len(sent) <= 24 and tok.dep_ == "ROOT" \
                and _lemma(tok) in sen["headline_patient_verbs"]  # ("Iran, Egypt, USA blamed
            # in failure of …": the blamed)
            if not (blamed or self._headline_passive(tok)):
                return []
            headline = True
        kids = list(tok.children)
        if any(c.dep_ in ("dobj", "aux", "auxpass", "agent", "ccomp") for c in kids):
            return []  # ("Residents urged to evacuate": still the people urged)
        if not (tok.tag_ == "VBN" or headline):
            return []
        return [c for c in kids if c.dep_ == "nsubj"]

    def _headline_passive(self, tok: Token) -> bool:
        """Whether ``tok`` is a headline's past form with no auxiliary, object or complement
        ("Children massacred in Kenyan school"): headlines tell past acts in the present, so
        it is a passive participle of any verb (``senses.headline_passive``)."""
        rule = self.lex.extra["senses"]["headline_passive"]
        sent = tok.sent
        return tok.dep_ == "ROOT" and not sent[-1].is_punct and len(sent) <= rule["max_tokens"] \
            and tok.tag_ in rule["tags"] and not any(c.dep_ in rule["not_with"] for c in tok.children)

    def targets(self, trig: _Trigger, exclude: set[int]) -> list[Actor]:
        tok = trig.token
        verb = tok if trig.kind == "verb" else clause_verb(tok)
        order: list[Token] = list(self._patient_subject(trig))
        under = self._under_act(trig)
        if under is not None:  # "forces came under attack": the forces are its target
            order.append(under[1])

        def add_objects(v: Token, depth: int = 0) -> None:
            if depth > 3:
                return
            kids = list(v.children)
            for c in kids:  # "demanded that the US cancel …": the complement's subject
                if (c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ == "for" for m in c.children))) and \
                        trig.category in GOVERNING | {"THREATEN"}:
                    order.extend(s for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
            for c in kids:
                if c.dep_ in ("dative", "iobj"):
                    order.append(c)
            for c in kids:
                if c.dep_ in ("dobj", "attr", "oprd") or (c.dep_ == "nsubjpass" and v is verb
                                                          and _lemma(v) not in STATIVE):
                    order.append(c)
            order.extend(_prep_objects(v, TARGET_PREPS[:10]))
            for c in kids:
                if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX") and not (
                        c.dep_ == "advcl" and _lemma(c) in self.lex.speech):
                    add_objects(c, depth + 1)  # (", saying that Israel …": the speaker's gloss)
            order.extend(_prep_objects(v, ("in", "at", "near")))

        if trig.kind == "noun":
            order.extend(_prep_objects(tok, TARGET_PREPS))
            if tok.dep_ in ("dobj", "pobj", "attr"):
                add_objects(verb)
        else:
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
                order.append(tok.head)  # reduced passive: "a camp … attacked by militiamen"
            add_objects(tok)
        seen: set[int] = set(self.actors.dateline_tokens(tok.doc))
        unnamed: list[Actor] = []  # people without a name: coded from the sentence if nothing else
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
                    direct_of = t.head.lower_ == "of" and t.head.head.i == head.i
                    if t.dep_ == "poss" or (t.dep_ == "pobj" and (direct_of or t.head.lower_ in (
                            "by", "with", "to", "from", "against", "on", "in", "between", "among"))):
                        found = [a for a in self._code_heads(self._heads(t)) if a.code]
                        if found:
                            break
            if found:
                return found
            if not unnamed:
                unnamed = [a for a in self._code_heads(self._heads(head))
                           if a.sector is not None and head.pos_ in ("NOUN", "PROPN")]
        return unnamed

    # main ---------------------------------------------------------------------------------
    def _obligation_actors(self, trig: _Trigger, srcs: list[Actor],
                           tgts: list[Actor]) -> tuple[list[Actor], list[Actor]]:
        """"X said Libya must hand over …": X demands, Libya is asked."""
        verb = trig.token if trig.kind == "verb" else clause_verb(trig.token)
        node = verb
        while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
            node = node.head
        if node.dep_ != "ccomp" or node.head.i == node.i:
            # "According to Zorick, the United States should …": the source is the one cited;
            # with no speaker at all the obligation is the writer's opinion, no one's request
            speaker = [p for a in node.children if a.dep_ == "prep" and a.lower_ == "according"
                       for t in a.children if t.dep_ == "prep" for p in t.children
                       if p.dep_ == "pobj"]
            said = self._code_heads(h for s in speaker for h in self._heads(s))
            return (said, [a for a in srcs if a.code] or tgts) if speaker else ([], [])
        speaker, _ = self._subject(node.head)
        said = self._code_heads(h for s in speaker for h in self._heads(s))
        if not said:
            return srcs, tgts
        return said, [a for a in srcs if a.code] or tgts

    def _may_code(self, doc: Doc) -> list[bool]:
        """Per token of the last document asked about: whether ``ActorCoder.token_code`` can
        give it a code at all (it codes only a token with an entity id or type, or one whose
        text starts with a capital), read from the arrays, each distinct text tested once."""
        memo = self._may_code_memo
        if memo is not None and memo[0] is doc:
            return memo[1]
        flags: list[bool] = []
        if len(doc):
            table = doc.to_array([ENT_ID, ENT_TYPE, ORTH])
            capital = _word_flags(table[:, 2], self._capital_ok, _capitalised, doc.vocab.strings)
            flags = ((table[:, 0] != 0) | (table[:, 1] != 0) | capital).tolist()
        self._may_code_memo = (doc, flags)
        return flags

    def _sentence_country(self, sent: Span, skip: set[int]) -> str | None:
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for i, code, counted in self._country_words(sent):
            if i in skip:
                continue
            if counted:
                counts[code] = counts.get(code, 0) + 1
            first.setdefault(code, i)
        if not counts:
            return None
        return max(counts, key=lambda c: (counts[c], -first[c]))

    def _country_words(self, sent: Span) -> list[tuple[int, str, bool]]:
        """The words of ``sent`` that give a country's code, in order: (token index, code,
        whether it counts: the first word of its name), worked out once per sentence of the
        last document (``_sentence_country`` is asked again with other words to skip)."""
        memo = doc_memo(self, "_country_words_memo", sent.doc)
        where = (sent.start, sent.end)
        if where in memo:
            return memo[where]
        found: list[tuple[int, str, bool]] = []
        memo[where] = found
        may = self._may_code(sent.doc)  # a token that can have no code counts for nothing
        for t in (sent.doc[i] for i in range(sent.start, sent.end) if may[i]):
            code, _ = self.actors.token_code(t)
            if code and t.i > sent.start and t.doc[t.i - 1].text == "The" and t.ent_type_ == "NORP" \
                    and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].pos_ not in ("NOUN", "PROPN")):
                continue  # "the report from The Australian": a newspaper, no country's act
            if code and code not in ("IGO", "NGO"):
                found.append((t.i, code, t.ent_iob_ != "I"))
        return found

    def _clause_place(self, trig: _Trigger) -> str | None:
        verb = trig.token if trig.kind == "verb" else clause_verb(trig.token)
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "inside", "throughout"):
                for p in c.children:
                    for a in self.actors.code_np(p, deep=False):
                        if a.code and a.code not in ("IGO", "NGO"):
                            return a.code
        return None

    def _situate(self, actors: list[Actor], trig: _Trigger, sent: Span,
                 target: bool = False, others: Sequence[Actor] = (),
                 skip: set[int] | None = None) -> list[Actor]:
        """People, groups and towns without a code take the country the sentence places them
        in; ethnic groups are coded by where they live ("ethnic Albanians … in Serbia").  A
        state's agent named as target is not placed by the state that acts on it (the
        source's phrase); a source placed by its target's country is only a guess, which the
        store replaces or drops (``events.py``)."""
        states = [o for o in others if o.sector in STATE_SECTORS or (
            o.sector is None and (o.entity_key or "").startswith("country:"))]
        said: set[int] = set()
        if not target:  # a source is not placed by the words it says (", saying: 'If
            # Egyptians were hit …'"); its target still places it (protesters demanding the
            # resignation of the Algerian president: the GSR codes them DZA)
            said = self._gloss(trig) | (skip or set())
            if trig.category == "ASSAULT":  # the attacked do not say who attacked them ("gunmen
                # kidnapped two Italian aid workers"); protesters and accusers of a state are
                # still placed by it (the GSR codes a domestic protest by the state targeted)
                said |= {t.i for o in others if not _place_phrase(sent.doc[o.head])
                         for t in sent.doc[o.head].subtree}
        out = []
        for a in actors:
            if a.ethnic:
                place = self._clause_place(trig)
                if place:
                    a = replace(a, code=place)
            elif target and a.code is None and a.sector is None and sent.doc[a.head].ent_type_ in (
                    "GPE", "LOC", "FAC"):  # a town attacked, unknown to the gazetteer
                code = self._sentence_country(sent, {t.i for t in sent.doc[a.head].subtree})
                if code:
                    a = replace(a, code=code)
            elif a.code is None and a.sector is not None:
                head = sent.doc[a.head]
                theirs = {t.i for o in states for t in sent.doc[o.head].subtree} \
                    if (a.sector in STATE_SECTORS or a.sector == self.actors.elite_sector) \
                    and target else said
                where = set() if target else self._presence(sent, head)  # a source is not placed
                # by where it is ("President … whilst in Saudi Arabia"), a target may be its host
                code = self._sentence_country(
                    sent, ({t.i for t in head.subtree} - {head.i}) | theirs | where) \
                    if head.ent_type_ == "PERSON" or a.sector in ("GOV", "JUD", "LEG") or \
                    a.sector == self.actors.elite_sector \
                    else self._clause_place(trig) or self._sentence_country(sent, theirs)
                if code:  # a guess: the office the document gives a person wins, and a named
                    # state body ("the Senate Intelligence Committee") placed only by its
                    # target's country is no better a guess than a person (events.py)
                    a = replace(a, code=code, placed=head.ent_type_ == "PERSON" or (
                        not target and head.ent_type_ == "ORG" and a.sector in (*STATE_SECTORS, "COP")))
            if a.code is None and self.actors.national_association(a.text):
                # plover116: an association the sentence does not place keeps the NGO code (an
                # empty country drops the event: no coded source); a state's sector word of its
                # name ("Police Association") tells what its members do, not that it is the state
                a = replace(a, code="NGO", sector=None if a.sector in (
                    *STATE_SECTORS, "COP", "NGO") else a.sector)
            out.append(a)
        return out

    def _presence(self, sent: Span, person: Token) -> set[int]:
        """The words of ``sent`` that say where ``person`` is, not whom they act for
        (``senses.presence``): a country after "whilst in", the destination of their visit or
        arrival (not of another's: "a senior official raised the issue on a visit to X"); a
        town or region may be a visit at home ("a visit to a London school")."""
        rule = self.lex.extra["senses"]["presence"]
        out: set[int] = set()
        for tok in sent:
            marked = tok.lower_ in rule["preps"] and tok.i > sent.start \
                and tok.doc[tok.i - 1].lower_ in rule["marks"]  # "whilst in Saudi Arabia"
            travel = tok.lower_ in rule["travel_preps"] and _lemma(tok.head) in rule["travel"] \
                and tok.dep_ == "prep"  # "during his visit to Egypt", "arrived in Kenya"
            if (marked or travel) and _travels(tok.head, person):
                out |= {t.i for c in tok.children if c.dep_ == "pobj" for t in c.subtree}
            elif tok.dep_ in rule["visited_deps"] and tok.head.pos_ == "VERB" \
                    and _lemma(tok.head) in rule["visited"] and _travels(tok.head, person):
                out |= {t.i for t in tok.subtree}  # "visiting Japan"
        return {i for i in out if sent.doc[i].ent_id_.startswith(tuple(rule["destinations"]))}

    def _gloss(self, trig: _Trigger) -> set[int]:
        """The words of a speech clause that glosses the act (", saying …"): what the actor
        says, not where it belongs."""
        verb = trig.token if trig.kind == "verb" else clause_verb(trig.token)
        out: set[int] = set()
        for c in verb.children:
            if c.dep_ in ("advcl", "parataxis", "conj") and _lemma(c) in self.lex.speech:
                # the subject of what the actor says it does is its own side ("denied the
                # plans, saying that Israel is supporting diplomatic efforts")
                own = {t.i for comp in c.children if comp.dep_ == "ccomp" for s in comp.children
                       if s.dep_ == "nsubj" for t in s.subtree}
                out |= {t.i for t in c.subtree} - own
        return out

    def contexts(self, sent: Span) -> tuple[str, ...]:
        """The sentence's contexts, worked out once per sentence of the last document coded
        (every event coded in a sentence asks)."""
        memo = doc_memo(self, "_contexts_memo", sent.doc)
        where = (sent.start, sent.end)
        if where not in memo:
            memo[where] = self._contexts(sent)
        return memo[where]

    def _contexts(self, sent: Span) -> tuple[str, ...]:
        text, table = self._doc_arrays(sent.doc)
        strings = sent.doc.vocab.strings
        rows = table[sent.start:sent.end]  # the words and lower-cased lemmas, as _lemma reads
        words = {strings[h] for h in set(rows[:, 0].tolist())} | {
            strings[h].lower() for h in set(rows[:, 1].tolist())}
        text = text[sent.start_char:sent.end_char].lower()
        return tuple(ctx for ctx, single, phrases in self._context_cues
                     if not single.isdisjoint(words) or any(p in text for p in phrases))

    def code(self, sent: Span) -> list[Coded]:
        out: list[Coded] = []
        if self._sent_text(sent).rstrip(" \"'”’)").endswith("?"):
            return out  # a question asserts no event
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
        if negated and mood == "intent" and trig.kind == "verb" and \
                _lemma(trig.token) in lex.extra["senses"]["refusal_threats"]:
            trig = replace(trig, category="THREATEN", cameo="13", mode=None)
            mood, negated = "asserted", False  # "will not tolerate …": a warning
        if negated and self.options["drop_negated"]:
            return None  # "France did not officially oppose this decision": no rejection
        if mood == "hypothetical":
            return None
        if trig.category == "ASSAULT" and self._accident(trig):
            return None
        if self._unintended(trig):
            return None  # "accidentally shot", "crashed, killing 31": no one meant it
        if any(self._everyday_sense(trig, sense) is not None for sense in EVERYDAY_SENSES):
            return None  # "recalled a similar incident", "shoots man in hunting accident"
            # (plover83), "fired his vice president", "are still threats" (plover86),
            # "ordered ten new jetliners", "sent an emergency alert" (plover89)
        if self._everyday_sense(trig, UNDONE_SENSE) is not None:
            return None  # plover105: "is expected to visit", "[a president], who will step
            # down after two terms", "withdrawal halted": not done, and no stated intent
        if self._game_sense(trig, sent):
            return None  # "Greece beat the Americans in the semifinals": a game, no political act
        if self._listed_kind(trig):
            return None  # "activities include kidnappings, massacres, bombs": kinds of acts
        if self._non_actor_object(trig) is not None:
            return None  # "stood by his claim", "an inquiry into the feasibility of": no actor
        if self._regulated_activity(trig) is not None:
            return None  # "bans sale of violent video games", "ruled out uranium mining"
        if self._commercial_act(trig) is not None:
            return None  # "Tesco to sell its Polish branch": a business transaction
        if trig.category == "REJECT" and (
                self._denied_fact(trig.token) or self._sense_matches("post_removals", trig.token)):
            return None  # "denied that such a contract exists": a position (CAMEO 01x), no
            # refusal; "had to dismiss <a named minister>": a removal from a post
        if self._self_benefit(trig) == "oneself":
            return None  # "loaned themselves $470B": no other party aided
        if trig.category == "ACCUSE" and mood == "asserted" and self._blame_to_come(trig):
            code = lex.extra["senses"]["blame_to_come"]["code"]
            trig = replace(trig, category=code[0], cameo=code[1], mode=code[2])
        if self._hazard_warning(trig):
            return None  # "issued a hurricane warning": a forecast, no threat
        if trig.category == "THREATEN" and self._advisory(trig):
            return None  # "issued a warning to travelers": advice, no threat
        category, cameo, mode = trig.category, trig.cameo, trig.mode
        if trig.kind == "verb" and self._instrument_subject(trig.token):
            return None  # "the vote required by the Constitution": a rule described, no act
        srcs, subj = self.sources(trig)
        if self._private_commerce(trig, srcs):
            return None  # "Tesco sold its Thai stores": trade between private parties
        if self._public_attitude(trig, srcs):
            return None  # "most Israelis support the withdrawals": an opinion poll, no act
        if self._court_ruling(trig, srcs):
            return None  # "a federal judge dismissed the lawsuit": a ruling, no rejection
        if self._legal_appeal(trig):
            return None  # "the mayor appealed his conviction": a step of a trial, no request
        if self._policy_preference(trig):
            return None  # "supports teaching intelligent design": a preference, no support
        if trig.category in ("ASSAULT", "COERCE") and self._problem_fight(trig.token):
            return None  # "the army is fighting terrorism": a policy, no enemy harmed
        if self._cited_provider(trig):
            return None  # "in line with estimates provided by the security services"
        if self._domestic_politics(trig):
            return None  # "signs the Act into law", "amassed 1,217 delegates": no partner
        if self._forecast_warning(trig, srcs):
            return None  # "warning that … the UK could see similar rates": a prediction
        if self._admonition(trig, srcs):
            return None  # "warned Hezbollah on attacking civilian targets": an admonition
        if self._forecast_complement(trig, srcs):
            return None  # "warns of further erosion": no act of the warner's foretold
        tgts = self.targets(trig, subj)
        # PLOVER's modality rules
        if _lemma(trig.token) in lex.stop_verbs and trig.kind == "verb":
            objs = [c for c in trig.token.children if c.dep_ in ("dobj", "nsubjpass")]
            for o in objs:
                if o.lower_ in lex.cooperative_objects or _lemma(o) in lex.cooperative_objects:
                    category, cameo, mode = "SANCTION", "16", None
        if category in lex.civilian_overrides or _lemma(trig.token) in lex.civilian_overrides:
            if srcs and all(self._civilian(a, sent) for a in srcs) and \
                    _lemma(trig.token) in lex.civilian_overrides:
                category, cameo, mode = lex.civilian_overrides[_lemma(trig.token)]
        if category == "PROTEST" and trig.kind == "noun" and srcs and all(
                a.sector in (None, "GOV") and a.code not in (None, "NGO") for a in srcs) and \
                any(c.lower_ in ("official", "formal", "diplomatic", "strong")
                    for c in trig.token.children):
            category, cameo, mode = "ACCUSE", "111", "disapprove"  # a diplomatic protest
        neighbour = self._neighbour_reading(trig, category) or self._neighbour_complement(
            trig, category, srcs) or self._neighbour_view(
            trig, category)  # plover91: "captured by Iranian guards", "vowed … if"
        if neighbour is not None:  # plover72: "the union called off the strike": CONCEDE
            trig, (category, cameo, mode) = replace(trig, sense=neighbour[0]), neighbour[1]
        if category == "REQUEST" and trig.kind == "verb" and \
                _lemma(trig.token) in lex.extra["senses"]["command_verbs"]:
            ordered_only = lex.extra["senses"]["irrealis"]["command"]["categories"]
            for comp in (c for c in trig.token.children if c.dep_ in ("xcomp", "ccomp")):
                done = _verb_entry(comp, lex)
                if done is not None and done.category in ordered_only:
                    break  # "ordered troops to fire on the crowd": the order, REQUEST
                if done is not None and (lex.quad.get(done.category) == 4 or done.category in (
                        "RETREAT", "ACCUSE")):
                    category, cameo, mode = done.category, done.cameo, done.mode
                    if _lemma(comp) in lex.extra["senses"]["stop_verbs"] and any(
                            c.dep_ in ("dobj", "dative") for c in trig.token.children):
                        category, cameo, mode = "COERCE", "172", "restrict"
                    break  # "ordered the newspaper to suspend publication": the order enacts it
            else:
                for obj in (c for c in trig.token.children if c.dep_ == "dobj"):
                    done = _noun_entry(obj, lex)
                    if done is not None and (lex.quad.get(done.category) == 4 or done.category in (
                            "RETREAT", "ACCUSE")):
                        category, cameo, mode = done.category, done.cameo, done.mode
                        break  # "ordered an investigation", "ordered the arrest of": enacted
        if category == "SANCTION" and self._cancelled_engagement(trig):
            return None  # "Park had cancelled his entire Thursday schedule": no tie cut
        category, cameo, mode = self._structure(trig, category, cameo, mode, tgts, srcs)
        if category == "COOPERATE" and mood == "asserted" and \
                self._single_country_exercise(trig, srcs):
            category, cameo, mode = lex.extra["senses"]["single_country_exercises"]["code"]
            tgts = []  # "United States forces completed … exercises …, involving 15 ships"
        category, cameo, mode = self._family(trig, category, cameo, mode, srcs)
        if category == "CONSULT" and self._interview(trig):
            return None
        category, cameo, mode = self._assistance(trig, category, cameo, mode, srcs, tgts)
        base = category
        if mood == "obligation" and category != "REQUEST":
            category, cameo, mode = "REQUEST", "10", None
        elif mood == "intent" and self.options["intent_as_agree"]:
            emb = lex.extra["senses"]["embedding"]
            intended = emb["intent_categories"].get(category, category)
            if category in emb["intent_hostile"] and any(
                    t.lower_ in emb["hostile_cues"] for t in clause_verb(trig.token).head.subtree):
                intended = emb["intent_hostile"][category]  # "will deploy troops to the border"
            if intended is None:
                return None  # "UN to deploy 3,000 more troops": not done, and no threat
            if intended == "THREATEN" and self._intent_no_threat(trig, category):
                return None  # "plans massive rally on Saturday": a plan, no threat
            if self._foretold_by_other(trig, intended, srcs) is not None:
                return None  # plover102: "[a state] says [its neighbour] will test more nuclear
                # bombs": the reporter's forecast, no intent stated by the party that acts
            conceded = self._announced_concession(trig, category)  # plover96: an announced
            if conceded is not None:  # troop withdrawal is CONCEDE by the manual, not AGREE
                trig, (category, cameo, mode) = replace(trig, sense=conceded[0]), conceded[1]
            elif intended != category:
                category, cameo, mode = intended, lex.cameo_root[intended], None
        if category == "AGREE" and self._own_measure(trig, srcs, tgts) is not None:
            return None  # plover121: "UK ministers agreed on spending up to £12 billion":
            # one actor's own budget, law or rules, no second actor: no AGREE between actors
        if mood == "obligation":
            srcs, tgts = self._obligation_actors(trig, srcs, tgts)
            if not tgts:
                return None
        said: set[int] = set()
        if mood == "obligation":  # "According to Zorick, the US should support the Somali
            # government": the speaker is not placed by the clause he reports
            node = trig.token if trig.kind == "verb" else clause_verb(trig.token)
            while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
                node = node.head
            said = {t.i for t in node.subtree} - {
                t.i for a in srcs for t in sent.doc[a.head].subtree}
        srcs, tgts = (self._situate(srcs, trig, sent, others=tgts, skip=said),
                      self._situate(tgts, trig, sent, target=True, others=srcs))
        if base == "CONCEDE" and self._domestic_permit(trig, srcs, tgts):
            return None  # "the British government allowed the British soldiers … to sell"
        if self._own_administration(trig, base, srcs, tgts):
            return None  # "asked the Treasurer … in a question on notice"
        if (category in lex.extra["senses"]["recipient_required"] or (
                mood == "intent" and base in lex.extra["senses"]["recipient_required"])) and not (
                tgts or len({a.code for a in srcs if a.code}) > 1 or self._recipient(trig)):
            return None  # PLOVER: aid and cooperation need a recipient (or partners acting
            # together: "Turkish and Greek navies conducted joint exercises")
        if mood == "intent" and self._untargeted_restriction(base, srcs, tgts):
            return None  # "will be introducing a full smoking ban": a measure, no threat
        start = trig.token.idx
        end = start + len(trig.token.text)
        if trig.obj is not None:
            end = max(end, trig.obj.idx + len(trig.obj.text))
        mode = mode or table_mode(cameo, category)
        return Coded(category=category, cameo=cameo, quad=lex.quad.get(category, 0), mode=mode,
                     contexts=self.contexts(sent), sources=tuple(srcs), targets=tuple(tgts),
                     trigger=trig.words, trigger_start=start, trigger_end=end,
                     sent_start=sent.start_char, sent_end=sent.end_char, modality=mood,
                     base_category=base, rank=rank, sense=trig.sense,
                     actor_rule=self._actor_rule)


def _own_clause(verb: Token) -> bool:
    """A conjunct with its own tense, auxiliary or negation has its own mood ("would not let
    … but allowed …"); the infinitival "to" is none ("considering to stall … and to end …")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ != "to") for c in verb.children)


def _address_tail(tok: Token) -> bool:
    """"Bomb blast near Mosul, Iraq kills at least 40": a country or region after "<place> ,"
    where that place is the object of a locative preposition completes its address (the
    headline's parse makes it the subject); it names where, not who."""
    if tok.ent_type_ not in ("GPE", "LOC") or tok.i < 2:
        return False
    span_start = tok.i
    while span_start > 0 and tok.doc[span_start].ent_iob_ == "I":
        span_start -= 1
    comma = tok.doc[span_start - 1] if span_start > 0 else None
    if comma is None or comma.text != "," or comma.i < 1:
        return False
    place = tok.doc[comma.i - 1]
    if place.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    obj = place
    while obj.ent_iob_ == "I" and obj.dep_ == "compound":
        obj = obj.head
    return obj.dep_ == "pobj" and obj.head.lower_ in LOCATIVE_PREPS and \
        obj.head.head.pos_ in ("NOUN", "PROPN")  # ("In Baghdad, Iraq said …": Iraq speaks)


def _traveller(word: Token) -> Token | None:
    """Who makes the visit, trip or stay ``word`` names: its subject, possessor or by-phrase,
    else the subject of the verb it hangs from ("cancelled a visit", "raised it on a visit")."""
    node = word
    for _ in range(4):
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass", "poss"):
                return c
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and node.pos_ == "NOUN"):
                return next((p for p in c.children if p.dep_ == "pobj"), None)
        if node.dep_ == "ROOT":
            return None
        node = node.head
    return None


def _travels(word: Token, person: Token) -> bool:
    """``person`` (or a pronoun standing for them) is the one ``word`` places."""
    who = _traveller(word)
    return who is None or who.pos_ == "PRON" or person.i in {t.i for t in who.subtree}


def _place_phrase(tok: Token) -> bool:
    """A phrase that is only where something happened ("in Kandahar", "near the border")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "inside", "across",
                                                      "throughout")


def verb_subject_pronoun(verb: Token) -> str | None:
    """The pronoun subject of ``verb`` (or of the verb it is coordinated or a complement to)."""
    node = verb
    for _ in range(4):
        subj = [c.lower_ for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None


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
        raise CoderError(f"unknown PLOVER coder '{name}'; registered: "
                         f"{', '.join(sorted(CODERS))}", code="B360")
    unknown = set(options) - set(CODERS[name])
    if unknown:
        raise CoderError(f"coder '{name}' has no option {', '.join(sorted(unknown))}; it takes "
                         f"{', '.join(sorted(CODERS[name]))}", code="B361")
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
