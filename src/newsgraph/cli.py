"""The command line: a thin layer over the Python API (`newsgraph --help`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator

from newsgraph import __version__
from newsgraph.ingest import DEFAULT_MAX_BYTES
from newsgraph.model import Doc, DocumentError


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files (.txt .html .jsonl .warc .rss, optionally .gz), directories, or - for stdin")
    p.add_argument("--verbatim", action="store_true",
                   help="input is clean article text: no boilerplate removal, offsets index the input")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"skip documents larger than this (default {DEFAULT_MAX_BYTES:,})")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--engine", choices=["local"], default="local", help="where the work runs")
    p.add_argument("--quiet", action="store_true", help="no progress on standard error")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph", description="News to source-attributed, structured data.")
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="analyse documents; one JSON object per document")
    _add_input_options(p)
    p.add_argument("--format", choices=["jsonl", "json", "pretty"], default="jsonl")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("evaluate", help="score newsgraph on annotated data (yours or the field's)")
    ev = p.add_subparsers(dest="what", required=True)
    e = ev.add_parser("html", help="HTML extraction vs a gold JSONL (file, title, authors, published, paragraphs)")
    e.add_argument("gold")
    e.add_argument("--show-errors", action="store_true")
    e = ev.add_parser("attribution", help="quotes vs brat attribution annotations (a dir with text/ attributions/)")
    e.add_argument("directory")
    e.add_argument("--limit", type=int, default=None)
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
    for result in iter_results(args):
        is_error = isinstance(result, DocumentError)
        progress.update(is_error)
        if isinstance(result, DocumentError):
            failed += 1
            report_error(result)
            continue
        if args.format == "jsonl":
            out.write(result.to_json() + "\n")
        elif args.format == "json":
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


def cmd_evaluate(args: argparse.Namespace) -> int:
    if args.what == "html":
        from newsgraph.evaluate.html import evaluate_html

        result = evaluate_html(args.gold, args.show_errors)
    elif args.what == "attribution":
        from newsgraph.evaluate.attribution import evaluate_directory

        result = evaluate_directory(args.directory, limit=args.limit)
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
