"""Parquet corpus tables (written by the Spark engine): load them into DuckDB, or query them."""

from __future__ import annotations

import duckdb

from newsgraph.engine.tables import TABLES
from newsgraph.model import DocumentError
from newsgraph.store.corpus import _COLUMNS, Corpus, IngestStats
from newsgraph.store.schema import SCHEMA

_GLOB = "{root}/{table}/**/*.parquet"


def _scan(root: str, table: str) -> str:
    return f"read_parquet('{_GLOB.format(root=root.rstrip('/'), table=table)}', hive_partitioning = true)"


def load_parquet(corpus: Corpus, root: str, batch_size: int = 200) -> IngestStats:
    """Bring Parquet tables into the corpus, in input order, with the corpus's dedup rules."""
    stats = IngestStats()
    src = duckdb.connect()
    try:
        for table in TABLES:
            src.execute(f"CREATE VIEW {table} AS SELECT * FROM {_scan(root, table)}")
        order = src.execute("SELECT input_file, input_position FROM articles ORDER BY 1, 2").fetchall()
        for start in range(0, len(order), batch_size):
            keys = order[start : start + batch_size]
            staged = _stage(src, keys)
            corpus.write_rows(staged, stats)
        errors = src.execute(f"SELECT error FROM {_scan(root, 'errors').replace('**/', '')} ORDER BY input_file, "
                             "input_position").fetchall() if _has_errors(root) else []
        corpus.write_rows([DocumentError(*e.split(": ", 1)) for (e,) in errors], stats)
    finally:
        src.close()
    return stats


def _has_errors(root: str) -> bool:
    import glob

    return bool(glob.glob(f"{root.rstrip('/')}/errors/*.parquet"))


def _stage(src: duckdb.DuckDBPyConnection, keys: list[tuple[int, int]]) -> list:
    files = [k[0] for k in keys]
    positions = [k[1] for k in keys]
    rows: dict[tuple[int, int], dict[str, list[tuple]]] = {k: {t: [] for t in TABLES} for k in keys}
    texts: dict[tuple[int, int], str] = {}
    for table in TABLES:
        cols = ", ".join(_COLUMNS[table])
        result = src.execute(
            f"SELECT input_file, input_position, {cols} FROM {table} "
            "WHERE (input_file, input_position) IN (SELECT unnest(?), unnest(?))", [files, positions]).fetchall()
        for row in result:
            key = (row[0], row[1])
            rows[key][table].append(tuple(row[2:]))
            if table == "articles":
                texts[key] = row[2 + _COLUMNS["articles"].index("text")]
    return [(rows[k]["articles"][0][0], rows[k], texts[k]) for k in keys if rows[k]["articles"]]


def open_parquet(root: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB whose tables are views over the Parquet files: query them in place."""
    con = duckdb.connect()
    casts = {"published": "CAST(published AS TIMESTAMP) AS published", "day": "CAST(day AS DATE) AS day"}
    for table in TABLES:
        cols = ", ".join(casts.get(c, c) for c in _COLUMNS[table])
        con.execute(f"CREATE VIEW {table} AS SELECT {cols} FROM {_scan(root, table)}")
    for name in ("ingest_log", "minhashes", "lsh_bands"):
        con.execute(f"CREATE TABLE {name} AS SELECT * FROM (SELECT NULL) WHERE false")
    view = SCHEMA[SCHEMA.index("CREATE OR REPLACE VIEW corpus_events"):]
    con.execute(view)
    return con
