"""The evaluation harnesses: scoring logic on small made-up data, and on ../shared when present."""

from newsgraph.api import extract
from newsgraph.evaluate.attribution import evaluate_directory, score_document, statements
from newsgraph.evaluate.brat import Attribution, read_ann
from newsgraph.evaluate.events import _unmark, match_event
from newsgraph.model import Quote, Span
from tests.conftest import shared_path


def test_brat_reader_joins_multiline_spans(tmp_path):
    ann = tmp_path / "x.ann"
    ann.write_text("T1\tSource 0 5\tAlice\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;22 30\tfirst\nsecond\n"
                   "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n")
    (att,) = read_ann(ann)
    assert att.source == [(0, 5)] and att.cue == [(6, 10)] and att.content == [(11, 20), (22, 30)]


def test_scoring_half_overlap_rule():
    gold = [Attribution(content=[(10, 30)], source=[(0, 5)], cue=[(6, 9)])]
    good = Quote(id="q1", kind="indirect", content=Span(12, 30), rule="r", cue=Span(6, 9), speaker=Span(0, 5))
    short = Quote(id="q2", kind="indirect", content=Span(10, 15), rule="r", cue=Span(6, 9), speaker=Span(0, 5))
    assert score_document([good], gold).content == 1
    assert score_document([short], gold).content == 0


def test_plover_marking():
    text, s, t = _unmark("<s>Russia</s> attacked <t>Ukraine</t>.")
    assert text == "Russia attacked Ukraine." and text[s[0]:s[1]] == "Russia" and text[t[0]:t[1]] == "Ukraine"


def test_a_row_with_only_its_source_marked_matches_on_the_source():
    # PLOVER rows whose target is the placeholder "a recipient" mark no target span
    text, s, t = _unmark("<s>The ministry</s> agreed to resign and lifted the curfew.")
    assert t is None
    events = extract(text, html=False, verbatim=True).events
    mentions = {}
    matched = match_event(events, s, t, mentions)
    assert matched is not None and matched.target is None
    assert matched.trigger.text(text) == "agreed"
    assert match_event(events, None, None, mentions) is None


def test_polnear_dev_smoke():
    split = shared_path("polnear", "dev")
    scores = evaluate_directory(split, limit=5)
    assert scores["documents"] == 5 and scores["content_f1"] > 0.3
    top = evaluate_directory(split, limit=5, top_level=True)
    assert top["gold"] == scores["gold"] and top["predicted"] <= scores["predicted"]


def test_a_statement_split_around_its_speaker_is_scored_on_its_contents():
    # '"First half," Alice said, "second half."': the speaker and cue between the halves are not content
    gold = [Attribution(content=[(0, 12), (26, 40)], source=[(13, 18)], cue=[(19, 23)])]
    first = Quote(id="q1", kind="direct", content=Span(0, 12), rule="r", cue=Span(19, 23), speaker=Span(13, 18))
    second = Quote(id="q2", kind="direct", content=Span(26, 40), rule="r", cue=Span(19, 23), speaker=Span(13, 18))
    (statement,) = statements([first, second])
    assert statement.chars == set(range(0, 12)) | set(range(26, 40))
    assert score_document([first, second], gold).content == 1


def test_a_frame_inside_its_own_statement_is_not_scored_as_content():
    # "Greensboro, Sexton said, made him ...": one predicted span over the clause and its frame
    text = "Greensboro, Sexton said, made him question the rhetoric."
    speaker = Span(text.index("Sexton"), text.index(" said"))
    cue = Span(text.index("said"), text.index(", made"))
    whole = Quote(id="q1", kind="indirect", content=Span(0, len(text) - 1), rule="r", cue=cue, speaker=speaker)
    (statement,) = statements([whole])
    assert not statement.chars & (set(range(speaker.start, speaker.end)) | set(range(cue.start, cue.end)))
    assert set(range(0, 10)) <= statement.chars and statement.extent == (0, len(text) - 1)
