"""Speaker types for the sourcing profile: named person, named organisation, anonymous."""

from __future__ import annotations

from newsgraph.actors.phrases import ANONYMOUS_HEADS
from newsgraph.model import Actor


def speaker_type(actor: Actor | None, text: str) -> str:
    """named_person | named_organization | anonymous | unresolved."""
    if actor is None:
        words = text.lower().split()
        return "anonymous" if words and words[-1] in ANONYMOUS_HEADS else "unresolved"
    if actor.kind == "person":
        return "named_person" if actor.rule.startswith(("person.", "name.")) else "anonymous"
    if actor.kind in ("organization", "country"):
        return "named_organization" if not actor.rule.startswith("description") else "anonymous"
    return "anonymous"
