"""TIMEX3 values and the calendar intervals they cover.

A value's grain is its shape: 2017-12-09 a day, 2017-12 a month, 2017-W49 an ISO week, 2017-Q4 a quarter,
2017-SU a season, 2017-H2 a half, 2017 a year, 201 a decade. `interval` gives first and last day, narrowed
by a mod (START, MID, END: the first, middle or last third of the unit) so that "أواخر 2017" overlaps
"9 ديسمبر 2017" and not "مطلع 2017".
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2})?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
VALUE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?|\d{4}-\d{2}|\d{4}-W\d{2}|\d{4}-Q[1-4]|\d{4}-H[12]|\d{4}-(?:SP|SU|FA|WI)"
    r"|\d{4}|\d{3}|XXXX-\d{2}(?:-\d{2})?|PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:(?:\d+|X)(?:Y|M|W|D|DE|CE))+(?:T(?:(?:\d+|X)[HMS])+)?|PT(?:(?:\d+|X)[HMS])+)$"
)


def day(d: date) -> str:
    return d.isoformat()


def month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def season_span(y: int, code: str) -> tuple[date, date]:
    a, b = SEASON_MONTHS[code]
    if code == "WI":  # winter 2017 runs December 2017 to February 2018
        return date(y, 12, 1), last_day(y + 1, 2)
    return date(y, a, 1), last_day(y, b)


def interval(value: str | None, mod: str | None = None) -> tuple[date, date] | None:
    """The first and last day a date value covers; None for durations, refs and unknown years."""
    if not value:
        return None
    span = _span(value)
    if span is None or mod not in ("START", "MID", "END"):
        return span
    first, last = span
    third = (last - first).days // 3
    if third == 0:
        return span
    if mod == "START":
        return first, first + timedelta(days=third)
    if mod == "END":
        return last - timedelta(days=third), last
    return first + timedelta(days=third), last - timedelta(days=third)


def _span(value: str) -> tuple[date, date] | None:
    if m := _DAY.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), last_day(y, mo)
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + timedelta(days=6)
    if m := _QUARTER.match(value):
        y, q = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1), last_day(y, 3 * q)
    if m := _HALF.match(value):
        y, h = int(m[1]), int(m[2])
        return date(y, 6 * h - 5, 1), last_day(y, 6 * h)
    if m := _SEASON.match(value):
        return season_span(int(m[1]), m[2])
    if m := _YEAR.match(value):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    if m := _DECADE.match(value):
        y = int(m[1]) * 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    return None


def grain(value: str | None) -> int:
    """How precise a value is, for choosing an event's date: day 6 > week 5 > month 4 > quarter, season,
    half 3 > year 2 > decade 1 > anything else 0."""
    if not value:
        return 0
    for level, pattern in (
        (6, _DAY),
        (5, _WEEK),
        (4, _MONTH),
        (3, _QUARTER),
        (3, _SEASON),
        (3, _HALF),
        (2, _YEAR),
        (1, _DECADE),
    ):
        if pattern.match(value):
            return level
    return 0
