"""The records that flow between pipeline stages and out of the store: frozen dataclasses with ``as_dict()``.

Stages never mutate a record; they return new ones (``dataclasses.replace``).  Offsets
(``start``/``end``) always index the cleaned document text that the store keeps.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


class _Record:
    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]


@dataclass(frozen=True)
class RawDocument(_Record):
    """One document as read from a source, before cleaning."""

    source_path: str  # the path as given to ingest
    source_key: str  # unique locator: the path, or path#line / path#record for containers
    text: str  # decoded content: HTML markup or plain text
    media_type: str  # "text/html" or "text/plain"
    url: str | None = None
    title: str | None = None
    published: str | None = None  # a date the source's metadata supplies, as written
    outlet: str | None = None


@dataclass(frozen=True)
class ReadFailure(_Record):
    """A source (or one record in a container) that could not be read."""

    source_path: str
    source_key: str
    code: str
    reason: str


@dataclass(frozen=True)
class CleanDocument(_Record):
    """Article text with boilerplate removed; ``text`` is what offsets refer to."""

    raw: RawDocument
    text: str
    title: str | None
    outlet: str | None
    header: tuple[str, ...]  # byline/date lines taken out of the body, kept for dating
    metadata_date: str | None  # date from HTML metadata or the container's field
    language: str


@dataclass(frozen=True)
class TimeValue(_Record):
    """A calendar value at a precision: "2017-11-02" (day), "2017-11" (month), "2017" (year)."""

    value: str
    precision: str  # day | month | year
    end: str | None = None  # last value of a span ("2011-2012" → value 2011, end 2012)

    @property
    def year(self) -> int:
        return int(self.value[:4])


@dataclass(frozen=True)
class DocDate(_Record):
    """When a document was published, how we know, and what else was considered."""

    value: str | None
    precision: str | None
    basis: str | None  # metadata | url | dateline | text | inferred
    confidence: float
    candidates: tuple[str, ...] = ()
    scores: tuple[float, ...] = ()  # one per candidate, higher is better
    note: str = ""
    written: str | None = None  # the day a byline says the text was written, days before

    @property
    def time(self) -> TimeValue | None:
        return TimeValue(self.value, self.precision or "day") if self.value else None


@dataclass(frozen=True)
class Mention(_Record):
    """A span naming a person, organization, body, country, place or role."""

    start: int
    end: int
    text: str
    kind: str  # person | organization | body | country | place
    name: str  # surface form with titles and possessives stripped
    key: str | None = None  # knowledge-data key ("org:csto", "country:RUS") when known
    sentence: int = 0
    source: str = "ner"  # ner | gazetteer | rule


@dataclass(frozen=True)
class LocalEntity(_Record):
    """A cluster of mentions in one document that name the same thing."""

    local_id: str  # "e0", "e1", … unique within the document
    kind: str
    name: str  # best name in this document
    aliases: tuple[str, ...]
    key: str | None  # knowledge key, when the thing is in the shipped knowledge data
    mentions: tuple[int, ...]  # indexes into the document's mention list
    roles: tuple[str, ...] = ()  # role titles seen with this person ("secretary general@org:csto")
    merge_notes: tuple[str, ...] = ()  # why mentions were merged, for `entities --explain`
    # joined across documents by nothing: a state's institution named by its class alone
    # ("Interior Ministry" of a text that names no state for it) is every state's
    document_local: bool = False


@dataclass(frozen=True)
class Evidence(_Record):
    """Where a claim, event or quote comes from: a document span and its sentence."""

    document: str
    start: int
    end: int
    text: str
    extractor: str = ""


@dataclass(frozen=True)
class Claim(_Record):
    """One fact stated in one document; subject/object are entity ids (local until stored)."""

    predicate: str  # holds_position | member_of | member_count | chairs | founded | located_in | part_of
    subject: str
    object: str | None = None
    value: str | None = None
    role: str | None = None
    qualifier: str | None = None
    date: str | None = None
    date_precision: str | None = None
    confidence: float = 0.5
    document: str = ""
    evidence: tuple[Evidence, ...] = ()
    extractor: str = ""
    id: str = ""


@dataclass(frozen=True)
class CodedActor(_Record):
    """One PLOVER source or target: its words, actor code (ISO3, IGO…), sector and entity."""

    role: str  # source | target
    text: str
    code: str | None = None
    sector: str | None = None
    entity: str | None = None  # local entity id in an Extraction, global id once stored


@dataclass(frozen=True)
class Event(_Record):
    """A political event (PLOVER category, CAMEO code) with its participants and evidence."""

    category: str  # PLOVER category, e.g. CONSULT
    cameo: str  # CAMEO root or full code, e.g. "04"
    actors: tuple[str, ...]
    targets: tuple[str, ...] = ()
    date: str | None = None
    date_precision: str | None = None
    location: str | None = None
    topics: tuple[str, ...] = ()
    trigger: str = ""
    document: str = ""
    evidence: tuple[Evidence, ...] = ()
    extractor: str = ""
    id: str = ""
    quad: int | None = None  # 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    coded: tuple[CodedActor, ...] = ()
    confidence: float | None = None  # confidence.py: how likely readers call it right (coded
    # events of the sentence coder; meetings are not scored)


@dataclass(frozen=True)
class Quote(_Record):
    """Words attributed to a speaker, with the span they stand in."""

    speaker: str | None
    text: str
    date: str | None = None
    document: str = ""
    evidence: tuple[Evidence, ...] = ()
    extractor: str = ""
    id: str = ""


@dataclass(frozen=True)
class Extraction(_Record):
    """Everything learned from one document, ready for the store."""

    document: CleanDocument
    doc_id: str
    date: DocDate
    mentions: tuple[Mention, ...]
    entities: tuple[LocalEntity, ...]
    claims: tuple[Claim, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    content_hash: str = ""
    extras: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
