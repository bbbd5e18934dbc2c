"""Score event typing on sentences with a marked source and target (PLOVER training format).

For each row, an extracted event counts when its source overlaps the marked source and its
target overlaps the marked target (the dyad). A participant overlaps when its mention does, or
when another mention of the same actor in the sentence does ("the Indian military said it had
launched airstrikes": the source is the actor, whichever of its mentions the rule found). The
row is right when that event's type is the gold type (CONCEDE and RETREAT both count as YIELD).
A row with no such event is wrong. Some rows mark only one side (the other is the placeholder
"a recipient" or "An actor": the sentence names none); the unmarked side then constrains
nothing, and an event that also leaves it empty is preferred. Reported: accuracy, dyad recall,
and the confusion table (gold type -> predicted type).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path
from typing import Any

from newsgraph.model import Event, Participant, Span

_MARK = re.compile(r"</?[st]>")
_YIELD = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


def _unmark(marked: str) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    """Plain text and the offsets of the <s> and <t> spans."""
    text_parts: list[str] = []
    spans: dict[str, list[int]] = {}
    pos = 0
    for piece in re.split(r"(</?[st]>)", marked):
        if _MARK.fullmatch(piece or ""):
            tag = piece.strip("</>")
            spans.setdefault(tag, []).append(pos)
        else:
            text_parts.append(piece)
            pos += len(piece)
    text = "".join(text_parts)

    def span(tag: str) -> tuple[int, int] | None:
        marks = spans.get(tag, [])
        return (marks[0], marks[1]) if len(marks) >= 2 else None

    return text, span("s"), span("t")


def _overlaps(a: tuple[int, int] | None, start: int, end: int) -> bool:
    return a is not None and a[0] < end and start < a[1]


def _hits(span: tuple[int, int] | None, participant: Participant | None, mentions: dict[str, list[Span]]) -> bool:
    if participant is None or span is None:
        return False
    if _overlaps(span, participant.mention.start, participant.mention.end):
        return True
    return any(_overlaps(span, m.start, m.end) for m in mentions.get(participant.actor or "", []))


def match_event(events: list[Event], source: tuple[int, int] | None, target: tuple[int, int] | None,
                mentions: dict[str, list[Span]] | None = None) -> Event | None:
    mentions = mentions or {}
    if source is None or target is None:
        return _match_one_side(events, source, target, mentions)
    for e in events:
        if _hits(source, e.source, mentions) and _hits(target, e.target, mentions):
            return e
    # the dyad the other way round (symmetric events: meet, agree, clash)
    for e in events:
        if _hits(target, e.source, mentions) and _hits(source, e.target, mentions):
            return e
    return None


def _match_one_side(events: list[Event], source: tuple[int, int] | None, target: tuple[int, int] | None,
                    mentions: dict[str, list[Span]]) -> Event | None:
    """Only one side is marked: match it, preferring an event whose other side is empty too."""
    if source is None and target is None:
        return None
    side = "source" if source is not None else "target"
    other = "target" if side == "source" else "source"
    marked = source if source is not None else target
    found = [e for e in events if _hits(marked, getattr(e, side), mentions)]
    return next((e for e in found if getattr(e, other) is None), found[0] if found else None)


def evaluate_tsv(path: str | Path, limit: int | None = None) -> dict[str, Any]:
    from newsgraph.api import extract

    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))[:limit]
    right = dyads = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for row in rows:
        text, source, target = _unmark(row["marked_sentence"])
        doc = extract(text, html=False, verbatim=True, id=row.get("sentence_id") or "row")
        mentions = {a.id: [m.span for m in a.mentions] for a in doc.actors}
        event = match_event(doc.events, source, target, mentions)
        gold = row["gold_root"]
        predicted = _YIELD.get(event.type, event.type) if event else "NONE"
        dyads += event is not None
        right += predicted == gold
        confusion[(gold, predicted)] += 1
    n = len(rows) or 1
    return {
        "rows": len(rows),
        "accuracy": round(right / n, 3),
        "dyad_recall": round(dyads / n, 3),
        "accuracy_given_dyad": round(right / dyads, 3) if dyads else 0.0,
        "confusion": {f"{g}->{p}": c for (g, p), c in sorted(confusion.items(), key=lambda x: -x[1])},
    }
