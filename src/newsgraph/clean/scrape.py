"""Clean a plain-text scrape: drop page debris and captions, lift title, byline and dateline.

Each line is classified by named rules driven by lexicons (`debris.txt`, `caption_*.txt`).
Lines in the head of the page (before the first paragraph of prose) may become metadata;
elsewhere only debris and captions are removed, so every sentence of the article is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from newsgraph import lexicons
from newsgraph.clean.metadata import looks_like_dateline, parse_date, split_authors

MAX_DEBRIS_LINE = 300  # longer lines are prose; never run the debris patterns on them
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_BYLINE = re.compile(r"^\s*(?:written\s+|words\s+|reporting\s+|story\s+)?by\s*:?\s+(?P<names>.{2,150})$", re.I)
_AUTHOR_LABEL = re.compile(r"^\s*(?:authors?|byline)\s*:\s*(?P<names>.{2,150})$", re.I)
_NAME = re.compile(r"^[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|de|van|von|der|da|del|la|le|bin|al|el))*$")
_BYLINE_DATE = re.compile(r"\s*(?:\||,|·|-|–|—|\bon\b)\s*(?=[^|,·]*\d{4})")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(slots=True)
class ScrapeResult:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    removed: list[tuple[str, str]] = field(default_factory=list)  # (rule, line), for "why?"


@cache
def _caption_rules() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    prefixes = tuple(p.lower() for p in lexicons.entries("caption_prefixes.txt"))
    credits = "|".join(re.escape(c) for c in sorted(lexicons.entries("caption_credits.txt"), key=len, reverse=True))
    media = "|".join(re.escape(m) for m in sorted(lexicons.entries("caption_media.txt"), key=len, reverse=True))
    credit_end = re.compile(rf"(?:,|/|;|\||\bvia|\bfor|\bphoto:?)\s*(?:{credits})\s*\)?$", re.I)
    media_end = re.compile(rf"\b(?:{media})\s*\)?$", re.I)
    return prefixes, credit_end, media_end


def is_debris(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_DEBRIS_LINE:
        return False
    return any(p.match(stripped) for p in lexicons.patterns("debris.txt"))


def is_caption(line: str) -> bool:
    """A photo caption or credit: short, no sentence-final punctuation, caption-shaped."""
    stripped = line.strip()
    if not stripped or len(stripped) > 250 or _SENTENCE_END.search(stripped):
        return False
    prefixes, credit_end, media_end = _caption_rules()
    lower = stripped.lower()
    if lower.startswith(prefixes):
        return True
    return bool(credit_end.search(stripped) or (len(stripped.split()) <= 12 and media_end.search(stripped)))


def byline_authors(line: str) -> list[str] | None:
    """The author names if the line is a byline ("by Tyler Durden", "By A and B | Reuters")."""
    stripped = line.strip()
    if len(stripped) > 200:
        return None
    m = _BYLINE.match(stripped) or _AUTHOR_LABEL.match(stripped)
    if not m:
        return None
    names = _BYLINE_DATE.split(m.group("names"), maxsplit=1)[0]
    authors = split_authors(names)
    if authors and all(_NAME.match(a) for a in authors):
        agencies = {c.lower() for c in lexicons.entries("caption_credits.txt")}
        people = [a for a in authors if a.lower() not in agencies]
        return people or authors  # "By A and B | Reuters": the agency is not an author
    return None


def is_prose(line: str) -> bool:
    """A paragraph of the article: several words ending like a sentence."""
    stripped = line.strip()
    return len(_WORD.findall(stripped)) >= 8 and bool(_SENTENCE_END.search(stripped))


def is_headline(line: str) -> bool:
    stripped = line.strip()
    words = stripped.split()
    if not 2 <= len(words) <= 40 or stripped.endswith((".", ",", ";", ":")):
        return False
    return sum(w[:1].isupper() for w in words) >= 1 and not looks_like_dateline(stripped)


def clean_scrape(raw: str, *, known_title: str | None = None) -> ScrapeResult:
    lines = raw.split("\n")
    result = ScrapeResult(text="")
    kept: list[tuple[int, str]] = []  # (block number, line)
    block = 0
    in_head = True
    for line in lines:
        stripped = line.strip()
        if not stripped:
            block += 1
            continue
        if is_debris(stripped):
            result.removed.append(("debris.lexicon", stripped))
            continue
        if is_caption(stripped) and not (in_head and byline_authors(stripped)):
            result.removed.append(("caption.shape", stripped))
            continue
        if in_head:
            if _take_head_line(stripped, result, known_title):
                continue
            if is_prose(stripped):
                in_head = False
        elif _take_tail_metadata(stripped, result):
            continue
        kept.append((block, stripped))
    result.text = _join_paragraphs(kept)
    return result


def _take_head_line(line: str, result: ScrapeResult, known_title: str | None) -> bool:
    """Lift metadata out of the page head; True when the line was consumed."""
    if known_title and _same_title(line, known_title):
        result.title = result.title or known_title
        result.removed.append(("head.title", line))
        return True
    authors = byline_authors(line)
    if authors is not None:
        if not result.authors:
            result.authors = authors
        rest = _BYLINE_DATE.split(line, maxsplit=1)
        if len(rest) > 1 and not result.published:
            result.published = parse_date(rest[1])
        result.removed.append(("head.byline", line))
        return True
    if looks_like_dateline(line):
        if not result.published:
            result.published = parse_date(line)
        result.removed.append(("head.dateline", line))
        return True
    if result.title is None and known_title is None and is_headline(line):
        result.title = line
        result.removed.append(("head.title", line))
        return True
    return False


def _take_tail_metadata(line: str, result: ScrapeResult) -> bool:
    """Bylines and datelines that some sites print after the article."""
    if len(line) < 120 and (byline_authors(line) is not None or looks_like_dateline(line)):
        result.removed.append(("tail.metadata", line))
        return True
    return False


def _same_title(line: str, title: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()

    return norm(line) == norm(title)


def _join_paragraphs(kept: list[tuple[int, str]]) -> str:
    """One paragraph per line, except hard-wrapped prose, whose lines are rejoined with a space."""
    paragraphs: list[str] = []
    prev_block = None
    for block, line in kept:
        if (
            paragraphs
            and block == prev_block
            and not _SENTENCE_END.search(paragraphs[-1])
            and len(paragraphs[-1]) >= 40
            and line[:1].islower()
        ):
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
        prev_block = block
    return "\n\n".join(paragraphs)
