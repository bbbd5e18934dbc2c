"""The command line as the outside contract (../shared/CONTRACT.md) describes it."""

import gzip
import json
import subprocess
import sys

from tests.conftest import EXAMPLES, shared_path


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "newsgraph.cli", *args], input=stdin, capture_output=True,
                          text=True, timeout=120)


def check_spans(obj):
    text = obj["article"]["text"]
    for actor in obj["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    for q in obj["quotes"]:
        for key in ("content", "cue", "speaker"):
            if q[key]:
                assert text[q[key]["start"] : q[key]["end"]] == q[key]["text"]
    for e in obj["events"]:
        participants = [p["mention"] for p in (e["source"], e["target"]) if p]
        for span in (e["trigger"], e["sentence"], e["date_text"], *participants):
            if span:
                assert text[span["start"] : span["end"]] == span["text"]


def test_extract_jsonl_on_every_example_kind(tmp_path):
    result = run("extract", str(EXAMPLES), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(docs) == 4  # kestria-border.txt, newsroom-page.html, two JSONL records
    for d in docs:
        assert set(d) >= {"article", "actors", "quotes", "events"}
        assert set(d["article"]) >= {"id", "title", "authors", "published", "site", "url", "language", "text"}
        check_spans(d)
    titles = {d["article"]["title"] for d in docs}
    assert "Coastal Guard Detains Fishing Crew After Standoff" in titles


def test_seed_contract_fields():
    seed = shared_path("seed", "000_df0ead85eb823479.txt")
    result = run("extract", str(seed))
    obj = json.loads(result.stdout)
    assert obj["article"]["title"] == "Ukraine Formally Asks NATO To Send Troops For First Time, Pentagon Mulling"
    assert obj["article"]["authors"] == ["Tyler Durden"]
    assert obj["article"]["published"].startswith("2024-05-17T14:40")
    check_spans(obj)
    for e in obj["events"]:
        assert e["type"] in {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                             "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
        assert e["modality"] in {"asserted", "requested", "intended", "considered", "threatened", "denied",
                                 "hypothetical", "reported"}


def test_verbatim_keeps_text_exactly(tmp_path):
    text = "print-icon\n\nThe Kremlin warned Estonia on Monday.\n"
    (tmp_path / "v.txt").write_text(text)
    obj = json.loads(run("extract", str(tmp_path / "v.txt"), "--verbatim").stdout)
    assert obj["article"]["text"] == text
    lines = [json.dumps({"id": "a", "text": "  Spaces stay.  "})]
    (tmp_path / "v.jsonl").write_text("\n".join(lines))
    obj = json.loads(run("extract", str(tmp_path / "v.jsonl"), "--verbatim").stdout)
    assert obj["article"]["text"] == "  Spaces stay.  "


def test_stdin_and_gzip_stdin():
    text = "Kestrian forces shelled Orsk on Sunday, the governor said."
    obj = json.loads(run("extract", "-", stdin=text).stdout)
    assert obj["article"]["text"] == text
    result = subprocess.run([sys.executable, "-m", "newsgraph.cli", "extract", "-"], input=gzip.compress(text.encode()),
                            capture_output=True, timeout=60)
    assert json.loads(result.stdout)["article"]["text"] == text


def test_bad_document_gives_one_line_error_and_nonzero_exit(tmp_path):
    (tmp_path / "good.txt").write_text("The minister resigned on Friday, officials said.")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01" * 300)
    result = run("extract", str(tmp_path / "bin.txt"), str(tmp_path / "good.txt"))
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and "bin.txt" in errors[0] and "binary" in errors[0]


def test_output_is_deterministic_and_workers_do_not_change_it():
    first = run("extract", str(EXAMPLES)).stdout
    assert first == run("extract", str(EXAMPLES)).stdout
    assert first == run("extract", str(EXAMPLES), "--workers", "2").stdout


def test_actor_command_single_and_stdin():
    obj = json.loads(run("actor", "an American destroyer").stdout)
    assert (obj["country"], obj["sector"], obj["code"]) == ("USA", "MIL", "USAMIL")
    lines = run("actor", "-", stdin="the Kremlin\nFrench police\n").stdout.splitlines()
    assert [json.loads(x)["code"] for x in lines] == ["RUSGOV", "FRACOP"]


def test_pretty_and_json_formats():
    assert "Actors" in run("extract", str(EXAMPLES / "kestria-border.txt"), "--format", "pretty").stdout
    arr = json.loads(run("extract", str(EXAMPLES), "--format", "json").stdout)
    assert isinstance(arr, list) and len(arr) == 4
