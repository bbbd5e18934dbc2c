"""CAMEO-style actor codes: country (or IGO/region) first, then the sector ("UKRGOV", "USAMIL")."""

from __future__ import annotations

from newsgraph.model import Actor


def compose_code(country: str | None, sector: str | None, base: str | None = None,
                 region: str | None = None) -> str | None:
    if base:
        if sector and sector != "IGO" and not base.endswith(sector) and base not in ("MED",):
            return base + sector
        return base
    prefix = country or region
    if prefix:
        return prefix + (sector or "") if sector != "IGO" else prefix
    return sector


def assign_code(actor: Actor, region: str | None = None) -> None:
    actor.code = compose_code(actor.country, actor.sector, actor.code, region)
