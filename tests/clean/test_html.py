from pathlib import Path

from newsgraph.clean.html import extract_html
from newsgraph.clean.metadata import clean_title, parse_date, split_authors

FIXTURE = Path(__file__).resolve().parents[2] / "examples" / "newsroom-page.html"


def test_page_metadata_from_structured_data():
    page = extract_html(FIXTURE.read_text(encoding="utf-8"))
    assert page.title == "Coastal Guard Detains Fishing Crew After Standoff"
    assert page.authors == ["Jonas Berg", "Lea Nyström"]
    assert page.published == "2026-04-22T16:05+02:00"
    assert page.site == "The Harbor Ledger"
    assert page.text.startswith("The Norwegian coast guard detained")
    assert "Subscribe" not in page.text and "All rights reserved" not in page.text


def test_titles_lose_site_and_section_suffixes():
    assert clean_title("Bridge reopens after repairs | The Harbor Ledger", "The Harbor Ledger") == \
        "Bridge reopens after repairs"
    assert clean_title("Russia hits Kyiv with missiles, damages schools - National | Globalnews.ca",
                       "Global News", "globalnews.ca") == "Russia hits Kyiv with missiles, damages schools"
    assert clean_title("Biden - Trump debate: what we learned") == "Biden - Trump debate: what we learned"


def test_dates_and_authors_are_normalised():
    assert parse_date("Friday, May 17, 2024 - 02:40 PM") == "2024-05-17T14:40"
    assert parse_date("2023-04-28T17:40:08+00:00") == "2023-04-28T17:40:08+00:00"
    assert parse_date("3 June 2024") == "2024-06-03"
    assert parse_date("not a date") is None
    assert split_authors("By Samya Kullab and Vasilisa Stepanenko") == ["Samya Kullab", "Vasilisa Stepanenko"]
    assert split_authors(["Sophie Foster", "sophie-foster", "https://x.com/a"]) == ["Sophie Foster"]


def _page(og: str, headline: str, title: str) -> str:
    body = "<p>" + "The council voted on the harbour plan after a long debate that ran late. " * 6 + "</p>"
    return (f'<html><head><title>{title}</title><meta property="og:title" content="{og}">'
            f'<meta property="og:site_name" content="The Harbor Ledger">'
            f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{headline}"}}</script>'
            f"</head><body><article><h1>{og}</h1>{body}</article></body></html>")


def test_the_headline_two_sources_agree_on_beats_the_social_title():
    page = extract_html(_page("You won't believe the harbour vote", "Council approves harbour plan",
                              "Council approves harbour plan | The Harbor Ledger"))
    assert page.title == "Council approves harbour plan"
    page = extract_html(_page("Council approves harbour plan", "Harbour plan approved",
                              "Harbour vote live | The Harbor Ledger"))
    assert page.title == "Council approves harbour plan"  # no agreement: OpenGraph first, as before
