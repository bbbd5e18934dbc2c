"""Run the pipeline on several local processes; results come back in input order.

Input is read lazily in the parent and handed to workers in small chunks through a bounded
window, so memory stays flat however large the corpus is.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from newsgraph.model import Doc, DocumentError, RawDocument
from newsgraph.pipeline import Pipeline

_worker_pipeline: Pipeline | None = None


def _init(pipeline: Pipeline | None) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline or Pipeline()


def _run(chunk: list[RawDocument | DocumentError]) -> list[Doc | DocumentError]:
    assert _worker_pipeline is not None
    return [_worker_pipeline.process(item) for item in chunk]


def parallel_map(
    items: Iterable[RawDocument | DocumentError],
    *,
    workers: int,
    pipeline: Pipeline | None = None,
    chunk_size: int = 8,
) -> Iterator[Doc | DocumentError]:
    window = workers * 4
    iterator = iter(items)
    context = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init, initargs=(pipeline,)) as pool:
        pending: deque[Future[list[Doc | DocumentError]]] = deque()
        while True:
            while len(pending) < window:
                chunk = list(islice(iterator, chunk_size))
                if not chunk:
                    break
                pending.append(pool.submit(_run, chunk))
            if not pending:
                return
            yield from pending.popleft().result()
