"""Random bytes and random text through the whole pipeline: never a crash, never a hang."""

import contextlib
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsgraph
from newsgraph.ingest.decode import DecodeError, decode_bytes
from newsgraph.model import DocumentError, RawDocument
from newsgraph.pipeline import Pipeline

PIPELINE = Pipeline()
NEWSY = st.sampled_from(["said", "\"", "“", "”", "'", "according to", "the", "Kremlin", "NATO", ",", ".", "\n\n",
                         "Gen.", "Mr.", "attacked", "Ukraine's", "President", "he", "Thursday", ":", "(", "—"])


def analyse(text: str, html: bool = False) -> None:
    raw = RawDocument(id="fuzz", source="fuzz", html=text if html else None, text=None if html else text)
    t0 = time.perf_counter()
    result = PIPELINE.process(raw)
    assert time.perf_counter() - t0 < 5
    if not isinstance(result, DocumentError):
        result.to_json()  # spans must serialise
        for q in result.quotes:
            assert 0 <= q.content.start <= q.content.end <= len(result.text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    try:
        text = decode_bytes(data)
    except DecodeError:
        return
    analyse(text)
    analyse(text, html=True)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(NEWSY, st.text(max_size=12)), max_size=200).map(" ".join))
def test_random_newsy_text(text):
    analyse(text)


def test_pathological_inputs_are_fast():
    for text in ['"' * 20000, "Gen. " * 5000, "a" * 200000, ("the Kremlin said " * 3000), "\n" * 50000,
                 "<p>" * 20000, "“" + "x " * 30000, "Moreau said the quay" + ", a quay" * 20000 + ".",
                 "“x\n" * 20000, "“" + 'a "' * 30000, "Moreau used her speech to criticize the plan and " * 3000]:
        t0 = time.perf_counter()
        with contextlib.suppress(newsgraph.ExtractionError):
            newsgraph.extract(text, verbatim=True)
        assert time.perf_counter() - t0 < 10, text[:20]
