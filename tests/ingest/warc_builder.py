"""Build small WARC files for tests (WARC/1.0 response records, optionally gzipped per record)."""

from __future__ import annotations

import gzip
import uuid


def response_record(url: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type.encode() + b"\r\n\r\n" + body
    rid = uuid.uuid5(uuid.NAMESPACE_URL, url)
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2026-01-01T00:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{rid}>\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def warc(records: list[bytes], compress: bool) -> bytes:
    if not compress:
        return b"".join(records)
    return b"".join(gzip.compress(r) for r in records)
