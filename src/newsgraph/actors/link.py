"""Within-article coreference: link mentions of one actor and give each actor its identity.

Rules, in the order they are tried for each mention (text order):
- `link.name`: the same normalised full name, or a surname ("Brown", "General Brown") of an
  earlier person;
- `link.org_short`: "the Times" to an earlier organisation whose name ends in "Times";
- `link.appositive`: a name right after a description and a comma ("the Belarussian defense
  minister, Leonid Maltsev,") names the person described;
- `link.role`: a definite role description ("the Estonian defense chief", "the Joint Chiefs
  chairman") to the latest person whose role shares its head and whose country agrees;
- `link.pronoun`: he/she to the most salient compatible person (recency, subject position,
  gender), it/they to the latest organisation, country or group;
- `link.key`: countries by ISO code, organisations by canonical name, groups by description.
"""

from __future__ import annotations

import re
from bisect import insort
from dataclasses import dataclass, field

from newsgraph.actors.lexicon import gazetteer, org_suffixes
from newsgraph.actors.recognize import MentionCandidate
from newsgraph.model import Actor, ActorKind, Mention, Span

_SUFFIX = re.compile(r"\s*,?\s+(?:Jr|Sr|II|III|IV)\.?$")
_ROLE_SYNONYMS = {
    "chief": {"minister", "secretary", "head", "chairman", "director", "commander", "chief", "leader"},
    "head": {"minister", "secretary", "chief", "director", "chairman", "leader", "head"},
    "chairman": {"chairman", "chair", "chief", "head"},
    "leader": {"president", "prime", "premier", "chancellor", "leader", "head", "chief"},
    "president": {"president"},
    "minister": {"minister", "secretary"},
    "secretary": {"secretary", "minister"},
    "general": {"general", "gen", "commander", "chief", "chairman"},
    "spokesman": {"spokesman", "spokeswoman", "spokesperson"},
    "spokeswoman": {"spokesman", "spokeswoman", "spokesperson"},
    "spokesperson": {"spokesman", "spokeswoman", "spokesperson"},
    "official": {"official"},
    "adviser": {"adviser", "advisor"},
    "advisor": {"adviser", "advisor"},
    # "Sen. Ines Moreau ... the senator": abbreviated titles name the same office
    "senator": {"senator", "sen"},
    "governor": {"governor", "gov"},
    "congressman": {"congressman", "congresswoman", "representative", "rep"},
    "congresswoman": {"congressman", "congresswoman", "representative", "rep"},
    "representative": {"congressman", "congresswoman", "representative", "rep"},
    "lawmaker": {"lawmaker", "legislator", "senator", "sen", "congressman", "congresswoman", "representative", "rep"},
}
_ROLE_STOP = frozenset({"the", "a", "an", "former", "top", "senior", "of", "to", "for", "'s", "’s", ","})
_GOVERNING_PREPOSITIONS = frozenset({"to", "with", "by", "from", "for", "at", "in", "on", "against", "about", "of",
                                     "after", "before", "without", "toward", "towards"})
_AUX = frozenset({"has", "have", "had", "is", "was", "will", "would", "could", "can", "said", "says", "told",
                  "also", "then", "did", "does", "added", "warned", "wrote", "announced", "claimed"})


@dataclass(slots=True)
class _Record:
    actor: Actor
    key: str
    surname: str | None = None
    first: str | None = None
    role_words: set[str] = field(default_factory=set)
    last_pos: int = -1
    last_sentence: int = -1
    last_subject: bool = False
    number: str = "sg"
    quoted_only: bool = True  # named only inside quotations so far: no antecedent of "he" or "she" yet


class Linker:
    def __init__(self) -> None:
        self.records: list[_Record] = []
        self.by_key: dict[str, _Record] = {}
        self.salient = True
        self.previous: tuple[MentionCandidate, _Record, int] | None = None
        self.attached: _Record | None = None  # the record the current mention went to
        self.full_name_surnames: set[str] = set()  # "bolton" once "John Bolton" is named
        # lone surnames before any full name ("Ryan calls Trump line 'racist'" above "Paul Ryan said ..."):
        # they go to the first person named in full with that surname
        self.pending_surnames: dict[str, list[MentionCandidate]] = {}

    # --- registry ------------------------------------------------------------------------
    def _new(self, key: str, actor: Actor, **kw: object) -> _Record:
        rec = _Record(actor, key, **kw)  # type: ignore[arg-type]
        self.records.append(rec)
        self.by_key[key] = rec
        return rec

    def _attach(self, rec: _Record, m: MentionCandidate, sentence: int, subject: bool, rule: str) -> None:
        rec.actor.mentions.append(Mention(Span(m.start, m.end), rule, m.mention_kind))
        self.attached = rec
        rec.quoted_only = rec.quoted_only and not self.salient
        if self.salient or rec.last_pos < 0:
            rec.last_pos = m.start
            rec.last_sentence = sentence
            rec.last_subject = subject
        a = rec.actor
        if m.kind in ("person", "person_desc"):
            a.country = a.country or m.country
            a.sector = a.sector or m.sector
            a.gender = a.gender or m.gender
            a.role = a.role or m.role
            rec.role_words.update(w for w in m.role_words if w not in _ROLE_STOP)

    # --- per mention -------------------------------------------------------------------------
    def add(self, m: MentionCandidate, sentence: int, subject: bool, salient: bool = True) -> None:
        """Link one mention; mentions inside quotations (salient=False) do not attract pronouns."""
        self.salient = salient
        if m.kind == "pronoun" and not salient:
            return  # "we", "he" inside a quotation refer to the quoted speaker's world
        handler = getattr(self, f"_link_{m.kind}", None)
        self.attached = None
        if handler is not None:
            handler(m, sentence, subject)
        attached = self._attached()
        self.previous = (m, attached, sentence) if attached is not None else None

    def _attached(self) -> _Record | None:
        # read through a call: right after `self.attached = None` a type checker (and mypyc) takes it
        # to be None still, not knowing the handler set it
        return self.attached

    def _appositive_description(self, m: MentionCandidate, sentence: int) -> _Record | None:
        """'the Belarussian defense minister, Leonid Maltsev,': the name names the person described."""
        if self.previous is None:
            return None
        prev, rec, prev_sentence = self.previous
        if prev_sentence != sentence or prev.kind != "person_desc" or prev.number == "pl" \
                or m.start - prev.end != 2 or rec.surname is not None:
            return None
        return rec

    def _link_person(self, m: MentionCandidate, sentence: int, subject: bool) -> None:
        name = _SUFFIX.sub("", m.name).strip()
        words = [w for w in name.replace(".", " ").split() if w]
        surname = words[-1].lower() if words else name.lower()
        key = "person:" + " ".join(w.lower() for w in words)
        rec = self.by_key.get(key)
        if rec is None:
            rec = self._find_person(surname, words[0].lower() if len(words) > 1 else None)
        described = self._appositive_description(m, sentence) if rec is None else None
        if described is not None:
            rec = described
            rec.actor.name = m.name.rstrip(",.")
            rec.surname, rec.first = surname, words[0].lower() if len(words) > 1 else None
            self.by_key[key] = rec
            rule = m.rule + "+link.appositive"
        elif rec is None:
            actor = Actor(id="", name=m.name.rstrip(",."), kind="person", country=m.country, sector=m.sector,
                          gender=m.gender, role=m.role, rule=m.rule)
            rec = self._new(key, actor, surname=surname, first=words[0].lower() if len(words) > 1 else None)
            if len(words) > 1:
                self.full_name_surnames.add(surname)
                for earlier in self.pending_surnames.pop(surname, []):
                    insort(rec.actor.mentions, Mention(Span(earlier.start, earlier.end), "name.single+link.later_name",
                                                       earlier.mention_kind), key=lambda x: x.span.start)
            rule = m.rule
        else:
            rule = m.rule + "+link.name"
            if len(words) > len(rec.actor.name.split()) and not m.known:
                rec.actor.name = m.name  # the fuller form names the actor
        self._attach(rec, m, sentence, subject, rule)

    def _find_person(self, surname: str, first: str | None) -> _Record | None:
        for rec in reversed(self.records):
            if rec.actor.kind != "person" or rec.surname is None:
                continue
            if rec.surname == surname and (first is None or rec.first is None or rec.first == first
                                           or rec.first[:1] == first[:1]):
                return rec
        return None

    def _link_surname(self, m: MentionCandidate, sentence: int, subject: bool) -> None:
        word = m.name.lower()
        rec = self._find_person(word, None)
        if rec is None:
            rec = next((r for r in reversed(self.records) if r.actor.kind == "person" and r.first == word), None)
        if rec is None:
            rec = self._org_by_last_word(word)
        if rec is not None:
            self._attach(rec, m, sentence, subject, "name.single+link.name")
        elif m.known:  # a lone name that speaks: a person we know only by this name
            actor = Actor(id="", name=m.name, kind="person", rule="person.speaker")
            rec = self._new("person:" + word, actor, surname=word)
            self._attach(rec, m, sentence, subject, "person.speaker")
        else:
            self.pending_surnames.setdefault(word, []).append(m)

    def _org_by_last_word(self, word: str) -> _Record | None:
        for rec in reversed(self.records):
            if rec.actor.kind == "organization" and rec.actor.name.lower().split()[-1] == word:
                return rec
        return None

    def _link_org_short(self, m: MentionCandidate, sentence: int, subject: bool) -> None:
        rec = self._org_by_last_word(m.name.lower())
        if rec is not None:
            self._attach(rec, m, sentence, subject, "org.short_form+link.org_short")
            return
        self._link_org(m, sentence, subject)

    def _link_org(self, m: MentionCandidate, sentence: int, subject: bool) -> None:
        key = "org:" + m.name.lower()
        rec = self.by_key.get(key)
        if rec is None:
            country, sector = m.country, m.sector
            if not m.known:
                country, sector = _org_country_sector(m.name)
                country = m.country or country
            actor = Actor(id="", name=m.name, kind="organization", country=country, sector=sector, code=m.code,
                          rule=m.rule)
            rec = self._new(key, actor)
        self._attach(rec, m, sentence, subject, m.rule + ("+link.key" if rec.actor.mentions else ""))

    def _link_country(self, m: MentionCandidate, sentence: int, subject: bool) -> None:
        key = "country:" + (m.country or m.name)
        rec = self.by_key.get(key)
        if rec is None:
            name = gazetteer().country_names.get(m.country or "", m.name)
            rec = self._new(key, Actor(id="", name=name, kind="country", country=m.country, rule=m.rule))
        self._attach(rec, m, sentence, subject, m.rule + ("+link.key" if rec.actor.mentions else ""))

    def _link_metonym(self, m: MentionCandidate, sentence: int, subject: bool) -> None:
        key = "metonym:" + m.name.lower()
        rec = self.by_key.get(key)
        if rec is None:
            actor = Actor(id="", name=m.name, kind="country", country=m.country, sector=m.sector, code=m.code,
                          rule=m.rule)
            rec = self._new(key, actor)
        self._attach(rec, m, sentence, subject, m.rule + ("+link.key" if len(rec.actor.mentions) else ""))

    def _link_group(self, m: MentionCandidate, sentence: int, subject: bool) -> None:
        if (m.definite and m.head in ("country", "nation", "state") and m.number == "sg") or (
                m.definite and m.head in ("country", "nation") and not m.country):
            rec = next((r for r in reversed(self.records) if r.actor.kind == "country" and r.last_pos >= 0), None)
            if rec is not None:
                self._attach(rec, m, sentence, subject, "description.country+link.country")
                return
        key = f"group:{m.country}:{m.code}:{m.region}:{m.head}:{m.sector}"
        rec = None if m.indefinite else self.by_key.get(key)
        if rec is None:
            actor = Actor(id="", name=_description_name(m.name), kind=_group_kind(m.actor_kind), country=m.country,
                          sector=m.sector, code=m.code or (m.region if not m.country else None), rule=m.rule)
            rec = self._new(key if not m.indefinite else f"{key}:{m.start}", actor, number=m.number or "pl")
        self._attach(rec, m, sentence, subject, m.rule + ("+link.key" if rec.actor.mentions else ""))

    def _link_person_desc(self, m: MentionCandidate, sentence: int, subject: bool) -> None:
        if m.definite and not m.indefinite:
            rec = self._find_by_role(m)
            if rec is not None:
                self._attach(rec, m, sentence, subject, "description.role+link.role")
                return
        actor = Actor(id="", name=_description_name(m.name), kind="person", country=m.country, sector=m.sector,
                      code=m.code, role=m.head, rule=m.rule)
        rec = self._new(f"desc:{m.start}", actor)
        self._attach(rec, m, sentence, subject, m.rule)

    def _find_by_role(self, m: MentionCandidate) -> _Record | None:
        head = m.head or ""
        head_words = set(head.split())
        wanted = set().union(*(_ROLE_SYNONYMS.get(w, {w}) for w in head_words))
        content = {w for w in m.role_words if w not in _ROLE_STOP} - head_words
        countries = {m.country} if m.country else set()
        for rec in reversed(self.records):
            a = rec.actor
            if a.kind != "person" or not rec.role_words:
                continue
            if countries and a.country and a.country not in countries:
                continue
            if not wanted & rec.role_words:
                continue
            domain = {w for w in content if gazetteer().lookup((w,)) == [] or w in rec.role_words}
            if domain and not domain & rec.role_words and not any(
                    e.kind in ("demonym", "country") for w in domain for e in gazetteer().lookup((w,))):
                continue
            return rec
        return None

    def _link_pronoun(self, m: MentionCandidate, sentence: int, subject: bool) -> None:
        rec = self._resolve_pronoun(m, sentence)
        if rec is not None:
            self._attach(rec, m, sentence, subject, "pronoun+link.pronoun")

    def _resolve_pronoun(self, m: MentionCandidate, sentence: int) -> _Record | None:
        best: tuple[float, int] | None = None
        chosen: _Record | None = None
        for rec in self.records:
            a = rec.actor
            if rec.last_pos < 0 or rec.last_pos >= m.start:
                continue
            distance = sentence - rec.last_sentence
            if m.gender in ("male", "female"):
                if a.kind != "person" or a.gender not in (None, "any", m.gender) or distance > 4 or rec.quoted_only:
                    continue  # '"... beside Mohammed Deif ...," he told ...': not the man the speaker names
            elif m.number == "pl":
                if a.kind not in ("group", "organization", "country") or distance > 2:
                    continue
                if a.kind == "group" and rec.number != "pl":
                    continue
            else:  # it / its
                if a.kind not in ("organization", "country") or distance > 2:
                    continue
            score = distance + (0.0 if rec.last_subject else 0.75)
            if m.number == "pl" and a.kind != "group":
                score += 0.5  # "they" is more often people than an institution
            if best is None or (score, -rec.last_pos) < best:
                best = (score, -rec.last_pos)
                chosen = rec
        return chosen

    def _link_other(self, m: MentionCandidate, sentence: int, subject: bool) -> None:
        key = "other:" + m.name.lower()
        rec = self.by_key.get(key) or self._new(key, Actor(id="", name=m.name, kind="other", rule=m.rule))
        self._attach(rec, m, sentence, subject, m.rule)

    def actors(self) -> list[Actor]:
        """Actors in order of first mention, with ids a1, a2, ..."""
        found = [r.actor for r in self.records if r.actor.mentions]
        found.sort(key=lambda a: min(m.span.start for m in a.mentions))
        for n, actor in enumerate(found, start=1):
            actor.id = f"a{n}"
        return found


def is_subject(m: MentionCandidate, first_in_sentence: bool, next_lower: str, prev_lower: str = "") -> bool:
    """Likely the subject of its clause: the sentence's first mention (unless a preposition governs
    it: "Speaking to Xi, ..."), or a mention before an auxiliary or a verb in the past tense."""
    if next_lower in _AUX or (next_lower.endswith("ed") and next_lower.isalpha() and len(next_lower) > 4):
        return True
    return first_in_sentence and prev_lower not in _GOVERNING_PREPOSITIONS


def _description_name(text: str) -> str:
    return " ".join(text.split())


_GROUP_KINDS: dict[str, ActorKind] = {"organization": "organization", "group": "group", "person": "person"}


def _group_kind(actor_kind: str | None) -> ActorKind:
    return _GROUP_KINDS.get(actor_kind or "", "other")


def _org_country_sector(name: str) -> tuple[str | None, str | None]:
    """Country and sector of an organisation we do not know, from the words of its name."""
    words = name.split()
    sector = org_suffixes().get(words[-1].lower()) or None
    gaz = gazetteer()
    country = None
    for w in words[:-1]:
        for e in gaz.lookup((w.lower().replace("’", "'"),)):
            if e.kind in ("country", "demonym") and e.country:
                country = e.country
                break
        if country:
            break
    return country, sector
