"""Bytes to text: detect the encoding, refuse binary data, never crash on bytes."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_\-.]{1,40})["']""")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# bytes that never occur in text: NUL and the C0 controls other than tab, newlines, form feed, escape
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class DecodeError(ValueError):
    pass


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if any(sample.startswith(bom) for bom, _ in _BOMS[:2] + _BOMS[3:]):
        return False  # UTF-16/32 text has NULs by design
    bad = sum(sample.count(bytes([b])) for b in _BINARY_BYTES)
    return b"\x00" in sample or bad / len(sample) > 0.05


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode bytes to str: BOM, then UTF-8, then a declared charset, then detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _clean(data.decode(encoding, errors="replace"))
    if looks_binary(data):
        raise DecodeError("binary data, not text")
    try:
        return _clean(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    for candidate in (declared, _declared_charset(data)):
        if candidate:
            try:
                return _clean(data.decode(_normalise_charset(candidate)))
            except (LookupError, UnicodeDecodeError):
                continue
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return _clean(data.decode(best.encoding, errors="replace"))
    return _clean(data.decode("cp1252", errors="replace"))


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "ignore") if m else None


def _normalise_charset(name: str) -> str:
    name = name.strip().lower()
    # browsers treat these labels as windows-1252, and so do the pages that declare them
    return "cp1252" if name in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"} else name


def _clean(text: str) -> str:
    """Normalise newlines and drop control characters that no article contains."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_CHARS.sub("", text)
