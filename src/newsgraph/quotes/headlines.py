"""Headline attributions: "Graham: Trump's rhetoric destroying GOP's chance" (rule `headline.colon`),
"Rubio Says Abandoning Reform Was A Sign Of Leadership" (rule `headline.title`), and transcript turns:
"TAPPER: And obviously, you're supporting ..." (rule `transcript.label`).

A short line of its own whose opening words, before a colon, name who says the rest; or a
paragraph of any length opened by a speaker's label: words in capitals, or a person named in
the article. The speaker is the first actor named before the colon, else its leading
capitalised words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from newsgraph import lexicons
from newsgraph.actors.phrases import Argument, MentionIndex
from newsgraph.model import Span
from newsgraph.quotes.cues import verb_cues

_MAX_LINE = 300
_MAX_PREFIX_WORDS = 10
_MAX_LABEL_WORDS = 3
_QUOTES = frozenset("\"“”‘’")
_TITLE_CUE_CLASSES = frozenset({"speech", "epistemic", "report", "attitude"})
_TITLE_CASE_SHARE = 0.8  # of the words longer than three letters, how many a title capitalises
_MIN_TITLE_WORDS = 4
_TITLE_PROBE = 8


@cache
def _labels() -> frozenset[str]:
    return frozenset(e.lower() for e in lexicons.entries("headline_labels.txt"))


@dataclass(frozen=True, slots=True)
class HeadlineStatement:
    speaker: Argument
    cue: Span  # the colon
    content: Span
    shape: str = "headline"  # headline | title | transcript


def headline_statements(text: str, paragraphs: list[Span], index: MentionIndex) -> Iterator[HeadlineStatement]:
    for par in paragraphs:
        colon = text.find(": ", par.start, min(par.end, par.start + _MAX_LINE))
        if colon <= par.start:
            continue
        prefix = text[par.start : colon]
        words = prefix.split()
        long = par.end - par.start > _MAX_LINE or "\n" in text[par.start : par.end].strip()
        if _speaker_label(words, par.start, colon, index, long) and len(text[colon:par.end].split()) > 4:
            end = par.end
            while end > colon and text[end - 1].isspace():
                end -= 1
            yield HeadlineStatement(_speaker(text, par.start, colon, index), Span(colon, colon + 1),
                                    Span(colon + 2, end), "transcript")
            continue
        if long:
            continue
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


def turn_label(text: str, start: int, end: int, index: MentionIndex) -> tuple[Argument, Span] | None:
    """'WALLACE: Let's start ...': the speaker and the colon of a transcript turn that opens at start."""
    colon = text.find(": ", start, min(end, start + _MAX_LINE))
    if colon <= start or not _speaker_label(text[start:colon].split(), start, colon, index, False):
        return None
    return _speaker(text, start, colon, index), Span(colon, colon + 1)


def _speaker_label(words: list[str], start: int, colon: int, index: MentionIndex, long: bool) -> bool:
    """'TAPPER', 'JAKE TAPPER': who speaks the paragraph in a transcript; in a long paragraph, also
    a person the article names ('Matthews')."""
    if not words or len(words) > _MAX_LABEL_WORDS or " ".join(words).lower() in _labels() \
            or words[0].lower() in _labels():  # "WARNING GRAPHIC DETAIL:", "BREAKING NEWS UPDATE:"
        return False
    if all(w.isupper() and sum(c.isalpha() for c in w) > 1 for w in words):
        return True
    if not long:
        return False  # "Clinton: ..." on a short line is a headline
    named = index.within(start, colon)
    return len(named) == 1 and named[0][2].kind == "person" and named[0][0] == start and named[0][1] == colon


def _speaker(text: str, start: int, colon: int, index: MentionIndex) -> Argument:
    label = text[start:colon].strip(" \"“”'‘’")
    if label.isupper() and " " not in label:  # "MOREAU:" is Ines Moreau, not an acronym
        people = {a.id: a for _s, _e, a in index.items if a.kind == "person" and a.name.split()[-1].upper() == label}
        if len(people) == 1:
            at = text.index(label, start)
            return Argument(Span(at, at + len(label)), next(iter(people.values())))
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


def title_statements(text: str, paragraphs: list[Span], index: MentionIndex) -> Iterator[HeadlineStatement]:
    """A headline in title case whose verb reports: 'Bernie Sanders Says He’s Started Writing His Address.',
    or with the source last: 'Trump Is Like A Lawyer’s Dumbest Client, Trevor Noah Says.'"""
    for par in paragraphs:
        line = text[par.start : par.end].rstrip()
        if len(line) > _MAX_LINE or "\n" in line:
            continue
        if not (_title_case(line.split(None, _TITLE_PROBE)[:_TITLE_PROBE]) and _title_case(line.split())):
            continue  # most paragraphs are prose, told by their first words
        words = list(re.finditer(r"\S+", line))
        for n, m in enumerate(words[1:], start=1):
            word = m.group().rstrip(".,:;!?")
            cue = verb_cues().get((word.lower(),))
            if not word[:1].isupper() or not word.endswith("s") or cue is None or cue.cls not in _TITLE_CUE_CLASSES:
                continue
            cue_span = Span(par.start + m.start(), par.start + m.start() + len(word))
            if n == len(words) - 1:  # the source last, after a comma
                comma = line.rfind(",", 0, m.start())
                if comma > 0:
                    source_start = par.start + comma + 1
                    while text[source_start].isspace():
                        source_start += 1
                    yield HeadlineStatement(_speaker(text, source_start, cue_span.start, index), cue_span,
                                            _trimmed(text, par.start, par.start + comma), "title")
            elif n <= _MAX_PREFIX_WORDS:
                yield HeadlineStatement(_speaker(text, par.start, cue_span.start, index), cue_span,
                                        _trimmed(text, cue_span.end, par.start + len(line)), "title")
            break


def _title_case(words: list[str]) -> bool:
    if len(words) < _MIN_TITLE_WORDS:
        return False
    long = [w for w in words if len(w) > 4 or (len(w) == 4 and w[-1].isalpha())]
    return bool(long) and sum(w[0].isupper() or w[0] in _QUOTES for w in long) >= _TITLE_CASE_SHARE * len(long)


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    return Span(start, end)
