"""From an analysed `Doc` to the rows of the corpus tables."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from newsgraph.model import Actor, Doc

_TRACKING = re.compile(r"^(utm_|fbclid|gclid|mc_|ref$|cmpid)")


def normalise_url(url: str | None) -> str | None:
    """Scheme, host and path without tracking parameters or fragments ("same URL" test)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    query = "&".join(p for p in parts.query.split("&") if p and not _TRACKING.match(p.split("=")[0]))
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", host, path, query, ""))


def text_hash(text: str) -> str:
    return hashlib.sha1(" ".join(text.lower().split()).encode("utf-8")).hexdigest()


def article_id(doc: Doc) -> str:
    url = normalise_url(doc.article.url)
    key = f"url:{url}" if url else f"text:{text_hash(doc.text)}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def actor_key(actor: Actor) -> str:
    """Corpus-wide identity: people by normalised name; countries by code; others by name and kind."""
    if actor.kind == "country" and actor.country and actor.code == actor.country:
        return f"country:{actor.country}"
    name = re.sub(r"[^a-z0-9 ]", "", actor.name.lower())
    name = re.sub(r"\b(the|jr|sr)\b", "", name)
    name = " ".join(name.split())
    if actor.kind in ("group", "other") or actor.rule.startswith("description"):
        return f"{actor.kind}:{actor.code or ''}:{name}"
    return f"{actor.kind}:{name}"


def doc_rows(doc: Doc, aid: str) -> dict[str, list[tuple[Any, ...]]]:
    text = doc.text
    a = doc.article
    keys = {actor.id: actor_key(actor) for actor in doc.actors}
    analysis = doc.to_dict()
    rows: dict[str, list[tuple[Any, ...]]] = {
        "articles": [(
            aid, a.id, doc.source, a.url, a.title, a.authors, _timestamp(a.published), a.published, a.site,
            a.language, text, text_hash(text), None, None, len(doc.actors), len(doc.quotes), len(doc.events),
            json.dumps(analysis["sourcing"]), json.dumps(analysis, ensure_ascii=False),
        )],
        "actors": [], "actor_aliases": [], "mentions": [], "quotes": [], "events": [],
    }
    for actor in doc.actors:
        key = keys[actor.id]
        rows["actors"].append((key, actor.name, actor.kind, actor.code, actor.country, actor.sector))
        aliases = {text[m.span.start : m.span.end] for m in actor.mentions if m.kind == "name"}
        rows["actor_aliases"].extend((key, alias) for alias in sorted(aliases))
        for m in actor.mentions:
            rows["mentions"].append((aid, actor.id, key, m.span.start, m.span.end, text[m.span.start : m.span.end],
                                     m.rule))
    for q in doc.quotes:
        rows["quotes"].append((
            aid, q.id, q.kind, text[q.content.start : q.content.end], q.content.start, q.content.end,
            q.cue.text(text) if q.cue else None, q.speaker.text(text) if q.speaker else None,
            keys.get(q.speaker_actor or ""), q.speaker_name, q.speaker_type, q.reported_by, q.confidence, q.rule,
        ))
    for e in doc.events:
        rows["events"].append((
            aid, e.id, e.type, e.mode, e.cameo, e.goldstein, e.quad_class,
            keys.get(e.source.actor or "") if e.source else None, e.source.code if e.source else None,
            e.source.mention.text(text) if e.source else None,
            keys.get(e.target.actor or "") if e.target else None, e.target.code if e.target else None,
            e.target.mention.text(text) if e.target else None,
            e.trigger.text(text), e.sentence.text(text), e.modality, e.negated, e.date,
            _day(e.date), e.date_text.text(text) if e.date_text else None,
            e.location.name if e.location else None, e.location.country if e.location else None,
            e.location.lat if e.location else None, e.location.lon if e.location else None,
            e.attributed_to, e.confidence, e.rule,
        ))
    return rows


def _timestamp(value: str | None) -> str | None:
    """ISO text to a naive UTC timestamp string DuckDB accepts (None when unparseable)."""
    if not value:
        return None
    from datetime import datetime

    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt.isoformat(sep=" ")


def _day(value: str | None) -> str | None:
    """A full date, or the first day of a month; years alone are too coarse for a day."""
    if not value:
        return None
    if len(value) == 10:
        return value
    if len(value) == 7:
        return value + "-01"
    return None
