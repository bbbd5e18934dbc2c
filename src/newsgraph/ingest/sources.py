"""Walk the user's paths and turn each into a stream of raw documents.

Each reader yields `RawDocument`s or `DocumentError`s; nothing here holds more than one
document (or one file of the plain kinds) in memory at a time.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from newsgraph.ingest.decode import DecodeError, decode_bytes
from newsgraph.model import DocumentError, RawDocument

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
Item = RawDocument | DocumentError

_KINDS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".warc": "warc", ".arc": "warc",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}


class TooLarge(ValueError):
    pass


def kind_of(path: str) -> str | None:
    """The reader for a path, from its name: text, html, jsonl, warc, feed or None."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _KINDS.get(os.path.splitext(name)[1])


def sniff_kind(head: bytes) -> str:
    """The reader for content whose name says nothing."""
    start = head.lstrip()[:1000].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return "feed"
    if start.startswith((b"<!doctype html", b"<html")) or b"<body" in start or b"<head" in start:
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Expand directories recursively (sorted, so runs are reproducible); keep files as given."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and kind_of(name):
                        yield os.path.join(root, name)
        else:
            yield path


def open_maybe_gzip(path: str) -> BinaryIO:
    raw = open(path, "rb")  # noqa: SIM115 - handed to the caller, who closes it
    magic = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
    if magic == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=raw)  # type: ignore[return-value]
    return raw


def read_limited(stream: BinaryIO, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge(f"larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)")
    return data


def read_documents(
    paths: Iterable[str], *, verbatim: bool = False, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Every document in `paths`, in order; '-' reads one document from standard input."""
    for path in iter_paths(paths):
        if path == "-":
            yield from _read_stdin(verbatim, max_bytes)
            continue
        if not os.path.exists(path):
            yield DocumentError(path, "no such file or directory")
            continue
        try:
            yield from _read_path(path, verbatim, max_bytes)
        except (OSError, EOFError, zlib.error) as exc:
            yield DocumentError(path, _describe_io_error(exc))


def _describe_io_error(exc: BaseException) -> str:
    if isinstance(exc, EOFError):
        return "truncated file (compressed stream ended early)"
    if isinstance(exc, gzip.BadGzipFile | zlib.error):
        return f"corrupt gzip data ({exc})"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read ({exc.__class__.__name__}: {exc})"


def _read_path(path: str, verbatim: bool, max_bytes: int) -> Iterator[Item]:
    from newsgraph.ingest.feeds import read_feed
    from newsgraph.ingest.jsonl import read_jsonl
    from newsgraph.ingest.warc import read_warc

    kind = kind_of(path)
    if kind is None:
        with open_maybe_gzip(path) as stream:
            kind = sniff_kind(stream.read(4096))
    if kind == "warc":
        yield from read_warc(path, max_bytes=max_bytes, verbatim=verbatim)
        return
    if kind == "jsonl":
        with open_maybe_gzip(path) as stream:
            yield from read_jsonl(stream, path, verbatim=verbatim, max_bytes=max_bytes)
        return
    with open_maybe_gzip(path) as stream:
        try:
            data = read_limited(stream, max_bytes)
        except TooLarge as exc:
            yield DocumentError(path, str(exc))
            return
    if kind == "feed":
        yield from read_feed(data, path, verbatim=verbatim)
        return
    yield from _single(data, path, kind, verbatim, doc_id=_path_id(path))


def _read_stdin(verbatim: bool, max_bytes: int) -> Iterator[Item]:
    stream = sys.stdin.buffer
    try:
        data = read_limited(stream, max_bytes)  # type: ignore[arg-type]
    except TooLarge as exc:
        yield DocumentError("<stdin>", str(exc))
        return
    if data[:2] == b"\x1f\x8b":
        try:
            data = read_limited(gzip.GzipFile(fileobj=io.BytesIO(data)), max_bytes)  # type: ignore[arg-type]
        except (OSError, EOFError, zlib.error, TooLarge) as exc:
            yield DocumentError("<stdin>", _describe_io_error(exc) if not isinstance(exc, TooLarge) else str(exc))
            return
    yield from _single(data, "<stdin>", sniff_kind(data[:4096]), verbatim, doc_id="stdin")


def _single(data: bytes, source: str, kind: str, verbatim: bool, doc_id: str) -> Iterator[Item]:
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        yield DocumentError(source, str(exc))
        return
    if not text.strip():
        yield DocumentError(source, "empty document")
        return
    if kind == "html" and not verbatim:
        yield RawDocument(id=doc_id, source=source, html=text)
    else:
        yield RawDocument(id=doc_id, source=source, text=text, verbatim=verbatim)


def _path_id(path: str) -> str:
    """A stable id for a file: its path as the user gave it, without compression suffix."""
    p = Path(path).as_posix()
    return p[:-3] if p.endswith(".gz") else p
