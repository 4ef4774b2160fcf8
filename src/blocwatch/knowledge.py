"""Shipped knowledge: organizations and their bodies, countries, places, role titles, topics.

Loads the package data files once and exposes lookups (alias → key), spaCy entity-ruler
patterns and role/topic lexicons.  Nothing here knows about people: every fact about a
person comes from the text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import pycountry

_DATA = "data"


def load_json(name: str) -> Any:
    return json.loads(resources.files("blocwatch").joinpath(f"{_DATA}/{name}").read_text("utf-8"))


@cache
def position_patterns() -> dict[str, Any]:
    """facts/position_patterns.json: the position rules' words, read also by facts.titles and
    names, which facts.positions imports (here they import it at the top, with no cycle)."""
    text = resources.files("blocwatch").joinpath("facts/position_patterns.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def named_lists(node: Any, lists: dict[str, Any]) -> Any:
    """DependencyMatcher patterns with each "$name" of an IN or NOT_IN list replaced by the
    word list ``lists[name]`` beside them, so that a list is written once in its data file
    (plover.json's senses, meeting_patterns.json)."""
    if isinstance(node, dict):
        return {k: [w for x in v for w in (lists[x[1:]] if x.startswith("$") else [x])]
                if k in ("IN", "NOT_IN") else named_lists(v, lists) for k, v in node.items()}
    if isinstance(node, list):
        return [named_lists(x, lists) for x in node]
    return node


def fold(text: str) -> str:
    """ASCII-fold: "Sinirlioğlu" → "Sinirliog lu" without marks, "ё" kept for Cyrillic."""
    if text.isascii():  # NFKD leaves ASCII as it is: nothing to fold (most names)
        return text
    out = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch):
            continue
        out.append({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss"}.get(ch, ch))
    return "".join(out)


@lru_cache(maxsize=65536)
def norm(name: str) -> str:
    """Comparison form of a name: folded, lower-case, no dots/hyphens/apostrophes, no "the"."""
    text = fold(name).lower()
    text = re.sub(r"[’'`´]s\b", "", text)
    text = re.sub(r"[.\-‐–—’'`´,]", " ", text)
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-") or "x"


@dataclass(frozen=True)
class Subdivision:
    """A province, state or region of ISO 3166-2 (pycountry) with its folded name."""
    name: str
    key: str
    country: str  # the ISO 3166-1 alpha-2 code of its state
    type: str
    first_level: bool


@cache
def subdivisions() -> tuple[Subdivision, ...]:
    """The world's subdivisions in pycountry's order, read and folded once for every stage
    that asks (mentions, organization names, positions)."""
    return tuple(Subdivision(s.name, norm(s.name), s.country_code, s.type, s.parent_code is None)
                 for s in pycountry.subdivisions)


@cache
def subdivisions_by_name(first_level: bool = False) -> dict[str, Subdivision]:
    """The subdivisions by folded name (``first_level``: only those with no parent); of two
    that share a name ("Punjab" of India and of Pakistan) the later in pycountry's order."""
    return {s.key: s for s in subdivisions() if s.first_level or not first_level}


@dataclass(frozen=True)
class KnownEntity:
    """An organization, body, country or place from the shipped data."""

    key: str
    kind: str  # organization | body | country | place
    name: str
    aliases: tuple[str, ...]
    wikidata: str | None = None
    parent: str | None = None  # bodies: their organization's key
    country: str | None = None  # places: their country's key
    abbreviations: tuple[str, ...] = ()
    generic: bool = False  # bodies whose bare name needs an organization from context
    base_name: str = ""  # bodies: the name without the organization ("Permanent Council")


@dataclass(frozen=True)
class Role:
    name: str
    variants: tuple[str, ...]
    single_holder: bool
    held_in: str  # org | country | any


@dataclass
class Knowledge:
    entities: dict[str, KnownEntity] = field(default_factory=dict)
    alias_index: dict[str, set[str]] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # norm(demonym) → country key
    generic_bodies: dict[str, dict[str, str]] = field(default_factory=dict)  # norm → org → body
    roles: list[Role] = field(default_factory=list)
    role_index: dict[str, Role] = field(default_factory=dict)  # norm(variant) → role
    topics: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def add_alias(self, alias: str, key: str) -> None:
        if alias.strip():
            self.alias_index.setdefault(norm(alias), set()).add(key)

    def lookup(self, name: str, kinds: tuple[str, ...] | None = None) -> list[KnownEntity]:
        """Known entities whose name or alias equals ``name`` (normalized)."""
        keys = self.alias_index.get(norm(name), set())
        found = [self.entities[k] for k in sorted(keys)]
        return [e for e in found if kinds is None or e.kind in kinds]

    def role(self, text: str) -> Role | None:
        return self.role_index.get(norm(text))

    def country_of_demonym(self, text: str) -> str | None:
        return self.demonyms.get(norm(text))


def _countries(kb: Knowledge) -> None:
    extra = load_json("countries.json")
    table: dict[str, dict[str, Any]] = extra.get("countries", {})
    for c in pycountry.countries:
        info = table.get(c.alpha_3, {})
        key = f"country:{c.alpha_3}"
        name = info.get("name") or getattr(c, "common_name", None) or c.name
        aliases = {c.name, name, *info.get("aliases", [])}
        for attr in ("official_name", "common_name"):
            if getattr(c, attr, None):
                aliases.add(getattr(c, attr))
        entity = KnownEntity(key, "country", name, tuple(sorted(aliases)), info.get("wikidata"))
        kb.entities[key] = entity
        for alias in aliases:
            kb.add_alias(alias, key)
        for demonym in info.get("demonyms", []):
            kb.demonyms[norm(demonym)] = key
    for code, info in extra.get("historic", {}).items():
        key = f"country:{code}"
        aliases = {info["name"], *info.get("aliases", [])}
        kb.entities[key] = KnownEntity(key, "country", info["name"], tuple(sorted(aliases)),
                                       info.get("wikidata"))
        for alias in aliases:
            kb.add_alias(alias, key)
        for demonym in info.get("demonyms", []):
            kb.demonyms[norm(demonym)] = key
    for demonym, code in extra.get("shared_demonyms", {}).get("readings", {}).items():
        kb.demonyms.setdefault(norm(demonym), f"country:{code}")


def _places(kb: Knowledge) -> None:
    for place in load_json("places.json").get("places", []):
        key = f"place:{slug(place['name'])}"
        country = f"country:{place['country']}" if place.get("country") else None
        aliases = {place["name"], *place.get("aliases", [])}
        kb.entities[key] = KnownEntity(key, "place", place["name"], tuple(sorted(aliases)),
                                       place.get("wikidata"), country=country)
        for alias in aliases:
            kb.add_alias(alias, key)


def _organizations(kb: Knowledge) -> None:
    orgs = load_json("organizations.json")["organizations"]
    body_names: dict[str, list[str]] = {}
    for org in orgs:
        for body in org.get("bodies", []):
            body_names.setdefault(norm(body["name"]), []).append(org["key"])
    for org in orgs:
        aliases = {org["name"], *org["abbreviations"], *org["aliases"], *org.get("russian", [])}
        kb.entities[org["key"]] = KnownEntity(
            org["key"], "organization", org["name"], tuple(sorted(aliases)), org.get("wikidata"),
            abbreviations=tuple(org["abbreviations"]))
        for alias in aliases:
            kb.add_alias(alias, org["key"])
        short = org["abbreviations"][0] if org["abbreviations"] else org["name"]
        for body in org.get("bodies", []):
            full = body["name"] if body["name"].lower().startswith(
                tuple(a.lower() for a in [short, org["name"], "european", "african", "asean",
                                          "nato", "eurasian", "supreme"])) else f"{short} {body['name']}"
            generic = len(body_names[norm(body["name"])]) > 1 or len(body["name"].split()) < 2
            body_aliases = {full, *body["aliases"], *body.get("russian", []),
                            *[a for a in body["abbreviations"] if len(a) >= 3]}
            prefixed = {f"{p} {body['name']}" for p in [org["name"], *org["abbreviations"]]}
            prefixed |= {f"{body['name']} of the {p}" for p in [org["name"], *org["abbreviations"]]}
            if not generic:
                body_aliases.add(body["name"])
            body_aliases |= prefixed
            kb.entities[body["key"]] = KnownEntity(
                body["key"], "body", full, tuple(sorted(body_aliases)), body.get("wikidata"),
                parent=org["key"], abbreviations=tuple(body["abbreviations"]), generic=generic,
                base_name=body["name"])
            for alias in body_aliases:
                kb.add_alias(alias, body["key"])
            kb.generic_bodies.setdefault(norm(body["name"]), {})[org["key"]] = body["key"]
            for alias in body["aliases"]:
                kb.generic_bodies.setdefault(norm(alias), {})[org["key"]] = body["key"]


def _roles(kb: Knowledge) -> None:
    for r in load_json("roles.json")["roles"]:
        role = Role(r["name"], tuple(r["variants"]), r["single_holder"], r["held_in"])
        kb.roles.append(role)
        for v in (role.name, *role.variants):
            kb.role_index.setdefault(norm(v), role)


@cache
def knowledge() -> Knowledge:
    """The shipped knowledge, loaded once per process."""
    kb = Knowledge()
    _countries(kb)
    _places(kb)
    _organizations(kb)
    _roles(kb)
    kb.topics = {t: tuple(p) for t, p in load_json("topics.json")["topics"].items()}
    return kb


def canonical_role(text: str) -> str:
    """Canonical role name for a title as written ("Minister of Foreign Affairs" → "Foreign Minister")."""
    words = norm(text).split()
    qualifier = {"acting", "former", "interim", "outgoing", "incoming", "new", "then"}
    while words and words[0] in qualifier:
        words = words[1:]
    role = knowledge().role(" ".join(words))
    if role:
        return role.name
    return " ".join(w.capitalize() if w not in ("of", "the", "for", "and", "in") else w
                    for w in words)
