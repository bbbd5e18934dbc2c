"""The document model: one `Doc` flows through the pipeline and each stage adds its layer.

Every span is a pair of code-point offsets into `Article.text` (end exclusive). Serialisation
follows the outside contract (`to_dict`), and is deterministic: same input, same bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

ActorKind = Literal["person", "organization", "country", "group", "other"]
QuoteKind = Literal["direct", "indirect", "mixed", "partial", "according_to", "scare"]
Modality = Literal[
    "asserted", "requested", "intended", "considered", "threatened", "denied", "hypothetical", "reported"
]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def to_dict(self, source: str) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": source[self.start : self.end]}

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start

    def __reduce__(self) -> tuple[type[Span], tuple[int, int]]:
        # compiled with mypyc, a frozen dataclass cannot be unpickled attribute by attribute; the
        # parallel engine sends spans between processes
        return Span, (self.start, self.end)


@dataclass(slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = "en"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published,
            "site": self.site,
            "url": self.url,
            "language": self.language,
            "text": self.text,
        }


@dataclass(slots=True)
class Mention:
    """One place in the text that refers to an actor, and how it was recognised."""

    span: Span
    rule: str
    kind: str = "name"  # name | title | description | pronoun | demonym | metonym


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    rule: str = ""
    gender: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "mentions": [m.span.to_dict(text) for m in sorted(self.mentions, key=lambda m: m.span)],
            "mention_rules": [m.rule for m in sorted(self.mentions, key=lambda m: m.span)],
            "rule": self.rule,
        }


@dataclass(slots=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    span: Span
    rule: str = ""

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "mention": self.span.to_dict(text),
        }


@dataclass(slots=True)
class Quote:
    id: str
    kind: QuoteKind
    content: Span
    rule: str
    cue: Span | None = None
    speaker: Span | None = None
    speaker_actor: str | None = None
    speaker_name: str | None = None
    speaker_type: str | None = None  # named_person | named_organization | anonymous | document | author | unresolved
    reported_by: str | None = None
    confidence: float = 0.5

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "content": self.content.to_dict(text),
            "cue": self.cue.to_dict(text) if self.cue else None,
            "speaker": self.speaker.to_dict(text) if self.speaker else None,
            "speaker_actor": self.speaker_actor,
            "speaker_name": self.speaker_name,
            "speaker_type": self.speaker_type,
            "reported_by": self.reported_by,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }


@dataclass(slots=True)
class Participant:
    actor: str | None
    code: str | None
    mention: Span

    def to_dict(self, text: str) -> dict[str, Any]:
        return {"actor": self.actor, "code": self.code, "mention": self.mention.to_dict(text)}


@dataclass(slots=True)
class Event:
    id: str
    type: str
    trigger: Span
    sentence: Span
    rule: str
    mode: str | None = None
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    source: Participant | None = None
    target: Participant | None = None
    modality: Modality = "asserted"
    negated: bool = False
    date: str | None = None
    date_text: Span | None = None
    date_rule: str | None = None
    location: Place | None = None
    attributed_to: str | None = None
    confidence: float = 0.5

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "source": self.source.to_dict(text) if self.source else None,
            "target": self.target.to_dict(text) if self.target else None,
            "trigger": self.trigger.to_dict(text),
            "sentence": self.sentence.to_dict(text),
            "modality": self.modality,
            "negated": self.negated,
            "date": self.date,
            "date_text": self.date_text.to_dict(text) if self.date_text else None,
            "date_rule": self.date_rule,
            "location": self.location.to_dict(text) if self.location else None,
            "attributed_to": self.attributed_to,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }


@dataclass(slots=True)
class Doc:
    """The unit of work: an article plus every layer the pipeline adds to it."""

    article: Article
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    source: str = ""  # where the document came from: path, path:line, WARC record
    timings: dict[str, float] = field(default_factory=dict)
    # scratch space for components (token lists, mention index); never serialised
    cache: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    def sourcing_profile(self) -> dict[str, Any]:
        from newsgraph.quotes.profile import sourcing_profile

        return sourcing_profile(self)

    def to_dict(self) -> dict[str, Any]:
        text = self.article.text
        return {
            "article": self.article.to_dict(),
            "actors": [a.to_dict(text) for a in self.actors],
            "places": [p.to_dict(text) for p in self.places],
            "quotes": [q.to_dict(text) for q in self.quotes],
            "events": [e.to_dict(text) for e in self.events],
            "sourcing": self.sourcing_profile(),
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, sort_keys=False)


@dataclass(slots=True)
class RawDocument:
    """A document as read from its source, before cleaning."""

    id: str
    source: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    verbatim: bool = False


@dataclass(slots=True)
class DocumentError:
    """A document that could not be processed; the batch goes on without it."""

    document: str
    reason: str

    def __str__(self) -> str:
        return f"{self.document}: {self.reason}"
