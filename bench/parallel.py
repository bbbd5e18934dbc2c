"""Speed-up from 1 to N local worker processes, output identity, and memory per worker.

    python bench/parallel.py [--shared ../shared/data] [--workers 2]

Runs `newsgraph extract --format jsonl` over the PolNeAR train texts and the US news pages
with 1 and with N workers, checks that both outputs are byte-identical, and reports wall time,
speed-up, and the peak resident memory of the largest process.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path


def run(inputs: list[str], workers: int) -> tuple[float, str, float]:
    """Wall time, output hash, and the peak resident memory of the largest process (MB)."""
    code = ("import resource, runpy, sys; sys.argv = ['newsgraph'] + sys.argv[1:]\n"
            "try:\n    runpy.run_module('newsgraph.cli', run_name='__main__')\n"
            "finally:\n    r = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
            " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
            "    print(r, file=sys.stderr)")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, "extract", *inputs, "--workers", str(workers), "--quiet"],
                          capture_output=True, check=False)
    elapsed = time.perf_counter() - t0
    peak = int(proc.stderr.decode().strip().splitlines()[-1]) / 1024
    return elapsed, hashlib.sha1(proc.stdout).hexdigest(), peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    shared = Path(args.shared)
    inputs = [str(shared / "polnear" / "train" / "text"), str(shared / "news-html" / "us")]
    small = [str(shared / "polnear" / "dev" / "text")]  # 84 texts, a tenth of the large input
    _, _, m_small = run(small, args.workers)
    t1, h1, m1 = run(inputs, 1)
    tn, hn, mn = run(inputs, args.workers)
    print(json.dumps({"documents": "PolNeAR train texts (840) + US news pages (28)",
                      "one_worker_s": round(t1, 2), f"{args.workers}_workers_s": round(tn, 2),
                      "speedup": round(t1 / tn, 2), "identical_output": h1 == hn,
                      "peak_rss_mb_largest_process": round(max(m1, mn), 1),
                      "peak_rss_mb_small_input_84_docs": round(m_small, 1)}, indent=2))


if __name__ == "__main__":
    main()
