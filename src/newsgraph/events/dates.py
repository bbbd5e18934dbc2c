"""When an event happened: temporal expressions resolved against the publication date.

Rules (each date records which one fired):
- `date.explicit`: "May 16, 2024", "16 May 2024", "2024-05-16", "in February 2022" (month
  precision), "in 2014" (year precision);
- `date.weekday`: "Thursday" -> the latest such day before the publication date (the day of
  publication itself when it is that day and the text says "today");
- `date.relative`: yesterday, today, tonight, last week/month/year, this week, earlier in the
  week, N days/weeks/months/years ago, months ago (approximate);
- `date.publication`: no expression: the publication date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsgraph.model import Span

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                          "sunday"])}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3, "a few": 3}
_MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
            r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("mdy", re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("month_year", re.compile(rf"\b(?:in|since|from|by|until|of)\s+({_MONTH_RE})(?:\s+(\d{{4}}))?\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|from|by|until|of)\s+((?:19|20)\d{2})\b")),
    ("ago", re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|\d{1,3})\s+"
                       r"(day|week|month|year)s?\s+ago\b", re.I)),
    ("vague_ago", re.compile(r"\b(days|weeks|months|years)\s+ago\b", re.I)),
    ("last", re.compile(r"\b(last|this|next|earlier this|later this|earlier in the|later in the)\s+"
                        r"(week|month|year|weekend)\b", re.I)),
    ("weekday", re.compile(r"\b(?:(last|this|next|on|since)\s+)?(monday|tuesday|wednesday|thursday|friday|"
                           r"saturday|sunday)\b", re.I)),
    ("day", re.compile(r"\b(yesterday|today|tonight|last night|this morning|this afternoon|this evening)\b", re.I)),
]

_DIGIT = re.compile(r"\d")
_ANY_MONTH = re.compile(rf"\b{_MONTH_RE}")
_RELATIVE_WORD = re.compile(r"\b(?:last|this|next|earlier|later)\s")


def parse_publication(published: str | None) -> date | None:
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def sentence_dates(text: str, sentence: Span, published: date | None) -> list[tuple[str, Span, str]]:
    """Every resolvable temporal expression in a sentence: (ISO date, words, rule)."""
    found = []
    low = text[sentence.start : sentence.end].lower()
    present = _cues_present(low)
    for kind, pattern in _PATTERNS:
        if not present[kind]:
            continue
        for m in pattern.finditer(text, sentence.start, sentence.end):
            resolved = _resolve(kind, m, published)
            if resolved is not None:
                found.append((resolved, Span(m.start(), m.end()), f"date.{_rule(kind)}"))
    return found


def _cues_present(low: str) -> dict[str, bool]:
    """Words each pattern cannot match without; most sentences have few, and ten regexes cost."""
    digit = _DIGIT.search(low) is not None
    month = _ANY_MONTH.search(low) is not None
    ago = "ago" in low
    day = "day" in low
    return {"iso": digit, "mdy": month, "dmy": month, "month_year": month, "year": digit, "ago": ago,
            "vague_ago": ago, "last": _RELATIVE_WORD.search(low) is not None, "weekday": day,
            "day": day or "tonight" in low or "last night" in low or "this " in low}


def nearest_date(candidates: list[tuple[str, Span, str]], anchor: int,
                 published: date | None) -> tuple[str | None, Span | None, str]:
    """The expression nearest the event, else the publication date."""
    if candidates:
        value, span, rule = min(candidates, key=lambda c: (abs(c[1].start - anchor), c[1].start))
        return value, span, rule
    if published is not None:
        return published.isoformat(), None, "date.publication"
    return None, None, "date.none"


def find_date(text: str, sentence: Span, anchor: int, published: date | None) -> tuple[str | None, Span | None, str]:
    """(ISO date or None, the words used or None, rule) for an event at offset `anchor`."""
    return nearest_date(sentence_dates(text, sentence, published), anchor, published)


def _rule(kind: str) -> str:
    return {"iso": "explicit", "mdy": "explicit", "dmy": "explicit", "month_year": "explicit",
            "year": "explicit", "weekday": "weekday"}.get(kind, "relative")


def _resolve(kind: str, m: re.Match[str], pub: date | None) -> str | None:
    g = m.groups()
    try:
        if kind == "iso":
            return date(int(g[0]), int(g[1]), int(g[2])).isoformat()
        if kind in ("mdy", "dmy"):
            month_word, day = (g[0], g[1]) if kind == "mdy" else (g[1], g[0])
            month = _MONTHS[month_word.lower().rstrip(".")]
            year = int(g[2]) if g[2] else _nearest_year(month, int(day), pub)
            return date(year, month, int(day)).isoformat() if year else None
        if kind == "month_year":
            month = _MONTHS[g[0].lower().rstrip(".")]
            if g[0].lower() == "may" and not g[1]:
                return None  # "in may" is usually the verb
            year = int(g[1]) if g[1] else _nearest_year(month, 1, pub)
            return f"{year:04d}-{month:02d}" if year else None
        if kind == "year":
            return g[0]
    except (ValueError, KeyError):
        return None
    if pub is None:
        return None
    if kind == "ago":
        n = _NUMBERS.get(g[0].lower()) or int(g[0]) if not g[0].isdigit() else int(g[0])
        unit = g[1].lower()
        if unit == "day":
            return (pub - timedelta(days=n)).isoformat()
        if unit == "week":
            return (pub - timedelta(weeks=n)).isoformat()
        if unit == "month":
            return _month_shift(pub, -n)
        return f"{pub.year - n:04d}"
    if kind == "vague_ago":
        unit = g[0].lower()
        if unit == "days":
            return (pub - timedelta(days=3)).isoformat()
        if unit == "weeks":
            return (pub - timedelta(weeks=2)).isoformat()[:7]
        if unit == "months":
            return _month_shift(pub, -3)
        return f"{pub.year - 2:04d}"
    if kind == "last":
        which, unit = g[0].lower(), g[1].lower()
        if unit in ("week", "weekend"):
            monday = pub - timedelta(days=pub.weekday())
            if which == "last":
                return (monday - timedelta(weeks=1)).isoformat()
            if which == "next":
                return (monday + timedelta(weeks=1)).isoformat()
            return monday.isoformat() if which.startswith(("earlier", "this")) else pub.isoformat()
        if unit == "month":
            return _month_shift(pub, {"last": -1, "next": 1}.get(which, 0))
        return f"{pub.year + {'last': -1, 'next': 1}.get(which, 0):04d}"
    if kind == "weekday":
        target = _WEEKDAYS[g[1].lower()]
        qualifier = (g[0] or "").lower()
        delta = (pub.weekday() - target) % 7
        if qualifier == "next":
            return (pub + timedelta(days=(target - pub.weekday()) % 7 or 7)).isoformat()
        if delta == 0 and qualifier != "last":
            return pub.isoformat()
        if qualifier == "last" and delta == 0:
            delta = 7
        return (pub - timedelta(days=delta)).isoformat()
    if kind == "day":
        word = g[0].lower()
        if word in ("yesterday", "last night"):
            return (pub - timedelta(days=1)).isoformat()
        return pub.isoformat()
    return None


def _nearest_year(month: int, day: int, pub: date | None) -> int | None:
    """A date written without its year: the latest one not far after publication."""
    if pub is None:
        return None
    try:
        candidate = date(pub.year, month, min(day, 28))
    except ValueError:
        return pub.year
    return pub.year - 1 if (candidate - pub).days > 60 else pub.year


def _month_shift(pub: date, months: int) -> str:
    index = pub.year * 12 + (pub.month - 1) + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"
