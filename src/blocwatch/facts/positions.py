"""holds_position: declared patterns (position_patterns.json) over the open title layer.

The patterns are spaCy Matcher patterns over a shadow of the document whose tokens carry a
tag (title, person, holder, qualifier, rank, honorific), so that each reads as the construction
it names: a title before a name, apposition, copula, "was appointed", "who heads", possessive
and demonym holders, "(Country)" after a name, "counterpart".  The holder is the one the
title's complement names, else the possessive/demonym before it, else the one written after
the name, else (for "the country's") the country the lede names, else (a bare title before a
name) the holder the same office is written with elsewhere in the text, else the sentence's
only country, else the one country the text names so far (a state's office) or the one the
sentence names as a noun's modifier ("Chancellor Angela Merkel … on German radio"), else the
story's country (the headline's one, or the lede's, or the one a headline opens with), for a
bare title before the name or one apposed or a copula's after it.  Lists
("Foreign Ministers A (X), B (Y) and C (Z)", "his Greek and French counterparts, A and B")
share a title.
"""

from __future__ import annotations

import collections
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, cached_property

import pycountry
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .. import orgnames, plover, timex
from ..analysis import FUTURE_AUX, INTENT
from ..knowledge import fold, load_json, norm, position_patterns, subdivisions, subdivisions_by_name
from ..mentions import regional_compounds
from ..names import BOUND_PREFIXES, status_opening
from ..orgnames import OFFICE_SUB_BODY
from ..pronouns import PersonPronouns
from ..records import Claim, LocalEntity, Mention
from . import coref
from .base import Base
from .titles import (
    APOSTROPHE_S,
    FUNCTION_WORDS,
    HOLDER_KINDS,
    Lexicon,
    Titles,
    TitleSpan,
    lexicon,
    name_styles,
    names_region_office,
    normalise,
)

TERM_START = {"appointed", "elected", "named", "took office", "sworn", "assumed", "succeeded",
              "appointment", "inaugurated", "reappointed", "re-elected", "became"}
TERM_END = {"resigned", "stepped", "dismissed", "sacked", "retired", "outgoing", "ousted",
            "resignation", "replaced"}
TERM_WORDS = TERM_START | TERM_END
# pronouns that are never the subject the name is ("get him elected") or may be ("he resigned")
OBJECT_PRONOUNS = {"him", "her", "them", "me", "us"}
SUBJECT_PRONOUNS = {"he", "she", "they", "i", "we", "who", "that", "which"}
# acts done to a holder by another: their active subject is not the one whose term moves
BY_ANOTHER = {"appointed", "elected", "named", "reappointed", "re-elected", "dismissed", "sacked",
              "ousted", "replaced"}
LOCATIVE = {"in", "at", "to", "from", "into", "near", "inside", "outside", "across", "toward",
            "towards", "via"}
TITLE_FIRST = {"title_before_name", "title_abbreviation_before_name", "title_of_common_noun_before_name",
               "possessive_title", "attributive_title",
               "attributive_title_abbreviated", "country_title", "its_title",
               "title_name_of", "title_name_bracket", "title_then_titled_name", "title_is_name"}
# a subject pronoun written for the person (pronouns.PersonPronouns.strict)
PRONOUN_FIRST = {"pronoun_copula", "pronoun_succeeded_as"}
# "A succeeded B as X", "he succeeded B as X": B held X before A (former)
SUCCESSION = {"succeeded_as", "pronoun_succeeded_as"}
# holders not written beside the name: taken from the rest of the text
STORY_RULE = "+story_country"
INSTITUTION_RULE = "+state_institution"  # before STORY_RULE: a spokesperson of a state's ministry
# the sentence's country, written only as the start of its own embassy's or office's name (posit35)
STATE_INSTITUTION_NAME_RULE = "+state_institution_name"
STORY_ORG_RULE = "+story_organization"
LEDE_RULE = "+lede"  # before STORY_RULE: the story's country from the lede, the headline naming none
SUBJECT_RULE = "+headline_subject"  # before STORY_RULE: the country a headline of two opens with
AGREES_RULE = "+sentence_agrees"  # before STORY_RULE: the sentence names only the story's country
PORTFOLIO_RULE = "+portfolio_office"  # before STORY_RULE: a portfolio's minister the data lacks
PREVIOUS_SUBJECT_RULE = "+previous_subject"  # the country the sentence before has as its subject
BODY_IN_FULL_RULE = "+body_in_full"  # a body's short name in the title, named in full before (posit46)
COMMON_NOUN_BODY_RULE = "+common_noun_body"  # "university chancellor X", named in full before (posit64)
QUOTE_OPENERS = {'"', "“", "'", "‘"}
ORG_ANAPHOR_RULE = "+org_anaphor"  # "the alliance's secretary general": the organisation meant (anaph1)
BODY_WORD_RULE = "+body_word"  # "Senate Majority Leader X": the one body named with the word (posit66)
UNION_ADJECTIVE_RULE = "+union_adjective"  # "European Commissioner": the adjective's union (posit48)
NATIONAL_OFFICE_RULE = "+national_office"  # a bare title that is one country's office (posit48)
WHERE_COUNTRY_RULE = "+where_country"  # a "where" clause on a country holds the title (posit51)
TRAVELLER_DEPS = ("nsubj", "nsubjpass", "poss")  # who makes a visit, a trip, a stay
FEDERAL_RULE = "+federal"  # "Federal Opposition leader X": the state's, not a region's (opp2)
SUB_BODY_RULE = "+office_sub_body"  # a named owner's committee or delegation holds it (posit52)
FROM_CONTEXT = ("+context_holder", "+title_antecedent", "+scene_country", STORY_RULE,
                STORY_ORG_RULE, PREVIOUS_SUBJECT_RULE)
STORY_HEADLINE_WORDS = 20  # a first line longer than this is no headline
AFTER_NAME_STORY_CONFIDENCE = 0.55  # a copula's title given the story's holder: as an apposition's
CONFIDENCE = {"title_before_name": (0.9, 0.6), "title_abbreviation_before_name": (0.85, 0.0),
              "title_of_common_noun_before_name": (0.85, 0.0),
              "title_then_titled_name": (0.85, 0.0),
              "possessive_title": (0.9, 0.9),
              "attributive_title": (0.9, 0.9), "attributive_title_abbreviated": (0.85, 0.0),
              "country_title": (0.85, 0.85), "its_title": (0.8, 0.0),
              "as_its_title": (0.8, 0.0),
              "title_name_of": (0.9, 0.9), "title_name_bracket": (0.9, 0.9),
              "apposition": (0.85, 0.55), "apposition_possessive": (0.85, 0.0),
              "apposition_org_anaphor": (0.8, 0.0),
              "apposition_second_title": (0.85, 0.0),  # posit53: its own holder only
              "apposition_named_modifier": (0.8, 0.0),
              "apposition_described": (0.85, 0.0), "apposition_possessive_described": (0.85, 0.0),
              "copula": (0.8, 0.0), "left_office_as": (0.8, 0.0), "pronoun_copula": (0.8, 0.0),
              "appointed": (0.8, 0.6),
              "appointed_object": (0.8, 0.6), "title_is_name": (0.8, 0.0),
              "assumed_office": (0.8, 0.6), "in_capacity": (0.8, 0.6),
              "succeeded_as": (0.8, 0.6), "pronoun_succeeded_as": (0.8, 0.6),
              "predecessor_as": (0.8, 0.6),
              "who_heads": (0.8, 0.0), "counterpart": (0.8, 0.0),
              "heads_body": (0.8, 0.0), "led_by": (0.8, 0.0),
              "counterparts": (0.8, 0.0), "title_list": (0.8, 0.6),
              "holder_shared": (0.85, 0.0)}


# offices told by a verb of leading, not a title noun (posit61)
VERB_TOLD = {"heads_body", "led_by"}


@cache
def verb_told_roles() -> tuple[dict[str, str], dict]:
    """titles.json passive_verb_roles (participle → role) and party_leader (posit61)."""
    d = load_json("titles.json")
    return ({k: v for k, v in d["passive_verb_roles"].items() if not k.startswith("_")},
            d["party_leader"])


# a verb of leading: a sentence with one and a person is matched though it has no title
_VERB_TOLD_CUES = frozenset(lexicon().verb_roles) | frozenset(verb_told_roles()[0])


def _qualifying(tok: Token, lex: Lexicon) -> bool:
    """A word before a title that says how it is held, no holder's name: a qualifier
    ("former", "acting") or a status adjective opening the sentence ("Incumbent President X",
    names.status_opening; issue 13, posit38)."""
    return tok.lower_ in lex.qualifiers or status_opening(tok)


def _element(el: dict, consts: dict) -> tuple[dict, str | None]:
    """One declared element → a spaCy Matcher token pattern and its label."""
    out: dict = {}
    if "tag" in el:
        tags = el["tag"] if isinstance(el["tag"], list) else [el["tag"]]
        norms = [f"bw:{t.lower()}" for t in tags] + list(el.get("or", []))
        # one value is compared natively by spaCy's Matcher; a set is a Python call per token
        out["NORM"] = norms[0] if len(norms) == 1 else {"IN": norms}
    for key, attr in (("lower", "LOWER"), ("orth", "ORTH")):
        if key in el:
            value = el[key]
            if isinstance(value, str) and value.startswith("$"):
                value = consts[value[1:]]
            out[attr] = _one_of(value)
    if el.get("alpha"):
        out["IS_ALPHA"] = True

    if "not_lower" in el:
        out["LOWER"] = {"NOT_IN": list(el["not_lower"])}
    if "op" in el:
        out["OP"] = el["op"]
    return out, el.get("label")


def _one_of(value: str | list[str]) -> str | dict[str, list[str]]:
    """A word or a word list as a Matcher value: a list of one word as that word (compared
    natively, as a one-tag element is), a longer list as an ``IN`` set (a Python call per
    token the Matcher tests it on)."""
    if isinstance(value, list):
        return value[0] if len(value) == 1 else {"IN": list(value)}
    return value


def _passive(verb: Token) -> bool:
    """A verb with a passive auxiliary ("was named", "was killed")."""
    return any(c.dep_ == "auxpass" for c in verb.children)


@cache
def _choosing_lemmas() -> frozenset[str]:
    """The copula and the verbs of choosing (position_patterns.json appointed), as lemmas."""
    return frozenset({"be", "become", "remain", "elect", "appoint", "name", "reappoint",
                      "re-elect", "install", "confirm", "swear"} |
                     set(position_patterns()["appointed"]))


@cache
def _candidacy_nouns() -> frozenset[str]:
    """Nouns whose "for"/"as" complement is an office sought (position_patterns.json sought)."""
    return frozenset(position_patterns()["sought"]["nouns"])


@cache
def _not_holding_words() -> frozenset[str]:
    """Adjectives that are no DESC: the office is not held now ("the likely president")."""
    return frozenset(position_patterns()["descriptive"]["not_holding"])


_MATCHERS: dict[int, tuple[Matcher, dict[str, list[str | None]], list[str]]] = {}


@cache
def regional_government_shapes(country: str) -> tuple[re.Pattern[str], ...]:
    """The shapes of position_patterns.json regional_story for a country (ISO alpha-2): its
    first-level subdivisions of the listed types, as ISO 3166-2 writes them and folded
    ("Bihār", "Bihar"), and the region words, in each shape's {region} slot."""
    data = position_patterns()["regional_story"]
    written = {s.name.split(",")[0].split("[")[0].strip() for s in subdivisions()
               if s.country == country and s.first_level and s.type in data["subdivision_types"]}
    regions = {r for r in written | {fold(r) for r in written} if r.lower() not in data["not_regions"]} | \
        set(position_patterns()["story_country"]["portfolio_offices"]["region_words"])
    slots = {"region": "|".join(re.escape(r) for r in sorted(regions, key=len, reverse=True)),
             "governing": "|".join(map(re.escape, data["governing"])),
             "between": "|".join(map(re.escape, data["between"]))}
    return tuple(re.compile(shape.format(**slots)) for shape in data["shapes"].values())


def position_matcher(vocab: Vocab) -> tuple[Matcher, dict[str, list[str | None]], list[str]]:
    """The declared patterns compiled once per vocabulary: matcher, labels per pattern, order."""
    found = _MATCHERS.get(id(vocab))
    if found is None:
        data = position_patterns()
        consts = {"separators": data["separators"], "copula": data["copula"],
                  "appointed": data["appointed"], "verb_roles": list(lexicon().verb_roles),
                  "passive_verb_roles": list(verb_told_roles()[0]),
                  "succeeded": data["succeeded"],
                  "split_demonym": data["split_demonym"], "leading": data["leading"],
                  "present_adverbs": data["present_adverbs"]["words"],
                  "body_nouns": data["common_noun_body"]["nouns"],
                  "body_determiners": data["common_noun_body"]["possessive_determiners"],
                  "anaphor_determiners": data["org_anaphor"]["determiners"],
                  "anaphor_nouns": sorted(coref.words("org", "nouns")),
                  "degree_adverbs": data["degree_adverbs"]["words"],
                  **{f"left_office_{k}": data["left_office"][k]
                     for k in ("before", "verbs", "particles")}}
        matcher = Matcher(vocab)
        labels: dict[str, list[str | None]] = {}
        order: list[str] = []
        for p in data["patterns"]:
            elements = [_element(el, consts) for el in p["pattern"]]
            matcher.add(p["name"], [[e for e, _ in elements]])
            labels[p["name"]] = [lab for _, lab in elements]
            order.append(p["name"])
        found = (matcher, labels, order)
        _MATCHERS[id(vocab)] = found
    return found


@dataclass
class _Found:
    rule: str
    person: int  # mention index
    titles: list[TitleSpan]
    role: str | None  # a role from a verb ("who heads") or a counterpart
    holder: str | None
    qualifier: str | None
    length: int
    end: int  # token after the match
    pronoun: int | None = None  # the subject pronoun written for the person (pronoun_copula)


class PositionRules(Base):
    # --- holds_position --------------------------------------------------------------------
    def positions(self) -> None:
        self.titles = Titles(self.an)
        matcher, labels, order = position_matcher(self.doc.vocab)
        best: dict[tuple, _Found] = {}
        rank = {name: n for n, name in enumerate(order)}
        aside_rules = set(position_patterns()["aside"]["rules"])
        for sent, shadow, index in self._shadows():
            for match_id, s, e, align in matcher(shadow, with_alignments=True):
                rule = self.doc.vocab.strings[match_id]
                toks = [index[k] for k in range(s, e)]
                if len(index) < len(sent) and (rule not in aside_rules or
                                               toks[-1] - toks[0] == e - s - 1):
                    continue  # a shadow without an aside serves its rules across the gap only
                self._keep(best, rank, rule, toks, [labels[rule][a] for a in align])
        found = sorted(best.values(), key=lambda f: (self.an.mentions[f.person].start, f.end))
        found = self._title_lists(found)
        # which person each title span was matched to: another's title is no antecedent
        self._title_owner = {t.start: self.an.entity_of_mention[f.person].local_id
                             for f in found for t in f.titles}
        # (title, holder) → the people the text writes in it: a single office is theirs
        self._held: dict[tuple[str, str], set[str]] = {}
        for f in found:
            for t in f.titles:
                if t.holder or f.holder:
                    self._held.setdefault((t.name, t.holder or f.holder or ""), set()).add(
                        self.an.entity_of_mention[f.person].local_id)
        for f in found:
            self._claim(f)
        self._drop_contradicted_context_holders()
        self._drop_story_guesses_beside_claims()
        self._drop_generic_titles()

    def _drop_generic_titles(self) -> None:
        """A word that describes a role rather than naming an office ("Kenya's leader
        Kibaki", "Chad's leader until 1990") yields to the office the text names for the same
        person and holder ("President Mwai Kibaki"); alone it stays ("Libyan leader Gaddafi",
        "FARC leader Rodrigo Granda"). Words: position_patterns.json generic_titles."""
        generic = set(position_patterns()["generic_titles"]["words"])
        mine = [d.claim for d in self.drafts if d.claim.predicate == "holds_position"]
        named = {(c.subject, c.object) for c in mine if norm(c.role or "") not in generic}
        drop = {id(c) for c in mine if norm(c.role or "") in generic and
                (c.subject, c.object) in named}
        self.drafts[:] = [d for d in self.drafts if id(d.claim) not in drop]

    def _drop_contradicted_context_holders(self) -> None:
        """A holder taken from context yields to the holder the text itself writes for the
        same person and title elsewhere ("Chinese Premier Li Qiang … Premier Li said"), and
        repeats nothing it writes there (another mention would only date it otherwise)."""
        mine = [d.claim for d in self.drafts if d.claim.predicate == "holds_position"]
        told = {(c.subject, norm(c.role or "")) for c in mine  # a term's bound is no title
                if not c.extractor.endswith(FROM_CONTEXT) and ":term_" not in c.extractor}
        drop = {id(c) for c in mine if c.extractor.endswith(FROM_CONTEXT) and
                (c.subject, norm(c.role or "")) in told}
        self.drafts[:] = [d for d in self.drafts if id(d.claim) not in drop]

    def _drop_story_guesses_beside_claims(self) -> None:
        """The story's country or organisation (_story_country, _story_organization) is a last
        resort: a person the text gives any other position keeps only that, and the guess's
        term bound goes with it."""
        mine = [d.claim for d in self.drafts if d.claim.predicate == "holds_position"]

        def key(c: Claim) -> tuple[str, str | None, str]:
            return c.subject, c.object, norm(c.role or "")

        guesses = (STORY_RULE, STORY_ORG_RULE, PREVIOUS_SUBJECT_RULE)
        guessed = [c for c in mine if c.extractor.endswith(guesses)]
        told = [c for c in mine if not c.extractor.endswith(guesses) and
                ":term_" not in c.extractor]
        people = {c.subject for c in told}
        gone = {key(c) for c in guessed if c.subject in people} - {key(c) for c in told}
        drop = {id(c) for c in mine if c.subject in people and (
            c.extractor.endswith(guesses) or ":term_" in c.extractor and key(c) in gone)}
        self.drafts[:] = [d for d in self.drafts if id(d.claim) not in drop]

    def _keep(self, best: dict[tuple, _Found], rank: dict[str, int], rule: str,
              toks: list[int], labels: list[str | None]) -> None:
        f = self._interpret(rule, toks, labels)
        if f is None:
            return
        # one candidate per person and title: a match that gives it a holder beats one that
        # does not, then the longest match wins
        for one in (f if isinstance(f, list) else [f]):
            key = (one.person, tuple(t.start for t in one.titles), one.role)
            prev = best.get(key)
            if prev is None or self._score(one, rank) > self._score(prev, rank):
                best[key] = one

    @staticmethod
    def _score(f: _Found, rank: dict[str, int]) -> tuple[bool, int, int]:
        has_holder = f.holder is not None or any(t.holder for t in f.titles)
        return has_holder, f.length, -rank[f.rule]

    def _shadows(self) -> list[tuple[Span, Doc, list[int]]]:
        """Each sentence with a person and a title (or a "who"/"counterpart" cue) as a shadow
        Doc: its words, each token's NORM its tag, which is what the patterns match on, with
        the document index of each shadow token; then the same sentence without each aside
        between a subject's name and its verb (_asides)."""
        lex = lexicon()
        doc = self.doc
        people = {t for t, i in self.an.mention_tokens.items()
                  if self.an.mentions[i].kind == "person" and i in self.an.entity_of_mention}
        out = []
        for sent in doc.sents:
            rng = range(sent.start, sent.end)
            if not any(k in people or k in self._pronoun_antecedents for k in rng) or not (
                    any(k in self.titles.by_token for k in rng) or
                    any(t.lower_ in ("who", "counterpart", "counterparts") for t in sent) or
                    any(t.lower_ in _VERB_TOLD_CUES for t in sent)):
                continue
            tags = {t.i: self._tag(t, people, lex) for t in sent}  # once for every shadow
            for index in [list(range(sent.start, sent.end)), *self._asides(sent, people)]:
                toks = [doc[k] for k in index]
                shadow = Doc(doc.vocab, words=[t.text for t in toks],
                             spaces=[bool(t.whitespace_) for t in toks])
                for k, sh in zip(index, shadow, strict=True):
                    if tags[k]:
                        sh.norm_ = f"bw:{tags[k]}"
                out.append((sent, shadow, index))
        return out

    def _asides(self, sent: Span, people: set[int]) -> list[list[int]]:
        """The sentence's token indices without an aside set off by commas between a
        subject's name and its verb ("X, a Belarusian general, became …", "Y, who led the
        government, was named …"; position_patterns.json aside): one list per such name."""
        deps = set(position_patterns()["aside"]["deps"])
        doc = self.doc
        out = []
        for i in self.an.mentions_in(sent, ("person",)):
            name = self.an.mention_span(i)
            root = name.root
            if root.i not in people or root.dep_ not in ("nsubj", "nsubjpass") or \
                    name.end >= sent.end or doc[name.end].text != ",":
                continue
            parts = [c for c in root.children if c.dep_ in deps and c.i > name.end]
            if not parts:
                continue
            close = max(c.right_edge.i for c in parts) + 1
            if close + 1 >= sent.end or doc[close].text != "," or root.head.i <= close:
                continue
            out.append([k for k in range(sent.start, sent.end) if not name.end <= k <= close])
        return out

    def _tag(self, t: Token, people: set[int], lex: Lexicon) -> str | None:
        if t.i in people:
            return "per"
        if t.i in self._pronoun_antecedents:
            return "pro"
        if t.i in self.titles.by_token:
            return "ttl"
        i = self.an.mention_at(t)
        if i is not None and self._holder_mention(i, lex):
            return "hld"
        for tag, words in (("qual", lex.qualifiers), ("rank", lex.ranks),
                           ("hon", lex.honorifics | name_styles() if t.is_title else lex.honorifics)):
            if t.lower_ in words and not (tag == "qual" and t.tag_ == "VBD"):
                return tag  # a qualifier is no finite verb: "the army ousted Prime Minister X"
        if t.is_title and t.is_alpha and i is None:
            return "cap"  # a capitalised word no mention covers ("succeeded Amina Mohamed as")
        if t.is_lower and t.is_alpha and t.pos_ == "ADJ" and i is None and \
                t.lower_ not in _not_holding_words():
            return "desc"  # "the worthy president of Bolivia": said of the holder
        return None

    @cached_property
    def _holders(self) -> dict[int, bool]:
        """Mention index → whether the shadows tag it a holder (``_holder_mention``)."""
        return {}

    def _holder_mention(self, i: int, lex: Lexicon) -> bool:
        """Whether mention ``i`` is tagged a holder (HLD) in the shadows: worked out once per
        mention, not once per token of it."""
        known = self._holders.get(i)
        if known is None:
            known = self._holders[i] = (self.an.mentions[i].kind in HOLDER_KINDS or
                                        self._place_before_its_office(i, lex)) and \
                i in self.an.entity_of_mention and not (
                    {w.lower_ for w in self.an.mention_span(i)} <= lex.ranks | lex.honorifics) \
                and not self._names_a_portfolio(i) and not self.titles.in_hyphenated_modifier(i)
        return known

    def _place_before_its_office(self, i: int, lex: Lexicon) -> bool:
        """"Chicago Mayor X", "Moscow's mayor, X", "Texas Governor X": a place right before a
        city's or a region's office (titles.json place_heads, region_heads) holds it, as a
        country before a minister's; a region written after a city and its comma does not."""
        span = self.an.mention_span(i)
        end = span.end
        if end < len(self.doc) and self.doc[end].text in APOSTROPHE_S:
            end += 1  # "Moscow's mayor"
        title = self.titles.by_token.get(end)
        if any(t.text == "," for t in span):
            return False  # "Salt Lake City, Utah" read as one place: which one holds it?
        if span.start > 1 and self.doc[span.start - 1].text == ",":
            city = self.doc[span.start - 2]
            named = self.an.mention_at(city)
            # a capitalised word before the comma is the city, unless a titled name ends there
            # ("Alberta premier Y, Calgary mayor X")
            titled = named is not None and self.an.mentions[named].kind == "person" and \
                self.an.mention_span(named).start - 1 in self.titles.by_token
            if city.is_title and not titled:
                return False  # "San Jose, California mayor X": the region after a city's comma
        return self.an.mentions[i].kind == "place" and title is not None and \
            title.start == end and (self._city_office(title.name, lex) or
                                    self._region_office(title, lex) and
                                    not self.titles.place_cut(i))

    @staticmethod
    def _city_office(name: str, lex: Lexicon) -> bool:
        return bool(set(name.lower().replace("-", " ").split()) & lex.place_heads)

    def _region_office(self, title: TitleSpan | None, lex: Lexicon) -> bool:
        """Whether a title is written with a head a region may hold ("Governor", "premier"),
        or is a region's office whole ("Chief Minister", titles.json region_offices), or one a
        region's parliament has as a state's does ("opposition leader", shared_region_offices):
        read from its words, as "premier" is named "Prime Minister" once normalised."""
        return title is not None and (
            any(lex.plurals.get(t.lower_, t.lower_) in lex.region_heads
                for t in self.doc[title.start:title.end]) or
            names_region_office(title.name) or title.name.lower() in lex.shared_region_offices)

    def _cut_name_near(self, title: TitleSpan) -> bool:
        """A place or country cut from a longer name in a region office's words ("New South
        Wales Premier", "the governor of New Mexico"): the office is that name's, and neither
        the cut place nor a country is made its holder."""
        return any(self.titles.place_cut(i) for i in self.an.mentions_in(
            self.doc[max(title.start - 2, 0):title.end], ("place", "country")))

    def _names_a_portfolio(self, i: int) -> bool:
        """"Indian Affairs Minister", "Veterans Affairs": a name before "Affairs" is the
        portfolio's subject, not the title's holder; an organization nobody resolved right
        before "Minister" is the portfolio itself ("the Internal Administration Minister"), and
        so is one in a portfolio head's bare complement ("Minister for | Fisheries and Oceans")."""
        if self.titles.portfolio_taken_for_org(i):
            return True
        span = self.an.mention_span(i)
        end = span.end
        m = self.an.mentions[i]
        return end < len(self.doc) and (self.doc[end].lower_ == "affairs" or (
            m.kind == "organization" and m.key is None and m.source == "ner" and
            self.doc[end].lower_ in ("minister", "ministers") and
            span[-1].lower_ not in orgnames.heads()))  # "Home Office minister": the office's

    def _interpret(self, rule: str, toks: list[int], labels: list[str | None]
                   ) -> _Found | list[_Found] | None:
        """A match as a candidate: ``toks`` are the matched tokens' indices in the document
        (in order; an aside left out between two of them), ``labels`` their pattern labels."""
        start, end = toks[0], toks[-1] + 1
        groups: dict[str, list[int]] = {}
        for k, lab in zip(toks, labels, strict=True):
            if lab:
                groups.setdefault(lab, []).append(k)
        people = groups.get("person", [])
        if not people:
            return None
        if rule == "counterparts":
            return self._counterparts(start, end, people, groups.get("holder", []))
        # the name next to the title: the first after it, the last before it
        tok = people[0] if rule in TITLE_FIRST else people[-1]
        pronoun = tok if rule in PRONOUN_FIRST else None
        person = self.an.mention_at(self.doc[tok]) if pronoun is None else \
            self._pronoun_antecedents[tok]
        if person is None or person not in self.an.entity_of_mention:
            return None
        span = self.an.mention_span(person)
        if pronoun is None and (span.start < start or (rule in TITLE_FIRST and span.end > end + 3)):
            return None
        titles: list[TitleSpan] = []
        for i in groups.get("title", []):
            t = self.titles.at(i)
            if t is not None and t not in titles:
                titles.append(t)
        role = None
        if rule == "who_heads":
            role = lexicon().verb_roles.get(self.doc[groups["verb"][0]].lower_)
        elif rule in VERB_TOLD:
            return self._verb_told(rule, person, groups, start, end)
        elif rule == "counterpart":
            role = "counterpart"  # filled in from the title before it
        elif not titles:
            return None
        if rule == "title_is_name" and not any(
                c.dep_ == "nsubj" and any(t.start <= c.i < t.end for t in titles)
                for c in self.doc[groups["verb"][0]].children):
            return None  # "the person who would become the leader … is X": the person is
        passive = rule == "appointed" and _passive(self.doc[groups["verb"][0]])
        if rule not in TITLE_FIRST and not passive and self._title_of_next_name(
                max([end, *(t.end for t in titles)]), comma=True):
            # "Aliyev, President of Belarus Alexander Lukashenko"; "… with A, the Colombian
            # Minister of Foreign Relations, B, said": the title is B's; not after a passive of
            # choosing ("A was named NATO secretary general, B said": A's)
            return None
        if rule in TITLE_FIRST and titles and self._complement_of_another(titles[-1], span):
            return None  # "Abel Tamba was named NATO secretary general, Stoltenberg said"
        if rule == "appointed" and self._appointer(groups["verb"][0], titles[-1].end):
            return None  # "McCain named the former CEO of eBay, Meg Whitman, as an adviser"
        if rule in TITLE_FIRST and titles and \
                self._apposed_to_name_before(min(start, titles[0].start)) and any(
                self.doc[i].text == "," for i in range(titles[-1].end, span.start)) and \
                not self._title_of_next_name(titles[-1].end, comma=True):
            return None  # "A, Minister of X, Mr. B, Minister of Y": the title is A's (not
            # "…, the Secretary General for Amnesty International (AI), Irene Khan, said")
        if rule in TITLE_FIRST and titles and self._joined_to_title_before(span.start):
            return None
        if rule in TITLE_FIRST and titles and self._subject_after_fronted_title(titles[-1], span):
            return None  # "According to the Governor-General, Mr Berry was advised": Berry's verb
        if "abbreviation" in groups and not self._abbreviates(
                self.doc[groups["abbreviation"][0]].text, titles[-1].holder if titles else None):
            return None  # "(PT)" after "International Relations for Workers'Party": not its own
        before = self._last_holder(groups.get("holder", []))
        after = self._last_holder(groups.get("holder_after", []))
        # "The AU chairperson, Senegalese President X": the first title's own holder (titled1)
        first = self._last_holder(groups.get("first_holder", []))
        if rule == "title_name_bracket" and after is not None and \
                self.an.kind_of(after) != "country":
            after = None  # "President Tarja Halonen (Social Democratic Party)": her party
        if rule == "country_title":
            before = self._lede_country()
        elif rule == "its_title":
            before = self._organization_before(start)
        elif rule == "as_its_title":
            before = self._subject_holder(span)
        if not titles:
            return _Found(rule, person, titles, role, before or after, None, end - start, end)
        # one title: the holder before it, else the one after the name ("OSCE Minsk Group
        # Co-Chair X of Russia" is the group's); stacked titles: the holder after the name is
        # the last title's ("AU chairperson President el-Sisi of Egypt"), the one before is
        # shared by the others ("Azerbaijan's First Deputy Minister …, Chief of …")
        found = []
        last = len(titles) - 1
        past = self._past_copula(groups.get("copula", [])) if rule != "left_office_as" else \
            self._left_office(groups["verb"][0])
        for n, t in enumerate(titles):
            if n == last and after and (last > 0 or before is None):
                # "X of Ghana, Chairman of the Union": a body the title names is its holder
                holder = None if t.names_body else after
            elif n == 0 and first is not None and last > 0 and \
                    span.root.dep_ == "appos" and t.start <= span.root.head.i < t.end:
                holder = first  # the name in apposition to the first title, not "… as the
                # next US president, Russian president X said" (another clause's title)
            else:
                holder = before
            found.append(_Found(rule, person, [t], role, holder,
                                self._qualifier(t.start) or past, end - start, end))
        if rule in SUCCESSION:
            found += self._predecessor(found, groups.get("predecessor", []))
        elif rule == "predecessor_as":
            found = [replace(f, qualifier="former") for f in found]
        if pronoun is not None:
            # "he" is one person: a plural title is no office of theirs alone
            found = [replace(f, pronoun=pronoun) for f in found if not f.titles[0].plural]
        return found

    @cached_property
    def _pronoun_antecedents(self) -> dict[int, int]:
        """Subject pronoun token → the person mention it stands for, by the strict core of
        ``pronouns.PersonPronouns`` alone: an office is stated of no guessed person."""
        return PersonPronouns(self.an).strict

    def _abbreviates(self, abbreviation: str, holder: str | None) -> bool:
        """Whether the capitals of a bracketed abbreviation are the holder's initials, in order
        ("CDRM": Council for Democratic Reform under Constitutional Monarchy)."""
        known = self.an.entity_by_id.get(holder) if holder is not None else None
        name = known.name if known is not None else ""
        initials = iter(w[0] for w in name.split() if w[:1].isupper())
        capitals = [c for c in abbreviation if c.isupper()]
        return bool(capitals) and name[:1] == capitals[0] and all(c in initials for c in capitals)

    def _joined_to_title_before(self, k: int) -> bool:
        """A name joined by "and" to a title before it, with no title of its own between
        ("Jan Peterson, Norway's foreign minister and Condoleezza Rice"): two people, the
        title is the first one's ("Deputy Prime Minister and Foreign Minister X" has one)."""
        lex = lexicon()
        j = k - 1
        while j >= 0 and self.doc[j].lower_ in lex.ranks | lex.honorifics:
            j -= 1
        return j >= 0 and self.doc[j].lower_ in ("and", "&")

    def _predecessor(self, found: list[_Found], tokens: list[int]) -> list[_Found]:
        """"A succeeded/replaced B as X": B held X before A (a former holder)."""
        i = self.an.mention_at(self.doc[tokens[0]]) if tokens else None
        if i is None or i not in self.an.entity_of_mention:
            return []
        return [replace(f, person=i, qualifier="former") for f in found]

    def _counterparts(self, start: int, end: int, people: list[int], holders: list[int]
                      ) -> list[_Found] | None:
        """"his Greek, Cypriot and French counterparts, A, B and C": each name in order takes
        the holder in order and the title of the name before (_title_lists); when the counts
        differ the text does not say whose is whose."""
        names: list[int] = []
        for k in people:
            i = self.an.mention_at(self.doc[k])
            if i is not None and i in self.an.entity_of_mention and i not in names:
                names.append(i)
        owners: list[str] = []
        for k in holders:
            e = self.entity(self.doc[k])
            if e is not None and e.kind in HOLDER_KINDS and e.local_id not in owners:
                owners.append(e.local_id)
        k = self.an.mention_span(names[-1]).end if names else end
        while k < len(self.doc) and self.doc[k].lower_ in (",", "and"):
            k += 1
        more = k < len(self.doc) and self.an.mention_at(self.doc[k]) is not None and \
            self.an.mentions[self.an.mention_at(self.doc[k])].kind == "person"
        if more or len(names) < 2 or len(names) != len(owners):
            return None  # the list goes on ("…, A, B and C"): the match is its head only
        return [_Found("counterparts", i, [], "counterpart", h, None, end - start, end)
                for i, h in zip(names, owners, strict=True)]

    def _past_copula(self, tokens: list[int]) -> str | None:
        """"X was British Ambassador in 2002", "when he was the president": a copula in the past
        tense states an office held before the report (position_patterns.json past_copula)."""
        if not tokens:
            return None
        words = {self.doc[i].lower_ for i in tokens}
        past = position_patterns()["past_copula"]
        after = self.doc[tokens[-1] + 1].lower_ if tokens[-1] + 1 < len(self.doc) else ""
        rest = self.doc[tokens[-1] + 1:self.doc[tokens[-1]].sent.end]
        if words & set(past["words"]) and not words & set(past["not_with"]) and \
                after not in past["not_before"] and \
                not any(t.lower_ in past["open_start"] for t in rest):
            return "former"
        return None

    def _left_office(self, verb: int) -> str | None:
        """"X resigned as prime minister": a finite verb of leaving tells a term that ended,
        former; "X will step down as chairman", "to quit as": one still held
        (position_patterns.json left_office)."""
        return "former" if self.doc[verb].tag_ in position_patterns()["left_office"]["ended_tags"] \
            else None

    def _qualifier(self, k: int) -> str | None:
        """"former"/"acting" written before a title (or before its holder): "Former Afghan
        Finance Minister", "first deputy prime minister and former defense minister", "the
        former spiritual leader of Iran" (an adjective between)."""
        doc = self.doc
        j = k - 1
        names = 0  # "Former Labor Prime Minister": a party's name may stand between
        while j >= 0 and doc[j].lower_ not in lexicon().qualifiers and (
                doc[j].lower_ in ("the", "a", "n", "'s", "’s", "-") or
                doc[j].is_lower and doc[j].pos_ == "ADJ" or (
                self.entity(doc[j]) is not None and (self.entity(doc[j]).kind in HOLDER_KINDS or
                                                     self._place_before_its_office(
                                                         self.an.mention_at(doc[j]), lexicon())))
                or (doc[j].is_title and self.an.mention_at(doc[j]) is None and names < 1
                    and doc[j].lower_ not in lexicon().qualifiers)):
            names += doc[j].is_title and self.an.mention_at(doc[j]) is None
            j -= 1
        return lexicon().qualifiers.get(doc[j].lower_) if j >= 0 else None

    def _verb_told(self, rule: str, person: int, groups: dict, start: int, end: int
                   ) -> _Found | None:
        """An office told by a verb of leading (issue 13, posit61): "X heads the Y" (heads_body,
        the verb's subject is the person) and "the Y, led by X" (led_by, the participle hangs on
        the body). The holder is a named organisation or body, never a country or place; the role
        is the verb's (titles.json verb_roles, passive_verb_roles), 'Leader' of a party
        (titles.json party_leader); present, so dated by the report."""
        verb = self.doc[groups["verb"][0]]
        holder = self._last_holder(groups.get("holder", []))
        if holder is None or self.an.kind_of(holder) not in ("organization", "body"):
            return None
        span = self.an.mention_span(person)
        if rule == "heads_body":
            if not any(c.dep_ == "nsubj" and span.start <= c.i < span.end for c in verb.children):
                return None  # "NAME leads the opposition leader": no subject of its own
            if any(c.dep_ == "prep" and c.lower_ in ("in", "by", "with") for c in verb.children) \
                    or any(c.like_num for c in verb.subtree):
                return None  # leading in the polls, by points: a race, not an office
            role = lexicon().verb_roles.get(verb.lower_)
        else:
            if verb.i > 0 and self.doc[verb.i - 1].lower_ in ("was", "were", "had", "been"):
                return None
            body = self.an.mention_span(self.an.mention_at(self.doc[groups["holder"][-1]]))
            if verb.dep_ == "acl" and not body.start <= verb.head.i < body.end:
                return None  # "a panel of the COURT, led by X": the panel's, not the court's
            role = verb_told_roles()[0].get(verb.lower_)
        name = self.an.entity_by_id[holder].name
        party = verb_told_roles()[1]
        if verb.lower_ in party["verbs"] and set(norm(name).split()) & set(party["heads"]):
            role = party["role"]
        if role is None:
            return None
        return _Found(rule, person, [], role, holder, None, end - start, end)

    def _last_holder(self, tokens: list[int]) -> str | None:
        """The holder mention nearest the title: "Russian Airborne Force Commander" is the Force's.
        A state's own institution with no state before it ("Foreign Ministry spokesman Qin
        Gang") is no holder: the office is held in a state the words do not name."""
        holder = None
        institution = False
        for i in tokens:
            e = self.entity(self.doc[i])
            if e is not None and (e.kind in HOLDER_KINDS or e.kind == "place") and (
                    holder is None or not self._state_institution(i)):
                holder, institution = e.local_id, self._state_institution(i)
        if tokens and self.titles.inside_longer_name(self.an.mention_at(self.doc[tokens[-1]])) \
                or institution:
            return None
        return holder

    def _state_institution(self, k: int) -> bool:
        """A state's own institution nobody resolved ("Foreign Ministry", "the Government"):
        its spokesman holds the office in the state written before it, not in the
        institution ("Chinese Foreign Ministry spokesman Qin Gang")."""
        i = self.an.mention_at(self.doc[k])
        if i is None or self.an.mentions[i].kind == "country" or self.an.mentions[i].key:
            return False
        last = self.an.mention_span(i)[-1]
        return last.lemma_.lower() in position_patterns()["state_institutions"]["words"]

    def _name_before_comma(self, k: int) -> int | None:
        """The mention that ends right before "," and an article before token ``k``."""
        doc = self.doc
        while k > 0 and doc[k - 1].lower_ in ("the", "a", "an"):
            k -= 1
        if k < 2 or doc[k - 1].text != ",":
            return None
        return self.an.mention_at(doc[k - 2])

    def _apposed_to_name_before(self, k: int) -> bool:
        i = self._name_before_comma(k)
        return i is not None and self.an.mentions[i].kind == "person"

    def _titled_name_before(self, k: int) -> bool:
        """"Secretary of State Condoleezza Rice, Defense Secretary Donald Rumsfeld": the name
        before the comma has a title of its own right before it, so the list is one of titled
        names and the title after the comma is the next name's (list1); a list of bare names
        keeps its guard (", Fernando Morais, Emir Sader": a given name, no title)."""
        i = self._name_before_comma(k)
        if i is None:
            return False
        start = self.an.mention_span(i).start
        title = self.titles.at(start - 1) if start > 0 else None
        return title is not None and title.end == start

    def _complement_of_another(self, title: TitleSpan, name: Span) -> bool:
        """A title that completes a copula or a verb of choosing whose subject is another
        person, before a comma and the name ("Abel Tamba was named NATO secretary general,
        Stoltenberg said"; "X is the new president, Y told reporters"): the subject's, not the
        name's after it."""
        doc = self.doc
        if not any(doc[i].text == "," for i in range(title.end, name.start)):
            return False
        root = doc[title.start:title.end].root
        verb = root.head
        if root.dep_ not in ("attr", "oprd", "dobj", "xcomp") or verb.i == root.i or \
                verb.lemma_.lower() not in _choosing_lemmas():
            return False
        if verb.lemma_.lower() not in ("be", "become", "remain") and not _passive(verb):
            return False  # an active choice: "McCain named the former president of eBay, X,"
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < title.start:
                i = self.an.mention_at(c)
                if i is not None and self.an.mentions[i].kind == "person" and \
                        not name.start <= c.i < name.end:
                    return True
        return False

    def _appointer(self, verb: int, k: int) -> bool:
        """An active verb of choosing whose title is apposed to a name after it ("McCain named
        the former president of eBay, Meg Whitman, as an adviser"): the subject chose, the
        name after the title holds it; no copula or "to be" makes the subject the one chosen."""
        doc = self.doc
        v = doc[verb]
        if v.tag_ != "VBD" or any(c.dep_ in ("auxpass", "aux") for c in v.children) or \
                k + 1 >= len(doc) or doc[k].text != ",":
            return False
        i = self.an.mention_at(doc[k + 1])
        return i is not None and self.an.mentions[i].kind == "person"

    def _title_of_next_name(self, k: int, comma: bool = False) -> bool:
        lex = lexicon()
        doc = self.doc
        while k < len(doc) and (joined := self.titles.at(k + (doc[k].lower_ in ("and", "&")))) \
                is not None and joined.start > k - 1 and doc[joined.start - 1].lower_ in ("and", "&"):
            k = joined.end  # "A, Vice-President and Defense Minister B": both titles are B's
        if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            k += 3  # "the Secretary General for Amnesty International (AI), Irene Khan, said"
        after_comma = comma and k + 1 < len(doc) and doc[k].text == ","
        k += after_comma
        while k < len(doc) and doc[k].lower_ in lex.ranks | lex.honorifics:
            k += 1
        if k >= len(doc):
            return False
        i = self.an.mention_at(doc[k])
        if i is None or self.an.mentions[i].kind != "person":
            return False
        end = self.an.mention_span(i).end
        # after a comma, only a name that is the clause's subject (", B, said", ", B said"),
        # not one of a list ("A, Minister of X, Mr. B, Minister of Y")
        end += end + 1 < len(doc) and doc[end].text == ","
        return not after_comma or (end < len(doc) and doc[end].pos_ in ("VERB", "AUX"))

    def _organization_before(self, k: int) -> str | None:
        """"… the IAEA, a UN agency, and its Director X": the last organization the sentence
        named before the possessive."""
        sent = self.doc[k].sent
        found = [i for i in self.an.mentions_in(sent, ("organization", "body"))
                 if self.an.mention_span(i).end <= k and i in self.an.entity_of_mention]
        return self.an.entity_of_mention[found[0]].local_id if found else None

    def _subject_holder(self, person: Span) -> str | None:
        """"The Somali parliament voted to keep X as their prime minister", "the Committee
        elected X as its chairman": the possessive's antecedent is the subject of the verb
        whose object the person is (up through "to keep", and from "which" to the noun it
        stands for); a country or organisation written in that subject holds the office, before
        a body ("Somalia's parliament": Somalia, as a possessive title reads). No subject, or
        none naming a holder ("they did not accept X as their leader"): no holder."""
        if person.root.dep_ not in ("dobj", "obj"):
            return None
        verb = person.root.head
        subject = None
        for _ in range(4):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None or verb.dep_ not in ("xcomp", "conj"):
                break
            verb = verb.head
        if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subject = verb.head
        if subject is None:
            return None
        lex = lexicon()
        named = [i for k in range(subject.left_edge.i, subject.i + 1)
                 if (i := self.an.mention_at(self.doc[k])) is not None and
                 i in self.an.entity_of_mention and self._holder_mention(i, lex)]
        named.sort(key=lambda i: self.an.mentions[i].kind == "body")
        return self.an.entity_of_mention[named[0]].local_id if named else None

    def _lede_country(self) -> str | None:
        """The country the lede names first ("the country's president" refers to it)."""
        for n, sent in enumerate(self.doc.sents):
            if n > 2:
                break
            for i in self.an.mentions_in(sent, ("country",)):
                if i in self.an.entity_of_mention:
                    return self.an.entity_of_mention[i].local_id
        return None

    def _title_lists(self, found: list[_Found]) -> list[_Found]:
        """A plural title shared along a list ("Presidents X of Nigeria and Y of Benin"), a
        holder shared across "and" ("Moldovan Prime Minister X and President Y"), and the
        title a "counterpart" takes from the name before it."""
        out: list[_Found] = []
        taken = {f.person for f in found}
        doc = self.doc
        for f in found:
            prev = out[-1] if out else None
            same_sent = prev is not None and doc[prev.end - 1].sent.start == doc[f.end - 1].sent.start
            if f.rule in ("counterpart", "counterparts"):
                if not same_sent or prev is None or not prev.titles:
                    continue
                # the office, not the holder its complement names ("Minister of … of Egypt")
                f.titles, f.role = [replace(t, holder=None) for t in prev.titles], None
            between = [t.lower_ for t in doc[prev.end:f.titles[0].start]] if (
                prev is not None and f.titles) else []
            if f.rule == "title_before_name" and f.holder is None and same_sent and \
                    prev is not None and prev.holder is not None and \
                    between in (["and"], ["&"], [",", "and"]) and \
                    not self._party_office(f.titles[0], shared=True) and \
                    not self._one_office_twice(prev, f) and \
                    not any(t.holder is not None for t in prev.titles):
                # a holder the first title's own complement names is its alone ("Prime Minister
                # of India X and President Y"); a modifier before it is shared ("Moldovan Prime
                # Minister X and President Y") (lm1)
                f.holder, f.rule = prev.holder, "holder_shared"
            out.append(f)
            if any(t.plural for t in f.titles):
                if f.rule in TITLE_FIRST:
                    group = [f] + [g for g in self._title_list_after(f) if g.person not in taken]
                else:
                    group = self._names_listed_before(f) + [f]
                out[-1:] = self._respectively(group)
        return out

    def _named_whole(self, name: str) -> bool:
        """A title whose of-complement is part of a known office's own name ("Chancellor of the
        Exchequer"), not a body that holds an office ("the President of the PCdoB")."""
        role = self.an.kb.role(name)
        return role is not None and role.name == name and " of " in name

    def _federal_holder(self, title: TitleSpan, sent: Span) -> str | None:
        """An office a state's and a region's parliament both have, written right after a word
        that says it is the state's (position_patterns.json not_state_office national_words:
        "Federal Opposition leader Kim Beazley"): the one country the text names up to the end
        of its sentence; two, or none, and no holder (opp2)."""
        data = position_patterns()["not_state_office"]
        k = title.start - 1
        if title.name.lower() not in lexicon().shared_region_offices or k < sent.start or \
                self.doc[k].lower_ not in data["national_words"]:
            return None
        told = {holder for _, _, holder in self._holders_told_before(sent, ("country",))}
        told |= {self.an.entity_of_mention[i].local_id
                 for i in self.an.mentions_in(sent, ("country",)) if i in self.an.entity_of_mention}
        return told.pop() if len(told) == 1 else None

    def _subject_after_fronted_title(self, title: TitleSpan, person: Span) -> bool:
        """A title inside a fronted prepositional phrase, a comma, then a name the parse makes
        the one subject of the verb that phrase modifies ("According to the Governor-General, Mr
        Berry was advised that …", "According to a hospital spokeswoman, Ms. X is critical"):
        the name opens the main clause, it is not apposed to the title.  A comma after the name
        closes an apposition ("According to UN spokesperson, X, Y will arrive", "According to
        the PMDB leader, Senator X, the denunciations are …": the parse's subject X is an
        aside), and so does a verb with a second subject (gg1)."""
        doc = self.doc
        if not any(doc[i].text == "," for i in range(title.end, person.start)) or \
                person.end < len(doc) and doc[person.end].text == ",":
            return False
        head = person.root
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or verb.i < person.end or \
                sum(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) != 1:
            return False
        tok = doc[title.start:title.end].root
        if tok.dep_ != "pobj":
            return False
        tok = tok.head
        while tok.dep_ == "prep" and tok.head.i != verb.i:  # "According | to"
            tok = tok.head
        return tok.dep_ == "prep" and tok.head.i == verb.i

    def _one_office_twice(self, prev: _Found, f: _Found) -> bool:
        """"Russian Foreign Minister X and Foreign Minister Y": one state has one holder of a
        single-holder office at a time, so the second holder is another state's, not the
        first's (issue 13, posit62, class Q7 of news_gold meetings batch 5)."""
        if not prev.titles or not f.titles:
            return False
        first, second = prev.titles[-1].name, f.titles[0].name
        role = self.an.kb.role(second)
        return first.lower() == second.lower() and role is not None and role.single_holder

    def _respectively(self, group: list[_Found]) -> list[_Found]:
        """A plural title with coordinated holders is each name's in order when the counts
        agree ("the foreign ministers of Russia and China, A and B"; "Russian and Chinese
        Foreign Ministers A and B"; "A and B, the ministers of X and Y respectively"); when
        they do not, the text does not say whose is whose: no holder from the title."""
        head = group[0] if group[0].rule in TITLE_FIRST else group[-1]
        t = next(t for t in head.titles if t.plural)
        start = min(t.start, head.end - head.length) if head.rule in TITLE_FIRST else t.start
        while start >= 2 and self.doc[start - 1].lower_ in (",", "and") and \
                (e := self.entity(self.doc[start - 2])) is not None and e.kind in HOLDER_KINDS and \
                (i := self.an.mention_at(self.doc[start - 2])) is not None:
            start = self.an.mention_span(i).start  # "Russian and Chinese Foreign Ministers"
        holders: list[str] = []
        for i in range(start, t.end):
            e = self.entity(self.doc[i])
            if e is not None and e.kind in HOLDER_KINDS and e.local_id not in holders:
                holders.append(e.local_id)
        if len(holders) < 2:
            return group
        if len(group) != len(holders) or any(g.holder not in (None, *holders) for g in group):
            return [g for g in group if g.holder is not None and g.holder not in holders]
        for g, holder in zip(group, holders, strict=True):
            g.holder = holder
            g.titles = [replace(x, holder=holder) if x is t else x for x in g.titles]
        return group

    def _names_listed_before(self, f: _Found) -> list[_Found]:
        """"A, B and C, the foreign ministers of …": the names coordinated before the one an
        apposition matched share its title."""
        doc = self.doc
        k = self.an.mention_span(f.person).start
        sent_start = doc[k].sent.start
        out: list[_Found] = []
        while k - 2 >= sent_start and doc[k - 1].lower_ in (",", "and", "&"):
            k -= 1
            if doc[k - 1].text == ",":
                k -= 1  # "A, and B"
            i = self.an.mention_at(doc[k - 1])
            if i is None or self.an.mentions[i].kind != "person" or \
                    i not in self.an.entity_of_mention:
                break
            out.insert(0, _Found("title_list", i, f.titles, None, f.holder, f.qualifier, 0,
                                 self.an.mention_span(i).end))
            k = self.an.mention_span(i).start
        return out

    def _title_list_after(self, f: _Found) -> list[_Found]:
        lex = lexicon()
        doc = self.doc
        k = self.an.mention_span(f.person).end
        k = self._name_holder_after(k)[1]
        sent_end = doc[k - 1].sent.end
        out: list[_Found] = []
        while k < sent_end and doc[k].lower_ in (",", "and", "&"):
            k += 1
            if k < sent_end and doc[k].lower_ == "and":
                k += 1
            while k < sent_end and doc[k].lower_ in lex.ranks | lex.honorifics:
                k += 1
            i = self.an.mention_at(doc[k]) if k < sent_end else None
            if i is None or self.an.mentions[i].kind != "person" or \
                    i not in self.an.entity_of_mention:
                break
            holder, k = self._name_holder_after(self.an.mention_span(i).end)
            out.append(_Found("title_list", i, f.titles, None, holder, f.qualifier, 0, k))
        return out

    def _name_holder_after(self, k: int) -> tuple[str | None, int]:
        """"… Makei (Belarus)", "… Buhari of Nigeria": the holder written after a name."""
        doc = self.doc
        if k + 2 < len(doc) and doc[k].text == "(":
            e = self.entity(doc[k + 1])
            if e is not None and e.kind in HOLDER_KINDS:
                j = k + 1
                while j < len(doc) and doc[j].text != ")" and j < k + 8:
                    j += 1
                return e.local_id, j + 1
        if k + 1 < len(doc) and doc[k].lower_ == "of":
            j = k + 1 + (doc[k + 1].lower_ == "the")
            e = self.entity(doc[j]) if j < len(doc) else None
            if e is not None and e.kind in HOLDER_KINDS:
                i = self.an.mention_at(doc[j])
                return e.local_id, self.an.mention_span(i).end if i is not None else j + 1
        return None, k

    def _known_or_country(self, local_id: str) -> bool:
        return local_id in self.an.kb.entities or any(
            e.local_id == local_id and (e.key or e.kind == "country") for e in self.an.entities)

    def _claim(self, f: _Found) -> None:
        # the words that state it: the pronoun's sentence, not its antecedent's
        span = self.an.mention_span(f.person) if f.pronoun is None else \
            self.doc[f.pronoun:f.pronoun + 1]
        person = self.an.entity_of_mention[f.person]
        sent = span.sent
        roles: list[tuple[str, str | None, bool, TitleSpan | None]] = [
            (t.name, t.holder, t.names_body, t) for t in f.titles]
        if f.role:
            roles = [(f.role, None, False, None)]
        high, low = CONFIDENCE[f.rule]
        for name, own, names_body, title in roles:
            if title is not None and self._sought(title):
                continue  # "nominee for U.S. Ambassador to the United Nations, X": not held
            rule = f.rule
            holder = own or f.holder
            if own and f.holder and not self._known_or_country(own) and \
                    self._known_or_country(f.holder):
                holder = f.holder  # "Azerbaijan's Chief of … the Armed Forces": Azerbaijan's
            conf = high
            if holder is not None and holder == own and self._sub_body(holder):
                rule = f"{f.rule}{SUB_BODY_RULE}"  # "chair of the Russian parliament's committee"
            if holder is None and title is not None and \
                    (union := self._union_adjective(title)) is not None:
                holder, name = union  # "the European Commissioner for Enlargement"
                rule = f"{f.rule}{UNION_ADJECTIVE_RULE}"
            if holder is None and names_body and title is not None:
                in_full = self._body_in_full(title)  # "Speaker of the House": the House named before
                if in_full is not None:
                    holder, name = in_full
                    rule = f"{f.rule}{BODY_IN_FULL_RULE}"
            if holder is None and title is not None and not title.plural:
                body = self._common_noun_body(title)
                if body is not None:
                    holder, rule = body, f"{f.rule}{COMMON_NOUN_BODY_RULE}"
            if holder is None and title is not None and not title.plural:
                anaphor = self._org_anaphor(title, f.rule)
                if anaphor is not None:  # "the bloc's secretary general X", "Its chairman, Y"
                    holder, rule = anaphor, f"{f.rule}{ORG_ANAPHOR_RULE}"
            body_word = None
            if holder is None and title is not None and not title.plural:
                body_word = self._body_word(title)
                if body_word is not None:  # "Senate Majority Leader X", "Assembly president Y"
                    holder, name = body_word
                    rule = f"{f.rule}{BODY_WORD_RULE}"
            if holder is None and title is not None:  # "Federal Opposition leader X"
                holder = self._federal_holder(title, sent)
                rule = f"{f.rule}{FEDERAL_RULE}" if holder is not None else rule
            told = holder is not None  # by the rule and the title's own words
            if holder is None:
                # "X, the foreign minister", "X is prime minister": the story may hold it (posit30)
                after_name = title is not None and \
                    f.rule in position_patterns()["story_country"]["after_name"]["rules"]
                if low == 0.0 and not after_name or \
                        (" " not in name and self.an.kb.role(name) is None) or \
                        name == "Minister" or names_body and not self._named_whole(name):
                    continue  # a bare "Minister X" or "Director X" names no holder reliably;
                    # a known office's complement is its name ("Chancellor of the Exchequer")
                conf = low or AFTER_NAME_STORY_CONFIDENCE
                bare = f.rule == "title_before_name" and title is not None and \
                    self.doc[max(span.start - 1, 0)].tag_ not in ("NNS", "NNPS")  # not "Kings Domain"
                if bare:  # the office written with its holder elsewhere beats a sentence's country
                    holder = self._title_antecedent(name, title, person.local_id)
                    rule = f"{f.rule}+title_antecedent" if holder is not None else rule
                if holder is None and bare:
                    holder = self._where_country(span)  # "in Yemen, where President X …" (posit51)
                    rule = f"{f.rule}{WHERE_COUNTRY_RULE}" if holder is not None else rule
                if holder is None and low > 0.0 and not (bare and self._unresolved_name_before(title)):
                    holder = self._default_holder(name, sent, span)
                    rule = f"{f.rule}{self._scene_rule(holder, sent)}" if holder else rule
                    state = self._institution_of_state_before(title) if title is not None else None
                    if holder is not None and state is not None and \
                            holder == self.an.entity_of_mention[state].local_id:
                        rule = f"{rule}{STATE_INSTITUTION_NAME_RULE}"
                if holder is None and bare:
                    holder = self._context_holder(name, sent, title)
                    rule = f"{f.rule}+context_holder" if holder is not None else rule
                if holder is None and bare:
                    holder = self._scene_country(name, sent, span, title)
                    rule = f"{f.rule}+scene_country" if holder is not None else rule
                spoken = title is not None and (f.rule in ("title_before_name", "attributive_title")
                                                or after_name) \
                    and self._spokesperson_of_institution(name, title)
                if holder is None and (bare or spoken or after_name):
                    story = self._story_country(name, sent, span, title, person.local_id,
                                                former=f.qualifier is not None,
                                                after_name=after_name)
                    if story is not None:
                        holder = story[0]
                        rule = f"{f.rule}{INSTITUTION_RULE if spoken else ''}{story[1]}{STORY_RULE}"
                if holder is None and bare:
                    holder = self._previous_subject(name, sent, span, title, person.local_id,
                                                    former=f.qualifier is not None)
                    rule = f"{f.rule}{PREVIOUS_SUBJECT_RULE}" if holder is not None else rule
                if holder is None and bare:
                    holder = self._story_organization(name, sent, span, title, person.local_id,
                                                      former=f.qualifier is not None)
                    rule = f"{f.rule}{STORY_ORG_RULE}" if holder is not None else rule
                if holder is None and bare:
                    holder = self._national_office(name, title)
                    rule = f"{f.rule}{NATIONAL_OFFICE_RULE}" if holder is not None else rule
            city = self._city_office(name, lexicon())
            if city and (holder is None or title is not None and title.plural):
                continue  # a mayor's city is written beside the title, never guessed; "the
                # mayors of A and B" are not the name apposed before them
            region = self._region_office(title, lexicon())
            by_place = self.an.kind_of(holder) == "place"
            if by_place and not (city or region) or city and not by_place:
                continue  # a place holds a city's or a region's office and no other
            if region and title is not None and (by_place and title.plural or
                                                 self._cut_name_near(title)):
                continue  # "the governors of A and B"; "Western Australian Premier X"
            if title is not None and self.an.kind_of(holder) == "country" and \
                    names_region_office(title.name):
                continue  # "First Minister Ian Paisley" in a story of the UK: a region's office
            if region and name == "Prime Minister" and self.an.kind_of(holder) != "country":
                name = "Premier"  # a region's premier ("NSW Premier"), no state's prime minister
            if self.an.kind_of(holder) == "organization":  # "opposition leader X of <party>"
                name = position_patterns()["not_state_office"]["in_a_body"].get(name, name)
            states = position_patterns()["not_state_office"]["states"].get(name)
            if states is not None and self._state_of(holder) not in states:
                continue  # "Russian opposition leader X": a politician, no office of Russia's
            if holder is None or title is not None and \
                    self._party_office(title, shared=not told) and \
                    self.an.kind_of(holder) == "country":
                continue  # "opposition spokesman X" for Australia: no office of the state; the
                # Leader of the Opposition only with a holder its rule tells ("Australian
                # opposition leader X"), none the sentence or the story suggests
            if body_word is None:  # a legislature's own office stays the legislature's
                name, holder = self._state_body_office(name, holder)
            nxt = self.doc[span.end] if span.end < len(self.doc) else None
            speech = nxt if nxt is not None and nxt.pos_ == "VERB" else None
            when = self.an.attached_time(span.root, sent, "past", absolute=True, verb=speech)
            when, dated = self._clause_date(when, span, sent, speech)
            then = self._then_date(when, title, sent)
            if then is not None:
                when, dated = then, position_patterns()["then_date"]["rule"]
            else:
                then = self._span_date(f, span)
                if then is not None:
                    when, dated = then, position_patterns()["span_date"]["rule"]
            rule = f"{rule}{dated}"
            anchor = self.an.anchor
            if when is not None and then is None and (when.precision == "year" or (
                    anchor is not None and when.value > anchor.value)):
                when = None  # a title holds now; only a narrated past month or day moves it
            qualifier = f.qualifier or self._ended(f, span) or self._shared_qualifier(title) or \
                self._dead_holder(span, title)
            self.add("holds_position", person.local_id, sent, conf, rule,
                     object=holder, role=name, qualifier=qualifier, when=when,
                     specific=when is not None)
            if qualifier is None:
                self._term_bound(person.local_id, holder, name, span, sent)

    def _dead_holder(self, person: Span, title: TitleSpan | None) -> str | None:
        """"former" for a holder the sentence tells is dead (position_patterns.json
        dead_holder): "Pope John Paul II, who died on Saturday", "the funeral of Pope John
        Paul II", "the death of President X"."""
        conf = position_patterns()["dead_holder"]
        for c in person.root.children:
            if c.dep_ != "relcl" or c.tag_ not in ("VBD", "VBN"):
                continue
            lemma = c.lemma_.lower()
            if lemma in conf["verbs"] or lemma in conf["passive_verbs"] and _passive(c) or \
                    lemma in conf["away"] and any(k.lower_ == "away" for k in c.children):
                return "former"  # "X, who died on Saturday", "who was killed", "who passed away"
        words = set(range(person.start, person.end))
        if title is not None:
            words |= set(range(title.start, title.end))
        for i in words:
            tok = self.doc[i]
            if tok.head.i in words or tok.dep_ != "pobj" or tok.head.lower_ != "of":
                continue
            noun = tok.head.head
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in conf["nouns"]:
                return "former"
        return None

    def _shared_qualifier(self, title: TitleSpan | None) -> str | None:
        """The qualifier written before the first of two titles joined by "and" qualifies the
        second too ("A former Governor and Chief Minister of Balochistan, Nawab Bugti")."""
        if title is None or title.start < 2 or self.doc[title.start - 1].lower_ not in ("and", "&"):
            return None
        first = self.titles.at(title.start - 2)
        if first is None or first.start == 0:
            return None
        return lexicon().qualifiers.get(self.doc[first.start - 1].lower_)

    def _clause_date(self, when: timex.TimeValue | None, span: Span, sent: Span, speech: Token | None
                     ) -> tuple[timex.TimeValue | None, str]:
        """The past event that dates a title (position_patterns.json clause_date, posit54): a
        future clause's time dates no title ("According to spokesperson X, the envoy will arrive
        on Sunday"); a past complement clause with no time of its own takes the date of the past
        verb governing it ("In October 2002, sources stated that during a visit by … X, the
        government admitted")."""
        shape = position_patterns()["clause_date"]
        verb = speech or self.an.clause_verb(span.root)
        if when is not None:
            if self._own_future(verb, shape) and self._time_on_verb(verb, sent, shape):
                return None, shape["future_rule"]
            return when, ""
        governing = verb.head
        if verb.dep_ not in shape["clause_deps"] or verb.tag_ not in shape["past_tags"] or \
                governing.tag_ not in shape["past_tags"] or \
                "future" in (self.an.tense(verb), self.an.tense(governing)):
            return None, ""
        found = self.an.attached_time(governing, sent, "past", absolute=True, verb=governing)
        if found is None or found.precision not in shape["precisions"]:
            return None, ""
        return found, shape["governing_rule"]

    def _then_date(self, when: timex.TimeValue | None, title: TitleSpan | None, sent: Span
                   ) -> timex.TimeValue | None:
        """The past time of a title marked as held then (position_patterns.json then_date,
        posit58): "[a statesman], then prime minister, ... in 1992" is dated 1992; with no
        date in its sentence, the last month or day of the ``sentences_before`` before it (0 as
        shipped: unmeasured on real news). None when the title is not so marked, already has a
        month or day, or no written past date is there."""
        shape = position_patterns()["then_date"]
        anchor = self.an.anchor
        if title is None or anchor is None or \
                when is not None and when.precision in ("day", "month"):
            return None
        lo = max(sent.start, title.start - shape["window"])
        marks = [t for t in self.doc[lo:title.start + 1] if t.lower_ in shape["words"]]
        if not marks or marks[-1].i > sent.start and \
                self.doc[marks[-1].i - 1].lower_ in shape["not_after"]:
            return None
        at = self.doc[title.start].idx
        sents = [sent]
        for _ in range(shape["sentences_before"]):
            if sents[-1].start > 0:
                sents.append(self.doc[sents[-1].start - 1].sent)
        for k, s in enumerate(sents):
            dates = [t for t in self.an.timexes_in(s) if t.kind == "date" and not t.bound and
                     not t.narrative and self.an.usable(t)]
            if k > 0 and any(t.kind == "date" for t in self.an.timexes_in(sent)):
                return None  # its own sentence has a time, even one too vague to use
            found = []
            for t in dates:
                if t.year is None and t.year_rel is None and (k > 0 or t.month is None):
                    continue
                value = timex.resolve(t, anchor, "past")
                if value is None or value.value > anchor.value or \
                        value.precision not in shape["precisions"][k]:
                    continue
                found.append((abs(t.start - at) if k == 0 else -t.start, value))
            if found:
                return min(found, key=lambda x: x[0])[1]
        return None

    @staticmethod
    def _own_future(verb: Token, shape: dict) -> bool:
        """The verb itself is future or intended: its own will/shall/would, or a to-infinitive
        under an intent verb or "be" ("plans to meet", "is to visit"); a past participle clause
        under a future verb ("an agreement reached Thursday") is not."""
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if aux & FUTURE_AUX:
            return True
        return "to" in aux and verb.dep_ in shape["future_deps"] and \
            verb.head.lemma_ in INTENT | {"be"}

    def _time_on_verb(self, verb: Token, sent: Span, shape: dict) -> bool:
        """A calendar or weekday time written on the verb itself ("will arrive on Sunday", "This
        Saturday … will host"), not inside a noun phrase ("after Tuesday's meeting")."""
        for t in self.an.timexes_in(sent):
            head = self.an.timex_head(t)
            if head is None or t.kind == "relative":
                continue
            if head.head.i == verb.i or head.head.dep_ == "prep" and head.head.head.i == verb.i \
                    and head.dep_ in shape["time_deps"]:
                return True
        return False

    def _sub_body(self, holder: str) -> bool:
        """Whether the holder is a sub-body the entity layer named from an office's complement
        (orgnames OFFICE_SUB_BODY, data/patterns/org_names.json office_sub_bodies, posit52)."""
        entity = self.an.entity_by_id.get(holder)
        return entity is not None and any(
            self.an.mentions[i].source == OFFICE_SUB_BODY for i in entity.mentions)

    def _national_office(self, name: str, title: TitleSpan) -> str | None:
        """The one country whose office a bare title names in English news ("Secretary of
        State": the US), the country the document names else its key; None for
        any other title, and for one after a proper noun, a state's own office ("Ohio
        Secretary of State").  position_patterns.json national_office (posit48)."""
        key = position_patterns()["national_office"]["titles"].get(name)
        before = self.doc[title.start - 1] if title.start > self.doc[title.start].sent.start \
            else None
        if key is None or before is not None and before.pos_ == "PROPN":
            return None
        return next((e.local_id for e in self.an.entities if e.key == key), key)

    def _where_country(self, person: Span) -> str | None:
        """The country a "where" relative clause is said of when the person a bare title
        names is that clause's subject: its antecedent is a country mention ("a stampede in a
        stadium in Yemen, where President X was holding a rally") or a noun whose "in" phrase
        names one ("the one in Venezuela where the President X concentrated all political
        power"); None otherwise ("the conference in Annapolis, Maryland where Prime Minister
        X …": no country).  position_patterns.json where_country (posit51)."""
        conf = position_patterns()["where_country"]
        root = person.root
        verb = root.head
        if root.dep_ not in conf["subjects"] or verb.dep_ != "relcl" or verb.i == root.i or \
                not any(c.dep_ == "advmod" and c.lower_ in conf["adverbs"] for c in verb.children):
            return None
        ante = verb.head
        at = {ante.i} | {p.i for c in ante.children
                         if c.dep_ == "prep" and c.lower_ in conf["antecedent_preps"]
                         for p in c.children if p.dep_ == "pobj"}
        for i in self.an.mentions_in(person.sent, ("country",)):
            if i in self.an.entity_of_mention and \
                    any(m.i in at for m in self.an.mention_span(i)):
                return self.an.entity_of_mention[i].local_id
        return None

    def _union_adjective(self, title: TitleSpan) -> tuple[str, str] | None:
        """(holder, title) for a title that opens on an adjective naming a union right before
        the office head of its executive ("the European Commissioner for Enlargement"): the
        union the document names (else its knowledge key), and the title without the adjective
        ("Commissioner for Enlargement").  position_patterns.json union_adjective (posit48)."""
        doc = self.doc
        first = doc[title.start]
        entry = position_patterns()["union_adjective"]["adjectives"].get(first.lower_)
        if entry is None or not first.is_title or title.start + 1 >= title.end or \
                doc[title.start + 1].lower_ not in entry["heads"]:
            return None
        key = entry["holder"]
        holder = next((e.local_id for e in self.an.entities if e.key == key), key)
        return holder, normalise([t.text for t in doc[title.start + 1:title.end]])

    def _body_in_full(self, title: TitleSpan) -> tuple[str, str] | None:
        """(holder, title) for a title whose complement names a body by its capitalised words
        alone ("Speaker of the House", "head of the Commission"): the one organization or body
        the text names before the title with all those words ("the U.S. House of
        Representatives"), and the title's words before the complement.  None for two such
        bodies or none, a plural title, or a short name that is a possessive of another noun
        ("the Commission's delegation"), or one with no article ("Minister of Transportation")."""
        data = position_patterns()["body_in_full"]
        doc = self.doc
        if title.plural:
            return None
        prep = next((k for k in range(title.start + 1, title.end) if doc[k].lower_ in data["preps"]),
                    None)
        if prep is None:  # the complement is outside the span (titles._unread_name_after)
            if title.end >= len(doc) or doc[title.end].lower_ not in data["preps"]:
                return None
            prep, end = title.end, title.end + 1
            while end < len(doc) and (doc[end].lower_ == "the" and end == prep + 1 or
                                      doc[end].is_title and doc[end].is_alpha and
                                      self.an.mention_at(doc[end]) is None):
                end += 1
        else:
            end = title.end
        if prep + 1 >= len(doc) or doc[prep + 1].lower_ not in data["articles"]:
            return None  # a body's short name is definite: "of Transportation" names a portfolio
        content = [t for t in doc[prep + 1:end] if t.lower_ not in FUNCTION_WORDS]
        words = [t.text for t in content]
        if not content or not all(t.is_title for t in content) or \
                end < len(doc) and doc[end].text in APOSTROPHE_S:
            return None
        start_char = doc[title.start].idx
        body = self._one_body(data["kinds"], lambda m, _: m.start < start_char and set(
            words) <= set(m.name.split()) and len(m.name.split()) > len(words))
        return (body, normalise([t.text for t in doc[title.start:prep]])) if body else None

    def _common_noun_body(self, title: TitleSpan) -> str | None:
        """The holder of a title whose body is a lower-case head noun of organisation right
        before it ("university chancellor X"), its possessor ("the committee's chairman
        X") or its complement ("the chairman of the commission, X"; "X, head of the council,"):
        the one organization or body the document names with that noun in its name, before
        the title or after it ("…, the committee's chairman X announced. … the Norwegian Nobel
        Committee …") (position_patterns.json common_noun_body).  None for two or none."""
        data = position_patterns()["common_noun_body"]
        doc = self.doc
        k = title.start - 1
        if k >= 1 and doc[k].text in APOSTROPHE_S:
            k -= 1  # "the committee's chairman"
            if k < 1 or doc[k - 1].lower_ not in data["possessive_determiners"]:
                return None
        if k < 0 or not doc[k].is_lower or doc[k].pos_ not in ("NOUN", "PROPN") or \
                doc[k].lemma_ not in data["nouns"]:
            k = self._common_noun_complement(title.end)
            if k is None:
                return None
        noun = doc[k].lemma_
        return self._one_body(data["kinds"], lambda m, _: noun in m.name.lower().split())

    def _org_anaphor(self, title: TitleSpan, rule: str) -> str | None:
        """The holder of a title possessed by a definite class noun of organisation or by
        "its" ("X, the alliance's secretary general", "The bloc's foreign policy chief, X",
        "Its secretary general, X, arrived"): the organisation the noun refers back to, named
        as the subject of a clause before it in its own sentence, else of the main clause of
        the sentence before (no heading between) (a body for a body noun, "the council's",
        never for "its": "The OSCE Permanent Council met … Its secretary general" is the
        OSCE's); with no organisation named in those two, for a noun (not "its") the
        document's main organisation.  A sentence whose subject is another noun gives none, nor
        the main organisation then: the anaphor often means a group no mention covers ("The
        intelligence committee of the Bundestag exculpated the BND. Its chair X" is the
        committee's).  "its" only opening
        the title phrase (pronoun_rules), not "which elected X as its leader" (the electing
        body's, as_its_title), and no office the knowledge data holds in a country ("its prime
        minister") (position_patterns.json org_anaphor)."""
        data = position_patterns()["org_anaphor"]
        doc = self.doc
        k = title.start - 1
        while k >= 0 and (doc[k].lower_ in lexicon().qualifiers or
                          doc[k].lower_ in position_patterns()["leading"]):
            k -= 1  # "the alliance's former secretary general"
        if k >= 2 and doc[k].text in APOSTROPHE_S and doc[k - 1].is_lower and \
                doc[k - 1].lower_ in coref.words("org", "nouns") and \
                doc[k - 2].lower_ in data["determiners"]:
            tok, pronoun = doc[k - 1], False
        elif k >= 0 and doc[k].lower_ in data["pronouns"] and rule in data["pronoun_rules"]:
            tok, pronoun = doc[k], True  # not "which elected X as its leader": the electing body
        else:
            return None
        role = self.an.kb.role(title.name)
        if role is not None and role.held_in == "country":
            return None
        kinds = ("body", "organization") if not pronoun and \
            tok.lower_ in coref.words("org", "body_nouns") else ("organization",)
        named = False
        for sent, main_only in self._anaphor_sentences(tok):
            subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i and
                        not t.left_edge.i <= tok.i <= t.right_edge.i and
                        (not main_only or t.head.dep_ == "ROOT")]
            for i in self.an.mentions_in(sent, kinds):
                e = self.an.entity_of_mention.get(i)
                span = self.an.mention_span(i)
                if e is None or span.end > tok.i:
                    continue
                named = True
                if self._subject_of(span) in subjects:
                    return e.local_id  # the topic the text goes on with
            if main_only and subjects:
                return None  # the sentence before has another topic ("The intelligence
                # committee of the Bundestag exculpated the BND. Its chair X")
        if named or pronoun or self.an.dominant_org is None:
            return None
        return self.an.dominant_org.local_id  # none named so near: the one the text is about

    def _anaphor_sentences(self, tok: Token) -> list[tuple[Span, bool]]:
        """Where an anaphor's organisation is named: its own sentence before it (any subject),
        then the sentence before, unless a heading parts them (its main clause's subject); a
        sentence that opens with a quotation mark is reported speech, which keeps the topic:
        the sentence before it is read instead, once."""
        out = [(tok.sent, False)]
        sent = tok.sent
        for _ in range(2):
            if sent.start == 0:
                break
            before = self.doc[sent.start - 1].sent
            if before.start_char < self.discourse.window(sent.start_char):
                break
            if before[0].text not in QUOTE_OPENERS:
                out.append((before, True))
                break
            sent = before
        return out

    @staticmethod
    def _subject_of(span: Span) -> Token | None:
        """The subject a mention is or stands inside ("The OSCE said", "X, the OSCE's envoy,
        said"): up to three links of a noun phrase (compound, apposition, possessive); not "of"
        ("The intelligence committee of the Bundestag exculpated …": a part of it is)."""
        tok = span.root
        for _ in range(3):
            if tok.dep_ in ("nsubj", "nsubjpass"):
                return tok
            if tok.dep_ not in ("compound", "appos", "poss") or tok.head is tok:
                return None
            tok = tok.head
        return None

    def _one_body(self, kinds: list[str], named: Callable[[Mention, LocalEntity], bool]
                  ) -> str | None:
        """The one organization or body (of ``kinds``) with a mention ``named`` accepts; None
        for two or none: a short or common-noun name read as a holder must be unambiguous."""
        bodies = {e.local_id for i, e in self.an.entity_of_mention.items()
                  if e.kind in kinds and named(self.an.mentions[i], e)}
        return bodies.pop() if len(bodies) == 1 else None

    def _body_word(self, title: TitleSpan) -> tuple[str, str] | None:
        """(holder, title) for an office written after one capitalised word of a body that no
        mention covers ("Senate Majority Leader X", "Assembly president Y", "Commission
        President Z"): the word opens the title span or stands right before it, is one of
        position_patterns.json body_word.nouns, and the one organization or body the document
        names with that word in its name holds the office, whose name drops the word.  None for
        two such bodies or none, or a word that starts the sentence before a longer name."""
        data = position_patterns()["body_word"]
        doc = self.doc
        k, inside = title.start, True
        if not (doc[k].lower_ in data["nouns"] and doc[k].is_title):
            k, inside = title.start - 1, False
        if k < 0 or not doc[k].is_title or doc[k].lower_ not in data["nouns"] or \
                self.an.mention_at(doc[k]) is not None:
            return None
        if k > 0 and (doc[k - 1].is_title or doc[k - 1].is_upper) and not doc[k - 1].is_sent_start \
                and doc[k - 1].is_alpha:
            return None  # "the Liberal | Party leader": the word ends a name nobody resolved
        word = doc[k].lower_
        words = [t.text for t in doc[k + 1 if inside else title.start:title.end]]
        if not any(w.lower() in lexicon().heads for w in words):
            return None
        body = self._one_body(data["kinds"], lambda m, e: e.name.lower() not in data["not_bodies"]
                              and self._headed_by(m.name.lower().split(), word))
        return (body, normalise(words)) if body else None

    @staticmethod
    def _headed_by(words: list[str], word: str) -> bool:
        """Whether a body's name has ``word`` as its head: its last word ("the French National
        Assembly") or the word before its "of" ("Senate of the United States"), not a modifier
        of another head ("the Senate Intelligence Committee")."""
        return bool(words) and (words[-1] == word or any(
            w == word and nxt == "of" for w, nxt in zip(words, words[1:], strict=False)))

    def _common_noun_complement(self, k: int) -> int | None:
        """The noun of an "of the commission" complement at ``k``, right after a title: "of",
        a determiner of common_noun_body, one lower-case noun of its nouns, and the phrase ends
        there (no noun, name, "of" or possessive after it: "of the party's youth wing" names
        another body)."""
        data = position_patterns()["common_noun_body"]
        doc = self.doc
        if k + 2 >= len(doc) or doc[k].lower_ != "of" or \
                doc[k + 1].lower_ not in data["possessive_determiners"]:
            return None
        noun = doc[k + 2]
        if not noun.is_lower or noun.lower_ not in data["nouns"] or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        after = doc[k + 3] if k + 3 < len(doc) else None
        if after is not None and (after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or
                                  after.lower_ in ("of", "for", "on", "in") or
                                  after.text in APOSTROPHE_S):
            return None
        return k + 2

    def _state_body_office(self, name: str, holder: str) -> tuple[str, str]:
        """A title held in a state's own body (orgnames STATE_BODY_*: "the Security Council
        of Armenia", "the Kazakh Security Council") is an office of that state: "Secretary of
        the Security Council" held in Armenia."""
        entity = self.an.entity_by_id.get(holder)
        if entity is None or not any(
                self.an.mentions[i].source.startswith("org_names:STATE_BODY") for i in entity.mentions):
            return name, holder
        i = next(i for i in entity.mentions
                 if self.an.mentions[i].source.startswith("org_names:STATE_BODY"))
        country = next((t.ent_id_ for t in self.an.mention_span(i)
                        if t.ent_id_.startswith("country:")), None)
        if country is None or " of " not in entity.name:
            return name, holder
        local = next((e.local_id for e in self.an.entities if e.key == country), country)
        return f"{name} of the {entity.name.rsplit(' of ', 1)[0]}", local

    def _span_date(self, f: _Found, span: Span) -> timex.TimeValue | None:
        """The start year of a past office told with its years (position_patterns.json
        span_date, posit60): "X was mayor of Y from 1977 to 1995" is dated 1977, never at
        publication. Only a year span right after the title (where ``_ended`` reads it) whose
        end year is before the publication year; months, open bounds and decades move nothing.
        Off as shipped (``on``: false): it lost one readable gold that dates such an office at
        publication (docs/evaluation.md, posit60)."""
        shape = position_patterns()["span_date"]
        if not shape["on"] or not f.titles or self.an.anchor is None:
            return None
        edge = max(f.titles[-1].end, span.end)
        start = self.doc[edge].idx if edge < len(self.doc) else len(self.an.text)
        for t in self.an.timexes_in(span.sent):
            if not 0 <= t.start - start <= shape["max_gap"]:
                continue
            if t.kind != "date" or t.bound is not None or t.year is None or \
                    t.end_year is None or t.month is not None or t.end_month is not None or \
                    t.end_year >= int(self.an.anchor.value[:4]):
                return None
            return timex.resolve(t, self.an.anchor)
        return None

    def _ended(self, f: _Found, span: Span) -> str | None:
        """"Chad's leader until 1990", "the Prime Minister of Singapore from 1959 to 1990": a
        title written with a past end is a former one."""
        if not f.titles:
            return None
        edge = max(f.titles[-1].end, span.end)
        start = self.doc[edge].idx if edge < len(self.doc) else len(self.an.text)
        for t in self.an.timexes_in(span.sent):
            if not (0 <= t.start - start <= 3) or self.an.anchor is None:
                continue
            if t.bound == "until":
                value = timex.resolve(t, self.an.anchor)
                if value is not None and value.value[:4] < self.an.anchor.value[:4]:
                    return "former"
            elif t.end_year is not None and t.year is not None and \
                    t.end_year < int(self.an.anchor.value[:4]):
                return "former"
        return None

    def _term_bound(self, person: str, holder: str, role: str, span: Span, sent: Span) -> None:
        """Where a term starts or ends: "SG since 2017", "was appointed …", "resigned as …"."""
        bound = None
        verb = self.an.clause_verb(span.root)
        near = [t for t in sent if span.start - 4 <= t.i < span.end + 5 or t.i == verb.i
                or t.head.i == verb.i and t.dep_ in ("aux", "auxpass", "acomp", "prt")]
        # the one who appoints or dismisses someone else starts or ends no term of their own
        # ("Prime Minister X of Sweden appointed Y as …")
        near = [t for t in near if not (t.lower_ in BY_ANOTHER and t.pos_ == "VERB" and
                                        any(c.dep_ == "dobj" for c in t.children) and
                                        any(c.dep_ == "nsubj" and c.left_edge.i <= span.root.i
                                            <= c.right_edge.i for c in t.children))]
        # a verb or noun of a term told of someone else ("managed to get him elected", "Patil
        # submitted his resignation to Prime Minister X", "X resigns, new governor sworn in")
        near = [t for t in near if not self._anothers_term_word(t, span)]
        words = {t.lower_ for t in near} | {t.lemma_.lower() for t in near}
        # "since" bounds the title's term in the title's own clause or right beside it, not in
        # another clause ("X claimed that the strategy is what it has been following since 2003")
        since = [t for t in self.an.timexes_in(sent) if (t.bound == "since" or
                 self.an.text[max(0, t.start - 6):t.start].lower().strip().endswith("since"))
                 and self._in_title_clause(t, span, verb)]
        if since:
            bound, t = "since", since[0]
            when = timex.resolve(t, self.an.anchor)
        elif words & TERM_START:
            bound = "since"
            when = self.an.attached_time(span.root, sent, "past") or self.an.anchor
        elif words & TERM_END:
            bound = "until"
            when = self.an.attached_time(span.root, sent, "past") or self.an.anchor
        else:
            # a bound in another clause ("X, chief executive of Y, says Australia could cut
            # its emissions by 2020") ends some other thing, not the title's term
            until = [t for t in self.an.timexes_in(sent) if t.bound == "until" and
                     self._in_title_clause(t, span, verb, beside=False)]
            if not until:
                return
            bound, when = "until", timex.resolve(until[0], self.an.anchor)
        if when is None:
            return
        self.add("holds_position", person, sent, 0.7, f"term_{bound}", object=holder,
                 role=role, qualifier=bound, when=when, specific=True)

    def _in_title_clause(self, t: timex.Timex, span: Span, verb: Token, beside: bool = True
                         ) -> bool:
        """A time expression in the clause of the verb that governs the name, or (``beside``)
        next to the name, four words before it to five after."""
        head = self.an.timex_head(t)
        if head is None:
            return False
        return beside and span.start - 4 <= head.i < span.end + 5 or \
            self.an.clause_verb(head).i == verb.i or self.an._within(head, verb)

    def _anothers_term_word(self, t: Token, span: Span) -> bool:
        """A word of a term's start or end (TERM_START, TERM_END) told of another person: a
        verb whose subject is someone or something else than the named person (not a relative
        pronoun or a subject pronoun, which may be theirs), or whose subject or object is an
        object pronoun ("get him elected"); a noun whose possessor is another person's name, or
        a possessive pronoun in a clause whose subject is someone else ("Patil submitted his
        resignation to Prime Minister X")."""
        if t.lower_ not in TERM_WORDS and t.lemma_.lower() not in TERM_WORDS:
            return False

        def outside(tok: Token) -> bool:
            return tok.right_edge.i < span.start or tok.left_edge.i >= span.end

        if t.dep_ in ("acl", "amod"):  # "newly appointed Interior Minister": the noun's
            noun = t.head  # term; "X resigns, new governor sworn in": another noun's
            inside = not outside(noun) or noun.dep_ == "appos" and not outside(noun.head) or \
                span.root.dep_ == "appos" and span.root.head.i == noun.i or \
                noun.dep_ == "compound" and not outside(noun.head)
            if not inside and noun.lower_ in lexicon().heads:
                return True  # another office's holder ("new governor"), not "those dismissed"
        if t.pos_ in ("VERB", "AUX"):
            if any(c.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "nsubj") and not outside(c)
                   for c in t.children):
                return False  # "Kerr dismissed the Prime Minister X", "X stepped down"
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in OBJECT_PRONOUNS:
                    return True
                if c.dep_ in ("nsubj", "nsubjpass") and outside(c) and \
                        c.lower_ not in SUBJECT_PRONOUNS and c.tag_ not in ("WP", "WDT"):
                    return True
            return False
        for c in t.children:
            if c.dep_ != "poss" or not outside(c):
                continue
            if self.an.mention_at(c) is not None:
                return True
            verb = self.an.clause_verb(t)
            subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
            if c.pos_ == "PRON" and subjects and all(outside(s) for s in subjects):
                return True
        return False

    def _modifies_a_thing(self, span: Span) -> bool:
        """A country written as the modifier of a common noun ("a U.S. report", "a US
        doctor"); an organization's ("NATO's highest body") still says whose meeting it is."""
        root = span.root
        i = self.an.mention_at(span[0])
        return i is not None and self.an.mentions[i].kind == "country" and \
            root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i >= span.end and \
            root.head.pos_ == "NOUN" and not self.titles.at(root.head.i) and \
            root.head.lemma_.lower() not in lexicon().state_groups  # "the Russian delegation"

    def _holds_another_title(self, span: Span, role: str, person: Span) -> bool:
        """A country that qualifies another title of the same office ("President Kibaki
        invited the Ghanaian president", "… to invite the president of Ghana"): a country has
        one president, so it is that title's holder, not the bare title's. Another office ("the
        Kazakh foreign minister and President X") may well be the same country's."""
        if self._titles_another_name(span, person):
            return True
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ == "of":  # "invite the president of Ghana"
            title = root.head.head
        elif root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i >= span.end:
            title = root.head
        else:
            return False
        if person.start - 4 <= title.i < person.start or title.i == person.root.head.i:
            return False  # the title is the person's own ("Norwegian peace envoy Erik Solheim")
        past = ("former", "ex", "late", "then", "previous", "outgoing")
        if any(c.lower_ in past for c in title.children) or \
                title.i > 0 and self.doc[title.i - 1].lower_ in past:
            return False  # "Zimbabwe's former President, Robert Mugabe": held before ours
        return bool(self.titles.at(title.i)) and \
            title.lemma_.lower() == role.lower().rsplit(" ", 1)[-1]

    def _titles_another_name(self, span: Span, person: Span) -> bool:
        """A country written right before the title of another person's name later in the
        sentence, past a verb, whatever the office ("Vice-President Dick Cheney directed the
        U.S. envoy to walk out, in response to comments by Canadian Prime Minister Paul
        Martin"): it says whose that title is, not where the bare title before it is held.  A
        list with no verb between ("President George W. Bush, Vice President Dick Cheney, U.S.
        Trade Representative Rob Portman") may share the country, and a titled name before the
        person is left to the other guards ("Russian President A said Prime Minister B would
        …": compatriots, as often as not)."""
        end = span.end + (span.end < len(self.doc) and self.doc[span.end].text in APOSTROPHE_S)
        title = self.titles.at(end)
        if title is None or title.start != end or title.end >= len(self.doc) or \
                title.start < person.end:
            return False
        other = self.an.mention_at(self.doc[title.end])
        if other is None or self.an.mentions[other].kind != "person":
            return False
        return any(t.pos_ in ("VERB", "AUX") for t in self.doc[person.end:span.start])

    @staticmethod
    def _frames(span: Span) -> bool:
        """A country before a noun with no indefinite article sets the scene ("on German radio",
        "Montenegro's independence"); "a U.S. report", "a US doctor" is one thing from there."""
        return not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.head.children)

    def _quoted(self, span: Span, sent: Span) -> bool:
        quotes = sum(1 for t in self.doc[sent.start:span.start] if t.text in ('"', "“", "”"))
        return quotes % 2 == 1

    def _as_place(self, span: Span) -> bool:
        root = span.root
        return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE

    def _scene_of_a_states_office(self, span: Span, role: str, person: Span) -> bool:
        """A country that is the scene of what the sentence tells (_scene_of), before a
        state's office: not refused as a place.  An office any body may have is held there
        only as story_country reads one ("In Germany, <association> executive director X"
        is the association's)."""
        i = self.an.mention_at(span[0])
        if i is None or self.an.mentions[i].kind != "country" or self._scene_of(span) is None:
            return False
        return self._states_office(role, self.titles.at(person.start - 1))

    def _states_office(self, role: str, title: TitleSpan | None) -> bool:
        """An office a state's story may hold: one the knowledge data holds in a country, a
        head of state's office any body may have (position_patterns.json story_country
        any_body_titles), or the spokesperson of a state's institution."""
        kb_role = self.an.kb.role(role)
        return kb_role is not None and (
            kb_role.held_in == "country" or
            kb_role.name in position_patterns()["story_country"]["any_body_titles"] or
            title is not None and self._spokesperson_of_institution(role, title))

    def _scene_of(self, span: Span) -> str | None:
        """How a country is the scene of all a sentence tells, not a place someone is in or
        goes to (position_patterns.json scene_frame): ``frame``, the locative frame the
        sentence opens on ("In China, Foreign Ministry spokesman X said …"); ``extent``, the
        object of a preposition of extent ("fire safety checks across Poland"); else None."""
        frame = position_patterns()["scene_frame"]
        root = span.root
        prep, sent = root.head, span.sent
        if root.dep_ != "pobj":
            return None
        if prep.lower_ in frame["extent_preps"]:
            return "extent"
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        opens = prep.lower_ in frame["preps"] and first is not None and prep.i == first.i and \
            all(t.pos_ == "DET" for t in self.doc[prep.i + 1:span.start]) and \
            span.end < sent.end and self.doc[span.end].text in frame["closers"]
        return "frame" if opens else None

    def _in_longer_name(self, span: Span) -> bool:
        """A word of a longer name, of an adjective with a bound prefix ("pro-Russian") or of a
        hyphenated modifier ("the Syrian-backed government")."""
        if span.start > 1 and self.doc[span.start - 1].text in ("-", "‐") and \
                self.doc[span.start - 2].lower_ in BOUND_PREFIXES:
            return True
        prev = self.doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.lower_ == "of" and span.start > 1:
            # "The Times of India", not "the Government of Kazakhstan"
            name = self.doc[span.start - 2]
            if self.titles.unresolved_name_word(name) and \
                    name.lemma_.lower() not in lexicon().state_groups:
                return True
        return prev is not None and self.titles.unresolved_name_word(prev) or \
            self.titles.part_of_a_word_after(self.an.mention_at(span[0]))

    def _scene_rule(self, holder: str | None, sent: Span) -> str:
        """The extractor cue ("+frame_country", "+extent_country") where the sentence names
        ``holder`` only as its scene (_scene_of), else ""."""
        kinds = self._scenes(sent).get(holder, frozenset())
        return f"+{next(iter(kinds))}_country" if len(kinds) == 1 and None not in kinds else ""

    @cached_property
    def _scenes_by_sentence(self) -> dict[int, dict[str, frozenset[str | None]]]:
        """Sentence start → ``_scenes`` of that sentence."""
        return {}

    def _scenes(self, sent: Span) -> dict[str, frozenset[str | None]]:
        """Each country the sentence names (its local id) → how each of its mentions there is
        the sentence's scene (_scene_of): worked out once per sentence, not per claim."""
        found = self._scenes_by_sentence.get(sent.start)
        if found is None:
            kinds: dict[str, set[str | None]] = {}
            for i in self.an.mentions_in(sent, ("country",)):
                if i in self.an.entity_of_mention:
                    kinds.setdefault(self.an.entity_of_mention[i].local_id, set()).add(
                        self._scene_of(self.an.mention_span(i)))
            found = self._scenes_by_sentence[sent.start] = {
                k: frozenset(v) for k, v in kinds.items()}
        return found

    def _default_holder(self, role: str, sent: Span, person: Span) -> str | None:
        """A role with no holder beside it: the sentence's only country (or organization)."""
        kb_role = self.an.kb.role(role)
        held_in = kb_role.held_in if kb_role else "any"
        if self._acted_on_by_a_country(sent, person):
            return None
        if held_in == "any":
            # a title that could be any body's: only a sentence naming one country, nothing else
            countries = self._sentence_holders(sent, ("country",), role, person)
            if self._other_body_named(sent, role, person, countries) or len(countries) != 1 or \
                    not self._in_clause_of(next(iter(countries)), sent, person):
                return None
            return countries.pop()
        named = self._sentence_holders(sent, ("country",) if held_in == "country"
                                       else ("organization", "body"), role, person)
        ents = named if held_in == "country" else {self._organization_of(e) for e in named}
        if len(ents) != 1 or not any(self._in_clause_of(e, sent, person) for e in named):
            return None
        return ents.pop()

    def _in_clause_of(self, holder: str, sent: Span, person: Span) -> bool:
        """Whether a mention of ``holder`` stands in the same relative clauses as the person
        (a relative clause on the person himself aside: "Prime Minister Milo Djukanovic, who
        has promoted Montenegro's independence"). A relative clause that only one of them
        stands in is said of another noun: "met with President George W. Bush … for talks
        that centered on the Turkey-PKK conflict", "to help Turkey, an offer that was also
        made by Secretary of State Condoleezza Rice" say nothing of the title's holder (nor
        does a country's people, _names_only_the_people); a "where" clause on the holder
        itself does ("visited the Parliament of Ghana, where he paid a courtesy call on the
        Speaker")."""
        def relative_clauses(tok: Token, place: Span) -> set[int]:
            out = set()
            for _ in range(20):
                if tok.dep_ == "relcl" and not person.start <= tok.head.i < person.end and \
                        not (place.start <= tok.head.i < place.end and
                             any(c.lower_ == "where" for c in tok.children)):
                    out.add(tok.i)
                if tok.head.i == tok.i:
                    break
                tok = tok.head
            return out

        spans = [self.an.mention_span(i)
                 for i in self.an.mentions_in(sent, ("country", "organization", "body"))
                 if i in self.an.entity_of_mention and
                 self.an.entity_of_mention[i].local_id == holder]
        return any(relative_clauses(span.root, span) == relative_clauses(person.root, span)
                   for span in spans if not self._names_only_the_people(span))

    def _sentence_holders(self, sent: Span, kinds: tuple[str, ...], role: str, person: Span,
                          framing: bool = False) -> set[str]:
        """The holders of ``kinds`` a sentence names that a bare title there may be held in.

        Not the dateline's place ("MADRID, Spain, Nov. 30 -- …"), a word of a longer name
        ("the Summit of South American-Arab Countries"; but the state that starts its own
        embassy's or office's name right before the title, _institution_title_before), a
        country named as the place where something happens ("President X died in Singapore"), a
        portfolio ("Indian Affairs"),
        nor a country whose same office the sentence gives another ("the president of Ghana",
        wherever else Ghana is named), nor one inside a quotation; none at all where the person
        visits one of them (_visited_by).  A country that qualifies
        another noun ("labelled a U.S. report") is left out too, unless ``framing`` asks for
        the countries that set the sentence's scene ("US troop reductions", _frames)."""
        dateline_end = self.an.dateline_span[1]
        mine = [(i, self.an.entity_of_mention[i].local_id, self.an.mention_span(i))
                for i in self.an.mentions_in(sent, kinds) if i in self.an.entity_of_mention]
        taken = {e for _, e, span in mine if self._holds_another_title(span, role, person)}
        own_institution = self._institution_title_before(person)  # "US Embassy spokesperson X"
        if any(self._visited_by(span, person) for _, _, span in mine):
            return set()  # "X is expected to visit the United States … out of Iraq": the
            # sentence tells where the person goes, none of its countries what he holds
        return {e for i, e, span in mine
                if e not in taken and span.start_char >= dateline_end and
                (not self._in_longer_name(span) or i == own_institution) and
                not (self._as_place(span) and
                     not self._scene_of_a_states_office(span, role, person)) and
                not self._names_a_portfolio(i) and
                not self._quoted(span, sent) and
                not (self._modifies_a_thing(span) and not (framing and self._frames(span)))}

    def _acted_on_by_a_country(self, sent: Span, person: Span) -> bool:
        """Whether a country of the sentence is the subject of an action whose object side holds
        the person, with no other subject between ("Iran spoofed e-mails … to hurt President
        Trump's chances"): that country is the other party, and the sentence does not state the
        title's holder (nor is another country it names the only one left).  A clause with its
        own subject ("Russia said President Putin would visit", "a coup in which the military
        ousted prime minister Thaksin") and a country's state ("Somalia has not had … since the
        ousting of President Siad Barre") do not act on the person."""
        return any(self._acts_on_the_person(self.an.mention_span(i), person)
                   for i in self.an.mentions_in(sent, ("country",)))

    def _acts_on_the_person(self, span: Span, person: Span) -> bool:
        root = span.root
        if root.dep_ != "nsubj" or root.head.lemma_ in ("be", "have") or \
                person.start <= root.head.i < person.end:
            return False
        verb, tok = root.head, person.root
        while tok.i != verb.i:
            own_subject = tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            if own_subject or tok.dep_ in ("nsubj", "nsubjpass", "csubj") or tok.head.i == tok.i:
                return False
            tok = tok.head
        return True

    def _names_only_the_people(self, span: Span) -> bool:
        """A country's people named by the plural of its demonym ("thorny political issues
        remain for the Israelis", "evidence that Iranians are supplying weapons"): the people,
        not the state that holds an office. It still names a second country where the
        sentence names another ("Iraqi militants"), so it counts against a sentence's only one,
        and it is that one itself (_in_clause_of) only as a clause's subject, acting as the
        state does ("President Abbas similarly said that the Palestinians will likewise end all
        attacks")."""
        return span.root.dep_ not in ("nsubj", "nsubjpass") and len(span) == 1 and \
            span[0].tag_ in ("NNPS", "NNS") and span.text.endswith("s") and \
            self.an.kb.country_of_demonym(span.text[:-1]) is not None

    def _other_body_named(self, sent: Span, role: str, person: Span, countries: set[str],
                          framing: bool = False) -> bool:
        """An organization or body the sentence names besides its countries: a title any body
        may have ("President") could be its.  A state's own body named for one of the countries
        ("Parliament of Somalia") is no other, nor is one apart from the person (_bodies_apart)
        unless the country only ``framing`` the scene would hold the title ("President Bush
        committed impeachable offenses relating to the Iraq war", with Congress named)."""
        named = {e.local_id: e.name for e in self.an.entities}
        apart = set() if framing else self._bodies_apart(sent, person)
        return any(b not in apart and
                   not any(named.get(b, "").endswith(f" of {named.get(c)}") for c in countries)
                   for b in self._sentence_holders(sent, ("organization", "body"), role, person))

    def _bodies_apart(self, sent: Span, person: Span) -> set[str]:
        """Organizations a sentence names only as the subject or object of a clause, outside
        the person's phrase (its title, apposition and complements) and not around it: "President
        Bush is lobbying the U.S. House of Representatives", "The Nobel Peace Committee
        announced that Martti Ahtisaari, former president …". The title is not theirs; one in
        the person's phrase ("Youk Chhang, director of the … Documentation Center", "Foreign
        Ministry spokesperson Liu Jianchao"), in a complement elsewhere or before a noun
        ("in the presence of UN Secretary General's special representative") may be."""
        deps = set(position_patterns()["body_apart"]["deps"])
        own = {t.i for t in person.root.subtree}
        apart: dict[str, bool] = {}
        for i in self.an.mentions_in(sent, ("organization", "body")):
            if i not in self.an.entity_of_mention:
                continue
            span = self.an.mention_span(i)
            root = span.root
            while root.dep_ in ("conj", "appos") and root.head.i != root.i:
                root = root.head  # "Israel's parliament, the Knesset"; "the administration and the CIA"
            around = person.root.i in {t.i for t in root.subtree}
            entity = self.an.entity_of_mention[i].local_id
            apart[entity] = apart.get(entity, True) and root.dep_ in deps and \
                not around and not any(t.i in own for t in span)
        return {e for e, is_apart in apart.items() if is_apart}

    def _title_antecedent(self, role: str, own: TitleSpan, person: str) -> str | None:
        """The same office written elsewhere in the text with its holder and no other
        person's name ("Czech Prime Minister resigns … Prime Minister Jiri Paroubek said"):
        that holder.  Two holders, or none, and the holder is not stated."""
        if self.an.kb.role(role) is None or self._premier(own) or self._place_before(own) or \
                self._unresolved_name_before(own):
            return None  # "Aslef general secretary Mick Whelan": the holder is written there
        holders: set[str] = set()
        sent = self.doc[own.start].sent
        for t in self.titles.spans:
            # one in the same sentence is another person's ("President Kibaki invited the
            # Ghanaian president"), and so is one said of someone ("Wolfowitz is to resign as
            # President of the World Bank"); nor a premier's (a province's head of government:
            # "Queensland Premier" is no Prime Minister's antecedent)
            if t is own or t.name != role or t.plural or sent.start <= t.start < sent.end or \
                    self._title_owner.get(t.start, person) != person or \
                    t.start > 0 and self.doc[t.start - 1].lower_ == "as" or self._premier(t):
                continue
            holder = t.holder or self._holder_before(t.start)
            if holder is not None:
                holders.add(holder)
        if len(holders) != 1:
            return None
        holder = holders.pop()
        # "the President of Italy … he met President John Kufuor": a single office another
        # person holds in that holder is not this person's
        others = self._held.get((role, holder), set()) - {person}
        return None if others and self.an.kb.role(role).single_holder else holder

    def _premier(self, title: TitleSpan) -> bool:
        """A title written with a word whose holder is never taken from the rest of the text
        (position_patterns.json no_context_holder: "Premier" heads states' and provinces'
        governments alike)."""
        return any(t.lower_ in position_patterns()["no_context_holder"]["words"]
                   for t in self.doc[title.start:title.end])

    def _holder_before(self, k: int) -> str | None:
        """The country or body written just before a title: "Czech", "Kenya's", "Israel i"."""
        doc = self.doc
        skip = APOSTROPHE_S | set(position_patterns()["split_demonym"]) | set(lexicon().qualifiers)
        j = k - 1
        while j >= 0 and doc[j].lower_ in skip:
            j -= 1
        i = self.an.mention_at(doc[j]) if j >= 0 else None
        if i is None or self.an.mentions[i].kind not in HOLDER_KINDS or \
                i not in self.an.entity_of_mention or self._names_a_portfolio(i) or \
                self.titles.part_of_a_word_after(i):
            return None
        return self.an.entity_of_mention[i].local_id

    def _context_holder(self, role: str, sent: Span, title: TitleSpan) -> str | None:
        """A state's office the knowledge data knows ("Prime Minister X", "Interior Minister
        Y", not a President, which any body may have) written before a name in a sentence that
        names no country or organization, in a text that so far names one country ("Portuguese
        minister resigns … Prime Minister José Sócrates accepted"): that country. Two
        countries, or none, and the holder is not stated."""
        kb_role = self.an.kb.role(role)
        if kb_role is None or kb_role.held_in != "country" or \
                self.an.mentions_in(sent, ("country", "organization", "body")) or \
                self._premier(title) or self._place_before(title):
            return None
        seen: dict[str, set[str]] = {"country": set(), "other": set()}
        for i, _, holder in self._holders_told_before(sent, ("country", "organization", "body")):
            kind = "country" if self.an.mentions[i].kind == "country" else "other"
            seen[kind].add(holder)
        if len(seen["country"]) != 1:
            return None
        return next(iter(seen["country"]))

    def _holders_told_before(self, sent: Span, kinds: tuple[str, ...]
                             ) -> list[tuple[int, Span, str]]:
        """(mention, span, entity) of the ``kinds`` the text names before a sentence, less the
        dateline's place, a word of a longer name and a portfolio ("Indian Affairs")."""
        dateline_end = self.an.dateline_span[1]
        out = []
        for i in self.an.mentions_in(self.doc[:sent.start], kinds):
            m = self.an.mention_span(i)
            if i in self.an.entity_of_mention and m.start_char >= dateline_end and \
                    not self._in_longer_name(m) and not self._names_a_portfolio(i):
                out.append((i, m, self.an.entity_of_mention[i].local_id))
        return out

    def _scene_country(self, role: str, sent: Span, person: Span, title: TitleSpan
                       ) -> str | None:
        """A bare title before a name that no stricter reading gives a holder: the one country
        its sentence names all the same, as the modifier of a noun that sets the scene ("says
        Prime Minister Milo Djukanovic, who has promoted Montenegro's independence",
        "Defense Secretary Robert Gates said he intends to continue US troop reductions").
        Two countries, a title any body may have with another body named, or a title the text
        says is held elsewhere (_held_elsewhere), and the holder is not stated."""
        kb_role = self.an.kb.role(role)
        if kb_role is None or kb_role.held_in not in ("country", "any") or \
                self._held_elsewhere(sent, person, title):
            return None
        found = self._sentence_holders(sent, ("country",), role, person, framing=True)
        if len(found) != 1 or not self._in_clause_of(next(iter(found)), sent, person) or \
                self._acted_on_by_a_country(sent, person) or \
                kb_role.held_in == "any" and \
                self._other_body_named(sent, role, person, found, framing=True):
            return None
        return found.pop()

    def _story_country(self, role: str, sent: Span, person: Span, title: TitleSpan,
                       person_id: str, former: bool, after_name: bool = False
                       ) -> tuple[str, str] | None:
        """A state's office (knowledge data: held in a country; or a head of state's office
        any body may have, position_patterns.json story_country) before a name, in a sentence
        that names no country and no place, in a story whose headline names one country and
        whose text so far names it more than any other ("UK soldier killed near Basra … Defence
        Secretary Des Browne said"): that country.  A sentence naming a place tells
        of a visit ("Secretary of State Condoleezza Rice arrived in Beijing"); another person
        the text gives the single office there, two countries in the headline, or a tie, and
        the holder is not stated, and so it is for a title not written as former in a sentence
        that narrates an earlier year ("President Ronald Reagan signed Conyers's bill into law
        in 1983": that year's office, not one held now).  A headline naming no country gives the
        lede's one (_lede_countries, unless the headline names a place abroad), a headline
        naming two the one it opens with (_headline_subject); the cue ("+lede",
        "+headline_subject") is returned with the holder for the extractor field.  A sentence
        that names only that country, in a use the sentence guards refused, agrees with it
        (_countries_not_as_places, "+sentence_agrees").  The same office written after the name
        (``after_name``: "X, the foreign minister, said", "X is prime minister") takes it on the
        same terms (position_patterns.json story_country after_name).  A portfolio's minister
        in a story the headline or lede sets in a sub-national government ("Ontario's Liberal
        cabinet … Finance Minister X") is the region's as likely: no holder (_regional_story)."""
        portfolio = not after_name and not self._states_office(role, title) and \
            self._portfolio_office(role, title)
        if not (portfolio or self._states_office(role, title)) or \
                self._body_noun_before(role, title) or \
                (named := self._countries_not_as_places(sent)) is None or \
                self._held_elsewhere(sent, person, title, after_name) or \
                not former and self._narrates_a_past_year(sent):
            return None
        headline_end = self.an.headline_end
        if headline_end <= 0 or sent.start_char < headline_end or \
                len(self.an.text[:headline_end].split()) > STORY_HEADLINE_WORDS:
            return None
        counts: collections.Counter[str] = collections.Counter()
        in_headline: set[str] = set()
        first: tuple[Span, str] | None = None
        for _, m, holder in self._holders_told_before(sent, ("country",)):
            counts[holder] += 1
            if m.end_char <= headline_end:
                in_headline.add(holder)
                who = self._traveller_of(m)
                if who is not None and (getattr(self.an.entity_at(who), "local_id", None) == person_id
                                        or who.text == person[-1].text):
                    return None  # "<name> urges OPEC … whilst in Saudi Arabia": where he is
                first = first or (m, holder)
        ranked = counts.most_common(2)
        cue = ""
        travel = self._travel_headline(headline_end)
        if not in_headline and ranked and not travel:  # no country in the headline: the lede's
            in_headline, cue = self._lede_countries(headline_end), LEDE_RULE
            if self._headline_abroad(headline_end, in_headline):
                return None
        elif len(in_headline) > 1 and first is not None and not travel and \
                self._headline_subject(first[0]):
            in_headline, cue = {first[1]}, SUBJECT_RULE
        if len(in_headline) != 1 or ranked[0][0] not in in_headline or \
                len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        holder = ranked[0][0]
        if named and named != {holder}:
            return None  # the sentence names another country: its scene, not the story's
        if self._portfolio_shape(role) and self._regional_story(holder):
            return None  # "Ontario's Liberal cabinet … Finance Minister X": maybe the region's
        others = self._held.get((role, holder), set()) - {person_id}
        kb_role = self.an.kb.role(role)  # None for a portfolio office: no single holder known
        return None if others and kb_role is not None and kb_role.single_holder else \
            (holder, PORTFOLIO_RULE * portfolio + AGREES_RULE * bool(named) + cue)

    def _previous_subject(self, role: str, sent: Span, person: Span, title: TitleSpan,
                          person_id: str, former: bool) -> str | None:
        """A state's office before a name (as _story_country reads one) in a sentence naming no
        country, place or organisation, right after a body sentence whose main clause has one
        country as its subject, itself or as the one country of a state's own group ("… the
        Czech Republic also suspended its referendum. Prime Minister X said"; "the Czech
        government"): the topic the text goes on with holds it (position_patterns.json
        previous_subject).  A subject coordinated with another, a quoted name, another person
        given the single office there, and the holder is not stated."""
        if not (self._states_office(role, title) or self._portfolio_office(role, title)) or \
                self._body_noun_before(role, title) or self._countries_not_as_places(sent) != set() or \
                self.an.mentions_in(sent, ("organization", "body")) or \
                self._held_elsewhere(sent, person, title) or self._quoted(person, sent) or \
                not former and self._narrates_a_past_year(sent) or sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        if before.start_char < max(self.an.headline_end, self.an.dateline_span[1], 0):
            return None  # the headline is read by _story_country
        deps = position_patterns()["previous_subject"]["deps"]
        subjects = [t for t in before if t.dep_ in deps and t.head.dep_ == "ROOT"]
        if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
            return None
        i = self._country_as_subject(subjects[0])
        if i is None:
            return None
        holder = self.an.entity_of_mention[i].local_id
        others = self._held.get((role, holder), set()) - {person_id}
        kb_role = self.an.kb.role(role)
        return None if others and (kb_role is None or kb_role.single_holder) else holder

    def _country_as_subject(self, subject: Token) -> int | None:
        """The country mention a subject is: the country itself ("the Czech Republic"), or the
        one country written before a noun of a state's own people (titles.json state_groups:
        "the Czech government", "Norway's delegation"; not "Czech voters")."""
        if subject.lemma_.lower() in lexicon().state_groups:
            found = {i for c in subject.children if c.i < subject.i and
                     (i := self.an.mention_at(c)) is not None}
            if len(found) != 1:
                return None
            i = found.pop()
        else:
            i = self.an.mention_at(subject)
            if i is None or self.an.mention_span(i).root != subject:
                return None
        return i if self.an.mentions[i].kind == "country" and i in self.an.entity_of_mention \
            else None

    def _portfolio_office(self, role: str, title: TitleSpan) -> bool:
        """A minister of a portfolio the knowledge data does not list ("Emergencies Minister",
        "Environment Secretary"; position_patterns.json story_country portfolio_offices): a head
        of office after capitalised words of a field of government, none a rank or a kind of
        secretary ("Prime", "Cabinet", "Press"), each word capitalised as written before the
        name (not "Trade and Industry Secretary": with "and" on corpus/news 1 of 2 right)."""
        data = position_patterns()["story_country"]["portfolio_offices"]
        words = role.split()
        written = [t for t in self.doc[title.start:title.end] if not t.is_punct]
        return self.an.kb.role(role) is None and len(words) > 1 and \
            words[-1] in data["heads"] and len(written) == len(words) and \
            all(w[:1].isupper() and w.lower() not in data["not_modifiers"] for w in words[:-1]) and \
            all(t.is_title for t in written) and not self._region_adjective_in(written[:-1])

    def _portfolio_shape(self, role: str) -> bool:
        """A portfolio's minister, listed or not ("Finance Minister", "Emergencies Minister"): a
        head of position_patterns.json regional_story after words none of them a rank or a kind
        of office (story_country portfolio_offices not_modifiers; not "Prime Minister", whose
        holder heads the state's government)."""
        not_modifiers = position_patterns()["story_country"]["portfolio_offices"]["not_modifiers"]
        words = role.split()
        return len(words) > 1 and words[-1] in position_patterns()["regional_story"]["heads"] and \
            not any(w.lower() in not_modifiers for w in words[:-1])

    def _state_of(self, holder: str) -> str | None:
        """The ISO 3166-1 alpha-3 code of a country holder, or of the state whose first-level
        subdivision (ISO 3166-2) a place holder names ("New South Wales": AUS)."""
        entity = self.an.entity_by_id.get(holder)
        if entity is None:
            return None
        if entity.key and entity.key.startswith("country:"):
            return entity.key.removeprefix("country:")
        if entity.kind != "place":
            return None
        region = subdivisions_by_name(first_level=True).get(norm(entity.name))
        country = pycountry.countries.get(alpha_2=region.country) if region else None
        return country.alpha_3 if country is not None else None

    def _regional_story(self, holder: str) -> bool:
        """The headline or the lede places the story in a sub-national government of the
        story's country ("Ontario's Liberal cabinet", "the Queensland government";
        position_patterns.json regional_story): a region written capitalised, where the
        knowledge data names no place or country, alone or in a longer name ("the Khartoum
        government", "the government of Georgia", "New Delhi")."""
        key = next((e.key for e in self.an.entities if e.local_id == holder), None) or ""
        country = pycountry.countries.get(alpha_3=key.removeprefix("country:"))
        lede = self._lede(max(self.an.headline_end, 0))
        if country is None or not lede:
            return False
        names = [(m.start, m.end) for i in self.an.mentions_in(self.doc[:], ("place", "country"))
                 for m in [self.an.mentions[i]] if m.key is not None]  # known: a city, a country
        for shape in regional_government_shapes(country.alpha_2):
            for found in shape.finditer(self.an.text, 0, lede[-1].end_char):
                start, end = found.span("region")
                if found["region"][:1].isupper() and \
                        not any(s <= start and end <= e for s, e in names):
                    return True
        return False

    def _region_adjective_in(self, modifiers: list[Token]) -> bool:
        """"Flemish Minister X", "Walloon Minister of Media Y": a sub-national region's
        adjective or name among a portfolio's words (portfolio_offices region_words) says the
        office is the region's, so no state holds it.  spaCy's NORP is no cue: it tags
        "Culture" in "Culture Secretary" so."""
        regions = position_patterns()["story_country"]["portfolio_offices"]["region_words"]
        return any(t.lower_ in regions for t in modifiers)

    def _countries_not_as_places(self, sent: Span) -> set[str] | None:
        """The countries a sentence names in a use the sentence guards refused as a holder (in
        a longer name, modifying a thing, quoted: "Prime Minister X and General Y, of the
        Turkish Armed Forces"), or None where it names a place, or a country as where something
        happens ("arrived in Beijing": a visit, whose offices may be either state's).  When
        these are the story's own country, they agree with it (AGREES_RULE)."""
        if self.an.mentions_in(sent, ("place",)):
            return None
        named: set[str] = set()
        for i in self.an.mentions_in(sent, ("country",)):
            entity = self.an.entity_of_mention.get(i)
            if entity is None or self._as_place(self.an.mention_span(i)):
                return None
            named.add(entity.local_id)
        return named

    def _body_noun_before(self, role: str, title: TitleSpan) -> bool:
        """An office any body may have (story_country any_body_titles) after a common noun
        ("association president X", "club president Y"): that body's office, not a state's."""
        k = title.start - 1
        return role in position_patterns()["story_country"]["any_body_titles"] and k >= 0 and \
            self.doc[k].tag_ in ("NN", "NNS") and self.doc[k].is_lower and \
            self.an.mention_at(self.doc[k]) is None

    def _headline_abroad(self, headline_end: int, countries: set[str]) -> bool:
        """A headline naming a place of another country than the lede's ("Prime Minister flies
        to Washington" over a lede naming the United Kingdom): a story set abroad, whose
        offices may be either country's."""
        keys = {e.key for e in self.an.entities if e.local_id in countries}
        for i in self.an.mentions_in(self.doc[:], ("place",)):
            known = self.an.kb.entities.get(self.an.mentions[i].key or "")
            if self.an.mentions[i].end <= headline_end and known is not None and \
                    known.country is not None and known.country not in keys:
                return True
        return False

    def _travel_headline(self, headline_end: int) -> bool:
        """A headline that tells of a journey ("US president visits Canada", "President ends
        visit to Ghana"; position_patterns.json story_country travel_headline): the story is
        set between two states, and neither the lede's nor the first one is every office's."""
        lemmas = set(position_patterns()["story_country"]["travel_headline"]["lemmas"])
        headline = itertools.takewhile(lambda t: t.idx < headline_end, self.doc)  # not the text
        return any(t.lemma_.lower() in lemmas for t in headline)

    def _headline_subject(self, country: Span) -> bool:
        """A headline that opens with a country, or its demonym, not coordinated with the next
        word ("China responds to US plan", "Canadian Prime Minister assigns aircraft to pick up
        Canadians in Lebanon"; not "United Kingdom, Czech Republic suspend referendums"): the
        story is that country's, the others are what it acts on (position_patterns.json
        story_country headline_subject)."""
        after = self.doc[country.end] if country.end < len(self.doc) else None
        return country.start == 0 and after is not None and \
            after.lower_ not in position_patterns()["story_country"]["headline_subject"]["not_after"]

    def _lede(self, headline_end: int) -> list[Span]:
        """The lede: the first sentences after the headline (position_patterns.json
        story_country lede_sentences), where the story-country rules look past a headline."""
        lede = [s for s in self.doc.sents if s.start_char > headline_end]
        return lede[:position_patterns()["story_country"]["lede_sentences"]]

    def _lede_countries(self, headline_end: int) -> set[str]:
        """The countries the lede names (the first sentences after the headline,
        position_patterns.json story_country lede_sentences), as _holders_told_before counts
        them: a story whose headline names no country ("Protesters rally in the capital") is
        about the one its lede names, if the text so far names it most."""
        lede = self._lede(headline_end)
        after = self.doc[lede[-1].end:lede[-1].end] if lede else None
        return {holder for _, m, holder in self._holders_told_before(after, ("country",))
                if m.start_char > headline_end} if after is not None else set()

    def _travel_word(self, place: Span) -> Token | None:
        """The word that makes ``place`` where someone is or goes ("whilst in X", "visit to X",
        "visits X", "X visit"; story_country travellers).  The words are the event coder's
        (plover.json senses.presence): one class, one list."""
        rule = plover.lexicon().extra["senses"]["presence"]
        visited_deps = position_patterns()["story_country"]["travellers"]["visited_deps"]
        root = place.root
        if root.dep_ == "pobj" and root.head.i > 0:
            prep = root.head
            if prep.lower_ in rule["preps"] and self.doc[prep.i - 1].lower_ in rule["marks"] or \
                    prep.lower_ in rule["travel_preps"] and prep.head.lemma_.lower() in rule["travel"]:
                return prep.head
        elif root.dep_ in visited_deps and root.head.lemma_.lower() in rule["visited"]:
            return root.head
        return None

    def _travel_clause(self, place: Span) -> list[Token]:
        """The travel word of ``place`` (_travel_word) and its heads, up to four words and no
        farther than the root: where the one who travels is named."""
        node, out = self._travel_word(place), []
        while node is not None and len(out) < 4:
            out.append(node)
            node = node.head if node.dep_ != "ROOT" else None
        return out

    def _visited_by(self, place: Span, person: Span) -> bool:
        """Whether the person is the one ``place`` locates: the subject or possessor of the
        visit, or the name the visit's clause is said of ("President Bush visited Canada on
        Monday", "King Abdullah to visit France", "President Putin is visiting Germany"): where
        the holder goes, not what the holder holds (visit1)."""
        return any(person.start <= node.i < person.end or any(
            c.dep_ in TRAVELLER_DEPS and person.start <= c.i < person.end for c in node.children)
            for node in self._travel_clause(place))

    def _traveller_of(self, place: Span) -> Token | None:
        """The word naming whom ``place`` locates ("whilst in X", "visit to X", "visits X",
        "X visit"; story_country travellers): the subject or possessor of the visit."""
        return next((c for node in self._travel_clause(place) for c in node.children
                     if c.dep_ in TRAVELLER_DEPS), None)

    def _spokesperson_of_institution(self, role: str, title: TitleSpan) -> bool:
        """A title that speaks for a state's own institution written right before it, with no
        state ("Foreign Ministry spokesman", "government spokesperson"; position_patterns.json
        story_country institution_titles, state_institutions): an office of a state, as a
        minister's is, not of any body.  A body named before the institution makes it that
        body's ("Hamas government spokesman")."""
        kb_role = self.an.kb.role(role)
        k = title.start - 1
        if kb_role is None or k < 0 or \
                kb_role.name not in position_patterns()["story_country"]["institution_titles"] or \
                self.doc[k].lemma_.lower() not in position_patterns()["state_institutions"]["words"]:
            return False
        i = self.an.mention_at(self.doc[k])
        start = self.an.mention_span(i).start if i is not None else k
        owner = self.an.mention_at(self.doc[start - 1]) if start > 0 else None
        return owner is None or self.an.mentions[owner].kind not in ("organization", "body")

    def _story_organization(self, role: str, sent: Span, person: Span, title: TitleSpan,
                            person_id: str, former: bool) -> str | None:
        """An organisation's single office (knowledge data: held in an organisation by one
        person, "Secretary-General", "High Representative"; not "Commissioner", which
        commissions of every kind have) before a name, in a sentence that names no organisation
        or body, in a text that so far names one known organisation more often than any other
        ("The United Nations admitted a new member … Secretary-General X welcomed it"): that
        organisation.  Not where another person holds that single office there, nor for a
        title not written as former in a sentence that narrates an earlier year."""
        kb_role = self.an.kb.role(role)
        if kb_role is None or kb_role.held_in != "org" or not kb_role.single_holder or \
                self.an.mentions_in(sent, ("organization", "body")) or \
                self._held_elsewhere(sent, person, title) or \
                not former and self._narrates_a_past_year(sent):
            return None
        known = {e.local_id for e in self.an.entities if e.kind == "organization" and e.key}
        counts = collections.Counter(holder for _, _, holder in self._holders_told_before(
            sent, ("organization",)) if holder in known)
        ranked = counts.most_common(2)
        if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        holder = ranked[0][0]
        others = self._held.get((role, holder), set()) - {person_id}
        return None if others else holder

    def _narrates_a_past_year(self, sent: Span) -> bool:
        anchor = self.an.anchor
        return anchor is not None and any(
            t.year is not None and t.year < int(anchor.value[:4]) for t in self.an.timexes_in(sent))

    def _held_elsewhere(self, sent: Span, person: Span, title: TitleSpan,
                        after_name: bool = False) -> bool:
        """What the words around a bare title say of a holder no mention resolves: a name word
        before it ("Kosovo President Ibrahim Rugova"; a state's own institution is none:
        "Foreign ministry spokesman Hamid Reza Asefi"), a possessor ("the congressman's
        spokesman", "his chief of staff Libby"), "as" ("ascend to the throne as King Frederik
        X"), a rank ("Lieutenant-Commander Jarno Mäkinen"), "of" just after the name ("King
        James I of England"), a list of names (", Fernando Morais, Emir Sader, …": a given
        name), or a party's or the opposition's office (position_patterns.json
        not_state_office: "Opposition public accountability spokesman Kelvin Thomson").  A
        title after the name (``after_name``) is apposed to it by design: the words after the
        title, not the name, are read there (_held_after_the_name), and an "as" before it is
        the pattern's own ("X, who serves as foreign minister", "X resigned as president")."""
        data = position_patterns()
        lex = lexicon()
        doc = self.doc
        near = {t.lower_ for t in doc[max(sent.start, title.start - 3):title.end]}
        if self._party_office(title) or near & set(data["no_context_holder"]["words"]):
            return True
        if after_name and self._held_after_the_name(sent, person, title) or not after_name and (
                self._apposed_to_name_before(title.start) and not (
                    title.end == person.start and self._titled_name_before(title.start)) or
                "of" in {t.lower_ for t in doc[person.end:min(person.end + 2, sent.end)]}):
            return True
        k = title.start - 1
        while k >= sent.start and _qualifying(doc[k], lex):
            k -= 1
        if k < sent.start:
            return False
        before = doc[k]
        name_word = (before.pos_ == "PROPN" or self.an.mention_at(before) is not None) and \
            before.lemma_.lower() not in data["state_institutions"]["words"]
        return name_word or before.text in APOSTROPHE_S or before.tag_ == "PRP$" or \
            before.lower_ == "as" and not after_name or before.lower_ in lex.ranks

    def _held_after_the_name(self, sent: Span, person: Span, title: TitleSpan) -> bool:
        """A title after the name is apposed to it by design; the words around the title say
        whose it is (position_patterns.json story_country after_name): a body written right after
        it ("X, a vice president at <company>", "X, the prime minister's adviser"), an indefinite
        article before a single holder's office ("a president": a kind of office), a bracket
        after the name (a list that lost its line breaks), or "as" right after the name ("the
        nomination of X as the new defense minister": another verb's complement)."""
        data = position_patterns()["story_country"]["after_name"]
        doc = self.doc
        k = title.start - 1
        while k > person.end and doc[k].lower_ in lexicon().qualifiers:
            k -= 1
        kb_role = self.an.kb.role(title.name)
        return title.end < sent.end and doc[title.end].lower_ in data["body_after"] or \
            doc[person.end].lower_ in data["not_first_word"] or \
            doc[k].lower_ in data["indefinite"] and kb_role is not None and kb_role.single_holder or \
            any(t.text in data["not_after"] for t in doc[person.end:title.start])

    def _place_before(self, title: TitleSpan) -> bool:
        """A place written by its name right before a title ("former Ontario education
        minister Gerard Kennedy"): a province's or a state's office, not the country the rest
        of the text names (a demonym, "Scottish chancellor Gordon Brown", says where the person
        is from); a region's compass adjective ("Western Australian Energy Minister",
        places.json regional_compass) is the region's, as its name is."""
        k = title.start - 1
        while k >= 0 and _qualifying(self.doc[k], lexicon()):
            k -= 1
        i = self.an.mention_at(self.doc[k]) if k >= 0 else None
        if i is None or self.an.mentions[i].kind != "place":
            return False
        span = self.an.mention_span(i)
        return span.root.tag_ in ("NNP", "NNPS") or \
            span[0].lower_ in regional_compounds()[0]

    def _unresolved_name_before(self, title: TitleSpan) -> bool:
        """A capitalised name no mention covers right before a title ("Palesinian President
        Mahmoud Abbas", "Kosovo President Ibrahim Rugova"): the holder is written there, so the
        sentence's other country is not it. A state's own institution or a word of a title
        ("Canada's International Trade Minister") is no such name."""
        lex = lexicon()
        k = title.start - 1
        while k >= 0 and _qualifying(self.doc[k], lex):
            k -= 1
        before = self.doc[k] if k >= 0 else None
        return before is not None and before.pos_ == "PROPN" and before.is_title and \
            self.an.mention_at(before) is None and \
            all(before.lower_ not in words for words in (lex.modifiers, lex.portfolio, lex.heads)) and \
            before.lemma_.lower() not in position_patterns()["state_institutions"]["words"] and \
            self._institution_of_state_before(title) is None

    def _institution_of_state_before(self, title: TitleSpan) -> int | None:
        """The country mention that starts a name of its state's own office or mission written
        right before the title ("US Embassy spokesperson X", "the British Foreign Office
        political director X", "the Chinese Embassy's press officer X"; position_patterns.json
        state_institutions after_a_state, with only portfolio words between): the office is held
        in that state.  None where the words before the title are no such name; a country
        inside such a name anywhere else in the sentence ("the U.S. Embassy in Guatemala")
        stays a word of a longer name."""
        doc = self.doc
        lex = lexicon()
        k = title.start - 1
        if k >= 0 and doc[k].text in APOSTROPHE_S:
            k -= 1
        nouns = position_patterns()["state_institutions"]["after_a_state"]
        if k < 1 or doc[k].lemma_.lower() not in nouns and doc[k].lower_ not in nouns:
            return None
        j = k - 1
        while j > 0 and k - j < 4 and doc[j].is_title and doc[j].lower_ in lex.portfolio | lex.modifiers \
                and self.an.mention_at(doc[j]) is None:
            j -= 1
        i = self.an.mention_at(doc[j])
        if i is None or self.an.mentions[i].kind != "country" or \
                i not in self.an.entity_of_mention or self.an.mention_span(i).end != j + 1:
            return None
        return i

    def _institution_title_before(self, person: Span) -> int | None:
        """_institution_of_state_before for the title written right before the person's name
        (a comma between: "US Embassy spokesperson, X")."""
        k = person.start - (person.start > 0 and self.doc[person.start - 1].text == ",")
        title = next((t for t in self.titles.spans if t.end == k), None)
        return self._institution_of_state_before(title) if title is not None else None

    def _sought(self, title: TitleSpan) -> bool:
        """A title that completes a noun of candidacy through "for" or "as" ("Bush's nominee
        for Defense Secretary, X", "the party's candidate for president, Y"): an office sought,
        not held (position_patterns.json sought)."""
        span = self.doc[title.start:title.end]
        prep = span.root.head
        return span.root.dep_ == "pobj" and prep.lower_ in ("for", "as") and \
            prep.head.lemma_.lower() in _candidacy_nouns()

    def _party_office(self, title: TitleSpan, shared: bool = False) -> bool:
        """A title with a party's, a shadow cabinet's or a movement's word in it or in the
        three words before it (position_patterns.json not_state_office): "Australian opposition
        leader, Kevin Rudd" before opp1, "leader of Zimbabwe's main opposition party",
        "opposition leader Raila Odinga" after "Kenyan President X and" (``shared``: a holder
        shared across "and") hold no office of the state named.  A word of the office's own
        name is no party's (not_state_office own_office): "UK opposition leader X" is the
        Leader of the Opposition of the United Kingdom."""
        sent = self.doc[title.start].sent
        # a word before the title modifies it (or the name after it), not another noun
        # ("criticism from both the public and opposition parties Prime Minister Paul Martin")
        near = {t.lower_ for t in self.doc[max(sent.start, title.start - 3):title.end]
                if t.i >= title.start or t.head.i >= title.start}
        if title.end < sent.end and self.doc[title.end].text in APOSTROPHE_S:
            # the complement's holder owns the noun after it: "of Zimbabwe|'s main opposition
            # party"
            for t in self.doc[title.end + 1:min(title.end + 5, sent.end)]:
                if not t.is_alpha or t.pos_ in ("VERB", "AUX", "ADP"):
                    break
                near.add(t.lower_)
        data = position_patterns()["not_state_office"]
        own = set() if shared else set(data["own_office"].get(title.name, ()))
        return bool((near - own) & set(data["words"]))

    def _organization_of(self, local_id: str) -> str:
        """An organization's office named beside one of its bodies is the organization's
        ("the Security Council has asked Secretary-General Ban Ki-moon")."""
        entity = self.an.entity_by_id.get(local_id)
        known = self.an.kb.entities.get(entity.key or "") if entity is not None else None
        if known is None or known.kind != "body" or not known.parent:
            return local_id
        return next((e.local_id for e in self.an.entities if e.key == known.parent), known.parent)
