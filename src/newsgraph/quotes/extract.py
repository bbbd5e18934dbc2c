"""Quotation and reported-speech rules. Each rule is named; each quote records the rule.

Direct quotes
  `direct.speaker_after`   "...," he said / "...," said Brown / "...," the chief told Y
  `direct.speaker_before`  X said: "..." / X told Y, "..."
  `direct.colon`           a sentence ending in ':' names the speaker of the quote after it
  `direct.inherit`         an unattributed quote continues the previous speaker
  `direct.inherit_next`    "A." "B," she said. (A takes the speaker of the quote after it, same paragraph)
  `direct.after_report`    X said the toll would fall. "..." (a quote with no speaker goes on from the report before it)
  `direct.after_subject`   Adler pressed on. "..." (no report before it: the person the sentence opens on)
  `direct.no_speaker`      a quotation that stands alone with no one to say it
Reported speech
  `indirect.verb`          X said (that) ..., X warned ..., X told Y that ..., X wants to ...
  `indirect.source_after`  ..., a source said. / ..., sources told the Post.
  `indirect.parenthetical` For now, he said, an effort ...
  `indirect.answer`        Asked if the quay is safe, 46 percent said yes. (the answer is what is said)
  `indirect.passive`       The plan was criticized by Adler (the agent holds the stance; the subject is its object)
  `indirect.infinitive`    X used her speech to criticize Y / for X to praise Y (the doer; `.<class>` as for verbs)
  `according_to`           according to X / per X / citing X
  `headline.colon`         Graham: Trump's rhetoric is destroying the party's chances
  `headline.title`         Rubio Says Abandoning Reform Was A Sign Of Leadership (a title-case headline)
  `transcript.label`       TAPPER: And obviously, you're supporting ... (a paragraph of a transcript)
  `nominal.<word>`         Trump's criticism of the deal / X voiced support for Y / his warning that ...
  `evidential.raising`     Turnout appears to have fallen / X is expected to resign (no one named)
  `evidential.adverb`      X reportedly paid the fine
  `evidential.question`    Asked about the deal, ... / when asked by reporters whether ...
  `in_source.fronted`      In a CNN poll released Monday, 50 percent chose ... / In Forbes' words, ...
  `in_source.trailing`     Trump has a decisive lead in the polls
Quoted fragments
  `partial.in_report`      a quoted fragment inside reported speech takes its speaker
  `scare.no_speaker`       a quoted word with no one to say it

Where the rules live: `direct` (direct quotes), `reported` (reporting verbs, "according to", passives),
`trailing` (a source after the statement), `subjects` (who speaks, and whether a cue is a verb),
`fragments` (partial and scare quotes), `nesting` (which statement reports which), all over one
`context.Context`. This module runs them in order, with the headline, nominal, evidential and
in-source forms whose readers live in their own modules, and turns what they found into `Quote`s.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import chain

from newsgraph.actors.phrases import Argument as Speaker
from newsgraph.model import Actor, Doc, Quote, Span
from newsgraph.quotes.context import Context
from newsgraph.quotes.cues import Cue
from newsgraph.quotes.direct import direct_quotes, inherit_backwards, inherit_from_report
from newsgraph.quotes.evidential import cue_starts, evidential_at
from newsgraph.quotes.fragments import fragments
from newsgraph.quotes.headlines import headline_statements, title_statements
from newsgraph.quotes.in_source import MAX_HEAD_DISTANCE, in_source_at, source_nouns
from newsgraph.quotes.nesting import containers, holds_a_view, reframe_partials, reporting_host, same_speaker
from newsgraph.quotes.nominal import nominal_stances
from newsgraph.quotes.reported import reported_speech
from newsgraph.quotes.speakers import is_proper_name, speaker_type

_HEADLINE_CUE = Cue(":", "speech")
_NOMINAL_CUE = Cue("stance", "attitude")
_EVIDENTIAL_CUE = Cue("evidential", "evidential")
_IN_SOURCE_CUE = Cue("in", "according_to")


def _headlines(x: Context) -> None:
    taken = [f.content for f in x.found if f.kind != "scare"]
    for h in chain(headline_statements(x.text, x.doc.paragraphs, x.index),
                   title_statements(x.text, x.doc.paragraphs, x.index)):
        if any(t.contains(h.content) if h.shape == "transcript" else t.overlaps(h.content) for t in taken):
            continue  # a transcript turn holds the reports its speaker makes
        taken.append(h.content)
        rule = {"headline": "headline.colon", "title": "headline.title"}.get(h.shape, "transcript.label")
        x.add("indirect", h.content, rule, h.cue, h.speaker, _HEADLINE_CUE, 0.7)


def _nominal(x: Context) -> None:
    lowers = x.lowers
    taken = [f.content for f in x.found if f.kind != "scare"]
    for sent in x.doc.sentences:
        lo, hi = x.sentence_tokens(sent)
        for n in nominal_stances(x.toks, lowers, x.index, lo, hi):
            if any(t.overlaps(n.content) for t in taken) or x.in_quote_marks(n.cue.start):
                continue
            x.add("indirect", n.content, f"nominal.{n.word}", n.cue, n.holder, _NOMINAL_CUE, 0.5)


def _evidential(x: Context) -> None:
    taken = [f.content for f in x.found if f.kind != "scare"]
    free = 0
    for i in cue_starts(x.lowers):
        if i < free:
            continue
        sent = x.sentence_of(x.toks[i].start)
        lo, hi = x.sentence_tokens(sent)
        ev = evidential_at(x.toks, x.lowers, x.index, i, lo, hi)
        if ev is None:
            continue
        free = ev.cue[1]
        cue_span = x.cue_span(*ev.cue)
        if x.in_quote_marks(cue_span.start):
            continue
        begin = x.toks[ev.start].start
        if ev.end is not None:
            content: Span | None = x.trim(begin, x.toks[ev.end - 1].end)
        else:
            rest = x.clause(x.toks[ev.cue[1]].start if ev.through_cue else begin, sent.end)
            content = x.trim(begin, rest.end) if rest is not None else None
        if content is None or len(content) < 8 or any(t.overlaps(content) for t in taken):
            continue
        x.add("indirect", content, f"evidential.{ev.shape}", cue_span, ev.asker, _EVIDENTIAL_CUE, 0.5)


def _in_sources(x: Context) -> None:
    """'In a CNN poll released Monday, ...', '... ahead in the polls': a source named after 'in'."""
    nouns = source_nouns()
    heads = [k for k, w in enumerate(x.lowers) if w in nouns]
    if not heads:
        return
    taken = [f.content for f in x.found if f.kind != "scare"]
    for i in [i for i, w in enumerate(x.lowers) if w == "in"]:
        k = bisect_right(heads, i)
        if k == len(heads) or heads[k] - i > MAX_HEAD_DISTANCE:
            continue
        sent = x.sentence_of(x.toks[i].start)
        lo, hi = x.sentence_tokens(sent)
        found = in_source_at(x.toks, x.lowers, i, lo, hi)
        if found is None or x.in_quote_marks(x.toks[i].start):
            continue
        a, b = found.statement
        content = x.trim(x.toks[a].start, x.toks[b - 1].end if b < hi else sent.end)
        if len(content) < 12:
            continue
        reports = any(not c.frame_only for _, _, c in x.cues_between(lo, i))  # not "continues to lead"
        if found.shape == "trailing" and (reports or any(t.overlaps(content) for t in taken)):
            continue  # "respondents in the survey said ...": the sentence has its own report
        if found.shape == "fronted" and any(t.contains(content) for t in taken):
            continue  # a fronted source holds the reports after it ("In a poll, 40 percent said ...")
        s, e = x.toks[found.source[0]].start, x.toks[found.source[1] - 1].end
        named = x.index.within(s, e)
        source = Speaker(Span(s, e), named[0][2] if len(named) == 1 else None)
        x.add("according_to", content, f"in_source.{found.shape}", x.cue_span(i, i + 1), source,
              _IN_SOURCE_CUE, 0.6)


def _quotes(x: Context) -> list[Quote]:
    """Run the rules in order (each sees what the ones before it found), then number and nest the statements."""
    direct_quotes(x)
    inherit_backwards(x)
    reported_speech(x)
    _headlines(x)
    _nominal(x)
    inherit_from_report(x)
    _evidential(x)
    _in_sources(x)
    fragments(x)
    container = containers(x)
    # "Karimi said she hopes ...": a report inside the same speaker's statement is part of it, not a second level;
    # "Adler said the mayor supports the plan": a view one source ascribes to another is what that source says
    folded = {k for k, c in container.items() if x.found[k].outer_of is None and x.found[k].kind != "partial"
              and (same_speaker(x, k, c) or holds_a_view(x.found[k]))}
    reframe_partials(x, folded, container)
    order = sorted((k for k in range(len(x.found)) if k not in folded),
                   key=lambda k: (x.found[k].content.start, x.found[k].content.end, k))
    ids = {k: f"q{n}" for n, k in enumerate(order, start=1)}
    authors = x.doc.article.authors
    out = []
    for k in order:
        f = x.found[k]
        speaker_text = x.text[f.speaker.span.start : f.speaker.span.end] if f.speaker else ""
        actor = f.speaker.actor if f.speaker else None
        if f.speaker is not None and actor is None and is_proper_name(speaker_text):
            actor = _named_elsewhere(x, speaker_text)  # a headline's "Glenn Beck Blasts ...": the name the body gives
        host = reporting_host(x, k, container, folded)
        name = actor.name if actor else None
        kind = speaker_type(actor, speaker_text) if f.speaker else None
        if f.speaker is not None and _the_writer(x, f.speaker.span, speaker_text, host):
            # "I think the plan is dead", outside any quotation: the writer's own view, by the byline's name
            name, kind = (authors[0] if len(authors) == 1 else None), "author"
        out.append(Quote(
            id=ids[k], kind=f.kind, content=f.content, rule=f.rule, cue=f.cue,  # type: ignore[arg-type]
            speaker=f.speaker.span if f.speaker else None,
            speaker_actor=actor.id if actor else None, speaker_name=name,
            speaker_type=kind,
            confidence=f.confidence * (1.0 if actor is not None or f.kind == "scare" else 0.8),
            reported_by=ids[host] if host is not None else None,
        ))
    return out


def _named_elsewhere(x: Context, text: str) -> Actor | None:
    """The one actor of the article with this name, or a person with this surname."""
    key = text.lower()
    found = {a.id: a for a in x.doc.actors if a.kind in ("person", "organization")
             and not a.rule.startswith("description") and (  # not "Justice" for "the Supreme Court justice"
                 a.name.lower() == key
                 or (a.kind == "person" and " " not in key and a.name.lower().rsplit(None, 1)[-1] == key))}
    return next(iter(found.values())) if len(found) == 1 else None


def _the_writer(x: Context, speaker: Span, text: str, host: int | None) -> bool:
    """An "I" outside every quotation and every other statement is the one who wrote the article."""
    return text == "I" and host is None and not x.in_quote_marks(speaker.start)


def extract_quotes(doc: Doc) -> list[Quote]:
    """Every statement the article attributes, in text order, with its speaker and nesting."""
    return _quotes(Context(doc))
