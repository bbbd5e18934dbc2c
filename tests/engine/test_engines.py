"""One local worker, N local workers and Spark local[2] give the same results."""

import gzip
import json
import shutil
import subprocess
import sys

import pytest

from newsgraph.store import Corpus
from tests.conftest import EXAMPLES
from tests.ingest.warc_builder import response_record, warc
from tests.store.corpus_builder import write_corpus

PAGE = (b"<html><head><title>Port strike spreads</title></head><body><article><p>Dock workers in Lindmark "
        b"walked off the job on Monday, the port authority said. Union leader Sara Quist told reporters the "
        b"strike would continue until the authority agreed to talks.</p></article></body></html>")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("inputs")
    shutil.copytree(EXAMPLES, root / "examples")
    write_corpus(root / "wire.jsonl", 25)
    friday = PAGE.replace(b"Monday", b"Friday")
    records = [response_record("http://example.org/a", PAGE), response_record("http://example.org/b", friday)]
    (root / "crawl.warc.gz").write_bytes(warc(records, compress=True))
    (root / "page.html.gz").write_bytes(gzip.compress(PAGE))
    (root / "broken.txt").write_bytes(b"\x00\x01\x02" * 200)
    return root


def extract(inputs, *extra):
    result = subprocess.run([sys.executable, "-m", "newsgraph.cli", "extract", str(inputs), "--quiet", *extra],
                            capture_output=True, timeout=600)
    return result.returncode, result.stdout, result.stderr.decode()


def spark_available() -> bool:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return False
    return shutil.which("java") is not None


def test_local_workers_give_identical_output(inputs):
    code1, one, err1 = extract(inputs, "--workers", "1")
    code2, two, err2 = extract(inputs, "--workers", "2")
    assert code1 == code2 == 1 and "broken.txt" in err1 and err1 == err2
    assert one == two and len(one.splitlines()) == 2 + 2 + 25 + 2 + 1  # examples, wire, warc, html


@pytest.mark.skipif(not spark_available(), reason="pyspark or a Java runtime is not installed")
def test_spark_local_gives_identical_output_and_tables(inputs, tmp_path):
    _, one, _ = extract(inputs, "--workers", "1")
    code, spark_out, spark_err = extract(inputs, "--engine", "spark", "--spark-master", "local[2]")
    assert code == 1 and "broken.txt" in spark_err
    assert spark_out == one
    # ingest through Spark (Parquet, then load) equals a local ingest
    local_db, spark_db = tmp_path / "local.duckdb", tmp_path / "spark.duckdb"
    subprocess.run([sys.executable, "-m", "newsgraph.cli", "ingest", str(inputs), "--db", str(local_db), "--quiet"],
                   capture_output=True, timeout=600)
    subprocess.run([sys.executable, "-m", "newsgraph.cli", "ingest", str(inputs), "--db", str(spark_db), "--engine",
                    "spark", "--spark-master", "local[2]", "--quiet"], capture_output=True, timeout=600)
    fingerprints = []
    for db in (local_db, spark_db):
        with Corpus(db, read_only=True) as c:
            fingerprints.append((
                [c.count(t) for t in ("articles", "actors", "mentions", "quotes", "events", "ingest_log")],
                c.query("SELECT sum(hash(article_id, text, title)) FROM articles").fetchone(),
                c.query("SELECT sum(hash(article_id, event_id, type, source_key, target_key, day)) FROM events")
                .fetchone(),
                c.query("SELECT sum(hash(article_id, quote_id, kind, speaker_key, content)) FROM quotes").fetchone(),
            ))
    assert fingerprints[0] == fingerprints[1]
    # the queries also run over the Parquet tables in place
    parquet = f"{spark_db}.parquet"
    result = subprocess.run([sys.executable, "-m", "newsgraph.cli", "events", "--parquet", parquet, "--format",
                             "jsonl", "--actor", "Ukraine"], capture_output=True, text=True, timeout=120)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all("UKR" in (r["source_code"] or "") + (r["target_code"] or "") for r in rows)
