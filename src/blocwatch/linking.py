"""Entity linking stage: Mentions → LocalEntity clusters, then clusters → store entities.

Within a document, mentions that name the same thing become one cluster: organizations,
bodies and countries by knowledge key; people by name variants (Kowalczy / Kowalczyk /
A.Kowalczyk share a given name or initial and a surname one is the truncation of;
Yuri / Yury differ only by transliteration; a surname or given name alone joins the one
full name it fits).  Across documents, ``resolve`` finds candidates through blocking keys
(transliteration-folded name prefixes), never by comparing every pair, and merges a
cluster into a stored person when names are compatible and no context contradicts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Protocol

from rapidfuzz.distance import JaroWinkler

from . import timex
from .knowledge import fold, norm, slug
from .records import Claim, LocalEntity, Mention

EXTRACTOR = "linking.names.v1"
ORGAN_SOURCE = "org_names:ORGAN_"  # an organisation's organ (orgnames): "IAEA Board of Governors"
SUB_BODY_SOURCE = "org_names:OFFICE_SUB_BODY"  # a named owner's committee (orgnames, posit52)


# --- person names ----------------------------------------------------------------------
@lru_cache(maxsize=65536)
def translit(token: str) -> str:
    """Fold transliteration variants: Yuri/Yury, Sergei/Sergey, Rakhmon/Rahmon, Kocharyan/ian."""
    t = fold(token).lower()
    t = re.sub(r"[^a-z]", "", t)
    for a, b in (("dzh", "j"), ("kh", "h"), ("zh", "j"), ("ts", "c"), ("x", "ks"), ("w", "v"),
                 ("y", "i"), ("ph", "f")):
        t = t.replace(a, b)
    t = re.sub(r"(.)\1+", r"\1", t)  # Russell → rusel
    return t


def name_tokens(name: str) -> list[str]:
    """Tokens of a person name; "T.Kowalczyk" → ["T", "Kowalczyk"]."""
    return list(_name_tokens(name))


@lru_cache(maxsize=65536)  # resolution compares the same names again and again
def _name_tokens(name: str) -> tuple[str, ...]:
    spaced = re.sub(r"\b([A-Z])\.(?=[A-Z])", r"\1. ", name)
    return tuple(t.strip(".,") for t in spaced.split() if t.strip(".,"))


def _is_initial(token: str) -> bool:
    return len(token.rstrip(".")) == 1


def surname_similar(a: str, b: str) -> bool:
    """Same surname up to transliteration, a typo, or a truncation (Kowalczy ⊂ Kowalczyk)."""
    ta, tb = translit(a), translit(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    short, long_ = sorted((ta, tb), key=len)
    if len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    return len(short) >= 4 and JaroWinkler.similarity(ta, tb) >= 0.9 and ta[0] == tb[0]


def given_compatible(a: str, b: str) -> bool:
    if _is_initial(a) or _is_initial(b):
        return a[0].lower() == b[0].lower()
    ta, tb = translit(a), translit(b)
    return ta == tb or (min(len(ta), len(tb)) >= 4 and JaroWinkler.similarity(ta, tb) >= 0.9)


@lru_cache(maxsize=65536)  # clustering asks it for the same pairs of names again and again
def names_compatible(a: str, b: str) -> bool:
    """Two full names (two or more tokens each) can name the same person."""
    ta, tb = name_tokens(a), name_tokens(b)
    if len(ta) < 2 or len(tb) < 2:
        return False
    if surname_similar(ta[-1], tb[-1]) and given_compatible(ta[0], tb[0]):
        return True
    short, long_ = sorted(([translit(x) for x in ta], [translit(x) for x in tb]), key=len)
    if len(short) >= 2 and long_[-len(short):] == short and len("".join(short)) >= 8:
        return True  # "Lula da Silva" is the end of "Luiz Inácio Lula da Silva"
    # names written surname first in one and given name first in the other are rare in
    # news English; compare token sets when lengths match ("Qin Gang" / "Qin Gang")
    return [translit(x) for x in ta] == [translit(x) for x in tb]


@lru_cache(maxsize=65536)  # resolution asks it for the same pairs of names again and again
def token_fits(token: str, full: str) -> bool:
    """A one-word mention fits a full name when it is one of its tokens (surname or given)."""
    tt = translit(token)
    toks = name_tokens(full)
    return any(translit(x) == tt for x in toks if not _is_initial(x)) or (
        len(toks) >= 2 and surname_similar(token, toks[-1]) and len(tt) >= 5)


def block_keys(name: str) -> set[str]:
    """Blocking keys for candidate retrieval: folded prefixes of the name's long tokens."""
    keys = set()
    for tok in name_tokens(name):
        t = translit(tok)
        if len(t) >= 3:
            keys.add(t[:4])
    return keys


def name_quality(name: str, count: int) -> tuple[int, int, int, int, int]:
    """Rank variants: capitalised, full given name, more tokens, longer surname, more mentions
    ("de Saddam Hussein", a preposition the model took in, never names the person)."""
    toks = name_tokens(name)
    capitalised = int(bool(toks) and toks[0][:1].isupper())
    full_given = int(len(toks) >= 2 and not _is_initial(toks[0]))
    return (capitalised, full_given, min(len(toks), 3), len(toks[-1]) if toks else 0, count)


def best_person_name(names: Iterable[str], count: Callable[[str], int]) -> str:
    """The most complete well-formed variant (``name_quality``), but never a full name with
    words before it, or a word of its own repeated after it, that the text writes less
    often than the full name alone: a headline's words, a mistyped title or a doubled word
    the model took in ("Presidential Election John McCain" once against "John McCain" 33
    times, "Minster Kevin Rudd", "Stephen Harper Harper" once against "Stephen Harper" 16
    times); nor one run across punctuation (``_MALFORMED``) while a well-formed variant
    exists; nor one whose last word is the name's with a derivational suffix
    (``_DERIVATIONS``: "Osama bin Ladenist" twice against "Osama bin Laden" seven times)."""
    variants = sorted(set(names))
    # a full name opens with a capitalised given name: "bin Laden" pads no "Osama bin Laden"
    full = [(b, t) for b in variants if len(t := name_tokens(b)) >= 2 and not _is_initial(t[0])
            and t[0][:1].isupper()]

    def padded(a: str) -> bool:
        words = name_tokens(a)
        return any(len(words) > len(t) and count(b) > count(a) and (
            words[-len(t):] == t or words[:len(t)] == t and set(words[len(t):]) <= set(t))
            for b, t in full)  # after it only a repeated word: "Lula" is no padding of "Luiz Inácio"
    def derived(a: str) -> bool:
        words = name_tokens(a)
        return len(words) >= 2 and any(
            len(t) == len(words) and words[:-1] == t[:-1] and count(b) > count(a) and
            any(words[-1] == t[-1] + suffix for suffix in _DERIVATIONS) for b, t in full)
    kept = [n for n in variants if not padded(n) and not derived(n) and
            not _MALFORMED.search(n)] or variants
    return max(kept, key=lambda n: name_quality(n, count(n)))


# English suffixes that make a follower's or a doctrine's noun of a surname ("Osama bin
# Ladenist", "Blairite", "Thatcherism"): a variant so written, less often than the name
# itself, names no person (its longer last word would win name_quality)
_DERIVATIONS = ("ist", "ists", "ite", "ites", "ism", "ian", "ians")


# a colon, semicolon, comma, ! or ? in a name, or a full stop after a word (not an initial's)
# with no space after it: "James Brown.:Al", a name the model ran across a speaker's label
_MALFORMED = re.compile(r"[:;,!?]|\w\w\.\S")


# --- within one document ---------------------------------------------------------------
@dataclass
class _Cluster:
    kind: str
    key: str | None
    members: list[int]
    names: Counter[str]
    notes: list[str]
    surfaces: set[str] = field(default_factory=set)  # written otherwise than its name


def stage(mentions: Sequence[Mention]) -> tuple[LocalEntity, ...]:
    """Cluster one document's mentions into local entities e0, e1, …"""
    clusters: list[_Cluster] = []
    by_key: dict[tuple[str, str], _Cluster] = {}
    persons = [i for i, m in enumerate(mentions) if m.kind == "person"]
    for i, m in enumerate(mentions):
        if m.kind == "person":
            continue
        ident = (m.kind, m.key or norm(m.name))
        cluster = by_key.get(ident)
        if cluster is None:
            cluster = _Cluster(m.kind, m.key, [], Counter(), [])
            by_key[ident] = cluster
            clusters.append(cluster)
        cluster.members.append(i)
        cluster.names[m.name] += 1
        if m.key is None and m.text != m.name and not m.source.startswith(ORGAN_SOURCE) and \
                m.source != SUB_BODY_SOURCE:
            cluster.surfaces.add(m.text)  # never an organ's bare words ("Board" of the IAEA's),
            # nor a sub-body's ("security committee" of the Russian parliament's)
    clusters.extend(_person_clusters(mentions, persons))
    clusters.sort(key=lambda c: min(c.members))
    entities = []
    for n, c in enumerate(clusters):
        best = best_person_name(c.names, c.names.__getitem__) if c.kind == "person" else \
            max(c.names, key=lambda x: (c.names[x], len(x)))
        name = best
        if c.kind != "person" and c.key is not None:
            name = mentions[c.members[0]].name
        aliases = tuple(sorted({*c.names, *c.surfaces}))  # "LCSP", "parliament" as written
        entities.append(LocalEntity(f"e{n}", c.kind, name, aliases, c.key,
                                    tuple(sorted(c.members)), merge_notes=tuple(c.notes),
                                    document_local=_institution_of_no_state(c.kind, c.key, name)))
    return tuple(entities)


def _institution_of_no_state(kind: str, key: str | None, name: str) -> bool:
    """An organisation named by a state institution's class alone ("Interior Ministry",
    "Supreme Court") where the document gave it no state: it stays this document's."""
    from .orgnames import state_institution  # local: orgnames reads the names lexicon

    return kind == "organization" and key is None and state_institution(name)


def _person_clusters(mentions: Sequence[Mention], idx: list[int]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    full = [i for i in idx if len(name_tokens(mentions[i].name)) >= 2]
    single = [i for i in idx if len(name_tokens(mentions[i].name)) == 1]
    for i in full:
        name = mentions[i].name
        home = next((c for c in clusters if any(names_compatible(name, n) for n in c.names)), None)
        if home is None:
            home = _Cluster("person", None, [], Counter(), [])
            clusters.append(home)
        elif name not in home.names:
            other = next(n for n in home.names if names_compatible(name, n))
            home.notes.append(f"'{name}' ~ '{other}': compatible given name and surname")
        home.members.append(i)
        home.names[name] += 1
    for i in single:
        name = mentions[i].name
        fits = [c for c in clusters if any(token_fits(name, n) for n in c.names
                                           if len(name_tokens(n)) >= 2)]
        if len(fits) == 1:
            home = fits[0]
            if name not in home.names:
                home.notes.append(f"'{name}' is a name part of '{home.names.most_common(1)[0][0]}'"
                                  " in the same document")
        else:
            home = next((c for c in clusters if all(len(name_tokens(n)) == 1 for n in c.names)
                         and any(translit(n) == translit(name) for n in c.names)), None)
            if home is None:
                home = _Cluster("person", None, [], Counter(), [])
                clusters.append(home)
        home.members.append(i)
        home.names[name] += 1
    return clusters


def merge_same_office(entities: Sequence[LocalEntity], claims: Sequence[Claim],
                      mentions: Sequence[Mention], text: str
                      ) -> tuple[tuple[LocalEntity, ...], tuple[Claim, ...]]:
    """Join one-word person clusters that the document shows to be one person.

    Two cases, both about names given by one word only: the same single-holder office held
    on the same date ("Secretary-General Kwame" … "the Secretary-General Kwame"
    and another one-word holder), and a given name introduced with a title next to a surname
    introduced with "Mr." when these are the only one-word people in the text
    ("Secretary-General Kwame" … "Mr. Osei said").  The joined name is "given surname".
    """
    from .knowledge import knowledge  # local: knowledge data is only needed here

    kb = knowledge()
    by_id = {e.local_id: e for e in entities}
    pairs: list[tuple[LocalEntity, LocalEntity, str]] = []
    office: dict[tuple[str, str, str | None], list[str]] = {}
    for c in claims:
        role = kb.role(c.role or "")
        if c.predicate != "holds_position" or c.qualifier or role is None or not role.single_holder:
            continue
        holders = office.setdefault((c.role or "", c.object or "", c.date), [])
        if c.subject not in holders:
            holders.append(c.subject)
    one_word = [e for e in entities if e.kind == "person"
                and all(len(name_tokens(n)) == 1 for n in e.aliases)]
    for holders in office.values():
        people = [by_id[h] for h in holders if h in by_id and by_id[h] in one_word]
        if len(people) == 2:
            pairs.append((people[0], people[1], "both named as holder of one office on one date"))
    if not pairs and len(one_word) == 2:
        titled = [e for e in one_word if _after_title(e, mentions, text)]
        holders_ = {c.subject for c in claims if c.predicate == "holds_position"}
        if len(titled) == 1:
            surname = titled[0]
            given = next(e for e in one_word if e is not surname)
            if given.local_id in holders_ and surname.local_id not in holders_:
                pairs.append((given, surname, "the only one-word names in the text: a titled "
                              "office holder and 'Mr.' with a surname"))
    rename: dict[str, str] = {}
    merged: dict[str, LocalEntity] = dict(by_id)
    for a, b, why in pairs:
        if a.local_id in rename or b.local_id in rename:
            continue
        if _after_title(a, mentions, text) and not _after_title(b, mentions, text):
            a, b = b, a
        name = f"{a.name} {b.name}"
        joined = LocalEntity(a.local_id, "person", name,
                             tuple(sorted({*a.aliases, *b.aliases, name})), None,
                             tuple(sorted({*a.mentions, *b.mentions})), a.roles,
                             (*a.merge_notes, *b.merge_notes, f"'{a.name}' and '{b.name}': {why}"))
        merged[a.local_id] = joined
        merged.pop(b.local_id, None)
        rename[b.local_id] = a.local_id
    if not rename:
        return tuple(entities), tuple(claims)
    new_claims = []
    seen = set()
    for c in claims:
        c2 = replace(c, subject=rename.get(c.subject, c.subject),
                     object=rename.get(c.object, c.object) if c.object else c.object)
        ident = (c2.predicate, c2.subject, c2.object, c2.value, c2.role, c2.qualifier, c2.date)
        if ident in seen:
            continue
        seen.add(ident)
        new_claims.append(c2)
    return tuple(merged[e.local_id] for e in entities if e.local_id in merged), tuple(new_claims)


def _after_title(e: LocalEntity, mentions: Sequence[Mention], text: str) -> bool:
    """Written after Mr./Mrs./Ms./Dr.: the name is a surname."""
    return any(re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s*$", text[max(0, mentions[i].start - 6):
                                                            mentions[i].start])
               for i in e.mentions)


# --- across documents ------------------------------------------------------------------
@dataclass(frozen=True)
class StoredPerson:
    id: str
    name: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]  # "secretary general@org:osce"


class PersonIndex(Protocol):
    def person_candidates(self, keys: Iterable[str]) -> list[StoredPerson]: ...

    def entity_exists(self, entity_id: str) -> bool: ...


def person_match_score(entity: LocalEntity, person: StoredPerson) -> float:
    """How well a document's person cluster fits a stored person; 0 means not at all."""
    local_full = [n for n in entity.aliases if len(name_tokens(n)) >= 2]
    stored_full = [n for n in person.aliases if len(name_tokens(n)) >= 2]
    shared_roles = set(entity.roles) & set(person.roles)
    if local_full and stored_full:
        if not any(names_compatible(a, b) for a in local_full for b in stored_full):
            return 0.0
        exact = any(translit(a.replace(" ", "")) == translit(b.replace(" ", ""))
                    for a in local_full for b in stored_full)
        return (2.0 if exact else 1.5) + len(shared_roles)
    singles = [n for n in entity.aliases if len(name_tokens(n)) == 1]
    if local_full and not stored_full:
        if any(token_fits(s, f) for s in person.aliases for f in local_full):
            return 1.0 + len(shared_roles)
        return 0.0
    # this document names the person by one word only
    targets = stored_full or list(person.aliases)
    if any(token_fits(s, f) if len(name_tokens(f)) >= 2 else translit(s) == translit(f)
           for s in singles for f in targets):
        return 0.5 + len(shared_roles)
    return 0.0


def resolve_person(entity: LocalEntity, candidates: Sequence[StoredPerson]
                   ) -> tuple[str | None, str]:
    """Stored person id this cluster is (or None), and why, among ``candidates``: the stored
    people sharing a blocking key (``block_keys``) of one of the cluster's names."""
    scored = []
    for person in candidates:
        s = person_match_score(entity, person)
        if s > 0:
            scored.append((s, person))
    if not scored:
        return None, "no stored person with a compatible name"
    scored.sort(key=lambda sp: (-sp[0], sp[1].id))
    best_score, best = scored[0]
    only_one_word = all(len(name_tokens(n)) == 1 for n in entity.aliases)
    if only_one_word:
        rivals = [p for s, p in scored[1:] if s >= best_score]
        if rivals or (best_score < 1.0 and len(scored) > 1):
            return None, "one-word name fits several stored people; kept apart"
    if _surname_of_another(entity, best, candidates):
        return None, "the stored one-word name is also another stored person's; kept apart"
    why = f"name compatible with '{best.name}'"
    if best_score >= 1.5 and set(entity.roles) & set(best.roles):
        why += " and same office"
    return best.id, why


def _surname_of_another(entity: LocalEntity, best: StoredPerson,
                        candidates: Iterable[StoredPerson]) -> bool:
    """A full name here fits a person stored by one word only ("Bush") that also fits another
    stored full name this one is not ("Laura Bush" here, "George W. Bush" stored): which of
    them the one word meant is not this document's call."""
    local_full = [n for n in entity.aliases if len(name_tokens(n)) >= 2]
    if not local_full or any(len(name_tokens(n)) >= 2 for n in best.aliases):
        return False
    return any(p.id != best.id and any(
        token_fits(s, f) and not any(names_compatible(f, mine) for mine in local_full)
        for s in best.aliases for f in p.aliases if len(name_tokens(f)) >= 2)
        for p in candidates)


def bridged(entity: LocalEntity, chosen: StoredPerson, others: Iterable[StoredPerson]
            ) -> list[StoredPerson]:
    """Stored people this document shows to be ``chosen`` under another name.

    A full name here that fits both a stored full name and a stored one-word name (or two
    stored full names that are themselves compatible) joins them: "Anna Kovalczyk" links
    a stored "Kovalczyk" to a stored "Anna Kowalczyk".
    """
    local_full = [n for n in entity.aliases if len(name_tokens(n)) >= 2]
    chosen_full = [n for n in chosen.aliases if len(name_tokens(n)) >= 2]
    out = []
    for other in others:
        if other.id == chosen.id:
            continue
        other_full = [n for n in other.aliases if len(name_tokens(n)) >= 2]
        if other_full:
            if any(names_compatible(a, b) for a in local_full for b in other_full) and all(
                    names_compatible(a, b) for a in other_full for b in chosen_full):
                out.append(other)
        elif local_full and all(any(token_fits(n, f) for f in local_full) for n in other.aliases):
            if set(other.roles) - set(chosen.roles) - set(entity.roles):
                continue  # the one-word person holds offices this one does not: keep apart
            rivals = [p for p in others if p.id not in (chosen.id, other.id) and any(
                token_fits(n, f) for n in other.aliases for f in p.aliases
                if len(name_tokens(f)) >= 2)]
            if rivals:
                continue  # "Ivanov" fits Sergei and Viktor Ivanov alike: not this document's call
            out.append(other)
    return out


def new_person_id(name: str, index: PersonIndex) -> str:
    base = f"person:{slug(name)}"
    candidate, n = base, 2
    while index.entity_exists(candidate):
        candidate, n = f"{base}-{n}", n + 1
    return candidate


# --- events across documents ------------------------------------------------------------
@dataclass(frozen=True)
class Report:
    """One document's account of an event, as cross-document matching sees it."""

    id: str
    date: str | None
    participants: dict[str, str]  # entity id → kind
    location: str | None


def same_event(a: Report, b: Report) -> float:
    """How surely two reports tell the same event: 0 when they cannot, else the shared share.

    Dates must be compatible at their precision (a day inside a month; two days at most one
    apart, as outlets in different time zones date one meeting differently); places must
    not differ; and the people and bodies that took part must overlap: at least two of
    them, or all of the smaller side's when it names only one together with a shared
    organization or country.
    """
    if a.date is None or b.date is None:
        return 0.0
    if len(a.date) == 10 and len(b.date) == 10:
        gap = abs((timex.bounds(timex.parse_value(a.date))[0] -
                   timex.bounds(timex.parse_value(b.date))[0]).days)
        if gap > 1:
            return 0.0
    elif len(a.date) < 7 or len(b.date) < 7 or not (
            a.date.startswith(b.date) or b.date.startswith(a.date)):
        return 0.0
    if a.location and b.location and a.location != b.location:
        return 0.0
    key_a = {e for e, k in a.participants.items() if k in ("person", "body")}
    key_b = {e for e, k in b.participants.items() if k in ("person", "body")}
    shared_key = key_a & key_b
    shared_all = set(a.participants) & set(b.participants)
    if len(shared_key) >= 2 or (len(shared_key) == 1 and min(len(key_a), len(key_b)) == 1
                                and len(shared_all) >= 2):
        return len(shared_all) / max(1, min(len(a.participants), len(b.participants)))
    return 0.0
