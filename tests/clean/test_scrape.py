from newsgraph.clean.scrape import byline_authors, clean_scrape, is_caption, is_debris
from tests.conftest import shared_path


def test_seed_metadata_and_body():
    raw = shared_path("seed", "000_df0ead85eb823479.txt").read_text(encoding="utf-8")
    result = clean_scrape(raw)
    assert result.title == "Ukraine Formally Asks NATO To Send Troops For First Time, Pentagon Mulling"
    assert result.authors == ["Tyler Durden"]
    assert result.published == "2024-05-17T14:40"
    lines = set(result.text.split("\n\n"))
    for debris in ("print-icon", "Tyler Durden's Photo", "Loading...", "0", "Illustrative: US Army image",
                   "Chairman of the Joint Chiefs of Staff Gen. Charles Q. Brown Jr., AP"):
        assert debris not in lines
    # every paragraph of the article itself is kept, in order
    body = [ln.strip() for ln in raw.split("\n")[10:]
            if len(ln.split()) > 12 and ln.strip().endswith((".", "\"", "”", ":"))]
    for paragraph in body:
        assert paragraph in lines
    assert result.text.startswith("The continued inevitable")
    assert result.text.endswith("announce the escalation to the public.")


def test_scrape_of_another_site_style():
    raw = "\n".join([
        "Skip to main content", "Menu", "Share on Facebook", "Tweet",
        "Port Workers Walk Out In Lindmark", "",
        "By Sara Quist and Piet de Vries | Reuters", "Updated: 3 February 2026 08:15 GMT", "",
        "Dock workers walked off the job on Monday, the port authority said in a statement.",
        "Photo: Jan Olsen/Reuters", "",
        "The strike is the first in a decade, union leaders told reporters outside the gates.",
        "Advertisement", "Related Stories", "12 comments", "© 2026 Harbor Ledger",
    ])
    result = clean_scrape(raw)
    assert result.title == "Port Workers Walk Out In Lindmark"
    assert result.authors == ["Sara Quist", "Piet de Vries"]
    assert result.published == "2026-02-03T08:15+00:00"
    assert result.text.split("\n\n") == [
        "Dock workers walked off the job on Monday, the port authority said in a statement.",
        "The strike is the first in a decade, union leaders told reporters outside the gates.",
    ]


def test_clean_text_without_page_furniture_is_left_alone():
    raw = "The ministry said the talks would resume on Friday.\n\nOfficials declined to comment further."
    assert clean_scrape(raw).text == raw


def test_rules_are_specific():
    assert is_debris("print-icon") and is_debris("Loading...") and is_debris("0") and is_debris("Advertisement")
    assert not is_debris("The ministry said 0 people were hurt.")
    assert is_caption("Illustrative: US Army image")
    assert is_caption("President Anya Korvel at the summit, AFP via Getty Images")
    assert not is_caption("Kestrian forces shelled the outskirts of Orsk again on Sunday, AP reported.")
    assert byline_authors("by Tyler Durden") == ["Tyler Durden"]
    assert byline_authors("by the way, the minister resigned") is None


def test_hostile_line_is_fast():
    import time

    raw = ("a" * 100_000 + "\n") + ("-" * 50_000 + "!\n") + ("Photo: " + "x " * 20_000 + "\n")
    t0 = time.perf_counter()
    clean_scrape(raw)
    assert time.perf_counter() - t0 < 2.0
