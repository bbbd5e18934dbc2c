"""Article text as segments: each a run of characters with the same quotes, events and mentions.

Overlapping annotations (a partial quote inside reported speech, a mention inside a quote)
cannot nest as HTML elements, so the text is cut at every annotation boundary and each piece
lists what covers it. Templates escape the text; the page's script reads the lists.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any


def article_segments(data: dict[str, Any]) -> list[list[dict[str, Any]]]:
    text: str = data["article"]["text"]
    marks: list[tuple[int, int, str, str]] = []  # (start, end, layer, id)
    speakers: dict[str, int] = {}
    for q in data["quotes"]:
        marks.append((q["content"]["start"], q["content"]["end"], "quote", q["id"]))
        key = q["speaker_actor"] or q["speaker_name"] or ""
        speakers.setdefault(key, len(speakers))
    for e in data["events"]:
        marks.append((e["trigger"]["start"], e["trigger"]["end"], "event", e["id"]))
    for a in data["actors"]:
        for m in a["mentions"]:
            marks.append((m["start"], m["end"], "actor", a["id"]))
    colour = {q["id"]: speakers[q["speaker_actor"] or q["speaker_name"] or ""] % 8 for q in data["quotes"]}
    kinds = {q["id"]: q["kind"] for q in data["quotes"]}
    types = {e["id"]: e["type"] for e in data["events"]}
    cuts = sorted({0, len(text), *(s for s, _, _, _ in marks), *(e for _, e, _, _ in marks)})
    starts: dict[int, list[tuple[int, int, str, str]]] = {}
    for m in marks:
        starts.setdefault(m[0], []).append(m)
    active: list[tuple[int, int, str, str]] = []
    paragraphs: list[list[dict[str, Any]]] = [[]]
    for a, b in pairwise(cuts):
        active = [m for m in active if m[1] > a] + starts.get(a, [])
        piece = text[a:b]
        layers: dict[str, list[str]] = {"quote": [], "event": [], "actor": []}
        for _, _, layer, ident in active:
            layers[layer].append(ident)
        quotes = sorted(layers["quote"])
        innermost = min((m for m in active if m[2] == "quote"), key=lambda m: m[1] - m[0], default=None)
        chunks = piece.split("\n\n")
        for n, chunk in enumerate(chunks):
            if n:
                paragraphs.append([])
            if chunk:
                paragraphs[-1].append({
                    "text": chunk, "quotes": quotes, "events": sorted(layers["event"]),
                    "actors": sorted(layers["actor"]),
                    "colour": colour[innermost[3]] if innermost else None,
                    "scare": innermost is not None and kinds.get(innermost[3]) == "scare",
                    "type": types[layers["event"][0]] if layers["event"] else None,
                })
    return [p for p in paragraphs if p]


def sourcing_bars(profile: dict[str, Any]) -> list[dict[str, Any]]:
    labels = [("named_person", "named people"), ("named_organization", "named organisations"),
              ("anonymous", "anonymous sources"), ("document", "documents and figures"),
              ("author", "the author (\"I\")"), ("unresolved", "unresolved")]
    total = max(1, profile.get("statements", 0))
    bars = [{"label": label, "value": profile.get(key, 0), "pct": round(100 * profile.get(key, 0) / total)}
            for key, label in labels]
    bars.append({"label": "author's own voice (share of text)", "value": f"{profile.get('author_voice_share', 0):.0%}",
                 "pct": round(100 * profile.get("author_voice_share", 0))})
    return bars
