"""The web interface: a JSON API (OpenAPI at /openapi.json) and pages over a corpus.

Article text is hostile input: templates autoescape, client code writes text with
`textContent` only, a Content-Security-Policy allows only our own scripts, the database is
opened read-only, every filter is a bound parameter, and static files are served from one
directory only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from newsgraph.store import queries
from newsgraph.store.queries import Filters
from newsgraph.store.timeline import timeline
from newsgraph.web.render import article_segments, sourcing_bars

_HERE = Path(str(resources.files("newsgraph.web")))
MAX_LIMIT = 500
_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


def _json_for_script(value: Any) -> str:
    """JSON safe inside <script type="application/json">: no '<', '>' or '&' survives as such."""
    return (json.dumps(value, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))


def create_app(db_path: str) -> FastAPI:
    if not Path(db_path).exists():
        raise FileNotFoundError(f"no corpus at {db_path}")
    con = duckdb.connect(db_path, read_only=True)
    app = FastAPI(title="newsgraph", version="0.1.0",
                  description="Articles, actors, quotes, events and timelines of a newsgraph corpus.")
    templates = Jinja2Templates(directory=str(_HERE / "templates"))
    app.mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static")

    @contextmanager
    def cursor() -> Iterator[duckdb.DuckDBPyConnection]:
        cur = con.cursor()  # one cursor per request: DuckDB connections are not shared across threads
        try:
            yield cur
        finally:
            cur.close()

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = _CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def page(limit: int, offset: int) -> tuple[int, int]:
        return max(1, min(MAX_LIMIT, limit)), max(0, offset)

    def rows(what: str, f: Filters) -> list[dict[str, Any]]:
        with cursor() as cur:
            columns, result = queries.run(cur, what, f)
        return [{c: queries._plain(v) for c, v in zip(columns, row, strict=True)} for row in result]

    # --- API ---------------------------------------------------------------------------------
    @app.get("/api/articles", tags=["api"])
    def api_articles(q: str | None = None, since: str | None = None, until: str | None = None,
                     actor: str | None = None, site: str | None = None, limit: int = 50,
                     offset: int = 0) -> dict[str, Any]:
        limit, offset = page(limit, offset)
        items = rows("articles", Filters(search=q, since=since, until=until, actor=actor, site=site, limit=limit,
                                         offset=offset))
        return {"items": items, "limit": limit, "offset": offset}

    @app.get("/api/articles/{article_id}", tags=["api"])
    def api_article(article_id: str) -> dict[str, Any]:
        with cursor() as cur:
            found = cur.execute("SELECT analysis, duplicate_of, similarity FROM articles WHERE article_id = ?",
                                [article_id]).fetchone()
        if found is None:
            raise HTTPException(404, "no such article")
        analysis = json.loads(found[0])
        return {"article_id": article_id, "duplicate_of": found[1], "similarity": found[2], **analysis}

    @app.get("/api/actors", tags=["api"])
    def api_actors(name: str | None = None, country: str | None = None, kind: str | None = None,
                   limit: int = 50, offset: int = 0) -> dict[str, Any]:
        limit, offset = page(limit, offset)
        items = rows("actors", Filters(actor=name, country=country, kind=kind, limit=limit, offset=offset))
        return {"items": items, "limit": limit, "offset": offset}

    @app.get("/api/actors/{actor_key}", tags=["api"])
    def api_actor(actor_key: str) -> dict[str, Any]:
        with cursor() as cur:
            found = cur.execute("SELECT actor_key, name, kind, code, country, sector FROM actors WHERE actor_key = ?",
                                [actor_key]).fetchone()
            if found is None:
                raise HTTPException(404, "no such actor")
            aliases = [a for (a,) in cur.execute("SELECT alias FROM actor_aliases WHERE actor_key = ? ORDER BY 1",
                                                 [actor_key]).fetchall()]
        keys = ("actor_key", "name", "kind", "code", "country", "sector")
        return {**dict(zip(keys, found, strict=True)), "aliases": aliases}

    @app.get("/api/quotes", tags=["api"])
    def api_quotes(speaker: str | None = None, actor: str | None = None, kind: str | None = None,
                   q: str | None = None, since: str | None = None, until: str | None = None,
                   site: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        limit, offset = page(limit, offset)
        f = Filters(speaker=speaker, actor=actor, kind=kind, search=q, since=since, until=until, site=site,
                    limit=limit, offset=offset)
        return {"items": rows("quotes", f), "limit": limit, "offset": offset}

    @app.get("/api/events", tags=["api"])
    def api_events(actor: str | None = None, target: str | None = None, type: str | None = None,
                   since: str | None = None, until: str | None = None, country: str | None = None,
                   q: str | None = None, merged: bool = False, limit: int = 50,
                   offset: int = 0) -> dict[str, Any]:
        limit, offset = page(limit, offset)
        f = Filters(actor=actor, target=target, type=type, since=since, until=until, country=country, search=q,
                    merged=merged, limit=limit, offset=offset)
        return {"items": rows("events", f), "limit": limit, "offset": offset}

    @app.get("/api/timeline", tags=["api"])
    def api_timeline(actor: str, target: str | None = None, by: str = Query("week", pattern="^(day|week)$"),
                     since: str | None = None, until: str | None = None) -> dict[str, Any]:
        with cursor() as cur:
            buckets = timeline(cur, actor, target, by, since, until)
        return {"actor": actor, "target": target, "by": by,
                "items": [{"period": b.period, "events": b.events, "goldstein": b.goldstein,
                           "quad": list(b.quad)} for b in buckets]}

    @app.get("/api/network", tags=["api"])
    def api_network(actor: str | None = None, limit: int = 60) -> dict[str, Any]:
        limit = max(1, min(200, limit))
        sql = ("SELECT e.source_key, s.name, e.target_key, t.name, count(*) AS n, avg(e.goldstein) AS g "
               "FROM events e JOIN actors s ON s.actor_key = e.source_key JOIN actors t ON t.actor_key = e.target_key "
               "WHERE NOT e.negated AND e.source_key <> e.target_key")
        params: list[Any] = []
        if actor:
            sql += " AND (e.source_key IN (SELECT actor_key FROM actors WHERE name ILIKE ? OR actor_key = ?) " \
                   "OR e.target_key IN (SELECT actor_key FROM actors WHERE name ILIKE ? OR actor_key = ?))"
            params += [f"%{actor}%", actor, f"%{actor}%", actor]
        sql += " GROUP BY ALL ORDER BY n DESC, 1, 3 LIMIT ?"
        params.append(limit)
        with cursor() as cur:
            found = cur.execute(sql, params).fetchall()
        nodes: dict[str, str] = {}
        edges = []
        for source, sname, target, tname, n, g in found:
            nodes[source], nodes[target] = sname, tname
            edges.append({"source": source, "target": target, "events": n, "goldstein": round(g or 0, 2)})
        return {"nodes": [{"key": k, "name": v} for k, v in nodes.items()], "edges": edges}

    # --- pages -------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request, q: str | None = None, since: str | None = None, until: str | None = None,
              actor: str | None = None, site: str | None = None, offset: int = 0) -> Any:
        _, offset = page(50, offset)
        items = rows("articles", Filters(search=q or None, since=since or None, until=until or None,
                                         actor=actor or None, site=site or None, limit=50, offset=offset))
        with cursor() as cur:
            total = (cur.execute("SELECT count(*) FROM articles").fetchone() or (0,))[0]
        return templates.TemplateResponse(request, "index.html", {
            "items": items, "q": q or "", "since": since or "", "until": until or "", "actor": actor or "",
            "site": site or "", "offset": offset, "total": total})

    @app.get("/article/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str) -> Any:
        data = api_article(article_id)
        with cursor() as cur:
            keys = dict(cur.execute("SELECT actor_id, actor_key FROM mentions WHERE article_id = ? GROUP BY ALL",
                                    [article_id]).fetchall())
        return templates.TemplateResponse(request, "article.html", {
            "a": data["article"], "paragraphs": article_segments(data), "sourcing": sourcing_bars(data["sourcing"]),
            "data": _json_for_script({"quotes": data["quotes"], "events": data["events"], "actors": data["actors"],
                                      "keys": keys}),
            "counts": (len(data["actors"]), len(data["quotes"]), len(data["events"])),
            "duplicate_of": data["duplicate_of"]})

    @app.get("/actor/{actor_key}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, actor_key: str) -> Any:
        actor = api_actor(actor_key)
        said = rows("quotes", Filters(actor=actor_key, limit=100))
        did = [e for e in rows("events", Filters(actor=actor_key, limit=300)) if e["source_key"] == actor_key]
        done = [e for e in rows("events", Filters(actor=actor_key, limit=300)) if e["target_key"] == actor_key]
        return templates.TemplateResponse(request, "actor.html", {"actor": actor, "said": said, "did": did[:100],
                                                                  "done": done[:100]})

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, actor: str = "", target: str = "", by: str = "week") -> Any:
        return templates.TemplateResponse(request, "timeline.html", {"actor": actor, "target": target,
                                                                     "by": by if by in ("day", "week") else "week"})

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, actor: str = "") -> Any:
        return templates.TemplateResponse(request, "network.html", {"actor": actor})

    return app
