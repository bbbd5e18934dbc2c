"""RSS and Atom feed files: one document per entry, with its link, title, date and text."""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser

from newsgraph.model import DocumentError, RawDocument


def read_feed(data: bytes, path: str, *, verbatim: bool) -> Iterator[RawDocument | DocumentError]:
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = "no feed entries"
        if feed.bozo:
            reason += f" (malformed feed: {str(feed.get('bozo_exception', ''))[:100]})"
        yield DocumentError(path, reason)
        return
    site = feed.feed.get("title") if hasattr(feed, "feed") else None
    for n, entry in enumerate(feed.entries, start=1):
        link = entry.get("link")
        where = f"{path}#{n}"
        body = _entry_body(entry)
        if not body.strip():
            body = entry.get("title", "")
        if not body.strip():
            yield DocumentError(where, "feed entry has no text")
            continue
        authors = [a.get("name", "").strip() for a in entry.get("authors", []) if a.get("name")]
        yield RawDocument(
            id=entry.get("id") or link or where,
            source=where,
            html=body if not verbatim else None,
            text=body if verbatim else None,
            title=entry.get("title"),
            url=link,
            published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            authors=authors,
            site=site,
            verbatim=verbatim,
        )


def _entry_body(entry: dict) -> str:
    contents = entry.get("content") or []
    if contents:
        return max((c.get("value", "") for c in contents), key=len)
    return entry.get("summary", "") or ""


def _iso(struct: time.struct_time | None) -> str | None:
    if not struct:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", struct)
