"""Cluster event mentions into events: one event per happening, however many articles and grains report it.

    chronology = merge(mentions, since=2014)

The rule, step by step:

1. **Dates.** A mention covers its expression's interval (`timex.interval`, narrowed by START/MID/END). An
   article's own news dated only by its publication date (mention None) is the day of publication, but
   covers the NEWS_LAG_DAYS (2) before it too: a Monday article reports Sunday's statement. A mention with no
   interval (no value, or XXXX-01-15) goes to `Chronology.undated`; one that ends before 1 January of
   `since` is dropped.
2. **Candidates (blocking).** Two mentions are compared only if their intervals overlap and they share a
   key: a content stem, an entity, an event kind (`similarity.Profile.keys`) or their article. Keys are
   indexed per interval length, sorted by start, so finding a key's mentions that overlap an interval is two
   bisections; a key that more than CROWD = 20 mentions of that period carry ("داعش" in any year of the
   war) says nothing there and is skipped for that mention. Cost: n x keys x CROWD at most, so merge time
   grows near-linearly (benchmarks/merge.py).
3. **Score** = 0.5 text + 0.3 entities + 0.2 if they tell a kind of event in common, - 0.2 if both tell a
   kind and none in common ("أنشئ التحالف" against "سيطر داعش"). text = 3-gram containment of the content
   words; entities = the weighted share of the smaller side's names that the other names too, a name
   weighing log(1 + n / mentions naming it), so "العراق" counts for little and "رومانوفسكي" for much.
4. **Bars.** A pair merges when its score reaches the bar for how its dates relate:
   - same article, one story: the same coarse date (two sentences saying "في عام 2024"), or the article's
     own news and a sentence dated its publication day: 0.0, so they merge unless their kinds conflict;
   - same article, the same day in two sentences: 0.15, so they merge unless they share next to nothing
     ("أعلن العبادي أمس" and "تجمع آلاف المواطنين ليلة أمس" are two events);
   - same article, other overlapping dates: 0.35;
   - two articles, the same day or the same coarse date: 0.45, since a shared date says little;
   - two articles, one date containing the other ("ديسمبر 2017" and "9 ديسمبر 2017"): 0.3, since a
     coarse date usually recalls a known event;
   - two articles, dates that overlap otherwise: 0.35.
5. **Clusters.** Accepted pairs join clusters best score first, but only while all members' intervals keep
   a day in common: "9 ديسمبر" and "10 ديسمبر" never end up together through "ديسمبر 2017".
6. **Events.** date: the most precise value of the cluster (`timex.grain`), an expression before an
   article's own date at equal grain, then the narrowest; start/end: its interval. id: the first 12 hex
   digits of SHA-1 over the first member's article id and sentence (members sorted by article, offset,
   value) with the date, so an event keeps its id when unrelated articles arrive, and changes it only
   when its own sources or date change. title: the title of an article whose own news it is (its lead:
   `event_mentions` gives an article's lead the article's first offset), else the clause around the date
   expression of the member that says most (`clauses.around`, cut to TITLE_WORDS words). summary: the
   sentence that gives the date. Events are ordered by start, the finer first, then end and id.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from chrono.events.clauses import around, window
from chrono.events.extract import NEWS_LAG_DAYS
from chrono.events.similarity import (
    EntityWeights,
    Profile,
    conflicting_kinds,
    entity_overlap,
    profile,
    shared_kinds,
)
from chrono.events.similarity import text_similarity as text_sim
from chrono.model import Chronology, Entity, Event, EventMention
from chrono.temporal import timex

CROWD = 20
ONE_STORY = 0.0
SAME_ARTICLE_SAME_DAY = 0.15
SAME_ARTICLE = 0.35
SAME_DATE = 0.45
CONTAINS = 0.3
OVERLAPS = 0.35
TITLE_WORDS = 16
# Interval-length classes (days): a day or the news window, week, month, quarter, half, year, decade.
_LENGTHS = (3, 7, 31, 92, 184, 366, 3653)


@dataclass(frozen=True, slots=True)
class _Item:
    """A dated mention, ready to compare: its interval in days and its profile."""

    em: EventMention
    value: str
    mod: str | None
    point: tuple[date, date]  # what the date says: its expression's interval, or the publication day
    first: int  # the interval it may merge within, as date ordinals: `point`, or the days the news covers
    last: int
    explicit: bool  # dated by its own expression, not by the article's publication date
    grain: int  # timex.grain of value
    length: int  # the interval-length class (_LENGTHS) of first..last
    profile: Profile
    keys: frozenset[str]  # what the candidate index files it under: its profile's keys and its article


def merge(mentions: Iterable[EventMention], since: int = 2014) -> Chronology:
    """The chronology of `mentions`: events in date order, and the mentions no date places."""
    floor = date(since, 1, 1).toordinal()
    items: list[_Item] = []
    undated: list[EventMention] = []
    ordered = sorted(set(mentions), key=_order)
    leads: dict[str, int] = {}
    for em in ordered:
        leads.setdefault(em.article, em.sentence_start)
    for em in ordered:
        item = _item(em)
        if item is None:
            undated.append(em)
        elif item.last >= floor:
            items.append(item)
    parent = _cluster(items)
    groups: dict[int, list[_Item]] = {}
    for i, item in enumerate(items):
        groups.setdefault(_root(parent, i), []).append(item)
    events = sorted(
        (_event(members, leads) for members in groups.values()),
        key=lambda e: (e.start, -timex.grain(e.date), e.end, e.id),
    )
    return Chronology(events=tuple(events), undated=tuple(undated))


def _order(em: EventMention) -> tuple[str, int, str, str, int, str]:
    m = em.mention
    return (
        em.article,
        em.sentence_start,
        (m.value or "") if m else "",
        (m.mod or "") if m else "",
        m.start if m else -1,
        em.sentence,
    )


def _item(em: EventMention) -> _Item | None:
    m = em.mention
    if m is None:
        if em.published is None:
            return None
        value, mod, point, explicit = em.published.isoformat(), None, (em.published, em.published), False
        first = em.published - timedelta(NEWS_LAG_DAYS)
    elif m.first is None or m.last is None or m.value is None:
        return None
    else:
        value, mod, point, explicit, first = m.value, m.mod, (m.first, m.last), True, m.first
    days = (point[1] - first).days + 1
    p = profile(em)
    return _Item(
        em=em,
        value=value,
        mod=mod,
        point=point,
        first=first.toordinal(),
        last=point[1].toordinal(),
        explicit=explicit,
        grain=timex.grain(value),
        length=next((n for n in _LENGTHS if days <= n), days),
        profile=p,
        keys=p.keys | {"!" + em.article},
    )


def _candidates(items: list[_Item]) -> set[int]:
    """Pairs i < j, as i * len(items) + j (plain ints: a million pairs as tuples keep the garbage collector
    busy), whose intervals overlap and that share a key not crowded in that period."""
    spans = _Spans([item.first for item in items], [item.last for item in items], [i.length for i in items])
    keyed: dict[str, list[int]] = {}
    for i in sorted(range(len(items)), key=spans.firsts.__getitem__):  # a stable sort keeps ties by i
        for key in items[i].keys:
            keyed.setdefault(key, []).append(i)
    near: list[set[int]] = [set() for _ in items]  # each item's partners, itself included
    for ids in keyed.values():
        if len(ids) > 1:
            _share_key(spans, ids, near)
    n = len(items)
    pairs: set[int] = set()
    for i, partners in enumerate(near):
        pairs.update([i * n + j for j in partners if j > i])
        pairs.update([j * n + i for j in partners if j < i])
    return pairs


@dataclass(frozen=True, slots=True)
class _Spans:
    """The items' first and last days and length classes, as lists: the candidate search reads little else."""

    firsts: list[int]
    lasts: list[int]
    lengths: list[int]


def _share_key(spans: _Spans, ids: list[int], near: list[set[int]]) -> None:
    """Add to `near` the partners that one key gives its mentions `ids` (sorted by start). A mention's
    crowd is the key's mentions, of each length class L, that start from its first day - L to its last;
    being the same for every mention of one interval, it is counted once per interval."""
    firsts, lasts, lengths = spans.firsts, spans.lasts, spans.lengths
    intervals: dict[tuple[int, int], list[int]] = {}
    for j in ids:
        intervals.setdefault((firsts[j], lasts[j]), []).append(j)
    if len(ids) <= CROWD:  # never crowded: its partners are the mentions it overlaps
        for (first, last), group in intervals.items():
            found = [j for j in ids if firsts[j] <= last and lasts[j] >= first]
            for i in group:
                near[i].update(found)
        return
    # Summed over classes, the crowd is those that start by the last day less those whose start + L is
    # before the first day: two bisections, however many classes.
    starts = [firsts[j] for j in ids]
    reaches = sorted([firsts[j] + lengths[j] for j in ids])
    classes: dict[int, tuple[list[int], list[int]]] = {}
    for j in ids:
        class_starts, class_ids = classes.setdefault(lengths[j], ([], []))
        class_starts.append(firsts[j])
        class_ids.append(j)
    for (first, last), group in intervals.items():
        if bisect.bisect_right(starts, last) - bisect.bisect_left(reaches, first) > CROWD:
            continue
        found = [
            j
            for length, (class_starts, class_ids) in classes.items()
            for j in class_ids[
                bisect.bisect_left(class_starts, first - length) : bisect.bisect_right(class_starts, last)
            ]
            if lasts[j] >= first
        ]
        for i in group:
            near[i].update(found)


def _cluster(items: list[_Item]) -> list[int]:
    """Union-find parents after joining every accepted pair, best first, while the members share a day."""
    df = Counter(e for item in items for e in item.profile.entities)
    weights = EntityWeights({e: math.log(1 + len(items) / count) for e, count in df.items()})
    scored = []
    n = len(items)
    for pair in _candidates(items):
        i, j = divmod(pair, n)
        a, b = items[i], items[j]
        s = _score(a, b, weights)
        if s >= _bar(a, b):
            scored.append((-round(s, 6), i, j))
    scored.sort()
    parent = list(range(len(items)))
    span = [(item.first, item.last) for item in items]
    for _, i, j in scored:
        ri, rj = _root(parent, i), _root(parent, j)
        if ri == rj:
            continue
        lo, hi = max(span[ri][0], span[rj][0]), min(span[ri][1], span[rj][1])
        if lo > hi:
            continue
        parent[max(ri, rj)] = min(ri, rj)
        span[min(ri, rj)] = (lo, hi)
    return parent


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _score(a: _Item, b: _Item, weights: EntityWeights) -> float:
    p, q = a.profile, b.profile
    kinds = 0.2 if shared_kinds(p, q) else -0.2 if conflicting_kinds(p, q) else 0.0
    return 0.5 * text_sim(p, q) + 0.3 * entity_overlap(p, q, weights) + kinds


def _bar(a: _Item, b: _Item) -> float:
    """How much alike two mentions must be to merge, from how their dates relate (module docstring, 4)."""
    same_date = (a.value, a.mod) == (b.value, b.mod)
    days = a.grain == 6 and b.grain == 6
    if a.em.article == b.em.article:
        if same_date and not (days and a.explicit and b.explicit):
            return ONE_STORY
        return SAME_ARTICLE_SAME_DAY if same_date else SAME_ARTICLE
    if same_date or days:
        return SAME_DATE
    if (a.first <= b.first and b.last <= a.last) or (b.first <= a.first and a.last <= b.last):
        return CONTAINS
    return OVERLAPS


def _event(members: list[_Item], leads: dict[str, int]) -> Event:
    """One event from its cluster's members (already in `_order`); `leads`: each article's first offset."""
    best = min(members, key=lambda m: (-m.grain, not m.explicit, m.last - m.first, m.value))
    start, end = best.point
    anchor = members[0].em
    digest = hashlib.sha1(
        "\n".join((anchor.article, anchor.sentence, best.value, best.mod or "")).encode("utf-8")
    ).hexdigest()
    entities: dict[Entity, None] = {}
    for m in members:
        entities.update(dict.fromkeys(m.em.entities))
    return Event(
        id=digest[:12],
        date=best.value,
        mod=best.mod,
        start=start,
        end=end,
        title=_title([best, *members], leads),
        summary=_display(best.em.sentence),
        mentions=tuple(m.em for m in members),
        entities=tuple(entities),
        outlets=tuple(sorted({m.em.outlet for m in members if m.em.outlet})),
    )


def _title(members: list[_Item], leads: dict[str, int]) -> str:
    """The title of an article whose own news the event is (its lead, dated by the publication date or
    within the days it reports on), the first such of `members`; else the words around the date
    expression of the most telling member."""
    for m in members:
        em = m.em
        if em.title and em.sentence_start == leads[em.article] and _is_own_news(m):
            return _display(em.title)
    text, at = max(
        (around(m.em) for m in members), key=lambda c: (min(len(c[0].split()), TITLE_WORDS), -c[1])
    )
    return _display(window(text, at, TITLE_WORDS))


def _is_own_news(m: _Item) -> bool:
    published = m.em.published
    lag = timedelta(NEWS_LAG_DAYS)
    return published is not None and m.point[0] <= published and m.point[1] >= published - lag


def _display(text: str) -> str:
    """Text as a reader sees it: hashtags as words ("#صلاح_الدين" -> "صلاح الدين"), spaces collapsed."""
    return " ".join(re.sub(r"#(\w+)", lambda m: m[1].replace("_", " "), text).split())
