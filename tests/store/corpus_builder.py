"""Fictional wire stories for corpus tests: varied, dated, composed from sentence pools."""

from __future__ import annotations

import json
import random

REAL = ["Ukraine", "Russia", "Poland", "Estonia", "France", "Germany", "Turkey", "Israel"]
LEADS = [
    "{a} attacked {b} on Monday, officials in both capitals said.",
    "{a} accused {b} of violating the ceasefire along the northern border.",
    "The foreign ministers of {a} and {b} met in Geneva on Tuesday for three hours.",
    "{a} threatened {b} with new tariffs after the collapse of the fishing agreement.",
    "{a} praised {b} for releasing the detained journalists late on Sunday.",
    "{a} urged {b} to reopen the crossing points before the harvest season.",
]
QUOTES = [
    "\"We will not accept this,\" {b}'s foreign minister told reporters.",
    "\"This is a step backwards for the whole region,\" a senior diplomat said.",
    "\"Our patience has limits,\" the defence minister of {a} warned in a televised address.",
    "\"The door to dialogue remains open,\" {b}'s prime minister said at a press conference.",
]
MIDDLES = [
    "According to diplomats, the talks had stalled for weeks over the status of {place}.",
    "Analysts said the dispute could affect grain exports through {place} this autumn.",
    "Residents of {place} reported long queues at petrol stations as the tension grew.",
    "Opposition lawmakers in {a} demanded an emergency session of parliament.",
    "Shipping insurers raised premiums for vessels calling at {place}, brokers said.",
]
ENDS = [
    "Markets in {a} fell by {n} percent, the steepest drop since the spring.",
    "The European Union called for restraint and offered to mediate between the two governments.",
    "A spokesman for {b}'s government declined to comment further on the matter.",
    "Officials said a new round of talks could take place within {n} days.",
]
PLACES = ["Odesa", "Gdansk", "Tallinn", "Marseille", "Hamburg", "Izmir", "Haifa", "Lviv"]


def story(i: int, rng: random.Random) -> dict:
    a, b = rng.sample(REAL, 2)
    fill = {"a": a, "b": b, "place": rng.choice(PLACES), "n": rng.randint(2, 19)}
    parts = [rng.choice(LEADS), rng.choice(QUOTES), *rng.sample(MIDDLES, 2), rng.choice(ENDS)]
    day = 1 + i % 27
    text = "\n\n".join(p.format(**fill) for p in parts) + f"\n\nThis was report {i} of {rng.randint(100, 999)}."
    return {"id": f"wire-{i:04d}", "url": f"https://wire.example.org/2026/03/{day:02d}/story-{i}",
            "title": f"{a} and {b}: dispute escalates ({i})", "published": f"2026-03-{day:02d}T10:00:00Z",
            "text": text}


def write_corpus(path, n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    docs = [story(i, rng) for i in range(n)]
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d) + "\n")
    return docs
