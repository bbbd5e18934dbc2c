"""Read brat standoff attribution annotations (PolNeAR style: Source, Cue, Content)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_ID_LINE = re.compile(r"^[TEARN#*]\d*\t")


@dataclass(slots=True)
class Attribution:
    content: list[tuple[int, int]] = field(default_factory=list)
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)

    @staticmethod
    def extent(spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        if not spans:
            return None
        return min(s for s, _ in spans), max(e for _, e in spans)


def read_ann(path: str | Path) -> list[Attribution]:
    """The attribution relations of one .ann file; spans are (start, end) character offsets."""
    lines: list[str] = []
    for raw in Path(path).read_text(encoding="utf-8").split("\n"):
        if _ID_LINE.match(raw) or not lines:
            lines.append(raw)
        else:
            lines[-1] += "\n" + raw  # a span's text that runs over several lines
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[dict[str, str]] = []
    for line in lines:
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            pieces = []
            for chunk in offsets.split(";"):
                a, _, b = chunk.strip().partition(" ")
                if a.isdigit() and b.isdigit():
                    pieces.append((int(a), int(b)))
            spans[parts[0]] = (label, pieces)
        elif line.startswith("E") and len(parts) >= 2:
            roles = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles[re.sub(r"\d+$", "", role)] = ref
            relations.append(roles)
    out = []
    for roles in relations:
        att = Attribution()
        for role, attr in (("Content", "content"), ("Source", "source"), ("Cue", "cue")):
            span_id = roles.get(role)
            if span_id in spans:
                getattr(att, attr).extend(spans[span_id][1])
        if att.content:
            out.append(att)
    return out


def corpus_pairs(split_dir: str | Path, one_annotator: bool = True) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs; for a text annotated several times, the first annotator's file."""
    split = Path(split_dir)
    pairs = []
    for text_path in sorted((split / "text").glob("*.txt")):
        anns = sorted((split / "attributions").glob(text_path.stem + "_*.ann"))
        anns = [a for a in anns if a.stem.rsplit("_", 1)[0] == text_path.stem]
        for ann in anns[:1] if one_annotator else anns:
            pairs.append((text_path, ann))
    return pairs
