"""The corpus tables as Spark sees them: the store's columns plus input order and partition date."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from newsgraph.store.corpus import _COLUMNS

_TYPES = {
    "authors": "ARRAY<STRING>", "similarity": "DOUBLE", "n_actors": "INT", "n_quotes": "INT", "n_events": "INT",
    "start_char": "INT", "end_char": "INT", "content_start": "INT", "content_end": "INT", "confidence": "DOUBLE",
    "goldstein": "DOUBLE", "quad_class": "INT", "negated": "BOOLEAN", "lat": "DOUBLE", "lon": "DOUBLE",
}
TABLES = ("articles", "actors", "actor_aliases", "mentions", "quotes", "events")


def _schema(table: str) -> Callable[[], str]:
    def ddl() -> str:
        columns = ", ".join(f"{c} {_TYPES.get(c, 'STRING')}" for c in _COLUMNS[table])
        return f"input_file INT, input_position INT, {columns}, published_date STRING"
    return ddl


SCHEMAS = {table: _schema(table) for table in TABLES}


def rows_with_date(result: tuple, table: str) -> Iterator[tuple[Any, ...]]:
    """The rows of one analysed document for one table, ready for its Spark schema."""
    index, position, _json, error, payload = result
    if error is not None or payload is None:
        return
    _aid, rows = payload
    article = rows["articles"][0]
    published = article[6]
    day = published[:10] if published else "unknown"
    for row in rows[table]:
        values = list(row)
        if table == "articles":
            values[6] = published  # a string in Parquet; DuckDB parses it on load
        yield (index, position, *values, day)
