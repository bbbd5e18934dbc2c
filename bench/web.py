"""Time to serve pages and API calls over a corpus of 10,000 articles.

    python bench/web.py [--articles 10000] [--db /tmp/newsgraph-web-bench.duckdb]

Builds the corpus once from generated wire stories (fictional, varied; reused when the file
exists), serves it with uvicorn on 127.0.0.1 and requests an article page, the timeline page
with its data, the actor network and a filtered event query, reporting median and 95th
percentile latency over repeated requests.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.store.corpus_builder import write_corpus

import newsgraph
from newsgraph.store import Corpus


def build(db: str, n: int) -> None:
    if os.path.exists(db):
        return
    src = os.path.join(tempfile.mkdtemp(), "wire.jsonl")
    write_corpus(src, n, seed=2026)
    with Corpus(db) as corpus:
        corpus.ingest(newsgraph.extract_files([src], workers=os.cpu_count() or 1), batch_size=500)


def timed(url: str, repeat: int) -> dict[str, float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        with urllib.request.urlopen(url) as r:
            r.read()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"median_ms": round(statistics.median(times), 1), "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--db", default=os.path.join(tempfile.gettempdir(), "newsgraph-web-bench.duckdb"))
    ap.add_argument("--repeat", type=int, default=40)
    args = ap.parse_args()
    t0 = time.perf_counter()
    build(args.db, args.articles)
    built = time.perf_counter() - t0

    import uvicorn

    from newsgraph.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port, log_level="error"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    with Corpus(args.db, read_only=True) as corpus:
        n = corpus.count("articles")
        ids = [a["article_id"] for a in corpus.articles(limit=2000)]
    rng = random.Random(1)
    pages = [f"{base}/article/{rng.choice(ids)}" for _ in range(args.repeat)]
    article_times = []
    for url in pages:
        t = time.perf_counter()
        with urllib.request.urlopen(url) as r:
            r.read()
        article_times.append((time.perf_counter() - t) * 1000)
    article_times.sort()
    report = {
        "articles": n, "build_s": round(built, 1),
        "article_page": {"median_ms": round(statistics.median(article_times), 1),
                         "p95_ms": round(article_times[int(0.95 * (len(article_times) - 1))], 1)},
        "timeline_page": timed(f"{base}/timeline?actor=Ukraine&by=week", args.repeat),
        "timeline_api_ukraine_by_week": timed(f"{base}/api/timeline?actor=Ukraine&by=week", args.repeat),
        "timeline_api_dyad_by_day": timed(f"{base}/api/timeline?actor=Russia&target=Ukraine&by=day", args.repeat),
        "network_api": timed(f"{base}/api/network", args.repeat),
        "events_api_filtered": timed(f"{base}/api/events?actor=Poland&type=ACCUSE&limit=50", args.repeat),
        "articles_search_page": timed(f"{base}/?q=ceasefire", args.repeat),
    }
    server.should_exit = True
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
