"""Clean: turn a raw document (scraped text, HTML, JSONL record) into an article with metadata."""

from __future__ import annotations

from urllib.parse import urlparse

from newsgraph.clean.html import extract_html
from newsgraph.clean.metadata import clean_title, parse_date, split_authors
from newsgraph.clean.scrape import clean_scrape
from newsgraph.model import Article, Doc, RawDocument

__all__ = ["build_doc", "clean_scrape", "extract_html"]


class EmptyArticle(ValueError):
    pass


def build_doc(raw: RawDocument) -> Doc:
    """The article of a raw document: clean text plus metadata (raises EmptyArticle)."""
    title, authors, published, site, url = raw.title, list(raw.authors), raw.published, raw.site, raw.url
    if raw.verbatim and raw.text is not None:
        text = raw.text
    elif raw.html is not None:
        page = extract_html(raw.html, url=raw.url)
        text = page.text
        title = title or page.title
        authors = authors or page.authors
        published = published or page.published
        site, url = site or page.site, url or page.url
    else:
        scrape = clean_scrape(raw.text or "", known_title=title)
        text = scrape.text
        title = title or scrape.title
        authors = authors or scrape.authors
        published = published or scrape.published
    if not text.strip():
        raise EmptyArticle("no article text found")
    if not site and url:
        site = urlparse(url).netloc.lower().removeprefix("www.") or None
    article = Article(
        id=raw.id,
        text=text,
        title=clean_title(title) if title else None,
        authors=split_authors(authors) if authors else [],
        published=parse_date(published) if published else None,
        site=site,
        url=url,
    )
    return Doc(article=article, source=raw.source)
