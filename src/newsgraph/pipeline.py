"""The pipeline: small components, each adding one layer to a `Doc`, applied in a stream.

A component is any callable `Doc -> Doc`. A failure inside one document becomes a
`DocumentError` naming it; the stream goes on with the next document.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence

from newsgraph.clean import EmptyArticle, build_doc
from newsgraph.model import Doc, DocumentError, RawDocument

Component = Callable[[Doc], Doc]


def default_components() -> list[tuple[str, Component]]:
    from newsgraph.text.segment import segment

    components: list[tuple[str, Component]] = [("segment", segment)]
    for name, loader in _ANALYSIS_STAGES:
        components.append((name, loader()))
    return components


def _actors() -> Component:
    from newsgraph.actors import annotate_actors

    return annotate_actors


def _quotes() -> Component:
    from newsgraph.quotes import annotate_quotes

    return annotate_quotes


def _events() -> Component:
    from newsgraph.events import annotate_events

    return annotate_events


_ANALYSIS_STAGES: list[tuple[str, Callable[[], Component]]] = [
    ("actors", _actors),
    ("quotes", _quotes),
    ("events", _events),
]


class Pipeline:
    def __init__(self, components: Sequence[tuple[str, Component]] | None = None) -> None:
        self.components = list(components) if components is not None else default_components()

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.components]

    def __call__(self, doc: Doc) -> Doc:
        for name, component in self.components:
            t0 = time.perf_counter()
            doc = component(doc)
            doc.timings[name] = doc.timings.get(name, 0.0) + time.perf_counter() - t0
        doc.cache.clear()
        return doc

    def process(self, item: RawDocument | DocumentError) -> Doc | DocumentError:
        """One raw document to an analysed `Doc`, or the error that stopped it."""
        if isinstance(item, DocumentError):
            return item
        t0 = time.perf_counter()
        try:
            doc = build_doc(item)
        except EmptyArticle as exc:
            return DocumentError(item.source, str(exc))
        except Exception as exc:  # a broken page must not stop the batch
            return DocumentError(item.source, f"extraction failed ({exc.__class__.__name__}: {exc})")
        doc.timings["extract"] = time.perf_counter() - t0
        try:
            return self(doc)
        except Exception as exc:
            return DocumentError(item.source, f"analysis failed ({exc.__class__.__name__}: {exc})")

    def pipe(self, items: Iterable[RawDocument | DocumentError]) -> Iterator[Doc | DocumentError]:
        for item in items:
            yield self.process(item)
