import gzip
import json

from newsgraph.ingest import read_documents
from newsgraph.model import DocumentError, RawDocument
from tests.ingest.warc_builder import response_record, warc

ARTICLE = "Officials in Orsk said the bridge reopened on Monday after repairs that lasted two weeks.\n"
PAGE = (b"<html><head><title>Bridge reopens</title></head><body><article><p>"
        + ARTICLE.encode() * 3 + b"</p></article></body></html>")


def items(*paths, **kw):
    return list(read_documents([str(p) for p in paths], **kw))


def test_text_and_gzipped_text(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    got = items(tmp_path / "a.txt", tmp_path / "b.txt.gz")
    assert [type(g) for g in got] == [RawDocument, RawDocument]
    assert got[0].text == ARTICLE and got[1].text == ARTICLE
    assert got[1].id.endswith("b.txt")  # the id drops the compression suffix


def test_html_and_gzipped_html(tmp_path):
    (tmp_path / "p.html").write_bytes(PAGE)
    (tmp_path / "q.htm.gz").write_bytes(gzip.compress(PAGE))
    got = items(tmp_path / "p.html", tmp_path / "q.htm.gz")
    assert all(isinstance(g, RawDocument) and g.html and "<article>" in g.html for g in got)


def test_jsonl_with_metadata_and_a_bad_line(tmp_path):
    lines = [json.dumps({"id": "x1", "text": ARTICLE, "title": "T", "published": "2026-01-02", "url": "u"}),
             "{not json",
             json.dumps({"html": PAGE.decode()}),
             json.dumps({"title": "no body"})]
    (tmp_path / "d.jsonl").write_text("\n".join(lines) + "\n")
    got = items(tmp_path / "d.jsonl")
    assert isinstance(got[0], RawDocument) and got[0].id == "x1" and got[0].published == "2026-01-02"
    assert isinstance(got[1], DocumentError) and got[1].document.endswith("d.jsonl:2")
    assert isinstance(got[2], RawDocument) and got[2].html and got[2].id.endswith("d.jsonl:3")
    assert isinstance(got[3], DocumentError) and "no 'text' or 'html'" in got[3].reason


def test_directory_is_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE)
    (tmp_path / "1.txt").write_text(ARTICLE)
    (tmp_path / "notes.ann").write_text("ignored")
    got = items(tmp_path)
    assert [g.source.rsplit("/", 2)[-1] for g in got] == ["1.txt", "2.txt"]


def test_warc_and_warc_gz(tmp_path):
    records = [response_record("http://example.org/1", PAGE), response_record("http://example.org/2", PAGE),
               response_record("http://example.org/logo.png", b"\x89PNG...", "image/png")]
    (tmp_path / "c.warc").write_bytes(warc(records, compress=False))
    (tmp_path / "c.warc.gz").write_bytes(warc(records, compress=True))
    for name in ("c.warc", "c.warc.gz"):
        got = items(tmp_path / name)
        assert [g.url for g in got] == ["http://example.org/1", "http://example.org/2"]  # the image is skipped
        assert all(isinstance(g, RawDocument) and g.html for g in got)


def test_truncated_warc_gz_names_the_record(tmp_path):
    records = [response_record("http://example.org/1", PAGE), response_record("http://example.org/2", PAGE * 20)]
    data = warc(records, compress=True)
    (tmp_path / "t.warc.gz").write_bytes(data[: len(data) - 200])
    got = items(tmp_path / "t.warc.gz")
    assert isinstance(got[0], RawDocument)
    assert isinstance(got[-1], DocumentError) and "truncated" in got[-1].reason


def test_rss_and_atom_feeds(tmp_path):
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title>
    <item><title>Bridge reopens</title><link>https://ex.org/1</link><pubDate>Mon, 02 Feb 2026 10:00:00 GMT</pubDate>
    <description>&lt;p&gt;{ARTICLE}&lt;/p&gt;</description></item></channel></rss>"""
    atom = f"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
    <entry><title>Port strike</title><link href="https://ex.org/2"/><updated>2026-02-03T08:00:00Z</updated>
    <id>tag:ex.org,2026:2</id><content type="html">&lt;p&gt;{ARTICLE}&lt;/p&gt;</content></entry></feed>"""
    (tmp_path / "f.rss").write_text(rss)
    (tmp_path / "g.atom").write_text(atom)
    a, b = items(tmp_path / "f.rss", tmp_path / "g.atom")
    assert a.url == "https://ex.org/1" and a.title == "Bridge reopens" and a.published.startswith("2026-02-02")
    assert b.id == "tag:ex.org,2026:2" and "bridge reopened" in b.html


def test_bad_inputs_each_give_one_clear_error_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 3)
    (tmp_path / "trunc.txt.gz").write_bytes(gzip.compress(ARTICLE.encode() * 50)[:40])
    (tmp_path / "big.txt").write_text(ARTICLE * 100)
    (tmp_path / "good.txt").write_text(ARTICLE)
    paths = ["empty.txt", "binary.txt", "trunc.txt.gz", "big.txt", "missing.txt", "good.txt"]
    got = items(*(tmp_path / p for p in paths), max_bytes=1000)
    reasons = {g.document.rsplit("/", 1)[-1]: g.reason for g in got if isinstance(g, DocumentError)}
    assert reasons["empty.txt"] == "empty document"
    assert "binary" in reasons["binary.txt"]
    assert "truncated" in reasons["trunc.txt.gz"]
    assert "limit" in reasons["big.txt"] and "--max-bytes" in reasons["big.txt"]
    assert "no such file" in reasons["missing.txt"]
    assert isinstance(got[-1], RawDocument)
    assert all("\n" not in r for r in reasons.values())


def test_mis_encoded_text_is_decoded_not_crashed(tmp_path):
    text = "Le ministre a déclaré que «l’accord» était signé à Genève."
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    a, b = items(tmp_path / "latin.txt", tmp_path / "utf16.txt")
    assert a.text == text and b.text == text
