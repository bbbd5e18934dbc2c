"""HTML pages: main text through trafilatura, metadata from the page's own structured data.

Metadata sources, most trusted first: schema.org JSON-LD, OpenGraph/article meta tags, citation
and Dublin Core tags, then trafilatura's own heuristics.
"""

from __future__ import annotations

import html as htmllib
import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import trafilatura
from lxml import html as lxml_html

from newsgraph.clean.metadata import clean_title, invert_name, parse_date, split_authors
from newsgraph.clean.scrape import is_caption, is_debris

_ARTICLE_TYPES = ("article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "webpage", "report", "liveblogposting", "scholarlyarticle")
_META_DATE = (
    "article:published_time", "og:published_time", "og:article:published_time", "parsely-pub-date",
    "sailthru.date", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "citation_publication_date", "citation_online_date", "datepublished",
)
_META_AUTHOR = ("author", "article:author", "parsely-author", "sailthru.author", "byl", "dc.creator",
                "citation_author", "dcterms.creator")
MAX_HTML_CHARS = 8_000_000


@dataclass(slots=True)
class HtmlResult:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site: str | None = None
    url: str | None = None


def extract_html(html: str, url: str | None = None) -> HtmlResult:
    html = html[:MAX_HTML_CHARS]
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        tree = None
    meta: _Metadata | None = None
    if tree is not None:
        meta = _Metadata(tree)
        url = url or meta.first_meta("og:url") or _canonical(tree)
    extracted = trafilatura.bare_extraction(
        tree if tree is not None else html, url=url, with_metadata=True, include_comments=False,
        include_tables=False, deduplicate=False,
    )
    data: dict[str, Any] = {}
    if extracted is not None:
        data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = _clean_body(data.get("text") or "")
    if not text and tree is not None:
        text = _clean_body(tree.text_content())
    site = (meta.site() if meta else None) or data.get("sitename")
    domain = urlparse(url).netloc if url else None
    raw_title = (meta.title() if meta else None) or data.get("title")
    authors = meta.authors(site) if meta else []
    if not authors and data.get("author"):
        authors = split_authors(data["author"].split(";"), exclude={site or ""})
    published = (meta.published() if meta else None) or parse_date(data.get("date"))
    title = clean_title(raw_title, site, domain)
    return HtmlResult(
        text=_drop_leading_title(text, [title, raw_title, data.get("title")]),
        title=title,
        authors=authors,
        published=published,
        site=site or (domain.removeprefix("www.") if domain else None),
        url=url,
    )


def _clean_body(text: str) -> str:
    paragraphs = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if line and not is_debris(line) and not is_caption(line):
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def _drop_leading_title(text: str, titles: list[str | None]) -> str:
    """Extractors often keep the headline as the first paragraph; it is metadata, not body."""
    first, _, rest = text.partition("\n\n")
    key = _title_key(first)
    if rest and key and any(t and _title_key(t) == key for t in titles):
        return rest
    return text


def _title_key(value: str) -> str:
    return "".join(ch for ch in value.lower() if ch.isalnum())


def _canonical(tree: Any) -> str | None:
    hrefs = tree.xpath('//link[@rel="canonical"]/@href')
    return hrefs[0].strip() if hrefs else None


class _Metadata:
    def __init__(self, tree: Any) -> None:
        self.tree = tree
        self.meta: dict[str, list[str]] = {}
        for node in tree.xpath("//meta[@content]"):
            key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
            if key:
                self.meta.setdefault(key, []).append(node.get("content", "").strip())
        self.ld = _json_ld_articles(tree)

    def first_meta(self, *keys: str) -> str | None:
        for key in keys:
            for value in self.meta.get(key, []):
                if value:
                    return value
        return None

    def title(self) -> str | None:
        # og:title is often a social-media variant of the headline; when the structured headline and
        # the page's own <title> agree, two sources confirm the page's headline
        headline = self._ld_str("headline")
        if headline and _title_key(clean_title(_unescape(headline)) or "") == \
                _title_key(clean_title(" ".join(self.tree.xpath("string(//title)").split()), self.site()) or ""):
            return _unescape(headline)
        for value in (self.first_meta("og:title", "twitter:title"), self._ld_str("headline", "name")):
            if value:
                return _unescape(value)
        h1 = self.tree.xpath("string(//h1)")
        if h1 and h1.strip():
            return " ".join(h1.split())
        title = self.tree.xpath("string(//title)")
        return " ".join(title.split()) or None

    def site(self) -> str | None:
        site = self.first_meta("og:site_name", "application-name")
        if site:
            return site
        for item in self.ld:
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                return publisher["name"]
        return None

    def authors(self, site: str | None) -> list[str]:
        exclude = {site or "", "Condé Nast", "Conde Nast"}
        for item in self.ld:
            names = _names(item.get("author"))
            if names:
                return split_authors(names, exclude=exclude)
        for key in _META_AUTHOR:
            values = self.meta.get(key, [])
            if key in ("citation_author", "dc.creator", "dcterms.creator"):
                values = [invert_name(v) for v in values]
            names = split_authors(values, exclude=exclude)
            if names:
                return names
        return []

    def published(self) -> str | None:
        for item in self.ld:
            for key in ("datePublished", "dateCreated", "uploadDate"):
                value = item.get(key)
                if isinstance(value, str) and (parsed := parse_date(value)):
                    return parsed
        for key in _META_DATE:
            for value in self.meta.get(key, []):
                if parsed := parse_date(value):
                    return parsed
        for value in self.tree.xpath("//time[@datetime]/@datetime")[:3]:
            if parsed := parse_date(value):
                return parsed
        return None

    def _ld_str(self, *keys: str) -> str | None:
        for item in self.ld:
            for key in keys:
                value = item.get(key)
                if isinstance(value, str) and value.strip():
                    return value.strip()
        return None


def _json_ld_articles(tree: Any) -> list[dict[str, Any]]:
    """JSON-LD objects of article types, outermost first."""
    found: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                types = item.get("@type")
                types = [types] if isinstance(types, str) else types if isinstance(types, list) else []
                if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                    found.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    # news articles before generic web pages
    found.sort(key=lambda it: "webpage" in str(it.get("@type")).lower())
    return found


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _unescape(value: str) -> str:
    return " ".join(htmllib.unescape(value).split()).replace("\u00a0", " ")

