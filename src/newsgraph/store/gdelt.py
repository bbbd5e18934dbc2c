"""Export events as rows of the GDELT 2.0 event table (61 tab-separated columns).

What newsgraph knows is filled (ids, dates, actor codes and names, CAMEO codes, quad class,
Goldstein, mention/source/article counts of the merged corpus event, action location, source
URL); the rest is left empty so existing GDELT tooling reads the file.
"""

from __future__ import annotations

import hashlib
from typing import IO

import duckdb

COLUMNS = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                              "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    *[f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                              "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
    *[f"{who}Geo_{c}" for who in ("Actor1", "Actor2", "Action") for c in
      ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]
assert len(COLUMNS) == 61

_SQL = """
SELECT ce.*, s.name AS source_name, s.country AS source_country, s.sector AS source_sector,
       t.name AS target_name, t.country AS target_country, t.sector AS target_sector,
       loc.location_name, loc.location_country, loc.lat, loc.lon
FROM corpus_events ce
LEFT JOIN actors s ON s.actor_key = ce.source_key
LEFT JOIN actors t ON t.actor_key = ce.target_key
LEFT JOIN (SELECT event_id || '@' || article_id AS first_event, location_name, location_country, lat, lon
           FROM events) loc USING (first_event)
WHERE ce.day IS NOT NULL
ORDER BY ce.day, ce.type, ce.source_key NULLS FIRST, ce.target_key NULLS FIRST
"""


def _actor(code: str | None, name: str | None, country: str | None, sector: str | None) -> list[str]:
    known = code[3:6] if code and code.startswith("IGO") else ""
    return [code or "", (name or "").upper(), country or "", known, "", "", "", sector or "", "", ""]


def export_gdelt(con: duckdb.DuckDBPyConnection, out: IO[str]) -> int:
    cursor = con.execute(_SQL)
    names = [d[0] for d in cursor.description]
    n = 0
    while True:
        batch = cursor.fetchmany(1000)
        if not batch:
            break
        for values in batch:
            r = dict(zip(names, values, strict=True))
            day = r["day"]
            ident = int.from_bytes(hashlib.sha1(r["first_event"].encode()).digest()[:6], "big")
            cameo = r["cameo"] or ""
            row = [
                str(ident), day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
                f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
                *_actor(r["source_code"], r["source_name"], r["source_country"], r["source_sector"]),
                *_actor(r["target_code"], r["target_name"], r["target_country"], r["target_sector"]),
                "1", cameo, cameo[:3], cameo[:2], str(r["quad_class"] or ""),
                "" if r["goldstein"] is None else f"{r['goldstein']:.1f}",
                str(r["n_mentions"]), str(r["n_sources"]), str(r["n_articles"]), "",
                *[""] * 16,
                "4" if r["lat"] is not None else ("1" if r["location_country"] else ""), r["location_name"] or "",
                r["location_country"] or "", "", "", "" if r["lat"] is None else f"{r['lat']:.4f}",
                "" if r["lon"] is None else f"{r['lon']:.4f}", "",
                day.strftime("%Y%m%d000000"), r["url"] or "",
            ]
            out.write("\t".join(v.replace("\t", " ").replace("\n", " ") for v in row) + "\n")
            n += 1
    return n
