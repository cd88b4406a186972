"""What a grammar rule knows about an expression before it is anchored: a partial TIMEX3 value.

A rule fills only what the words say ("15 أبريل" has a month and a day, no year; "الشهر الماضي" is the month
one before the anchor). `resolve.py` completes it against the publication date and the sentence's direction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal[
    "date",  # calendar fields (any may be missing): "9 ديسمبر 2017", "15 أبريل", "يونيو", "2014"
    "relative",  # unit + offset from the anchor: "أمس", "الشهر الماضي", "قبل ثلاثة أيام"
    "weekday",  # a named weekday, optionally with a day word or a cue: "أمس الثلاثاء", "الخميس المقبل"
    "duration",  # fixed value: "P3Y6M"
    "ref",  # fixed value: PRESENT_REF, PAST_REF, FUTURE_REF
    "set",  # recurrence: "سنويا"
    "backref",  # "آنذاك", "في العام نفسه": the date the text has just placed
]
Unit = Literal["day", "week", "month", "quarter", "season", "half", "year", "decade", "period"]


@dataclass(frozen=True, slots=True)
class Partial:
    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hijri: bool = False
    decade: int | None = None  # the first three digits: 199 for the 1990s
    season: str | None = None  # SP, SU, FA, WI
    quarter: int | None = None
    half: int | None = None
    weekday: int | None = None  # Monday 0 ... Sunday 6
    unit: Unit | None = None  # for relative and backref: the grain
    offset: int = 0  # units from the anchor (relative), or days from the anchor's day word (weekday)
    direction: int | None = None  # -1 / +1 / 0 when the words fix it ("الماضي", "المقبل", "الحالي")
    hour: int | None = None
    minute: int | None = None
    value: str | None = None  # for duration and ref
    mod: str | None = None
