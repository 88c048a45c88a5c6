"""Find the date someone means in what they typed: "March 2025", "last september", "01/09/24", "1st Sept 2024".

Plain Python so it can be tested on its own. Dates given only as a month come back with day_known=False.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from senco_rules.calendar import KnownDate

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:1\d|20)\d\d|'\d\d)"  # after a month any 1xxx is a year ("sept 1019": a typo to ask back)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

NUMERIC = re.compile(r"\b(?P<d>[0-3]?\d)[/.\-](?P<m>[01]?\d)[/.\-](?P<y>\d{4}|\d\d)\b")
MONTH_SLASH_YEAR = re.compile(r"(?<![\d/])\b(?P<m>0?[1-9]|1[0-2])[/.](?P<y>(?:19|20)\d\d)\b")  # "09/2024"
ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s*(?:{_YEAR}|(?P<yy>\d\d)\b"
                            r"(?!\s*(?:months?|years?|yrs?|weeks?|days?|hours?)))", re.I)  # "1st sept 25", not "18 months"
MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.I)
MONTH_YEAR = re.compile(rf"\b{_MONTH}\s*[,(]?\s*(?:of\s+)?{_YEAR}\b\)?", re.I)  # "November 2026", "November (2026)"
# "appointed sept 23": in UK writing a month then a bare two-digit number is a year (a day comes first: "23 sept")
MONTH_SHORT_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<yy>[12]\d)\b(?!\s*(?:st|nd|rd|th|months?|years?|yrs?|weeks?|days?|"
                              r"hours?|,?\s*(?:18|19|20)\d\d))(?![/:.,]?\d)", re.I)
RELATIVE_MONTH = re.compile(
    rf"\b(?P<rel>last|this|next|in|since|from|from this|from next|by)?\s*{_MONTH}(?:\s+(?P<yrel>last year|this year|next year|before last))?\b",
    re.I,
)
RELATIVE_DAY = re.compile(r"\b(?P<word>today|yesterday|tomorrow|last month|this month|next month)\b", re.I)
DAY_MONTH = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b", re.I)
# "1 September this year": a day and month whose year is said in words
DAY_MONTH_YEAR_WORDS = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s+(?P<yrel>last year|this year|next year)\b",
                                  re.I)
# A bare year ("in 2023", "since 2008"), but not an academic year ("2025/26") or part of a number ("£2,000").
YEAR_ONLY = re.compile(r"(?<![\d,.£/-])\b(?P<year>(?:18|19|20)\d\d)\b(?![/\d]|-\d)")
# Seasons, as the school terms: "next summer" is April (the summer term), "autumn 2024" September.
SEASON_MONTHS = {"spring": 1, "summer": 4, "autumn": 9, "fall": 9, "winter": 12, "christmas": 12}  # the month each term starts:
# the earlier reading, so a deadline worked out from a season is never later than the real one
# A course that ends "in summer 2027" may run to the end of that term: for an end date, the later reading is the safe
# one (a finish is never read as earlier than it may be).
SEASON_LAST_MONTHS = {"spring": 4, "summer": 7, "autumn": 12, "fall": 12, "winter": 12, "christmas": 12}
SEASON = re.compile(r"\b(?P<rel>last|this|next|in|by|from)?\s*(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter|christmas)"
                    r"(?:\s+term)?(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?\b", re.I)
# "I'll finish at the end of next year": December of that year (for an end, the safe later reading)
YEAR_END = re.compile(r"\b(?:the\s+)?end of (?P<rel>this|next|last) year\b", re.I)
HALF_TERM = re.compile(r"\b(?P<month>october|february|may|oct|feb)\s+half[- ]?term(?:\s+(?:of\s+|in\s+)?(?P<year>(?:19|20)\d\d))\b",
                       re.I)
QUALIFIER = re.compile(r"\b(?P<word>after|before|until|till|by)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
EARLIEST_PLAUSIBLE_YEAR = 1990
YEAR_WORDS = {"last year": -1, "this year": 0, "next year": 1}  # years said in words, from today's
FUTURE_CUE = re.compile(r"\b(will|going to|i'?ll|starting|start in|from next|due to start|next|moving to be|due to be|wants? (me|her|him|us) to|"
                        r"asked (me|her|him) to|take over|taking over|plans? to|planning to|(been |was |got )?asked to|offered|"
                        r"invited to)\b", re.I)


def _year(text: str) -> int:
    return 2000 + int(text[1:]) if text.startswith("'") else 2000 + int(text) if len(text) == 2 else int(text)


def _safe(year: int, month: int, day: int | None) -> KnownDate | None:
    try:
        return KnownDate(dt.date(year, month, day or 1), day is not None)
    except ValueError:
        return None


def find_date(text: str, today: dt.date) -> KnownDate | None:
    """The first date in `text`, or None. Day-first for numeric dates, as in the UK."""
    for pattern in (ISO, NUMERIC):
        if m := pattern.search(text):
            year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
            if found := _safe(year, int(m["m"]), int(m["d"])):
                return found
    if m := DAY_MONTH_YEAR.search(text) or MONTH_DAY_YEAR.search(text):
        return _safe(_year(m["year"] or m.groupdict().get("yy")), MONTHS[m["month"].lower()], int(m["day"]))
    if m := MONTH_YEAR.search(text):
        return _safe(_year(m["year"]), MONTHS[m["month"].lower()], None)
    if m := RELATIVE_DAY.search(text):
        word = m["word"].lower()
        if word in ("today", "yesterday", "tomorrow"):
            return KnownDate(today + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[word]))
        shift = {"last month": -1, "this month": 0, "next month": 1}[word]
        index = today.year * 12 + today.month - 1 + shift
        return KnownDate(dt.date(index // 12, index % 12 + 1, 1), False)
    for m in RELATIVE_MONTH.finditer(text):
        word = m["month"].lower()
        if word == "may" and not m["rel"]:
            continue  # "may" is usually the verb
        return _relative_month(MONTHS[word], (m["rel"] or "").lower(), (m["yrel"] or "").lower(), text, today)
    return None


# "started the npq ... (the november cohort). when will I finish?": the date's own clause is past, whatever follows
PAST_CUE = re.compile(r"\b(started|began|begun|joined|enrolled|signed up|became|was appointed|took over|started on)\b"
                      r"[^.?!]*$", re.I)


def _relative_month(month: int, rel: str, yrel: str, text: str, today: dt.date, before: str = "") -> KnownDate:
    if yrel == "before last":  # "the September before last": a year before the most recent September
        year = (today.year if month < today.month else today.year - 1) - 1
    elif yrel:
        year = today.year + YEAR_WORDS[yrel]
    elif rel in ("this", "from this"):
        year = today.year  # "this November", said in November, is this one
    elif rel in ("next", "from next") or (rel in ("", "in", "from", "by", "this", "from this") and FUTURE_CUE.search(text)
                                          and not PAST_CUE.search(before)):
        year = today.year if month > today.month else today.year + 1
    elif rel == "this":
        year = today.year
    else:  # "last september", "in september", "since september": the most recent one
        year = today.year if month <= today.month else today.year - 1
        if rel == "last" and month == today.month:
            year -= 1
    return KnownDate(dt.date(year, month, 1), False)


@dataclass(frozen=True)
class DateMention:
    """One date in a message, where it is, and what is odd about it. `when` is None when the text names a date
    that does not exist ("31 February 2025"); `problem` then says why, in words the user will recognise."""

    when: KnownDate | None
    start: int
    end: int
    text: str
    qualifier: str | None = None  # "after", "before", "until" or "by" just before the date
    problem: str | None = None
    year_given: bool = True  # False for "14th March": a day and month with no year


def date_mentions(text: str, today: dt.date) -> list[DateMention]:
    """Every date in `text`, in order, including impossible ones (flagged with a problem, never silently dropped)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, when: KnownDate | None, problem: str | None = None, year_given: bool = True) -> None:
        if any(m.start() < end and start < m.end() for start, end in taken):
            return
        taken.append((m.start(), m.end()))
        qualifier = QUALIFIER.search(text[max(0, m.start() - 20):m.start()])
        if when is not None and when.on.year < EARLIEST_PLAUSIBLE_YEAR:
            problem = f"{m.group(0).strip()} looks too early to be right"  # no other year named: it could be misread
        found.append(DateMention(when, m.start(), m.end(), m.group(0).strip(),
                                 qualifier["word"].lower() if qualifier else None, problem, year_given))

    for pattern in (ISO, NUMERIC):
        for m in pattern.finditer(text):
            year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
            when = _safe(year, int(m["m"]), int(m["d"]))
            add(m, when, None if when else f"{m.group(0)} is not a date I can read (day/month/year)")
    for m in MONTH_SLASH_YEAR.finditer(text):
        add(m, _safe(int(m["y"]), int(m["m"]), None))
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR):
        for m in pattern.finditer(text):
            when = _safe(_year(m["year"] or m.groupdict().get("yy")), MONTHS[m["month"].lower()], int(m["day"]))
            add(m, when, None if when else f"{m.group(0).strip()} is not a real date")
    for m in MONTH_YEAR.finditer(text):
        add(m, _safe(_year(m["year"]), MONTHS[m["month"].lower()], None))
    for m in MONTH_SHORT_YEAR.finditer(text):
        add(m, _safe(2000 + int(m["yy"]), MONTHS[m["month"].lower()], None))
    for m in DAY_MONTH_YEAR_WORDS.finditer(text):
        year = today.year + YEAR_WORDS[m["yrel"].lower()]
        when = _safe(year, MONTHS[m["month"].lower()], int(m["day"]))
        add(m, when, None if when else f"{m.group(0).strip()} is not a real date")
    for m in DAY_MONTH.finditer(text):
        month, day = MONTHS[m["month"].lower()], int(m["day"])
        year = _relative_month(month, "", "", text, today).on.year
        when = _safe(year, month, day)
        if when is None and _safe(2024, month, day) is None:  # no year has this day: "31 February", "30 Feb"
            add(m, None, f"{m.group(0).strip()} is not a real date")
        else:
            add(m, when or _safe(2024, month, day), year_given=False)
    for m in HALF_TERM.finditer(text):  # "over the October half term of 2024": that month
        add(m, _safe(int(m["year"]), MONTHS[m["month"].lower()], None))
    for m in YEAR_END.finditer(text):
        add(m, _safe(today.year + YEAR_WORDS[f"{m['rel'].lower()} year"], 12, None))
    for m in SEASON.finditer(text):
        month = SEASON_MONTHS[m["season"].lower()]
        if m["year"]:
            add(m, _safe(int(m["year"]), month, None))
        elif (m["rel"] or "").lower() in ("last", "this", "next"):
            add(m, _relative_month(month, m["rel"].lower(), "", text, today))
    for m in YEAR_ONLY.finditer(text):
        add(m, KnownDate(dt.date(int(m["year"]), 1, 1), False, year_only=True))
    for m in RELATIVE_MONTH.finditer(text):
        if m["month"].lower() == "may" and not m["rel"]:
            continue  # "may" is usually the verb
        add(m, _relative_month(MONTHS[m["month"].lower()], (m["rel"] or "").lower(), (m["yrel"] or "").lower(),
                               text, today, text[max(0, m.start() - 60):m.start()]))
    if not found and (first := find_date(text, today)) is not None:
        # Relative dates ("last september", "next month") have no fixed text to point at: one per message.
        found.append(DateMention(first, 0, len(text), text))
    return sorted(found, key=lambda mention: mention.start)


def latest_reading(mention: DateMention) -> KnownDate | None:
    """The date as the latest it may mean, for an end date: "summer 2027" is July 2027, not April."""
    season = SEASON.search(mention.text)
    if mention.when is None or season is None:
        return mention.when
    return _safe(mention.when.on.year, SEASON_LAST_MONTHS[season["season"].lower()], None) or mention.when
