"""Timelines: events per day or week for an actor or a dyad, as rows and as a chart."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

import duckdb

from newsgraph.store.queries import Filters, _actor_match, _actor_params


@dataclass(slots=True)
class Bucket:
    period: str
    events: int
    goldstein: float
    quad: tuple[int, int, int, int]


def timeline(con: duckdb.DuckDBPyConnection, actor: str, target: str | None = None, by: str = "day",
             since: str | None = None, until: str | None = None) -> list[Bucket]:
    unit = "week" if by == "week" else "day"
    where = [f"({_actor_match('source_key', 'source_code')} OR {_actor_match('target_key', 'target_code')})"]
    params: list = [*_actor_params(actor), *_actor_params(actor)]
    if target:
        where = [_actor_match("source_key", "source_code"), _actor_match("target_key", "target_code")]
        params = [*_actor_params(actor), *_actor_params(target)]
    if since:
        where.append("day >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append("day <= CAST(? AS DATE)")
        params.append(until)
    sql = (f"SELECT date_trunc('{unit}', day) AS period, sum(n_mentions) AS events, "
           "sum(goldstein * n_mentions) AS goldstein, "
           + ", ".join(f"sum(CASE WHEN quad_class = {q} THEN n_mentions ELSE 0 END)" for q in (1, 2, 3, 4))
           + " FROM corpus_events WHERE day IS NOT NULL AND " + " AND ".join(where)
           + " GROUP BY period ORDER BY period")
    rows = con.execute(sql, params).fetchall()
    return [Bucket(str(r[0])[:10], int(r[1]), round(float(r[2] or 0), 2), (int(r[3]), int(r[4]), int(r[5]),
                                                                                int(r[6]))) for r in rows]


_QUAD = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
_COLOURS = ("#8fc7e8", "#2b7bba", "#f4a582", "#c0392b")


def chart_png(buckets: list[Bucket], title: str) -> bytes:
    """Stacked bars of events by quad class, with summed Goldstein as a line."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(10, 4.5), dpi=110)
    periods = [b.period for b in buckets]
    x = range(len(periods))
    bottom = [0] * len(buckets)
    for q in range(4):
        values = [b.quad[q] for b in buckets]
        ax.bar(x, values, bottom=bottom, color=_COLOURS[q], label=_QUAD[q], width=0.8)
        bottom = [a + v for a, v in zip(bottom, values, strict=True)]
    ax.set_ylabel("events")
    ax.set_xticks(list(x))
    ax.set_xticklabels(periods, rotation=45, ha="right", fontsize=8)
    ax2 = ax.twinx()
    ax2.plot(list(x), [b.goldstein for b in buckets], color="#222222", marker="o", linewidth=1.5,
             label="Goldstein (sum)")
    ax2.axhline(0, color="#999999", linewidth=0.6)
    ax2.set_ylabel("summed Goldstein score")
    handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
    labels = ax.get_legend_handles_labels()[1] + ax2.get_legend_handles_labels()[1]
    ax.legend(handles, labels, loc="upper left", fontsize=8, frameon=False)
    ax.set_title(title)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def chart_html(buckets: list[Bucket], title: str) -> str:
    from html import escape

    png = base64.b64encode(chart_png(buckets, title)).decode("ascii")
    rows = "".join(f"<tr><td>{escape(b.period)}</td><td>{b.events}</td><td>{b.goldstein}</td>"
                   + "".join(f"<td>{v}</td>" for v in b.quad) + "</tr>" for b in buckets)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title></head><body>"
            f"<h1>{escape(title)}</h1><img alt='timeline' src='data:image/png;base64,{png}'>"
            "<table border='1' cellpadding='4'><tr><th>period</th><th>events</th><th>Goldstein</th>"
            + "".join(f"<th>{escape(q)}</th>" for q in _QUAD) + f"</tr>{rows}</table></body></html>")


__all__ = ["Bucket", "Filters", "chart_html", "chart_png", "timeline"]
