"""Hijri (Umm al-Qura) conversions, through hijridate: days, whole months, and the reverse for display."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from typing import TypeVar

from hijridate import Gregorian, Hijri

T = TypeVar("T")

MONTH_NAMES = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Hijri date, or None outside the Umm al-Qura table or for a day that does not
    exist (30 of a 29-day month)."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def month_span(year: int, month: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a Hijri month."""
    first = to_gregorian(year, month, 1)
    if first is None:
        return None
    length = Hijri(year, month, 1).month_length()
    return first, first + timedelta(days=length - 1)


def year_span(year: int) -> tuple[date, date] | None:
    first, last = month_span(year, 1), month_span(year, 12)
    return (first[0], last[1]) if first and last else None


def mostly(first: date, last: date) -> tuple[int, int]:
    """The Gregorian (year, month) holding most days of [first, last]."""
    return _most_days(first, last, lambda d: (d.year, d.month))


def mostly_year(first: date, last: date) -> int:
    """The Gregorian year holding most days of [first, last] (a Hijri year straddles two)."""
    return _most_days(first, last, lambda d: d.year)


def _most_days(first: date, last: date, key: Callable[[date], T]) -> T:
    """The `key` most days of [first, last] share; on a tie, the earlier."""
    days: Counter[T] = Counter()
    d = first
    while d <= last:
        days[key(d)] += 1
        d += timedelta(days=1)
    return days.most_common(1)[0][0]


def year_of(day: date) -> int | None:
    """The Hijri year a Gregorian day falls in."""
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def format_day(day: date) -> str | None:
    """A Gregorian day as an Arabic Hijri date: "21 ربيع الأول 1439 هـ"; None outside the table."""
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return f"{h.day} {MONTH_NAMES[h.month - 1]} {h.year} هـ"


def format_month(year: int, month: int) -> str | None:
    """The Hijri months a Gregorian month spans: "ربيع الأول – ربيع الآخر 1439 هـ"."""
    first = date(year, month, 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    try:
        a, b = (Gregorian(d.year, d.month, d.day).to_hijri() for d in (first, last))
    except (ValueError, OverflowError):
        return None
    if (a.year, a.month) == (b.year, b.month):
        return f"{MONTH_NAMES[a.month - 1]} {a.year} هـ"
    if a.year == b.year:
        return f"{MONTH_NAMES[a.month - 1]} – {MONTH_NAMES[b.month - 1]} {a.year} هـ"
    return f"{MONTH_NAMES[a.month - 1]} {a.year} – {MONTH_NAMES[b.month - 1]} {b.year} هـ"
