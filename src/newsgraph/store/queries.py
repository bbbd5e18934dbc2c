"""Corpus queries with filters, and their output as a table, CSV, JSONL or Parquet.

Every filter is a bound parameter: no user text is ever spliced into SQL.
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, Any

import duckdb


@dataclass(slots=True)
class Filters:
    actor: str | None = None  # name (substring), corpus key or code, as source or target
    target: str | None = None  # with `actor`: the dyad actor -> target
    type: str | None = None
    since: str | None = None  # ISO date, inclusive
    until: str | None = None
    country: str | None = None
    speaker: str | None = None
    kind: str | None = None
    search: str | None = None  # case-insensitive substring of text, sentence or quote
    site: str | None = None
    limit: int | None = None
    offset: int = 0
    merged: bool = False  # events: one row per corpus event (same dyad, type and day)


@dataclass(slots=True)
class Query:
    sql: str
    params: list[Any] = field(default_factory=list)

    def where(self, clause: str, *params: Any) -> None:
        self.sql += (" AND " if " WHERE " in self.sql else " WHERE ") + clause
        self.params.extend(params)


def _actor_match(column_key: str, column_code: str) -> str:
    return (f"({column_key} = ? OR {column_code} = ? OR {column_key} IN "
            f"(SELECT actor_key FROM actors WHERE name ILIKE ? OR code = ?) OR {column_key} IN "
            f"(SELECT actor_key FROM actor_aliases WHERE alias ILIKE ?))")


def _actor_params(value: str) -> list[str]:
    return [value, value.upper(), f"%{value}%", value.upper(), f"%{value}%"]


def events_query(f: Filters) -> Query:
    if f.merged:
        q = Query("SELECT * FROM corpus_events e")
        source_key, source_code, target_key, target_code = "e.source_key", "e.source_code", "e.target_key", \
            "e.target_code"
    else:
        q = Query("SELECT e.article_id, e.event_id, e.type, e.mode, e.cameo, e.goldstein, e.quad_class, "
                  "e.source_key, e.source_code, e.source_text, e.target_key, e.target_code, e.target_text, "
                  "e.trigger, e.modality, e.negated, e.event_date, e.date_text, e.location_name, "
                  "e.location_country, e.attributed_to, e.confidence, e.sentence, e.rule, a.url, a.title "
                  "FROM events e JOIN articles a USING (article_id)")
        source_key, source_code, target_key, target_code = "e.source_key", "e.source_code", "e.target_key", \
            "e.target_code"
    if f.actor and f.target:
        q.where(_actor_match(source_key, source_code), *_actor_params(f.actor))
        q.where(_actor_match(target_key, target_code), *_actor_params(f.target))
    elif f.actor:
        q.where(f"({_actor_match(source_key, source_code)} OR {_actor_match(target_key, target_code)})",
                *_actor_params(f.actor), *_actor_params(f.actor))
    if f.type:
        q.where("e.type = ?", f.type.upper())
    if f.since:
        q.where("e.day >= CAST(? AS DATE)", f.since)
    if f.until:
        q.where("e.day <= CAST(? AS DATE)", f.until)
    if f.country:
        q.where("(e.source_key IN (SELECT actor_key FROM actors WHERE country = ?) OR "
                "e.target_key IN (SELECT actor_key FROM actors WHERE country = ?))", f.country.upper(),
                f.country.upper())
    if f.search and not f.merged:
        q.where("e.sentence ILIKE ?", f"%{f.search}%")
    order = "n_mentions DESC, day" if f.merged else "e.day, e.article_id, e.event_id"
    return _page(q, order, f)


def quotes_query(f: Filters) -> Query:
    q = Query("SELECT q.article_id, q.quote_id, q.kind, q.speaker_name, q.speaker_type, q.speaker_text, q.cue, "
              "q.content, q.reported_by, q.confidence, q.rule, a.published, a.url, a.title "
              "FROM quotes q JOIN articles a USING (article_id)")
    if f.speaker:
        q.where("(q.speaker_name ILIKE ? OR q.speaker_key = ? OR q.speaker_text ILIKE ?)", f"%{f.speaker}%",
                f.speaker, f"%{f.speaker}%")
    if f.actor:
        q.where(_actor_match("q.speaker_key", "q.speaker_key"), *_actor_params(f.actor))
    if f.kind:
        q.where("q.kind = ?", f.kind)
    if f.search:
        q.where("q.content ILIKE ?", f"%{f.search}%")
    _date_filters(q, f, "a.published")
    if f.site:
        q.where("a.site ILIKE ?", f"%{f.site}%")
    return _page(q, "a.published NULLS LAST, q.article_id, q.quote_id", f)


def actors_query(f: Filters) -> Query:
    q = Query("SELECT ac.actor_key, ac.name, ac.kind, ac.code, ac.country, ac.sector, "
              "count(m.article_id) AS mentions, count(DISTINCT m.article_id) AS articles "
              "FROM actors ac LEFT JOIN mentions m USING (actor_key)")
    if f.actor:
        q.where("(ac.name ILIKE ? OR ac.actor_key = ? OR ac.code = ?)", f"%{f.actor}%", f.actor, f.actor.upper())
    if f.country:
        q.where("ac.country = ?", f.country.upper())
    if f.kind:
        q.where("ac.kind = ?", f.kind)
    if f.search:
        q.where("ac.actor_key IN (SELECT actor_key FROM actor_aliases WHERE alias ILIKE ?)", f"%{f.search}%")
    q.sql += " GROUP BY ALL"
    return _page(q, "mentions DESC, ac.actor_key", f)


def articles_query(f: Filters) -> Query:
    q = Query("SELECT a.article_id, a.doc_id, a.title, a.authors, a.published, a.site, a.url, a.n_actors, "
              "a.n_quotes, a.n_events, a.duplicate_of, a.similarity FROM articles a")
    if f.search:
        q.where("(a.title ILIKE ? OR a.text ILIKE ?)", f"%{f.search}%", f"%{f.search}%")
    if f.site:
        q.where("a.site ILIKE ?", f"%{f.site}%")
    if f.actor:
        q.where(f"a.article_id IN (SELECT article_id FROM mentions m WHERE "
                f"{_actor_match('m.actor_key', 'm.actor_key')})", *_actor_params(f.actor))
    _date_filters(q, f, "a.published")
    return _page(q, "a.published NULLS LAST, a.article_id", f)


def _date_filters(q: Query, f: Filters, column: str) -> None:
    if f.since:
        q.where(f"{column} >= CAST(? AS TIMESTAMP)", f.since)
    if f.until:
        q.where(f"{column} < CAST(? AS DATE) + INTERVAL 1 DAY", f.until)


def _page(q: Query, order: str, f: Filters) -> Query:
    q.sql += f" ORDER BY {order}"
    if f.limit is not None:
        q.sql += " LIMIT ? OFFSET ?"
        q.params.extend([int(f.limit), int(f.offset)])
    return q


QUERIES = {"events": events_query, "quotes": quotes_query, "actors": actors_query, "articles": articles_query}


def run(con: duckdb.DuckDBPyConnection, what: str, f: Filters) -> tuple[list[str], list[tuple]]:
    q = QUERIES[what](f)
    cursor = con.execute(q.sql, q.params)
    columns = [d[0] for d in cursor.description]
    return columns, cursor.fetchall()


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def write(columns: list[str], rows: list[tuple], fmt: str, out: IO[str] | None = None) -> None:
    """Write rows as csv, jsonl or a table (rich). Parquet: `write_parquet`."""
    out = out or sys.stdout
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([json.dumps(v) if isinstance(v, list | dict) else _plain(v) for v in row])
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps({c: _plain(v) for c, v in zip(columns, row, strict=True)}, ensure_ascii=False,
                                 default=str) + "\n")
    else:
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        table = Table(show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold", max_width=60)
        for row in rows:
            table.add_row(*(escape(str(_plain(v))) if v is not None else "" for v in row))
        Console(file=out).print(table)


def write_parquet(con: duckdb.DuckDBPyConnection, what: str, f: Filters, path: str) -> int:
    """Write a query's result to Parquet with its column types; returns the row count."""
    q = QUERIES[what](f)
    con.execute("DROP TABLE IF EXISTS temp.newsgraph_result")
    con.execute(f"CREATE TEMP TABLE newsgraph_result AS {q.sql}", q.params)
    con.execute("COPY temp.newsgraph_result TO ? (FORMAT parquet)", [path])
    row = con.execute("SELECT count(*) FROM temp.newsgraph_result").fetchone()
    con.execute("DROP TABLE temp.newsgraph_result")
    return int(row[0]) if row else 0
