"""The sourcing profile of an article: what its statements rest on, and how much is the author's."""

from __future__ import annotations

from typing import Any

from newsgraph.model import Doc

SPEAKER_TYPES = ("named_person", "named_organization", "anonymous", "document", "author", "unresolved")


def sourcing_profile(doc: Doc) -> dict[str, Any]:
    statements = [q for q in doc.quotes if q.kind != "scare"]
    counts = dict.fromkeys(SPEAKER_TYPES, 0)
    for q in statements:
        kind = q.speaker_type if q.speaker_type in counts else "unresolved"
        counts[kind] += 1
    covered = _covered_chars(doc)
    body = sum(len(s) for s in doc.sentences) or len(doc.text) or 1
    return {
        "statements": len(statements),
        "direct": sum(q.kind in ("direct", "mixed") for q in statements),
        **counts,
        "attributed_share": round(min(1.0, covered / body), 3),
        "author_voice_share": round(max(0.0, 1.0 - covered / body), 3),
    }


def _covered_chars(doc: Doc) -> int:
    """Characters of the text inside an attribution (content, cue or speaker), counted once."""
    spans = sorted(
        (s.start, s.end)
        for q in doc.quotes
        if q.kind != "scare"
        for s in (q.content, q.cue, q.speaker)
        if s is not None
    )
    total = 0
    cur_start = cur_end = -1
    for start, end in spans:
        if start > cur_end:
            total += max(0, cur_end - cur_start)
            cur_start, cur_end = start, end
        else:
            cur_end = max(cur_end, end)
    return total + max(0, cur_end - cur_start)
