"""Date arithmetic the rules need: anniversaries, month steps, and dates known only to the month."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class KnownDate:
    """A date someone told us. `day_known` is False for "April 2025": we hold the 1st and say "April 2025".
    `year_only` is True for "in 2023": we hold 1 January and say "2023"."""

    on: dt.date
    day_known: bool = True
    year_only: bool = False

    def describe(self) -> str:
        if self.year_only:
            return str(self.on.year)
        return long_date(self.on) if self.day_known else month_year(self.on)

    @property
    def latest(self) -> dt.date:
        """The last day this date could mean: "April 2025" may be 30 April, "2023" may be 31 December."""
        if self.year_only:
            return dt.date(self.on.year, 12, 31)
        if not self.day_known:
            return add_months(self.on.replace(day=1), 1) - dt.timedelta(days=1)
        return self.on


def long_date(d: dt.date) -> str:
    """GOV.UK style: 1 September 2024."""
    return f"{d.day} {d:%B %Y}"


def month_year(d: dt.date) -> str:
    return f"{d:%B %Y}"


def anniversary(start: dt.date, years: int) -> dt.date:
    """The `years`th anniversary. A 29 February start falls on 28 February in a common year: the earlier,
    safer day for a deadline."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


def add_months(d: dt.date, months: int) -> dt.date:
    """Same day `months` later, clipped to the month's last day (31 January + 1 month = 28/29 February)."""
    index = d.month - 1 + months
    year, month = d.year + index // 12, index % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(d.day, day))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def same_month(a: dt.date, b: dt.date) -> bool:
    return (a.year, a.month) == (b.year, b.month)
