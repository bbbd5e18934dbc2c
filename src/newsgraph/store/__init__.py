"""The corpus store: DuckDB tables of articles, actors, mentions, quotes and events."""

from newsgraph.store.corpus import DEFAULT_DB, Corpus, IngestStats
from newsgraph.store.queries import Filters

__all__ = ["DEFAULT_DB", "Corpus", "Filters", "IngestStats"]
