"""Find actor mentions in a sentence: names, titled people, descriptions, places, pronouns.

Two passes over the sentence's tokens. The first matches lexicon phrases (longest first) and
groups capitalised tokens into name chunks; the second reads those units left to right and
applies named rules (`title+name`, `description`, `appositive`, ...). Each mention records the
rule that made it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from newsgraph import lexicons
from newsgraph.actors.lexicon import (
    Entry,
    common_words,
    first_names,
    gazetteer,
    name_particles,
    org_suffixes,
)
from newsgraph.text.segment import Token

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_DETERMINERS = frozenset({"a", "an", "the", "one", "some", "several", "many", "two", "three", "four", "five",
                          "these", "those", "this", "that", "other", "another", "its", "their", "his", "her",
                          "our", "any", "all", "both", "few", "more", "most", "dozens", "hundreds", "thousands",
                          "no", "each", "every", "various"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"})
_INDEFINITE = frozenset({"a", "an", "one", "some", "several", "many", "two", "three", "four", "five", "any",
                         "another", "dozens", "hundreds", "thousands", "few", "various", "no"})
_APPROXIMATORS = frozenset({"about", "around", "nearly", "almost", "roughly", "approximately", "over"})
_NUMERAL = re.compile(r"\d[\d,.]*")
_NUMBER_WORDS = lexicons.word_set("number_words.txt")
_COUNT_STARTS = _APPROXIMATORS | _NUMBER_WORDS
_ROLE_PREFIXES = frozenset({"former", "then", "then-", "acting", "deputy", "top", "senior", "ex", "ex-", "interim",
                            "late", "incoming", "outgoing", "current", "new", "chief", "assistant", "vice",
                            "retired", "veteran"})
_AFFILIATION_SUFFIXES = frozenset({"led", "backed", "based", "owned", "run", "funded", "supported", "allied",
                                   "controlled", "sponsored", "aligned", "linked", "affiliated", "trained",
                                   "armed", "held", "occupied"})
_CONNECTORS = frozenset({"and", ",", "&"})
# "a terrorist organization", "criminal networks": the modified noun is itself a group of people
_COLLECTIVES = frozenset({"organization", "organizations", "organisation", "organisations", "group", "groups", "cell",
                          "cells", "network", "networks", "militia", "militias", "gang", "gangs", "outfit", "outfits"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_STOP_INSIDE_NP = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
                             "could", "should", "may", "might", "can", "do", "does", "did", "not", "to", "of",
                             "in", "on", "at", "for", "with", "by", "from", "that", "which", "who", "and", "or",
                             "but", "as", "than", "if", "when", "while", "so", "said", "says", "told", "it",
                             "they", "he", "she", "we", "you", "i", "there", "here", "also", "just", "only",
                             "still", "even", "now", "then", "very", "about", "into", "over", "after", "before",
                             "let"})


@dataclass(slots=True)
class MentionCandidate:
    start: int  # char offsets
    end: int
    kind: str  # person | org | country | metonym | group | pronoun | surname | other
    rule: str
    name: str
    tok_start: int = 0
    tok_end: int = 0
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    region: str | None = None
    gender: str | None = None
    role: str | None = None
    actor_kind: str | None = None
    definite: bool = False
    indefinite: bool = False
    head: str | None = None
    mention_kind: str = "name"
    number: str | None = None
    known: bool = False  # from the people or organisation lexicon
    modifiers: list[str] = field(default_factory=list)
    role_words: tuple[str, ...] = ()


@dataclass(slots=True)
class PlaceCandidate:
    start: int
    end: int
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    rule: str


@dataclass(slots=True)
class _Unit:
    i: int  # token index (start, inclusive)
    j: int  # token index (end, exclusive)
    kind: str  # lex | name | word | poss | punct
    entries: list[Entry] | tuple[Entry, ...] = ()

    def has(self, *kinds: str) -> Entry | None:
        for e in self.entries:
            if e.kind in kinds:
                return e
        return None


@cache
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    from newsgraph.events.lexicon import irregular_verb_forms  # here: the events package imports this one

    # reporting verbs and irregular past tenses ("UN withdrew peacekeepers") end a noun phrase
    return (lexicons.word_set("vague_agents.txt"), frozenset(lexicons.entries("not_acronyms.txt")),
            lexicons.word_set("locative_prepositions.txt"), _speech_forms(), irregular_verb_forms())


def _speech_forms() -> frozenset[str]:
    forms: set[str] = set()
    for row in lexicons.table("reporting_verbs.tsv"):
        if row["class"] in ("speech", "epistemic", "report"):
            forms.update(f for f in row["forms"].split("|") if " " not in f)
    return frozenset(forms)


@cache
def _modifying_agents() -> frozenset[str]:
    return lexicons.word_set("modifying_agents.txt")


@cache
def _reporting_forms() -> frozenset[str]:
    """Every one-word form of a reporting verb ("mocks", "plans"): after a noun, a verb."""
    rows = lexicons.table("reporting_verbs.tsv")
    return frozenset(form for row in rows for form in row["forms"].split("|") if " " not in form)


@cache
def _human_nouns() -> frozenset[str]:
    return lexicons.word_set("human_nouns.txt")


def _norm(text: str) -> str:
    return text.lower().replace("’", "'")


# "Omar al-Bashir", "Abdel Fattah el-Sisi": the article joins a name it does not begin
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z]")


def _is_cap(text: str) -> bool:
    return text[:1].isupper()


_PARTY_STATE = re.compile(r"[DRI]-[A-Z]")  # "(D-MA)", "(R-TX)": a lawmaker's party and state, no organisation


def _is_acronym_text(text: str) -> bool:
    core = text.replace(".", "").replace("-", "").replace("+", "")
    return core.isupper() and core.isalpha()


def _entry_fits(entry: Entry, toks: list[Token], i: int, j: int, sentence_initial: bool) -> bool:
    first = toks[i].text
    if entry.kind in ("title", "agent", "pronoun", "region_adj") and not entry.acronym:
        if entry.kind == "region_adj" and entry.name[:1].isupper():
            return _is_cap(first)
        return True
    if entry.acronym:
        return all(_is_acronym_text(t.text) or not t.text.isalpha() for t in toks[i:j] if t.text.isalpha()) and \
            _is_acronym_text(first)
    if not _is_cap(first) and not entry.name[:1].islower() and not first.lower().startswith(("al-", "el-", "bin ")):
        return False
    if j - i > 1 and _norm(first) == "the" and not _is_cap(toks[i + 1].text) and not entry.name[:1].islower():
        return False  # "The union endorsed ...": a capital that only starts the sentence names nothing
    return not (sentence_initial and j - i == 1 and _norm(first) in common_words() and entry.kind != "country")


# Units of one plain token are immutable and depend only on their kind and index, so the first
# few hundred of each kind are built once and shared by every sentence.
_SHARED_UNITS = 256
_PLAIN_UNITS: dict[str, list[_Unit]] = {kind: [_Unit(i, i + 1, kind) for i in range(_SHARED_UNITS)]
                                        for kind in ("word", "punct", "poss")}
_plain_kinds: dict[str, str] = {}


def _plain_kind(lower: str) -> str:
    kind = _plain_kinds.get(lower)
    if kind is None:
        if lower in _POSSESSIVE:
            kind = "poss"
        else:
            first = lower[:1]
            kind = "word" if first.isalpha() or first.isdigit() else "punct"
        if len(_plain_kinds) > 200_000:  # a bounded cache: a corpus's vocabulary keeps growing
            _plain_kinds.clear()
        _plain_kinds[lower] = kind
    return kind


def _plain_units(lowers: list[str], a: int, b: int) -> list[_Unit]:
    kinds = _plain_kinds
    if b <= _SHARED_UNITS:
        shared = _PLAIN_UNITS
        return [shared[kinds.get(w) or _plain_kind(w)][i] for i, w in enumerate(lowers[a:b], a)]
    return [_Unit(i, i + 1, kinds.get(w) or _plain_kind(w)) for i, w in enumerate(lowers[a:b], a)]


def _lexicon_match(toks: list[Token], lowers: list[str], i: int, node: dict) -> _Unit | None:
    """The longest lexicon phrase starting at token i that fits the text there."""
    n = len(lowers)
    matches: list[tuple[int, list[Entry]]] = []  # (end, entries), shortest first
    j = i + 1
    while True:
        bucket = node.get(None)
        if bucket is not None:
            matches.append((j, bucket))
        if j >= n:
            break
        child = node.get(lowers[j])
        if child is None:
            break
        node = child
        j += 1
    for end, entries in reversed(matches):
        if end == i + 1:  # one word: whether it fits depends only on its spelling and place
            key = (toks[i].text, i == 0)
            fitting = _single_fits.get(key)
            if fitting is None:
                fitting = [e for e in entries if _entry_fits(e, toks, i, end, i == 0)]
                if len(_single_fits) > 200_000:
                    _single_fits.clear()
                _single_fits[key] = fitting
        else:
            fitting = [e for e in entries if _entry_fits(e, toks, i, end, i == 0)]
        if fitting:
            return _Unit(i, end, "lex", fitting)
    return None


_single_fits: dict[tuple[str, bool], list[Entry]] = {}


def _affiliation(lower: str, i: int) -> _Unit | None:
    """ "Saudi-led", "Iranian-backed", "Kremlin-funded": the actor before the hyphen."""
    prefix, _, suffix = lower.rpartition("-")
    if suffix not in _AFFILIATION_SUFFIXES:
        return None
    entries = [e for e in gazetteer().phrases.get((prefix,), []) if e.kind in ("country", "demonym", "org", "metonym")]
    return _Unit(i, i + 1, "lex", entries) if entries else None


def _lexicon_units(toks: list[Token], lowers: list[str]) -> list[_Unit]:
    trie = gazetteer().trie
    # most tokens start no phrase and hold no hyphen: only the others need a closer look
    candidates = [i for i, w in enumerate(lowers) if w in trie or "-" in w]
    units: list[_Unit] = []
    done = 0
    for i in candidates:
        if i < done:
            continue
        lower = lowers[i]
        node = trie.get(lower)
        unit = _lexicon_match(toks, lowers, i, node) if node is not None else None
        if unit is None and "-" in lower:
            unit = _affiliation(lower, i)
        if unit is None or _first_name_not_place(unit, toks, lowers, trie):
            continue
        if done < i:
            units.extend(_plain_units(lowers, done, i))
        units.append(unit)
        done = unit.j
    if done < len(lowers):
        units.extend(_plain_units(lowers, done, len(lowers)))
    return _merge_name_chunks(units, toks, lowers)


def _first_name_not_place(unit: _Unit, toks: list[Token], lowers: list[str], trie: dict) -> bool:
    """'President George Smith', 'Jordan Peterson': a town's name that is also a first name starts a
    person's name when a capitalised word follows that no lexicon knows and no place name ends with."""
    k = unit.i + 1
    if unit.j != k or k >= len(lowers) or not all(e.kind == "place" for e in unit.entries):
        return False
    nxt = toks[k].text
    return lowers[unit.i] in first_names() and nxt[:1].isupper() and nxt[1:2] != "'" \
        and lowers[k] not in trie and lowers[k] not in _place_heads()


@cache
def _place_heads() -> frozenset[str]:
    return lexicons.word_set("place_heads.txt")


def _name_token(tok: Token, initial: bool, lower: str) -> bool:
    """May this token begin a name? (Capitalised, and not a month, weekday or function word; at the start of a
    sentence, not a common word either.)"""
    text = tok.text
    if not text[:1].isupper() or lower in _non_names() or (initial and lower in _NUMBER_WORDS):
        return False
    return not (initial and lower in common_words())


# a sentence may open inside a bracket or a quotation: "(Having said that, ...)"
_SENTENCE_OPENERS = frozenset({"(", "[", '"', "“", "'", "‘"})


@cache
def _non_names() -> frozenset[str]:
    return lexicons.word_set("non_names.txt")


def _joins_name(v: _Unit, k: int, units: list[_Unit], toks: list[Token], lowers: list[str]) -> bool:
    """A particle between capitalised words ("Piet de Vries") or a suffix ("Brown Jr")."""
    if v.kind == "lex":
        # "Coastal Ferry Company": a capitalised company word ends the name it follows
        return lowers[v.i] in _SUFFIXES or (v.j == v.i + 1 and toks[v.i].text[:1].isupper()
                                            and lowers[v.i] in org_suffixes()
                                            and all(e.kind == "agent" for e in v.entries))
    return (v.kind == "word" and lowers[v.i] in name_particles() and lowers[v.i] not in ("and", "for", "the", "of")
            and k + 1 < len(units) and units[k + 1].kind == "word" and _is_cap(toks[units[k + 1].i].text))


def _relative_of_known(u: _Unit, v: _Unit, toks: list[Token], lowers: list[str]) -> bool:
    """A first name the lexicon's person does not have, before that person's surname alone."""
    person = v.has("person") if v.kind == "lex" and v.i == u.j and u.j == u.i + 1 else None
    if person is None or lowers[u.i] not in first_names() or lowers[u.i] in common_words():
        return False
    known = person.name.lower().split()
    return known[0] != lowers[u.i] and lowers[v.i : v.j] == known[len(known) - (v.j - v.i):]


def _one_word_place(u: _Unit) -> bool:
    return u.kind == "lex" and u.j == u.i + 1 and all(e.kind == "place" for e in u.entries)


def _first_name_place(u: _Unit, lowers: list[str]) -> bool:
    """'Elizabeth', 'Charlotte': a one-word place that is also a first name."""
    return _one_word_place(u) and lowers[u.i] in first_names()


def _place_surname(u: _Unit, v: _Unit, toks: list[Token], lowers: list[str]) -> bool:
    """A first name before a one-word place name: a surname ("Elizabeth Warren", "Jesse Jackson")."""
    if not _one_word_place(v) or v.i != u.j or u.j != u.i + 1 or not toks[v.i].text[:1].isupper():
        return False
    return lowers[u.i] in first_names() and lowers[u.i] not in common_words()


def _after_initial(v: _Unit, end: int, toks: list[Token]) -> bool:
    """A one-word capitalised lexicon entry right after an initial ("R. Biden")."""
    return (v.kind == "lex" and v.j == v.i + 1 and v.i == end and end >= 2 and toks[end - 1].text == "."
            and len(toks[end - 2].text) == 1 and toks[end - 2].text.isupper() and toks[v.i].text[:1].isupper())


def _merge_name_chunks(units: list[_Unit], toks: list[Token], lowers: list[str]) -> list[_Unit]:
    """Join runs of capitalised words (with initials, particles and Jr.) into name units."""
    # only capitalised words can start a name; everything between them is copied as is
    openers = [k for k, u in enumerate(units) if (u.kind == "word" and toks[u.i].text[:1].isupper()) or (
        k + 1 < len(units) and _first_name_place(u, lowers) and _place_surname(u, units[k + 1], toks, lowers))]
    if not openers:
        return units
    out: list[_Unit] = []
    k = 0
    for opener in openers:
        if opener < k:
            continue
        out.extend(units[k:opener])
        k = opener
        u = units[k]
        initial = u.i == 0 or (u.i == 1 and toks[0].text in _SENTENCE_OPENERS) or (
            u.i >= 1 and toks[u.i - 1].text == ":")  # "WARNING: Brave Ines Moreau ...": a clause opens after a colon
        if _name_token(toks[u.i], initial, lowers[u.i]):
            start = u.i
            end = u.j
            k += 1
            while k < len(units):
                v = units[k]
                t = toks[v.i]
                if v.kind == "word" and (_is_cap(t.text) or _ARABIC_ARTICLE.match(t.text)) \
                        and any(c.isalpha() for c in t.text):
                    end = v.j
                    k += 1
                elif (v.kind == "punct" and t.text == "." and len(toks[end - 1].text) == 1
                      and toks[end - 1].text.isupper() and t.start == toks[end - 1].end):
                    end = v.j  # an initial: "Q."
                    k += 1
                elif _joins_name(v, k, units, toks, lowers):
                    end = v.j
                    k += 1
                elif _after_initial(v, end, toks):
                    end = v.j  # "Joseph R. Biden": a known surname after an initial is still this name
                    k += 1
                elif end == u.j and (_relative_of_known(u, v, toks, lowers) or _place_surname(u, v, toks, lowers)):
                    end = v.j  # "Ivanka Trump", "Jane Sanders": someone else with a known surname; "Elizabeth Warren"
                    k += 1
                    break
                else:
                    break
            out.append(_Unit(start, end, "name"))
            continue
        out.append(u)
        k += 1
    out.extend(units[k:])
    return out


class SentenceRecognizer:
    """Applies the mention rules to one sentence's tokens."""

    def __init__(self, toks: list[Token], text: str, lowers: list[str] | None = None,
                 surnames: frozenset[str] | set[str] = frozenset()) -> None:
        self.toks = toks
        self.surnames = surnames  # of the people named in full in the sentences before
        self.text = text
        self.lowers = lowers if lowers is not None else [_norm(t.text) for t in toks]
        self.units = _lexicon_units(toks, self.lowers)
        self.mentions: list[MentionCandidate] = []
        self.places: list[PlaceCandidate] = []
        self._mods_cache: tuple[int, tuple] | None = None
        self.vague, self.not_acronyms, self.locatives, self.speech, self.past_verbs = _word_sets()

    # --- helpers -------------------------------------------------------------------------
    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.toks[i].start, self.toks[j - 1].end

    def unit_text(self, u: _Unit) -> str:
        s, e = self.span(u.i, u.j)
        return self.text[s:e]

    def lower_at(self, i: int) -> str:
        return self.lowers[i] if 0 <= i < len(self.lowers) else ""

    def followed_by_speech(self, j: int) -> bool:
        nxt = self.lower_at(j)
        if nxt in self.speech:
            return True
        if nxt in ("has", "had", "have", "also", "then", "later", "previously", "'s", "’s") \
                and self.lower_at(j + 1) in self.speech:
            return True
        if nxt in (",", "("):
            # "Name, who ... , said" / "Name (D-Md.), chair of ..., said"
            for k in range(j + 1, min(len(self.lowers), j + 30)):
                w = self.lowers[k]
                if w in (".", ";", '"', "“", "”"):
                    return False
                if w in self.speech and self.lowers[k - 1] in (",", ")"):
                    return True
        return False

    # --- main ----------------------------------------------------------------------------
    def run(self) -> None:
        units = self.units
        # titled people and descriptions need a title or agent word at or after where they start
        head_units = [(k, u.has("agent") is not None) for k, u in enumerate(units)
                      if u.kind == "lex" and u.has("title", "agent")]
        last_head = head_units[-1][0] if head_units else -1
        lowers = self.lowers
        # mentions start at lexicon phrases, names and determiners; other units are skipped
        # a head count ("2,000 workers") starts a mention only with an agent noun close after it
        counts = {k - d for k, agent in head_units if agent for d in range(1, 6)}
        starts = [k for k, u in enumerate(units)
                  if u.kind in ("lex", "name") or (u.kind == "word" and (lowers[u.i] in _DETERMINERS or (
                      k in counts and (lowers[u.i] in _APPROXIMATORS or lowers[u.i][:1].isdigit()))))]
        k = 0
        for start in starts:
            if start < k:
                continue
            k = start
            u = units[k]
            if u.kind == "name" or k > last_head:
                consumed = self._named(k)
            else:
                self._mods_cache = None
                consumed = self._titled_person(k) or self._description(k) or self._named(k)
            k = consumed if consumed else k + 1

    def _modifiers(self, k: int, adjectives: bool = False) -> tuple[int, list[_Unit], bool, bool, int]:
        if not adjectives:
            cached = self._mods_cache
            if cached is not None and cached[0] == k:
                return cached[1]
            result = self._read_modifiers(k, False)
            self._mods_cache = (k, result)
            return result
        return self._read_modifiers(k, True)

    def _read_modifiers(self, k: int, adjectives: bool) -> tuple[int, list[_Unit], bool, bool, int]:
        """Read [det] ([country/demonym/org 's?] | [adjective])* [role prefixes].

        Returns (next unit, modifier units, definite, indefinite, start unit). Adjectives are
        only read when asked (descriptions) and only after a determiner or modifier.
        """
        units = self.units
        definite = indefinite = False
        start_k = k
        mods: list[_Unit] = []
        if k < len(units) and units[k].kind == "word" and self.lowers[units[k].i] in _DETERMINERS \
                and (self.lowers[units[k].i] not in _NUMBER_WORDS or self._quantity_end(k) <= k + 1):
            # "three thousand" is a count, read below
            det = self.lowers[units[k].i]
            definite = det in _DEFINITE
            indefinite = det in _INDEFINITE
            k += 1
        quantity = self._quantity_end(k) if k < len(units) and units[k].kind == "word" and (
            self.lowers[units[k].i][:1].isdigit() or self.lowers[units[k].i] in _COUNT_STARTS) else k
        counted = quantity > k
        if counted:  # "Three thousand employees", "the 28,000 guards", "about 1,100 contract workers"
            indefinite = indefinite or not definite
            k = start_k = quantity  # the count is not part of the name: "the workers" later is the same group
        adjs = 0
        while k < len(units):
            u = units[k]
            if u.kind == "lex":
                e = u.has("country", "demonym", "org", "metonym", "region_adj", "person", "place")
                if e is None or (u.has("title", "agent") and not u.has("country", "demonym", "org", "metonym")):
                    break
                if mods and u.has("agent") and u.has("org") and any(m.has("country", "demonym") for m in mods):
                    break  # "Pakistan's Supreme Court", "the Nigerian Senate": that country's institution
                mods.append(u)
                k += 1
                if k < len(units) and units[k].kind == "poss":
                    definite = True
                    k += 1
                if k + 1 < len(units) and units[k].kind in ("word", "punct") \
                        and self.lowers[units[k].i] in _CONNECTORS and units[k + 1].kind == "lex" \
                        and units[k + 1].has("country", "demonym", "org", "region_adj") \
                        and (self.lowers[units[k].i] != "," or self._list_goes_on(k + 1)):
                    k += 1
                continue
            if u.kind == "word" and self.lowers[u.i].rstrip("-") in _ROLE_PREFIXES:
                k += 1
                continue
            if adjectives and (k > start_k or counted) and adjs < 3 and u.kind == "word" \
                    and self.toks[u.i].text.islower() and self._adjective_like(self.lowers[u.i]):
                k += 1
                adjs += 1
                continue
            break
        return k, mods, definite, indefinite, start_k

    def _quantity_end(self, k: int) -> int:
        """The unit after a head count ("2,000", "three thousand", "about 1.5 million"), or `k`."""
        units = self.units
        q = k
        if q + 1 < len(units) and units[q].kind == "word" and self.lowers[units[q].i] in _APPROXIMATORS:
            q += 1
        end = q
        while end < len(units) and units[end].kind == "word" and (
                _NUMERAL.fullmatch(self.lowers[units[end].i]) or self.lowers[units[end].i] in _NUMBER_WORDS):
            end += 1
        return end if end > q else k

    def _list_goes_on(self, k: int) -> bool:
        """After a comma, modifiers are a list only if 'and' or 'or' joins its last item:
        "Ethiopian, Mozambican and South African troops", not "in Syria, Kurdish-led forces said"."""
        for u in self.units[k : k + 8]:
            if u.kind == "lex" or (u.kind == "punct" and self.lowers[u.i] == ","):
                continue
            return u.kind == "word" and self.lowers[u.i] in ("and", "or", "&")
        return False

    def _titled_person(self, k: int) -> int | None:
        """[mods] TITLE+ NAME: "Estonian Defense Minister Hanno Pevkur", "Gen. Charles Q. Brown Jr"."""
        units = self.units
        k2, mods, _, _, start_k = self._modifiers(k)
        titles: list[Entry] = []
        title_units: list[_Unit] = []
        while k2 < len(units) and units[k2].kind == "lex" and units[k2].has("title") and len(titles) < 4:
            title = units[k2].has("title")
            assert title is not None
            titles.append(title)
            title_units.append(units[k2])
            k2 += 1
            if k2 < len(units) and units[k2].kind == "punct" and self.toks[units[k2].i].text == "." \
                    and titles[-1].name.endswith(".") is False and len(self.unit_text(title_units[-1])) <= 4:
                k2 += 1  # "Gen ." split by the tokenizer
        if not titles or k2 >= len(units):
            return None
        target = units[k2]
        person = target.has("person") if target.kind == "lex" else (
            self._known_without_initials(target) if target.kind == "name" else None)
        surname_place = target.kind == "lex" and target.j - target.i == 1 \
            and all(e.kind == "place" for e in target.entries)  # "Sen. Warren", "Gen. Jackson"
        if target.kind != "name" and person is None and not surname_place:
            return None
        if target.kind == "name" and self._looks_like_org(target):
            return None
        start = self.toks[units[start_k].i].start
        # the determiner is not part of a name mention
        if units[start_k].kind == "word" and self.lowers[units[start_k].i] in _DETERMINERS:
            start = self.toks[units[start_k + 1].i].start
        end = self._name_end(target)
        mod_entries = [m.entries[0] for m in mods]
        country = person.country if person else None
        for e in mod_entries:
            country = country or e.country
        for t in titles:
            country = country or _title_country(t)
        sector = (person.sector if person else None) or next((t.sector for t in reversed(titles) if t.sector), None)
        gender = (person.gender if person else None) or next((t.gender for t in titles if t.gender), None) \
            or self._gender_of_name(target)
        role = " ".join(self.unit_text(u) for u in title_units)
        name = person.name if person else self._clean_name(target)
        self.mentions.append(MentionCandidate(
            start, end, "person", "person.title+name", name, units[start_k].i, target.j, country=country,
            sector=sector, gender=gender, role=role, known=person is not None,
            role_words=tuple(w for t in title_units for w in self.lowers[t.i:t.j]),
            region=next((e.code for e in mod_entries if e.kind == "region_adj"), None)))
        return self._appositive(k2 + 1) or k2 + 1

    def _description(self, k: int) -> int | None:
        """[det] [mods] [adjs] AGENT: "Ukrainian officials", "a national security official"."""
        units = self.units
        k2, mod_units, definite, indefinite, start_k = self._modifiers(k, adjectives=True)
        # every modifier unit holds one of these (`_read_modifiers` keeps no other)
        mods = [e for u in mod_units if (e := u.has("country", "demonym", "org", "metonym", "region_adj", "person",
                                                      "place")) is not None]
        if k2 >= len(units):
            return None
        head_unit = units[k2]
        head = head_unit.has("agent", "title") if head_unit.kind == "lex" else None
        if head is None:
            return None
        has_det = start_k < k2 and units[start_k].kind == "word" and self.lowers[units[start_k].i] in _DETERMINERS
        multiword = head_unit.j - head_unit.i >= 3
        if head.kind == "title" and not (has_det or mods or multiword) and not head_unit.has("agent"):
            return None
        agent = head_unit.has("agent")
        if agent is not None:
            head = agent
        if head.actor_kind != "group" and not (has_det or mods) and self.toks[head_unit.i].text[:1].isupper():
            return None  # a bare capitalised singular ("President") is a title, not an actor
        # compounds: the last noun is the head ("military news outlet", "defense ministry officials")
        while k2 + 1 < len(units) and units[k2 + 1].kind == "lex" and units[k2 + 1].has("agent") \
                and self.toks[units[k2 + 1].i].text[:1].islower():
            k2 += 1
            head_unit = units[k2]
            agent = head_unit.has("agent")
            assert agent is not None
            head = agent
        # "2,000 workers": a head count makes a vague noun a definite group of people. "1,500 people"
        # stays vague: a count of anyone is coded by where they are, as CAMEO coders do
        before = self.lowers[units[start_k - 1].i] if start_k > 0 and units[start_k - 1].kind == "word" else ""
        counted = (before in _NUMBER_WORDS or _NUMERAL.fullmatch(before) is not None) \
            and _norm(head.name) in _human_nouns() and _norm(head.name) != "people"
        if _norm(head.name) in self.vague and not mods and not definite and not counted:
            return None
        after = head_unit.j
        if self._modifies_next_noun(head_unit, head):
            return None  # "terrorist attacks", "the general election": a modifier, not an actor
        if _norm(head.name) == "state" and after + 1 < len(self.lowers) and self.lowers[after] == "of" \
                and self.toks[after + 1].text[:1].islower():
            return None  # "a state of emergency", "the state of the economy": a condition, not a government
        # "the Austrian newspaper Die Presse": the name is the actor; the description its role
        nxt = units[k2 + 1] if k2 + 1 < len(units) else None
        if nxt is not None and nxt.kind == "name" and head.actor_kind == "person" and not self._looks_like_org(nxt):
            return self._role_and_name(start_k, k2, mods, head, nxt)
        if nxt is not None and (nxt.kind == "name" or (nxt.kind == "lex" and nxt.has("org", "person"))):
            return None
        start_unit = units[start_k]
        start = self.toks[start_unit.i].start
        if start_unit.kind == "word" and self.lowers[start_unit.i] in _DETERMINERS:
            definite = definite or self.lowers[start_unit.i] in ("the", "this", "that", "these", "those")
            if start_k + 1 <= k2:
                start = self.toks[units[start_k + 1].i].start if start_k + 1 < len(units) else start
        end = self.toks[head_unit.j - 1].end
        actor_kind = head.actor_kind or "person"
        countries = [e for e in mods if e.kind in ("country", "demonym", "metonym", "person", "place")]
        orgs = [e for e in mods if e.kind == "org"]
        region = next((e.code for e in mods if e.kind == "region_adj"), None)
        role_words = tuple(self.lowers[u.i] for u in units[start_k:k2 + 1] if u.kind in ("word", "lex"))
        sector = head.sector
        if orgs and head.actor_kind in ("person", "group") and _norm(head.name) in _GENERIC_HEADS and orgs[0].sector \
                and orgs[0].sector != "IGO":
            sector = orgs[0].sector
        number = "pl" if actor_kind == "group" else "sg"
        coordinated = (len(countries) + len(orgs)) > 1
        targets = countries + orgs if coordinated else [None]
        head_text = self.text[self.toks[head_unit.i].start:end]
        for mod in targets:
            country = mod.country if mod is not None else next((e.country for e in countries if e.country), None)
            org = mod if mod is not None and mod.kind == "org" else (orgs[0] if orgs and mod is None else None)
            if org is not None and org.country and mod is not None:
                country = org.country
            if org is not None and mod is None and not country:
                country = org.country
            base_code = org.code if org is not None else None
            name = self.text[start:end]
            if coordinated and mod is not None:
                mod_unit = mod_units[mods.index(mod)]
                name = f"{self.unit_text(mod_unit)} {head_text}"
            self.mentions.append(MentionCandidate(
                start, end, "group" if actor_kind != "person" else "person_desc", "description.agent", name,
                start_k, head_unit.j, country=country, sector=sector, code=base_code, region=region,
                actor_kind=actor_kind, definite=definite, indefinite=indefinite, head=_norm(head.name),
                mention_kind="description", number=number, role_words=role_words,
                modifiers=[e.name for e in mods]))
        return k2 + 1

    def _modifies_next_noun(self, head_unit: _Unit, head: Entry) -> bool:
        """An agent noun read mostly as an adjective modifies the lowercase noun after it ("terrorist attacks",
        "the general election", "criminal justice"); before a verb it is still an actor ("the general said")."""
        after = head_unit.j
        if _norm(head.name) not in _modifying_agents() or after >= len(self.lowers) \
                or not self.toks[head_unit.i].text.islower() or not self.toks[after].text.isalpha() \
                or not self.toks[after].text.islower():
            return False
        nxt = self.lowers[after]
        return not (nxt in _STOP_INSIDE_NP or nxt in self.speech or nxt in self.past_verbs or nxt in _DETERMINERS
                    or nxt in _reporting_forms() or nxt in _COLLECTIVES or nxt.endswith(("ed", "ing", "ly")))

    def _role_and_name(self, start_k: int, k2: int, mods: list[Entry], head: Entry, name: _Unit) -> int:
        """'his Turkish counterpart Mevlut Cavusoglu', 'a U.S. student Otto Warmbier': a person, named
        after a role that is not a title."""
        units = self.units
        first = start_k + 1 if units[start_k].kind == "word" and self.lowers[units[start_k].i] in _DETERMINERS \
            else start_k
        country = next((e.country for e in mods if e.country), None)
        self.mentions.append(MentionCandidate(
            self.toks[units[first].i].start, self._name_end(name), "person", "person.role+name",
            self._clean_name(name), units[first].i, name.j, country=country, sector=head.sector,
            gender=self._gender_of_name(name), role=_norm(head.name),
            role_words=tuple(self.lowers[u.i] for u in units[first:k2 + 1] if u.kind in ("word", "lex"))))
        return self._appositive(k2 + 2) or k2 + 2

    def _adjective_like(self, lower: str) -> bool:
        if lower in _STOP_INSIDE_NP or lower in self.speech or lower in self.past_verbs or lower in _DETERMINERS:
            return False
        return not lower.endswith(("ly", "ing")) and not (lower.endswith("ed") and lower not in _PARTICIPLE_ADJS)

    def _named(self, k: int) -> int | None:
        u = self.units[k]
        if u.kind == "name":
            return self._unknown_name(k)
        if u.kind != "lex":
            return None
        s, e = self.span(u.i, u.j)
        prev = self.lower_at(u.i - 1)
        locative = prev in self.locatives and self.lower_at(u.j) not in _POSSESSIVE
        entry = u.entries[0]
        place = u.has("place", "country", "metonym")
        if u.i <= 1 and place is not None and self.unit_text(u).isupper() and len(self.unit_text(u)) > 3 \
                and not any(x.acronym for x in u.entries):
            # an all-caps dateline: "MEXICO CITY (AP) —"
            self.places.append(PlaceCandidate(s, e, place.name, place.country, place.lat, place.lon,
                                              "place.dateline"))
            return k + 1
        if place is not None and 2 <= u.i <= 4 and prev == "," and self.toks[u.i - 2].text.isupper() \
                and len(self.toks[u.i - 2].text) > 2 and self.lower_at(u.j) in ("-", "—", "–", "(", ":"):
            # "BELGRADE, Serbia -": the dateline's country is where the story is filed, not an actor
            self.places.append(PlaceCandidate(s, e, place.name, place.country, place.lat, place.lon,
                                              "place.dateline"))
            return k + 1
        person = u.has("person")
        if person is not None:
            self.mentions.append(MentionCandidate(
                s, self._name_end(u), "person", "person.lexicon", person.name, u.i, u.j, country=person.country,
                sector=person.sector, gender=person.gender, known=True))
            return self._appositive(k + 1) or k + 1
        org = u.has("org")
        metonym = u.has("metonym")
        place = u.has("place")
        country = u.has("country")
        if org is not None and not (locative and place is not None):
            self.mentions.append(MentionCandidate(
                s, e, "org", "org.lexicon", org.name, u.i, u.j, country=org.country, sector=org.sector,
                code=org.code, known=True, actor_kind=org.actor_kind))
            return k + 1
        if country is not None:
            self.mentions.append(MentionCandidate(s, e, "country", "country.name", country.name, u.i, u.j,
                                                  country=country.country))
            if locative:
                self.places.append(PlaceCandidate(s, e, country.name, country.country, country.lat, country.lon,
                                                  "place.country"))
            return k + 1
        if metonym is not None and not locative:
            self.mentions.append(MentionCandidate(
                s, e, "metonym", "metonym.capital", metonym.name, u.i, u.j, country=metonym.country,
                sector=metonym.sector, code=metonym.code, mention_kind="metonym"))
            return k + 1
        if place is not None and not locative and self._surname_of_named_person(u):
            # "John Bolton ... Bolton said": the town of Bolton is not meant
            self.mentions.append(MentionCandidate(s, e, "surname", "name.single", self.unit_text(u), u.i, u.j,
                                                  known=self.followed_by_speech(u.j)))
            return k + 1
        if place is not None:
            name = place.name
            # "its Belgorod region", "Kharkiv oblast"
            nxt = self.lower_at(u.j)
            if nxt in ("region", "oblast", "province", "state", "county", "district"):
                e = self.toks[u.j].end
                name = self.text[s:e]
            self.places.append(PlaceCandidate(s, e, name, place.country, place.lat, place.lon, "place.gazetteer"))
            return k + 1
        demonym = u.has("demonym")
        if demonym is not None:
            self.mentions.append(MentionCandidate(s, e, "country", "demonym.adjective", demonym.name, u.i, u.j,
                                                  country=demonym.country, mention_kind="demonym"))
            return k + 1
        pronoun = u.has("pronoun")
        if pronoun is not None and entry.kind == "pronoun":
            self.mentions.append(MentionCandidate(s, e, "pronoun", "pronoun", self.text[s:e], u.i, u.j,
                                                  gender=pronoun.gender, number=pronoun.number,
                                                  mention_kind="pronoun"))
            return k + 1
        return None

    def _unknown_name(self, k: int) -> int | None:
        u = self.units[k]
        s = self.toks[u.i].start
        e = self._name_end(u)
        words = [self.toks[x].text for x in range(u.i, u.j) if self.toks[x].text != "."]
        name = self._clean_name(u)
        prev = self.lower_at(u.i - 1)
        if len(words) == 1 and _is_acronym_text(words[0]) and len(words[0]) >= 3 \
                and words[0] not in self.not_acronyms and not (prev == "(" and _PARTY_STATE.match(words[0])):
            self.mentions.append(MentionCandidate(s, e, "org", "org.acronym", name, u.i, u.j))
            return k + 1
        if self._looks_like_org(u):
            rule = "org.short_form" if len(words) == 1 else "org.suffix"
            if len(words) == 1 and prev != "the":
                return None
            owner = self._possessive_country(k)
            self.mentions.append(MentionCandidate(s, e, "org" if len(words) > 1 else "org_short", rule, name,
                                                  u.i, u.j, country=owner))
            return k + 1
        person = self._known_without_initials(u)
        if person is not None:
            self.mentions.append(MentionCandidate(
                s, e, "person", "person.lexicon", person.name, u.i, u.j, country=person.country,
                sector=person.sector, gender=person.gender, known=True))
            return self._appositive(k + 1) or k + 1
        gender = self._gender_of_name(u)
        speech = self.followed_by_speech(u.j) or (self.lower_at(u.j) == "," and self._appositive_follows(k + 1))
        if len(words) >= 2 and (gender is not None or speech) and not all(w.isupper() for w in words):
            self.mentions.append(MentionCandidate(s, e, "person", "person.first_name" if gender else "person.speaker",
                                                  name, u.i, u.j, gender=gender if gender != "any" else None))
            return self._appositive(k + 1) or k + 1
        if len(words) == 1 and not words[0].isupper():
            self.mentions.append(MentionCandidate(s, e, "surname", "name.single", name, u.i, u.j,
                                                  known=speech))
            return k + 1
        if len(words) >= 2 and speech:
            self.mentions.append(MentionCandidate(s, e, "other", "name.speaker", name, u.i, u.j))
            return k + 1
        return None

    def _surname_of_named_person(self, u: _Unit) -> bool:
        """A one-word place that is the last word of a person named earlier in the text."""
        if u.j != u.i + 1 or not self.toks[u.i].text[1:].islower():
            return False
        word = self.lowers[u.i]
        return word in self.surnames or any(
            m.kind == "person" and m.end - m.start > len(word) and m.name.lower().rsplit(None, 1)[-1] == word
            for m in self.mentions)

    def _possessive_country(self, k: int) -> str | None:
        """The country of "Mexico's" or "Ukrainian" just before unit k."""
        units = self.units
        back = k - 1
        if back >= 0 and units[back].kind == "poss":
            back -= 1
        if back >= 0 and units[back].kind == "lex":
            e = units[back].has("country", "demonym", "metonym")
            return e.country if e else None
        return None

    def _appositive_follows(self, k: int) -> bool:
        units = self.units
        if k >= len(units) or self.toks[units[k].i].text != ",":
            return False
        for u in units[k + 1 : k + 8]:
            if u.kind == "lex" and u.has("title", "agent"):
                return True
            if u.kind == "punct":
                return False
        return False

    def _appositive(self, k: int) -> int | None:
        """NAME, [a] ROLE [to/of COUNTRY's ...], -> the role, sector and country of the person.

        Returns the unit index after the role's head, so the role is not read again as an actor.
        """
        if not self.mentions or self.mentions[-1].kind != "person":
            return None
        units = self.units
        if k >= len(units) or self.toks[units[k].i].text != ",":
            return None
        person = self.mentions[-1]
        head: Entry | None = None
        head_at = -1
        role_units: list[_Unit] = []
        country: str | None = None
        org_sector: str | None = None
        for n, u in enumerate(units[k + 1 : k + 16]):
            if u.kind == "punct" and self.toks[u.i].text in (",", ".", ";", ":", "(", ")", "—", "–"):
                break
            if u.kind == "word" and (self.lowers[u.i] in self.speech or self.lowers[u.i] in ("who", "which")):
                break
            if u.kind == "word" and self.lowers[u.i] in self.past_verbs:
                return None  # "Teodor Marek, met his Polish counterpart": a verb, not a role
            if u.kind in ("name",) and head is None and n == 0:
                return None
            role_units.append(u)
            if u.kind == "lex":
                if head is None and (t := u.has("title", "agent")) is not None and t.actor_kind != "group":
                    head, head_at = t, len(role_units)
                for e in u.entries:
                    if e.kind in ("country", "demonym", "org", "metonym") and not country:
                        country = e.country
                        if e.kind == "org" and head is None:
                            org_sector = e.sector
        if head is None:
            return None
        if head_at < len(role_units) and role_units[head_at].kind == "name":
            return None  # "Speaking to Xi, Kiribati President Taneti Maamau ...": a second person, named
        role_start, role_end = self.span(role_units[0].i, role_units[-1].j)
        person.role = person.role or self.text[role_start:role_end]
        person.role_words = person.role_words + tuple(self.lowers[u.i] for u in role_units[:head_at])
        sector = head.sector
        if _norm(head.name) in _GENERIC_HEADS and org_sector and org_sector != "IGO":
            sector = org_sector
        person.sector = person.sector or sector
        person.country = person.country or country
        person.rule += "+appositive"
        return k + 1 + head_at

    # --- small classifiers -------------------------------------------------------------------
    def _looks_like_org(self, u: _Unit) -> bool:
        last = self.toks[u.j - 1].text.lower()
        return last in org_suffixes()

    def _gender_of_name(self, u: _Unit) -> str | None:
        first = self.lowers[u.i]
        if u.j - u.i < 2 and u.kind == "name":
            return None
        return first_names().get(first)

    def _name_end(self, u: _Unit) -> int:
        return self.toks[u.j - 1].end

    def _known_without_initials(self, u: _Unit) -> Entry | None:
        """A lexicon person named with a middle initial or a suffix: "Joseph R. Biden Jr." is Joe Biden."""
        words = [w for w in self.lowers[u.i : u.j] if w != "." and not (len(w) == 1 and w.isalpha())]
        if words and words[-1] in _SUFFIXES:
            words.pop()
        if len(words) < 2 or len(words) == u.j - u.i:
            return None  # nothing dropped: the lexicon units would have matched already
        return next((x for x in gazetteer().lookup(tuple(words)) if x.kind == "person"), None)

    def _clean_name(self, u: _Unit) -> str:
        s, e = self.span(u.i, u.j)
        return " ".join(self.text[s:e].split())


_PARTICIPLE_ADJS = frozenset({"armed", "united", "allied", "unnamed", "unidentified", "elected", "detained",
                              "displaced", "retired", "embattled", "disgraced", "indicted", "jailed", "wounded",
                              "injured", "alleged", "suspected", "sanctioned", "backed", "based", "led"})
_GENERIC_HEADS = frozenset({"official", "officials", "spokesman", "spokeswoman", "spokesperson", "adviser",
                            "advisor", "advisers", "advisors", "source", "sources", "aide", "aides", "personnel",
                            "leaders", "leader", "head", "chief", "director"})


def _title_country(title: Entry) -> str | None:
    return _TITLE_COUNTRIES().get(title.name)


@cache
def _TITLE_COUNTRIES() -> dict[str, str]:
    return {row["title"]: row["country"] for row in lexicons.table("titles.tsv") if row.get("country")}


def recognize(tokens: list[Token], text: str, lowers: list[str] | None = None,
              surnames: frozenset[str] | set[str] = frozenset()) -> tuple[list[MentionCandidate], list[PlaceCandidate]]:
    rec = SentenceRecognizer(tokens, text, lowers, surnames)
    rec.run()
    return rec.mentions, rec.places
