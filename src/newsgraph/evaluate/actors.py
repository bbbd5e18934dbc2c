"""Score `describe_actor` on a gold list of short descriptions (`newsgraph evaluate actors FILE`).

The file is tab-separated with a header `description, country, sector` (empty for none);
`#` lines are comments. Reported: country accuracy and sector accuracy over all rows (a row
whose gold is empty is right when nothing is predicted), and the code of both together.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from newsgraph.actors import describe_actor


def read_gold(path: str | Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


def evaluate_actors(path: str | Path, show_errors: bool = False) -> dict[str, Any]:
    rows = read_gold(path)
    country = sector = both = 0
    errors = []
    for row in rows:
        got = describe_actor(row["description"])
        c_ok = (got["country"] or "") == row["country"]
        s_ok = (got["sector"] or "") == row["sector"]
        country += c_ok
        sector += s_ok
        both += c_ok and s_ok
        if not (c_ok and s_ok):
            errors.append(f"{row['description']!r}: got {got['country']}/{got['sector']}, "
                          f"want {row['country'] or None}/{row['sector'] or None}")
    n = len(rows) or 1
    result: dict[str, Any] = {"descriptions": len(rows), "country_accuracy": round(country / n, 3),
                              "sector_accuracy": round(sector / n, 3), "both_accuracy": round(both / n, 3)}
    if show_errors:
        result["errors"] = errors
    return result
