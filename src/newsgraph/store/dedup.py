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


def similarity(a: list[int], b: list[int]) -> float:
    return sum(x == y for x, y in zip(a, b, strict=True)) / NUM_PERM


def find_original(con: duckdb.DuckDBPyConnection, article: str, sig: list[int]) -> tuple[str, float] | None:
    """The earliest stored article this one nearly duplicates, with the similarity."""
    buckets = bands(sig)
    rows = con.execute(
        "SELECT DISTINCT l.article_id, m.signature FROM lsh_bands l JOIN minhashes m USING (article_id) "
        "JOIN (SELECT unnest(?) AS band, unnest(?) AS bucket) q ON l.band = q.band AND l.bucket = q.bucket "
        "WHERE l.article_id <> ?",
        [[b for b, _ in buckets], [h for _, h in buckets], article],
    ).fetchall()
    best: tuple[str, float] | None = None
    for other, other_sig in rows:
        sim = similarity(sig, list(other_sig))
        if sim >= THRESHOLD and (best is None or sim > best[1] or (sim == best[1] and other < best[0])):
            best = (other, sim)
    return best


def store(con: duckdb.DuckDBPyConnection, article: str, sig: list[int]) -> None:
    con.execute("INSERT INTO minhashes VALUES (?, ?)", [article, sig])
    con.executemany("INSERT INTO lsh_bands VALUES (?, ?, ?)", [(b, h, article) for b, h in bands(sig)])
