"""How a date reads on the site: the Gregorian label in Arabic, its Hijri twin, and its grain, said honestly.

An event dated "2017" must not look like one dated "9 ديسمبر 2017": `label("2017", "END")` gives
DateLabel("أواخر 2017", "1438 – 1439 هـ", "year"), and the card shows the grain beside it.

    >>> label("2017-12-09", None).text
    '9 ديسمبر/كانون الأول 2017'
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from chrono.temporal import hijri, timex

# Both names: the transliterated one (Egypt, Gulf) and the Syriac one that Iraqi and Levantine outlets use.
MONTHS = (
    "يناير/كانون الثاني",
    "فبراير/شباط",
    "مارس/آذار",
    "أبريل/نيسان",
    "مايو/أيار",
    "يونيو/حزيران",
    "يوليو/تموز",
    "أغسطس/آب",
    "سبتمبر/أيلول",
    "أكتوبر/تشرين الأول",
    "نوفمبر/تشرين الثاني",
    "ديسمبر/كانون الأول",
)
QUARTERS = ("الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع")
HALVES = ("النصف الأول", "النصف الثاني")
SEASONS = {"SP": "ربيع", "SU": "صيف", "FA": "خريف", "WI": "شتاء"}
# TIMEX3 mods as a reader says them: "أواخر 2017" is 2017 with mod END.
MODS = {
    "START": "مطلع",
    "MID": "منتصف",
    "END": "أواخر",
    "APPROX": "نحو",
    "BEFORE": "قبل",
    "AFTER": "بعد",
    "ON_OR_BEFORE": "حتى",
    "ON_OR_AFTER": "منذ",
}
GRAINS = {
    "day": "يوم",
    "week": "أسبوع",
    "month": "شهر",
    "quarter": "ربع سنة",
    "half": "نصف سنة",
    "season": "فصل",
    "year": "سنة",
    "decade": "عقد",
    "unknown": "غير محدد",
}
# The date engine's reasons (Mention.reason, in English in the data files), as the Arabic pages say them.
REASONS = (
    (re.compile(r"recurrence"), "تكرار دوري، لا تاريخ واحد"),
    (re.compile(r"back-reference with no date before it"), "إحالة إلى تاريخ لم يُذكر قبلها"),
    (
        re.compile(r"year (\d{4}) from the date before it in the text"),
        "السنة {0} من التاريخ الذي قبله في النص",
    ),
    (re.compile(r"year implied: the text reports (\d{4}) as past"), "سنة مستنتجة: يذكر النص عام {0} ماضياً"),
    (
        re.compile(r"relative expression and no publication date to anchor it"),
        "تعبير نسبي ولا تاريخ نشر يُقاس عليه",
    ),
    (re.compile(r"Hijri month without a year and no publication date"), "شهر هجري بلا سنة ولا تاريخ نشر"),
    (re.compile(r"no such day in the calendar"), "يوم لا وجود له في التقويم"),
    (re.compile(r"no such Hijri day"), "يوم هجري لا وجود له"),
    (re.compile(r"no year, month or day"), "لا سنة ولا شهر ولا يوم"),
    (re.compile(r"Hijri date outside the Umm al-Qura table"), "تاريخ هجري خارج جدول أم القرى"),
    (re.compile(r"publication date outside the Umm al-Qura table"), "تاريخ النشر خارج جدول أم القرى"),
    (re.compile(r"no publication date"), "لا تاريخ نشر للمقال"),
    (re.compile(r"unresolved"), "تعذّر تحديد التاريخ"),
)
# Grains fine enough to place an event in one month (charts, month groups on a year page).
MONTHLY = frozenset({"day", "week", "month"})

_SHAPES = (
    ("day", re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2})?$")),
    ("week", re.compile(r"^(\d{4})-W(\d{2})$")),
    ("month", re.compile(r"^(\d{4})-(\d{2})$")),
    ("quarter", re.compile(r"^(\d{4})-Q([1-4])$")),
    ("half", re.compile(r"^(\d{4})-H([12])$")),
    ("season", re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")),
    ("year", re.compile(r"^(\d{4})$")),
    ("decade", re.compile(r"^(\d{3})$")),
)


class DateLabel(NamedTuple):
    """`text` is the Gregorian date in Arabic with its mod, `hijri` its Hijri date (None outside the
    Umm al-Qura table), `grain` one of GRAINS' keys."""

    text: str
    hijri: str | None
    grain: str

    @property
    def grain_name(self) -> str:
        return GRAINS[self.grain]


@lru_cache(maxsize=65536)
def day(d: date) -> str:
    """A Gregorian day in Arabic: "9 ديسمبر/كانون الأول 2017"."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def grain(value: str) -> str:
    """The grain of a TIMEX3 value: "2017-12" -> "month"; "unknown" for anything else."""
    return _shape(value)[0]


def reason(text: str | None) -> str:
    """A reason for the pages, in Arabic; one the table does not know shows as it is."""
    for pattern, arabic in REASONS:
        if m := pattern.fullmatch(text or ""):
            return arabic.format(*m.groups())
    return text or ""


@lru_cache(maxsize=65536)  # events share dates, and a Hijri conversion is the costly part of a card
def label(value: str, mod: str | None) -> DateLabel:
    """The display form of an event's date value and mod."""
    kind, m = _shape(value)
    text = _gregorian(kind, m) if m else value
    hijri_text = _hijri(kind, value)
    if mod in MODS:
        text = f"{MODS[mod]} {text}"
    elif mod:
        text = f"{text} ({mod})"
    return DateLabel(text, hijri_text, kind)


def _shape(value: str) -> tuple[str, re.Match[str] | None]:
    for name, shape in _SHAPES:
        if m := shape.match(value):
            return name, m
    return "unknown", None


def _gregorian(kind: str, m: re.Match[str]) -> str:
    if kind == "day":
        return day(date(int(m[1]), int(m[2]), int(m[3])))
    if kind == "week":
        first = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        last = date.fromisocalendar(int(m[1]), int(m[2]), 7)
        begin = str(first.day) if first.month == last.month else f"{first.day} {MONTHS[first.month - 1]}"
        return f"الأسبوع {int(m[2])} من {m[1]} ({begin} – {day(last)})"
    if kind == "month":
        return f"{MONTHS[int(m[2]) - 1]} {m[1]}"
    if kind == "quarter":
        return f"{QUARTERS[int(m[2]) - 1]} من {m[1]}"
    if kind == "half":
        return f"{HALVES[int(m[2]) - 1]} من {m[1]}"
    if kind == "season":
        year = int(m[1])
        return f"شتاء {year}–{year + 1}" if m[2] == "WI" else f"{SEASONS[m[2]]} {year}"
    if kind == "year":
        return m[1]
    return f"العقد {m[1]}0–{m[1]}9"


def _hijri(kind: str, value: str) -> str | None:
    span = timex.interval(value)
    if span is None:
        return None
    first, last = span
    if kind == "day":
        return hijri.format_day(first)
    if kind == "month":
        return hijri.format_month(first.year, first.month)
    if kind == "week":
        a, b = hijri.format_day(first), hijri.format_day(last)
        return f"{a} – {b}" if a and b else None
    return _hijri_years(first, last)


def _hijri_years(first: date, last: date) -> str | None:
    """The Hijri years a coarse interval touches: a Gregorian year always spans two."""
    a, b = hijri.year_of(first), hijri.year_of(last)
    if a is None or b is None:
        return None
    return f"{a} هـ" if a == b else f"{a} – {b} هـ"
