"""Anchoring: a partial value plus the publication date and the sentence's direction give a TIMEX3 value.

Pure functions of their arguments: nothing here reads today's date. Without an anchor, an expression that
carries its own year still resolves; a relative one gets no value and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from chrono.temporal import hijri, timex
from chrono.temporal.partial import Partial

NO_ANCHOR = "relative expression and no publication date to anchor it"
# With no cue either way, news reports the past: look back unless the next occurrence is much closer.
FORWARD_BIAS = 4


@dataclass(frozen=True, slots=True)
class Resolved:
    type: str
    value: str | None
    mod: str | None = None
    reason: str | None = None


def resolve(p: Partial, anchor: date | None, context: int | None) -> Resolved:
    """The TIMEX3 type, value and mod of `p` anchored at `anchor`, with `context` the sentence's direction."""
    if p.kind == "duration":
        return Resolved("DURATION", p.value, p.mod)
    if p.kind == "ref":
        return Resolved("DATE", p.value)
    if p.kind == "set":
        return Resolved("SET", None, reason="recurrence")
    if p.kind == "backref":
        return Resolved("DATE", None, reason="back-reference with no date before it")
    direction = p.direction if p.direction is not None else context
    value = _VALUE[p.kind](p, anchor, direction)
    if isinstance(value, Unresolved):
        return Resolved("DATE", None, None, value.reason)
    if p.hour is not None:
        return Resolved("TIME", f"{value}T{p.hour:02d}:{p.minute or 0:02d}", p.mod)
    return Resolved("DATE", value, p.mod)


@dataclass(frozen=True, slots=True)
class Unresolved:
    reason: str


def _choose(
    candidates: list[tuple[str, date, date]],
    anchor: date,
    direction: int | None,
    bias: int = FORWARD_BIAS,
    strict: bool = False,
) -> str:
    """Pick among occurrences (value, first, last) of an expression around the anchor, by direction; with
    none, the past one unless the next is `bias` times closer. With `strict` (the words say "الماضي" or
    "المقبل"), the occurrence holding the anchor is neither: "رمضان الماضي" said in Ramadan is last year's."""
    before = [c for c in candidates if (c[2] < anchor if strict else c[1] <= anchor)]
    after = [c for c in candidates if (c[1] > anchor if strict else c[2] >= anchor)]
    past = max(before, key=lambda c: c[1]) if before else None
    future = min(after, key=lambda c: c[1]) if after else None
    if direction == 1 and future:
        return future[0]
    if direction == -1 and past:
        return past[0]
    if direction == 0:
        inside = [c for c in candidates if c[1] <= anchor <= c[2]]
        if inside:
            return inside[0][0]
    if past and future:
        if past is future:
            return past[0]
        back = (anchor - past[2]).days if past[2] < anchor else 0
        ahead = (future[1] - anchor).days
        return future[0] if ahead * bias < back else past[0]
    return (past or future or candidates[0])[0]


def _date(p: Partial, anchor: date | None, direction: int | None) -> str | Unresolved:
    if p.hijri:
        return _hijri(p, anchor, direction)
    if p.decade is not None:
        return str(p.decade)
    if p.season:
        return f"{p.year:04d}-{p.season}"
    if p.quarter and p.year is None:  # "الربع الثالث" alone: the nearest in the sentence's direction
        if anchor is None:
            return Unresolved(NO_ANCHOR)
        quarters = [
            (f"{y:04d}-Q{p.quarter}", *timex.interval(f"{y:04d}-Q{p.quarter}"))
            for y in range(anchor.year - 1, anchor.year + 2)
        ]  # type: ignore[misc]
        return _choose(quarters, anchor, direction)
    if p.quarter:
        return f"{p.year:04d}-Q{p.quarter}"
    if p.half:
        return f"{p.year:04d}-H{p.half}"
    if p.year is not None:
        return _gregorian(p.year, p.month, p.day) or Unresolved("no such day in the calendar")
    if p.month is None:
        return Unresolved("no year, month or day")
    if anchor is None and p.direction is not None:  # "فبراير الماضي" is relative to the publication date
        return Unresolved(NO_ANCHOR)
    if anchor is None:
        return f"XXXX-{p.month:02d}" + (f"-{p.day:02d}" if p.day else "")
    candidates = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        value = _gregorian(y, p.month, p.day)
        if value:
            span = timex.interval(value)
            assert span
            candidates.append((value, *span))
    if not candidates:
        return Unresolved("no such day in the calendar")
    if p.weekday is not None and p.day is not None:  # "الثلاثاء 4 يونيو": only a year where it is a Tuesday
        candidates = [c for c in candidates if c[1].weekday() == p.weekday] or candidates
    return _choose(candidates, anchor, direction, strict=p.direction in (-1, 1))


def _gregorian(y: int, m: int | None, d: int | None) -> str | None:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return timex.month(y, m)
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _hijri_value(y: int, m: int | None, d: int | None) -> tuple[str, date, date] | None:
    """A Hijri date at its own grain, in Gregorian terms: a day, the month it mostly falls in, or a year."""
    if m is None:
        span = hijri.year_span(y)
        return (f"{hijri.mostly_year(*span):04d}", *span) if span else None
    if d is None:
        span = hijri.month_span(y, m)
        return (timex.month(*hijri.mostly(*span)), *span) if span else None
    day = hijri.to_gregorian(y, m, d)
    return (day.isoformat(), day, day) if day else None


def _hijri(p: Partial, anchor: date | None, direction: int | None) -> str | Unresolved:
    if p.year is not None:
        found = _hijri_value(p.year, p.month, p.day)
        return found[0] if found else Unresolved("Hijri date outside the Umm al-Qura table")
    if anchor is None:
        return Unresolved("Hijri month without a year and no publication date")
    hy = hijri.year_of(anchor)
    if hy is None:
        return Unresolved("publication date outside the Umm al-Qura table")
    # "أول أيام العيد" (value "eid"): the day of Eid al-Fitr (1 Shawwal + n) or of Eid al-Adha (10 Dhu
    # al-Hijja + n), whichever is nearest
    fields = [(p.month, p.day)]
    if p.value == "eid" and p.day is not None:
        fields = [(10, p.day), (12, p.day + 9)]
    candidates = [c for y in (hy - 1, hy, hy + 1) for mo, d in fields if (c := _hijri_value(y, mo, d))]
    if not candidates:
        return Unresolved("no such Hijri day")
    # A feast or Ramadan without a year is the nearest one around the anchor: the verbs of the sentence
    # ("أعلنت عطلة بمناسبة عيد الأضحى") speak of the announcement, not of the feast.
    return _choose(candidates, anchor, p.direction, bias=1, strict=p.direction in (-1, 1))


def _relative(p: Partial, anchor: date | None, direction: int | None) -> str | Unresolved:
    if anchor is None:
        return Unresolved(NO_ANCHOR)
    n = p.offset
    if p.unit == "day":
        return (anchor + timedelta(days=n)).isoformat()
    if p.unit == "week":
        return timex.week(anchor + timedelta(weeks=n))
    if p.unit == "month":
        y, m = timex.add_months(anchor.year, anchor.month, n)
        if p.day is not None:  # "العشرين من الشهر الجاري"
            try:
                return date(y, m, p.day).isoformat()
            except ValueError:
                return Unresolved("no such day in the calendar")
        return timex.month(y, m)
    if p.unit == "season" and p.season:
        spans = [
            (f"{y}-{p.season}", *timex.season_span(y, p.season))
            for y in range(anchor.year - 2, anchor.year + 2)
        ]
        if n < 0:
            return max((s for s in spans if s[2] < anchor), key=lambda s: s[1])[0]
        if n > 0:
            return min((s for s in spans if s[1] > anchor), key=lambda s: s[1])[0]
        return _choose(spans, anchor, 0)
    if p.hijri and p.month is not None:  # "رمضان السنة الماضية": that month of the Hijri year before
        hy = hijri.year_of(anchor)
        found = _hijri_value(hy + n, p.month, p.day) if hy is not None else None
        return found[0] if found else Unresolved("Hijri date outside the Umm al-Qura table")
    if p.value == "new":  # "العام الجديد": the year begun or beginning nearest the anchor
        return f"{anchor.year + (1 if anchor.month >= 7 else 0):04d}"
    year = anchor.year + n
    if n == 0 and p.direction is None and direction == -1 and p.month is None:
        # "وشهد الربع الأخير من العام ..." in January: a past statement tells of a part of the year
        # already over, so of last year's when this year's is still ahead
        span = timex.interval(_year_part(year, p), p.mod)
        if span and span[0] > anchor:
            year -= 1
    if p.month is not None:  # "أيلول من العام الماضي"
        return _gregorian(year, p.month, p.day) or Unresolved("no such day in the calendar")
    return _year_part(year, p)


def _year_part(year: int, p: Partial) -> str:
    if p.season:
        return f"{year:04d}-{p.season}"
    if p.quarter:
        return f"{year:04d}-Q{p.quarter}"
    if p.half:
        return f"{year:04d}-H{p.half}"
    return f"{year:04d}"


def _weekday(p: Partial, anchor: date | None, direction: int | None) -> str | Unresolved:
    if anchor is None:
        return Unresolved(NO_ANCHOR)
    assert p.weekday is not None
    base = anchor + timedelta(days=p.offset)
    if base.weekday() == p.weekday and p.direction is None:
        return base.isoformat()
    back = base - timedelta(days=(base.weekday() - p.weekday) % 7 or (7 if p.direction == -1 else 0))
    ahead = base + timedelta(days=(p.weekday - base.weekday()) % 7 or (7 if p.direction == 1 else 0))
    if p.direction == 1:  # "الجمعة المقبل" said on a Friday is next week's
        return ahead.isoformat()
    # "أمس الثلاثاء", "الجمعة الماضي"; and news reports the past unless it says otherwise
    if p.offset < 0 or direction is None or p.direction == -1:
        return back.isoformat()
    candidates = [(back.isoformat(), back, back), (ahead.isoformat(), ahead, ahead)]
    return _choose(candidates, base, direction)


_VALUE: dict[str, Callable[[Partial, date | None, int | None], str | Unresolved]] = {
    "date": _date,
    "relative": _relative,
    "weekday": _weekday,
}
