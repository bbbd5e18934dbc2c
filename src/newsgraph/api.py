"""The Python API: one obvious call for the common case, a streaming call for many files."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

from newsgraph.ingest import DEFAULT_MAX_BYTES, read_documents
from newsgraph.ingest.sources import sniff_kind
from newsgraph.model import Doc, DocumentError, RawDocument
from newsgraph.pipeline import Pipeline


class ExtractionError(ValueError):
    """Raised by `extract` when a single document cannot be processed."""


@cache
def default_pipeline() -> Pipeline:
    return Pipeline()


def extract(
    content: str,
    *,
    html: bool | None = None,
    verbatim: bool = False,
    id: str = "doc",
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    pipeline: Pipeline | None = None,
) -> Doc:
    """Analyse one article given as a string (HTML or text); returns the analysed `Doc`.

    `html` is detected when not given. With `verbatim=True` the text is taken as clean article
    text, unchanged, so every offset indexes `content`.
    """
    is_html = (sniff_kind(content[:4096].encode("utf-8", "replace")) == "html") if html is None else html
    raw = RawDocument(
        id=id, source=id, verbatim=verbatim, title=title, url=url, published=published,
        html=content if is_html and not verbatim else None,
        text=None if is_html and not verbatim else content,
    )
    result = (pipeline or default_pipeline()).process(raw)
    if isinstance(result, DocumentError):
        raise ExtractionError(str(result))
    return result


def extract_files(
    paths: Iterable[str],
    *,
    verbatim: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 1,
    pipeline: Pipeline | None = None,
) -> Iterator[Doc | DocumentError]:
    """Analyse every document under `paths` (files, directories, '-'), streaming, in input order.

    With `workers > 1` the analysis runs in that many processes; the results and their order
    are the same as with one.
    """
    yield from _results(paths, verbatim, max_bytes, workers, pipeline, None)


def extract_json(
    paths: Iterable[str], *, verbatim: bool = False, max_bytes: int = DEFAULT_MAX_BYTES, workers: int = 1,
) -> Iterator[str | DocumentError]:
    """The same, as the contract's JSON lines (serialised in the workers)."""
    yield from _results(paths, verbatim, max_bytes, workers, None, _to_json)


def _to_json(doc: Doc) -> str:
    return doc.to_json()


def _results(paths: Iterable[str], verbatim: bool, max_bytes: int, workers: int, pipeline: Pipeline | None,
             finish: Callable[[Doc], Any] | None) -> Iterator[Any]:
    items = read_documents(paths, verbatim=verbatim, max_bytes=max_bytes)
    if workers > 1:
        from newsgraph.executor import parallel_map

        yield from parallel_map(items, workers=workers, pipeline=pipeline, finish=finish)
        return
    for result in (pipeline or default_pipeline()).pipe(items):
        yield finish(result) if finish is not None and not isinstance(result, DocumentError) else result
