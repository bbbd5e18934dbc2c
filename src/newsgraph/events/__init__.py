"""Events: who did what to whom, when, where, and how sure (PLOVER types with CAMEO codes)."""

from __future__ import annotations

from newsgraph.events.extract import extract_events
from newsgraph.model import Doc

__all__ = ["annotate_events", "extract_events"]


def annotate_events(doc: Doc) -> Doc:
    """Pipeline component: fill `doc.events` (needs segmentation, actors and quotes)."""
    doc.events = extract_events(doc)
    return doc
