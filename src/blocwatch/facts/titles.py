"""The open title layer: title spans found by their shape, not looked up in a closed list.

A title is a head noun of office ("minister", "secretary", "co-chair", "spokesperson", …; the
one list, data/titles.json) with the modifiers before it ("First Deputy", "Personal", "High",
"Foreign") and its complements after it ("of Foreign Affairs", "on National Minorities", "of
the Security Council of Armenia").  The holder a complement names (the last country,
organization or body in it) is kept apart from the title's name: "Minister of Foreign Affairs
of the Republic of Kyrgyzstan" is the title "Minister of Foreign Affairs" held in Kyrgyzstan;
"Spokesperson for the Russian President" is a spokesperson held in Russia, not a president.
Names are normalised (case, hyphens, plurals, known spellings), never mapped onto another title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .. import orgnames
from ..analysis import DocAnalysis
from ..knowledge import knowledge, load_json, norm, position_patterns
from ..orgnames import OFFICE_SUB_BODY, PARTY_SHORT_NAME
from .rules import HYPHENS, STATE_NOUNS

HOLDER_KINDS = ("country", "organization", "body")
# the nouns of a sub-national unit before its name ("the state of Goa", "the province of Aceh")
REGION_NOUNS = STATE_NOUNS | {"province", "region", "territory", "county", "district"}
FUNCTION_WORDS = {"of", "the", "for", "on", "and", "to", "at", "in", "&"}
APOSTROPHE_S = {"'s", "’s"}
PLURAL_APOSTROPHE = {"'", "’"}  # a possessive after a plural -s: "the United States' Centers"
CAPITALISED_PORTFOLIO_WORDS = 3  # "Public Safety", "Water Resources": a portfolio's length
NOT_A_PORTFOLIO = {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL"}
# What opens a sentence's clause without being a portfolio's word, capitalised there ("The",
# "But", "Meanwhile", "He"): a capitalised portfolio may follow it (posit37)
SENTENCE_OPENER_TAGS = {"DET", "ADP", "CCONJ", "SCONJ", "ADV", "PRON", "PART", "INTJ", "AUX"}
# Marks a capitalised portfolio may follow: a quote closed ('"...," Agrarian Reform Minister'),
# a clause's comma or colon, a bracket or a dash; not a hyphen, which joins a word to it
PORTFOLIO_OPENING_MARKS = {'"', "“", "”", "'", "‘", "’", ",", ":", ";", "(", "—"}
# A noun's tags: a sentence's first word so tagged, a compound of the next, may be a portfolio's
# own word ("Workplace Relations Minister"); an adjective's ("Current") is not (posit40)
OPENING_PORTFOLIO_TAGS = {"NN", "NNS", "NNP", "NNPS"}


@dataclass(frozen=True)
class TitleSpan:
    start: int  # token indexes of the whole span, complements included
    end: int
    name: str  # normalised title, without the holder's complement
    holder: str | None  # local id of the country/organization/body its complement names
    plural: bool  # "Foreign Ministers": a title shared by the names that follow
    names_body: bool = False  # its complement names a body nobody resolved: held there


@dataclass(frozen=True)
class Lexicon:
    heads: frozenset[str]
    plurals: dict[str, str]
    suffixes: frozenset[str]
    modifiers: frozenset[str]
    portfolio: frozenset[str]
    preps: frozenset[str]
    qualifiers: dict[str, str]
    ranks: frozenset[str]
    state_forms: frozenset[str]
    target_heads: frozenset[str]
    honorifics: frozenset[str]
    verb_roles: dict[str, str]
    state_groups: frozenset[str]
    abbreviated_heads: dict[str, str]  # "PM" → "Prime Minister": a head only as written
    portfolio_heads: frozenset[str]  # "Minister for …": a bare complement is the portfolio
    participles: frozenset[str]  # "managing director": a modifier the tagger reads as a verb
    place_heads: frozenset[str]  # "mayor": a city's office, a place its only holder
    region_heads: frozenset[str]  # "governor": a place may hold it, as may a bank
    place_prefixes: frozenset[str]  # "New | Mexico": a cut place name's first word
    region_modifiers: frozenset[str]  # "Lieutenant Governor": a rank that makes another office
    status_adjectives: frozenset[str]  # "incumbent", "outgoing": before a title, no name word
    cabinet_heads: frozenset[str]  # "Minister for …": a bare complement names no body
    region_offices: frozenset[str]  # "chief minister": a region's office, matched whole
    split_ranks: frozenset[str]  # "Deputy NATO Secretary General": the title's, past the holder
    shared_region_offices: frozenset[str]  # "leader of the opposition": a region's or a state's


@cache
def lexicon() -> Lexicon:
    d = load_json("titles.json")
    return Lexicon(frozenset(d["heads"]), dict(d["plurals"]), frozenset(d["suffixes"]),
                   frozenset(d["modifiers"]) | frozenset(d["participle_modifiers"]),
                   frozenset(d["portfolio"]),
                   frozenset(d["complement_preps"]), dict(d["qualifiers"]),
                   frozenset(d["ranks"]), frozenset(d["state_forms"]),
                   frozenset(d["target_heads"]),
                   _honorifics(), dict(d["verb_roles"]),
                   frozenset(d["state_groups"]), dict(d["abbreviated_heads"]),
                   frozenset(d["portfolio_heads"]), frozenset(d["participle_modifiers"]),
                   frozenset(d["place_heads"]), frozenset(d["region_heads"]),
                   frozenset(d["place_prefixes"]), frozenset(d["region_modifiers"]),
                   frozenset(d["status_adjectives"]["words"]),
                   frozenset(d["cabinet_portfolio_heads"]["words"]),
                   frozenset(d["region_offices"]), frozenset(d["split_ranks"]["words"]),
                   frozenset(d["shared_region_offices"]))  # by name


def names_region_office(words: str) -> bool:
    """Whether a title's words hold a region's whole office ("Deputy Chief Minister of Goa",
    titles.json region_offices), matched as written in any case."""
    low = words.lower()
    return any(office in low for office in lexicon().region_offices)


def _honorifics() -> frozenset[str]:
    """The one honorific list (data/names.json), as tokens are written: "Mr" and "Mr."."""
    from ..names import lexicon as name_lexicon  # local: names is the list's owner

    words = name_lexicon().honorifics
    return frozenset(words | {f"{w}." for w in words})


@cache
def name_styles() -> frozenset[str]:
    """Ranks, honorifics and styles (titles.json styles_before_name) written before a name."""
    lex = lexicon()
    return lex.ranks | lex.honorifics | frozenset(load_json("titles.json")["styles_before_name"]["words"])


@cache
def _service_ranks() -> frozenset[str]:
    """Ranks that never open a run before a name (titles.json styles_before_name not_opening)."""
    return frozenset(load_json("titles.json")["styles_before_name"]["not_opening"])


def _spelling(text: str) -> str:
    """Spelling key: "Secretary-General" = "Secretary General", "Defence" = "Defense"."""
    t = norm(text).replace("defence", "defense").replace("organisation", "organization")
    return " ".join(t.split())


@cache
def _known_spellings() -> dict[str, str]:
    """Spelling key → the knowledge data's spelling of that same title (and its abbreviations:
    "SG", "CiO"); a synonym with other words ("Chairperson" for "Chairman") is not folded."""
    out: dict[str, str] = {}
    for role in knowledge().roles:
        out.setdefault(_spelling(role.name), role.name)
        for v in role.variants:
            if v.isupper() or (len(v) <= 4 and not v.istitle()) or \
                    _spelling(v) == _spelling(role.name):
                out.setdefault(_spelling(v), role.name)
    return out


def normalise(words: list[str]) -> str:
    """A title's name from its words: one case, no hyphen splits, singular head, known spelling."""
    lex = lexicon()
    out: list[str] = []
    core = True  # plural heads are made singular in the core, not in a complement
    for w in words:
        w = lex.abbreviated_heads.get(w, w)  # "Deputy PM": a Deputy Prime Minister
        w = _word_spellings().get(w, w)  # "Development & Humanitarian Aid": "and"
        low = w.lower()
        if low in ("-", "–", "‐"):
            continue
        core = core and low not in FUNCTION_WORDS
        low = lex.plurals.get(low, low) if core else low
        if low in APOSTROPHE_S:
            if out:
                out[-1] += "'s"
            continue
        if low in FUNCTION_WORDS and out:
            out.append(low)
        elif w.isupper() and len(w) > 1 and low not in lex.heads and low not in lex.modifiers:
            out.append(w)  # "UN", "OSCE" inside a complement
        else:
            out.append("-".join(p.capitalize() for p in low.split("-")))
    text = re.sub(r" ([,;])", r"\1", " ".join(out))  # "Employment, Social Affairs"
    text = re.sub(r"\b(Vice|Co|Under|Ex)- ?(\w)", lambda m: f"{m.group(1)} {m.group(2).upper()}",
                  text)
    text = re.sub(r"\s*-\s*", "-", text)
    key = _spelling(text)
    for pattern, name in _variants():
        if m := pattern.match(key):
            return m.expand(name).title() if "\\" in name else name
    return _known_spellings().get(key, text)


@cache
def _head_ids() -> tuple[frozenset[int], frozenset[int]]:
    """The string ids of the abbreviated heads ("PM") and of the heads and their plurals:
    a token with neither its text nor its lower form among them heads no title."""
    lex = lexicon()
    return (frozenset(map(get_string_id, lex.abbreviated_heads)),
            frozenset(map(get_string_id, lex.heads | set(lex.plurals))))


@cache
def _not_portfolio_words() -> frozenset[str]:
    """Words that end a capitalised portfolio's run (_capitalised_portfolio): qualifiers,
    heads, honorifics, ranks, and a state's institutions ("the Hungarian Government
    commissioner": a state's institution is no portfolio)."""
    lex = lexicon()
    return frozenset(lex.qualifiers.keys() | lex.heads | lex.honorifics | lex.ranks |
                     set(position_patterns()["state_institutions"]["words"]))


def _phrase_head(words: list[Token]) -> Token:
    """A name's head noun: the word before its first of/for ("Council | for Cultural
    Affairs"), else its last ("Family and Community | Services")."""
    inner = next((n for n, t in enumerate(words) if t.lower_ in ("of", "for") and n > 0), None)
    return words[inner - 1] if inner is not None else words[-1]


@cache
def _word_spellings() -> dict[str, str]:
    """A title's words written with another sign (data/title_variants.json word_spellings,
    sources there): "&" is "and"."""
    return {k: v for k, v in load_json("title_variants.json").get("word_spellings", {}).items()
            if not k.startswith("_")}


@cache
def _variants() -> tuple[tuple[re.Pattern[str], str], ...]:
    """One office written with other words (data/title_variants.json, sources there):
    "Minister of Foreign Relations" is the Foreign Minister, "Premier" the Prime Minister."""
    return tuple((re.compile(v["match"]), v["name"])
                 for v in load_json("title_variants.json")["variants"])


class Titles:
    """Title spans of one document, and which span covers a token."""

    def __init__(self, an: DocAnalysis) -> None:
        self.an = an
        self.doc: Doc = an.doc
        self.spans: list[TitleSpan] = self._find()
        self.by_token = {i: s for s in self.spans for i in range(s.start, s.end)}

    def at(self, i: int) -> TitleSpan | None:
        return self.by_token.get(i)

    # --- finding -------------------------------------------------------------------------
    def _kind(self, tok: Token) -> str | None:
        i = self.an.mention_at(tok)
        return self.an.mentions[i].kind if i is not None else None

    def _is_head(self, tok: Token) -> bool:
        lex = lexicon()
        low = tok.lower_
        if tok.text in lex.abbreviated_heads:  # "PM", never a time of day ("4 PM", "11:00 PM")
            prev = self.doc[tok.i - 1] if tok.i > 0 else None
            return not (prev is not None and any(c.isdigit() for c in prev.text)) and \
                tok.ent_type_ != "TIME" and self._not_a_name(tok)
        if low not in lex.heads and low not in lex.plurals:
            return False
        if tok.pos_ not in ("NOUN", "PROPN") and not tok.is_title and \
                not self._between_holder_and_name(tok) and not self._before_own_suffix(tok):
            return False  # "to head the delegation", "chief concern"
        # a word inside a name ("Office of the High Commissioner") is not a title
        return self._not_a_name(tok)

    def _before_own_suffix(self, tok: Token) -> bool:
        """"the chief executive of the African Union": a head the tagger read as an adjective
        because a word that continues the office's name follows it (titles.json suffixes,
        "executive"), itself no head's modifier ("chief executive officer")."""
        k = tok.i + 1
        return k < len(self.doc) and self.doc[k].lower_ in lexicon().suffixes and \
            not self._suffix_modifies_head(k)

    def _suffix_modifies_head(self, k: int) -> bool:
        """A suffix word that is a modifier of the head after it ("Chief Executive Officer",
        "executive director"), not the end of the office's name."""
        lex = lexicon()
        if k + 1 >= len(self.doc) or self.doc[k].lower_ not in lex.modifiers:
            return False
        after = self.doc[k + 1].lower_
        return after in lex.heads or after in lex.plurals

    def _between_holder_and_name(self, tok: Token) -> bool:
        """"CSTO chief Sergei Lavrov", "NATO head X": a head the tagger read as an adjective
        or a verb is a title between a holder's name and a person's."""
        i = tok.i
        return 0 < i < len(self.doc) - 1 and self._kind(self.doc[i - 1]) in HOLDER_KINDS and \
            self._kind(self.doc[i + 1]) == "person"

    def _tail_of_longer_name(self, holder: str, at: int, first: int) -> bool:
        """An organization mention that ends a longer capitalized name nobody resolved: the
        holder is that name, not its tail (a country after "of" is always the holder)."""
        lex = lexicon()
        doc = self.doc
        j = at - 1
        while j > first and doc[j].lower_ in ("the", "a"):
            j -= 1
        if self.unresolved_name_word(doc[j]):
            return True  # "director of Youth Forum | Zimbabwe": the forum, not the country
        if self.an.kind_of(holder) == "country":
            return False
        if j <= first or doc[j].lower_ not in ("for", "of", "and", "&"):
            return False
        prev = doc[j - 1]
        return prev.is_title and prev.is_alpha and self.an.mention_at(prev) is None and \
            prev.lower_ not in lex.heads | lex.modifiers | lex.portfolio | set(lex.plurals) | \
            lex.state_forms

    def unresolved_name_word(self, tok: Token) -> bool:
        """A capitalised word of a name nobody resolved (not a title's or a portfolio's)."""
        lex = lexicon()
        i = self.an.mention_at(tok)
        unknown = i is None or self.an.mentions[i].kind in ("organization", "body") and \
            self.an.mentions[i].key is None  # "Youth Forum" of "Youth Forum Zimbabwe"
        return tok.is_title and tok.is_alpha and unknown and \
            tok.ent_type_ not in ("DATE", "TIME", "PERSON") and \
            tok.lower_ not in lex.heads | lex.modifiers | lex.portfolio | set(lex.plurals) | \
            lex.state_forms | lex.preps and not tok.is_sent_start

    def _modifies_other_noun(self, i: int) -> bool:
        """A holder that modifies a named sub-body or a noun that itself modifies another in
        the complement ("of the European Commission's | Delegation to Bucharest", "of the
        Russian | parliament's security committee") names where that body is, not the
        title's holder; its own institutions are its ("chief of staff of China's armed
        forces", "Spokesperson for the Russian President")."""
        span = self.an.mention_span(i)
        root = span.root
        head = root.head
        if root.dep_ not in ("amod", "compound", "poss", "nmod") or head.i < span.end or \
                head.pos_ not in ("NOUN", "PROPN") or self.an.mention_at(head) is not None or \
                self._is_head(head):
            return False
        return root.dep_ == "poss" and head.is_title or \
            head.dep_ in ("poss", "compound", "amod") and head.head.i > head.i

    def inside_longer_name(self, i: int | None, in_complement: bool = False) -> bool:
        """A mention that starts a longer name nobody resolved ("the Brazilian Labour Party",
        "the Canadian Recording Industry Association"): that name, not the country, is meant."""
        if i is None:
            return False
        k = self.an.mention_span(i).end
        if k >= len(self.doc):
            return False
        nxt = self.doc[k]
        lex = lexicon()
        if self._state_institution_after(k):
            return False  # "the Russian | Foreign Ministry": the state's own institution
        in_title = not in_complement and any(t.start <= k < t.end for t in getattr(self, "spans", ()))
        return nxt.is_title and nxt.is_alpha and self.an.mention_at(nxt) is None and \
            not in_title and not self._is_head(nxt) and nxt.lower_ not in lex.preps and \
            not nxt.is_sent_start

    def part_of_a_word_after(self, i: int | None, in_complement: bool = False) -> bool:
        """A mention that only begins what follows it, a longer name (``inside_longer_name``)
        or a hyphenated modifier (``in_hyphenated_modifier``): the place holds no title there."""
        return self.inside_longer_name(i, in_complement) or self.in_hyphenated_modifier(i)

    def in_hyphenated_modifier(self, i: int | None) -> bool:
        """A mention joined by a hyphen to a lower-case word after it ("US-backed President
        Hamid Karzai", "the Greek-controlled Republic of Cyprus", "the Syrian-backed
        government"): the compound describes the noun after it, and the place holds no
        title there."""
        if i is None:
            return False
        doc = self.doc
        k = self.an.mention_span(i).end
        if k >= len(doc):
            return False
        if doc[k].text in HYPHENS and not doc[k].whitespace_ and k + 1 < len(doc):
            word = doc[k + 1].text
        elif doc[k].text[:1] in HYPHENS and len(doc[k].text) > 1:
            word = doc[k].text[1:]  # "Greek -controlled": the link's space split the compound
        else:
            return False
        return word.isalpha() and word.islower()

    def _state_institution_after(self, k: int) -> bool:
        """Portfolio words ending in a state's institution noun ("Foreign Ministry", "Defence
        Ministry", "Government"; position_patterns.json state_institutions) start at ``k``."""
        lex = lexicon()
        words = position_patterns()["state_institutions"]["words"]
        doc = self.doc
        j = k
        while j < len(doc) and j - k < 4 and doc[j].is_title and doc[j].is_alpha:
            if doc[j].lemma_.lower() in words or doc[j].lower_ in words:
                return True
            if doc[j].lower_ not in lex.portfolio | lex.modifiers:
                return False
            j += 1
        return False

    def _place_holds(self, holder: str | None) -> bool:
        """Whether the holder found so far is a place: "governor of Aceh province, Indonesia"
        is the province's, not the country's after it."""
        return self.an.kind_of(holder) == "place"

    def place_cut(self, i: int | None) -> bool:
        """A place mention right beside another ("New South | Wales") or after the first word
        of a longer name (titles.json place_prefixes: "New | Mexico", "Western | Australian"):
        a name the model cut, and no part of it a region office's holder."""
        if i is None:
            return False
        span = self.an.mention_span(i)
        before = self.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.is_title and \
                before.lower_ in lexicon().place_prefixes:
            return True
        near = (self.an.mention_at(self.doc[k]) for k in (span.start - 1, span.end)
                if 0 <= k < len(self.doc))
        return any(j is not None and j != i and self.an.mentions[j].kind == "place" for j in near)

    def _not_a_name(self, tok: Token) -> bool:
        """Outside every mention, or inside one made of title words only ("Foreign Affairs"
        taken for an organization is a portfolio, not a name); a party's short name before
        its office ("Labor leader") is the party's, never a portfolio."""
        i = self.an.mention_at(tok)
        if i is None:
            return True
        if self.an.mentions[i].source == PARTY_SHORT_NAME:
            return False
        lex = lexicon()
        words = {t.lower_ for t in self.an.mention_span(i)}
        return self.an.mentions[i].kind != "person" and words <= (
            lex.modifiers | lex.heads | lex.portfolio | set(lex.plurals) | FUNCTION_WORDS)

    def _find(self) -> list[TitleSpan]:
        doc = self.doc
        lex = lexicon()
        spans: list[TitleSpan] = []
        i = 0
        n = len(doc)
        # the words _is_head can accept, read from the document's arrays: the loop builds no
        # Token for the nine words in ten that cannot head a title
        abbreviated, heads = _head_ids()
        maybe = [orth in abbreviated or low in heads
                 for orth, low in doc.to_array([ORTH, LOWER]).tolist()]
        while i < n:
            if not maybe[i] or not self._is_head(doc[i]) or (
                    doc[i].lower_ in lex.modifiers and i + 1 < n and (
                        self._is_head(doc[i + 1]) and doc[i + 1].lower_ not in lex.plurals
                        or self._suffix_modifies_head(i + 1))):
                i += 1  # "Deputy Chief | Minister", "Chief | Executive Officer": a head that
                continue  # is also a modifier modifies the head after it (_left_edge takes it)
            start = self._left_edge(i)
            end = self._core_end(i + 1)
            plural = doc[end - 1].lower_ in lex.plurals or doc[i].lower_ in lex.plurals
            # "Prime Minister's Adviser": a title of a title
            if end + 1 < n and doc[end].text in APOSTROPHE_S and self._is_head(doc[end + 1]):
                end = self._core_end(end + 2)
            head = lex.plurals.get(doc[i].lower_, doc[i].lower_)
            region = head in lex.region_heads or names_region_office(
                " ".join(t.text for t in doc[start:end]))
            name_end, holder, end = self._complements(
                end, doc[i].sent.end, head in lex.target_heads, head in lex.place_heads, region)
            if start > 0 and doc[start - 1].lower_ in ("a", "an") and any(
                    self._is_head(t) for t in doc[name_end:end]) or \
                    self._principal_named_after(start, self._core_end(i + 1), end, plural):
                # "a spokesman for U.S. President George W. Bush", "Velayati, advisor to Iran's
                # Supreme Leader Ayatollah Ali Khamenei": the name is the inner title's; the
                # outer title's complement is left to that title
                end = name_end = self._core_end(i + 1)
                holder = None
            if spans and spans[-1].end > start:
                start = spans[-1].end
            if start < name_end:
                words = self._rank_before_holder(start) + [
                    t.text for t in doc[start:name_end]] + self._represented(
                    head, holder, name_end, end)
                core = self._core_end(i + 1)
                body = holder is None and (any(
                    (t.is_title or self.an.mention_at(t) is not None) and t.lower_ not in
                    lex.portfolio | lex.modifiers | lex.heads | FUNCTION_WORDS
                    for t in doc[core:name_end]) and
                    not self._bare_portfolio_complement(head, core, name_end) or
                    self._unread_name_after(end))
                spans.append(TitleSpan(start, end, normalise(words), holder, plural, body))
            i = max(end, i + 1)
        offices = self._offices()
        taken = {k for o in offices for k in range(o.start, o.end)}
        spans = [t for t in spans if not any(k in taken for k in range(t.start, t.end))]
        return sorted(spans + offices, key=lambda t: t.start)

    def _rank_before_holder(self, start: int) -> list[str]:
        """"Deputy NATO Secretary General X", "chief ICRC spokesperson X", "Deputy US Secretary
        of State X": a rank that makes another office (titles.json split_ranks) written before
        the holder's name that stands right before the title is the title's own first word;
        the holder keeps its place before the title, so "Deputy" is never lost to "NATO
        Secretary General", a single holder's office."""
        doc = self.doc
        i = self.an.mention_at(doc[start - 1]) if start > 0 else None
        if i is None or self.an.mentions[i].kind not in ("organization", "body", "country") or \
                self.an.mention_span(i).end != start:
            return []
        k = self.an.mention_span(i).start
        ranks = lexicon().split_ranks
        first = k
        while first > doc[start].sent.start and doc[first - 1].lower_ in ranks:
            first -= 1
        return [t.text for t in doc[first:k]]

    def _unread_name_after(self, k: int) -> bool:
        """A complement the walk could not read, a name no mention covers right after "of",
        "for" or "in" ("the President of the PCdoB", "a commander in the Popular Resistance
        Committee"): the title is held there, not in a country the sentence names."""
        doc = self.doc
        if k + 1 >= len(doc) or doc[k].lower_ not in ("of", "for", "in"):
            return False
        j = k + 2 if doc[k + 1].lower_ == "the" and k + 2 < len(doc) else k + 1
        name = doc[j]
        return name.text[:1].isupper() and name.is_alpha and not name.is_sent_start and \
            self.an.mention_at(name) is None and name.ent_type_ not in ("DATE", "TIME") and \
            name.lower_ not in lexicon().heads | lexicon().modifiers | lexicon().portfolio

    def _principal_named_after(self, start: int, core_end: int, end: int, plural: bool
                               ) -> bool:
        """"Abu Rdeneh, spokesman for Palestinian President Mahmoud Abbas", "a former advisor
        for U.S. President Donald Trump", "advisors to Brazilian Minister of Finance Antonio
        Palocci": a to/for complement with a title of its own right before a name
        (honorifics and ranks between) names the principal, and the name is the principal's,
        where the serving title already has its own person (a name apposed before it, an
        indefinite article, a plural).  A bare one at a sentence's start keeps the name:
        "Spokesperson for the Russian President Dmitry Peskov told reporters"."""
        doc = self.doc
        lex = lexicon()
        if core_end >= end or doc[core_end].lower_ not in ("to", "for") or not any(
                self._is_head(t) for t in doc[core_end + 1:end]):
            return False
        k = start - 1
        while k >= 0 and (doc[k].lower_ in lex.qualifiers or doc[k].is_lower and
                          doc[k].pos_ == "ADJ"):  # "Velayati, international affairs advisor"
            k -= 1
        if not (plural or k >= 0 and (doc[k].lower_ in ("a", "an") or doc[k].text == "," and
                                      k > 0 and self._kind(doc[k - 1]) == "person")):
            return False
        k = end
        while k < len(doc) and doc[k].lower_ in lex.honorifics | lex.ranks:
            k += 1
        return k < len(doc) and self._kind(doc[k]) == "person"

    def _represented(self, head: str, holder: str | None, name_end: int, end: int) -> list[str]:
        """An envoy of another office ("Special Representative of the OSCE Chairman-in-Office",
        "of the UN Secretary-General"): that office is part of the title's name, its
        organization the holder."""
        lex = lexicon()
        if head not in lex.target_heads or holder is None:
            return []
        for n in range(name_end, end):
            if self.doc[n].lower_ in lex.heads and self._kind(self.doc[n]) is None:
                inner = self.doc[self._left_edge(n):self._core_end(n + 1)]
                return ["of", "the", *(t.text for t in inner)]
        return []

    def _offices(self) -> list[TitleSpan]:
        """Known bodies that are offices ("the OSCE High Commissioner on National Minorities"):
        the body's own name, title-shaped, is the title, held in the body's organization."""
        lex = lexicon()
        kb = self.an.kb
        out: list[TitleSpan] = []
        for i, m in enumerate(self.an.mentions):
            known = kb.entities.get(m.key or "") if m.kind in ("body", "organization") else None
            if known is None or not known.parent:
                continue
            words = (known.base_name or known.name).split()
            if not words or words[0].lower() not in lex.modifiers | lex.heads or not any(
                    w.lower() in lex.heads for w in words):
                continue
            span = self.an.mention_span(i)
            first = next((t.i for t in span if t.lower_ == words[0].lower()), None)
            if first is None:
                continue
            parent = next((e.local_id for e in self.an.entities if e.key == known.parent),
                          known.parent)
            out.append(TitleSpan(first, span.end, normalise([t.text for t in self.doc[first:span.end]]),
                                 parent, False))
        return out

    def _left_edge(self, head: int) -> int:
        doc = self.doc
        lex = lexicon()
        j = head
        sent_start = doc[head].sent.start
        while j - 1 >= sent_start:
            prev = doc[j - 1]
            low = prev.lower_
            if low in ("-", "–") and j - 2 >= sent_start and doc[j - 2].lower_ in lex.modifiers:
                j -= 2
                continue
            if low in ("and", "&") and j - 2 >= sent_start and j < head and \
                    doc[j - 2].lower_ in lex.modifiers and doc[j].lower_ in lex.modifiers:
                j -= 1  # "trade and industry commissioner"
                continue
            if low in ("first", "second") and prev.is_lower and doc[j].is_title:
                break  # "the United States' first Secretary of Homeland Security": an ordinal
            if low in lex.portfolio and low not in ("and", "the") and j < head and \
                    doc[j].lower_ not in lex.portfolio:
                break  # a portfolio word stands next to its head: not "Labor | Prime Minister"
            if (low in lex.modifiers or low.rstrip("-") in lex.modifiers) and \
                    self._not_a_name(prev) and (prev.pos_ != "VERB" or low in lex.participles) \
                    and not (prev.is_lower and prev.pos_ == "ADP"):  # "under Commander X"
                j -= 1
                continue
            if j == head and low in lex.region_modifiers and \
                    lex.plurals.get(doc[head].lower_, doc[head].lower_) in lex.region_heads:
                j -= 1  # "Lieutenant Governor": the office, not a rank before a name
                continue
            if self._is_head(prev) and low not in lex.plurals and (
                    j == head or (low == "chief" and self._suffix_modifies_head(j))):
                j -= 1  # "Chief Commissioner", "Chief Executive Officer"
                continue
            if j == head and (portfolio := self._portfolio_named_as_org(prev)) is not None:
                j = max(portfolio, sent_start)  # "Aboriginal Affairs Minister"
            elif all(t.lower_ in lex.portfolio for t in doc[j:head]) and \
                    (portfolio := self._capitalised_portfolio(j, head)) is not None:
                j = portfolio  # "Indonesian Fisheries Minister", "Public Safety Minister"
            break
        return j

    def _capitalised_portfolio(self, j: int, head: int) -> int | None:
        """Where a run of capitalised words no mention covers, right before a portfolio head
        or its known portfolio words, starts ("Indonesian Fisheries Minister", "Canada's Public
        Safety Minister", "the Indian Water Resources Minister", "the Indigenous Affairs
        Minister"): the portfolio, an open class (data/titles.json lists the frequent ones).
        A holder, a possessive or a lower-case word (an article, a verb) written before the run
        says it is no holder's name ("Kosovo Minister") and no headline's capitals; after any
        other word or after "and" (the tail of "Fisheries and Oceans", or a title whose holder
        is the one before it) it is left out (posit33), as is a run that opens the sentence
        (its first word's capital tells nothing: "Current", "Federal").  A sentence's opening
        function word ("The", "But"), a qualifier ("Former"), a closed quote or a clause's
        comma are no name's either: the run may follow them (posit37; not in the headline,
        whose words are all capitalised)."""
        doc = self.doc
        lex = lexicon()
        if lex.plurals.get(doc[head].lower_, doc[head].lower_) not in lex.portfolio_heads:
            return None
        k = j
        sent_start = doc[head].sent.start
        crossed = False
        while k - 1 > sent_start and j - k < CAPITALISED_PORTFOLIO_WORDS + crossed:
            tok = doc[k - 1]
            if not self._free_capital(tok):
                # one "and" between two capitalised fields of one portfolio ("the United
                # Kingdom's Work and Pensions Secretary", "Canada's Fisheries and Oceans
                # Minister"), if what opens the run before it says no name stands there (lm1)
                if tok.lower_ == "and" and not crossed and k < j and k - 2 > sent_start and \
                        self._free_capital(doc[k - 2]) and self._portfolio_start(k - 2) is not None:
                    crossed = True
                    k -= 1
                    continue
                break
            k -= 1
        if k - 1 == sent_start and j - k < CAPITALISED_PORTFOLIO_WORDS and \
                self._opening_portfolio_noun(doc[k - 1], head):
            return k - 1  # "Workplace Relations Minister X said": the sentence's first word too
        if k == j:
            return None
        before = doc[k - 1]
        opens = before.i == sent_start and before.pos_ in SENTENCE_OPENER_TAGS and \
            not self._in_headline(k)
        return k if self._no_name_before(before) or opens or \
            before.lower_ in lex.qualifiers or before.text in PORTFOLIO_OPENING_MARKS else None

    def _free_capital(self, tok: Token) -> bool:
        """A word a portfolio's capitalised run may take: capitalised, no mention's, no word
        that ends the run (_not_portfolio_words), no entity type of a name or number."""
        return tok.is_title and tok.is_alpha and tok.lower_ not in _not_portfolio_words() and \
            self.an.mention_at(tok) is None and tok.ent_type_ not in NOT_A_PORTFOLIO

    def _no_name_before(self, before: Token) -> bool:
        """The word before a portfolio's run says no name stands there: a possessive, a holder,
        a lower-case word that is no conjunction."""
        return before.text in APOSTROPHE_S or self._kind(before) in HOLDER_KINDS or \
            before.is_lower and before.is_alpha and before.pos_ != "CCONJ"

    def _portfolio_start(self, i: int) -> int | None:
        """Where the capitalised run ending at token ``i`` starts, if the word before it says
        no name stands there (_no_name_before): the left field of "Work and Pensions"."""
        k = i
        sent_start = self.doc[i].sent.start
        while k - 1 > sent_start and i - k < CAPITALISED_PORTFOLIO_WORDS - 1 and \
                self._free_capital(self.doc[k - 1]):
            k -= 1
        return k if self._no_name_before(self.doc[k - 1]) else None

    def _opening_portfolio_noun(self, tok: Token, head: int) -> bool:
        """A sentence's first word that is a portfolio's own noun ("Workplace | Relations
        Minister X said", "Indigenous | Affairs Minister"): its capital tells nothing, so the
        parse and the data speak for it: a noun compound of the word after it (not an
        adjective's ``amod``: "Current", "Temporary"), no name's or listed non-portfolio word
        ("Federal", "Outgoing", a rank, an honorific), and a portfolio word the title layer
        lists between it and the head ("Relations", "Affairs"), which a party's or a name's
        word before a bare head ("Liberal Minister") lacks (posit40)."""
        lex = lexicon()
        low = tok.lower_
        return tok.is_title and tok.is_alpha and tok.tag_ in OPENING_PORTFOLIO_TAGS and \
            tok.dep_ == "compound" and tok.head.i > tok.i and \
            low not in _not_portfolio_words() | lex.state_forms | lex.status_adjectives and \
            self.an.mention_at(tok) is None and tok.ent_type_ not in NOT_A_PORTFOLIO and \
            not self._in_headline(tok.i) and \
            any(t.lower_ in lex.portfolio | lex.modifiers and t.lower_ not in FUNCTION_WORDS
                for t in self.doc[tok.i + 1:head])

    def _in_headline(self, i: int) -> bool:
        """Token i stands in the document's first line, its headline, where every word is
        capitalised and a capitalised run tells no portfolio."""
        return 0 < self.an.headline_end and self.doc[i].idx < self.an.headline_end

    def _portfolio_named_as_org(self, tok: Token) -> int | None:
        """Where an organization the model made of a minister's portfolio starts: a name
        nobody resolved, not headed by an organisation noun, right before "Minister"
        ("the Internal Administration Minister", "Federal Workplace Relations Minister"; not
        "Home Office minister")."""
        i = self.an.mention_at(tok)
        if i is None:
            return None
        m = self.an.mentions[i]
        span = self.an.mention_span(i)
        nxt = self.doc[span.end] if span.end < len(self.doc) else None
        if m.kind != "organization" or m.key is not None or m.source != "ner" or \
                nxt is None or nxt.lower_ not in ("minister", "ministers") or \
                span[-1].lower_ in orgnames.heads():
            return None
        return span.start

    def portfolio_taken_for_org(self, i: int | None) -> bool:
        """An organization the model made of a portfolio office's bare complement ("Commissioner
        for | Development & Humanitarian Aid"): a field of policy, part of the title, not its
        holder.  One with an organisation noun names a body ("Commissioner of | Council for
        Cultural Affairs").  data/titles.json portfolio_heads says which heads, and why."""
        if i is None:
            return False
        m = self.an.mentions[i]
        span = self.an.mention_span(i)
        if m.kind != "organization" or m.key is not None or m.source != "ner" or \
                _phrase_head(list(span)).lower_ in orgnames.heads():
            return False
        prep = self._portfolio_prep_before(span.start, lexicon().portfolio_heads)
        return prep is not None

    def _portfolio_prep_before(self, k: int, heads: frozenset[str]) -> int | None:
        """The "for"/"of" of one of these heads whose bare complement of capitalised words
        and "and" runs up to token k ("Minister for | Family and Community Services", "Minister
        for Multicultural Affairs and | Citizenship"), or None.  A word of a person, a country
        or a known body between ends it ("Secretary of State X and | Homeland Security")."""
        doc = self.doc
        j = k - 1
        while j > 0 and (doc[j].is_title and doc[j].is_alpha and doc[j].lower_ not in
                         ("for", "of") or doc[j].lower_ in ("and", "&")) and \
                not self._named_word(doc[j]):
            j -= 1
        return j if j >= 1 and doc[j].lower_ in ("for", "of") and \
            doc[j - 1].lower_ in heads else None

    def _named_word(self, tok: Token) -> bool:
        """A word of a mention other than an organization nobody resolved (a person's, a
        country's, a known body's), or of spaCy's PERSON."""
        i = self.an.mention_at(tok)
        return tok.ent_type_ == "PERSON" or i is not None and (
            self.an.mentions[i].kind != "organization" or self.an.mentions[i].key is not None)

    def _bare_portfolio_complement(self, head: str, core: int, name_end: int) -> bool:
        """A cabinet office's "for" complement written as capitalised words and "and", no
        article, no person, place or known body in it, headed by no organisation noun
        ("Minister for Family and Community Services", "Minister for Workplace Relations";
        not "Secretary for the Community Council"): the portfolio, no body that holds the
        title, so the title's holder is left to the country rules (posit40)."""
        doc = self.doc
        words = list(doc[core + 1:name_end])
        if head not in lexicon().cabinet_heads or core >= len(doc) or \
                doc[core].lower_ != "for" or not words or words[0].lower_ in ("and", "&") or \
                self._portfolio_prep_before(name_end, lexicon().cabinet_heads) != core:
            return False
        # (the walk back to "for" stopped at no named word: none stands in the complement)
        return _phrase_head(words).lower_ not in orgnames.heads()

    def _core_end(self, k: int) -> int:
        doc = self.doc
        lex = lexicon()
        n = len(doc)
        while k < n:
            low = doc[k].lower_
            if low in lex.suffixes and self._kind(doc[k]) is None and \
                    not self._suffix_modifies_head(k):
                k += 1
                continue
            if low == "and" and k + 1 < n and doc[k - 1].lower_ in lex.suffixes and \
                    doc[k + 1].lower_ in lex.suffixes:
                k += 2  # "Ambassador Extraordinary and Plenipotentiary"
                continue
            if low in ("-", "–") and k + 1 < n and (doc[k + 1].lower_ in lex.suffixes or
                                                   doc[k + 1].lower_ in ("in", "elect")):
                k += 1
                continue
            if low == "in" and k + 2 < n and doc[k + 1].text in ("-",) and \
                    doc[k + 2].lower_ in ("office", "chief"):
                k += 3
                continue
            if low == "in" and k > 0 and doc[k - 1].text == "-" and k + 2 < n and \
                    doc[k + 1].text == "-":
                k += 3  # "Chairman-in-Office" split as Chairman - in - Office
                continue
            break
        return k

    def _complements(self, k: int, sent_end: int, target: bool = False, city: bool = False,
                     region: bool = False) -> tuple[int, str | None, int]:
        """Walk "of/for/on X" complements after a title's core; returns where the title's name
        ends, the holder the complements name, and where the span ends.  A ``target`` title
        (an envoy's) keeps its for/to/in/on complement in its name: only "of X" holds it; a
        ``city`` title (a mayor's) is held by the place it names, and only by one; a ``region``
        title (a governor's) by a place too, which a country after it does not displace."""
        doc = self.doc
        lex = lexicon()
        first = k
        holder: str | None = None
        holder_at = -1
        while k < sent_end and (doc[k].lower_ in lex.preps or target and doc[k].lower_ == "in"):
            prep = k
            j = k + 1
            if j < sent_end and doc[j].lower_ in ("the", "a"):
                j += 1
            if region and j + 2 < sent_end and doc[j + 1].lower_ == "of" and \
                    doc[j].lower_ in REGION_NOUNS:
                j += 2  # "Chief Minister of the state of | Goa", "premier of the province of"
            # "head of the left Party of European Socialists": a word that qualifies the name
            # (not "for the former Yugoslavia": a qualifier of a state belongs to its name)
            while j + 1 < sent_end and doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN") and \
                    doc[j].lower_ not in lex.qualifiers and \
                    self._kind(doc[j]) is None and self._kind(doc[j + 1]) in HOLDER_KINDS:
                j += 1
            if doc[prep].lower_ in ("to", "at", "in") and self._kind(doc[j]) not in (
                    *HOLDER_KINDS, *(("place",) if target else ())):
                break  # "Ambassador to Russia", never "Secretary General to Visit Moscow"
            stop = self._complement_end(j, sent_end, doc[prep].lower_, bare=j == prep + 1)
            if stop <= j:
                break
            for t in doc[j:stop] if not (target and doc[prep].lower_ != "of") else ():
                e = self.an.entity_at(t)
                if e is not None and (e.kind == "place" if city else e.kind in HOLDER_KINDS or
                                      region and e.kind == "place") and \
                        not (region and (self._place_holds(holder) or
                                         self.place_cut(self.an.mention_at(t)))) and \
                        not self._not_a_name(t) and \
                        not self.part_of_a_word_after(self.an.mention_at(t), in_complement=True) \
                        and not self.portfolio_taken_for_org(self.an.mention_at(t)):
                    holder, holder_at = e.local_id, self.an.mention_span(self.an.mention_at(t)).start
            k = stop
        if holder is not None and (self._tail_of_longer_name(holder, holder_at, first) or
                                   self._modifies_other_noun(self.an.mention_at(doc[holder_at]))):
            holder = None  # "the Cambodian League for the | Promotion and Defense of …"
        if holder is None and (sub := self.sub_body_complement(first)) is not None:
            holder, holder_at, k = sub  # "chair of the Russian parliament's | security committee"
        if holder is None:
            return k, None, k
        # the name runs up to the "of/for" that introduces the holder: "Secretary of the
        # Security Council | of Armenia", "Spokesperson | for the Russian President"
        name_end = holder_at
        # "of the Republic of | Kyrgyzstan": a state's formal name belongs to the holder
        while name_end > first and doc[name_end - 1].lower_ in lex.state_forms:
            name_end -= 1
        if name_end - 3 >= first and doc[name_end - 1].lower_ in REGION_NOUNS and \
                doc[name_end - 2].lower_ == "the" and doc[name_end - 3].lower_ in lex.preps:
            name_end -= 3  # "of | the state of Goa": the unit's noun belongs to the holder
        if doc[name_end].lower_ not in lex.preps:
            preps = [t for t in range(first, holder_at) if doc[t].lower_ in lex.preps]
            name_end = preps[-1] if preps else holder_at
        return name_end, holder, k

    def sub_body_complement(self, prep: int) -> tuple[str, int, int] | None:
        """(holder, where its mention starts, where it ends) for an of/for complement whose
        object is a sub-body of a named owner (orgnames ``office_sub_bodies``: "chair of the
        Russian parliament's | security committee"): the sub-body holds the office, the owner
        before its possessive does not.  None for any other complement."""
        doc = self.doc
        if prep >= len(doc) or doc[prep].lower_ not in lexicon().preps:
            return None
        for child in doc[prep].children:
            i = self.an.mention_at(child) if child.dep_ == "pobj" else None
            if i is not None and self.an.mentions[i].source == OFFICE_SUB_BODY and \
                    i in self.an.entity_of_mention:
                span = self.an.mention_span(i)
                return self.an.entity_of_mention[i].local_id, span.start, span.end
        return None

    def _rank_before_name(self, k: int, sent_end: int) -> bool:
        """Ranks and honorifics (titles.json ranks, names.json honorifics) from ``k`` up to a
        person's mention: they are the person's ("Senator", "Dr.", "General"), not the words
        of the complement before them."""
        doc = self.doc
        words = name_styles()
        if doc[k].lower_ in _service_ranks():
            return False
        m = k
        while m < sent_end and doc[m].lower_ in words and (doc[m].is_title or doc[m].is_upper):
            m += 1
        return k < m < sent_end and self._kind(doc[m]) == "person"

    def _complement_end(self, j: int, sent_end: int, prep: str, bare: bool = False) -> int:
        """Where a complement ends; one without an article may be common nouns ("executive
        director of police services", "head of state"), one with an article is a name."""
        doc = self.doc
        lex = lexicon()
        k = j
        while k < sent_end:
            t = doc[k]
            if bare and prep == "of" and t.is_lower and t.pos_ == "NOUN" and self._kind(t) is None:
                k += 1
                continue
            kind = self._kind(t)
            if kind == "person" or t.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERSON"):
                break
            if self._rank_before_name(k, sent_end):
                break  # "Minister for Justice and Customs | Senator Jane Doe": the name's rank
            if t.lower_ in lex.heads and kind is None and self._core_end(k + 1) > k + 1:
                k = self._core_end(k + 1)  # "of the OSCE Chairperson-in-Office"
                continue
            if kind in HOLDER_KINDS:
                i = self.an.mention_at(t)
                k = max(k + 1, self.an.mention_span(i).end) if i is not None else k + 1
                if i is not None and self.in_hyphenated_modifier(i):
                    # "the Greek-controlled | Republic of Cyprus": a state's formal name goes on
                    # ("the Hamas-led Interior Ministry" does not: the compound ends the walk)
                    after = min(k + (2 if doc[k].text in HYPHENS else 1), sent_end)
                    if after < sent_end and doc[after].lower_ in STATE_NOUNS:
                        k = after
                continue
            if (t.is_title or t.is_upper) and t.is_alpha or t.lower_ in lex.heads or (
                    t.lower_ in lex.portfolio and prep in ("of", "for", "on") and
                    t.lower_ != "the" and t.lower_ != "and"):
                k += 1
                continue
            if t.lower_ in ("of", "for", "and", "the", "&", "on") and k > j and k + 1 < sent_end:
                nxt = doc[k + 1]
                nxt2 = doc[k + 2] if k + 2 < sent_end else None
                if (nxt.is_title and nxt.is_alpha and self._kind(nxt) != "person") or \
                        self._kind(nxt) in HOLDER_KINDS or (
                        nxt.lower_ == "the" and nxt2 is not None and nxt2.is_title
                        and self._kind(nxt2) != "person"):
                    k += 1
                    continue
            if k > j and (t.text in APOSTROPHE_S or t.text in PLURAL_APOSTROPHE and
                          doc[k - 1].lower_.endswith("s")):
                k += 1  # "of the United States' Centers for Disease Control": the body's
                continue
            break
        # never end on a function word
        while k > j and doc[k - 1].lower_ in FUNCTION_WORDS | APOSTROPHE_S | PLURAL_APOSTROPHE:
            k -= 1
        return k
