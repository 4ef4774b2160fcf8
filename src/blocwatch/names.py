"""Name shape: which spans may name a person or an organization, and which are outlets,
titles, generic nouns or venues.

The model labels by capitalisation, so a capitalised title ("Majority Leader"), a sentence
adverb ("Actually"), a news agency credited in a dateline ("(AP)"), a generic noun
("Budget") or a venue ("Victory Park") comes out as a person or an organization.  These are
word classes, declared in ``data/names.json`` and as spaCy patterns here, and decided with
the parser's attributes (POS, lemma, dependency, sentence start) and the English word list
of the lemmatizer (``lemma_index``), never by the names of one article.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from .knowledge import load_json, norm, position_patterns
from .matching import AnchoredTrees, Needs, holds, needs, present, sentences_with

# lower-case name particles: "Jaap de Hoop Scheffer", "Lula da Silva", "Omar al-Bashir"
PARTICLES = frozenset({"de", "da", "das", "do", "dos", "van", "von", "der", "den", "la", "le",
                       "du", "di", "del", "della", "bin", "ibn", "al", "el", "ter", "ten", "y",
                       "e"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "vi", "filho", "neto"})
ROMAN = re.compile(r"^[IVXL]+$")
WEEKDAYS = frozenset(w.lower() for w in calendar.day_name)
# closed-class words: never part of a name
CLOSED_POS = frozenset({"ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ", "INTJ"})
BOUND_PREFIXES = frozenset({"anti", "pro", "non", "post", "pre", "neo", "pan", "multi", "inter",
                            "trans", "counter", "semi"})
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "from", "to", "into", "the",
                      "across", "around", "on"})


@dataclass(frozen=True)
class Lexicon:
    outlets: frozenset[str]  # norm() of wire services and outlets
    outlet_heads: frozenset[str]
    outlet_name_heads: frozenset[str]
    title_heads: frozenset[str]
    honorifics: frozenset[str]  # the one list, lower case without a final dot
    personal_honorifics: frozenset[str]  # "Mr", "Dr": only a person is given them
    postnominals: frozenset[str]
    member_letters: frozenset[str]  # "MP", "MPP": a legislator's letters, a title
    postpositives: frozenset[str]
    generic: frozenset[str]
    instruments: frozenset[str]
    fiscal: frozenset[str]
    venues: frozenset[str]
    time_zones: frozenset[str]
    portfolio: frozenset[str]
    law_heads: frozenset[str]  # "Act", "Treaty": an abbreviation after one names the law
    beliefs: frozenset[str]  # norm() of religions ("Islam", "Sunni Islam")
    place_classes: frozenset[str]  # "city", "province": "the city of X" names a place
    surname_classes: frozenset[str]  # "camp", "parish": class nouns that are surnames too
    organisation_classes: frozenset[str]  # "party", "militia": "the party X" names a body
    side_heads: frozenset[str]  # "opposition": a side of a house, no organisation
    side_modifiers: frozenset[str]  # "official": "the Official Opposition" is a side too


@cache
def lexicon() -> Lexicon:
    d = load_json("names.json")
    o, t = d["outlets"], d["titles"]
    return Lexicon(frozenset(norm(x) for x in (*o["wire_services"], *o["outlets"])),
                   frozenset(o["heads"]), frozenset(o["name_heads"]), frozenset(t["heads"]),
                   frozenset(t["honorifics"]["personal"] + t["honorifics"]["styles"]),
                   frozenset(t["honorifics"]["personal"]), frozenset(t["postnominals"]),
                   frozenset(t["member_letters"]),
                   frozenset(t["postpositives"]),
                   frozenset(d["generic"]["words"]), frozenset(d["generic"]["instrument_heads"]),
                   frozenset(d["generic"]["fiscal_heads"]),
                   frozenset(d["venues"]["heads"]), frozenset(d["time_zones"]["abbreviations"]),
                   frozenset(d["portfolio"]["words"]), frozenset(d["generic"]["law_heads"]),
                   frozenset(norm(x) for x in d["beliefs"]["religions"]),
                   frozenset(d["place_classes"]["class_nouns"]),
                   frozenset(d["place_classes"]["also_surnames"]),
                   frozenset(d["organisation_classes"]["nouns"]),
                   frozenset(d["sides_of_a_house"]["heads"]),
                   frozenset(d["sides_of_a_house"]["modifiers"]))


@cache
def _outlets_with_places() -> re.Pattern[str]:
    """The outlets whose names hold a place's or country's word ("Agence France-Presse",
    "Russia Today", "China Daily"), as written in the data."""
    from .knowledge import knowledge
    kb = knowledge()
    d = load_json("names.json")["outlets"]
    several = [x for x in (*d["wire_services"], *d["outlets"]) if (" " in x or "-" in x) and any(
        kb.lookup(w, ("country", "place")) for w in re.split(r"[ -]", x))]
    return re.compile(r"\b(?:" + "|".join(re.escape(x) for x in sorted(several, key=len,
                                                                     reverse=True)) + r")\b")


def outlet_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names an outlet of several words: a country inside one ("France" of
    "Agence France-Presse") is part of the outlet's name, not a country the text names."""
    return [m.span() for m in _outlets_with_places().finditer(text)]


def is_outlet(name: str) -> bool:
    """A wire service or news outlet ("Reuters", "the Associated Press", "Xinhua news agency")."""
    n = norm(name)
    lex = lexicon()
    if n in lex.outlets:
        return True
    words = n.split()
    if len(words) > 1 and words[-1] in lex.outlet_name_heads:
        return True  # "Prima TV", "Jerusalem Post"
    # "Xinhua news agency", "Veja magazine": a known outlet with its head noun
    while words and words[-1] in lex.outlet_heads | {"news"}:
        words.pop()
        if " ".join(words) in lex.outlets:
            return True
    return False


def is_instrument(span: Span) -> bool:
    """A document, law or tax ("Council Tax", "Identity Card"), not an organization: the
    head noun of the name is one ("Office of National Drug Control Policy" is an office),
    or the name modifies one ("Social Security benefit levels", "the ODA program")."""
    heads = lexicon().instruments
    root = span.root
    if len(span) > 1 and root.lower_ in heads:
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return root.dep_ == "compound" and after is not None and after.pos_ == "NOUN" and \
        after.lower_ in lexicon().fiscal


def is_belief(span: Span) -> bool:
    """A faith or doctrine named alone ("in the name of Islam", "Wahhabism"): no
    organization and no person; its bodies have names of their own ("Nation of Islam")."""
    if norm(span.text) in lexicon().beliefs:
        return True
    word = span[0].lower_
    return len(span) == 1 and word.endswith("ism") and word in _words(span.doc).get("noun", ())


@cache
def _organisation_heads() -> frozenset[str]:
    """Head nouns of organisation names (``orgnames.heads``) and institutions."""
    from .orgnames import heads  # local: orgnames reads this module's classes

    return heads() | lexicon().generic


def ends_other_name(tok: Token) -> bool:
    """A word before a person's name that is no word of it: a verb ("Let Condoleezza Rice
    …") or an organisation's head noun ("the West Papua Association Louise Byrne")."""
    return tok.pos_ in ("VERB", "AUX") or _bare(tok) in _organisation_heads()


def is_generic(name: str) -> bool:
    """One capitalised common noun or adjective of institution names ("House", "Budget")."""
    n = norm(name)
    return n in lexicon().generic or n in lexicon().title_heads


# --- the English word list of the lemmatizer --------------------------------------------
_WORDS: dict[int, dict[str, frozenset[str]]] = {}


def _words(doc: Doc) -> dict[str, frozenset[str]]:
    """Words by part of speech from the pipeline's rule lemmatizer (WordNet's index)."""
    held = _WORDS.get(id(doc.vocab))
    if held is None:
        held = {}
        from .nlp import lemmatizer_tables  # local: the pipeline owns its lemmatizer

        tables = lemmatizer_tables(doc.vocab)
        if tables is not None and tables.has_table("lemma_index"):
            index = tables.get_table("lemma_index")
            for pos in ("noun", "verb", "adj", "adv"):
                held[pos] = frozenset(index.get(pos, []))
            rules = tables.get_table("lemma_rules") if tables.has_table("lemma_rules") else {}
            held["_verb_rules"] = frozenset(f"{a}\t{b}" for a, b in rules.get("verb", []))
        _WORDS[id(doc.vocab)] = held
    return held


def _inflected_verb(word: str, words: dict[str, frozenset[str]]) -> bool:
    """"added", "meets", "chairs": a regular inflection of an English verb."""
    for rule in words.get("_verb_rules", ()):
        old, new = rule.split("\t")
        base = word[:-len(old)] + new if old and word.endswith(old) else ""
        if old == "es" and not new and not base.endswith(("s", "x", "z", "ch", "sh", "o")):
            continue  # "jam" + "es" is not English spelling: "James" is a name
        if len(base) > 1 and base in words.get("verb", ()):
            return True
    return False


def _bare(tok: Token) -> str:
    return tok.lower_.rstrip(".")


def is_title_word(tok: Token) -> bool:
    """A head noun of office, rank or address, an honorific or an adjective written after a
    title's head ("Leader", "Senators", "Dom", "Extraordinary")."""
    lex = lexicon()
    word = _bare(tok)
    return word in lex.title_heads or word in lex.honorifics or word in lex.postpositives or \
        word.endswith("s") and word[:-1] in lex.title_heads  # "Senators" (a PROPN keeps its "s")


def function_word(tok: Token) -> bool:
    """A closed-class word ("of", "the", "this", "'s"); capitalised nouns such as "Front" are
    spaCy stop words but name words."""
    return tok.pos_ in CLOSED_POS or tok.is_stop and not tok.text[:1].isupper() or \
        tok.lower_ in ("the", "this", "that", "these", "those")


def _sentence_opening(tok: Token) -> bool:
    """First word of its sentence, or after an opening quote or a dash."""
    if tok.is_sent_start:
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.is_quote and (prev.i == 0 or prev.whitespace_ == "" and
                                               tok.doc[prev.i - 1].whitespace_ != ""):
        return True  # 'told reporters: "Today Jalal Talabani …': quoted speech opens
    return prev is not None and prev.is_punct and prev.text in "-–—:;" and (
        prev.i == 0 or prev.is_sent_start)


@cache
def _status_adjectives() -> frozenset[str]:
    """data/titles.json status_adjectives, read here as the title lexicon reads it
    (facts.titles imports this module)."""
    return frozenset(load_json("titles.json")["status_adjectives"]["words"])


def status_opening(tok: Token) -> bool:
    """A status adjective capitalised only because it opens a sentence ("Incumbent President
    X", "Outgoing X"; data/titles.json status_adjectives): it qualifies the title or the name
    after it and is no word of a name (issue 13, posit38)."""
    return tok.lower_ in _status_adjectives() and tok.is_title and _sentence_opening(tok)


def _not_name_opening(tok: Token, words: dict[str, frozenset[str]]) -> bool:
    """A word that opens a span but is no part of a name: "Actually", "Today", "The",
    "Incumbent"."""
    if tok.lower_ in PARTICLES:
        return False
    word = tok.lower_
    if tok.pos_ in CLOSED_POS and tok.is_stop or tok.text[:1].islower() or status_opening(tok):
        return True  # "The", "This" (not "Yashwant", an unknown word tagged INTJ)
    if tok.pos_ == "ADV" and word in words.get("adv", ()) or \
            tok.pos_ == "VERB" and _inflected_verb(word, words):
        return True  # "Actually Frank Ford", "Added Wang"
    # capitalised only because it opens a sentence: an adverb or an inflected verb
    return _sentence_opening(tok) and (word in words.get("adv", ()) or
                                        _inflected_verb(word, words))


def person_bounds(span: Span) -> tuple[int, int] | None:
    """Token bounds of the name inside a person span, without the title before it, a
    sentence adverb, post-nominal letters or a date after it; None when no name is left.

    "Majority Leader Tom DeLay" → "Tom DeLay"; "Actually Frank Ford" → "Frank Ford";
    "Right Honourable Charles Kennedy MP" → "Charles Kennedy"; "Veja" (an outlet) → None.
    """
    doc = span.doc
    lex = lexicon()
    words = _words(doc)
    i, j = span.start, span.end
    while j > i and (doc[j - 1].is_punct or doc[j - 1].lower_ in ("'s", "’s") or
                     (_bare(doc[j - 1]) in WEEKDAYS and j - 1 > i) or
                     (_bare(doc[j - 1]) in lex.postnominals and doc[j - 1].text.isupper() and
                      j - 1 > i)):
        j -= 1
    # a spaced dash never falls inside a name: "Donald Markland - President of ..."
    dash = next((k for k in range(i + 1, j) if doc[k].text in ("-", "–", "—") and
                 doc[k - 1].whitespace_), None)
    if dash is not None:
        j = dash
    # a title opens the span: everything up to its last head noun, when a name follows it;
    # a party, portfolio or organization's acronym too, when a full name follows it
    # ("Christian Democrat Angela Merkel", "Affairs Jack Straw", "PNA Mahmoud Abbas")
    names_after = [k for k in range(i, j) if _bare(doc[k]) not in SUFFIXES]
    heads = [k for k in range(i, j) if any(n > k for n in names_after) and (
        is_title_word(doc[k]) or k < i + 3 and sum(n > k for n in names_after) >= 2 and (
            _bare(doc[k]) in lex.generic or _acronym(doc[k]) or _plural_noun(doc[k], words)))]
    if heads:
        i = heads[-1] + 1
    i = past_hyphenated_word(doc[i:j]).start  # "the Jyllands-Posten Muhammad cartoons"
    while i < j and (_not_name_opening(doc[i], words) or doc[i].is_punct or
                     is_title_word(doc[i])):
        i += 1
    if i >= j:
        return None
    return i, j


def past_hyphenated_word(span: Span) -> Span:
    """``span`` without a first word that ends a hyphenated word written with no space
    ("Jyllands-Posten Muhammad" → "Muhammad"): the end of "Jyllands-Posten" opens no name."""
    doc = span.doc
    k = span.start
    if len(span) > 1 and k >= 2 and doc[k - 1].text in ("-", "‐") and \
            not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_:
        return span[1:]
    return span


def _plural_noun(tok: Token, words: dict[str, frozenset[str]]) -> bool:
    """"Candidates", "Ministers": the plural of an English noun opens no personal name."""
    word = _bare(tok)
    nouns = words.get("noun", ())
    return word.endswith("s") and word not in nouns and (
        word[:-1] in nouns or word.endswith("es") and word[:-2] in nouns or
        word.endswith("ies") and word[:-3] + "y" in nouns)


def _acronym(tok: Token) -> bool:
    """"PNA", "ONU": capitals only, two letters or more, not a Roman numeral."""
    return tok.is_alpha and tok.is_upper and len(tok) >= 2 and not ROMAN.match(tok.text)


def name_shaped(span: Span) -> bool:
    """Every word capitalised, a name particle, an initial or a hyphenated part; no verb; not
    an adjective made with a bound prefix ("Anti-War", "Pro-Western")."""
    if len(span) > 2 and span[0].lower_ in BOUND_PREFIXES and span[1].text in "-‐":
        return False
    for tok in span:
        if tok.is_punct and tok.text in "-‐.'’":
            continue
        if tok.lower_ in PARTICLES:
            continue
        if tok.i > span.start and tok.doc[tok.i - 1].text in "-‐" and \
                not tok.doc[tok.i - 1].whitespace_:
            continue  # "Ki-moon", "al-Bashir"
        if tok.pos_ in CLOSED_POS and tok.is_stop or not tok.text[:1].isupper():
            return False
    return True


def one_word_not_a_name(tok: Token) -> bool:
    """A one-word person that is an English adverb or inflected verb ("Meets", "Actually"),
    a generic noun ("Intelligence", "Forum") or a title ("Lt.")."""
    words = _words(tok.doc)
    word = _bare(tok)
    return (word in words.get("adv", ()) and word not in words.get("noun", ())) or \
        _inflected_verb(word, words) or is_generic(word) or is_title_word(tok)


def modifies_title(span: Span, reach: int = 0) -> bool:
    """A name that modifies a title ("the Sinn Féin President", "a Hamas spokesman") names
    the body the title is held in, not a person.  ``reach`` lets that many words of the
    title stand between ("the White House press secretary")."""
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and \
        span.end <= root.head.i <= span.end + reach and \
        is_title_word(root.head) and root.head.lower_ not in lexicon().honorifics


def ends_in_modifier(span: Span) -> bool:
    """A name of several words ending in a word that is only ever an adjective ("State for
    Foreign" of "Secretary of State for Foreign and Commonwealth Affairs") was cut before its
    head noun."""
    words = _words(span.doc)
    last = span[-1].lower_
    return len(span) > 1 and last in words.get("adj", ()) and last not in words.get("noun", ())


def is_portfolio(span: Span) -> bool:
    """"Foreign Affairs" of "Kenya's Foreign Affairs Secretary": a portfolio, not a name."""
    return modifies_title(span) and all(_bare(t) in lexicon().portfolio for t in span)


def is_field(span: Span) -> bool:
    """Two or more portfolio words and nothing else ("Social Security", "Economic Development
    and Trade"): a field of government or its programme, no organization (no head noun)."""
    words = [_bare(t) for t in span if t.is_alpha or t.text == "&"]
    return len(words) >= 2 and all(w in lexicon().portfolio for w in words) and \
        words[0] not in ("and", "&") and words[-1] not in ("and", "&")


# venue heads that also end institutions' names ("Freedom House", "the Carter Center")
INSTITUTION_VENUES = frozenset({"house", "centre", "center", "hall", "library", "museum",
                                "hospital", "clinic", "church", "temple", "base", "camp",
                                "plant", "factory", "farm", "complex", "compound", "station"})


def named_as_organisation(span: Span) -> bool:
    """A name right after a lower-case noun of a kind of organisation that the parser joins
    to it ("the political party Vlaams Belang", "telecommunications giant Verizon"; names.json
    organisation_classes): an organisation's name, not a person's."""
    if span.start == 0:
        return False
    noun = span.doc[span.start - 1]
    return noun.is_lower and noun.pos_ in ("NOUN", "ADJ") and noun.lower_ in \
        lexicon().organisation_classes and (
            span.start <= noun.head.i < span.end or
            any(t.head.i == noun.i and t.dep_ == "appos" for t in span))


def group_word(tok: Token) -> bool:
    """"Greens", "Democrats", "Nationals", "Marines": a capitalised plural of a generic party
    or force word (names.json generic words: "green", "democrat", "national", "marine"), the
    word that ends the name of a party or a body of people ("Ontario Greens")."""
    word, generic = _bare(tok), lexicon().generic
    return tok.text[:1].isupper() and word.endswith("s") and word[:-1] in generic


def is_member_letters(span: Span) -> bool:
    """"MPP", "MEP" written alone: the letters of a member of a legislature (names.json
    titles member_letters), a title and no organization's abbreviation."""
    return len(span) == 1 and span.text.isupper() and _bare(span[0]) in lexicon().member_letters


@cache
def _listed_names() -> tuple[frozenset[str], frozenset[str]]:
    d = load_json("names.json")["listed_names"]
    return frozenset(d["legal_forms"]), frozenset(d["joiners"])


def list_comma(span: Span) -> int | None:
    """The token index of the first comma inside an organization's span that ends its name
    (names.json listed_names): "Family Coalition, Freedom" is two items of a list; none in
    "Staples, Inc." or in "Employment, Workplace Relations and Education Committee"."""
    forms, joiners = _listed_names()
    commas = [t.i for t in span[1:-1] if t.text == ","]
    if not commas or any(t.lower_ in joiners for t in span.doc[commas[-1]:span.end]):
        return None
    return next((k for k in commas if _bare(span.doc[k + 1]) not in forms), None)


def place_named(span: Span) -> bool:
    """A name of two words or more ending in a noun of a kind of territory ("Durham Riding",
    "Multnomah County", "Marikina City"; names.json place_classes): a place, not a person."""
    words = [t for t in span if t.is_alpha]
    lex = lexicon()
    return len(words) >= 2 and words[-1].is_title and words[-1].lower_ in lex.place_classes and \
        words[-1].lower_ not in lex.surname_classes


def is_place_word(word: str) -> bool:
    """A (lower-case) head noun of a building or venue that no institution's name ends in
    ("airport", "bridge"; not "house", "centre"): the name it ends is a place."""
    return word in lexicon().venues and word not in INSTITUTION_VENUES


def is_place_head(tok: Token) -> bool:
    """A capitalised place word ending a name ("… International Airport", "… Bridge")."""
    return tok.is_title and is_place_word(_bare(tok))


def is_side_of_a_house(span: Span) -> bool:
    """"the Federal Opposition", "the Official Opposition": a side of a parliament written as a
    name, no organisation (names.json sides_of_a_house)."""
    lex = lexicon()
    words = [_bare(t) for t in span if t.is_alpha]
    return bool(words) and words[-1] in lex.side_heads and all(
        w in lex.generic or w in lex.side_modifiers for w in words[:-1])


def is_venue(span: Span) -> bool:
    """A name ending in a building or venue head noun, written as a place ("in Victory Park",
    "at the Kremlin Palace"): not a person.  Before a title the building stands for the
    office it houses ("the White House spokesman") and is a name."""
    if len(span) < 2 or _bare(span[-1]) not in lexicon().venues or modifies_title(span, 2):
        return False  # "the White House spokesman": the office its building stands for
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in LOCATIVE


def _english_word(tok: Token, words: dict[str, frozenset[str]]) -> bool:
    word = _bare(tok)
    return any(word in words.get(pos, ()) for pos in ("noun", "adj", "verb", "adv"))


def common_word(tok: Token) -> bool:
    """An English noun, adjective, verb or adverb of the pipeline's word list, as written or
    as its lemma ("Team", "Games")."""
    words = _words(tok.doc)
    word = _bare(tok)
    return _english_word(tok, words) or any(
        tok.lemma_.lower() in words.get(pos, ()) for pos in ("noun", "adj", "verb", "adv")) or \
        word.endswith("s") and word[:-1] in words.get("noun", ())  # a proper noun keeps its "s"


def personal_name(span: Span) -> bool:
    """Two to four capitalised words shaped like a personal name ("Moussa Faki Mahamat",
    "Traian Băsescu"): no title, institution or generic word, not all capitals, and at least
    one word that is no English word (names of institutions are made of English words)."""
    words = [t for t in span if not (t.is_punct and t.text in "-‐.'’")]
    if not 2 <= len(words) <= 4 or span.text.isupper() or not name_shaped(span):
        return False
    lex = lexicon()
    vocab = _words(span.doc)
    if any(is_title_word(t) or _bare(t) in lex.generic or _bare(t) in lex.venues or
           _bare(t) in lex.instruments or _plural_noun(t, vocab) for t in words):
        return False
    return any(not _english_word(t, vocab) for t in words if t.lower_ not in PARTICLES)


def title_before(doc: Doc, k: int, known: set[int]) -> bool:
    """A title ends right before token ``k`` (commas, forms of address or a copula between):
    "Foreign Affairs Minister, X"; "The President of Romania, X"; "The Secretary General of
    the CSTO is X" (``known``: tokens of named states and organizations, which may end the
    title's complement)."""
    lex = lexicon()
    while k >= 0 and (doc[k].text == "," or _bare(doc[k]) in lex.honorifics):
        k -= 1
    if k >= 1 and doc[k].lower_ in ("is", "was", "remains") and doc[k].dep_ != "auxpass":
        k -= 1  # "The Secretary General of the CSTO is X"
    if k < 0:
        return False
    j = k
    while j >= 2 and doc[j - 1].text == "-" and doc[j].lower_ in ("in", "office", "chief", "elect",
                                                                  "designate"):
        j -= 2  # "Chairperson-in-Office", "Commander-in-Chief"
    if is_title_word(doc[j]):
        return True
    if k not in known:
        # "former minister of finance X": a bare complement after a title
        j = k
        while j > 0 and k - j < 3 and doc[j].is_lower and doc[j].is_alpha and \
                doc[j].lower_ not in ("of", "for", "and"):
            j -= 1
        return j < k and doc[j].lower_ in ("of", "for") and j > 0 and is_title_word(doc[j - 1])
    while k >= 0 and (k in known or doc[k].lower_ == "the"):
        k -= 1
    if k < 1 or doc[k].lower_ not in ("of", "to", "for"):  # "Ambassador to Malaysia X",
        return False  # "a spokesman for the European Commission, X" (slot1)
    return any(is_title_word(doc[j]) for j in range(max(0, k - 4), k))


@cache
def _link_words() -> frozenset[str]:
    """The words the position patterns declare between a name and the title it holds
    (copulas, appointment participles, "took office as", "in his capacity as")."""
    data = position_patterns()
    return frozenset(data["copula"]) | frozenset(data["appointed"]) | \
        frozenset(data["assumed"]) | frozenset(data["capacity"]) | {"re", "-", "the"}


@cache
def _succession_words() -> frozenset[str]:
    return frozenset(position_patterns()["succeeded"])


@cache
def _before_title_words() -> frozenset[str]:
    """Words that may stand between the link and the title: articles, "new", "acting"."""
    return frozenset(position_patterns()["leading"]) | {"the", "a", "an", "'s", "’s", "its", "their",
                                                   "acting", "interim", "former"}


@cache
def _verb_roles() -> frozenset[str]:
    """"heads", "leads", "chairs": verbs that say the subject holds an office (titles.json)."""
    from .facts.titles import lexicon as title_lexicon  # local: facts imports this module
    return frozenset(title_lexicon().verb_roles)


def title_after(doc: Doc, k: int) -> bool:
    """A title follows the name ending before ``k``: an apposition (", the Cuban
    Ambassador", ", Kazakhstan's new Prime Minister"), a relative or a copula (", who is the
    Kazakh Prime Minister", "is the CIS Executive Secretary"), a title it was given or took
    ("was elected President of …", "took office as Defence Minister")."""
    links = _link_words()
    j = k
    linked = j < len(doc) and doc[j].text in (",", "(", "—", "–")
    j += linked
    if not linked and j < len(doc) and doc[j].lower_ in _succession_words():
        # "X succeeded/replaced Y as Z": past the name of the one succeeded
        n = j + 1
        while n < len(doc) and n - j < 5 and (doc[n].is_title or doc[n].lower_ in PARTICLES):
            n += 1
        if n == j + 1 or n >= len(doc) or doc[n].lower_ != "as":
            return False
        j = n
    while j < len(doc) and j - k < 6 and doc[j].lower_ in links:
        j += 1
        linked = True
    if not linked:
        return False
    if j + 1 < len(doc) and doc[j - 1].lower_ == "who" and doc[j].lower_ in _verb_roles():
        return True  # ", who heads the CIS"
    lower = 0  # "the defence minister of Indonesia": a portfolio written in lower case
    for n in range(j, min(j + 5, len(doc))):
        t = doc[n]
        if is_title_word(t) and t.pos_ in ("NOUN", "PROPN"):
            return True
        if t.is_lower and t.pos_ in ("NOUN", "ADJ") and t.lower_ not in _before_title_words():
            lower += 1
            if lower > 2:
                return False
            continue
        if not (t.is_title or t.ent_type_ in ("NORP", "GPE", "ORG") or
                t.lower_ in _before_title_words()):
            return False
    return False


def glued_name_start(span: Span) -> int | None:
    """Where a personal name glued to a title or portfolio starts inside an organization the
    model found ("Minister of Foreign Relations, Celso Amorim", "Foreign Affairs Maxime
    Verhagen", "Chamber of Deputies João Paulo Cunha"); None when there is none."""
    lex = lexicon()
    vocab = _words(span.doc)
    cut = None
    for t in span:
        if t.text == "," or function_word(t) or is_title_word(t) or _bare(t) in lex.generic or \
                _plural_noun(t, vocab):
            cut = t.i + 1
    if cut is None or cut >= span.end or cut == span.start:
        return None
    head = span.doc[span.start:cut]
    if not any(is_title_word(t) or is_title_word_plural(t) or _bare(t) in lex.generic
               for t in head):
        return None
    return cut if personal_name(span.doc[cut:span.end]) else None


def is_title_word_plural(tok: Token) -> bool:
    """"Deputies", "Ministers": the plural of a head noun of office."""
    word = _bare(tok)
    heads = lexicon().title_heads
    return word.endswith("ies") and word[:-3] + "y" in heads or word.endswith("s") and \
        word[:-1] in heads


# --- what the document itself shows -------------------------------------------------------
_MATCHERS: dict[int, tuple[Matcher, Needs, AnchoredTrees, Needs]] = {}


def _patterns() -> tuple[dict[str, list[list[dict[str, Any]]]], dict[str, list[list[dict[str, Any]]]]]:
    lex = lexicon()
    heads = sorted(lex.outlet_heads)
    institution = sorted(lex.generic - lex.law_heads)
    abbreviation = {"IS_ALPHA": True, "SHAPE": {"REGEX": "^X"}, "LENGTH": {">=": 2, "<=": 8}}
    zones = sorted(lex.time_zones)
    token = {
        # "WASHINGTON (AP) --", "MOSCOW, Oct. 5 (Reuters) -": the outlet credited in a dateline
        "DATELINE_CREDIT": [[{"IS_SENT_START": True, "IS_UPPER": True},
                             {"IS_UPPER": True, "OP": "*"}, {"IS_PUNCT": False, "OP": "{0,5}"},
                             {"ORTH": "("}, {"IS_ALPHA": True, "OP": "{1,3}"}, {"ORTH": ")"},
                             {"ORTH": {"IN": ["-", "--", "—", "–", ":"]}}]],
        # "the Brazilian Agency of intelligence (Abin)": an institution's abbreviation
        "INSTITUTION_ABBREVIATION": [[{"LOWER": {"IN": institution}},
                                      {"IS_ALPHA": True, "OP": "{0,4}"}, {"ORTH": "("},
                                      abbreviation, {"ORTH": ")"}]],
        # "the Military Commissions Act of 2006 (MCA)", "the Non-Proliferation Treaty (NPT)":
        # a law's abbreviation, no organization's
        "LAW_ABBREVIATION": [[{"LOWER": {"IN": sorted(lex.law_heads)}, "IS_TITLE": True},
                              {"LOWER": "of", "OP": "?"}, {"LIKE_NUM": True, "OP": "?"},
                              {"ORTH": "("}, abbreviation, {"ORTH": ")"}]],
        # "Official development assistance (ODA)": an abbreviation of a lower-case term
        "TERM_ABBREVIATION": [[{"IS_LOWER": True, "IS_ALPHA": True, "IS_STOP": False},
                               {"ORTH": "("}, {"IS_UPPER": True, "IS_ALPHA": True,
                                               "LENGTH": {">=": 2, "<=": 8}}, {"ORTH": ")"}]],
        # "since 0800 UTC", "at 8:30 am GMT": a time zone after a time, not an organization
        "TIME_ZONE": [[{"SHAPE": {"IN": ["dddd", "d:dd", "dd:dd", "dd.dd"]}},
                       {"LOWER": {"IN": zones}}],
                      [{"LOWER": {"IN": ["am", "pm", "a.m.", "p.m.", "hrs", "hours"]}},
                       {"LOWER": {"IN": zones}}]],
    }
    name = {"IS_TITLE": True, "DEP": {"IN": ["appos", "compound", "nmod", "npadvmod"]}}
    dep = {
        # "the Brazilian magazine Veja", "Veja magazine", "the daily Kommersant"
        "OUTLET_APPOSITION": [[
            {"RIGHT_ID": "head", "RIGHT_ATTRS": {"LEMMA": {"IN": heads}}},
            {"LEFT_ID": "head", "REL_OP": ">", "RIGHT_ID": "name", "RIGHT_ATTRS": name}]],
        # "Al-Mada, a daily newspaper of Iraq": the outlet's name first, its class apposed
        "OUTLET_NAMED_FIRST": [[
            {"RIGHT_ID": "head", "RIGHT_ATTRS": {"LEMMA": {"IN": heads}, "DEP": "appos"}},
            {"LEFT_ID": "head", "REL_OP": "<", "RIGHT_ID": "name",
             "RIGHT_ATTRS": {"IS_TITLE": True}}]],
        # "Xinhua news agency", "the Interfax news service"
        "NEWS_AGENCY": [[
            {"RIGHT_ID": "head", "RIGHT_ATTRS": {"LEMMA": {"IN": ["agency", "service", "wire"]}}},
            {"LEFT_ID": "head", "REL_OP": ">", "RIGHT_ID": "kind",
             "RIGHT_ATTRS": {"LOWER": {"IN": ["news", "press", "information", "wire"]}}},
            {"LEFT_ID": "head", "REL_OP": ">", "RIGHT_ID": "name", "RIGHT_ATTRS": name}]],
    }
    return token, dep


def _matchers(doc: Doc) -> tuple[Matcher, Needs, AnchoredTrees, Needs]:
    """The token and dependency matchers, each with the words a text needs for it to run
    (the dependency patterns answered at their anchor words: ``matching.AnchoredTrees``)."""
    held = _MATCHERS.get(id(doc.vocab))
    if held is None:
        token, dep = _patterns()
        m, d = Matcher(doc.vocab), AnchoredTrees(dep)
        for key, pats in token.items():
            m.add(key, pats)
        held = _MATCHERS[id(doc.vocab)] = (
            m, needs([p for pats in token.values() for p in pats], "token"),
            d, needs([p for pats in dep.values() for p in pats], "dependency"))
    return held


def _name_at(tok: Token, named_first: bool = False) -> str:
    """The whole entity or the hyphen-joined capitalised words a token belongs to; of a
    person only that word, unless the outlet is named first ("Chosun Ilbo, a newspaper")."""
    doc = tok.doc
    if tok.ent_type_ == "PERSON" and not named_first:
        return tok.text  # "the broadcaster, Sally Freestone": its staff, never the outlet
    if tok.ent_type_:
        start, end = tok.i, tok.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end].text
    start = tok.i  # "Al-Mada": the capitalised words and hyphens joined to it
    while start > 0 and not doc[start - 1].whitespace_ and (
            doc[start - 1].is_title or doc[start - 1].text in "-‐"):
        start -= 1
    return doc[start:tok.i + 1].text


@dataclass(frozen=True)
class DocClasses:
    """What one document shows about its names (each by ``norm``), by the patterns above."""

    outlets: frozenset[str]  # credited in a dateline, or in apposition to "magazine", ...
    abbreviations: frozenset[str]  # an institution's abbreviation in parentheses
    terms: frozenset[str]  # a lower-case term's or a law's abbreviation: "assistance (ODA)"
    not_names: frozenset[tuple[int, int]]  # token spans that name nothing (a time zone)
    venues: frozenset[str] = frozenset()  # a venue's abbreviation: "… Airport (JFK)"


def document_classes(doc: Doc) -> DocClasses:
    token, token_needs, dep, dep_needs = _matchers(doc)
    outlets: set[str] = set()
    abbreviations: set[str] = set()
    terms: set[str] = set()
    laws: set[str] = set()
    not_names: set[tuple[int, int]] = set()
    venues: set[str] = set()
    vocab = doc.vocab.strings
    found = [(mid, sent.start + s, sent.start + e)
             for sent in sentences_with(doc, token_needs) for mid, s, e in token(sent)]
    for match_id, start, end in found:
        rule = vocab[match_id]
        if rule == "TIME_ZONE":
            not_names.add((end - 1, end))
            continue
        inner = doc[start:end]
        opening = next(t.i for t in inner if t.text == "(")
        closing = next(t.i for t in inner if t.text == ")" and t.i > opening)
        name = doc[opening + 1:closing].text
        {"DATELINE_CREDIT": outlets, "TERM_ABBREVIATION": terms, "LAW_ABBREVIATION": laws}.get(
            rule, abbreviations).add(norm(name))
        if opening > 0 and is_place_head(doc[opening - 1]):
            venues.add(norm(name))
    for rule, ids in dep.in_doc(doc) if holds(present(doc), dep_needs) else ():
        head, tok = doc[ids[0]], doc[ids[-1]]
        if head.dep_ == "compound" or (tok.dep_ == "appos") != (tok.i > head.i):
            continue  # "magazine reporter Matthew Cooper": the reporter is no outlet
        if tok.ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "FAC"):
            outlets.add(norm(_name_at(tok, rule == "OUTLET_NAMED_FIRST")))
    return DocClasses(frozenset(outlets), frozenset(abbreviations - laws),
                      frozenset(terms - abbreviations | laws), frozenset(not_names),
                      frozenset(venues - outlets - terms - laws))


__all__ = ["PARTICLES", "DocClasses", "document_classes", "ends_in_modifier",
           "ends_other_name", "function_word", "glued_name_start", "is_belief",
           "is_field", "is_generic", "is_instrument", "is_outlet", "is_place_word",
           "is_portfolio", "is_side_of_a_house", "is_title_word", "is_venue", "lexicon",
           "modifies_title", "name_shaped", "named_as_organisation",
           "one_word_not_a_name", "person_bounds", "personal_name", "title_after",
           "title_before"]
