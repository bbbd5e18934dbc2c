"""Run the pipeline on several local processes; results come back in input order.

Input is read lazily in the parent and handed to workers in small chunks through a bounded
window, so memory stays flat however large the corpus is.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from newsgraph.model import Doc, DocumentError, RawDocument
from newsgraph.pipeline import Pipeline
from newsgraph.runtime import tune_for_batch

_worker_pipeline: Pipeline | None = None
_worker_finish: Callable[[Doc], Any] | None = None


def _init(pipeline: Pipeline | None, finish: Callable[[Doc], Any] | None) -> None:
    global _worker_pipeline, _worker_finish
    tune_for_batch()
    _worker_pipeline = pipeline or Pipeline()
    _worker_finish = finish


def _run(chunk: list[RawDocument | DocumentError]) -> list[Any]:
    assert _worker_pipeline is not None
    out = []
    for item in chunk:
        result = _worker_pipeline.process(item)
        if _worker_finish is not None and not isinstance(result, DocumentError):
            result = _worker_finish(result)  # e.g. serialise in the worker, not in the parent
        out.append(result)
    return out


def parallel_map(
    items: Iterable[RawDocument | DocumentError],
    *,
    workers: int,
    pipeline: Pipeline | None = None,
    chunk_size: int = 8,
    finish: Callable[[Doc], Any] | None = None,
) -> Iterator[Any]:
    """Results in input order: `Doc`s (or `finish(doc)`, computed in the worker) and errors."""
    window = workers * 4
    iterator = iter(items)
    with ProcessPoolExecutor(workers, mp_context=mp.get_context(), initializer=_init,
                             initargs=(pipeline, finish)) as pool:
        pending: deque[Future[list[Any]]] = deque()
        while True:
            while len(pending) < window:
                chunk = list(islice(iterator, chunk_size))
                if not chunk:
                    break
                pending.append(pool.submit(_run, chunk))
            if not pending:
                return
            yield from pending.popleft().result()
