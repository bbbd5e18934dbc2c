"""Headline attributions: "Graham: Trump's rhetoric destroying GOP's chance" (rule `headline.colon`).

A line of its own whose opening words, before a colon, name who says the rest. The speaker is
the first actor named before the colon, else its leading capitalised words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from newsgraph import lexicons
from newsgraph.actors.phrases import Argument, MentionIndex
from newsgraph.model import Span

_MAX_LINE = 300
_MAX_PREFIX_WORDS = 10
_QUOTES = frozenset("\"“”‘’")


@cache
def _labels() -> frozenset[str]:
    return frozenset(e.lower() for e in lexicons.entries("headline_labels.txt"))


@dataclass(frozen=True, slots=True)
class HeadlineStatement:
    speaker: Argument
    cue: Span  # the colon
    content: Span


def headline_statements(text: str, paragraphs: list[Span], index: MentionIndex) -> Iterator[HeadlineStatement]:
    for par in paragraphs:
        if par.end - par.start > _MAX_LINE or "\n" in text[par.start : par.end].strip():
            continue
        colon = text.find(": ", par.start, par.end)
        if colon <= par.start:
            continue
        prefix = text[par.start : colon]
        words = prefix.split()
        if not words or len(words) > _MAX_PREFIX_WORDS or not words[0][:1].isupper():
            continue
        if any(w.endswith((".", "!", "?")) and len(w.strip(".")) > 3 and "." not in w[:-1] for w in words):
            continue  # a sentence ends before the colon ("Dr." and "U.S." do not end one)
        if any(ch in _QUOTES for ch in prefix) or prefix.lower().strip() in _labels():
            continue
        if sum(w[:1].isupper() for w in words) * 2 < len(words):
            continue  # a sentence that happens to contain a colon, not a headline's speaker
        content_start = colon + 2
        while content_start < par.end and text[content_start].isspace():
            content_start += 1
        content_end = par.end
        while content_end > content_start and text[content_end - 1].isspace():
            content_end -= 1
        if len(text[content_start:content_end].split()) < 2 or "://" in text[content_start:content_end]:
            continue
        yield HeadlineStatement(_speaker(text, par.start, colon, index), Span(colon, colon + 1),
                                Span(content_start, content_end))


def _speaker(text: str, start: int, colon: int, index: MentionIndex) -> Argument:
    for s, e, actor in index.within(start, colon):
        if actor.kind in ("person", "organization", "country", "group"):
            return Argument(Span(s, e), actor)
    # "Gillibrand on Hillary ...": the capitalised words before the first lowercase one
    end = start
    for m in re.finditer(r"\S+", text[start:colon]):
        if not m.group()[:1].isupper():
            break
        end = start + m.end()
    return Argument(Span(start, end), None)
