"""The corpus schema (DuckDB). One row per article, actor (corpus-wide), mention, quote, event.

Identity: `articles.article_id` is a hash of the normalised URL (or of the text when there is no
URL), so the same page ingested twice is one article. `actors.actor_key` is the corpus-wide
identity of an actor (normalised name plus kind), so "Zelensky" in two articles is one actor.
"""

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,      -- sha1 of normalised URL, else of the text
    doc_id VARCHAR,                      -- the id the input gave (path, JSONL id, WARC record)
    source VARCHAR,                      -- where it was read from
    url VARCHAR,
    title VARCHAR,
    authors VARCHAR[],
    published TIMESTAMP,
    published_text VARCHAR,
    site VARCHAR,
    language VARCHAR,
    text VARCHAR,
    text_hash VARCHAR,
    duplicate_of VARCHAR,                -- near-duplicate (syndicated copy) of this article
    similarity DOUBLE,
    n_actors INTEGER, n_quotes INTEGER, n_events INTEGER,
    sourcing JSON,
    analysis JSON,                       -- the full analysis object, as `extract` prints it
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS actors (
    actor_key VARCHAR PRIMARY KEY,       -- corpus-wide identity
    name VARCHAR, kind VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR
);
CREATE TABLE IF NOT EXISTS actor_aliases (
    actor_key VARCHAR, alias VARCHAR, PRIMARY KEY (actor_key, alias)
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, actor_id VARCHAR, actor_key VARCHAR,
    start_char INTEGER, end_char INTEGER, text VARCHAR, rule VARCHAR
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, quote_id VARCHAR, kind VARCHAR, content VARCHAR,
    content_start INTEGER, content_end INTEGER, cue VARCHAR, speaker_text VARCHAR,
    speaker_key VARCHAR, speaker_name VARCHAR, speaker_type VARCHAR, reported_by VARCHAR,
    confidence DOUBLE, rule VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, event_id VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR,
    goldstein DOUBLE, quad_class INTEGER,
    source_key VARCHAR, source_code VARCHAR, source_text VARCHAR,
    target_key VARCHAR, target_code VARCHAR, target_text VARCHAR,
    trigger VARCHAR, sentence VARCHAR, modality VARCHAR, negated BOOLEAN,
    event_date VARCHAR, day DATE, date_text VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    attributed_to VARCHAR, confidence DOUBLE, rule VARCHAR
);
CREATE TABLE IF NOT EXISTS lsh_bands (
    band INTEGER, bucket UBIGINT, article_id VARCHAR
);
CREATE TABLE IF NOT EXISTS minhashes (
    article_id VARCHAR PRIMARY KEY, signature UBIGINT[]
);
CREATE TABLE IF NOT EXISTS ingest_log (
    document VARCHAR, reason VARCHAR, logged_at TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (document, reason)
);
CREATE OR REPLACE VIEW corpus_events AS
-- one row per event the corpus reports, however many articles report it: the same type, source,
-- target and day. A participant without a corpus actor (a bare noun phrase) matches only itself.
SELECT
    min(e.event_id || '@' || e.article_id) AS first_event,
    e.type, e.cameo, any_value(e.source_key) AS source_key, any_value(e.source_code) AS source_code,
    any_value(e.target_key) AS target_key, any_value(e.target_code) AS target_code, e.day,
    any_value(e.goldstein) AS goldstein, any_value(e.quad_class) AS quad_class,
    count(*) AS n_mentions,
    count(DISTINCT coalesce(a.site, a.url, a.article_id)) AS n_sources,
    count(DISTINCT e.article_id) AS n_articles,
    min(a.url) AS url
FROM events e JOIN articles a USING (article_id)
WHERE a.duplicate_of IS NULL AND NOT e.negated
GROUP BY e.type, e.cameo, e.day,
    coalesce(e.source_key, 'np:' || e.article_id || e.event_id),
    coalesce(e.target_key, 'np:' || e.article_id || e.event_id);
"""
