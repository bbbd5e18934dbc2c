"""WARC and WARC.gz (Common Crawl's CC-NEWS): one document per HTML or text response record."""

from __future__ import annotations

from collections.abc import Iterator

from fastwarc.warc import ArchiveIterator, WarcRecordType

from newsgraph.ingest.decode import DecodeError, decode_bytes
from newsgraph.model import DocumentError, RawDocument

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def read_warc(path: str, *, max_bytes: int, verbatim: bool) -> Iterator[RawDocument | DocumentError]:
    with open(path, "rb") as stream:
        records = ArchiveIterator(
            stream, record_types=WarcRecordType.response | WarcRecordType.resource, parse_http=True
        )
        for n, record in enumerate(records, start=1):
            url = record.headers.get("WARC-Target-URI")
            where = f"{path}#{url or n}"
            declared = record.headers.get("Content-Length")
            if url is None or declared is None:
                yield DocumentError(where, "truncated WARC record (header incomplete)")
                continue
            content_type = (record.http_content_type or record.headers.get("Content-Type") or "").lower()
            if content_type and not content_type.startswith(_TEXT_TYPES):
                continue  # images, scripts and the like are not articles
            if record.content_length > max_bytes:
                yield DocumentError(where, f"record larger than the {max_bytes:,}-byte limit")
                continue
            body = record.reader.read()
            if len(body) < record.content_length:
                yield DocumentError(where, "truncated WARC record (body ends early)")
                continue
            try:
                text = decode_bytes(body, declared=record.http_charset)
            except DecodeError as exc:
                yield DocumentError(where, str(exc))
                continue
            if not text.strip():
                yield DocumentError(where, "empty document")
                continue
            is_plain = content_type.startswith("text/plain")
            yield RawDocument(
                id=record.record_id or where,
                source=where,
                html=None if is_plain else text,
                text=text if is_plain else None,
                url=url,
                verbatim=verbatim and is_plain,
            )
