"""Mentions stage: spaCy Doc → Mentions of people, organizations, bodies, countries and places.

Starts from the entity spans (gazetteer ruler + statistical NER) and repairs what the small
English model gets wrong on this kind of text: surnames labelled ORG ("Kowalczyk said"),
titles inside person spans ("Col.-Gen. Valery Semarikov"), generic body names that need
their organization from context ("the Permanent Council of the Organization"), a
misspelt acronym of an organization named elsewhere in the text ("OCSE" beside "OSCE")
and a misspelt country name ("turkemnistan").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from functools import cache

import numpy
from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_ALPHA, IS_TITLE, LENGTH, LOWER, ORTH, POS
from spacy.matcher import Matcher
from spacy.parts_of_speech import PROPN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from . import names, orgnames
from .knowledge import Knowledge, KnownEntity, knowledge, load_json, norm, subdivisions_by_name
from .records import Mention

EXTRACTOR = "mentions.rules.v1"
TITLES = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Maj|Adm|Capt|Sgt|Gov|Sen|Rep|Amb|H\.E|Sir|Sheikh|"
    r"Senator|Congressman|Congresswoman|Rabbi|Imam|Bishop|Archbishop|Cardinal|Father|Judge|"
    r"Justice|Prince|Princess|Lord|Lady|Dame|Swami|MP|Pope|"
    r"Col\.-Gen|Lt\.-Gen|Maj\.-Gen|Colonel[- ]General|Lieutenant[- ]General|Major[- ]General|"
    r"Army General|General|Colonel|Marshal|Admiral|Ambassador|President|Premier|"
    r"Chancellor|Minister|Secretary[- ]General|Secretary|Chairman|Director|Commander|"
    r"Deputy|Foreign|Prime)\.?\s+)+")
NAME_VERBS = frozenset({"said", "says", "told", "was", "is", "has", "had", "met", "visited", "added",
              "stressed", "noted", "announced", "declared", "urged", "warned", "arrived"})
SPEECH = {"said", "says", "told", "added", "noted", "stressed", "emphasized", "emphasised",
          "stated", "declared", "believes", "explained", "recalled", "urged"}
ANAPHORS = {"organization", "organisation"}
# the source of a name the text calls an organisation ("the political party Vlaams Belang")
NAMED_AS_ORGANISATION = "org_names:NAMED_AS_ORGANISATION"
INSTITUTIONAL = {"member", "members", "state", "states", "council", "councils", "countries",
                 "country", "ministry", "ministers", "office", "union", "organization",
                 "organisation", "committee", "government", "republic", "federation", "forces",
                 "force", "department", "agency", "assembly", "parliament", "secretariat",
                 "commission", "affairs", "security", "defense", "defence", "general", "staff",
                 "authority", "administration", "army", "party", "alliance", "front", "movement",
                 "bank", "court", "police", "service", "guard", "institute", "university",
                 "center", "centre", "school", "college", "peoples", "people", "national",
                 "news", "group", "association", "foundation", "corporation"}


# the Arabic article written onto a surname ("al-Zawahiri", "el-Baradei", "ash-Shara"): the
# text names the person by the bare surname too ("said Zawahiri"), so the bare form is a part
# of the name as well (a closed class of English transliteration, not a list of people)
_ARTICLE = re.compile(r"^(?:al|el|ad|ag|an|ar|as|ash|at|az|ud|ul)-(?=\w{3})", re.I)


def name_parts(name: str) -> list[str]:
    """The comparison forms of a person name's words, with each one's bare surname after an
    Arabic article: "Ayman al-Zawahiri" gives ayman, al zawahiri, zawahiri."""
    out = []
    for word in name.split():
        out.append(norm(word))
        bare = _ARTICLE.sub("", word)
        if bare != word:
            out.append(norm(bare))
    return out


def _sentence_starts(doc: Doc) -> list[int]:
    return [s.start_char for s in doc.sents]


def clean_person_name(text: str) -> str:
    """Strip titles, possessives and stray punctuation from a person span."""
    name = " ".join(text.split())
    name = re.sub(r"[’']s$", "", name)
    name = name.strip(" -–—,;:\"“”'‘’()")
    prev = None
    while prev != name:
        prev = name
        name = TITLES.sub("", name).strip()
    # a weekday the model ran into the name ("On Wednesday Haggard denied …"): a date's word
    return _WEEKDAY_BEFORE.sub("", name)


def _without_weekday(m: Mention) -> Mention:
    """A person's mention without the weekday the model ran into it ("On Wednesday Haggard
    denied …": the mention is "Haggard", as its name is)."""
    cut = _WEEKDAY_BEFORE.match(m.text) if m.kind == "person" else None
    if cut is None:
        return m
    return Mention(m.start + cut.end(), m.end, m.text[cut.end():], m.kind, m.name, m.key,
                   m.sentence, m.source)


_WEEKDAY_BEFORE = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                             r"\s+(?=[A-Z])")


def _aged(ent: Span) -> bool:
    """A name apposed to an age ("Isaías Carrasco, 42, was shot"): only people have one, so
    the model's organization or place there is a person; two to four capitalised words, none
    a head noun of organisation."""
    doc = ent.doc
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() for t in words) or \
            any(t.lower_ in ORG_HEADS for t in words) or ent.end + 2 >= len(doc):
        return False
    comma, age, close = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
    return comma.text == "," and age.text.isdigit() and 0 < int(age.text) < 120 and \
        close.text in (",", ")")


# heads of office a person's name never modifies: "the Sinn Fein leader Gerry Adams" names a
# party's leader, while "Bush adviser Karl Rove" and "Blair spokesman X" stay a person's aides
_BODY_ONLY_HEADS = frozenset({"leader", "chairman", "chairwoman", "chairperson", "president",
                              "secretary-general"})


def _bodies_typed_as_people(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A name typed as a person (by the model, or by the title-slot rule from the model's
    organization), right before a lower-case head of office that a person's name never
    modifies and another person's name ("the Republican Sinn Fein leader Gerry Adams"): the
    body whose office it is (lm1)."""
    out = list(found)
    starts = {m.start for m in found if m.kind == "person"}
    for n, m in enumerate(found):
        span = _span(doc, m) if m.kind == "person" and m.key is None else None
        if span is None or span.end + 1 >= len(doc):
            continue
        head, after = doc[span.end], doc[span.end + 1]
        if head.text in _BODY_ONLY_HEADS and after.idx in starts:
            out[n] = Mention(m.start, m.end, m.text, "organization", m.text, None, m.sentence,
                             "rule")
    return out


def _looks_like_person(span: Span) -> bool:
    words = [t for t in span if t.is_alpha or "." in t.text or "-" in t.text]
    if not words:
        return False
    if any(t.pos_ == "VERB" or (t.is_alpha and t.text[0].islower() and t.lower_ not in PARTICLES
                                and not (t.i > 0 and t.doc[t.i - 1].text == "-"))
           for t in words):
        return False
    return True


def stage(doc: Doc, kb: Knowledge | None = None, text: str | None = None
          ) -> tuple[Mention, ...]:
    """Typed mentions in document order.  ``text`` is the text ``doc`` was parsed from, when
    the caller holds it (spaCy's ``Doc.text`` joins every token again: ~0.15 ms an article)."""
    kb = kb or knowledge()
    starts = _sentence_starts(doc)

    def sent_of(char: int) -> int:
        return max(0, bisect_right(starts, char) - 1)

    ents = doc.ents  # built once: Doc.ents makes a Span per entity on each use
    org_counts = Counter(e.ent_id_ for e in ents if e.ent_id_.startswith("org:"))
    # a name the text calls an organisation ("the political party Vlaams Belang") or a group
    # names ("Ontario Greens") lends its words to no person, wherever else the model typed it
    # as one
    as_organisation = {norm(e.text) for e in ents if names.named_as_organisation(e) or
                       _group_name(e, kb)}
    person_tokens = {part for e in ents if e.label_ == "PERSON" and norm(e.text) not in
                     as_organisation
                     for part in name_parts(clean_person_name(e.text)) if len(part) > 2}
    found: list[Mention] = []
    if text is None:
        text = doc.text  # joined once: Doc.text joins every token on each use
    for ent in ents:
        mention = _classify(ent, kb, person_tokens, org_counts,
                            norm(ent.text) in as_organisation)
        if mention is not None:
            found.append(Mention(ent.start_char + mention[0], ent.start_char + mention[1],
                                 text[ent.start_char + mention[0]:ent.start_char + mention[1]],
                                 mention[2], mention[3], mention[4], sent_of(ent.start_char),
                                 mention[5]))
    found = _repair_people(doc, text, kb, found, sent_of)
    found = _people_in_title_slots(doc, text, kb, found)
    found = _split_names(doc, kb, found, sent_of)
    found = _surnames_named_as_things(doc, kb, found, text)
    found = _bare_surnames(doc, found, sent_of)
    found = _coordinated_people(doc, text, found, sent_of)
    found = _unnamed_people_in_title_slots(doc, kb, found, sent_of)
    fuzzy = _fuzzy_countries(doc, kb, found, sent_of)
    replaced = {m.start for m in fuzzy}
    found = [m for m in found if m.start not in replaced] + fuzzy
    found = _resolve_generic_bodies(text, kb, found, org_counts)
    found = _resolve_acronym_typos(kb, found)
    found = _names_only(doc, text, found)
    found = _advocacy_names(doc, text, found, sent_of)
    found = _defined_abbreviations(text, found, sent_of)
    found = orgnames.stage(doc, text, kb, found, sent_of)
    found = _regional_demonyms(text, found)
    found = _regions_before_their_offices(text, kb, found, sent_of)
    found = _places_by_their_class(doc, found)
    found = _groups_before_their_heads(doc, text, found, sent_of)
    found = _bodies_typed_as_people(doc, found)
    found = [_without_weekday(m) for m in found]
    labels = _speaker_labels(text)
    found = [m for m in found if not (m.text in labels and text.startswith(":", m.end) and
                                      m.kind == "organization" and m.key is None)]
    return tuple(sorted(found, key=lambda m: (m.start, m.end)))


def _places_by_their_class(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A name the model typed as a person or an organization in the of-phrase of a lower-case
    noun of a settlement or territory ("the Iraqi city of Diwaniya", "the island of Iwo
    Jima"; names.json "place_classes") is a place, and so is every other use of that name in
    the text ("militia fighters in Diwaniya")."""
    classes = names.lexicon().place_classes
    named: set[str] = set()
    for m in found:
        if m.key is not None or m.kind not in ("person", "organization"):
            continue
        span = _span(doc, m)
        if span is not None and span.start >= 2 and doc[span.start - 1].lower_ == "of" and \
                doc[span.start - 2].is_lower and doc[span.start - 2].lower_ in classes and \
                doc[span.start - 2].pos_ == "NOUN":
            named.add(norm(m.name))
    if not named:
        return found
    return [Mention(m.start, m.end, m.text, "place", m.name, None, m.sentence, "rule")
            if m.key is None and m.kind in ("person", "organization") and norm(m.name) in named
            else m for m in found]


@cache
def _title_modifiers() -> frozenset[str]:
    return frozenset(load_json("titles.json")["modifiers"])


def _advocacy_names(doc: Doc, text: str, found: list[Mention], sent_of  # type: ignore[no-untyped-def]
                    ) -> list[Mention]:
    """"Australians for Native Title and Reconciliation", "Americans for Prosperity": a plural
    demonym (a country mention written as a plural, the model's NORP), "for" or "against", then capitalised
    words (names.json advocacy_names inner words between them) name one organization; the
    mentions inside the run give way to it.  Not before "to" ("requests by Afghans for NATO
    to spread": "for" opens an infinitive's subject)."""
    data = load_json("names.json")["advocacy_names"]
    preps, inner = set(data["prepositions"]), set(data["inner"])
    added: list[Mention] = []
    dropped: set[int] = set()
    for m in found:
        if m.kind != "country" or not m.text.endswith("s") or m.text[:1].islower():
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or any(t.ent_type_ != "NORP" for t in span):
            continue  # a people's name ("Australians"), not a state's ("the United States")
        if span.end + 1 >= len(doc) or doc[span.end].lower_ not in preps or \
                not doc[span.end + 1].text[:1].isupper() or doc[span.end + 1].is_sent_start:
            continue
        k = span.end + 1
        end = k
        while k < len(doc) and not doc[k].is_sent_start and (
                doc[k].text[:1].isupper() and doc[k].is_alpha or
                doc[k].lower_ in inner and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()):
            k += 1
            if doc[k - 1].text[:1].isupper():
                end = k
        if end < len(doc) and doc[end].lower_ == "to":
            continue  # "requests by Afghans for NATO to spread": "for" opens a clause
        run = doc[span.start:end]
        dropped |= {x.start for x in found if run.start_char <= x.start and x.end <= run.end_char}
        added.append(Mention(run.start_char, run.end_char, text[run.start_char:run.end_char],
                             "organization", run.text, None, sent_of(run.start_char), "rule"))
    if not added:
        return found
    return [m for m in found if m.start not in dropped] + added


@cache
def _group_heads() -> frozenset[str]:
    return frozenset(load_json("names.json")["group_heads"]["words"])


def _groups_before_their_heads(doc: Doc, text: str, found: list[Mention], sent_of  # type: ignore[no-untyped-def]
                               ) -> list[Mention]:
    """"Greens leader Bob Brown", "Lib Dem leader Charles Kennedy": proper nouns right before a
    lower-case head of a group's office (names.json group_heads) with a person's name right
    after it (an honorific or rank between allowed) name that group.  The model leaves them
    untyped or types them as a person; a person never stands there, so they become an
    organization.  Not a run with a generic word of institution or party names ("Party leader
    X", "Labor leader Y": names.json generic, whose lone party words are dropped anyway) or a
    title word or modifier ("Senate Majority leader"), one a country, place or organization
    mention owns, or one that opens with an honorific."""
    lower = _word_columns(doc)[0]
    heads = _hashes(_group_heads())
    candidates = [i for i, w in enumerate(lower) if w in heads and 0 < i < len(doc) - 1]
    if not candidates:
        return found
    by_start = {m.start: m for m in found}
    covering: dict[int, Mention] = {}
    for m in found:
        for t in doc.char_span(m.start, m.end, alignment_mode="expand") or ():
            covering[t.i] = m
    added: list[Mention] = []
    dropped: set[int] = set()
    for h in (doc[i] for i in candidates):
        if not h.is_lower:
            continue
        k = h.i + 1
        while k < len(doc) and names.is_title_word(doc[k]) and doc[k].text[:1].isupper():
            k += 1  # "Greens leader Senator Bob Brown", "UUP leader Sir Reg Empey"
        after = by_start.get(doc[k].idx) if k < len(doc) else None
        if after is None or after.kind != "person":
            continue
        j = h.i
        while j > h.sent.start and h.i - j < 4 and doc[j - 1].tag_ in ("NNP", "NNPS") and \
                doc[j - 1].text[:1].isupper():
            j -= 1
        if j == h.i:
            continue
        run = doc[j:h.i]
        owners = {covering[t.i].start for t in run if t.i in covering}
        mention = by_start.get(run.start_char)
        if owners and not (len(owners) == 1 and mention is not None and
                           mention.kind == "person" and mention.key is None and
                           mention.end == run.end_char):
            continue  # a country, a place, an organization or a longer name owns it
        if any(names.is_title_word(t) or names.is_generic(t.text) or
               t.lower_ in _title_modifiers() for t in run) or \
                run[0].lower_ in names.lexicon().honorifics or \
                len(run) == 1 and run[0].ent_type_ == "NORP":
            continue  # "Senate Majority leader", "Labor leader" (a lone party word is dropped),
            # "Shi'ite leader" (one word for a people or a faith, not a group's name)
        before = doc[j - 1] if j > h.sent.start else None
        if before is not None and (before.text[:1].isupper() and not before.is_sent_start or
                                   before.text in ("-", "–") and not before.whitespace_):
            continue  # the run is the tail of a longer name ("the Democratic Unionist
            # leader", "the Federation of Students-Ontario chairperson")
        if len(run) == 1 and names.common_word(run[0]):
            continue  # "Team leader X said", "Regent chairman Y": one capitalised English
            # word (a sentence's opening, or a word of the office itself) names no group
        if mention is not None:
            dropped.add(mention.start)
        added.append(Mention(run.start_char, run.end_char, text[run.start_char:run.end_char],
                             "organization", run.text, None, sent_of(run.start_char), "rule"))
    if not added:
        return found
    return [m for m in found if m.start not in dropped] + added


def _speaker_labels(text: str) -> set[str]:
    """An interview's speaker labels: capitals of up to four letters before a colon, written
    so twice or more ("WN: How do things continue after this conference?", the interviewer's
    initials, nine times; "Q:").  The model typed "WN" an organization; a known organization
    ("NATO: …") and a person's label ("Al Sharpton: I grew up …") stay mentions, and a one-off
    ("Cato vs. PBS: A Debate") is no label."""
    counts = Counter(_LABEL.findall(text))
    return {label for label, n in counts.items() if n >= 2}


_LABEL = re.compile(r"\b([A-Z]{1,4}):")


# "the Alliance of Sahel States (AES)": capitalised words (with the joining words of names)
# right before an abbreviation in brackets
_DEFINED = re.compile(r"\b((?:[A-Z][\w’'-]+\s+(?:(?:of|for|on|and|the|de|in)\s+){0,2}){1,7}"
                      r"[A-Z][\w’'-]+)\s+\(([A-Z][A-Za-z]{1,7})\)")
_JOINING = {"of", "for", "on", "and", "the", "de", "in"}
# the head nouns that end an organization's name ("… Security Pact", "… of Sahel States"): a
# defined abbreviation of anything else ("Internally Displaced Persons (IDPs)", "Prime Minister
# (PM)") names no organization; gathered from the names in data/organizations.json
ORG_HEADS = INSTITUTIONAL - {"member", "members", "affairs", "security", "defense", "defence",
                             "general", "staff", "national", "people", "news"} | {
    "pact", "community", "communities", "treaty", "league", "forum", "fund", "initiative",
    "partnership", "cooperation", "co-operation", "conference", "mission", "network", "area",
    "zone", "programme", "program", "dialogue", "coalition", "bloc", "grouping", "club",
    "board", "panel", "command", "nations", "organisations", "organizations", "unions",
    "council", "agreement", "process", "platform", "secretariat", "mechanism", "centre"}


@cache
def _title_heads() -> frozenset[str]:
    return frozenset(load_json("titles.json")["heads"]) | {"member", "members"}


def _defined_abbreviations(text: str, found: list[Mention], sent_of) -> list[Mention]:  # type: ignore[no-untyped-def]
    """An organization the knowledge data does not know, named with the abbreviation the
    text defines for it ("the Lake Chad Security Pact (LCSP) … the LCSP"): the long name
    and every later use of the abbreviation are one organization, instead of the pieces the
    model guessed ("Lake" an organization, "Chad" a country).  Only where the abbreviation
    is the initials of the name's capitalised words, the name ends in a head noun of
    organisation or the model named it whole as one ("the Movement for Democratic Change
    (MDC)"), and no known entity covers either."""
    out = list(found)
    for hit in _DEFINED.finditer(text):
        words = [w for w in hit.group(1).split() if w.lower() not in _JOINING]
        first = next((i for i in range(len(words)) if "".join(w[0] for w in words[i:]) ==
                      "".join(c for c in hit.group(2) if c.isupper())), None)
        if first is None or len(words) - first < 2 or words[first].lower() in _title_heads():
            continue  # "Member of Parliament (MP)", "Secretary of State (SoS)": offices
        start = hit.start(1) + hit.group(1).index(words[first])
        long_end, abbr = hit.end(1), hit.group(2)
        place = _place_abbreviated(text, start, long_end, words[-1], out)
        if place is not None:
            # a place's or a venue's abbreviation ("the Australian state of New South Wales
            # (NSW)", "John F. Kennedy International Airport (JFK)"): each use is that place,
            # whatever the model typed it as ("the NSW government")
            out = [m for m in out if not (m.key is None and m.text == abbr)]
            if not any((m.start, m.end) == (start, long_end) for m in out):
                # the words of the name: "Wales" of "New South Wales" is not another place
                out = [m for m in out if not ((m.key is None or m.kind in ("country", "place"))
                                              and m.start < long_end and m.end > start)]
                out.append(Mention(start, long_end, place, "place", place, None,
                                   sent_of(start), "rule"))
            out = _abbreviation_uses(text, abbr, out, ("place", place, None), sent_of)
            continue
        if words[-1].lower() not in ORG_HEADS and not any(
                (m.start, m.end) == (start, long_end) and m.kind == "organization" and
                m.source in ("ner", NAMED_AS_ORGANISATION) for m in out):
            continue  # an organization by its head noun, or one the model named whole
        if any(m.key and m.kind not in ("country", "place") and m.start < long_end and
               m.end > start for m in out) or any(
                m.key and m.text == abbr for m in out):
            continue  # a known organization: the gazetteer named it already
        name = text[start:long_end]
        state = next((m for m in out if m.key and m.kind in ("country", "place") and
                      m.start <= start and m.end >= long_end), None)
        if state is not None:
            # a state's name, not an organization's, which holds a country inside it: "Central
            # African Republic (CAR)"; the abbreviation names that state ("the CAR government")
            out = [m for m in out if not (m.key is None and m.text == abbr and m.kind != "person")]
            kind, named, key = state.kind, state.name, state.key
        else:
            inside = [m for m in out if m.start < long_end and m.end > start]
            out = [m for m in out if m not in inside and not (m.key is None and m.text == abbr)]
            out.append(Mention(start, long_end, name, "organization", name, None,
                               sent_of(start), "rule"))
            kind, named, key = "organization", name, None
        out = _abbreviation_uses(text, abbr, out, (kind, named, key), sent_of)
    return out


def _abbreviation_uses(text: str, abbr: str, found: list[Mention],
                       entity: tuple[str, str, str | None], sent_of) -> list[Mention]:  # type: ignore[no-untyped-def]
    """``found`` with a mention of ``entity`` (kind, name, key) at each use of the defined
    abbreviation that no mention covers yet."""
    kind, named, key = entity
    out = list(found)
    for use in re.finditer(rf"\b{re.escape(abbr)}\b", text):
        if not any(m.start < use.end() and m.end > use.start() for m in out):
            out.append(Mention(use.start(), use.end(), abbr, kind, named, key,
                               sent_of(use.start()), "rule"))
    return out


def _place_abbreviated(text: str, start: int, end: int, last: str, found: list[Mention]
                       ) -> str | None:
    """The name of the place an abbreviation is defined for, or None: a name the model typed
    as a place and no known entity covers, a province's name ("Andhra Pradesh (AP)", ISO
    3166-2) or a name ending in a venue's head noun that no organization's name ends in
    ("… International Airport (JFK)"; not "Freedom House", "… Centre")."""
    name = text[start:end]
    if any(m.key and m.kind not in ("country", "place") and m.start < end and m.end > start
           for m in found):
        return None  # a known organization
    head = last.lower()
    if norm(name) in regional_compounds()[1] or (
            names.is_place_word(head) and head not in ORG_HEADS) or any(
            (m.start, m.end) == (start, end) and m.kind == "place" and m.key is None
            for m in found):
        return name
    return None


@cache
def regional_compounds() -> tuple[frozenset[str], dict[str, str]]:
    """The compass words of places.json regional_compass, and the world's subdivision names
    (ISO 3166-2, pycountry) by their folded form."""
    words = frozenset(load_json("places.json")["regional_compass"]["words"])
    return words, {key: s.name for key, s in subdivisions_by_name().items()}


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def _regional_demonyms(text: str, found: list[Mention]) -> list[Mention]:
    """A compass word before a country's demonym or name that, with the country's name, names
    a subdivision ("Western Australian Energy Minister", "South Australian Premier", "Northern
    Irish"): the region is meant, not the country; the mention becomes that region's place."""
    compass, subdivisions = regional_compounds()
    out = []
    for m in found:
        before = _WORD_BEFORE.search(text[max(0, m.start - 16):m.start]) \
            if m.kind == "country" and m.key else None
        region = subdivisions.get(norm(f"{before[1]} {m.name}")) \
            if before and before[1].lower() in compass else None
        if region is None or before is None:
            out.append(m)
            continue
        start = m.start - len(before[0])
        out.append(Mention(start, m.end, text[start:m.end], "place", region, None, m.sentence,
                           "rule"))
    return out


@cache
def _region_offices() -> tuple[re.Pattern[str], dict[str, str]]:
    """The capitalised words right before a region's office (titles.json region_heads and
    region_offices: "Premier", "Governor", "Chief Minister"), and the first-level subdivisions
    of ISO 3166-2 (pycountry) by their folded name."""
    data = load_json("titles.json")
    offices = sorted({*data["region_heads"], *data["region_offices"]}, key=len, reverse=True)
    words = "|".join(r"\s+".join(w[0].upper() + w[1:] if i else f"[{w[0].upper()}{w[0]}]{w[1:]}"
                                  for i, w in enumerate(o.split())) for o in offices)
    # a state's and a region's office alike ("New South Wales opposition leader"), any case
    shared = [r"\s+".join(o.split()) for written in data["shared_region_offices"].values()
              for o in written]
    words += "".join(f"|(?i:{o})" for o in shared)
    before = re.compile(rf"((?:[A-Z][\w'’-]*\s+){{1,4}}?)(?:(State|Province)\s+)?(?:{words})\b")
    return before, {key: s.name for key, s in subdivisions_by_name(first_level=True).items()}


def _regions_before_their_offices(text: str, kb: Knowledge, found: list[Mention],
                                  sent_of) -> list[Mention]:  # type: ignore[no-untyped-def]
    """"Ontario Premier X", "New South Wales Premier X", "West Bengal Chief Minister X",
    "Sokoto State Governor X": the words right before a region's office that name a
    first-level subdivision (ISO 3166-2) are that region, a place, though the model tagged
    them as nothing, a person ("Sokoto State") or a shorter name ("British" of "British
    Columbia", "Wales" of "New South Wales").  The model cannot know every province; the
    region's office is what says a province is meant (a region list alone would take "Georgia"
    or "Victoria" anywhere).  A mention of the same span is kept as it is, and a name the
    knowledge data knows as a country stays a country ("Puerto Rico Governor X")."""
    before, regions = _region_offices()
    out = found
    for hit in before.finditer(text):
        words = list(re.finditer(r"\S+", hit.group(1)))
        runs = [" ".join(w.group(0) for w in words[k:]) for k in range(len(words))]
        k = next((k for k, run in enumerate(runs) if norm(run) in regions), None)
        if k is None or kb.lookup(runs[k], ("country",)):
            continue  # the longest name ending right before the office, if not a country's
        region = regions[norm(runs[k])]
        start = hit.start(1) + words[k].start()
        end = hit.end(2) if hit.group(2) else hit.start(1) + words[-1].end()
        inside = [m for m in out if m.start < end and m.end > start]
        if any((m.start, m.end) == (start, end) or m.start < start or m.end > end and
               m.kind != "person" for m in inside):
            continue  # the same span named already, or a longer name around it
        out = [m for m in out if m not in inside]
        out.append(Mention(start, end, text[start:end], "place", region, None, sent_of(start),
                           "rule"))
    return sorted(out, key=lambda m: (m.start, m.end))


def _group_name(ent: Span, kb: Knowledge) -> bool:
    """A person the model found that is a party or a body of people: a state's or a
    province's name or demonym, or generic words, before a group word ("Ontario Greens",
    "Australian Democrats", "Queensland Nationals", "House Republicans", "US Marines";
    names.group_word).  "Senator Tom Greens" stays a person: "Tom" names no place."""
    if ent.label_ != "PERSON" or len(ent) < 2 or not names.group_word(ent[-1]):
        return False
    before = ent[:-1]
    text = re.sub(r"^the\s+", "", before.text, flags=re.I)
    return bool(kb.lookup(text, ("country",)) or kb.country_of_demonym(text) or
                norm(text) in subdivisions_by_name() or
                all(names.is_generic(t.text) for t in before if t.is_alpha))


def _classify(ent: Span, kb: Knowledge, person_tokens: set[str], org_counts: Counter[str],
              organisation: bool = False) -> tuple[int, int, str, str, str | None, str] | None:
    """(start offset in span, end offset, kind, name, key, source) or None to drop;
    ``organisation``: the text names these words an organisation somewhere."""
    text = ent.text
    key = ent.ent_id_ or None
    whole = (0, len(text))
    if key:
        if key.startswith("generic:"):
            # "chairman of the African Union Commission": a known body's own full name is
            # that body, not a generic one to resolve from the text
            known = kb.lookup(re.sub(r"^the\s+", "", text, flags=re.I), ("body", "organization"))
            if known:
                return (*whole, known[0].kind, known[0].name, known[0].key, "gazetteer")
            return (*whole, "body", text, key, "gazetteer")
        entity = kb.entities.get(key)
        if entity is None:
            return None
        return (*whole, entity.kind, entity.name, key, "gazetteer")
    label = ent.label_
    if label in ("ORG", "GPE", "LOC", "PERSON", "NORP", "FAC"):
        known = kb.lookup(text) or kb.lookup(re.sub(r"^the\s+", "", text, flags=re.I))
        if known:
            e = known[0]
            return (*whole, e.kind, e.name, e.key, "gazetteer")
    if label in ("ORG", "PERSON") and _title_words_only(ent):
        return None  # "Permanent Representative", "Co-Chair": a title, not a name
    if organisation and label in ("PERSON", "GPE", "NORP", "LOC", "FAC", "PRODUCT") and \
            ent[0].is_title:  # (an ORG goes on as the model's organisation)
        bare = re.sub(r"^the\s+", "", text, flags=re.I).strip()
        return (text.find(bare), text.find(bare) + len(bare), "organization", bare, None,
                NAMED_AS_ORGANISATION)
    if label == "PERSON" or (label in ("ORG", "GPE", "NORP") and not organisation and
                             _is_surname_like(ent, person_tokens)) \
            or label in ("ORG", "GPE") and _aged(ent):
        if any(kb.lookup(t.text, ("country", "organization")) for t in ent):
            return (*whole, "organization", text, None, "ner")  # "Sputnik Tajikistan"
        name = clean_person_name(text)
        if not name or not _looks_like_person(ent):
            return None
        offset = text.find(name)
        if offset < 0:
            return None
        return (offset, offset + len(name), "person", name, None, "ner")
    if label == "ORG":
        if _adjective_only(ent):
            return None  # "Aboriginal communities": an adjective, not a name
        bare = re.sub(r"^the\s+", "", text, flags=re.I).strip()
        if norm(bare) in ANAPHORS and org_counts:
            anchor = org_counts.most_common(1)[0][0]
            return (text.find(bare), text.find(bare) + len(bare), "organization",
                    kb.entities[anchor].name, anchor, "anaphor")
        if not any(c.isalpha() for c in bare) or bare.islower():
            return None
        owner = re.match(r"^([A-Z][\w-]+)[’']s\s+(?=[A-Z])", bare)
        if owner and norm(owner.group(1)) in _inner_possessors():
            # a people's or the workers' army or party: a group noun's possessive is part of the name
            return (text.find(bare), text.find(bare) + len(bare), "organization", bare, None,
                    "org_names:INNER_POSSESSIVE")
        if owner:  # "Tsvangirai's Movement for Democratic Change": the movement, not its leader
            bare = bare[owner.end():]
        if len(bare.split()) > 1 and norm(bare) in regional_compounds()[1]:
            # a province the model read as an organization: "Andhra Pradesh" (ISO 3166-2)
            return (text.find(bare), text.find(bare) + len(bare), "place", bare, None, "ner")
        before = _inner_and(ent)
        if before and bare == text:
            return (-before, len(text), "organization", ent.doc.text[ent.start_char - before:
                                                                      ent.end_char],
                    None, "org_names:INNER_AND")
        return (text.find(bare), text.find(bare) + len(bare), "organization", bare, None, "ner")
    if label in ("GPE", "LOC", "FAC"):
        bare = re.sub(r"^the\s+", "", text, flags=re.I).strip()
        if not bare[:1].isupper():
            return None
        return (text.find(bare), text.find(bare) + len(bare), "place", bare, None, "ner")
    return None


def _adjective_only(ent: Span) -> bool:
    """An unknown ORG span of adjectives only that modifies a common noun that is no title
    ("Aboriginal communities", "Dysfunctional Aboriginal people"): a description, not a
    name.  Before a title ("Conservative leader") it names the party and stays."""
    last = ent[-1]
    head = last.head
    return all(t.pos_ == "ADJ" for t in ent) and last.dep_ == "amod" and \
        head.i >= ent.end and head.pos_ == "NOUN" and head.is_lower and \
        not names.is_title_word(head) and head.lower_ not in _group_heads()


@cache
def _inner_possessors() -> frozenset[str]:
    """Possessors that are part of an organisation's name (org_names.json 'inner_joins')."""
    return frozenset(orgnames._data()["inner_joins"]["possessors"])


def _inner_and(ent: Span) -> int:
    """Characters to take in before an ORG span headed by an organisation head noun that
    follows 'CAP and' (an 'economic and financial crimes' commission), 0 when none (INNER_AND of
    org_names.json 'inner_joins')."""
    doc, s = ent.doc, ent.start
    if s < 2 or ent[-1].lower_ not in orgnames.heads() or doc[s - 1].lower_ != "and":
        return 0
    cap = doc[s - 2]
    if (not cap.is_title or not cap.is_alpha or cap.ent_type_ or cap.is_sent_start
            or names.is_title_word(cap)
            or cap.is_stop or cap.pos_ not in ("ADJ", "PROPN", "NOUN")):
        return 0
    prev = doc[s - 3] if s >= 3 else None
    if prev is not None and (prev.text == "," or prev.is_title and not prev.ent_type_):
        return 0  # "… Hazard Protection and Control …", "Educational, Scientific and …"
    return ent.start_char - cap.idx


def _title_words_only(ent: Span) -> bool:
    """A name the model made of a title's words alone: a head noun of office with its
    modifiers ("Permanent Representative", "Co-Chair", "Special Envoy")."""
    from .facts.titles import lexicon as title_lexicon  # local: facts imports this module

    lex = title_lexicon()
    words = [t for t in ent if t.is_alpha and not names.function_word(t)]
    # the head ends it ("Metropolitan Police" is a name: "metropolitan" is a clergy title)
    return bool(words) and (names.is_title_word(words[-1]) or words[-1].lower_ in lex.heads) \
        and all(names.is_title_word(t) or t.lower_ in lex.modifiers or t.lower_ in lex.heads
                for t in words)


_NAME_TOKEN = re.compile(r"^(?:[^\W\d_a-z][^\W\d_A-Z’'`-]*[’'`-]?[^\W\d_]*|[A-Z]\.(?:[A-Z][a-z]+)?)$")
PARTICLES = names.PARTICLES


_GLUED_INITIAL = re.compile(r"^[A-Z]\.[A-Z][a-z]{2,}$")


def _name_token(tok) -> bool:
    return bool(_NAME_TOKEN.match(tok.text)) and not tok.is_stop


def _extend_right(doc: Doc, k: int, covered: dict[int, int], role_tokens: set[int],
                  absorbable: set[int] = frozenset()) -> int:  # type: ignore[assignment]
    """End of a name the model cut short: "Ban Ki" + "-moon", "Jaap" + "de Hoop Scheffer",
    "Omar Hassan" + "al-Bashir", "Luiz Inácio Lula" + "da Silva", "Ursula von der" +
    "Leyen".  After a run of particles the name goes on even into a word the model made a
    mention of its own, if that mention is one of ``absorbable`` (unknown single names)."""
    start = k
    while k < len(doc) and k - start < 6:
        tok = doc[k]
        after_particle = k > 0 and doc[k - 1].lower_ in PARTICLES
        if k in role_tokens or k in covered and not (
                after_particle and covered[k] in absorbable):
            break
        if tok.text in ("-", "‐") and not doc[k - 1].whitespace_ and k + 1 < len(doc) and \
                doc[k + 1].is_alpha:
            k += 2  # "Ki-moon", "al-Bashir"
            continue
        if tok.lower_ in PARTICLES:
            j = k
            while j < len(doc) and doc[j].lower_ in PARTICLES and j - k < 2:
                j += 1  # "von der", "van den": particles come in runs of two
            if j < len(doc) and (_name_token(doc[j]) or doc[j].text == "-"):
                k = j
                continue
            break
        if _name_token(tok) and (k > start or doc[k - 1].lower_ in PARTICLES or tok.pos_ == "PROPN"):
            k += 1
            continue
        break
    # never end on a particle
    while k > start and doc[k - 1].lower_ in PARTICLES:
        k -= 1
    return k


def _word_columns(doc: Doc) -> tuple[list[int], list[int]]:
    """The document's LOWER and ORTH hashes per token: a pass over its words that builds no
    Token (a string set test on every token's ``lower_`` or ``text`` builds one each)."""
    if not len(doc):
        return [], []
    table = doc.to_array([LOWER, ORTH])
    return table[:, 0].tolist(), table[:, 1].tolist()


@cache
def _hashes(words: frozenset[str] | tuple[str, ...]) -> frozenset[int]:
    """The string hashes of ``words``: a token's LOWER or ORTH hash is one of them exactly
    when its ``lower_`` or ``text`` is one of the words."""
    return frozenset(get_string_id(w) for w in words)


def _glued_initials(doc: Doc, orth: list[int]) -> list[int]:
    """The tokens whose text ``_GLUED_INITIAL`` matches, each distinct text tested once."""
    strings = doc.vocab.strings
    glued = {h for h in set(orth) if _GLUED_INITIAL.match(strings[h])}
    return [i for i, h in enumerate(orth) if h in glued] if glued else []


def _untyped_title_words(doc: Doc) -> list[bool]:
    """Per token: ``is_title and is_alpha and not ent_type_``."""
    if not len(doc):
        return []
    table = doc.to_array([IS_TITLE, IS_ALPHA, ENT_TYPE])
    return ((table[:, 0] == 1) & (table[:, 1] == 1) & (table[:, 2] == 0)).tolist()


def _outside_proper_titles(doc: Doc) -> list[int]:
    """The tokens outside every entity (IOB "O") that are proper nouns written in title case."""
    if not len(doc):
        return []
    table = doc.to_array([ENT_IOB, POS, IS_TITLE])
    return numpy.flatnonzero((table[:, 0] == 2) & (table[:, 1] == PROPN) &
                             (table[:, 2] == 1)).tolist()


def _long_words(doc: Doc) -> list[int]:
    """The alphabetic tokens of seven characters or more."""
    if not len(doc):
        return []
    table = doc.to_array([IS_ALPHA, LENGTH])
    return numpy.flatnonzero((table[:, 0] == 1) & (table[:, 1] >= 7)).tolist()


def _span(doc: Doc, m: Mention) -> Span | None:
    """The tokens a mention covers, widened to whole tokens (None where none align); each
    (start, end) looked up once per document (the passes above ask again for the same
    mentions: ~190 calls an article, ~60 distinct)."""
    memo = _SPANS[0]  # read once: the memo and its document stay together
    if memo is None or memo[0] is not doc:
        memo = _SPANS[0] = (doc, {})
    key = (m.start, m.end)
    if key not in memo[1]:
        memo[1][key] = doc.char_span(m.start, m.end, alignment_mode="expand")
    return memo[1][key]


_SPANS: list[tuple[Doc, dict[tuple[int, int], Span | None]] | None] = [None]


def _token_range(doc: Doc, m: Mention) -> range:
    """The indices of the tokens a mention covers (empty where none align)."""
    span = _span(doc, m)
    return range(span.start, span.end) if span is not None else range(0)


def _particle_name(doc: Doc, text: str, m: Mention, n: int, found: list[Mention],
                   covered: dict[int, int], role_tokens: set[int], absorbable: set[int],
                   absorbed: set[int]) -> Mention:
    """"Freitas do Amaral", "Ruiz de Santos": an unknown one-word ORG or place the model made of
    a name's last part, after name particles and a capitalised name word (itself untagged or
    another unknown one-word name), is one person's name. Institutions are not ("Banco do
    Brasil", "Partido dos Trabalhadores": the first word is an institution's, or the model's
    mention covers them whole)."""
    span = _span(doc, m)
    if span is None or len(span) != 1:
        return m
    j = span.start
    while j - 1 >= 0 and doc[j - 1].lower_ in PARTICLES and span.start - j < 2:
        j -= 1
    if j == span.start:
        return m
    names = 0
    while j - 1 >= 0 and names < 3 and (j - 1) not in role_tokens and \
            _name_token(doc[j - 1]) and not TITLES.match(doc[j - 1].text + " ") and \
            doc[j - 1].lower_ not in INSTITUTIONAL and (
                (j - 1) not in covered or covered[j - 1] in absorbable and
                found[covered[j - 1]].kind != "person"):
        j -= 1
        names += 1
    if not names:
        return m
    absorbed |= {covered[i] for i in range(j, span.start) if i in covered and covered[i] != n}
    start = doc[j].idx
    return Mention(start, m.end, text[start:m.end], "person", clean_person_name(text[start:m.end]),
                   None, m.sentence, "rule")


def _repair_people(doc: Doc, text: str, kb: Knowledge, found: list[Mention], sent_of
                   ) -> list[Mention]:
    """Drop title-only "people", extend names the model cut short, add titled names it missed.

    "Col.-Gen. Valery Semarikov" comes out of the model as "Col.-Gen" + "Semarikov";
    "President of the Republic of Moldova Igor Dodon" as a country that swallowed the name.
    """
    from .nlp import role_matches  # local: avoids loading the pipeline module for data use

    roles = [(s, e) for _, s, e in role_matches(doc)]
    role_end = {e for _, e in roles}
    role_tokens = {i for s, e in roles for i in range(s, e)}
    covered: dict[int, int] = {}
    for n, m in enumerate(found):
        for i in _token_range(doc, m):
            covered[i] = n
    # a one-word name the knowledge data does not know may be the tail of a person's name
    # the model cut at a particle ("Ursula von der" + "Leyen")
    absorbable = {n for n, m in enumerate(found) if m.key is None and " " not in m.text.strip()
                  and m.kind in ("person", "place", "organization")}
    absorbed: set[int] = set()
    out: list[Mention] = []

    def add_missed(j: int, k: int, *, cover: bool) -> None:
        """Tokens ``j``-``k`` as a person the model missed, unless the knowledge data knows the
        name or one of its words, or a word is an institution's ("Ministry"); ``cover``: later
        names may not take these tokens."""
        name = doc[j:k].text
        if kb.lookup(name) or any(kb.lookup(t.text) or t.lower_ in INSTITUTIONAL for t in doc[j:k]):
            return
        if all(t.lower_ in names.WEEKDAYS for t in doc[j:k]):
            return  # "Chile's first elected female President Sunday when …": the day, no name
        out.append(Mention(doc[j].idx, doc[k - 1].idx + len(doc[k - 1]), name, "person",
                           clean_person_name(name), None, sent_of(doc[j].idx), "rule"))
        if cover:
            covered.update(dict.fromkeys(range(j, k), -1))
    for n, m in enumerate(found):
        if n in absorbed:
            continue
        if n in absorbable and m.kind != "person":
            m = _particle_name(doc, text, m, n, found, covered, role_tokens, absorbable, absorbed)
        if m.kind == "person":
            span = _span(doc, m)
            if not TITLES.sub("", m.name + " ").strip() or kb.role(m.name) or (
                    span is not None and all(t.i in role_tokens for t in span)):
                continue  # "Col.-Gen", "Councilor" (of "State Councilor")
            if span is not None:
                j = span.start
                while j - 1 >= 0 and (j - 1) not in covered and (j - 1) not in role_tokens and \
                        _name_token(doc[j - 1]) and not TITLES.match(doc[j - 1].text + " ") and \
                        span.start - j < 2 and not names.ends_other_name(doc[j - 1]):
                    j -= 1
                while j - 2 >= 0 and doc[j - 1].text == "-" and _name_token(doc[j - 2]) and \
                        (j - 2) not in covered:
                    j -= 2
                k = _extend_right(doc, span.end, covered, role_tokens, absorbable)
                absorbed |= {covered[i] for i in range(span.end, k)
                             if i in covered and covered[i] != n}
                if j < span.start or k > span.end:
                    start, end = doc[j].idx, doc[k - 1].idx + len(doc[k - 1])
                    m = Mention(start, end, text[start:end], "person",
                                clean_person_name(text[start:end]), None, m.sentence, "rule")
        out.append(m)
    # an initial glued to a surname ("T.Kowalczyk", "V.Makei") is a name the model rarely tags
    lower, orth = _word_columns(doc)
    for tok in (doc[i] for i in _glued_initials(doc, orth)):
        if tok.i not in covered and _GLUED_INITIAL.match(tok.text):
            out.append(Mention(tok.idx, tok.idx + len(tok), tok.text, "person", tok.text, None,
                               sent_of(tok.idx), "rule"))
    # a name the model missed right before a reporting or appointment verb
    # ("… - Anna Kowalczyk was appointed …", "Halvorsen said")
    name_verbs = _hashes(NAME_VERBS)
    for tok in (doc[i] for i, low in enumerate(lower) if low in name_verbs):
        if tok.lower_ not in NAME_VERBS or tok.i < 2:
            continue
        k = tok.i
        j = k
        while j - 1 >= 0 and (j - 1) not in covered and (j - 1) not in role_tokens and \
                doc[j - 1].pos_ == "PROPN" and _name_token(doc[j - 1]) and k - j < 3:
            j -= 1
        if k - j < 2 or doc[j - 1].text[:1].isupper() and (j - 1) not in covered and \
                doc[j - 1].pos_ == "PROPN":
            continue
        add_missed(j, k, cover=True)
    # a name the model missed before an appositive title: "Ban Ki-moon, secretary general of …",
    # "Raila Odinga, the Kenyan Prime Minister" (a demonym or country before the title), "Igor
    # Ivanov, Secretary of the Russian Security Council" (a head noun of office, names.json)
    heads = _hashes(names.lexicon().title_heads)
    comma = get_string_id(",")
    appositive = sorted({s for s, _ in roles} | {i for i, low in enumerate(lower) if low in heads
                                                 and i > 1 and orth[i - 1] == comma})
    for r_start in appositive:
        k = r_start - 1
        while k >= 0 and (doc[k].lower_ in ("the", "a", "an", "former", "acting", "then") or
                          doc[k].ent_id_.startswith("country:")):
            k -= 1
        if k < 1 or doc[k].text != ",":
            continue
        j = k
        while j - 1 >= 0 and (j - 1) not in covered and (j - 1) not in role_tokens and (
                _name_token(doc[j - 1]) or doc[j - 1].text in ("-",) or
                doc[j - 1].lower_ in PARTICLES) and k - j < 5:
            j -= 1
        while j < k and (doc[j].lower_ in PARTICLES or doc[j].text == "-"):
            j += 1
        if k - j < 2 or (j - 1 >= 0 and _name_token(doc[j - 1]) and (j - 1) not in covered) or \
                any(t.pos_ != "PROPN" or t.ent_type_ in ("DATE", "TIME") for t in doc[j:k]
                    if t.is_alpha):
            continue
        add_missed(j, k, cover=True)
    # names right after a title, or after "<title> of the <country>", that nothing covers
    starts = set(role_end)
    for m in found:
        if m.kind in ("country", "organization", "body"):
            span = _span(doc, m)
            if span is None:
                continue
            k = span.start - 1
            while k >= 0 and doc[k].lower_ in ("the",):
                k -= 1
            if k >= 0 and doc[k].lower_ == "of" and (k in role_end or (k - 1) in role_tokens):
                starts.add(span.end)
    for i in sorted(starts):
        j = i
        while j < len(doc) and doc[j].text in (",", "Mr.", "Mrs.", "Ms.") or (
                j < len(doc) and TITLES.match(doc[j].text + " ")) or (
                j < len(doc) and doc[j].text == "." and j > i):
            j += 1
        k = j
        while k < len(doc) and k not in covered and k not in role_tokens and (
                _name_token(doc[k]) or (doc[k].text == "-" and k + 1 < len(doc)
                                        and _name_token(doc[k + 1]) and k > j)):
            k += 1
        if k == j or k - j > 5 or (k < len(doc) and k in covered and found[covered[k]].kind == "person"):
            continue
        if k - j == 1 and len(doc[j].text) < 3:
            continue
        add_missed(j, k, cover=False)
    return out


def _people_in_title_slots(doc: Doc, text: str, kb: Knowledge, found: list[Mention]
                           ) -> list[Mention]:
    """A personal name where a title's holder stands is a person's, however the model typed
    it: "Chad's Foreign Affairs Minister, Moussa Faki Mahamat" (ORG), "The President of
    Romania, Traian Băsescu" (GPE), "Rodrigo Malmierca Díaz, the Cuban Ambassador" (ORG); a
    name glued to a title or portfolio is cut from it ("Minister of Foreign Relations, Celso
    Amorim", "Chamber of Deputies João Paulo Cunha": the chamber stays an organization)."""
    known: set[int] = set()
    for m in found:
        if m.key is not None and m.kind in ("country", "organization", "body"):
            known.update(_token_range(doc, m))
    out: list[Mention] = []
    for m in found:
        span = _span(doc, m)
        if m.key is not None or m.kind not in ("organization", "place") or span is None or \
                kb.lookup(m.text):
            out.append(m)
            continue
        if names.personal_name(span) and (names.title_before(doc, span.start - 1, known) or
                                          names.title_after(doc, span.end)):
            out.append(Mention(m.start, m.end, m.text, "person", clean_person_name(m.text), None,
                               m.sentence, "rule"))
            continue
        cut = names.glued_name_start(span) if m.kind == "organization" else None
        if cut is None:
            out.append(m)
            continue
        head = doc[span.start:cut]
        while len(head) and (head[-1].is_punct or names.function_word(head[-1])):
            head = head[:-1]
        # what is left is an institution's name unless it is a title or portfolio alone
        if len(head) > 1 and not any(names.is_title_word(t) for t in head) and not all(
                names.is_generic(t.text) or names.function_word(t) for t in head):
            out.append(Mention(head.start_char, head.end_char, head.text, "organization",
                               head.text, None, m.sentence, "rule"))
        person = doc[cut:span.end]
        out.append(Mention(person.start_char, person.end_char, person.text, "person",
                           clean_person_name(person.text), None, m.sentence, "rule"))
    return out


SPLIT_NAMES = "patterns/split_names.json"
_SPLIT_MATCHERS: dict[int, Matcher] = {}


@cache
def split_name_patterns() -> dict[str, list[list[dict]]]:  # type: ignore[type-arg]
    """data/patterns/split_names.json with its "$LABEL" filled: one pattern per entity label
    (a native attribute test each, no Python set test per token)."""
    data = load_json(SPLIT_NAMES)
    out: dict[str, list[list[dict]]] = {}  # type: ignore[type-arg]
    for name, group in data["patterns"].items():
        out[name] = [[{k: (label if v == "$LABEL" else v) for k, v in tok.items()} for tok in pat]
                     for pat in group for label in data["labels"][name]]
    return out


def _split_matcher(doc: Doc) -> Matcher:
    held = _SPLIT_MATCHERS.get(id(doc.vocab))
    if held is None:
        held = Matcher(doc.vocab)
        for name, group in split_name_patterns().items():
            held.add(name, group, greedy="LONGEST")
        _SPLIT_MATCHERS[id(doc.vocab)] = held
    return held


def _split_names(doc: Doc, kb: Knowledge, found: list[Mention], sent_of  # type: ignore[no-untyped-def]
                 ) -> list[Mention]:
    """A personal name the model split at one word it typed as a place or an organization,
    in a title's slot, is one person ("GIVEN SURNAME, COUNTRY's State Minister", the surname
    typed GPE; "said GIVEN MIDDLE SURNAME, the parliamentary speaker", a given name that is a
    city's typed GPE): the patterns of data/patterns/split_names.json;
    the joined span replaces the mentions inside it, its source the pattern's name."""
    matches = _split_matcher(doc)(doc)
    if not matches:
        return found
    known: set[int] = set()
    for m in found:
        if m.key is not None and m.kind in ("country", "organization", "body"):
            known.update(_token_range(doc, m))
    extra: list[Mention] = []
    for match_id, j, k in matches:
        name = doc.vocab.strings[match_id]
        span = doc[j:k]
        typed = span[-1] if name == "TYPED_SURNAME" else span[0]
        if name == "TYPED_SURNAME" and k < len(doc) and doc[k].ent_iob_ == "I":
            continue  # the typed word begins a longer entity
        if k < len(doc) and doc[k].is_title and doc[k].is_alpha and not doc[k].is_sent_start:
            continue  # the name goes on past the match (a further PERSON word): cut, left alone
        if any(names.is_title_word(t) or t.i in known for t in span) or kb.lookup(span.text) or \
                any(e.kind in ("country", "organization") for e in kb.lookup(typed.text)) or \
                not names.personal_name(span) or not (
                    names.title_before(doc, j - 1, known) or names.title_after(doc, k)) or \
                _next_person_apposed(doc, k):
            continue
        extra.append(Mention(span.start_char, span.end_char, span.text, "person",
                             clean_person_name(span.text), None, sent_of(span.start_char),
                             f"split_names:{name}"))
    if not extra:
        return found
    out = [m for m in found if not any(m.start < e.end and e.start < m.end for e in extra)]
    return sorted(out + extra, key=lambda m: (m.start, m.end))


def _next_person_apposed(doc: Doc, k: int) -> bool:
    """The words after the comma at ``k`` name another person up to the next punctuation
    (", Senator GIVEN SURNAME of STATE": a list of titled names, not a title apposed to the
    name before it)."""
    if k >= len(doc) or doc[k].text != ",":
        return False
    for tok in doc[k + 1:k + 7]:
        if tok.is_punct:
            return False
        if tok.ent_type_ == "PERSON":
            return True
    return False


def _names_only(doc: Doc, text: str, found: list[Mention]) -> list[Mention]:
    """Keep only name-shaped people and organizations (see ``names``): titles and sentence
    adverbs trimmed off people, outlets, generic nouns, venues and dangling "of the" out."""
    classes = names.document_classes(doc)
    outlets, abbreviations = classes.outlets, classes.abbreviations
    # a person named in the text, not only as the modifier of a title ("the Sinn Féin
    # President" says nothing of whether Sinn Féin is a person)
    kinds = Counter((norm(m.name), m.kind) for m in found if m.kind != "person" or not (
        (span := _span(doc, m)) is not None and
        names.modifies_title(span)))
    parts = {norm(p) for m in found if m.kind == "person" for p in m.name.split()
             if len(m.name.split()) > 1}
    found = _join_cut_names(doc, text, found)
    taken = {(m.start, m.end) for m in found}
    inside_outlet = names.outlet_spans(text)
    out: list[Mention] = []
    for m in found:
        if any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
               for s, e in inside_outlet):
            continue  # "France" of "Agence France-Presse"
        if m.key is not None or m.kind not in ("person", "organization"):
            out.append(m)
            continue
        span = _span(doc, m)
        if span is None:
            out.append(m)
            continue
        n = norm(m.name)
        if n in outlets or names.is_outlet(m.name) or (span.start, span.end) in classes.not_names \
                or n in classes.terms or names.is_belief(span):
            continue
        if n in classes.venues:
            # a venue's abbreviation ("John F. Kennedy International Airport (JFK)"): a place
            out.append(Mention(m.start, m.end, m.text, "place", m.name, None, m.sentence, "rule"))
            continue
        if n in abbreviations and m.kind == "person":
            m = Mention(m.start, m.end, m.text, "organization", m.name, None, m.sentence, "rule")
        elif m.kind == "organization" and 0 < kinds[(n, "organization")] <= kinds[(n, "person")] \
                and len(n.split()) > 1 \
                and not m.text.isupper() and n not in abbreviations:
            m = Mention(m.start, m.end, m.text, "person", m.name, None, m.sentence, "rule")
        fixed = (_person_name if m.kind == "person" else _organization_name)(
            doc, text, span, m, parts, taken)
        if fixed is not None and not (names.is_outlet(fixed.name) or norm(fixed.name) in outlets):
            out.append(fixed)
    return out


def _join_cut_names(doc: Doc, text: str, found: list[Mention]) -> list[Mention]:
    """An unknown organization ending in "of"/"de" and an unknown name right after it are
    one name the gazetteer or the model cut ("Foro de" + "São Paulo"), as is an unknown
    organization, "of" and a country its abbreviation follows ("… of Colombia (FARC)")."""
    ordered = sorted(found, key=lambda x: (x.start, x.end))
    out: list[Mention] = []
    skip: set[int] = set()
    for n, m in enumerate(ordered):
        if n in skip:
            continue
        nxt = ordered[n + 1] if n + 1 < len(ordered) else None
        if m.kind == "organization" and m.key is None and nxt is not None and (
                re.fullmatch(r"\s", text[m.end:nxt.start]) and (
                    # "Foro de" + "São Paulo": a name particle joins whatever follows
                    re.search(r"\s(?:de|do|da|del|des|du|di|dos|das)$", m.text) and
                    nxt.kind in ("place", "country", "organization", "person") or
                    # "... of" + an unknown name; a known country or body stays itself
                    nxt.key is None and nxt.kind in ("place", "organization", "person") and
                    re.search(r"\s(?:of|of the)$", m.text)) or
                # "Revolutionary Armed Forces" + "of Colombia (FARC)": a country inside a
                # name its abbreviation closes
                nxt.kind == "country" and " " in m.text.strip() and (
                    re.fullmatch(r"\s", text[m.end:nxt.start]) and
                    re.search(r"\s(?:of|of the)$", m.text) or
                    re.fullmatch(r"\s+of\s+(?:the\s+)?", text[m.end:nxt.start])) and
                re.match(r"\s*\([A-Z][A-Za-z-]*[A-Z]\)", text[nxt.end:nxt.end + 16])):
            out.append(Mention(m.start, nxt.end, text[m.start:nxt.end], "organization",
                               text[m.start:nxt.end], None, m.sentence, "rule"))
            skip.add(n + 1)
            continue
        out.append(m)
    return out


# a colon or semicolon with no space on either side: a transcript's speaker label the model ran
# into a name ("Brownback.:SB", "Legislative Assembly?:To", "Yes.:KN"), or a wiki's namespace
_GLUED_COLON = re.compile(r"\S[:;]\S")


def _person_name(doc: Doc, text: str, span: Span, m: Mention, parts: set[str],
                 taken: set[tuple[int, int]]) -> Mention | None:
    if _GLUED_COLON.search(m.text):
        return None  # "Brownback.:SB": a name run across a speaker's label
    bounds = names.person_bounds(span)
    if bounds is None or names.is_venue(span):
        return None
    name_span = doc[bounds[0]:bounds[1]]
    if not names.name_shaped(name_span) or names.place_named(name_span):
        return None  # "Durham Riding", "Multnomah County": places
    if len(name_span) == 1 and norm(name_span.text) not in parts and (
            names.one_word_not_a_name(name_span[0]) or
            any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in name_span[0].children)):
        return None  # "Meets", "Intelligence"; "a 42-year-old Kurd" is a common noun
    if bounds == (span.start, span.end):
        return m
    start, end = name_span.start_char, name_span.end_char
    name = clean_person_name(text[start:end])
    if not name:
        return None
    return Mention(start, end, text[start:end], "person", name, None, m.sentence, m.source)


def _organization_name(doc: Doc, text: str, span: Span, m: Mention, parts: set[str],
                       taken: set[tuple[int, int]]) -> Mention | None:
    """An organization name that ends in "of", "de", "of the" was cut short by the model:
    extend it over the capitalised words that follow when nothing else names them ("Foro
    de" + "São Paulo"), else trim it; alone, a generic noun names no one organization."""
    if _GLUED_COLON.search(m.text):
        return None  # "Man.:IN", "Category:Politics": a label or a namespace, no name
    i, j = span.start, span.end
    while i < j and (names.function_word(doc[i]) or doc[i].is_punct):
        i += 1
    if j < len(doc) and (doc[j - 1].pos_ in ("ADP", "DET") or doc[j - 1].lower_ in names.PARTICLES):
        k = j
        while k < len(doc) and k - j < 4 and (doc[k].is_title or doc[k].lower_ in names.PARTICLES) \
                and not doc[k].ent_type_ and (doc[k].idx, doc[k].idx + len(doc[k])) not in taken:
            k += 1
        if k > j and not names.function_word(doc[k - 1]):
            j = k
    j = _before_unclosed_bracket(doc, i, j)
    j = names.list_comma(doc[i:j]) or j  # "the Family Coalition, Freedom, Communist parties"
    cut = False
    while j > i and (names.function_word(doc[j - 1]) or doc[j - 1].is_punct or
                     doc[j - 1].lower_ in names.PARTICLES):
        j -= 1
        cut = cut or doc[j].pos_ in ("ADP", "DET") or doc[j].lower_ in names.PARTICLES
    if j <= i or cut and j - i == 1 and not doc[i].text.isupper():
        return None  # "Voice of", "Bank of": a name cut short names nothing
    piece = doc[i:j]
    if names.is_portfolio(piece) or names.is_field(piece):
        return None  # "Kenya's Foreign Affairs Secretary": a portfolio; "Social Security"
    if names.is_venue(piece) or names.ends_in_modifier(piece):
        return None  # "at the Sydney Opera House": a place; "State for Foreign": cut short
    if names.is_side_of_a_house(piece):
        return None  # "the Federal Opposition": a side of a parliament, no organization
    if names.is_instrument(piece) or all(names.is_title_word(t) for t in piece if t.is_alpha or
                                         "." in t.text):
        return None  # "Council Tax"; "H.E. Dr.", a form of address
    if len(piece) == 1 and not piece.text.isupper() and names.one_word_not_a_name(piece[0]):
        return None
    if names.is_member_letters(piece):
        return None  # "the MPP for Durham": a member's title, no organization
    if (i, j) == (span.start, span.end) and piece.text == m.name:
        return m
    return Mention(piece.start_char, piece.end_char, piece.text, "organization", piece.text,
                   None, m.sentence, m.source)


def _before_unclosed_bracket(doc: Doc, i: int, j: int) -> int:
    """The end of a name the model ran into its abbreviation's bracket ("the Movement for
    Democratic Change (MDC"): a name never holds a bracket it does not close."""
    opened = next((k for k in range(j - 1, i, -1) if doc[k].text == "("), None)
    if opened is None or any(doc[k].text == ")" for k in range(opened, j)):
        return j
    return opened


def _surnames_named_as_things(doc: Doc, kb: Knowledge, found: list[Mention], text: str
                              ) -> list[Mention]:
    """People the model took for organizations or places.

    A one-word name that is a token of a person named in the same text ("Roque met Lula"
    after "Felipe Peréz Roque"), and a two- or three-word name coordinated with a person
    ("Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin"), unless it modifies
    a title: then it is the body of the person's office ("Tony Snow, White House spokesman").
    """
    parts = {p for m in found if m.kind == "person" for p in name_parts(m.name) if len(p) > 2}
    out: list[Mention] = []
    for m in sorted(found, key=lambda x: (x.start, x.end)):
        if m.key is None and m.kind in ("organization", "place"):
            name = re.sub(r"\s+(?:of|and|the|in|at)$", "", m.name)
            words = name.split()
            if len(words) == 1 and norm(name) in parts and not name.isupper():
                m = Mention(m.start, m.start + len(name), name, "person", name, None, m.sentence,
                            "rule")
            elif 2 <= len(words) <= 3 and all(w[:1].isupper() and norm(w) not in INSTITUTIONAL
                                              for w in words) and out:
                gap = text[out[-1].end:m.start]
                prev = out[-1]
                before_prev = out[-2] if len(out) > 1 else None
                person_before = prev.kind == "person" or (
                    prev.kind == "country" and before_prev is not None and
                    before_prev.kind == "person" and
                    re.fullmatch(r"\s+of\s+", text[before_prev.end:prev.start] or ""))
                if person_before and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", gap) and \
                        not kb.lookup(name) and not (
                            (span := _span(doc, m)) is not None and
                            names.modifies_title(span, 2)):
                    m = Mention(m.start, m.start + len(name), name, "person", name, None,
                                m.sentence, "rule")
        out.append(m)
    return out


def _unnamed_people_in_title_slots(doc: Doc, kb: Knowledge, found: list[Mention], sent_of  # type: ignore[no-untyped-def]
                                   ) -> list[Mention]:
    """A personal name the model tagged as nothing, in a title's slot: after a title, rank or
    form of address ("Lieutenant General Retno Marsudi, Chief of …") or before an apposed
    title, a copula or a link ("X, Chief of the General Staff", "X took office as …")."""
    from .facts.titles import lexicon as title_lexicon  # local: facts imports this module

    covered = set()
    known: set[int] = set()
    for m in found:
        tokens = _token_range(doc, m)
        covered.update(tokens)
        if m.key is not None:
            known.update(tokens)
    lex = title_lexicon()
    before_name = lex.modifiers | lex.portfolio  # titles' modifiers and portfolios ("Economy")
    extra: list[Mention] = []
    n = len(doc)
    # per token: is_title and is_alpha and no entity type, and whether it is a particle,
    # read from the arrays (the walk below asks of every token)
    word, particle = _untyped_title_words(doc), _hashes(PARTICLES)
    lower = _word_columns(doc)[0]
    i = 0
    while i < n:
        if i in covered or not word[i]:
            i += 1
            continue
        j = i
        while j < n and j not in covered and (word[j] or lower[j] in particle):
            j += 1
        start = i
        while start < j and (names.is_title_word(doc[start]) or doc[start].lower_ in before_name):
            start += 1
        span = doc[start:j]
        if 2 <= len(span) <= 4 and names.personal_name(span) and not kb.lookup(span.text) and (
                start > i or names.title_before(doc, start - 1, known) or
                names.title_after(doc, j)):
            extra.append(Mention(span.start_char, span.end_char, span.text, "person",
                                 clean_person_name(span.text), None, sent_of(span.start_char),
                                 "rule"))
        i = max(j, i + 1)
    return sorted(found + extra, key=lambda m: (m.start, m.end)) if extra else found


def _coordinated_people(doc: Doc, text: str, found: list[Mention], sent_of  # type: ignore[no-untyped-def]
                        ) -> list[Mention]:
    """A personal name coordinated with a person's ("A and B", "A of Kenya and B of Ghana",
    "A (Indonesia) and B") is a person's too, where the model missed it or typed it as an
    organization or a place: a name of no known entity, shaped like a personal name."""
    spans = {}
    for m in found:
        span = _span(doc, m)
        if span is not None:
            spans[(m.start, m.end)] = span
    covered = {t: m for m in found if (m.start, m.end) in spans
               for t in range(spans[(m.start, m.end)].start, spans[(m.start, m.end)].end)}
    extra: list[Mention] = []
    for m in found:
        if m.kind != "person" or (m.start, m.end) not in spans:
            continue
        span = spans[(m.start, m.end)]
        for cand in (_name_after(doc, span.end, covered), _name_before(doc, span.start, covered)):
            if cand is None or not names.personal_name(cand) or any(
                    (o := covered.get(t)) is not None and (o.key or o.kind in ("person", "country"))
                    for t in range(cand.start, cand.end)):
                continue
            extra.append(Mention(cand.start_char, cand.end_char, cand.text, "person",
                                 clean_person_name(cand.text), None, sent_of(cand.start_char),
                                 "rule"))
    if not extra:
        return found
    out = [m for m in found if not any(m.start < e.end and e.start < m.end for e in extra)]
    seen: set[tuple[int, int]] = set()
    for e in extra:
        if (e.start, e.end) not in seen:
            seen.add((e.start, e.end))
            out.append(e)
    return sorted(out, key=lambda m: (m.start, m.end))


def _name_after(doc: Doc, k: int, covered: dict) -> Span | None:  # type: ignore[type-arg]
    """The capitalised words after "and" or "," past a name's "of Kenya" or "(Indonesia)"."""
    n = len(doc)
    if k + 1 < n and doc[k].lower_ == "of" and k + 1 in covered and covered[k + 1].kind == "country":
        k += 1
        while k < n and k in covered and covered[k].kind == "country":
            k += 1
    elif k + 2 < n and doc[k].text == "(" and k + 1 in covered and covered[k + 1].kind == "country":
        while k < n and doc[k].text != ")":
            k += 1
        k += 1
    if k >= n or doc[k].lower_ not in (",", "and"):
        return None
    k += 1
    if k < n and doc[k].lower_ == "and":
        k += 1
    j = k
    while j < n and j - k < 4 and (doc[j].is_title or doc[j].lower_ in PARTICLES and j > k):
        j += 1
    return doc[k:j] if j - k >= 2 else None


def _name_before(doc: Doc, k: int, covered: dict) -> Span | None:  # type: ignore[type-arg]
    """The capitalised words before "and" (", and"; past "(Indonesia)" or "of Kenya") that
    end a name coordinated with the person starting at ``k``; title words are not a name's."""
    if k < 3 or doc[k - 1].lower_ != "and":
        return None
    end = k - 1 - (doc[k - 2].text == ",")
    if doc[end - 1].text == ")":
        while end > 0 and doc[end - 1].text != "(":
            end -= 1
        end -= 1
    elif end - 1 in covered and covered[end - 1].kind == "country":
        j = end - 1
        while j > 0 and j in covered and covered[j].kind == "country":
            j -= 1
        end = j if doc[j].lower_ == "of" else end
    j = end
    while j > 0 and end - j < 4 and (doc[j - 1].is_title and not names.is_title_word(doc[j - 1])
                                     or doc[j - 1].lower_ in PARTICLES):
        j -= 1
    while j < end and doc[j].lower_ in PARTICLES:
        j += 1
    return doc[j:end] if end - j >= 2 else None


def _bare_surnames(doc: Doc, found: list[Mention], sent_of) -> list[Mention]:  # type: ignore[no-untyped-def]
    """A surname alone that the model left untagged ("Oli met Indian Prime Minister Manmohan
    Singh …" after "K P Sharma Oli"): a proper noun outside every entity that is the last word
    of a person's full name in the same text."""
    surnames = {p for m in found
                if m.kind == "person" and len(m.name.split()) > 1 and len(m.name.split()[-1]) > 2
                for p in name_parts(m.name.split()[-1])}
    if not surnames:
        return found
    taken = [(m.start, m.end) for m in found]
    extra = []
    for t in (doc[i] for i in _outside_proper_titles(doc)):
        if t.ent_iob_ != "O" or t.pos_ != "PROPN" or not t.is_title or \
                norm(t.text) not in surnames:
            continue
        # a name's own part (next to another proper noun) is not a name alone
        if (t.i > 0 and doc[t.i - 1].pos_ == "PROPN") or (
                t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
            continue
        if any(a <= t.idx < b for a, b in taken):
            continue
        extra.append(Mention(t.idx, t.idx + len(t.text), t.text, "person", t.text, None,
                             sent_of(t.idx), "rule"))
    return sorted(found + extra, key=lambda m: (m.start, m.end)) if extra else found


def _is_surname_like(ent: Span, person_tokens: set[str]) -> bool:
    """An ORG/GPE span that is really a person: a known surname, a name after a personal
    honorific ("Mr Hourn": only people are Mr, Mrs, Ms or Dr), or a name before "said" or
    after it as the subject of an inverted quote ("… ," said Zawahiri)."""
    if ent.start > 0 and ent.doc[ent.start - 1].text.rstrip(".").lower() in \
            names.lexicon().personal_honorifics and \
            len(ent) <= 3 and ent[0].is_title and all(t.is_title or t.text == "-" for t in ent):
        return True  # "Mr Nashar", "Mr Schwarz-Schilling"
    parts = [norm(p) for p in clean_person_name(ent.text).split() if len(p) > 2]
    if len(ent) > 1 and parts and len(set(parts)) == len(parts) and \
            all(p in person_tokens for p in parts):
        return True  # the document names the same words as a person elsewhere
    if len(ent) != 1 or not ent[0].is_title:
        return False
    if norm(ent.text) in person_tokens:
        return True
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    return ent[0].pos_ == "PROPN" and (nxt is not None and nxt.lower_ in SPEECH or (
        prev is not None and prev.lower_ in SPEECH and ent[0].dep_ == "nsubj" and
        ent[0].head.i == prev.i))


CountryNames = tuple[dict[str, KnownEntity], list[str], dict[str, str | None]]
_COUNTRY_NAMES: dict[int, tuple[Knowledge, CountryNames]] = {}


def _country_names(kb: Knowledge) -> CountryNames:
    """Country names by normalised name, the same names as a list to score against, and the
    near-miss cache (word → name or None), per knowledge base."""
    held = _COUNTRY_NAMES.get(id(kb))
    if held is None or held[0] is not kb:
        names = {norm(e.name): e for e in kb.entities.values() if e.kind == "country"}
        held = _COUNTRY_NAMES[id(kb)] = (kb, (names, list(names), {}))
    if len(held[1][2]) > 200_000:  # bounded: a long run over many languages' words
        held[1][2].clear()
    return held[1]


def _fuzzy_countries(doc: Doc, kb: Knowledge, found: list[Mention], sent_of) -> list[Mention]:
    """Country names with one typing error ("turkemnistan"), outside any entity span."""
    covered = sorted((m.start, m.end) for m in found)
    starts = [s for s, _ in covered]
    reach = list(itertools.accumulate((e for _, e in covered), max))  # furthest end so far
    names, choices, near = _country_names(kb)
    # an unknown one-word place the model found may be a misspelt country too ("Mangolia")
    unknown = {m.start for m in found if m.kind == "place" and m.key is None and
               " " not in m.text}
    extra = []
    for tok in (doc[i] for i in _long_words(doc)):
        if not tok.is_alpha or len(tok) < 7 or tok.ent_type_ and tok.idx not in unknown:
            continue
        j = bisect_right(starts, tok.idx) - 1  # inside a mention: one starting at or before it
        if j >= 0 and reach[j] > tok.idx and tok.idx not in unknown:  # reaches past it
            continue
        word = tok.lower_
        if word not in near:  # the same words come back in every article: score each once
            best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=88)
            near[word] = best[0] if best and best[0][:2] == word[:2] and best[0] != word \
                else None
        found_name = near[word]
        if found_name is None and tok.idx in unknown and tok.dep_ in ("compound", "poss", "nmod"):
            # a name the model took for a place, written before a noun ("Mangolia President"):
            # one letter off, the first one kept ("in Granada" stays a place)
            best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=85)
            found_name = best[0] if best and best[0][:1] == word[:1] and \
                DamerauLevenshtein.distance(best[0], word) == 1 else None
        if found_name is not None:
            entity = names[found_name]
            extra.append(Mention(tok.idx, tok.idx + len(tok), tok.text, "country", entity.name,
                                 entity.key, sent_of(tok.idx), "fuzzy"))
    return extra


def _resolve_generic_bodies(text: str, kb: Knowledge, found: list[Mention],
                            org_counts: Counter[str]) -> list[Mention]:
    """Give a generic body name ("Permanent Council") its organization from context."""
    out: list[Mention] = []
    for i, m in enumerate(found):
        if not (m.key or "").startswith("generic:"):
            out.append(m)
            continue
        options = kb.generic_bodies.get(m.key.split(":", 1)[1], {})  # type: ignore[union-attr]
        org = _context_org(text, found, i, set(options), org_counts)
        if org is None:
            continue
        body = kb.entities[options[org]]
        start = m.start
        # include an organization name written just before the body ("CSTO Permanent Council")
        prev = found[i - 1] if i > 0 else None
        if prev is not None and prev.key == org and 0 <= m.start - prev.end <= 3:
            start = prev.start
            out = [x for x in out if x is not prev]
        out.append(Mention(start, m.end, text[start:m.end], "body", body.name, body.key,
                           m.sentence, "context"))
    return out


def _context_org(text: str, found: list[Mention], i: int, options: set[str],
                 org_counts: Counter[str]) -> str | None:
    m = found[i]
    before = found[i - 1] if i > 0 else None
    after = found[i + 1] if i + 1 < len(found) else None
    if before is not None and before.key in options and 0 <= m.start - before.end <= 3:
        return before.key
    if after is not None and after.key in options and text[m.end:after.start].strip(
            ) in ("of the", "of", "of the the"):
        return after.key
    if re.match(r"\s+of\s+the\s+(?:Organi[sz]ation|organi[sz]ation|bloc|alliance)\b",
                text[m.end:m.end + 30]):
        ranked = [k for k, _ in org_counts.most_common() if k in options]
        if ranked:
            return ranked[0]
    # nearest preceding organization in the same or previous sentence that has such a body
    for prev in reversed(found[:i]):
        if m.sentence - prev.sentence > 1:
            break
        if prev.key in options:
            return prev.key
    ranked = [k for k, _ in org_counts.most_common() if k in options]
    return ranked[0] if ranked else None


def _resolve_acronym_typos(kb: Knowledge, found: list[Mention]) -> list[Mention]:
    """An unknown all-caps name one edit away from an acronym named in the same text."""
    present = {m.key: kb.entities[m.key] for m in found
               if m.key and m.key.startswith("org:") and m.key in kb.entities}
    acronyms = {a: key for key, e in present.items() for a in e.abbreviations if len(a) >= 3}
    out = []
    for m in found:
        if m.key is None and m.kind == "organization" and m.text.isupper() and 3 <= len(m.text) <= 6:
            close = [k for a, k in acronyms.items()
                     if DamerauLevenshtein.distance(a, m.text) == 1 and sorted(a) == sorted(m.text)]
            if len(set(close)) == 1:
                e = present[close[0]]
                out.append(Mention(m.start, m.end, m.text, "organization", e.name, e.key,
                                   m.sentence, "fuzzy"))
                continue
        out.append(m)
    return out
