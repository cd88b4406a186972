"""The date engine: every temporal expression of a text, resolved against its publication date.

    find_dates("مساء اليوم الأحد", published=date(2024, 3, 25))  # -> [Mention(value="2024-03-24", ...)]

Steps: normalise (keeping offsets), drop trap spans (outlet names, agency codes), run every grammar rule,
keep the longest non-overlapping matches, join a weekday to the date that spells it out ("اليوم الاثنين
(3 آذار 2025)"), resolve each against the anchor in its sentence's direction, then give back-references
("آنذاك") the date placed just before them.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from chrono.arabic import normalise, normalise_with_offsets, to_source_span
from chrono.model import Mention
from chrono.temporal import grammar, timex
from chrono.temporal.direction import find_cues, sentence_bounds, sentence_direction
from chrono.temporal.lexicon import cues, parts
from chrono.temporal.partial import Partial
from chrono.temporal.resolve import resolve

# What may separate a weekday from the date that follows it: "الاثنين (3 آذار 2025)", "الأحد، 10 ديسمبر".
_JOIN = re.compile(r"^\s*[،,(\-]?\s*$")
_SPELLED_DATES = ("named month", "numeric day/month/year", "numeric year-month-day")
_NTH_DAY = re.compile(r"(?:اول|ثاني|ثالث)\s+ايام")  # "يوم الثلاثاء أول أيام رمضان": two expressions


@dataclasses.dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    order: int
    rule: str
    partial: Partial


def find_dates(text: str, published: date | None = None) -> list[Mention]:
    """Every date expression in `text`, in order, resolved against `published` (or unresolved without it)."""
    norm, offsets = normalise_with_offsets(text)
    chosen = _join_weekdays(norm, _select(_candidates(norm)))
    directions = _directions(norm, chosen)
    mentions: list[Mention] = []
    for c, direction in zip(chosen, directions, strict=True):
        r = resolve(
            _lengths_in_past(c, direction), published, direction if c.partial.direction is None else None
        )
        start, end = to_source_span(offsets, c.start, c.end)
        span = timex.interval(r.value[:10] if r.type == "TIME" and r.value else r.value, r.mod)
        mentions.append(
            Mention(
                start=start,
                end=end,
                text=text[start:end],
                type=r.type,
                value=r.value,  # type: ignore[arg-type]
                mod=r.mod,
                anchor=published,
                first=span[0] if span else None,
                last=span[1] if span else None,
                rule=c.rule,
                reason=r.reason,
            )
        )
    mentions = _years_from_sentence(norm, chosen, mentions)
    dayparts = [_daypart(norm[c.start : c.end], c.partial) for c in chosen]
    mentions = _weekdays_of_dates(
        norm,
        chosen,
        _back_references(text, mentions, [c.partial for c in chosen], published, directions, dayparts),
        directions,
    )
    if published is None:
        mentions = _implied_years(mentions, directions)
    return mentions


def _lengths_in_past(c: _Candidate, direction: int | None) -> Partial:
    """ "بعد سبعة أيام" in a past sentence ("انتهت الهدنة مساء أمس بعد سبعة أيام") is how long something took:
    a date that many days after the publication date cannot be what a past verb tells of."""
    p = c.partial
    if c.rule == "units ago or ahead" and p.offset > 0 and direction == -1 and p.value:
        return Partial("duration", value=p.value, mod=p.mod)
    return p


def _directions(norm: str, chosen: list[_Candidate]) -> list[int | None]:
    """The way each expression's sentence points (its cue words are found once, and only if there is one)."""
    if not chosen:
        return []
    cues = find_cues(norm, sorted({sentence_bounds(norm, c.start) for c in chosen}))
    return [sentence_direction(cues, c.start, c.end) for c in chosen]


def _candidates(norm: str) -> list[_Candidate]:
    traps = [m.span() for t in grammar.TRAPS for m in t.finditer(norm)]
    windows: dict[str, list[tuple[int, int]]] = {}  # by the words needed, which several rules share
    found: list[_Candidate] = []
    for order, rule in enumerate(grammar.RULES):
        if rule.needs.pattern not in windows:
            windows[rule.needs.pattern] = _windows(norm, rule.needs)
        for lo, hi in windows[rule.needs.pattern]:
            for found_match in rule.pattern.finditer(norm, lo, hi):
                m = grammar.Match(found_match)
                start, end = m.span("x") if m.get("x") else m.span()
                while end > start and norm[end - 1].isspace():  # optional trailing groups may eat a newline
                    end -= 1
                if end <= start or any(s < end and start < e for s, e in traps):
                    continue
                partial = rule.build(m)
                if partial is not None:
                    found.append(_Candidate(start, end, order, rule.name, partial))
    return found


# No expression runs longer than this on either side of the words its rule needs.
_REACH = 80
_SPACE = re.compile(r"\s")


def _windows(norm: str, needs: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where a rule's matches can be: windows around the words it needs (the text between them cannot hold a
    match). Windows end on whitespace, so no word is cut into a false boundary."""
    merged: list[list[int]] = []
    for hit in needs.finditer(norm):
        lo, hi = max(0, hit.start() - _REACH), hit.end() + _REACH
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    windows: list[tuple[int, int]] = []
    for lo, hi in merged:
        while lo > 0 and not norm[lo - 1].isspace():
            lo -= 1
        space = _SPACE.search(norm, min(hi, len(norm)))
        windows.append((lo, space.start() if space else len(norm)))
    return windows


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """The longest matches first, then the earlier rule; no two kept matches overlap."""
    kept: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.order, c.start)):
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _join_weekdays(norm: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """A weekday or day word followed by the full date it names becomes one expression with that date."""
    out: list[_Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.partial.kind in ("weekday", "relative")
            and prev.partial.unit in (None, "day")
            and c.rule in _SPELLED_DATES
            and c.partial.day is not None
            and not _NTH_DAY.match(norm, c.start)
            and _JOIN.match(norm[prev.end : c.start])
        ):
            end = c.end + (1 if norm[c.end : c.end + 1] == ")" and "(" in norm[prev.end : c.start] else 0)
            # The weekday stays with the date: without a year, it tells which year is meant; and so does
            # its clock time ("الساعة التاسعة من صباح الأحد، الأول من آب").
            partial = dataclasses.replace(
                c.partial, weekday=prev.partial.weekday, hour=prev.partial.hour, minute=prev.partial.minute
            )
            out[-1] = dataclasses.replace(c, start=prev.start, end=end, partial=partial)
        else:
            out.append(c)
    return out


def _years_from_sentence(norm: str, chosen: list[_Candidate], mentions: list[Mention]) -> list[Mention]:
    """A day and month without a year next to a full date in its sentence takes the year that puts it
    nearest that date: "من 6 أكتوبر المقبل إلى غاية 4 أكتوبر", "بين 15 مارس و20 أبريل 2016" (a range, or
    a narrative, keeps its year whichever way the verbs point)."""
    out = list(mentions)
    for i, c in enumerate(chosen):
        p = c.partial
        if (
            p.kind != "date"
            or p.year is not None
            or p.day is None
            or p.month is None
            or p.hijri
            or p.direction
            or p.weekday is not None  # its weekday already chose the year
        ):
            continue
        lo, hi = sentence_bounds(norm, c.start)
        siblings = [
            (abs(j - i) + (0 if j < i else 0.5), mentions[j].first, other.start if j > i else None)
            for j, other in enumerate(chosen)
            if j != i
            and lo <= other.start < hi
            and mentions[j].first is not None
            and mentions[j].first == mentions[j].last
            and (j < i or other.partial.year is not None)
        ]
        if not siblings:
            continue
        _, near, after = min(siblings)
        assert near is not None
        days = [
            d for y in (near.year - 1, near.year, near.year + 1) if (d := _day_or_none(y, p.month, p.day))
        ]
        # a span keeps its order: "منذ 20 مارس إلى غاية 10 يناير 2021" starts before it ends; and what
        # "منذ" starts has begun
        if after and _UNTIL_BEFORE.search(norm, max(0, after - 16), after):
            days = [d for d in days if d <= near]
        since = _SINCE_BEFORE.search(norm, max(0, c.start - 8), c.start)
        if since and mentions[i].anchor is not None and p.direction is None:
            days = [d for d in days if d <= mentions[i].anchor]
        if days:
            day = min(days, key=lambda d: abs((d - near).days))
            out[i] = dataclasses.replace(mentions[i], value=day.isoformat(), first=day, last=day)
    return out


def _day_or_none(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# The end of a span ("على أن تتواصل حتى 6 نوفمبر 2021") is not the day a weekday of its sentence names.
_SINCE_BEFORE = re.compile(r"(?<!\w)[وف]?منذ\s+$")
_UNTIL_BEFORE = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(normalise(w) for w in cues.UNTIL) + r")\s+$")


# How far a weekday may be from the date that names it: "غرة شوال 1444 هـ تصادف يوم الجمعة", "يوم الاثنين،
# ثاني أيام عيد الأضحى"; further on, a date of the same weekday is a coincidence ("أعلنت مساء الاثنين ...
# الانتخابات التي جرت من 26 إلى 28 مارس").
_NEAR_WORDS = 5
_WORDS = re.compile(r"\w+")


def _weekdays_of_dates(
    norm: str, chosen: list[_Candidate], mentions: list[Mention], directions: list[int | None]
) -> list[Mention]:
    """A bare weekday in the sentence of a full date that falls on it names that date: "غرة شوال 1444 هـ
    تصادف يوم الجمعة" is that Friday, whichever way the sentence points (a report tells of dates ahead),
    except that a weekday of a plan or a call is not a past date: "دعا ناشطون إلى مسيرات جديدة يوم
    الجمعة، بعد تظاهرات يوم 22 فيفري" calls for a coming Friday."""
    days = [
        (c.start, m.first)
        for c, m in zip(chosen, mentions, strict=True)
        if m.first and m.first == m.last and not _UNTIL_BEFORE.search(norm, max(0, c.start - 16), c.start)
    ]
    out = list(mentions)
    for i, (c, m) in enumerate(zip(chosen, mentions, strict=True)):
        if c.partial.kind != "weekday" or c.partial.unit or c.partial.direction is not None:
            continue
        lo, hi = sentence_bounds(norm, c.start)
        way, anchor = directions[i], m.anchor
        day = next(
            (
                d
                for at, d in days
                if lo <= at < hi
                and at != c.start
                and d.weekday() == c.partial.weekday
                and not (anchor and way == 1 and d < anchor)
                and len(_WORDS.findall(norm, min(at, c.end), max(at, c.start))) <= _NEAR_WORDS
            ),
            None,
        )
        if day is not None:  # its clock time, if any, stays: "الساعة السابعة من مساء السبت، أول أيام رمضان"
            time = m.value[10:] if m.value and "T" in m.value else ""
            out[i] = dataclasses.replace(m, value=day.isoformat() + time, first=day, last=day)
    return out


_DAYPART_CLASS = {normalise(w): c for w, c in parts.DAY_PART_CLASSES}
_DAYPART_WORD = re.compile(r"\w+")


def _daypart(span: str, p: Partial) -> str | None:
    """The part of the day an expression names ("مساء أمس": evening), from its words, or for a clock time
    written on the 24-hour dial ("الساعة 23 و11 دقيقة") from its hour; None when it does not say."""
    for w in _DAYPART_WORD.findall(span):
        if w in _DAYPART_CLASS:
            return _DAYPART_CLASS[w]
    if p.hour is not None and p.hour >= 12:
        return "afternoon" if p.hour < 18 else "evening"
    return None


# Between a day and the clock time that belongs to it: "يوم السبت المقبل في الساعة السادسة مساء".
_ADJACENT = re.compile(r"\s*[،,]?\s*(?:(?:في|عند|علي|مع)\s+)?(?:تمام\s+)?")


def _back_references(
    text: str,
    mentions: list[Mention],
    partials: list[Partial],
    published: date | None,
    directions: list[int | None],
    dayparts: list[str | None],
) -> list[Mention]:
    """ "آنذاك", "العام نفسه", "اليوم التالي", and a bare clock time: the date the text placed last at the
    grain the reference needs (else the publication date), shifted by its offset. A bare clock time takes
    the latest recent day of the same part of the day, else the latest whose part does not clash (and, in
    a plan, is not past), else the publication date."""
    out: list[Mention] = []
    placed: list[tuple[Mention, str | None]] = []  # dates placed so far and their day parts, latest last
    for m, p, direction, part in zip(mentions, partials, directions, dayparts, strict=True):
        if p.kind == "backref":
            if p.hour is not None:
                # a clock time right after a day is that day's, whatever the days told before it
                last = placed[-1] if placed and out and out[-1] is placed[-1][0] else None
                near = last if last and _ADJACENT.fullmatch(normalise(text[last[0].end : m.start])) else None
                value = _clock_day([near] if near else placed, published, p, direction, part, near is None)
            else:
                value = _refer([r for r, _ in placed], published, p)
            if value:
                day = value[:10] if p.hour is not None else value
                span = timex.interval(day, p.mod)
                m = dataclasses.replace(
                    m,
                    type="TIME" if p.hour is not None else "DATE",
                    value=value,
                    mod=p.mod,
                    first=span[0] if span else None,
                    last=span[1] if span else None,
                    reason=None,
                )
        if m.type in ("DATE", "TIME") and m.first is not None and m.value and m.value[0].isdigit():
            placed.append((m, part))
        out.append(m)
    return out


_AFTER_NOON = {(h, "evening") for h in range(5, 12)} | {(h, "afternoon") for h in range(1, 7)}


def _clock_day(
    placed: list[tuple[Mention, str | None]],
    published: date | None,
    p: Partial,
    direction: int | None,
    part: str | None,
    current_only: bool,
) -> str | None:
    """The day and hour of a bare clock time, among the days `placed` (only those of the news being told,
    `_current`, unless the day is the one right before it: "يوم الأحد 24/3/2019 في تمام الساعة")."""
    assert p.hour is not None
    recent = [
        (m, mp)
        for m, mp in reversed(placed)
        if m.first is not None
        and m.value
        and timex.grain(m.value) >= 6
        and (not current_only or _current(m, p, published))
    ]
    same = next((r for r in recent if part is not None and r[1] == part), None)
    fits = next(
        (
            r
            for r in recent
            if (r[1] is None or part is None or r[1] == part)
            and not (direction == 1 and published is not None and r[0].first and r[0].first < published)
        ),
        None,
    )
    chosen = same or fits
    if chosen is None:
        if published is None:
            return None
        day, day_part = published, None
    else:
        assert chosen[0].first is not None
        day, day_part = chosen[0].first, chosen[1]
    hour = p.hour
    # "مساء غد ... الساعة السابعة والنصف" is 19:30; "بعد ظهر اليوم ... الساعة الثالثة" 15:00
    if part is None and (hour, day_part) in _AFTER_NOON:
        hour += 12
    return f"{day.isoformat()}T{hour:02d}:{p.minute or 0:02d}"


_GRAIN_NEEDED = {None: 1, "year": 2, "period": 3, "month": 4, "day": 6}


def _current(m: Mention, p: Partial, published: date | None) -> bool:
    """A bare clock time belongs to a day of the news being told, not to a date of its history: the day it
    takes must lie within a week of the publication date."""
    if p.hour is None or published is None or m.first is None:
        return True
    return abs((m.first - published).days) <= 7


def _refer(placed: list[Mention], published: date | None, p: Partial) -> str | None:
    need = _GRAIN_NEEDED[p.unit]
    ref = next(
        (m for m in reversed(placed) if timex.grain(m.value) >= need and _current(m, p, published)), None
    )
    if p.unit == "period":  # "الفترة نفسها من العام الماضي": the period just told, in another year
        if ref is None or ref.value is None or not ref.value[:4].isdigit():
            return None
        year = p.year if p.year is not None else int(ref.value[:4]) + p.offset
        # a period up to a day ("حتى 20 جويلية ... مقارنة بالفترة ذاتها من سنة 2018") is not a day: the year
        return f"{year:04d}" if timex.grain(ref.value) >= 5 else f"{year:04d}{ref.value[4:]}"
    if ref is None or ref.first is None or ref.value is None:
        if published is None or p.unit is None:
            return None
        first, value = published, published.isoformat()
    else:
        first, value = ref.first, ref.value[:10]
    if p.hour is not None:
        return f"{first.isoformat()}T{p.hour:02d}:{p.minute or 0:02d}"
    if p.unit is None:
        return value
    if p.unit == "year":
        if p.month is not None:  # "تموز من العام نفسه"
            return _calendar_value(first.year + p.offset, p.month, p.day)
        return f"{first.year + p.offset:04d}"
    if p.unit == "month":
        y, mo = timex.add_months(first.year, first.month, p.offset)
        return _calendar_value(y, mo, p.day) if p.day else timex.month(y, mo)
    return (first + timedelta(days=p.offset)).isoformat()


def _calendar_value(y: int, m: int, d: int | None) -> str | None:
    if d is None:
        return timex.month(y, m)
    day = _day_or_none(y, m, d)
    return day.isoformat() if day else None


def _implied_years(mentions: list[Mention], directions: list[int | None]) -> list[Mention]:
    """Without a publication date, a day or month with no year ("في 15 يناير", XXXX-01-15) takes the year the
    text implies, and says so in `reason`: the year of the date placed just before it (a narrative goes on in
    its year), else the year after the latest year the text reports as past at year grain ("نُقل ... في عام
    2024" is written once 2024 is over). With neither, it stays XXXX: a year is never guessed."""
    past_years = [
        int(m.value)
        for m, d in zip(mentions, directions, strict=True)
        if d == -1 and m.type == "DATE" and m.value and timex.grain(m.value) == 2
    ]
    out: list[Mention] = []
    year: int | None = None
    for m, d in zip(mentions, directions, strict=True):
        if m.value and m.value.startswith("XXXX"):
            if year is not None and d != 1:  # a plan ("على أن تستأنف في فاتح دجنبر") is not the story's year
                value, why = f"{year:04d}{m.value[4:]}", f"year {year} from the date before it in the text"
            elif past_years:
                y = max(past_years) + 1
                value, why = f"{y:04d}{m.value[4:]}", f"year implied: the text reports {y - 1} as past"
            else:
                value, why = m.value, None
            span = timex.interval(value, m.mod) if why else None
            if span and why:
                m = dataclasses.replace(m, value=value, first=span[0], last=span[1], reason=why)
        elif m.type == "DATE" and m.value and timex.grain(m.value) >= 2:
            year = m.first.year if m.first else year
        out.append(m)
    return out
