"""Actor coding: a noun phrase in a spaCy parse → PLOVER actor (words, actor code, sector).

Codes are ISO 3166 alpha-3 for countries, for places (their country) and for demonyms
("Hungarian" → HUN), ``IGO`` for international organizations and their bodies (the shipped
organization list, or names with international-organization words), ``NGO`` for
non-governmental groups whose name gives no one country (a national one is its country's);
the sector comes from the phrase's title and group words (data/plover.json ``sectors``:
minister → GOV, troops → MIL, rebels → REB, …).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from .dates import dateline_heads
from .knowledge import Knowledge, knowledge, norm

IGO_WORDS = {"united nations", "u n", "un", "international", "world", "european", "african",
             "organization", "organisation", "council", "commission", "community", "nations",
             "agency", "forum", "union", "alliance", "league", "bank", "fund", "tribunal"}
# "Alliance" and "League" alone name parties and movements of one country as often as bodies of
# states (Awami League, National Democratic Alliance, League of Conservation Voters): such a
# name is IGO only with a word that names several nations
PARTY_WORDS = {"alliance", "league"}
MULTINATIONAL_WORDS = {"united nations", "u n", "un", "international", "world", "european",
                       "african", "nations", "arab", "asian", "atlantic", "pacific", "islamic",
                       "global", "commonwealth", "inter", "regional", "baltic", "nordic", "gulf"}
NGO_WORDS = {"amnesty", "human rights watch", "red cross", "red crescent", "medecins",
             "doctors without borders", "oxfam", "greenpeace", "watchdog", "ngo", "aid group",
             "charity", "foundation", "association"}
LIST_MARKS = {",", "and", "&", "-", "/", "–"}  # between the demonyms of one list


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
    placed: bool = False  # code guessed from the sentence's country: an office the document gives wins
    located: bool = False  # code from the phrase's own place ("insurgents in Thailand's south")

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "code": self.code, "sector": self.sector}


_SKIP_DEPS = {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "prep", "ccomp",
              "xcomp", "parataxis", "dep"}


def doc_memo(owner: object, name: str, doc: Doc) -> dict[Any, Any]:
    """The memo ``owner`` keeps in attribute ``name`` (None or a (document, answers) pair) for
    ``doc``: answers for the last document asked about, emptied when another is asked about
    (the memo and its document read and stored together)."""
    memo = getattr(owner, name)
    if memo is None or memo[0] is not doc:
        memo = (doc, {})
        setattr(owner, name, memo)
    return memo[1]


def _np_tokens(head: Token) -> list[Token]:
    """The head and its pre-modifiers (compound, amod, poss, det, nummod…), no clauses."""
    out = [head]
    stack = [c for c in head.children if c.dep_ not in _SKIP_DEPS]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _SKIP_DEPS or
                     (c.dep_ == "conj" and t.dep_ in ("amod", "compound", "nmod")))
    return sorted(out, key=lambda t: t.i)


class ActorCoder:
    """Actor codes for noun phrases: ISO3 for countries, places and demonyms, IGO/NGO for
    organizations, with a sector from the phrase's title words."""

    def __init__(self, kb: Knowledge | None = None) -> None:
        self.kb = kb or knowledge()
        from .plover import lexicon  # the sector words live in the PLOVER lexicon

        self.lex = lexicon()
        self.non_actors = self.lex.extra["senses"]["non_actor_heads"]
        self.groups: dict[str, tuple[str, str]] = {}
        for name, (code, sector) in self.lex.extra["groups"].items():
            self.groups[norm(name)] = (code, sector)
            if not name.startswith(("the ", "The ")):
                self.groups[norm("the " + name)] = (code, sector)
        self._names: dict[tuple[str, str], str | None] = {}
        # code_np's answers for the last document asked about (the coder asks about one phrase
        # several times per document: as a trigger's source, a target, a sentence's country)
        self._np_memo: tuple[Doc, dict[tuple[int, bool, bool, bool, bool], list[Actor]]] | None = None
        # token_code's answers for the last document, by token (asked per word of each phrase,
        # per word of a sentence placing an actor, per modifier of a trigger)
        self._token_memo: tuple[Doc, dict[int, tuple[str | None, str | None]]] | None = None
        self._dateline_memo: tuple[Doc, dict[str, frozenset[int]]] | None = None
        tables = self.lex.extra["actors"]
        self.subnational = {norm(name): code for code, names in tables["subnational"].items()
                            for name in names}
        self.ambiguous = {norm(k): v for k, v in tables["ambiguous"].items()}
        self.state_offices = {tuple(w.split()) for w in tables["state_offices"]}
        self.name_qualifiers = set(tables["name_qualifiers"])
        self.topic_words = set(tables["topic_words"])
        self.agent_heads = set(tables["agent_heads"])
        self.sponsors = self.lex.extra["senses"]["sponsor_participles"]
        self.life_history = set(tables["life_history_places"]["participles"])
        igo_names = tables["igo_names"]  # a name of one state's body is no IGO (plover113)
        self.igo_region_words = set(igo_names["region_words"])
        self.igo_state_bodies = [(k, v) for k, v in igo_names["state_bodies"].items()]
        self.topic_heads = set(tables["topic_heads"])
        self.former_words = set(tables["former_words"])
        former_elites = tables["former_elites"]
        self.elite_qualifiers = self.former_words | set(former_elites["qualifiers"])
        self.elite_offices = set(former_elites["sectors"])
        self.elite_sector: str = former_elites["sector"]
        self.elite_not_bodies = set(former_elites["bodies"])
        self.in_office_modes = set(former_elites["in_office_modes"])
        self.elite_name_ents = set(former_elites["name_ents"])
        self.elite_name_title_deps = set(former_elites["name_title_deps"])
        self.elite_name_pos = set(former_elites["name_pos"])
        self.elite_other_nouns = set(former_elites["qualified_noun_pos"])
        self.apposed_sectors = set(tables["apposed_offices"]["sectors"])
        self.sector_qualifiers = {k: v for k, v in tables["sector_qualifiers"].items()
                                  if not k.startswith("_")}
        self.treaty_heads = set(tables["treaty_heads"])
        group_offices = tables["group_offices"]
        self.group_offices = {tuple(w.split()) for w in group_offices["offices"]}
        self.group_sectors = set(group_offices["group_sectors"])
        self.group_office_except = set(group_offices["except"])
        self.body_heads = set(tables["national_bodies"]["heads"])
        state_titles = tables["state_titles"]  # title heads of a state's office (plover87)
        from .facts.titles import lexicon as title_lexicon  # the fact extractor's title layer
        self.state_title_heads = set(title_lexicon().portfolio_heads) | set(state_titles["heads"])
        self.state_title_sector: str = state_titles["sector"]
        wings = tables["named_group_wings"]  # a named group's armed wing (plover92)
        self.group_wing_over = set(wings["over"])
        self.group_name_longest: int = wings["longest"]
        self.body_members = {w for ws in tables["national_bodies"]["members"].values() for w in ws}
        heads = tables["organization_heads"]  # an organisation's name: its head's sector
        self.ngo_heads = set(heads["ngo"])
        self.ngo_international = set(heads["international"])
        self.ngo_members = set(heads["members"])
        self.group_heads = [(set(heads[k]["heads"]), set(heads[k]["qualifiers"]), sector)
                            for k, sector in (("armed", "REB"), ("opposition", "OPP"))]
        self.war_nouns = set(tables["war_roles"]["wars"])  # "a Vietnam War veteran" (_names_war)
        self.war_roles = set(tables["war_roles"]["roles"])
        # a town's address: the states' and provinces' names and abbreviations (actor_addresses)
        self.address_states = {k: v for k, v in self.subnational.items() if k not in self.ambiguous}
        for code, words in self.lex.extra["actor_addresses"]["abbreviations"].items():
            self.address_states.update((w, code) for w in words)
        self._addressed_memo: tuple[Doc, dict[str, str]] | None = None
        self._coordination = self.lex.extra["actor_coordination"]["patterns"]
        self._coordination_matchers: dict[int, Matcher] = {}  # by vocabulary
        # sector phrases by their first word, so a phrase is tried only where it can start
        self._sectors_at: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, code in self.lex.sectors:
            self._sectors_at.setdefault(phrase[0], []).append((phrase, code))
        for table in ("attacker_people", "civil_generals", "rights_bodies"):  # "suicide
            # bombers": REB; "Attorney General": GOV, not the MIL rank; "civil liberties union":
            # NGO, not LAB (plover99)
            for code, phrases in tables[table].items():
                for words in (tuple(w.split()) for w in phrases if code != "_about"):
                    self._sectors_at.setdefault(words[0], []).append((words, code))
        self.portfolio_nouns = set(tables["portfolio_nouns"]["nouns"])  # "indian affairs"
        self.national_associations = set(tables["national_associations"]["words"])  # plover116
        officers = tables["ngo_officers"]  # an NGO's officer is NGO, no state's GOV (plover119)
        self.ngo_officer_sectors = set(officers["state_sectors"])
        self.ngo_officer_code: str = officers["code"]
        self.ngo_officer: str = officers["sector"]
        legislative = tables["legislative_offices"]  # "senate minority leader": LEG (plover99)
        for code, phrases in legislative["offices"].items():
            for words in (tuple(w.split()) for w in phrases):
                self._sectors_at.setdefault(words[0], []).append((words, code))
        for word, code in legislative["qualifiers"].items():
            self.sector_qualifiers.setdefault(word, code)

    def _national_body(self, low: str) -> str | None:
        """"NGO", or None for a name whose only NGO word is a national body's noun
        (``national_associations``, plover116: "the Video Software Dealers Association", "the NSW
        Police Association"): a trade, professional or staff association of one country, whose
        country the name does not give, is no transnational NGO; "NGO" in the country slot is a
        sector, so the country stays empty and the sentence's country places it."""
        return None if self.national_association(low) else "NGO"

    def ngo_officer_sector(self, code: str | None, sector: str | None) -> str | None:
        """The sector of an actor coded ``code`` whose title gave ``sector``: a state office's
        sector held in a named NGO is the NGO's (``ngo_officers``, NGO_OFFICER, plover119:
        "Human Rights Watch spokesman <name>" NGO/NGO, not NGO/GOV)."""
        if code == self.ngo_officer_code and sector in self.ngo_officer_sectors:
            return self.ngo_officer
        return sector

    def national_association(self, text: str) -> bool:
        """``text`` names an association of one country whose country its name does not give
        (``national_associations``, plover116)."""
        low = norm(text)
        found = {w for w in NGO_WORDS if w in low}
        return bool(found) and found <= self.national_associations and not (
            set(low.split()) & MULTINATIONAL_WORDS) and self._country_in(low) is None

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
        """Code of a name the gazetteer did not tag (spaCy NER spans); every token of a name
        asks for it, so answers are kept (the tables do not change while the coder lives)."""
        key = (text, label)
        if key not in self._names:
            if len(self._names) > 50_000:
                self._names.clear()
            self._names[key] = self._code_name(text, label)
        return self._names[key]

    def _code_name(self, text: str, label: str) -> str | None:
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
            sub = self.subnational.get(norm(text).removeprefix("the "))
            if sub is not None:  # "Police in Texas", "Rochester, Minnesota": a US state
                return sub
            words = norm(text).split()
            if words and label in ("NORP", "") and words[-1].endswith("s"):
                demonym = self.kb.country_of_demonym(" ".join(words[:-1] + [words[-1][:-1]]))
                if demonym:
                    return demonym.split(":", 1)[1]
        group = self.groups.get(norm(text))
        if group is not None:
            return group[0]
        if label == "ORG":
            low = norm(text)
            words = set(low.split())
            several = bool(words & MULTINATIONAL_WORDS) or "united nations" in low or (
                "states" in words and "united states" not in low)  # "Organization of American States"
            if words & self.body_heads and words & self.body_members and not several:
                return self._country_in(low)  # "the National Union of Teachers": a union of
                # one country, its country the one the name gives ("Nigeria Labour Congress")
            if any(w in low for w in NGO_WORDS):
                # "the Restaurants Association of Ireland", "the British Red Cross": a group of
                # one country, as CAMEO codes a national NGO (its country, sector NGO)
                if several:
                    return "NGO"
                return self._country_in(low) or self._national_body(low)
            if words & IGO_WORDS and _name_head(low) in self.ngo_heads and \
                    words & MULTINATIONAL_WORDS <= self.ngo_international:
                # "the International Federation of Journalists": a federation of a profession,
                # not of states (``organization_heads``)
                return "NGO"
            if words & IGO_WORDS or any(w in low for w in IGO_WORDS if " " in w):
                if not several and ("national" in words or self._country_in(low)):
                    # "American Civil Liberties Union", "Iraqi National Congress": one country's
                    return self._country_in(low)
                if not (words & IGO_WORDS) - PARTY_WORDS and not several:
                    return None  # "the National Democratic Alliance": a party of one country
                if not several and not words & self.igo_region_words and \
                        self._state_body(low) is not None:
                    return None  # "the Central Election Commission", "the Berkeley City
                    # Council": one state's body (``igo_names`` IGO_NAME_OF_STATES); the
                    # sentence's country places it
                return "IGO"
            return self._country_in(low)  # "Equality Advocates Pennsylvania": a US state's
        return None

    def _state_body(self, low: str) -> str | None:
        """The sector of a name whose words say it is one state's own body ("Election
        Commission", "Constitutional Tribunal", "City Council": GOV, JUD), else None
        (``actors.igo_names`` IGO_NAME_OF_STATES)."""
        padded = f" {low} "
        return next((sector for sector, phrases in self.igo_state_bodies
                     if any(f" {p} " in padded for p in phrases)), None)

    def _country_in(self, low: str) -> str | None:
        """The one country a name's words give (a country, a demonym or a US state, one to
        three words), else None."""
        words = low.split()
        found: set[str] = set()
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                gram = " ".join(words[i:i + n])
                code = self.kb.country_of_demonym(gram)
                code = code.split(":", 1)[1] if code else next(
                    (e.key.split(":", 1)[1] for e in self.kb.lookup(gram)
                     if e.key.startswith("country:")), None) or self.subnational.get(gram)
                if code:
                    found.add(code)
        return found.pop() if len(found) == 1 else None

    def token_code(self, tok: Token) -> tuple[str | None, str | None]:
        """Code of the named thing a token is part of, and its knowledge key ("pro-Iranian",
        "post-Soviet" and "anti-Syria" name no actor); worked out once per token of the last
        document asked about."""
        memo = doc_memo(self, "_token_memo", tok.doc)
        found = memo.get(tok.i)
        if found is None:
            found = memo[tok.i] = self._token_code(tok)
        return found

    def _token_code(self, tok: Token) -> tuple[str | None, str | None]:
        if not (tok.ent_id or tok.ent_type or tok.text[:1].isupper()):
            return None, None  # no entity, no capital: none of the tests below codes it
        if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and \
                tok.doc[tok.i - 2].lower_ in ("pro", "anti", "post", "ex", "non", "neo"):
            return None, None
        if tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and \
                tok.doc[tok.i + 2].lemma_.lower() in self.sponsors:
            return None, None  # "an Iranian-backed militia": the sponsor, not the militia
        if self._life_history_place(tok):
            return None, None  # "a Syrian-born Canadian citizen": born there, a Canadian
        if tok.ent_id_:
            sub = self._subnational_around(tok) or self._addressed(tok)
            if sub is not None:
                return sub, None  # "New South Wales": Australia, not Wales; "San Jose,
                # California": the United States, not Costa Rica
            if self._name_word(tok) or self._topic_word(tok) or self._treaty_place(tok):
                return None, None  # "Michael Jordan", "Senator Jordan": a person's name;
                # "the Iraq Study Group": a group about the country, not of it; "the Kyoto
                # Protocol": a document named by the town where it was signed
            return self.code_key(tok.ent_id_), tok.ent_id_
        if tok.ent_type_:
            addressed = self._addressed(tok)
            if addressed is not None:
                return addressed, None
            span = _ent_span(tok)
            code = self.code_name(self._owned_name(span), tok.ent_type_) \
                if span is not None else None
            if code is not None:
                return code, None
        group = self.groups.get(norm(tok.text)) if tok.text[:1].isupper() else None
        if group is not None:
            return group[0], None
        if tok.pos_ in ("ADJ", "PROPN", "NOUN") and tok.text[:1].isupper():
            demonym = self.kb.country_of_demonym(tok.text)
            if demonym:
                return demonym.split(":", 1)[1], demonym
            if not tok.ent_type_ and tok.pos_ == "PROPN" and norm(tok.text) in self.subnational:
                return self.subnational[norm(tok.text)], None  # "Ontario Premier …"
        return None, None

    def _life_history_place(self, tok: Token) -> bool:
        """A country word joined to a participle of birth, upbringing or schooling, hyphened
        or not ("Syrian-born", "Syrian born Canadian Maher Arar", "a U.S. trained chemist":
        ``actors.life_history_places`` LIFE_HISTORY_PLACE): it tells where the person was
        born or trained, not whom they belong to or act for."""
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.text == "-" and tok.i + 2 < len(tok.doc):
            nxt = tok.doc[tok.i + 2]
        return nxt is not None and nxt.lower_ in self.life_history and not nxt.is_title

    def _name_word(self, tok: Token) -> bool:
        """A country's or place's name that is a word of a person's name: after a given name or
        a title in one proper-name compound ("Michael Jordan", "Senator Jordan"), or before a
        surname the tagger calls a person ("Israel Katz"); "North Korea", "Nazi Germany" and
        "mainland China" put a qualifier (``name_qualifiers``) before the name."""
        if not tok.ent_id_.startswith(("country:", "place:")) or tok.pos_ != "PROPN":
            return False
        span = _ent_span(tok)
        if span is None:
            return False
        doc, first, last = tok.doc, span[0], span[-1]
        if first.i > tok.sent.start and tok.ent_id_.startswith("country:"):
            prev = doc[first.i - 1]  # (a town or region takes more qualifiers: "Southeast
            # England", "Greater London")
            if prev.pos_ == "PROPN" and prev.text[:1].isupper() and not prev.ent_type_ and \
                    prev.dep_ == "compound" and prev.head.i in (last.i, last.head.i) and \
                    prev.is_alpha and not prev.is_stop and \
                    prev.lower_ not in self.name_qualifiers:  # ("Many Pakistanis took …")
                return True
        if last.dep_ == "compound" and last.i + 1 < tok.sent.end:
            nxt = doc[last.i + 1]
            return nxt.ent_type_ == "PERSON" and nxt.pos_ == "PROPN" and last.head.i == nxt.i \
                and nxt.is_alpha and self.sector([nxt]) is None and not (  # ("Iran Gov't
                    nxt.dep_ == "compound" and self.sector([nxt.head]) is not None)  # denies";
            # "The United States Bush administration": the country's, named by its leader)
        return False

    def _subnational_around(self, tok: Token) -> str | None:
        """The country of a state or province (``subnational``) whose name ends in, or is, the
        place or country name ``tok`` belongs to ("New South Wales", tagged "New South" ORG
        and "Wales" GPE, is Australian)."""
        span = _ent_span(tok)
        last = span[-1].i if span is not None else tok.i
        for first in range(max(tok.sent.start, last - 2), last):
            words = tok.doc[first:last + 1]
            if all(t.is_alpha and t.text[:1].isupper() for t in words) and \
                    norm(words.text) in self.subnational:  # (", Georgia" is no state's name)
                return self.subnational[norm(words.text)]
        return None

    def _address_state(self, town: Span) -> str | None:
        """The country of the state or province a town's name is followed by ("San Jose, CA,
        USA", "London, Ontario"), unless the words go on as a list of places ("Brussels,
        Georgia and Ukraine", "Oslo, Ontario, Mexico") (``actor_addresses``)."""
        doc = town.doc
        if town.end + 1 >= len(doc) or doc[town.end].text != ",":
            return None
        for n in (3, 2, 1):
            words = doc[town.end + 1:town.end + 1 + n]
            if len(words) < n or words[-1].sent.start != town.sent.start:
                continue
            code = self.address_states.get(words.text) or (self.address_states.get(
                norm(words.text)) if all(t.text[:1].isupper() for t in words) else None)
            if code is None:
                continue
            after = doc[words.end:words.end + 2]
            if after and after[0].lower_ in ("and", "or", "&"):
                return None
            if len(after) == 2 and after[0].text == "," and after[1].ent_type_ in ("GPE", "LOC") \
                    and after[1].ent_id_.startswith("country:") and \
                    after[1].ent_id_ != f"country:{code}":
                return None
            return code
        return None

    def _addressed(self, tok: Token) -> str | None:
        """The country a town is in by the address the document gives it: in this sentence,
        or for the same town anywhere in the document ("San Jose, California" in the lede
        codes a later bare "San Jose"), when all its addresses agree; a country's own name
        keeps its code."""
        if tok.ent_type_ not in ("GPE", "LOC", "FAC") or tok.ent_id_.startswith("country:"):
            return None
        memo = self._addressed_memo
        if memo is None or memo[0] is not tok.doc:
            found: dict[str, set[str]] = {}
            for ent in tok.doc.ents:
                if ent.label_ in ("GPE", "LOC", "FAC") and not ent[0].ent_id_.startswith("country:"):
                    code = self._address_state(ent)
                    if code is not None:
                        found.setdefault(norm(ent.text), set()).add(code)
            memo = self._addressed_memo = (
                tok.doc, {k: v.pop() for k, v in found.items() if len(v) == 1})
        if not memo[1]:
            return None
        span = _ent_span(tok)
        return memo[1].get(norm(span.text)) if span is not None else None

    @staticmethod
    def _owned_name(span: Span) -> str:
        """An organization's name with the country that owns it, which the tagger leaves
        outside the name: "the Maritime Union of" + "Australia", "Russia's" + "Federal
        Atomic Agency" (a body of one country is no IGO: ``_code_name``)."""
        if span[0].ent_type_ != "ORG":
            return span.text
        doc = span.doc
        if span[-1].lower_ == "of" and span.end < len(doc) and \
                doc[span.end].ent_id_.startswith("country:"):
            country = _ent_span(doc[span.end])
            return f"{span.text} {country.text if country is not None else doc[span.end].text}"
        if span.start >= 2 and doc[span.start - 1].tag_ == "POS" and \
                doc[span.start - 2].ent_id_.startswith("country:"):
            return f"{doc[span.start - 2].text} {span.text}"
        return span.text

    def _treaty_place(self, tok: Token) -> bool:
        """"the Kyoto Protocol", "the Oslo accords", "the Rome Statute": a town's name before a
        treaty or process noun (``treaty_heads``) names where it was signed, not a party;
        countries before such a noun stay parties ("the US-India nuclear agreement")."""
        if not tok.ent_id_.startswith("place:"):
            return False
        span = _ent_span(tok)
        last = span[-1] if span is not None else tok
        return last.dep_ in ("compound", "nmod", "amod") and \
            last.head.lemma_.lower() in self.treaty_heads

    def _former_office(self, toks: Sequence[Token]) -> bool:
        """"Romano Prodi, former European Union Commission President", "ex-NATO chief": a
        ``former_words`` word on a title (not on a place: "the former Yugoslavia") says the
        office is no longer held, so it names neither the body nor a sector."""
        return any(t.lower_ in self.former_words and t.head.i != t.i and
                   not t.head.ent_id_.startswith(("country:", "place:")) and
                   t.head.ent_type_ not in ("GPE", "LOC", "NORP") for t in toks)

    def _former_title(self, toks: Sequence[Token]) -> bool:
        """"Former Philippine President", "the deposed Iraqi president", "Former US Senator" (the
        word hung on the title's country): a ``former_elites`` qualifier on a state office."""
        for t in toks:
            if t.lower_ not in self.elite_qualifiers or t.head.i == t.i:
                continue
            title = t.head
            if title.ent_type_ in ("GPE", "NORP") and title.dep_ in ("compound", "amod", "nmod"):
                title = title.head
            if any((self.sector([w]) in self.elite_offices or w.lower_ in
                    self.state_title_heads) and w.lemma_.lower() not in self.elite_not_bodies
                   for w in (title, *self._titles_on_name(t, title))):
                return True
        return False

    def _former_agent(self, toks: Sequence[Token], head: Token, body: Token) -> bool:
        """"a former CIA agent", "Former CIA deputy director X": a person of a state agency
        the groups list gives a sector (``former_elites.sectors``: SPY), the qualifier before
        the agency's name and not on it ("the former KGB" is the agency)."""
        if body.i == head.i or head.lemma_.lower() in self.elite_not_bodies:
            return False
        span = _ent_span(body)
        group = self.groups.get(norm(body.text)) or (
            self.groups.get(norm(span.text)) if span is not None else None)
        if group is None or group[1] not in self.elite_offices:
            return False  # (a country's name: the title's sector, ``_former_title``)
        first = span.start if span is not None else body.i
        return any(t.lower_ in self.elite_qualifiers and t.i < first and t.head.i != t.i and
                   t.head.i >= first and t.head.i not in range(first, body.i + 1) for t in toks)

    def _titles_on_name(self, qualifier: Token, name: Token) -> list[Token]:
        """"former Vice-President X", "Former Rhode Island Senator X": the
        parse hangs the qualifier on the name, the title a compound of the name after the
        qualifier (``former_elites.name_title_deps``); none where the head is no person's name,
        where a common noun comes first ("former presidential candidate Senator X": the
        qualifier is the candidacy's, the seat is held now) or where a body's name
        stands between (an IGO's or NGO's office is no state office)."""
        if name.ent_type_ not in self.elite_name_ents and not (
                name.pos_ in self.elite_name_pos and not name.ent_type_):
            return []
        between = name.doc[qualifier.i + 1:name.i]
        if any(self.token_code(t)[0] in ("IGO", "NGO") for t in between):
            return []  # "former UN Secretary General X": a body's office, not the state's
        return [c for c in name.children if c.dep_ in self.elite_name_title_deps
                and qualifier.i < c.i < name.i and c.ent_type_ not in self.elite_name_ents
                and not any(t.pos_ in self.elite_other_nouns for t in name.doc[qualifier.i + 1:c.i])]

    def title_sector(self, head: Token) -> str | None:
        """The sector of the title in a phrase as written, before ``former_elites``: "the former
        Prime Minister resigned" left an office he held (``in_office_modes``)."""
        return self.sector(_np_tokens(_content_head(head)))

    def _topic_word(self, tok: Token) -> bool:
        """"The Iraq Study Group", "the Iran Policy Committee": a country's name before a
        topic word (``topic_words``) inside a name is what the group is about."""
        if not tok.ent_id_.startswith(("country:", "place:")) or \
                tok.ent_type_ not in ("GPE", "LOC") or tok.dep_ != "compound":
            return False
        span = _ent_span(tok)
        end = span.end if span is not None else tok.i + 1
        if end >= len(tok.doc):
            return False
        nxt = tok.doc[end]
        return nxt.lower_ in self.topic_words and nxt.text[:1].isupper() and \
            nxt.dep_ == "compound" and nxt.head.lemma_.lower() in self.topic_heads

    def sector(self, toks: Sequence[Token]) -> str | None:
        toks = [t for t in toks if not _surname(t)]
        return self._sector([t.lower_ for t in toks], [t.lemma_.lower() for t in toks])

    def sector_of_words(self, words: Sequence[str]) -> str | None:
        """The sector of a title given as plain words ("Foreign Minister" → GOV)."""
        lowered = [w.lower() for w in words]
        return self._sector(lowered, lowered)

    def office_sector(self, role: Sequence[str], body: str | None) -> str | None:
        """The sector of an office the document says a person holds in ``body``: a group's
        own office (``group_offices``) in a party, an opposition or an armed group ("leader"
        of the Movement for Democratic Change) is the group's sector, not GOV."""
        sector = self.sector_of_words(role)
        lowered = tuple(w.lower() for w in role)
        if sector != "GOV" or not body or not any(
                lowered[len(lowered) - len(o):] == o for o in self.group_offices):
            return sector
        body_words = norm(body).split()
        if any(w in self.group_office_except for w in body_words):
            return sector
        group = self.groups.get(norm(body))
        found = group[1] if group else self._sector(body_words, body_words)
        return found if found in self.group_sectors else sector

    def _sector(self, words: list[str], lemmas: list[str]) -> str | None:
        found: set[tuple[int, int, str]] = set()
        for i in range(len(words)):
            for first in {words[i], lemmas[i]}:
                for phrase, code in self._sectors_at.get(first, ()):
                    n = len(phrase)
                    if tuple(words[i:i + n]) == phrase or tuple(lemmas[i:i + n]) == phrase:
                        found.add((i + n, n, code))
        if not found:
            return None
        end, n, code = max(found)  # the right-most (the head's), longest sector phrase wins
        qualified = self._qualified_sector(words[:end - n]) if code == "GOV" else None
        return qualified or code

    def _qualified_sector(self, before: Sequence[str]) -> str | None:
        """The sector a qualifier of a government office gives its holder, within the three
        words before the office and no farther than a determiner or "of"
        (``sector_qualifiers``: "Shadow Minister Plibersek", "the shadow home secretary" hold
        no office of government, they speak for the opposition; "the shadow of the
        government" is no title)."""
        for word in reversed(before[-3:]):
            if word in self.sector_qualifiers:
                return self.sector_qualifiers[word]
            if word in ("of", "the", "a", "an", "'s", "and", ",") or \
                    not word.replace("-", "").isalpha():  # "elections.:The Foreign Secretary"
                return None
        return None

    def _state_title(self, toks: Sequence[Token], head: Token,
                     codes: Sequence[tuple[str, str | None, Token]]) -> Token | None:
        """A person's phrase with a state's code and a title head of a state's office
        (``state_titles``: the title layer's portfolio heads, "treasurer") before the name or as
        the head: "US Treasury Secretary X", "Australian treasurer X", "the British Home
        Secretary"; not an IGO's or NGO's code."""
        if codes[0][0] in ("IGO", "NGO") or not (
                head.ent_type_ == "PERSON" or head.lower_ in self.state_title_heads):
            return None
        return next((t for t in toks if t.lower_ in self.state_title_heads and
                     codes[0][2].i < t.i <= head.i and not _surname(t)), None)

    def _group_office_sector(self, toks: Sequence[Token]) -> str | None:
        """The sector of a party's, an opposition's or an armed group's own office
        (``group_offices``): the phrase's last sector word is such an office ("leader") and the
        group qualifies it just before ("Australian Greens leader", "Hezbollah's leader", "the
        opposition party chairman") or in its of-phrase ("the leader of Hamas"); the holder
        acts for the group, not for the state."""
        words = [t.lower_ for t in toks]
        for end in range(len(toks), 0, -1):
            size = next((len(o) for o in self.group_offices
                         if tuple(words[max(0, end - len(o)):end]) == o), 0)
            if size:
                break
            if self.sector(toks[end - 1:end]) is not None:
                return None  # the phrase's last sector word is another office
        if not size:
            return None
        office = toks[end - 1]
        qualifier: list[Token] = []  # up to four words before the office, within the phrase
        for tok in reversed(toks[max(0, end - size - 4):end - size]):
            if tok.lower_ in ("of", "a", "an", ",", "and", "the"):
                break
            qualifier.insert(0, tok)
        found = self._group_sector(qualifier)
        if found is not False:
            return found or None
        for prep in (c for c in office.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = self._group_sector(_np_tokens(pobj))
                if found:
                    return found
        return None

    def _group_sector(self, toks: Sequence[Token]) -> str | None | bool:
        """A group's sector (REB, OPP, PTY) named by these words, None where they name the
        state's side ("the ruling party") or another sector, False where they name none."""
        if any(t.lower_ in self.group_office_except for t in toks):
            return None
        sector = self.sector(toks)  # the longest words first: "opposition party" is OPP
        if sector in self.group_wing_over:
            sector = self._named_group_wing(toks) or sector  # "<group> military", "<X> Army"
        for tok in reversed(toks if sector is None else ()):
            span = _ent_span(tok)
            group = self.groups.get(norm(span.text if span is not None else tok.text)) or \
                self.groups.get(norm(tok.text))
            sector = group[1] if group else None
            if sector is not None:
                break
        if sector is None:
            return False
        return sector if sector in self.group_sectors else None

    def _named_group_wing(self, toks: Sequence[Token]) -> str | None:
        """The sector of a non-state group the groups list names among these words, where a
        generic word of the state's forces stands beside it or inside its name ("<group>
        military spokesman", "<X> Army leader": ``named_group_wings``): the group's, if it is
        one of ``group_offices``' group sectors."""
        words = [t.text for t in toks]
        for size in range(min(self.group_name_longest, len(words)), 0, -1):
            for i in range(len(words) - size + 1):
                if not words[i][:1].isupper():
                    continue
                group = self.groups.get(norm(" ".join(words[i:i + size])))
                if group and group[1] in self.group_sectors:
                    return group[1]
        return None

    def _shared_head(self, head: Token) -> list[tuple[str, str | None, Token]]:
        """"North and South Korea": coordinated modifiers sharing one head name two
        countries (each modifier with the head is a country name)."""
        for mod in head.children:
            conj = [c for c in mod.children if c.dep_ == "conj"]
            if mod.dep_ not in ("nmod", "compound", "amod") or not conj:
                continue
            found = []
            for m in (mod, *conj):
                key = next((e.key for e in self.kb.lookup(f"{m.text} {head.text}")
                            if e.key.startswith("country:")), None)
                if key is None:
                    return []
                found.append((key.split(":", 1)[1], key, m))
            if len({c for c, _, _ in found}) > 1:
                return found
        return []

    def _shared_word(self, toks: Sequence[Token]) -> list[tuple[str, str | None, Token]]:
        """"North and South Korean border guards": compass qualifiers coordinated before one
        country word or demonym name a country each (``actor_coordination``)."""
        doc = toks[0].doc
        words = doc[toks[0].i:toks[-1].i + 1]  # (the parse leaves "and South Korean" out)
        if len(words) < 4 or not any(t.lower_ in ("and", "or", "&") for t in words):
            return []
        matcher = self._coordination_matchers.get(id(doc.vocab))
        if matcher is None:
            matcher = self._coordination_matchers[id(doc.vocab)] = Matcher(doc.vocab)
            for name, patterns in self._coordination.items():
                matcher.add(name, patterns)
        for _, start, end in matcher(words):
            span = words[start:end]
            word = span[-1].text
            found = []
            for qualifier in (span[0], span[2]):
                name = f"{qualifier.text} {word}"
                key = self.kb.country_of_demonym(name) or next(
                    (e.key for e in self.kb.lookup(name) if e.key.startswith("country:")), None)
                if key is None:
                    break
                found.append((key.split(":", 1)[1], key, qualifier))
            if len(found) == 2 and found[0][0] != found[1][0]:
                return found
        return []

    def _listed(self, toks: list[Token]) -> list[Token]:
        """Demonyms listed by commas before a phrase, which a headline's parse leaves outside
        it ("Kenyan, Ugandan troops attack …": Kenyan is not the troops' modifier there)."""
        out: list[Token] = []
        i = toks[0].i
        while i - 2 >= toks[0].sent.start and toks[0].doc[i - 1].text == "," and \
                toks[0].doc[i - 2].ent_type_ == "NORP" and toks[0].doc[i - 2].tag_ in ("JJ", "NNP"):
            i -= 2
            out.append(toks[0].doc[i])
        return out

    def _state_sense(self, code: str, tok: Token, words: Sequence[str]) -> str:
        """"Georgia Governor Sonny Perdue", "the governor of Georgia": a name that is both a
        country and a US state is the state when the phrase has a state's office."""
        state = self.ambiguous.get(norm(tok.text))
        if state is None:
            return code
        low = [w.lower() for w in words]
        found = any(tuple(low[i:i + len(o)]) == o for o in self.state_offices
                    for i in range(len(low)))
        return state if found else code

    def _apposed_sector(self, office: Token) -> str | None:
        """The sector an office apposed to a name gives its holder (``apposed_offices``): the
        office's own ("the mayor of New Orleans": GOV), or where that is a state office of any
        body, the body its of- or for-phrase names ("a spokesperson for the Pakistani
        military": MIL)."""
        found = next((a.sector for a in self.code_np(office, deep=False, anchor=False,
                                                     person=True)[:1]), None)
        if found == "GOV":
            found = next((a.sector for c in office.children if c.dep_ == "prep" and c.lower_ in (
                "of", "for") for p in c.children if p.dep_ == "pobj"
                for a in self.code_np(p, deep=False, anchor=False)[:1]
                if a.sector in self.apposed_sectors), found)
        return found if found in self.apposed_sectors else None

    def dateline_tokens(self, doc: Doc) -> frozenset[int]:
        """The tokens of the wire datelines heading the document ("MANILA, March 3, 2008 -",
        "WASHINGTON (Reuters) -"; ``dates.dateline_heads``): where the story was filed, which
        the parse often makes the subject of the first sentence; never an actor."""
        memo = doc_memo(self, "_dateline_memo", doc)
        if "tokens" not in memo:
            spans = dateline_heads(doc.text)
            memo["tokens"] = frozenset(t.i for a, b in spans for t in (
                doc.char_span(a, b, alignment_mode="contract") or ()))
        return memo["tokens"]

    def code_np(self, head: Token, deep: bool = True, before: bool = False,
                anchor: bool = True, person: bool = False) -> list[Actor]:
        """Actors named by the phrase headed by ``head`` (several for "French and Egyptian");
        with ``before`` only the words before the head (an event noun's own actor: "Iraqi,
        American forces raid insurgent training camp" names the forces, not the camp)."""
        memo = doc_memo(self, "_np_memo", head.doc)
        key = (head.i, deep, before, anchor, person)
        if key not in memo:
            memo[key] = self._code_np(head, deep, before, anchor, person)
        return list(memo[key])

    def _code_np(self, head: Token, deep: bool, before: bool, anchor: bool, person: bool
                 ) -> list[Actor]:
        head = _content_head(head)
        dateline = self.dateline_tokens(head.doc)
        phrase = toks = [t for t in _np_tokens(head) if t.i not in dateline] or [head]
        if before:
            toks = [t for t in toks if t.i < head.i] or toks
        if head.lemma_.lower() in self.non_actors:  # "Australian news In Sydney …": a lead-in
            return [Actor(head.text, None, None, head.idx, head.idx + len(head.text), head.i)]
        sector = self.sector(toks)  # (a listed demonym adds no sector word)
        if sector in ("GOV", "MIL"):  # "the SLM rebel leader", "the leader of Hamas", "a
            # guerrilla commander": not the state's
            sector = self._group_office_sector(toks) or sector
        listed = self._listed(toks) if sector is not None else []
        if listed:
            toks = sorted([*listed, *toks], key=lambda t: t.i)
        words = [t.text for t in toks]
        codes: list[tuple[str, str | None, Token]] = []
        for t in toks:
            code, key = self.token_code(t)
            if code and self._names_war(t, head):
                continue  # "a Vietnam War veteran": where they served, not their state
            if code and self._token_portfolio(t, sector):
                continue  # a portfolio's people: the office's subject, not its state
            if code:
                code = self._state_sense(code, t, words)
            if code and all(code != c for c, _, _ in codes):
                codes.append((code, key, t))
        shared = self._shared_head(head)
        shared_word = [] if shared else self._shared_word(toks)  # (each keeps the phrase's words)
        shared = shared or shared_word
        if shared:
            codes = shared
        if len(codes) > 1:
            adj_conj = [c for c in codes if c[2].dep_ == "conj" or any(
                k.dep_ == "conj" for k in c[2].children)]
            if len(adj_conj) < 2 and all(  # "Iraqi, American forces", "US-Iraqi patrols"
                    b[2].i > a[2].i + 1 and all(
                        t.text in LIST_MARKS and (t.text in (",", "and", "&") or (
                            b[2].ent_type_ == "NORP"))
                        for t in a[2].doc[a[2].i + 1:b[2].i])
                    for a, b in itertools.pairwise(codes)):
                adj_conj = codes  # ("Israel-Lebanon conflict": two sides, not one actor)
            codes = adj_conj if len(adj_conj) > 1 else codes[:1]
        title = self._state_title(toks, head, codes) if sector is None and codes else None
        if title is not None:  # "US Treasury Secretary X": the state's office; "the shadow
            # home secretary": the opposition's (``sector_qualifiers``)
            sector = self._qualified_sector([t.lower_ for t in toks if t.i < title.i]) or \
                self.state_title_sector
        former = self._former_office(toks)
        if former:  # "former NATO chief": a body's office no longer held gives no code (the
            # title's sector stays: it places "former President Lee" by the sentence's country)
            codes = [c for c in codes if c[0] not in ("IGO", "NGO")]
        if sector in self.elite_offices and head.lemma_.lower() not in self.elite_not_bodies \
                and self._former_title(toks):
            sector = self.elite_sector  # "former US President Bill Clinton", "the deposed
            # leader": a state office no longer held makes an elite of the country (``former_elites``)
        people = person or sector is not None or head.ent_type_ in (
            "PERSON", "ORG", "NORP") or head.lower_ in ("people", "persons", "nationals",
                                                        "citizens", "group") or \
            head.lower_ in self.agent_heads  # "the head of the UN nuclear watchdog"
        place = head.ent_type_ in ("GPE", "LOC", "FAC")
        if not codes and deep and (people or place):
            # "the Mujahedeen Army, a group of insurgents in Iraq"; "Cizre, in Sirnak province,
            # Turkey": a name the gazetteer lacks is placed by its apposition or its place
            for app in (c for c in head.children if c.dep_ in ("appos", "npadvmod")
                        or (place and c.dep_ == "conj" and c.ent_type_ == "GPE")):
                coded = [a for a in self.code_np(app, deep=True, anchor=False,
                                                 person=head.ent_type_ == "PERSON") if a.code]
                if coded:
                    codes = [(coded[0].code or "", coded[0].entity_key, app)]
                    break
        if sector is None and deep and head.ent_type_ == "PERSON":
            # "Bill Clinton, the former President of the United States": an apposed office
            # gives its holder the sector it gives before the name (``apposed_offices``)
            sector = next((self._apposed_sector(c) for c in head.children if c.dep_ == "appos"),
                          None)
        located = False
        if not codes and deep and (people or place):
            # the head's own phrases first, then those of its modifiers ("Institute of Cetacean
            # Research in Tokyo councilor Dan Goodman") and of a relative clause saying where a
            # person works ("a professor who specializes in cardiology at the Mayo Clinic in
            # Rochester, Minnesota")
            holders = [head, *(t for t in toks if t.i != head.i and t.dep_ in ("compound", "nmod")),
                       *(c for c in head.children if c.dep_ == "relcl" and people)]
            for prep in (c for h in holders for c in h.children if c.dep_ == "prep"
                         and (c.lower_ in ("of", "from", "in", "at", "for", "by", "near")
                              if h.i == head.i else c.lower_ in ("in", "at", "of"))):
                located = prep.lower_ in ("in", "at", "near")
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    inner = self.code_np(pobj, deep=True)
                    coded = [a for a in inner if a.code]
                    if coded:
                        code = self._state_sense(coded[0].code or "", pobj, [head.text])
                        codes = [(code, coded[0].entity_key, pobj)]
                        break
                if codes:
                    break
        if not codes and deep and anchor and head.dep_ == "appos" and \
                head.ent_type_ == "PERSON" and self.sector([head.head]) is not None:
            # "the Military Advocate General of the IDF, Brigadier General Avichai
            # Mendelblit": the person is placed by the office the apposition names
            coded = [a for a in self.code_np(head.head, deep=True, anchor=False) if a.code]
            if coded:
                codes = [(coded[0].code or "", coded[0].entity_key, head.head)]
        ethnic = bool(codes) and (codes[0][2].i == head.i or any(
            t.lower_ == "ethnic" for t in toks)) and codes[0][2].ent_type_ == "NORP"
        if ethnic:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    place = [a for a in self.code_np(pobj, deep=False) if a.code]
                    if place:
                        codes = [(place[0].code or "", place[0].entity_key, pobj)]
                        ethnic = False
        name = _ent_span(codes[0][2]) if codes and codes[0][0] in ("IGO", "NGO") else None
        if name is not None and name.start <= head.i < name.end:
            # "the African Union", "the Council of Europe": a body's name states no sector
            sector = self.sector([t for t in toks if not name.start <= t.i < name.end])
        if sector is None and codes:
            group = self.groups.get(norm(codes[0][2].text))
            span = _ent_span(codes[0][2])
            group = group or (self.groups.get(norm(span.text)) if span is not None else None)
            sector = group[1] if group else None  # "Hamas": REB
        named = self._organization_sector(head, toks, codes, sector)
        if named is not None:
            sector = named
        if codes:  # "Human Rights Watch spokesman <name>": the NGO's officer (plover119)
            sector = self.ngo_officer_sector(codes[0][0], sector)
        if sector in self.elite_offices and codes and self._former_agent(toks, head, codes[0][2]):
            sector = self.elite_sector  # "a former CIA agent": the agency's office no longer
            # held (``former_elites``)
        # a bare name states no sector: a person's office comes from a title in the phrase
        # ("President Omar El Bashir") or from the facts the document gives (events.py)
        span = sorted({*phrase, *listed}, key=lambda t: t.i)
        start = min(t.idx for t in span)
        end = max(t.idx + len(t.text) for t in span)
        # the same characters as doc.text[start:end], without joining the whole document
        text = head.doc[span[0].i:span[-1].i + 1].text
        if not codes:
            return [Actor(text, None, sector, start, end, head.i)]
        if len(codes) == 1:
            return [Actor(text, codes[0][0], sector, start, end, head.i, codes[0][1], ethnic,
                          located=located)]
        out = []
        for code, key, tok in codes:
            out.append(Actor(f"{tok.text} {head.text}" if tok.i < head.i and not shared_word
                             else text, code,
                             sector, start, end, head.i, key))
        return out

    def _organization_sector(self, head: Token, toks: Sequence[Token],
                             codes: Sequence[tuple[str, str | None, Token]],
                             sector: str | None) -> str | None:
        """The sector the head noun of an organisation's name gives it
        (``organization_heads``), None where it gives none: a country word inside the name
        places the body, it does not make it the state ("the Syrian Observatory for Human
        Rights" SYR/NGO, "the Provisional Irish Republican Army" IRL/REB). Only a capitalised
        head (a name), only where the groups list, the organization list or the country list
        does not already know the name."""
        if not head.text[:1].isupper() or head.pos_ not in ("PROPN", "NOUN") or \
                head.ent_type_ not in ("ORG", "NORP", "GPE", ""):
            return None
        span = _ent_span(head)
        name = list(span) if span is not None else [t for t in toks if t.i <= head.i]
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
            name += [t for t in prep.subtree if t.i >= prep.i and (
                span is None or t.i >= span.end)]  # "the Army of Islam", "… of Resistance"
        text = span.text if span is not None else " ".join(t.text for t in name if t.i <= head.i)
        group = self.groups.get(norm(text)) or self.groups.get(norm("the " + text))
        if group is not None:  # "the Lord's Resistance Army" REB, a state's army the list
            # names MIL: the groups list's sector, not the one "army" gives
            return group[1] if sector in (None, "MIL", "GOV") else None
        if any(e.kind in ("organization", "body") or e.key.startswith("country:")
               for e in self.kb.lookup(text)):
            return None  # "the Russian Federation"
        qualifiers = {t.lower_ for t in name if t.i != head.i}
        low = head.lower_
        for heads, marks, found in self.group_heads:
            if low in heads and qualifiers & marks and sector in (None, "MIL", "GOV"):
                return found
        if (low in self.ngo_heads or low in self.national_associations) and sector is None \
                and not (codes and codes[0][0] in ("IGO", "NGO")):  # plover116: an association
            members = self.sector([t for t in name if t.i > head.i])  # "… of trade unions": LAB
            return members if members in self.ngo_members else "NGO"
        if sector is None and not (codes and codes[0][0] in ("IGO", "NGO")):
            return self._state_body(norm(text))  # "the Central Election Commission": GOV,
            # placed by the sentence's country (``igo_names``)
        return None

    def _token_portfolio(self, tok: Token, sector: str | None) -> bool:
        """``tok`` (a country's or people's word) names the subject of a portfolio or committee
        just after it (``actors.portfolio_nouns``: Canada's minister of indian affairs, a US
        senate committee on indian affairs, an assistant secretary for african affairs), not the
        state that holds the office: the noun capitalised (a portfolio's name), or lower-case in
        a phrase with an office's sector ("the aboriginal affairs minister"); "meddling in
        Lebanese affairs" keeps its country."""
        doc = tok.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ not in self.portfolio_nouns:
            return False
        return nxt.text[:1].isupper() or sector is not None

    def _names_war(self, tok: Token, head: Token) -> bool:
        """``tok`` is a country's word that names a war inside the phrase of ``head``, a
        participant or opponent of it ("a Vietnam War veteran", "Vietnam War veteran X", "Afghan
        war veterans", ``actors.war_roles``): it says where they served, not whom they act for,
        as ``stated_country`` reads a document's phrases. The parse hangs the country on the
        war noun or, in a flat compound, beside it on the head ("Afghan war veterans")."""
        doc = tok.doc
        role = head if head.lower_ in self.war_roles else next(
            (t for t in doc[tok.i + 1:head.i] if t.lower_ in self.war_roles), None)
        if role is None:
            return False
        j = tok.i + 1
        while j < role.i and (doc[j].text in ("-", "–") or doc[j].ent_type_ in ("GPE", "NORP", "LOC")):
            j += 1  # (two countries joined by a hyphen: "the X-Y conflict")
        return j < role.i and doc[j].lower_ in self.war_nouns

    def stated_country(self, phrases: Iterable[Token]) -> str | None:
        """The one country a document states for a person in the phrases that name them ("US
        televangelist Pat Robertson", "Karasin, Russia's deputy foreign minister"); None where
        it states none, or several. A war named by a country inside the phrase ("an Iraq War
        veteran", "a former Vietnam War era prisoner of war") is where they served, not theirs."""
        found = {a.code for p in phrases
                 if not any(t.lower_ in WAR_NOUNS and t.i != p.i and any(
                     self.token_code(c)[0] for c in t.children) for t in _np_tokens(p))
                 for a in self.code_np(p, deep=False) if a.code and a.code not in ("IGO", "NGO")}
        return found.pop() if len(found) == 1 else None


WAR_NOUNS = {"war", "wars", "conflict", "invasion", "occupation"}  # named by a country (its
# modifier), they say where a person served, not their nationality ("anti-war" names none)

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


def _name_head(low: str) -> str:
    """The head word of an organisation's name as normalised words: the last word before its
    first complement ("international federation of journalists" → "federation")."""
    words = low.split()
    cut = next((i for i, w in enumerate(words) if i and w in ("of", "for", "on", "to", "in")),
               len(words))
    return words[cut - 1] if cut else ""


def _surname(tok: Token) -> bool:
    """The last word of a person's name after its first (an ambassador whose family name is
    Farmer, a congressman named King): a family name, not a title, whatever sector word it
    spells."""
    span = _ent_span(tok) if tok.ent_type_ == "PERSON" else None
    return span is not None and len(span) > 1 and tok.i == span.end - 1 and \
        tok.text[:1].isupper()


def _ent_span(tok: Token) -> Span | None:
    """The entity span around ``tok``, walked from its IOB tags (``Doc.ents`` builds a span
    for every entity of the document on each call)."""
    if not tok.ent_type_:
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type == tok.ent_type:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type == tok.ent_type:
        end += 1
    return doc[start:end]
