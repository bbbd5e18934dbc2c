"""Near-duplicate articles (syndicated wire copy, lightly edited stories) by MinHash/LSH.

Signatures and LSH band buckets live in the database, so the index survives restarts and
memory stays flat however large the corpus is: a new article's buckets are looked up with SQL,
candidates are confirmed by their estimated Jaccard similarity.
"""

from __future__ import annotations

import hashlib
import re
import struct

import duckdb
import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 32  # 32 bands of 4 rows: candidates from about 0.4 Jaccard, confirmed at THRESHOLD
ROWS = NUM_PERM // BANDS
THRESHOLD = 0.7
SHINGLE = 5
MIN_WORDS = 40  # shorter texts are not compared (too little evidence)
_WORD = re.compile(r"\w+")


def signature(text: str) -> list[int] | None:
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch([" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)])
    return [int(v) for v in m.hashvalues]


def bands(sig: list[int]) -> list[tuple[int, int]]:
    out = []
    for b in range(BANDS):
        chunk = struct.pack(f"<{ROWS}Q", *sig[b * ROWS : (b + 1) * ROWS])
        out.append((b, int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little")))
    return out


def similarity(a: list[int] | np.ndarray, b: list[int] | np.ndarray) -> float:
    return float(np.count_nonzero(np.asarray(a, dtype=np.uint64) == np.asarray(b, dtype=np.uint64))) / NUM_PERM


class BatchIndex:
    """Near-duplicate search for one ingest batch: stored articles by one SQL query, the batch's
    own earlier articles by shared LSH buckets. An article's original is always an earlier one."""

    def __init__(self, con: duckdb.DuckDBPyConnection, batch: list[tuple[str, list[int]]]) -> None:
        self.signatures = {aid: np.asarray(sig, dtype=np.uint64) for aid, sig in batch}
        self.bands = {aid: bands(sig) for aid, sig in batch}
        self.stored: dict[str, set[str]] = {aid: set() for aid, _ in batch}
        self.stored_sigs: dict[str, np.ndarray] = {}
        if batch:
            rows = [(aid, b, h) for aid, _ in batch for b, h in self.bands[aid]]
            found = con.execute(
                "SELECT DISTINCT q.aid, l.article_id, m.signature FROM lsh_bands l JOIN minhashes m USING (article_id) "
                "JOIN (SELECT unnest(?) AS aid, unnest(?) AS band, unnest(?) AS bucket) q "
                "ON l.band = q.band AND l.bucket = q.bucket",
                [[r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]]).fetchall()
            for aid, other, sig in found:
                self.stored[aid].add(other)
                self.stored_sigs.setdefault(other, np.asarray(sig, dtype=np.uint64))
        self.seen_buckets: dict[tuple[int, int], list[str]] = {}

    def original(self, aid: str) -> tuple[str, float] | None:
        """Best earlier article (stored, or earlier in this batch) at or above the threshold."""
        sig = self.signatures[aid]
        candidates = {o: self.stored_sigs[o] for o in self.stored[aid]}
        for key in self.bands[aid]:
            for other in self.seen_buckets.get(key, ()):
                candidates.setdefault(other, self.signatures[other])
        best: tuple[str, float] | None = None
        for other in sorted(candidates):
            sim = similarity(sig, candidates[other])
            if sim >= THRESHOLD and (best is None or sim > best[1]):
                best = (other, sim)
        return best

    def add(self, aid: str) -> None:
        """Make an article (stored by this batch) a candidate for the articles after it."""
        for key in self.bands[aid]:
            self.seen_buckets.setdefault(key, []).append(aid)


def store_batch(con: duckdb.DuckDBPyConnection, stored: list[tuple[str, list[int]]]) -> None:
    """Signatures and LSH buckets of a batch, through Arrow (row-by-row inserts are slow)."""
    import pyarrow as pa

    if not stored:
        return
    con.register("newsgraph_minhash", pa.table({
        "article_id": [aid for aid, _ in stored],
        "signature": pa.array([sig for _, sig in stored], type=pa.list_(pa.uint64()))}))
    con.register("newsgraph_bands", pa.table({
        "band": pa.array([b for aid, sig in stored for b, _ in bands(sig)], type=pa.int32()),
        "bucket": pa.array([h for aid, sig in stored for _, h in bands(sig)], type=pa.uint64()),
        "article_id": [aid for aid, sig in stored for _ in range(BANDS)]}))
    try:
        con.execute("INSERT INTO minhashes SELECT * FROM newsgraph_minhash")
        con.execute("INSERT INTO lsh_bands SELECT band, bucket, article_id FROM newsgraph_bands")
    finally:
        con.unregister("newsgraph_minhash")
        con.unregister("newsgraph_bands")
