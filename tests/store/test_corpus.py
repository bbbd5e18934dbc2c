import csv
import io
import json
import signal
import subprocess
import sys
import time

import pytest

import newsgraph
from newsgraph.store import Corpus, Filters
from newsgraph.store.gdelt import COLUMNS
from tests.store.corpus_builder import story, write_corpus

COUNTS = ("articles", "actors", "mentions", "quotes", "events")


def ingest(db, *paths, **kw):
    with Corpus(db) as corpus:
        return corpus.ingest(newsgraph.extract_files([str(p) for p in paths]), **kw)


def counts(db):
    with Corpus(db, read_only=True) as corpus:
        return {t: corpus.count(t) for t in COUNTS}


def test_ingest_is_idempotent(tmp_path):
    src = tmp_path / "wire.jsonl"
    write_corpus(src, 30)
    db = tmp_path / "c.duckdb"
    first = ingest(db, src, batch_size=7)
    assert first.stored == 30 and first.failed == 0
    before = counts(db)
    again = ingest(db, src)
    assert again.stored == 0 and again.skipped == 30
    assert counts(db) == before


def test_same_url_or_same_text_is_stored_once(tmp_path):
    import random

    doc = story(1, random.Random(1))
    same_url = dict(doc, id="other-id", text=doc["text"] + " An update was added later.")
    same_text = dict(doc, id="mirror", url="https://mirror.example.net/copy")
    src = tmp_path / "d.jsonl"
    src.write_text("\n".join(json.dumps(d) for d in (doc, same_url, same_text)) + "\n")
    stats = ingest(tmp_path / "c.duckdb", src)
    assert (stats.stored, stats.skipped) == (1, 2)


def test_near_duplicate_is_linked_to_its_original(tmp_path):
    import random

    doc = story(2, random.Random(2))
    words = doc["text"].split()
    edited = dict(doc, id="syndicated", url="https://other.example.com/a",
                  text=" ".join([*words[:-4], "a", "broadcaster", "reported", "Wednesday."]))
    unrelated = story(3, random.Random(99))
    src = tmp_path / "d.jsonl"
    src.write_text("\n".join(json.dumps(d) for d in (doc, edited, unrelated)) + "\n")
    db = tmp_path / "c.duckdb"
    assert ingest(db, src).near_duplicates == 1
    with Corpus(db, read_only=True) as corpus:
        rows = {r["doc_id"]: r for r in corpus.articles()}
    assert rows["syndicated"]["duplicate_of"] is not None and rows["syndicated"]["similarity"] >= 0.7
    assert rows[doc["id"]]["duplicate_of"] is None and rows[unrelated["id"]]["duplicate_of"] is None


def test_resume_after_kill_gives_the_rows_of_a_clean_run(tmp_path):
    src = tmp_path / "wire.jsonl"
    write_corpus(src, 160)
    clean = tmp_path / "clean.duckdb"
    ingest(clean, src)
    killed = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "newsgraph.cli", "ingest", str(src), "--db", str(killed), "--batch-size", "5",
           "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if killed.exists():
            try:
                with Corpus(killed, read_only=True) as c:
                    if c.count("articles") >= 20:
                        break
            except Exception:  # the writer holds the lock; try again
                pass
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    subprocess.run(cmd, check=True, timeout=300)
    assert counts(killed) == counts(clean)


def test_errors_are_logged_and_the_rest_is_stored(tmp_path):
    src = tmp_path / "d.jsonl"
    src.write_text('{"text": "The Kremlin warned Estonia on Monday, officials said."}\nnot json\n')
    db = tmp_path / "c.duckdb"
    stats = ingest(db, src)
    assert stats.stored == 1 and stats.failed == 1
    with Corpus(db, read_only=True) as corpus:
        (document, reason), = corpus.failures()
    assert document.endswith("d.jsonl:2") and "JSON" in reason


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("corpus")
    src = tmp / "wire.jsonl"
    write_corpus(src, 60)
    db = tmp / "c.duckdb"
    ingest(db, src)
    with Corpus(db, read_only=True) as c:
        yield c


def test_cross_article_actor_identity(corpus):
    ukraine = corpus.actors(actor="Ukraine")
    assert ukraine[0]["actor_key"] == "country:UKR" and ukraine[0]["articles"] > 1


def test_event_filters(corpus):
    every = corpus.events()
    assert every
    attacks = corpus.events(type="ASSAULT")
    assert attacks and all(e["type"] == "ASSAULT" for e in attacks)
    poland = corpus.events(actor="Poland")
    assert poland and all("POL" in (e["source_code"] or "") + (e["target_code"] or "") for e in poland)
    march = corpus.events(since="2026-03-10", until="2026-03-12")
    assert march and all("2026-03-10" <= e["event_date"][:10] <= "2026-03-12" for e in march)
    assert corpus.events(search="border") and not corpus.events(search="zzz-no-such-text")
    assert corpus.events(country="TUR")
    assert len(corpus.events(limit=3)) == 3
    dyad = corpus.events(actor="Ukraine", target="Russia")
    assert all(e["source_code"].startswith("UKR") and e["target_code"].startswith("RUS") for e in dyad)


def test_merged_events_count_mentions_and_articles(corpus):
    merged = corpus.events(merged=True)
    assert merged and all(m["n_mentions"] >= m["n_articles"] >= 1 for m in merged)
    originals = {a["article_id"] for a in corpus.articles() if a["duplicate_of"] is None}
    total = sum(m["n_mentions"] for m in merged)
    assert total == len([e for e in corpus.events() if not e["negated"] and e["article_id"] in originals])
    assert any(m["n_articles"] > 1 for m in merged if m["source_key"] and m["target_key"])


def test_quote_actor_and_article_filters(corpus):
    assert all(q["kind"] == "according_to" for q in corpus.quotes(kind="according_to"))
    assert corpus.quotes(search="not accept")
    assert corpus.quotes(speaker="minister")
    assert corpus.articles(search="dispute", since="2026-03-05", until="2026-03-06")
    assert corpus.articles(actor="Estonia") or corpus.articles(actor="Israel")


def test_gdelt_export_has_61_columns(corpus):
    out = io.StringIO()
    n = corpus.export_gdelt(out)
    rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert n == len(rows) > 0 and len(COLUMNS) == 61
    assert all(len(r) == 61 for r in rows)
    first = dict(zip(COLUMNS, rows[0], strict=True))
    assert first["Day"].startswith("2026") and first["EventRootCode"] and first["SOURCEURL"].startswith("https://")


def test_timeline_and_chart(corpus):
    from newsgraph.store.timeline import chart_html, chart_png

    buckets = corpus.timeline("Ukraine", by="week")
    assert buckets and sum(b.events for b in buckets) > 0
    assert chart_png(buckets, "Ukraine").startswith(b"\x89PNG")
    assert "<img" in chart_html(buckets, "Ukraine")


def test_cli_queries(tmp_path, corpus):
    for what, fmt in (("events", "csv"), ("quotes", "jsonl"), ("actors", "csv"), ("articles", "table")):
        result = subprocess.run([sys.executable, "-m", "newsgraph.cli", what, "--db", corpus.path, "--format", fmt,
                                 "--limit", "5"], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0 and result.stdout, result.stderr
    out = tmp_path / "e.parquet"
    subprocess.run([sys.executable, "-m", "newsgraph.cli", "events", "--db", corpus.path, "--format", "parquet",
                    "--output", str(out)], check=True, timeout=120)
    import duckdb

    assert duckdb.connect().execute("SELECT count(*) FROM read_parquet(?)", [str(out)]).fetchone()[0] > 0
    gdelt = subprocess.run([sys.executable, "-m", "newsgraph.cli", "export", "--gdelt", "--db", corpus.path],
                           capture_output=True, text=True, timeout=120)
    assert gdelt.stdout.count("\t") == 60 * len(gdelt.stdout.splitlines())


def test_filters_are_bound_parameters(corpus):
    hostile = "x' OR 1=1; DROP TABLE events; --"
    assert corpus.events(actor=hostile) == []
    assert corpus.events()  # still there
    assert Filters(actor=hostile).actor == hostile


def test_site_and_paging_filters(tmp_path):
    import random

    docs = [dict(story(i, random.Random(i)), url=f"https://{site}.example.org/{i}")
            for i, site in enumerate(["alpha", "beta", "alpha", "gamma"])]
    for d in docs:
        d.pop("id")
    src = tmp_path / "d.jsonl"
    src.write_text("\n".join(json.dumps(d) for d in docs) + "\n")
    db = tmp_path / "c.duckdb"
    ingest(db, src)
    with Corpus(db, read_only=True) as corpus:
        page1 = corpus.articles(limit=2)
        page2 = corpus.articles(limit=2, offset=2)
        assert len(page1) == len(page2) == 2 and not {a["article_id"] for a in page1} & {a["article_id"] for a in page2}
        sites = {a["site"] for a in corpus.articles()}
        assert sites == {"alpha.example.org", "beta.example.org", "gamma.example.org"}
        assert len(corpus.articles(site="alpha")) == 2
        assert {q["url"].split("/")[2] for q in corpus.quotes(site="beta")} == {"beta.example.org"}
