"""Lexicons are data: each must load, be well formed, and refer only to valid codes."""

import re
import time
from importlib import resources

import pycountry
import pytest

from newsgraph import lexicons
from newsgraph.events.lexicon import cameo_codes, triggers

ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
SECTORS = {"GOV", "MIL", "COP", "REB", "OPP", "PTY", "LEG", "JUD", "SPY", "MED", "BUS", "CRM", "CVL", "REF",
           "EDU", "HLH", "REL", "LAB", "AGR", "NGO", "HRI", "IGO", "ENV", "ELI", ""}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def all_files():
    return sorted(p.name for p in resources.files("newsgraph.lexicons").iterdir() if p.suffix in (".txt", ".tsv"))


@pytest.mark.parametrize("name", all_files())
def test_every_lexicon_loads_and_is_not_empty(name):
    rows = lexicons.table(name) if name.endswith(".tsv") else lexicons.entries(name)
    assert len(rows) > 0


@pytest.mark.parametrize("name,column", [("demonyms.tsv", "country"), ("country_aliases.tsv", "country"),
                                         ("metonyms.tsv", "country"), ("organizations.tsv", "country"),
                                         ("people.tsv", "country"), ("regions.tsv", "country"),
                                         ("titles.tsv", "country")])
def test_country_codes_are_iso3(name, column):
    for row in lexicons.table(name):
        assert row[column] in ISO3 or row[column] == "", (name, row)


@pytest.mark.parametrize("name", ["agents.tsv", "titles.tsv", "organizations.tsv", "metonyms.tsv", "people.tsv",
                                  "org_suffixes.tsv"])
def test_sectors_are_cameo_sectors(name):
    for row in lexicons.table(name):
        assert row["sector"] in SECTORS, (name, row)


def test_event_tables_are_consistent():
    codes = cameo_codes()
    assert all(c.plover in PLOVER and c.quad in (1, 2, 3, 4) and -10 <= c.goldstein <= 10 for c in codes.values())
    for row in lexicons.table("event_triggers.tsv"):
        assert row["cameo"] in codes, row
        assert row["pos"] in ("verb", "noun"), row
    assert {t.cameo.plover for ts in triggers().values() for t in ts} == PLOVER


def test_trigger_readings_do_not_claim_the_same_object():
    """Two readings of one trigger that both require the same word make the table order decide
    the code ("accepted refugees" was once CONCEDE 083 and AID 075 at the same time)."""
    claimed: dict[tuple[str, str, str], str] = {}
    for row in lexicons.table("event_triggers.tsv"):
        for word in filter(None, row["requires"].split(",")):
            key = (row["trigger"], row["pos"], word)
            assert claimed.setdefault(key, row["cameo"]) == row["cameo"], (key, claimed[key], row["cameo"])
    assert triggers()[("accepted",)], "the inflected forms are generated"


def test_tsv_rows_have_the_header_width():
    """A stray tab shifts every later column (a verb's irregular forms silently lost)."""
    for path in sorted(resources.files(lexicons).iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".tsv"):
            continue
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
        width = len(lines[0].split("\t"))
        for n, line in enumerate(lines[1:], start=2):
            assert len(line.split("\t")) <= width, f"{path.name} row {n}: {line!r}"


def test_nominal_cues_and_headline_labels():
    rows = lexicons.table("nominal_cues.tsv")
    assert rows and all(r["pos"] in ("noun", "adj") and r["prepositions"] for r in rows)
    that_adjectives = {r["word"] for r in rows if r["pos"] == "adj" and "that" in r["prepositions"].split("|")}
    assert {"sure", "convinced", "confident"} <= that_adjectives  # "made sure that ..." is an aim, held too
    assert len({r["word"] for r in rows}) == len(rows)
    assert all(e == e.lower() for e in lexicons.entries("headline_labels.txt"))


def test_debris_patterns_are_linear_on_hostile_lines():
    hostile = ["a" * 300, "-" * 299 + "x", "print " * 50, "©" + " 2024" * 59, "Share on " + "x" * 290]
    t0 = time.perf_counter()
    for pattern in lexicons.patterns("debris.txt"):
        for line in hostile:
            pattern.match(line)
    assert time.perf_counter() - t0 < 0.5


def test_reporting_verbs_have_known_classes():
    for row in lexicons.table("reporting_verbs.tsv"):
        assert row["class"] in {"speech", "epistemic", "report", "cognition", "intention", "attitude"}, row
        assert all(re.fullmatch(r"[a-z' ]+", f) for f in row["forms"].split("|")), row


def test_people_and_target_things_are_apart():
    people = set(lexicons.entries("human_nouns.txt"))
    things = set(lexicons.entries("target_things.txt"))
    assert not people & things
    assert {"refugees", "inmate", "owner"} <= people and {"airport", "village", "convoy"} <= things


def test_documents_are_no_people_or_goods():
    documents = set(lexicons.entries("documents.txt"))
    assert not documents & set(lexicons.entries("human_nouns.txt"))
    assert not documents & {"aid", "weapons", "equipment", "supplies", "prisoners"}
    assert {"statement", "video", "report"} <= documents


def test_evidential_cues_have_known_shapes():
    rows = lexicons.table("evidentials.tsv")
    assert {row["shape"] for row in rows} == {"raising", "adverb", "question"}
    assert all(row["cue"] == row["cue"].lower() and len(row["cue"].split()) <= 3 for row in rows)


def test_source_nouns_are_lowercase_words_and_name_no_scene():
    nouns = set(lexicons.entries("source_nouns.txt"))
    assert all(n == n.lower() and n.isalpha() for n in nouns)
    assert {"poll", "polls", "survey", "view", "words"} <= nouns
    # "In an interview, X said ...": the sentence names its own speaker, the interview is the scene
    assert not nouns & {"interview", "statement", "speech", "fall", "wake"}


def test_cue_word_lists_name_reporting_cues():
    from newsgraph.quotes.cues import verb_cues

    lemmas = {cue.lemma for cue in verb_cues().values()}
    cue_words = {words[0] for words in verb_cues()}
    for compound in lexicons.entries("cue_compounds.txt"):
        words = compound.split()
        assert len(words) == 2 and compound == compound.lower(), compound
        assert words[0] in cue_words or words[1] in cue_words, f"{compound}: no reporting cue in it"
    assert lexicons.word_set("cue_noun_readings.txt") <= lemmas
    assert lexicons.word_set("cue_noun_forms.txt") <= cue_words
    for name in ("quantifier_subjects.txt", "trailing_source_words.txt"):
        assert all(re.fullmatch(r"[a-z]+", w) for w in lexicons.entries(name)), name


def test_view_holders_are_nouns_of_bodies_or_people_not_things():
    holders = set(lexicons.entries("view_holders.txt"))
    assert all(re.fullmatch(r"[a-z]+", w) for w in holders)
    assert not holders & set(lexicons.entries("target_things.txt")) and not holders & set(
        lexicons.entries("documents.txt"))
    assert {"group", "committee", "board"} <= holders


def test_quote_frame_verbs_are_not_reporting_verbs_too():
    reporting = {f for row in lexicons.table("reporting_verbs.tsv") for f in row["forms"].split("|")}
    frames = {f for row in lexicons.table("quote_frame_verbs.tsv") for f in row["forms"].split("|")}
    assert frames and all(f == f.lower() for f in frames)
    assert not frames & reporting  # one reading per form


def test_statement_venues_are_nouns_or_named_channels():
    venues = lexicons.entries("statement_venues.txt")
    nouns = [v for v in venues if not v.startswith("=")]
    names = [v[1:] for v in venues if v.startswith("=")]
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)?", n) for n in nouns)
    assert all(re.fullmatch(r"[A-Za-z]+(?: [A-Z][a-z]+)?", n) for n in names)
    assert {"interview", "statement"} <= set(nouns) and "Twitter" in names


def test_adverbial_phrases_are_one_or_two_lowercase_words_with_no_content_noun():
    phrases = lexicons.entries("adverbial_phrases.txt")
    assert all(re.fullmatch(r"[a-z]+( [a-z]+)?", p) for p in phrases)
    # a subject could hide behind these, so none may be a person or a thing that speaks
    from newsgraph.actors.lexicon import people_nouns

    assert not {p.split()[-1] for p in phrases} & (people_nouns() - {"general"})


def test_number_words_are_single_lowercase_words_that_count():
    words = lexicons.entries("number_words.txt")
    assert all(re.fullmatch(r"[a-z]+", w) for w in words)
    assert {"one", "twenty", "ninety", "hundred", "dozen"} <= set(words)
    # quote rules treat "one" as a subject of its own ("one says") and add "several" as a count
    from newsgraph.quotes import subjects

    assert "one" not in subjects._NUMBER_WORDS and "several" in subjects._NUMBER_WORDS


def test_modifying_agents_are_agent_nouns():
    agents = {row["noun"] for row in lexicons.table("agents.tsv")}
    assert set(lexicons.entries("modifying_agents.txt")) <= agents


def test_document_sources_are_lowercase_nouns_and_leave_plural_reports_anonymous():
    entries = lexicons.entries("document_sources.txt")
    assert list(entries) == sorted(set(entries)) and all(e == e.lower() and " " not in e for e in entries)
    assert "report" in entries and "reports" not in entries  # "reports say": unnamed sources
