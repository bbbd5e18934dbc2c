"""The command line: a thin layer over the Python API (`newsgraph --help`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsgraph import COMPILED, __version__
from newsgraph.ingest import DEFAULT_MAX_BYTES
from newsgraph.model import Doc, DocumentError
from newsgraph.runtime import tune_for_batch

if TYPE_CHECKING:
    from newsgraph.store import Corpus


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files (.txt .html .jsonl .warc .rss, optionally .gz), directories, or - for stdin")
    p.add_argument("--verbatim", action="store_true",
                   help="input is clean article text: no boilerplate removal, offsets index the input")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"skip documents larger than this (default {DEFAULT_MAX_BYTES:,})")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="worker processes (default: all cores); the output does not depend on it")
    p.add_argument("--engine", choices=["local", "spark"], default="local",
                   help="where the work runs (spark: PySpark, master from --spark-master); same output")
    p.add_argument("--spark-master", default=None, help="e.g. local[2], yarn, spark://host:7077")
    p.add_argument("--quiet", action="store_true", help="no progress on standard error")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph", description="News to source-attributed, structured data.")
    build = "compiled" if COMPILED else "pure Python"
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__} ({build})")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="analyse documents; one JSON object per document")
    _add_input_options(p)
    p.add_argument("--format", choices=["jsonl", "json", "pretty"], default="jsonl")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="analyse documents into a DuckDB corpus (idempotent, resumable)")
    _add_input_options(p)
    p.add_argument("--db", default=None, help="corpus file (default newsgraph.duckdb)")
    p.add_argument("--batch-size", type=int, default=100)
    p.add_argument("--parquet", help="with --engine spark: where the Parquet tables go (default DB.parquet)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("load", help="bring Parquet tables written by the Spark engine into a DuckDB corpus")
    p.add_argument("parquet", metavar="PARQUET_DIR")
    p.add_argument("--db", default=None)
    p.set_defaults(func=cmd_load)

    for what in ("events", "quotes", "actors", "articles"):
        p = sub.add_parser(what, help=f"query the corpus's {what}")
        p.add_argument("--db", default=None)
        p.add_argument("--parquet", help="query Parquet tables (from --engine spark) in place instead of --db")
        p.add_argument("--format", choices=["table", "csv", "jsonl", "parquet"], default="table")
        p.add_argument("--output", help="write here instead of standard output (parquet needs it)")
        p.add_argument("--actor", help="actor name, code or corpus key (source or target)")
        p.add_argument("--since", help="ISO date, inclusive")
        p.add_argument("--until", help="ISO date, inclusive")
        p.add_argument("--country", help="ISO alpha-3 of an actor")
        p.add_argument("--search", help="case-insensitive text to find")
        p.add_argument("--limit", type=int)
        p.add_argument("--offset", type=int, default=0)
        if what == "events":
            p.add_argument("--target", help="with --actor: only events from actor to target")
            p.add_argument("--type", help="PLOVER type")
            p.add_argument("--merged", action="store_true", help="one row per corpus event (same dyad, type, day)")
        if what == "quotes":
            p.add_argument("--speaker", help="speaker name or key")
            p.add_argument("--kind", help="direct, indirect, mixed, partial, according_to, scare")
        if what in ("quotes", "articles"):
            p.add_argument("--site", help="publisher")
        if what == "actors":
            p.add_argument("--kind", help="person, organization, country, group, other")
        p.set_defaults(func=cmd_query, what=what)

    p = sub.add_parser("export", help="export the corpus for other tools")
    p.add_argument("--gdelt", action="store_true", required=True, help="GDELT 2.0 event table, 61 columns")
    p.add_argument("--db", default=None)
    p.add_argument("--parquet", help="export from Parquet tables (from --engine spark) instead of --db")
    p.add_argument("--output", help="file (default: standard output)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("timeline", help="events per day or week for an actor or a dyad, with a chart")
    p.add_argument("--db", default=None)
    p.add_argument("--parquet", help="read Parquet tables (from --engine spark) instead of --db")
    p.add_argument("--actor", required=True)
    p.add_argument("--target")
    p.add_argument("--by", choices=["day", "week"], default="day")
    p.add_argument("--since")
    p.add_argument("--until")
    p.add_argument("--output", help="chart.png, chart.html, or table.csv (default: a table on the terminal)")
    p.set_defaults(func=cmd_timeline)

    p = sub.add_parser("serve", help="the web interface and its JSON API over a corpus")
    p.add_argument("--db", default=None)
    p.add_argument("--host", default="127.0.0.1", help="default 127.0.0.1 (this machine only)")
    p.add_argument("--port", type=int, default=8765)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("evaluate", help="score newsgraph on annotated data (yours or the field's)")
    ev = p.add_subparsers(dest="what", required=True)
    e = ev.add_parser("html", help="HTML extraction vs a gold JSONL (file, title, authors, published, paragraphs)")
    e.add_argument("gold")
    e.add_argument("--show-errors", action="store_true")
    e = ev.add_parser("attribution", help="quotes vs brat attribution annotations (a dir with text/ attributions/)")
    e.add_argument("directory")
    e.add_argument("--limit", type=int, default=None)
    e.add_argument("--top-level", action="store_true",
                   help="score only statements not reported inside another (for annotations that do not nest)")
    e = ev.add_parser("events", help="event types vs sentences with <s>source</s> and <t>target</t> marked (TSV)")
    e.add_argument("tsv")
    e.add_argument("--limit", type=int, default=None)
    e = ev.add_parser("actors", help="actor codes vs a TSV of description, country, sector")
    e.add_argument("tsv")
    e.add_argument("--show-errors", action="store_true")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("actor", help="resolve a short actor description to codes")
    p.add_argument("text", help="the description, or - to read one per line from standard input")
    p.set_defaults(func=cmd_actor)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    tune_for_batch()
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (e.g. `| head`); not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def report_error(error: DocumentError) -> None:
    print(f"newsgraph: error: {error.document}: {error.reason}", file=sys.stderr, flush=True)


def iter_results(args: argparse.Namespace) -> Iterator[Doc | DocumentError]:
    from newsgraph.api import extract_files

    yield from extract_files(args.paths, verbatim=args.verbatim, max_bytes=args.max_bytes,
                             workers=max(1, args.workers))


def iter_json(args: argparse.Namespace) -> Iterator[str | DocumentError]:
    if args.engine == "spark":
        from newsgraph.engine.spark import extract_json as spark_json

        yield from spark_json(args.paths, verbatim=args.verbatim, max_bytes=args.max_bytes, master=args.spark_master)
        return
    from newsgraph.api import extract_json

    yield from extract_json(args.paths, verbatim=args.verbatim, max_bytes=args.max_bytes,
                            workers=max(1, args.workers))


class Progress:
    """Documents done, rate and failures on standard error, when it is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.done = self.failed = 0
        self.t0 = self.last = time.monotonic()

    def update(self, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self.enabled and now - self.last > 0.5:
            self.last = now
            rate = self.done / max(1e-9, now - self.t0)
            print(f"\r{self.done:,} documents  {rate:,.1f}/s  {self.failed:,} failed ", end="",
                  file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.enabled and self.done and time.monotonic() - self.t0 > 0.5:
            print(file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    out = sys.stdout
    failed = 0
    progress = Progress(not args.quiet and args.format != "pretty")
    first = True
    if args.format == "json":
        out.write("[")
    if args.format == "jsonl" or args.engine == "spark":
        for line in iter_json(args):
            progress.update(isinstance(line, DocumentError))
            if isinstance(line, DocumentError):
                failed += 1
                report_error(line)
            else:
                out.write(line + "\n")
        progress.close()
        out.flush()
        return 1 if failed else 0
    for result in iter_results(args):
        is_error = isinstance(result, DocumentError)
        progress.update(is_error)
        if isinstance(result, DocumentError):
            failed += 1
            report_error(result)
            continue
        if args.format == "json":
            out.write(("\n" if first else ",\n") + result.to_json(indent=2))
        else:
            from newsgraph.render import render_doc

            render_doc(result)
        first = False
    if args.format == "json":
        out.write("\n]\n")
    progress.close()
    out.flush()
    return 1 if failed else 0


def _db(args: argparse.Namespace) -> str:
    from newsgraph.store import DEFAULT_DB

    return args.db or DEFAULT_DB


def cmd_ingest(args: argparse.Namespace) -> int:
    from newsgraph.store import Corpus, IngestStats

    progress = Progress(not args.quiet)

    def report(stats: IngestStats) -> None:
        if progress.enabled:
            rate = stats.seen / max(1e-9, stats.seconds)
            print(f"\r{stats.seen:,} documents  {rate:,.1f}/s  {stats.stored:,} stored  {stats.skipped:,} already "
                  f"there  {stats.failed:,} failed ", end="", file=sys.stderr, flush=True)

    with Corpus(_db(args)) as corpus:
        if args.engine == "spark":
            from newsgraph.engine.spark import write_tables
            from newsgraph.store.parquet import load_parquet

            parquet = args.parquet or _db(args) + ".parquet"
            counts = write_tables(args.paths, parquet, verbatim=args.verbatim, max_bytes=args.max_bytes,
                                  master=args.spark_master)
            print(f"newsgraph: Spark wrote {counts} -> {parquet}", file=sys.stderr)
            stats = load_parquet(corpus, parquet)
            for error in stats.errors:
                print(f"newsgraph: error: {error}", file=sys.stderr)
        else:
            stats = corpus.ingest(_reported(iter_results(args)), batch_size=args.batch_size, on_progress=report)
    if progress.enabled:
        print(file=sys.stderr)
    print(f"newsgraph: {stats.stored} stored, {stats.skipped} already in the corpus, {stats.near_duplicates} "
          f"near-duplicates linked, {stats.failed} failed, {stats.seconds:.1f}s -> {_db(args)}", file=sys.stderr)
    return 1 if stats.failed else 0


def _reported(results: Iterator[Doc | DocumentError]) -> Iterator[Doc | DocumentError]:
    for result in results:
        if isinstance(result, DocumentError):
            report_error(result)
        yield result


def cmd_load(args: argparse.Namespace) -> int:
    from newsgraph.store import Corpus
    from newsgraph.store.parquet import load_parquet

    with Corpus(_db(args)) as corpus:
        stats = load_parquet(corpus, args.parquet)
    print(f"newsgraph: {stats.stored} stored, {stats.skipped} already in the corpus, {stats.near_duplicates} "
          f"near-duplicates linked, {stats.failed} failed -> {_db(args)}", file=sys.stderr)
    return 0


class _ParquetCorpus:
    """Query Parquet tables in place, through the same interface as a Corpus."""

    def __init__(self, root: str) -> None:
        from newsgraph.store.parquet import open_parquet

        self.con = open_parquet(root)
        self.path = root

    def __enter__(self) -> _ParquetCorpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.con.close()

    def select(self, what: str, filters: object) -> tuple[list[str], list[tuple]]:
        from newsgraph.store import queries

        return queries.run(self.con, what, filters)  # type: ignore[arg-type]

    def timeline(self, actor: str, target: str | None, by: str, since: str | None, until: str | None) -> list:
        from newsgraph.store.timeline import timeline

        return timeline(self.con, actor, target, by, since, until)

    def export_gdelt(self, out: object) -> int:
        from newsgraph.store.gdelt import export_gdelt

        return export_gdelt(self.con, out)  # type: ignore[arg-type]


def _open_read(args: argparse.Namespace) -> Corpus:
    from newsgraph.store import Corpus

    if getattr(args, "parquet", None):
        return _ParquetCorpus(args.parquet)  # type: ignore[return-value]
    path = _db(args)
    if not os.path.exists(path):
        raise SystemExit(f"newsgraph: error: no corpus at {path} (create one with `newsgraph ingest`)")
    return Corpus(path, read_only=True)


def cmd_query(args: argparse.Namespace) -> int:
    from newsgraph.store import Filters, queries

    f = Filters(**{k: getattr(args, k) for k in ("actor", "target", "type", "since", "until", "country", "speaker",
                                                  "kind", "search", "site", "limit", "offset", "merged")
                   if hasattr(args, k)})
    with _open_read(args) as corpus:
        if args.format == "parquet":
            if not args.output:
                raise SystemExit("newsgraph: error: --format parquet needs --output FILE")
            n = queries.write_parquet(corpus.con, args.what, f, args.output)
            print(f"newsgraph: {n} rows -> {args.output}", file=sys.stderr)
            return 0
        columns, rows = corpus.select(args.what, f)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            queries.write(columns, rows, args.format, out)
    else:
        queries.write(columns, rows, args.format)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with _open_read(args) as corpus:
        if args.output:
            with open(args.output, "w", encoding="utf-8") as out:
                n = corpus.export_gdelt(out)
            print(f"newsgraph: {n} events -> {args.output}", file=sys.stderr)
        else:
            corpus.export_gdelt(sys.stdout)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    from newsgraph.store import timeline as tl

    with _open_read(args) as corpus:
        buckets = corpus.timeline(args.actor, args.target, args.by, args.since, args.until)
    title = f"{args.actor} → {args.target}" if args.target else f"events involving {args.actor}"
    out = args.output or ""
    if out.endswith(".png"):
        with open(out, "wb") as fh:
            fh.write(tl.chart_png(buckets, title))
    elif out.endswith((".html", ".htm")):
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(tl.chart_html(buckets, title))
    else:
        from newsgraph.store import queries

        columns = ["period", "events", "goldstein", "verbal_coop", "material_coop", "verbal_conflict",
                   "material_conflict"]
        rows = [(b.period, b.events, b.goldstein, *b.quad) for b in buckets]
        if out:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                queries.write(columns, rows, "csv", fh)
        else:
            queries.write(columns, rows, "table")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from newsgraph.web.app import create_app

    try:
        app = create_app(_db(args))
    except FileNotFoundError as exc:
        raise SystemExit(f"newsgraph: error: {exc} (create one with `newsgraph ingest`)") from None
    print(f"newsgraph: serving {_db(args)} on http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    if args.what == "html":
        from newsgraph.evaluate.html import evaluate_html

        result = evaluate_html(args.gold, args.show_errors)
    elif args.what == "attribution":
        from newsgraph.evaluate.attribution import evaluate_directory

        result = evaluate_directory(args.directory, limit=args.limit, top_level=args.top_level)
    elif args.what == "events":
        from newsgraph.evaluate.events import evaluate_tsv

        result = evaluate_tsv(args.tsv, limit=args.limit)
    else:
        from newsgraph.evaluate.actors import evaluate_actors

        result = evaluate_actors(args.tsv, args.show_errors)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


def cmd_actor(args: argparse.Namespace) -> int:
    from newsgraph.actors import describe_actor

    lines = sys.stdin if args.text == "-" else [args.text]
    for line in lines:
        line = line.rstrip("\n")
        if args.text == "-" and not line.strip():
            print(json.dumps(describe_actor(""), ensure_ascii=False))
            continue
        print(json.dumps(describe_actor(line), ensure_ascii=False), flush=args.text == "-")
    return 0


if __name__ == "__main__":
    sys.exit(main())
