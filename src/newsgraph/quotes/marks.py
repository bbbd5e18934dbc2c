"""Quotation marks: pair them into quoted spans, across paragraphs when a quote runs on.

Straight, curly and guillemet double quotes; curly and straight single quotes when they are
used as quotation marks (not apostrophes: a letter on both sides is an apostrophe); `''` as a
double quote. A quote left open at the end of a paragraph runs on; a paragraph that opens with
a quotation mark continues it (the convention for quotes over several paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.model import Doc, Span

_DOUBLE = re.compile(r"''|``|[\"“”«»„]")
_SINGLE = re.compile(r"[‘’']")
_OPENERS = "“«„"
_CLOSERS = "”»"
MAX_SINGLE_QUOTE = 300


@dataclass(slots=True)
class Quoted:
    span: Span  # including the marks
    inner: Span  # without the marks
    single: bool = False
    runs_on: bool = False  # opened but not closed in its paragraph
    continues: bool = False  # continues a quote from the previous paragraph


def quote_marks(doc: Doc) -> list[Quoted]:
    """`find_quotes` over the document's paragraphs, computed once (actors and quotes both ask)."""
    cached = doc.cache.get("quote_marks")
    if cached is None:
        cached = doc.cache["quote_marks"] = find_quotes(doc.text, doc.paragraphs)
    return cached


def find_quotes(text: str, paragraphs: list[Span]) -> list[Quoted]:
    out: list[Quoted] = []
    previous_open = False
    for para in paragraphs:
        quotes, left_open = _double_quotes(text, para)
        if previous_open and quotes and quotes[0].span.start == para.start:
            quotes[0].continues = True
        out.extend(quotes)
        previous_open = left_open
        out.extend(_single_quotes(text, para, quotes))
    out.sort(key=lambda q: q.span.start)
    return out


def _double_quotes(text: str, para: Span) -> tuple[list[Quoted], bool]:
    quotes: list[Quoted] = []
    open_at: int | None = None
    open_len = 1
    for m in _DOUBLE.finditer(text, para.start, para.end):
        mark = m.group(0)
        pos = m.start()
        before = text[pos - 1] if pos > para.start else " "
        after = text[m.end()] if m.end() < para.end else " "
        if open_at is None:
            if mark in _CLOSERS or (mark in ('"', "''") and after.isspace()):
                continue
            open_at, open_len = pos, len(mark)
            continue
        is_close = mark in _CLOSERS or (mark in ('"', "''") and not before.isspace()) or (mark == "``" and False)
        line_end = pos - 1
        while line_end > pos - 8 and text[line_end] in " \t\xa0":
            line_end -= 1
        if not is_close and text[line_end] == "\n" and line_end > open_at + open_len + 1:
            # a quote left open at the end of a line that a new quote opens: it ran on to the line's end
            end = line_end
            while text[end - 1].isspace():
                end -= 1
            if end > open_at + open_len:
                quotes.append(Quoted(Span(open_at, end), Span(open_at + open_len, end), runs_on=True))
            open_at, open_len = pos, len(mark)
            continue
        if mark in _OPENERS and before.isspace():
            open_at, open_len = pos, len(mark)  # a new quote opens; the earlier mark was stray
            continue
        if is_close and pos > open_at + open_len:
            quotes.append(Quoted(Span(open_at, m.end()), Span(open_at + open_len, pos)))
            open_at = None
    if open_at is not None and para.end - open_at > open_len + 1:
        quotes.append(Quoted(Span(open_at, para.end), Span(open_at + open_len, para.end), runs_on=True))
        return quotes, True
    return quotes, False


def _single_quotes(text: str, para: Span, doubles: list[Quoted]) -> list[Quoted]:
    """Single-quoted spans outside double quotes: 'no', ‘safer’."""
    out: list[Quoted] = []
    open_at: int | None = None
    for m in _SINGLE.finditer(text, para.start, para.end):
        pos = m.start()
        if any(q.span.start <= pos < q.span.end for q in doubles):
            continue
        before = text[pos - 1] if pos > para.start else " "
        after = text[pos + 1] if pos + 1 < para.end else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe: don't, Ukraine's
        mark = m.group(0)
        if open_at is None:
            if mark != "’" and (before.isspace() or before in "(“\"—-[") and (after.isalnum() or after in "[“\""):
                open_at = pos
            continue
        if pos - open_at > MAX_SINGLE_QUOTE:
            open_at = None
            continue
        if mark != "‘" and not before.isspace() and (not after.isalnum()):
            if before == "s" and after.isspace() and text[open_at + 1 : pos].count(" ") > 6:
                continue  # a plural possessive (the leaders' ...), not the close
            out.append(Quoted(Span(open_at, pos + 1), Span(open_at + 1, pos), single=True))
            open_at = None
    return out
