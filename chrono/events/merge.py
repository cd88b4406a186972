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
   weighing log(1 + n / m) for m mentions naming it among n, so "العراق" counts for little and
   "رومانوفسكي" for much. n and m are rounded down to powers of two, so that one more article seldom
   changes a weight (see Memo).
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

**Memo.** The merge reads items (`Item`, made by `items_of` once per file: each mention's dates and names
under an id unique to its content, `sources`), not mentions, and fetches a mention back only to profile
it. `merge_items` takes the memo of the previous merge (`memo.py`) and reuses, for an id the memo knows,
its index keys (no profile made) and what its own candidate searches found, unless a new or gone item
shares a key with it, falls in its crowd window and may tip that key's crowd for it (`_touched`); and a
pair's score, unless a name of either side changed weight. Everything else is worked out as from
scratch, so a memo can only save time (tests/events/test_memo.py compares every entry with a merge from
scratch). With more than an eighth of the items new or gone, every item searches again. Pairs to score
are many only in a clean build: they are scored across cores (`forked.py`). `event_of` makes a cluster's
event: a function of its members alone, so a build can keep the events of the clusters it had before.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from chrono import forked
from chrono.events.clauses import around, window
from chrono.events.extract import NEWS_LAG_DAYS
from chrono.events.memo import Footprint, MergeMemo
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
_UNKNOWN = object()  # what the memo has for a pair it never scored (its scores are floats or None)


@dataclass(frozen=True)
class Item:
    """What the merge reads of a dated mention: no text, so that a rebuild can hold every mention of the
    corpus in memory cheaply (made once per file, `items_of`, and cached with it). The mention itself is
    fetched back by `index` only to score a pair no memo knows, or to make an event of a new cluster."""

    id: int  # unique to the mention's content (`sources`)
    index: int  # its place among the mentions given to `items_of`
    order: tuple[str, int, str, str, int]  # the items' order, which breaks ties: `_order` but the sentence
    article: str
    value: str
    mod: str | None
    point: tuple[int, int]  # what the date says, as date ordinals: its interval, or the publication day
    first: int  # the interval it may merge within: `point`, or the days the news covers
    last: int
    explicit: bool  # dated by its own expression, not by the article's publication date
    grain: int  # timex.grain of value
    length: int  # the interval-length class (_LENGTHS) of first..last
    names: frozenset[str]  # its entities' canonical names
    own: bool  # its article's lead, titled, and dated within the days the article reports on


Source = tuple[int, EventMention]  # a mention and an id unique to its content
Mentions = Callable[[Item], EventMention]  # an item's mention, fetched back


def sources(key: str, mentions: Iterable[EventMention]) -> Iterator[Source]:
    """The mentions of one corpus file whose content `key` identifies (the cache key), with their ids."""
    for index, em in enumerate(mentions):
        yield int.from_bytes(hashlib.blake2b(f"{key}#{index}".encode(), digest_size=8).digest()), em


def items_of(given: Iterable[Source]) -> tuple[list[Item], list[EventMention]]:
    """The merge's items of some mentions (a file's, so each article's mentions all at once), and the
    mentions no date places. A mention given twice counts once, under its first id."""
    first: dict[EventMention, tuple[int, int]] = {}
    for index, (id_, em) in enumerate(given):
        first.setdefault(em, (id_, index))
    leads: dict[str, int] = {}
    for em in first:
        leads[em.article] = min(em.sentence_start, leads.get(em.article, em.sentence_start))
    items: list[Item] = []
    undated: list[EventMention] = []
    for em, (id_, index) in first.items():
        item = _item(em, id_, index, leads[em.article] == em.sentence_start)
        if item is None:
            undated.append(em)
        else:
            items.append(item)
    return items, undated


def merge(mentions: Iterable[EventMention], since: int = 2014) -> Chronology:
    """The chronology of `mentions`: events in date order, and the mentions no date places."""
    # Without a memo to match, an id need only tell the distinct mentions apart.
    return merge_sources(enumerate(set(mentions)), since)[0]


def merge_sources(
    given: Iterable[Source], since: int = 2014, memo: MergeMemo | None = None
) -> tuple[Chronology, MergeMemo]:
    """`merge` of mentions with their ids, reusing what `memo` (the last merge's) says of the same ids;
    the chronology is the same with or without it. Returns the memo of this merge too."""
    given = list(given)
    items, undated = items_of(given)
    clusters, new = merge_items(items, since, memo, lambda item: given[item.index][1])
    events = [event_of(members, [given[m.index][1] for m in members]) for members in clusters]
    undated.sort(key=_order)
    return Chronology(events=tuple(sorted(events, key=event_order)), undated=tuple(undated)), new


def merge_items(
    items: Iterable[Item], since: int, memo: MergeMemo | None, mentions: Mentions, jobs: int | None = 1
) -> tuple[list[tuple[Item, ...]], MergeMemo]:
    """The clusters of the items dated from 1 January of `since` on, each in item order, and the memo of
    this merge; `mentions` fetches an item's mention when a pair must be scored afresh. Many such pairs are
    scored in `jobs` processes (`forked.fork_map`: one per core if None)."""
    floor = date(since, 1, 1).toordinal()
    ordered = sorted((item for item in items if item.last >= floor), key=_item_order)
    new = MergeMemo()
    parent = _cluster(ordered, memo or MergeMemo(), new, mentions, jobs)
    groups: dict[int, list[Item]] = {}
    for i, item in enumerate(ordered):
        groups.setdefault(_root(parent, i), []).append(item)
    return [tuple(members) for members in groups.values()], new


def event_order(event: Event) -> tuple[date, int, date, str]:
    """The chronology's order: by start, the finer first, then end and id."""
    return event.start, -timex.grain(event.date), event.end, event.id


def _item_order(item: Item) -> tuple[tuple[str, int, str, str, int], int]:
    return item.order, item.id


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


def _item(em: EventMention, id_: int, index: int, lead: bool) -> Item | None:
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
    published = em.published
    own = (
        lead
        and bool(em.title)
        and published is not None
        and point[0] <= published
        and point[1] >= published - timedelta(NEWS_LAG_DAYS)
    )
    return Item(
        id=id_,
        index=index,
        order=_order(em)[:5],
        article=em.article,
        value=value,
        mod=mod,
        point=(point[0].toordinal(), point[1].toordinal()),
        first=first.toordinal(),
        last=point[1].toordinal(),
        explicit=explicit,
        grain=timex.grain(value),
        length=next((n for n in _LENGTHS if days <= n), days),
        names=frozenset(e.name for e in em.entities),
        own=own,
    )


class _Profiles:
    """Each item's profile, made when first asked for: with a memo, most pairs need none."""

    def __init__(self, items: list[Item], mentions: Mentions) -> None:
        self._items = items
        self._mentions = mentions
        self._made: dict[int, Profile] = {}

    def __getitem__(self, i: int) -> Profile:
        p = self._made.get(i)
        if p is None:
            p = self._made[i] = profile(self._mentions(self._items[i]))
        return p


def _cluster(
    items: list[Item], old: MergeMemo, new: MergeMemo, mentions: Mentions, jobs: int | None
) -> list[int]:
    """Union-find parents after joining every accepted pair, best first, while the members share a day.
    Reads what `old` knows of these items, and records in `new` what this merge found; pairs the memo
    does not know are scored across `jobs` cores when there are many."""
    profiles = _Profiles(items, mentions)
    df = Counter(e for item in items for e in item.names)
    top = len(items).bit_length() - 1
    new.weights = {e: math.log1p(2 ** (top - (count.bit_length() - 1))) for e, count in df.items()}
    weights = EntityWeights(new.weights)
    reweighed = {e for e, w in new.weights.items() if old.weights.get(e) != w}
    n = len(items)
    ids = [item.id for item in items]
    pairs = {ids[p // n] << 64 | ids[p % n]: p for p in _candidates(items, profiles, old, new)}
    # A pair's old score holds unless either side names an entity whose weight changed.
    reweighed_items = {i for i, item in enumerate(items) if not item.names.isdisjoint(reweighed)}
    scores = new.scores = {}
    unknown: list[int] = []
    for k, p in pairs.items():
        score = old.scores.get(k, _UNKNOWN)
        if score is _UNKNOWN or (reweighed_items and (p // n in reweighed_items or p % n in reweighed_items)):
            unknown.append(k)
        else:
            scores[k] = score
    unknown.sort()
    scored = forked.fork_map(_scores, (items, profiles, weights), [pairs[k] for k in unknown], jobs=jobs)
    scores.update(zip(unknown, scored, strict=True))
    # Best first, then by i and j: one int per pair, (1 - score) in millionths above i * n + j, sorts
    # like the tuples (-score, i, j) would, in a fraction of the time.
    square = n * n
    order = sorted(
        (1_000_000 - round(s * 1_000_000)) * square + pairs[k] for k, s in new.scores.items() if s is not None
    )
    parent = list(range(n))
    firsts = [item.first for item in items]  # a root's cluster: the days all its members share
    lasts = [item.last for item in items]
    for rank in order:
        i, j = divmod(rank % square, n)
        ri = i if parent[i] == i else _root(parent, i)
        rj = j if parent[j] == j else _root(parent, j)
        if ri == rj:
            continue
        if ri > rj:
            ri, rj = rj, ri
        lo = firsts[ri] if firsts[ri] > firsts[rj] else firsts[rj]
        hi = lasts[ri] if lasts[ri] < lasts[rj] else lasts[rj]
        if lo <= hi:
            parent[rj] = ri
            firsts[ri], lasts[ri] = lo, hi
    return parent


def _scores(state: tuple[list[Item], _Profiles, EntityWeights], pairs: Sequence[int]) -> list[float | None]:
    """Each pair's score (i * n + j), rounded to millionths, or None where it falls short of its bar."""
    items, profiles, weights = state
    n = len(items)
    scores: list[float | None] = []
    for pair in pairs:
        i, j = divmod(pair, n)
        score = _score(profiles[i], profiles[j], weights)
        scores.append(round(score, 6) if score >= _bar(items[i], items[j]) else None)
    return scores


def _candidates(items: list[Item], profiles: _Profiles, old: MergeMemo, new: MergeMemo) -> set[int]:
    """Pairs i < j, as i * len(items) + j (plain ints: a million pairs as tuples keep the garbage collector
    busy), whose intervals overlap and that share a key not crowded in that period. An item whose
    footprint `old` knows, and whose searches no new or gone item can have changed, keeps what they found."""
    n = len(items)
    index = {item.id: i for i, item in enumerate(items)}
    footprints = [
        old.footprints.get(item.id) or (item.first, item.length, (*profiles[i].keys, "!" + item.article))
        for i, item in enumerate(items)
    ]
    new.footprints = {item.id: fp for item, fp in zip(items, footprints, strict=True)}
    spans = _Spans([item.first for item in items], [item.last for item in items], [i.length for i in items])
    keyed: dict[str, list[int]] = {}
    for i in sorted(range(n), key=spans.firsts.__getitem__):  # a stable sort keeps ties by i
        for key in footprints[i][2]:
            keyed.setdefault(key, []).append(i)
    unknown = [i for i, item in enumerate(items) if item.id not in old.near]
    gone = [fp for id_, fp in old.footprints.items() if id_ not in index]
    if len(unknown) + len(gone) > n // 8:  # much has changed: search again for every item
        stale = set(range(n))
    else:
        stale = set(unknown) | _touched([footprints[i] for i in unknown] + gone, keyed, spans)
    near: dict[int, set[int]] = {i: set() for i in stale}  # a stale item's partners, itself included
    for key in {key for i in stale for key in footprints[i][2]}:
        if len(keyed[key]) > 1:
            _share_key(spans, keyed[key], near, stale)
    pairs: set[int] = set()
    for i, item in enumerate(items):
        if i in stale:
            found = sorted(near[i])
            new.near[item.id] = tuple(items[j].id for j in found)
        else:
            kept = new.near[item.id] = old.near[item.id]
            found = [index[j] for j in kept if j in index]
        pairs.update([i * n + j if i < j else j * n + i for j in found if j != i])
    return pairs


def _touched(changed: list[Footprint], keyed: dict[str, list[int]], spans: _Spans) -> set[int]:
    """The items whose searches a new or gone item may change: those that share a key with it and count
    it in their crowd (`_share_key`), i.e. whose first day is at most its first day + its length class,
    and whose last day is at least its first day, unless the key is crowded for them with and without the
    changed items (its count now exceeds CROWD by more than the changed items of that key: a crowded key
    finds nothing either way, so "داعش" in 2017 does not send thousands of items searching again)."""
    changes = Counter(key for _, _, keys in changed for key in keys)
    crowds: dict[str, _Crowd] = {}
    touched: set[int] = set()
    for first, length, keys in changed:
        for key in keys:
            ids = keyed.get(key, ())
            window = ids[: bisect.bisect_right(ids, first + length, key=spans.firsts.__getitem__)]
            near = [j for j in window if spans.lasts[j] >= first]
            if len(ids) <= CROWD + changes[key]:
                touched.update(near)
                continue
            crowd = crowds.get(key)
            if crowd is None:
                crowd = crowds[key] = _Crowd(spans, ids)
            touched.update(
                j for j in near if crowd.count(spans.firsts[j], spans.lasts[j]) <= CROWD + changes[key]
            )
    return touched


@dataclass(frozen=True, slots=True)
class _Spans:
    """The items' first and last days and length classes, as lists: the candidate search reads little else."""

    firsts: list[int]
    lasts: list[int]
    lengths: list[int]


class _Crowd:
    """How many of one key's mentions (`ids`, sorted by start) fall in the crowd of an interval: those that
    start by its last day less those whose start + length class is before its first day."""

    def __init__(self, spans: _Spans, ids: list[int]) -> None:
        self.starts = [spans.firsts[j] for j in ids]
        self.reaches = sorted([spans.firsts[j] + spans.lengths[j] for j in ids])

    def count(self, first: int, last: int) -> int:
        return bisect.bisect_right(self.starts, last) - bisect.bisect_left(self.reaches, first)


def _share_key(spans: _Spans, ids: list[int], near: dict[int, set[int]], asking: set[int]) -> None:
    """Add to `near` the partners that one key gives those of its mentions `ids` (sorted by start) that are
    `asking`. A mention's crowd is the key's mentions, of each length class L, that start from its first
    day - L to its last; being the same for every mention of one interval, it is counted once per interval."""
    firsts, lasts, lengths = spans.firsts, spans.lasts, spans.lengths
    intervals: dict[tuple[int, int], list[int]] = {}
    for j in ids:
        if j in asking:
            intervals.setdefault((firsts[j], lasts[j]), []).append(j)
    if len(ids) <= CROWD:  # never crowded: its partners are the mentions it overlaps
        for (first, last), group in intervals.items():
            found = [j for j in ids if firsts[j] <= last and lasts[j] >= first]
            for i in group:
                near[i].update(found)
        return
    # Summed over classes, the crowd is two bisections, however many classes (`_Crowd`).
    crowd = _Crowd(spans, ids)
    classes: dict[int, tuple[list[int], list[int]]] = {}
    for j in ids:
        class_starts, class_ids = classes.setdefault(lengths[j], ([], []))
        class_starts.append(firsts[j])
        class_ids.append(j)
    for (first, last), group in intervals.items():
        if crowd.count(first, last) > CROWD:
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


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _score(p: Profile, q: Profile, weights: EntityWeights) -> float:
    kinds = 0.2 if shared_kinds(p, q) else -0.2 if conflicting_kinds(p, q) else 0.0
    return 0.5 * text_sim(p, q) + 0.3 * entity_overlap(p, q, weights) + kinds


def _bar(a: Item, b: Item) -> float:
    """How much alike two mentions must be to merge, from how their dates relate (module docstring, 4)."""
    same_date = (a.value, a.mod) == (b.value, b.mod)
    days = a.grain == 6 and b.grain == 6
    if a.article == b.article:
        if same_date and not (days and a.explicit and b.explicit):
            return ONE_STORY
        return SAME_ARTICLE_SAME_DAY if same_date else SAME_ARTICLE
    if same_date or days:
        return SAME_DATE
    if (a.first <= b.first and b.last <= a.last) or (b.first <= a.first and a.last <= b.last):
        return CONTAINS
    return OVERLAPS


def event_of(members: Sequence[Item], mentions: Sequence[EventMention]) -> Event:
    """One event from its cluster's members (in item order) and their mentions, in the same order."""
    best = min(range(len(members)), key=lambda k: _precision(members[k]))
    start, end = (date.fromordinal(d) for d in members[best].point)
    anchor = mentions[0]
    value, mod = members[best].value, members[best].mod
    digest = hashlib.sha1("\n".join((anchor.article, anchor.sentence, value, mod or "")).encode("utf-8"))
    entities: dict[Entity, None] = {}
    for em in mentions:
        entities.update(dict.fromkeys(em.entities))
    return Event(
        id=digest.hexdigest()[:12],
        date=value,
        mod=mod,
        start=start,
        end=end,
        title=_title(members, mentions, best),
        summary=_display(mentions[best].sentence),
        mentions=tuple(mentions),
        entities=tuple(entities),
        outlets=tuple(sorted({em.outlet for em in mentions if em.outlet})),
    )


def _precision(m: Item) -> tuple[int, bool, int, str]:
    """The most precise first: finer grain, an expression before a publication date, narrower."""
    return -m.grain, not m.explicit, m.last - m.first, m.value


def _title(members: Sequence[Item], mentions: Sequence[EventMention], best: int) -> str:
    """The title of an article whose own news the event is (its lead, dated by the publication date or
    within the days it reports on), the best member's or else the first such; else the words around the
    date expression of the most telling member."""
    for k in (best, *range(len(members))):
        if members[k].own:
            return _display(mentions[k].title or "")
    text, at = max(
        (around(em) for em in mentions), key=lambda c: (min(len(c[0].split()), TITLE_WORDS), -c[1])
    )
    return _display(window(text, at, TITLE_WORDS))


def _display(text: str) -> str:
    """Text as a reader sees it: hashtags as words ("#صلاح_الدين" -> "صلاح الدين"), spaces collapsed."""
    return " ".join(re.sub(r"#(\w+)", lambda m: m[1].replace("_", " "), text).split())
