"""Ingest into the DuckDB corpus, end to end: rate, database size, memory as the corpus grows.

    python bench/ingest_store.py [--shared ../shared/data] [--db /tmp/bench.duckdb]

Ingests the PolNeAR texts (924) and the news-html pages (62) into a fresh database, with
resident memory sampled after every batch, then ingests them again (which must add nothing).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import newsgraph
from newsgraph.store import Corpus, IngestStats


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--db", default=None)
    args = ap.parse_args()
    shared = Path(args.shared)
    inputs = [str(shared / "polnear" / "train" / "text"), str(shared / "polnear" / "dev" / "text"),
              *(str(shared / "news-html" / region) for region in ("us", "uk", "ca"))]
    if not all(Path(p).exists() for p in inputs):
        sys.exit(f"development data not found under {shared}")
    db = args.db or os.path.join(tempfile.mkdtemp(), "bench.duckdb")
    samples: list[tuple[int, float]] = []

    def progress(stats: IngestStats) -> None:
        samples.append((stats.seen, round(rss_mb(), 1)))

    t0 = time.perf_counter()
    with Corpus(db) as corpus:
        stats = corpus.ingest(newsgraph.extract_files(inputs), batch_size=50, on_progress=progress)
        counts = {t: corpus.count(t) for t in ("articles", "actors", "mentions", "quotes", "events")}
    elapsed = time.perf_counter() - t0
    size = os.path.getsize(db)
    t1 = time.perf_counter()
    with Corpus(db) as corpus:
        again = corpus.ingest(newsgraph.extract_files(inputs), batch_size=50)
    report = {
        "documents": stats.seen, "stored": stats.stored, "failed": stats.failed,
        "docs_per_s": round(stats.seen / elapsed, 1),
        "db_mb": round(size / 1e6, 1), "db_mb_per_1000_articles": round(size / 1e6 / stats.stored * 1000, 1),
        "rss_mb_by_documents": samples[:: max(1, len(samples) // 8)] + samples[-1:],
        "rows": counts,
        "second_run": {"stored": again.stored, "skipped": again.skipped,
                       "seconds": round(time.perf_counter() - t1, 1)},
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
