"""Throughput on one core: ingest (text, HTML) and the analysis stages, in documents per second.

    python bench/throughput.py [--shared ../shared/data] [--repeat 3]

Reads the development data in ../shared (never copied into the repository). Prints a JSON
report; the README quotes it. Timings are wall-clock on one process, with the garbage
collector set as the command line and the engine's workers set it (`runtime.tune_for_batch`);
the analysis is also timed first with the interpreter's defaults, as a library user gets it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import resource
import sys
import time
from collections import Counter
from pathlib import Path

from newsgraph.clean import build_doc
from newsgraph.model import RawDocument
from newsgraph.pipeline import Pipeline
from newsgraph.runtime import tune_for_batch


def best_of(repeat: int, fn) -> float:
    return min(fn() for _ in range(repeat))


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    shared = Path(args.shared)
    polnear = sorted((shared / "polnear").glob("*/text/*.txt"))
    pages = sorted((shared / "news-html").glob("*/*.html.gz"))
    seed = shared / "seed" / "000_df0ead85eb823479.txt"
    if not polnear or not pages:
        sys.exit(f"development data not found under {shared}")

    texts = [p.read_text(encoding="utf-8") for p in polnear]
    htmls = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in pages]
    scrape = seed.read_text(encoding="utf-8")
    pipeline = Pipeline()
    pipeline.process(RawDocument(id="warm", source="warm", text=scrape))  # load lexicons once

    def ingest_text() -> None:
        for _ in range(200):
            build_doc(RawDocument(id="s", source="s", text=scrape))

    def ingest_html() -> None:
        for h in htmls:
            build_doc(RawDocument(id="h", source="h", html=h))

    stages: Counter[str] = Counter()

    def analyse() -> None:
        stages.clear()
        for t in texts:
            doc = pipeline.process(RawDocument(id="p", source="p", text=t, verbatim=True))
            stages.update(doc.timings)

    html_stages: Counter[str] = Counter()

    def html_to_events() -> None:
        from newsgraph.store.rows import article_id, doc_rows

        html_stages.clear()
        for h in htmls:
            doc = pipeline.process(RawDocument(id="h", source="h", html=h))
            html_stages.update(doc.timings)
            t0 = time.perf_counter()
            doc.to_json()
            doc_rows(doc, article_id(doc))  # what an engine writes: the JSON line and the table rows
            html_stages["writing"] += time.perf_counter() - t0

    t_analysis_default_gc = best_of(args.repeat, lambda: timed(analyse))
    tune_for_batch()  # as the command line and the engine's workers do; everything below runs so
    t_text = best_of(args.repeat, lambda: timed(ingest_text))
    t_html = best_of(args.repeat, lambda: timed(ingest_html))
    t_analysis = best_of(args.repeat, lambda: timed(analyse))
    t_full = best_of(args.repeat, lambda: timed(html_to_events))
    analysis_stages = {k: v for k, v in stages.items() if k != "extract"}
    report = {
        "machine": f"{platform.processor() or platform.machine()}, Python {platform.python_version()}",
        "ingest_text_scrape_docs_per_s": round(200 / t_text, 1),
        "ingest_html_docs_per_s": round(len(htmls) / t_html, 1),
        "analysis_docs_per_s": round(len(texts) / t_analysis, 1),
        "analysis_docs_per_s_library_default_gc": round(len(texts) / t_analysis_default_gc, 1),
        "analysis_ms_per_doc": {k: round(v / len(texts) * 1000, 2) for k, v in sorted(analysis_stages.items())},
        "analysis_avg_chars": round(sum(map(len, texts)) / len(texts)),
        "html_to_events_docs_per_s": round(len(htmls) / t_full, 1),
        "html_to_events_share": {("extraction" if k == "extract" else k): round(v / sum(html_stages.values()), 3)
                                 for k, v in sorted(html_stages.items())},
        "analysis_over_extraction": round(sum(v for k, v in html_stages.items() if k in ("actors", "quotes",
                                                                                          "events"))
                                          / html_stages["extract"], 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "documents": {"polnear_texts": len(texts), "html_pages": len(htmls)},
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
