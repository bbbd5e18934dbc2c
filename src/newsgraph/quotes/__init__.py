"""Quotes and sources: who said what, according to whom, and how the article is sourced."""

from __future__ import annotations

from newsgraph.model import Doc
from newsgraph.quotes.extract import extract_quotes
from newsgraph.quotes.profile import sourcing_profile

__all__ = ["annotate_quotes", "extract_quotes", "sourcing_profile"]


def annotate_quotes(doc: Doc) -> Doc:
    """Pipeline component: fill `doc.quotes` (needs segmentation and actors)."""
    doc.quotes = extract_quotes(doc)
    return doc
