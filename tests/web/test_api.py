def test_openapi_lists_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/articles", "/api/articles/{article_id}", "/api/actors", "/api/quotes", "/api/events",
            "/api/timeline", "/api/network"} <= set(paths)


def test_list_endpoints_filter_and_paginate(client):
    first = client.get("/api/articles", params={"limit": 5}).json()
    second = client.get("/api/articles", params={"limit": 5, "offset": 5}).json()
    assert len(first["items"]) == 5 and not {a["article_id"] for a in first["items"]} & \
        {a["article_id"] for a in second["items"]}
    ukraine = client.get("/api/events", params={"actor": "Ukraine", "limit": 500}).json()["items"]
    assert ukraine and all("UKR" in (e["source_code"] or "") + (e["target_code"] or "") for e in ukraine)
    assert client.get("/api/events", params={"type": "ASSAULT"}).json()["items"]
    assert all(q["kind"] == "direct" for q in client.get("/api/quotes", params={"kind": "direct"}).json()["items"])
    assert client.get("/api/articles", params={"q": "Orsk"}).json()["items"]
    assert client.get("/api/articles", params={"limit": 100000}).json()["limit"] == 500


def test_article_actor_timeline_network(client):
    aid = client.get("/api/articles", params={"q": "Orsk"}).json()["items"][0]["article_id"]
    article = client.get(f"/api/articles/{aid}").json()
    assert article["quotes"] and article["events"] and article["article"]["title"]
    key = client.get("/api/actors", params={"name": "Poland"}).json()["items"][0]["actor_key"]
    assert client.get(f"/api/actors/{key}").json()["name"] == "Poland"
    timeline = client.get("/api/timeline", params={"actor": "Ukraine", "by": "week"}).json()["items"]
    assert timeline and all({"period", "events", "goldstein", "quad"} <= set(t) for t in timeline)
    network = client.get("/api/network").json()
    assert network["nodes"] and network["edges"]
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/timeline", params={"actor": "x", "by": "year"}).status_code == 422


def test_pages_render(client):
    for url in ("/", "/?q=Ukraine", "/timeline?actor=Ukraine", "/network"):
        r = client.get(url)
        assert r.status_code == 200 and "newsgraph" in r.text
    aid = client.get("/api/articles", params={"q": "Orsk"}).json()["items"][0]["article_id"]
    page = client.get(f"/article/{aid}").text
    assert 'class="seg quoted' in page and "Sourcing" in page


def test_hostile_article_is_escaped(client):
    aid = client.get("/api/articles", params={"q": "stays closed"}).json()["items"][0]["article_id"]
    r = client.get(f"/article/{aid}")
    body = r.text
    assert "<script>window.pwned" not in body and "<img src=x" not in body and "<b>border</b>" not in body
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in body
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert body.count("<script") == 3  # charts.js, app.js and the JSON data block only
    index = client.get("/", params={"q": "Hostile"}).text
    assert "&lt;script&gt;window.pwned=4" in index


def test_sql_injection_and_path_traversal(client):
    r = client.get("/api/events", params={"actor": "x' OR 1=1; DROP TABLE events; --"})
    assert r.status_code == 200 and r.json()["items"] == []
    assert client.get("/api/events").json()["items"]
    for url in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py"):
        assert client.get(url).status_code == 404
