"""Ingest: read news as users have it (files, directories, stdin, JSONL, WARC, feeds)."""

from newsgraph.ingest.decode import decode_bytes, looks_binary
from newsgraph.ingest.sources import DEFAULT_MAX_BYTES, iter_paths, read_documents

__all__ = ["DEFAULT_MAX_BYTES", "decode_bytes", "iter_paths", "looks_binary", "read_documents"]
