"""JSON Lines: one document per line, with `text` or `html` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from newsgraph.ingest.decode import DecodeError, decode_bytes
from newsgraph.model import DocumentError, RawDocument

_AUTHOR_KEYS = ("authors", "author", "byline")


def read_jsonl(
    stream: BinaryIO, path: str, *, verbatim: bool, max_bytes: int
) -> Iterator[RawDocument | DocumentError]:
    for lineno, line in enumerate(_lines(stream, max_bytes), start=1):
        where = f"{path}:{lineno}"
        if isinstance(line, DocumentError):
            yield DocumentError(where, line.reason)
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(decode_bytes(line))
        except (DecodeError, ValueError) as exc:
            yield DocumentError(where, f"not valid JSON ({str(exc).splitlines()[0][:120]})")
            continue
        if not isinstance(obj, dict):
            yield DocumentError(where, "line is not a JSON object")
            continue
        text, html = obj.get("text"), obj.get("html")
        if not isinstance(text, str) and not isinstance(html, str):
            yield DocumentError(where, "no 'text' or 'html' field")
            continue
        if not (text or html or "").strip():
            yield DocumentError(where, "empty document")
            continue
        doc_id = obj.get("id")
        yield RawDocument(
            id=str(doc_id) if doc_id is not None else where,
            source=where,
            text=text if isinstance(text, str) else None,
            html=html if isinstance(html, str) and not isinstance(text, str) else None,
            title=_str(obj.get("title")),
            url=_str(obj.get("url")),
            published=_str(obj.get("published") or obj.get("date")),
            authors=_authors(obj),
            site=_str(obj.get("site")),
            verbatim=verbatim,
        )


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | DocumentError]:
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes:
            # skip the rest of this oversized line without holding it
            while line and not line.endswith(b"\n"):
                line = stream.readline(max_bytes)
            yield DocumentError("", f"line larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)")
            continue
        yield line


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _authors(obj: dict) -> list[str]:
    for key in _AUTHOR_KEYS:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return [value.strip()]
        if isinstance(value, list):
            return [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return []
