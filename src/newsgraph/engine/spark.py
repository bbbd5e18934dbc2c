"""The Spark engine: the same analysis, run where the data is.

Each input file is one task. An executor receives the file's bytes, reads them with the same
readers as the local engine (so a WARC, a JSONL or an HTML page gives the same documents), and
runs the same `Pipeline`. Results carry (file index, position in file) so that the driver can
restore input order: `extract --engine spark` prints exactly what the local engine prints.

`write_tables` writes the corpus tables (articles, actors, mentions, quotes, events) as Parquet,
partitioned by publication date, from the same rows the DuckDB store would get; `newsgraph load`
brings them into a DuckDB corpus, and the queries can also run over them directly.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.ingest.sources import DEFAULT_MAX_BYTES, iter_paths
from newsgraph.model import DocumentError

_URI = ("s3a://", "s3://", "hdfs://", "gs://", "abfs://", "abfss://", "wasbs://", "file:/")


def session(master: str | None = None, app: str = "newsgraph") -> Any:
    """A SparkSession. The master is `master`, else $NEWSGRAPH_SPARK_MASTER, else whatever
    spark-submit configured (local[*] when run as a plain program)."""
    from pyspark.sql import SparkSession

    master = master or os.environ.get("NEWSGRAPH_SPARK_MASTER")
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    builder = (builder
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.pyspark.python", sys.executable)
               .config("spark.pyspark.driver.python", sys.executable)
               .config("spark.sql.session.timeZone", "UTC"))
    if master and master.startswith("local"):
        builder = builder.config("spark.driver.host", "127.0.0.1")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def input_files(paths: list[str]) -> list[tuple[str, str]]:
    """(Spark URI, the name the local engine would give) for every input file, in order."""
    out = []
    for path in paths:
        if path == "-":
            raise ValueError("the Spark engine reads files, not standard input")
        if path.startswith(_URI):
            out.append((path, path))
            continue
        for file in iter_paths([path]):
            out.append((Path(file).resolve().as_uri(), file))
    return out


def _analyse_file(index: int, given: str, data: bytes, verbatim: bool, max_bytes: int) -> list[tuple]:
    """Runs on an executor: one input file to (file index, position, JSON or error, rows)."""
    from newsgraph.ingest import read_documents
    from newsgraph.pipeline import Pipeline
    from newsgraph.store.rows import article_id, doc_rows

    pipeline = _pipeline(Pipeline)
    suffix = "".join(Path(given).suffixes[-2:]) or ".txt"
    out: list[tuple] = []
    with tempfile.TemporaryDirectory() as tmp:
        local = os.path.join(tmp, "input" + suffix)
        with open(local, "wb") as fh:
            fh.write(data)
        for position, item in enumerate(read_documents([local], verbatim=verbatim, max_bytes=max_bytes)):
            item = _rename(item, local, given)
            result = pipeline.process(item)
            if isinstance(result, DocumentError):
                out.append((index, position, None, str(result), None))
                continue
            aid = article_id(result)
            out.append((index, position, result.to_json(), None, (aid, doc_rows(result, aid))))
    return out


_PIPELINE: Any = None


def _pipeline(factory: Any) -> Any:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = factory()
    return _PIPELINE


def _rename(item: Any, local: str, given: str) -> Any:
    """Ids and sources as the local engine names them (the given path, not the temp file)."""
    local_id = local[:-3] if local.endswith(".gz") else local
    given_id = Path(given).as_posix()
    given_id = given_id[:-3] if given_id.endswith(".gz") else given_id
    for attr in ("id", "source", "document"):
        value = getattr(item, attr, None)
        if isinstance(value, str):
            setattr(item, attr, value.replace(local_id, given_id).replace(local, given))
    return item


def _analysed(spark: Any, paths: list[str], verbatim: bool, max_bytes: int) -> Any:
    files = input_files(paths)
    if not files:
        return spark.sparkContext.emptyRDD()
    given = {uri: (i, name) for i, (uri, name) in enumerate(files)}
    sc = spark.sparkContext
    rdd = sc.binaryFiles(",".join(uri for uri, _ in files), minPartitions=max(1, len(files)))

    def analyse(pair: tuple[str, bytes]) -> list[tuple]:
        uri, data = pair
        index, name = given.get(uri) or given.get(uri.replace("file:/", "file:///"), (len(given), uri))
        return _analyse_file(index, name, data, verbatim, max_bytes)

    return rdd.flatMap(analyse)


def extract_json(paths: list[str], *, verbatim: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
                 master: str | None = None) -> Iterator[str | DocumentError]:
    """The contract's JSON lines computed on Spark, in the local engine's order."""
    spark = session(master)
    try:
        results = _analysed(spark, paths, verbatim, max_bytes).map(lambda r: r[:4]).collect()
    finally:
        spark.stop()
    for _index, _position, line, error in sorted(results, key=lambda r: (r[0], r[1])):
        if line is not None:
            yield line
        else:
            document, _, reason = error.partition(": ")
            yield DocumentError(document, reason)


def write_tables(paths: list[str], output: str, *, verbatim: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
                 master: str | None = None) -> dict[str, int]:
    """Analyse on Spark and write the corpus tables as Parquet under `output`, by publication date."""
    from newsgraph.engine.tables import SCHEMAS, rows_with_date

    spark = session(master)
    try:
        analysed = _analysed(spark, paths, verbatim, max_bytes).persist()
        counts: dict[str, int] = {}
        for table, schema in SCHEMAS.items():
            rows = analysed.flatMap(lambda r, t=table: rows_with_date(r, t))
            frame = spark.createDataFrame(rows, schema=schema())
            frame.write.mode("overwrite").partitionBy("published_date").parquet(f"{output.rstrip('/')}/{table}")
            counts[table] = frame.count()
        errors = analysed.filter(lambda r: r[3] is not None).map(lambda r: (r[0], r[1], r[3]))
        spark.createDataFrame(errors, "input_file INT, input_position INT, error STRING") \
            .write.mode("overwrite").parquet(f"{output.rstrip('/')}/errors")
        analysed.unpersist()
        return counts
    finally:
        spark.stop()
