"""Metadata normalisation shared by every input kind: dates, author lists, titles."""

from __future__ import annotations

import re
import warnings
from datetime import datetime, timedelta, timezone

from dateutil import parser as dateparser
from dateutil.parser import ParserError

from newsgraph import lexicons

_TZINFOS = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 3600, "CET": 3600, "CEST": 7200, "EET": 7200, "EEST": 10800,
    "MSK": 10800, "IST": 19800, "JST": 32400, "AEST": 36000, "AEDT": 39600,
    "ET": -18000, "EST": -18000, "EDT": -14400, "CT": -21600, "CST": -21600, "CDT": -18000,
    "MT": -25200, "MST": -25200, "MDT": -21600, "PT": -28800, "PST": -28800, "PDT": -25200,
}
_DATE_PREFIX = re.compile(
    r"^\s*(?:(?:first\s+)?(?:published|posted|updated|last\s+updated|modified|date)\s*(?:on|at)?\s*:?\s*)+",
    re.I,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_HAS_DATE = re.compile(rf"\b(?:{_MONTH}|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}})", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def parse_date(value: str | None, *, dayfirst: bool = False) -> str | None:
    """An ISO-8601 string for a date or datetime written any common way, or None.

    Precision is kept: a date alone stays a date; minutes without seconds stay minutes.
    """
    if not value or len(value) > 120:
        return None
    text = _DATE_PREFIX.sub("", value.strip())
    text = re.sub(r"\s+[-|–—@]\s+|\s+at\s+|,?\s+\|\s*", " ", text)
    text = text.replace("a.m.", "AM").replace("p.m.", "PM")
    if not (_YEAR.search(text) or re.search(r"\d{1,2}/\d{1,2}/\d{2}\b", text)):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            dt = dateparser.parse(text, dayfirst=dayfirst, tzinfos=_TZINFOS, default=datetime(1, 1, 1))
    except (ParserError, ValueError, OverflowError, TypeError):
        return None
    if dt.year < 1900 or dt.year > 2100:
        return None
    return format_datetime(dt, has_time=bool(re.search(r"\d:\d\d|\dT\d|\d\s*(?:am|pm)\b", text, re.I)),
                           has_seconds=bool(re.search(r"\d:\d\d:\d\d", text)))


def format_datetime(dt: datetime, *, has_time: bool = True, has_seconds: bool = True) -> str:
    if not has_time:
        return dt.date().isoformat()
    spec = "seconds" if has_seconds and (dt.second or dt.microsecond) else "minutes"
    if dt.tzinfo is not None and dt.utcoffset() is not None:
        offset = dt.utcoffset() or timedelta(0)
        dt = dt.replace(tzinfo=timezone(offset))
    return dt.isoformat(timespec=spec)


def looks_like_dateline(line: str) -> bool:
    """A short line that is only a date (with optional weekday, time and 'Published')."""
    words = line.split()
    if not 1 <= len(words) <= 14 or not _HAS_DATE.search(line):
        return False
    return parse_date(line) is not None and _only_date_words(line)


def _only_date_words(line: str) -> bool:
    rest = _DATE_PREFIX.sub("", line)
    rest = re.sub(
        rf"{_MONTH}|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b|\b(?:am|pm|a\.m\.|p\.m\.)|"
        r"\b(?:[A-Z]{1,4}T|UTC|GMT|Z)\b|\d+(?:st|nd|rd|th)?|\bat\b|\bon\b|[,.:/|@\-–—+() T]",
        "",
        rest,
        flags=re.I,
    )
    return not rest.strip()


_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||,\s*and\s+|\s+and\s+|\s+&\s+|,)\s*", re.I)
_URLISH = re.compile(r"https?://|www\.|\.com\b|\.co\.uk\b|@", re.I)
_BY = re.compile(r"^\s*(?:written\s+|words\s+|reporting\s+|story\s+)?by\s*:?\s+", re.I)


def split_authors(value: str | list[str] | None, *, exclude: set[str] | None = None) -> list[str]:
    """A clean list of author names from a byline string or a list of them."""
    raw = value if isinstance(value, list) else [value or ""]
    noise = lexicons.word_set("byline_noise.txt")
    excluded = {_author_key(e) for e in exclude or set() if e}
    out: list[str] = []
    seen: set[str] = set()
    for chunk in raw:
        chunk = _BY.sub("", chunk or "")
        for part in _AUTHOR_SPLIT.split(chunk):
            part = part.strip(" .\t\n·-–—")
            if not part or part.lower() in noise or _URLISH.search(part):
                continue
            if any(ch.isdigit() or ch in "():" for ch in part) or len(part.split()) > 6 or len(part) > 60:
                continue
            if part.islower() and "-" in part:
                continue  # a URL slug such as "sophie-foster"
            key = _author_key(part)
            if key in seen or key in excluded:
                continue
            seen.add(key)
            out.append(part)
    return out


def _author_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def invert_name(name: str) -> str:
    """'You, Xiaoying' -> 'Xiaoying You' (citation and Dublin Core metadata put surnames first)."""
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if last and first and len(first.split()) <= 3 and len(last.split()) <= 3:
            return f"{first} {last}"
    return name


_TITLE_SEPARATORS = re.compile(r"\s+(?:\||::|\*|»|·)\s+")
_DASH_SEPARATOR = re.compile(r"\s+[-–—]\s+")


def clean_title(title: str | None, site: str | None = None, domain: str | None = None) -> str | None:
    """Drop site names and section labels that pages append to their titles."""
    if not title:
        return None
    title = " ".join(title.split())
    sections = lexicons.word_set("title_sections.txt")
    site_keys = {k for k in (_site_key(site), _site_key(domain)) if k}

    def is_site_part(part: str) -> bool:
        key = _site_key(part)
        return bool(key) and (
            key in site_keys or any(key in s or s in key for s in site_keys if len(s) > 3)
            or part.lower() in sections or part.lower().startswith("by ")
        )

    changed = True
    while changed:
        changed = False
        parts = _TITLE_SEPARATORS.split(title)
        if len(parts) > 1 and (is_site_part(parts[-1]) or len(parts[-1].split()) <= 4
                               or parts[-1].lower().startswith("by ")):
            title = " | ".join(parts[:-1]) if len(parts) > 2 else parts[0]
            changed = True
            continue
        dparts = _DASH_SEPARATOR.split(title)
        if len(dparts) > 1 and is_site_part(dparts[-1]) and len(" ".join(dparts[:-1]).split()) >= 3:
            title = title[: title.rfind(dparts[-1])].rstrip(" -–—")
            changed = True
    title = title.strip(" |")
    return title or None


def _site_key(value: str | None) -> str:
    if not value:
        return ""
    value = value.lower()
    value = re.sub(r"^https?://", "", value)
    value = re.sub(r"^www\.", "", value)
    value = re.sub(r"\.(com|co\.uk|co|org|net|ca|uk|news|io)(/.*)?$", "", value)
    return re.sub(r"[^a-z0-9]", "", value)
