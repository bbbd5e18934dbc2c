"""A small corpus with a hostile article, and a live server on 127.0.0.1 for browser tests."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest

import newsgraph
from newsgraph.store import Corpus
from tests.conftest import EXAMPLES
from tests.store.corpus_builder import write_corpus

HOSTILE_TEXT = ("<script>window.pwned = 1</script> The ministry said <img src=x onerror=\"window.pwned=2\"> that "
                "\"the <b>border</b> stays closed,\" a spokesman told reporters. Officials in Kestria warned "
                "Valdoria on Monday. </script><script>window.pwned = 3</script>")


@pytest.fixture(scope="session")
def corpus_path(tmp_path_factory):
    root = tmp_path_factory.mktemp("web")
    write_corpus(root / "wire.jsonl", 40)
    (root / "hostile.jsonl").write_text(json.dumps({
        "id": "hostile", "title": "<script>window.pwned=4</script>Hostile page", "url": "https://evil.example/x",
        "published": "2026-03-09T08:00:00Z", "text": HOSTILE_TEXT}) + "\n")
    db = root / "c.duckdb"
    with Corpus(db) as corpus:
        corpus.ingest(newsgraph.extract_files([str(root / "wire.jsonl"), str(root / "hostile.jsonl"),
                                               str(EXAMPLES / "kestria-border.txt")]))
    return str(db)


@pytest.fixture(scope="session")
def client(corpus_path):
    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    return TestClient(create_app(corpus_path))


@pytest.fixture(scope="session")
def server(corpus_path):
    import uvicorn

    from newsgraph.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(corpus_path), host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
