"""Dated facts, read from the YAML files under facts/ (PolicyEngine style).

Each file holds one fact: a description, metadata (label, status, references) and values keyed by the date each
value took effect. Code asks for "the value on this date" and never hard-codes a number.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

FACTS_DIR = Path(__file__).parent / "facts"


@dataclass(frozen=True)
class Source:
    title: str
    href: str


@dataclass(frozen=True)
class DatedValue:
    """A fact's value in force on some date, with where it comes from."""

    value: Any
    applies_from: dt.date
    sources: tuple[Source, ...]
    status: str  # CONFIRMED, SECONDARY or UNCONFIRMED, as the fact sheet marks it
    applies_from_label: str | None = None  # for rules whose exact start day no source gives


@dataclass(frozen=True)
class Fact:
    key: str
    description: str
    label: str
    status: str
    sources: tuple[Source, ...]
    values: tuple[tuple[dt.date, Any], ...]  # oldest first
    reviewed: dt.date  # when someone last checked it against its sources
    review_by: dt.date  # check again by this date (tests fail after it, so a stale fee cannot ship silently)

    def on(self, when: dt.date) -> DatedValue:
        """The value in force on `when`; before the first value, the first one (with its own start date)."""
        chosen_from, chosen = self.values[0]
        for starts, value in self.values:
            if starts <= when:
                chosen_from, chosen = starts, value
        label = None
        if isinstance(chosen, dict) and "applies_from_label" in chosen:
            chosen = dict(chosen)  # never mutate the cached fact
            label = chosen.pop("applies_from_label")
        return DatedValue(chosen, chosen_from, self.sources, self.status, label)


def _load(path: Path) -> Fact:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    meta = raw["metadata"]
    values = tuple(sorted((_as_date(k), v) for k, v in raw["values"].items()))
    return Fact(
        key=path.relative_to(FACTS_DIR).with_suffix("").as_posix(),
        description=" ".join(raw["description"].split()),
        label=meta["label"],
        status=meta["status"],
        sources=tuple(Source(r["title"], r["href"]) for r in meta["reference"]),
        values=values,
        reviewed=_as_date(meta["reviewed"]),
        review_by=_as_date(meta["review_by"]),
    )


def _as_date(key: Any) -> dt.date:
    return key if isinstance(key, dt.date) else dt.date.fromisoformat(str(key))


@lru_cache(maxsize=1)
def all_facts() -> dict[str, Fact]:
    """Every fact, keyed by its path under facts/ without the suffix, e.g. "qualification/deadline_years"."""
    return {fact.key: fact for fact in map(_load, sorted(FACTS_DIR.rglob("*.yml")))}


def fact(key: str) -> Fact:
    return all_facts()[key]


def value_on(key: str, when: dt.date) -> DatedValue:
    return fact(key).on(when)


def due_for_review(today: dt.date, within_days: int = 0) -> list[Fact]:
    """Facts whose review_by date is past, or within `within_days` of `today`, soonest first."""
    horizon = today + dt.timedelta(days=within_days)
    return sorted((f for f in all_facts().values() if f.review_by <= horizon), key=lambda f: (f.review_by, f.key))

