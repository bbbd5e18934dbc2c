"""Rule-based segmentation that never loses an offset.

Sentences end at . ! ? (and closing quotes/brackets after them) followed by a space and a capital,
digit or opening quote, except after a known abbreviation or a single initial; paragraph breaks
always end a sentence. All patterns are linear, so hostile text cannot make them backtrack.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from newsgraph import lexicons
from newsgraph.model import Doc, Span

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+(?:''|[\"'“‘(\[])?[A-Z0-9])|[.!?…]+[\"'”’)\]]*\s*$")
_TOKEN = re.compile(
    r"[A-Za-z\u00C0-\u024F\u0400-\u04FF]\.(?:[A-Za-z]\.)+"  # U.S., U.K., a.m.
    r"|\d+(?:[.,:]\d+)*(?:-[A-Za-z]+)*"  # 150,000  3.5  14:40  35-year-old
    # O'Brien, re-run
    r"|[\w\u00C0-\u024F]+(?:['’](?![sS]\b|(?i:ve|re|d|ll|m)\b)[\w\u00C0-\u024F]+|-[\w\u00C0-\u024F]+)*"
    r"|['’][sS]\b"  # possessive 's as its own token
    r"|['’](?i:ve|re|d|ll|m)\b"  # "they've", "we're", "I'd": the pronoun is a token of its own
    r"|[^\w\s]",  # any other single non-space character
)


class Token(NamedTuple):
    start: int
    end: int
    text: str


@cache
def abbreviations() -> frozenset[str]:
    return lexicons.word_set("abbreviations.txt")


def paragraph_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if text[start : m.start()].strip():
            spans.append(_strip(text, start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append(_strip(text, start, len(text)))
    return spans


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def sentence_spans(text: str, paragraphs: list[Span] | None = None) -> list[Span]:
    known = abbreviations()
    out: list[Span] = []
    for para in paragraphs if paragraphs is not None else paragraph_spans(text):
        chunk = text[para.start : para.end]
        start = 0
        for m in _BOUNDARY.finditer(chunk):
            mark = m.group(0)
            if mark.startswith(".") and not any(c in "\"'”’" for c in mark) \
                    and _is_abbreviation(chunk, m.start(), known):
                continue  # a closing quotation mark after the full stop ends the sentence: 'said, "No." Then ...'
            end = m.end()
            if chunk[start:end].strip():
                out.append(_strip(text, para.start + start, para.start + end))
            start = end
        if chunk[start:].strip():
            out.append(_strip(text, para.start + start, para.end))
    return out


def _is_abbreviation(chunk: str, dot: int, abbreviations: frozenset[str]) -> bool:
    i = dot
    while i > 0 and (chunk[i - 1].isalpha() or chunk[i - 1] == "."):
        i -= 1
    word = chunk[i:dot].lower()
    if not word:
        return False
    if len(word) == 1 and chunk[dot - 1].isupper():
        return True  # an initial: "Charles Q. Brown"
    if all(len(part) == 1 for part in word.split(".")) and chunk[i:dot].isupper():
        return True  # initials: "J.K. Rowling", as "U.S." is
    return word in abbreviations


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Every non-space character belongs to a token, so each token starts at the first
    non-space character after the previous one: `str.find` recovers offsets faster than match
    objects, and `tuple.__new__` skips the NamedTuple constructor (this is the hot path)."""
    end = len(text) if end is None else end
    out: list[Token] = []
    append, find, make = out.append, text.find, tuple.__new__
    pos = start
    for word in _TOKEN.findall(text, start, end):
        pos = find(word, pos)
        append(make(Token, (pos, pos + len(word), word)))
        pos += len(word)
    return out


def doc_tokens(doc: Doc) -> list[Token]:
    """The document's tokens, computed once and shared by every later component."""
    tokens = doc.cache.get("tokens")
    if tokens is None:
        tokens = doc.cache["tokens"] = tokenize(doc.text)
    return tokens


def token_lowers(doc: Doc, fold_apostrophes: bool = True) -> list[str]:
    """Lowercased token texts (with ’ folded to ' unless asked not to), computed once per document."""
    key = "lowers" if fold_apostrophes else "lowers_plain"
    cached = doc.cache.get(key)
    if cached is None:
        plain = doc.cache.get("lowers_plain")
        if plain is None:
            plain = doc.cache["lowers_plain"] = [t.text.lower() for t in doc_tokens(doc)]
        cached = doc.cache[key] = [w.replace("’", "'") for w in plain] if fold_apostrophes else plain
    return cached


def segment(doc: Doc) -> Doc:
    """Pipeline component: fill paragraphs and sentences, and cache the token list."""
    text = doc.text
    doc.paragraphs = paragraph_spans(text)
    doc.sentences = sentence_spans(text, doc.paragraphs)
    doc.cache["tokens"] = tokenize(text)
    doc.cache.pop("lowers", None)  # views of the old token list
    doc.cache.pop("lowers_plain", None)
    return doc
