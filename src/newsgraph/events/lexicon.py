"""Event lexicons: triggers (with generated inflections), CAMEO codes, modality cues, hedges."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsgraph import lexicons


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    plover: str
    mode: str | None
    goldstein: float
    quad: int


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str  # verb | noun
    cameo: CameoCode
    targets: tuple[str, ...]  # "obj" and/or prepositions
    requires: frozenset[str]
    length: int  # tokens in the surface form
    requires_before: frozenset[str] = frozenset()  # "<word" entries: words that must come before the trigger


def _verb_forms(lemma: str) -> list[str]:
    """Regular inflections of a (possibly multi-word) verb: the first word inflects."""
    first, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if first.endswith(("ee", "ye", "oe")):
        past, ing = first + "d", first + "ing"  # agreed, agreeing
    elif first.endswith("e"):
        past, ing = first + "d", first[:-1] + "ing"
    elif first.endswith("y") and first[-2:-1] not in "aeiou":
        past, ing = first[:-1] + "ied", first + "ing"
    elif (len(re.findall(r"[aeiou]+", first)) == 1 and first[-1] not in "aeiouwxy" and first[-2] in "aeiou"
          and first[-3:-2] not in ("a", "e", "i", "o", "u")):  # one syllable: ban -> banned, plan -> planned
        past, ing = first + first[-1] + "ed", first + first[-1] + "ing"
    else:
        past, ing = first + "ed", first + "ing"
    if first.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = first + "es"
    elif first.endswith("y") and first[-2:-1] not in "aeiou":
        third = first[:-1] + "ies"
    else:
        third = first + "s"
    return [lemma, third + tail, past + tail, ing + tail]


def _noun_forms(noun: str) -> list[str]:
    if noun.endswith(("s", "sh", "ch", "x")):
        return [noun, noun + "es"] if not noun.endswith("s") else [noun]
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return [noun, noun[:-1] + "ies"]
    return [noun, noun + "s"]


@cache
def cameo_codes() -> dict[str, CameoCode]:
    return {
        row["cameo"]: CameoCode(row["cameo"], row["plover"], row["mode"] or None, float(row["goldstein"]),
                                int(row["quad"]))
        for row in lexicons.table("cameo_codes.tsv")
    }


@cache
def triggers() -> dict[tuple[str, ...], list[Trigger]]:
    codes = cameo_codes()
    out: dict[tuple[str, ...], list[Trigger]] = {}
    for row in lexicons.table("event_triggers.tsv"):
        cameo = codes[row["cameo"]]
        targets = tuple(t for t in row["target"].split("|") if t)
        requires = frozenset(w for w in row.get("requires", "").split(",") if w)
        explicit = [f for f in row.get("forms", "").split("|") if f]
        if row["pos"] == "verb":
            # irregular verbs list their forms; regular ones are inflected here
            forms = [*explicit, row["trigger"]] if explicit else _verb_forms(row["trigger"])
        else:
            forms = explicit + _noun_forms(row["trigger"])
        for form in dict.fromkeys(forms):
            key = tuple(form.lower().split())
            trig = Trigger(row["trigger"], row["pos"], cameo, targets, requires, len(key),
                           frozenset(w[1:] for w in requires if w.startswith("<")))
            bucket = out.setdefault(key, [])
            if trig not in bucket:
                bucket.append(trig)
    return out


_ADJECTIVAL_PARTICIPLES = frozenset({"burnt", "built", "shot", "laid", "found"})


@cache
def irregular_verb_forms() -> frozenset[str]:
    """Irregular past tenses listed in the trigger lexicon ("withdrew", "sent", "took"): words that are
    verbs, never modifiers inside a noun phrase. Third persons ("strikes") and participles ("taken",
    "burnt buildings") can be nouns or adjectives, so they are left out."""
    nouns = {t.lemma for bucket in triggers().values() for t in bucket if t.pos == "noun"}
    out = set()
    for row in lexicons.table("event_triggers.tsv"):
        if row["pos"] != "verb":
            continue
        for form in row.get("forms", "").split("|"):
            first = form.split(" ")[0].lower()
            if first and not first.endswith(("ing", "ed", "s", "en", "wn")) and first not in nouns \
                    and first not in _ADJECTIVAL_PARTICIPLES and first != row["trigger"].split(" ")[0]:
                out.add(first)
    return frozenset(out)


@cache
def first_word_lengths() -> dict[str, int]:
    out: dict[str, int] = {}
    for key in triggers():
        out[key[0]] = max(out.get(key[0], 0), len(key))
    return out


@cache
def light_verbs() -> frozenset[str]:
    return frozenset(lexicons.entries("light_verbs.txt"))


@cache
def modality_cues() -> dict[tuple[str, ...], str]:
    return {tuple(row["cue"].split()): row["modality"] for row in lexicons.table("modality_cues.tsv")}


@cache
def hedges() -> dict[str, float]:
    return {row["word"]: float(row["factor"]) for row in lexicons.table("hedges.tsv")}
