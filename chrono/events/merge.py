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
5. **Clusters.** Accepted pairs join clusters best score first (ties by the two mentions' ids), but only
   while all members' intervals keep a day in common: "9 ديسمبر" and "10 ديسمبر" never end up together
   through "ديسمبر 2017" (`forest.py`).
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
its index keys (no profile made; the index itself is kept, and only the changed items' keys are read)
and what its own candidate searches found, unless a new or gone item shares a key with it, falls in its
crowd window and may tip that key's crowd for it (`_touched`); a pair's score, unless a name of either
side changed weight; and the clustering's history, replayed only for the clusters whose pairs changed
(`forest.replay`). Everything else is worked out as from scratch, so a memo can only save time
(tests/events/test_memo.py compares every entry, the history included, with a merge from scratch). With
more than an eighth of the items new or gone, every item searches again. Pairs to score are many only in
a clean build: they are scored across cores (`forked.py`). `event_of` makes a cluster's event: a function
of its members alone, so a build can keep the events of the clusters it had before.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import NamedTuple

from chrono import forked
from chrono.events import forest
from chrono.events.clauses import around, window
from chrono.events.extract import NEWS_LAG_DAYS
from chrono.events.memo import (
    BELOW_BAR,
    Footprint,
    MergeMemo,
    footprint_keys,
    ids,
    ints,
    pack_ids,
    pack_ints,
    pack_keys,
    pack_scores,
    scores,
)
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
# More intervals than this asking one key, and its crowds are counted from one sorted list, not per class.
MANY_INTERVALS = 32
_END = 1 << 200  # a rank after every pair's (forest.rank)
_MILLION = 1_000_000
Scored = tuple[int, int]  # a pair's (text and kinds, score) in millionths (`_judged`)
_ASKED: Scored = (0, BELOW_BAR)  # a pair to score


class Item(NamedTuple):
    """What the merge reads of a dated mention: no text, so that a rebuild can hold every mention of the
    corpus in memory cheaply (made once per file, `items_of`, and cached with it; a named tuple, which a
    rebuild reads back for every mention in a third of a dataclass's time). The mention itself is fetched
    back by `index` only to score a pair no memo knows, or to make an event of a new cluster."""

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
    """The mentions of one corpus file, with ids: `key` must identify all that the file gave
    (`summary.py`), so that an id stands for one mention's content."""
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
    # Without a memo to match, an id need only tell the distinct mentions apart, and follow their order:
    # ties between pairs go by ids, which must not follow the hash of a set.
    return merge_sources(enumerate(sorted(set(mentions), key=_order)), since)[0]


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
    by_id = {item.id: item for item in ordered}
    new = MergeMemo()
    clustering = _cluster(by_id, memo or MergeMemo(), new, mentions, jobs)
    new.links, find = clustering.links, clustering.find
    groups: dict[int, list[Item]] = {}
    for item in ordered:
        groups.setdefault(find(item.id, _END), []).append(item)
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

    def __init__(self, items: Mapping[int, Item], mentions: Mentions) -> None:
        self._items = items
        self._mentions = mentions
        self._made: dict[int, Profile] = {}

    def __getitem__(self, id_: int) -> Profile:
        p = self._made.get(id_)
        if p is None:
            p = self._made[id_] = profile(self._mentions(self._items[id_]))
        return p


def _cluster(
    items: Mapping[int, Item], old: MergeMemo, new: MergeMemo, mentions: Mentions, jobs: int | None
) -> forest.Forest:
    """The clustering (forest.py) after finding and scoring the pairs (`_pairs`), replaying only
    the clusters whose pairs changed since `old`."""
    dirty, gone = _pairs(items, old, new, mentions, jobs)

    def accepted(x: int) -> Iterator[tuple[int, int]]:
        for y, score in zip(ids(new.partners[x]), scores(new.scores[x]), strict=True):
            if score != BELOW_BAR:
                yield score, y

    days = {id_: (item.first, item.last) for id_, item in items.items()}
    return forest.replay(old.links, dirty, gone, accepted, days)


def _pairs(
    items: Mapping[int, Item], old: MergeMemo, new: MergeMemo, mentions: Mentions, jobs: int | None
) -> tuple[set[int], list[int]]:
    """Fill `new` with each item's footprint, searches, partners and their scores, reusing `old`'s where
    their inputs are unchanged: returns the items whose accepted pairs changed, and the ids gone."""
    profiles = _Profiles(items, mentions)
    df = Counter(e for item in items.values() for e in item.names)
    top = len(items).bit_length() - 1
    new.weights = {e: math.log1p(2 ** (top - (count.bit_length() - 1))) for e, count in df.items()}
    gone = [id_ for id_ in old.footprints if id_ not in items]
    unknown = [id_ for id_ in items if id_ not in old.footprints]
    new.footprints = {id_: old.footprints[id_] for id_ in items if id_ in old.footprints}
    for id_ in unknown:
        item = items[id_]
        new.footprints[id_] = (item.first, item.length, pack_keys((*profiles[id_].keys, "!" + item.article)))
    found = _search(items, old, new, gone, unknown)
    pairs = _compare(items, old, new, gone, found)
    weights = EntityWeights(new.weights)
    reweighed = {e for e, w in new.weights.items() if old.weights.get(e) != w}
    if reweighed and old.partners:  # an old score holds unless a name of either side changed weight
        for id_, item in items.items():
            if not item.names.isdisjoint(reweighed):
                pairs.reweigh(id_, items, weights)
    asked = list(pairs.asked)
    pairs.scored(asked, forked.fork_map(_scores, (items, profiles, weights), asked, jobs=jobs))
    return _kept(items, old, new, pairs, set(unknown)), gone


def _search(
    items: Mapping[int, Item], old: MergeMemo, new: MergeMemo, gone: list[int], unknown: list[int]
) -> dict[int, set[int]]:
    """Index the items (`new.keyed`) and search again for those a change may concern (`new.near`):
    returns what each of these found."""
    footprints = new.footprints
    spans = _Spans(
        {i: item.first for i, item in items.items()},
        {i: item.last for i, item in items.items()},
        {i: item.length for i, item in items.items()},
    )
    keyed = _Keyed(old.keyed, spans)
    if len(unknown) + len(gone) > len(items) // 8:  # much has changed: index and search again for all
        keyed.fill(footprints)
        stale = set(items)
    else:
        for id_ in gone:
            for key in footprint_keys(old.footprints[id_]):
                keyed.remove(key, id_, old.footprints[id_][1])
        for id_ in unknown:
            for key in footprint_keys(footprints[id_]):
                keyed.add(key, id_)
        changed = [footprints[i] for i in unknown] + [old.footprints[i] for i in gone]
        stale = set(unknown) | _touched(changed, keyed)
    new.keyed = keyed.packed()
    found: dict[int, set[int]] = {i: set() for i in stale}
    asking: dict[str, list[int]] = {}
    for i in stale:
        for key in footprint_keys(footprints[i]):
            asking.setdefault(key, []).append(i)
    for key, group in asking.items():
        _share_key(keyed, key, found, group)
    new.near = {id_: old.near[id_] for id_ in items if id_ not in stale}
    for i in stale:
        found[i].discard(i)
        new.near[i] = pack_ids(sorted(found[i]))
    return found


def _compare(
    items: Mapping[int, Item], old: MergeMemo, new: MergeMemo, gone: list[int], found: dict[int, set[int]]
) -> _Partners:
    """Each item's partners: the last build's, less the gone items, and for the items that searched again
    (`found`), every item either side's searches found; the new pairs are asked to be scored."""
    pairs = _Partners(old)
    for g in gone:
        for y in list(pairs.of(g)):
            if y in items:
                pairs.drop(y, g)
    finders: dict[int, set[int]] = {}
    for s, near in found.items():
        for y in near:
            finders.setdefault(y, set()).add(s)
    for s, near in found.items():
        current = pairs.of(s)
        want = near | finders.get(s, set())
        want.update(y for y in current if y not in found and s in ids(new.near[y]))
        for y in [y for y in current if y not in want]:
            pairs.drop(s, y)
        pairs.ask(s, want.difference(current))
    return pairs


def _kept(
    items: Mapping[int, Item], old: MergeMemo, new: MergeMemo, pairs: _Partners, dirty: set[int]
) -> set[int]:
    """Keep every item's partners and scores in `new`: the last build's, or those `pairs` read and maybe
    changed. Returns `dirty` (the new items) with the items whose accepted pairs changed."""
    new.partners = {id_: old.partners[id_] for id_ in items if id_ in old.partners}
    new.scores = {id_: old.scores[id_] for id_ in items if id_ in old.scores}
    new.texts = {id_: old.texts[id_] for id_ in items if id_ in old.texts}
    for id_ in items:
        if id_ not in new.partners:
            new.partners[id_] = pack_ids(())
            new.scores[id_] = new.texts[id_] = pack_scores(())
    for id_, (before, after) in pairs.changed().items():
        if id_ in items:
            order = sorted(after)
            new.partners[id_] = pack_ids(order)
            new.texts[id_] = pack_scores([after[y][0] for y in order])
            new.scores[id_] = pack_scores([after[y][1] for y in order])
            if id_ not in dirty and _accepted(before) != _accepted(after):
                dirty.add(id_)
    return dirty


def _accepted(pairs: Mapping[int, Scored]) -> set[tuple[int, int]]:
    return {(y, score) for y, (_, score) in pairs.items() if score != BELOW_BAR}


class _Partners:
    """The items' partners and their pairs' (text and kinds, score), decoded from the memo where a change
    touches them."""

    def __init__(self, old: MergeMemo) -> None:
        self._old = old
        self._before: dict[int, dict[int, Scored]] = {}
        self._now: dict[int, dict[int, Scored]] = {}
        self.asked: set[tuple[int, int]] = set()

    def of(self, x: int) -> dict[int, Scored]:
        got = self._now.get(x)
        if got is None:
            old, before = self._old, {}
            if x in old.partners:
                made = zip(scores(old.texts[x]), scores(old.scores[x]), strict=True)
                before = dict(zip(ids(old.partners[x]), made, strict=True))
            self._before[x] = before
            got = self._now[x] = dict(before)
        return got

    def drop(self, x: int, y: int) -> None:
        self.of(x).pop(y, None)
        self.of(y).pop(x, None)

    def known(self, x: int) -> list[int]:
        """x's partners in the last build that still are."""
        now = self.of(x)
        before = self._before[x]
        return [y for y in now if y in before]

    def ask(self, x: int, others: Iterable[int]) -> None:
        """Have x's pairs with `others` scored."""
        mine = self.of(x)
        for y in others:
            mine.setdefault(y, _ASKED)
            self.of(y).setdefault(x, _ASKED)
            self.asked.add((x, y) if x < y else (y, x))

    def scored(self, asked: Sequence[tuple[int, int]], made: Sequence[Scored]) -> None:
        """The scores of the pairs asked (`ask`)."""
        now = self._now
        for (x, y), got in zip(asked, made, strict=True):
            now[x][y] = now[y][x] = got

    def reweigh(self, x: int, items: Mapping[int, Item], weights: EntityWeights) -> None:
        """Score x's pairs of the last build again for its names' new weights: their text and kinds hold."""
        mine = self.of(x)
        for y in self.known(x):
            text = mine[y][0]
            mine[y] = self.of(y)[x] = (text, _judged(text, items[x], items[y], weights))

    def changed(self) -> dict[int, tuple[dict[int, Scored], dict[int, Scored]]]:
        """(before, now) of every item read."""
        return {x: (self._before[x], now) for x, now in self._now.items()}


def _scores(
    state: tuple[Mapping[int, Item], _Profiles, EntityWeights], pairs: Sequence[tuple[int, int]]
) -> list[Scored]:
    """Each pair's (text and kinds, score), in millionths (`_judged`)."""
    items, profiles, weights = state
    got: list[Scored] = []
    for a, b in pairs:
        text = _text_and_kinds(profiles[a], profiles[b])
        got.append((text, _judged(text, items[a], items[b], weights)))
    return got


@dataclass(frozen=True, slots=True)
class _Spans:
    """The items' first and last days and length classes, by id: the candidate search reads little else."""

    firsts: dict[int, int]
    lasts: dict[int, int]
    lengths: dict[int, int]


class _Keyed:
    """The index: each key's items by length class, each class sorted by first day (then id), with their
    first days beside them for bisecting. Read from the memo where asked, and packed again where it
    changed. Its questions cost a few bisections per class, not a pass over the key, which may be "داعش"
    and half the corpus."""

    def __init__(self, packed: dict[str, tuple[bytes, bytes]], spans: _Spans) -> None:
        self._packed = packed
        self.spans = spans
        self._classes: dict[str, dict[int, tuple[list[int], list[int]]]] = {}

    def classes(self, key: str) -> dict[int, tuple[list[int], list[int]]]:
        """The key's items of each length class, as (first days, ids)."""
        got = self._classes.get(key)
        if got is None:
            got = self._classes[key] = {}
            head, members = self._packed.get(key, (b"", b""))
            numbers, all_ids, at = ints(head), ids(members), 0
            classes = numbers[1 : 1 + 2 * numbers[0]] if numbers else []
            starts = numbers[1 + len(classes) :]
            for length, count in zip(classes[::2], classes[1::2], strict=True):
                got[length] = (starts[at : at + count], all_ids[at : at + count])
                at += count
        return got

    def fill(self, footprints: Mapping[int, Footprint]) -> None:
        """Index every item anew (`footprints` are every item's)."""
        self._packed = {}
        grouped: dict[str, dict[int, list[tuple[int, int]]]] = {}
        for id_, footprint in footprints.items():
            first, length = footprint[:2]
            for key in footprint_keys(footprint):
                grouped.setdefault(key, {}).setdefault(length, []).append((first, id_))
        self._classes = {}
        for key, classes in grouped.items():
            self._classes[key] = got = {}
            for length, members in classes.items():
                members.sort()
                got[length] = ([first for first, _ in members], [id_ for _, id_ in members])

    def add(self, key: str, id_: int) -> None:
        starts, members = self.classes(key).setdefault(self.spans.lengths[id_], ([], []))
        first = self.spans.firsts[id_]
        lo = bisect.bisect_left(starts, first)  # among those of its first day, by id
        at = bisect.bisect_left(members, id_, lo, bisect.bisect_right(starts, first, lo))
        starts.insert(at, first)
        members.insert(at, id_)

    def remove(self, key: str, id_: int, length: int) -> None:
        starts, members = self.classes(key)[length]
        at = members.index(id_)
        del starts[at], members[at]
        if not members:
            del self.classes(key)[length]

    def size(self, key: str) -> int:
        return sum(len(members) for _, members in self.classes(key).values())

    def crowd(self, key: str, first: int, last: int) -> int:
        """How many of the key's items fall in the crowd of first..last: those of each length class L that
        start from first - L to last."""
        return sum(
            bisect.bisect_right(starts, last) - bisect.bisect_left(starts, first - length)
            for length, (starts, _) in self.classes(key).items()
        )

    def counter(self, key: str) -> Callable[[int, int], int]:
        """`crowd` for one key as two bisections, however many classes: worth its sorting where the key is
        asked about many intervals (a build from scratch)."""
        classes = self.classes(key).items()
        starts = sorted(s for _, (class_starts, _) in classes for s in class_starts)
        reaches = sorted(s + length for length, (class_starts, _) in classes for s in class_starts)
        return lambda first, last: bisect.bisect_right(starts, last) - bisect.bisect_left(reaches, first)

    def overlapping(self, key: str, first: int, last: int) -> list[int]:
        """The key's items whose interval overlaps first..last (one of class L starts after first - L)."""
        lasts = self.spans.lasts
        return [
            j
            for length, (starts, members) in self.classes(key).items()
            for j in members[bisect.bisect_left(starts, first - length) : bisect.bisect_right(starts, last)]
            if lasts[j] >= first
        ]

    def packed(self) -> dict[str, tuple[bytes, bytes]]:
        """Each key's classes as (how many classes, the length and count of each, then every first day;
        every id)."""
        packed = dict(self._packed)
        for key, classes in self._classes.items():
            if classes:
                numbers, members = [len(classes)], []
                for length in sorted(classes):
                    numbers += length, len(classes[length][1])
                for length in sorted(classes):
                    numbers += classes[length][0]
                    members += classes[length][1]
                packed[key] = pack_ints(numbers), pack_ids(members)
            else:
                packed.pop(key, None)
        return packed


def _touched(changed: list[Footprint], keyed: _Keyed) -> set[int]:
    """The items whose searches a new or gone item may change: those that share a key with it and count
    it in their crowd (`_share_key`), i.e. whose first day is at most its first day + its length class,
    and whose last day is at least its first day, unless the key is crowded for them with and without the
    changed items (its count now exceeds CROWD by more than the changed items of that key: a crowded key
    finds nothing either way, so "داعش" in 2017 does not send thousands of items searching again)."""
    changes = Counter(key for footprint in changed for key in footprint_keys(footprint))
    touched: set[int] = set()
    spans = keyed.spans
    for footprint in changed:
        first, length = footprint[:2]
        for key in footprint_keys(footprint):
            near = keyed.overlapping(key, first, first + length)
            if keyed.size(key) <= CROWD + changes[key]:
                touched.update(near)
            else:
                touched.update(
                    j
                    for j in near
                    if keyed.crowd(key, spans.firsts[j], spans.lasts[j]) <= CROWD + changes[key]
                )
    return touched


def _share_key(keyed: _Keyed, key: str, near: dict[int, set[int]], asking: list[int]) -> None:
    """Add to `near` the partners that one key gives `asking`, some of its mentions: those it overlaps,
    unless the key is crowded in its period (more than CROWD mentions in its crowd, `_Keyed.crowd`). The
    same for every mention of one interval, they are found once per interval."""
    spans = keyed.spans
    intervals: dict[tuple[int, int], list[int]] = {}
    for j in asking:
        intervals.setdefault((spans.firsts[j], spans.lasts[j]), []).append(j)
    crowded = keyed.size(key) > CROWD
    crowd = keyed.counter(key) if crowded and len(intervals) > MANY_INTERVALS else partial(keyed.crowd, key)
    for (first, last), group in intervals.items():
        if crowded and crowd(first, last) > CROWD:
            continue
        found = keyed.overlapping(key, first, last)
        for i in group:
            near[i].update(found)


def _text_and_kinds(p: Profile, q: Profile) -> int:
    """The score's part that does not depend on the names' weights, in millionths: 0.5 text, +-0.2 kinds."""
    kinds = 0.2 if shared_kinds(p, q) else -0.2 if conflicting_kinds(p, q) else 0.0
    return round((0.5 * text_sim(p, q) + kinds) * _MILLION)


def _judged(text_and_kinds: int, a: Item, b: Item, weights: EntityWeights) -> int:
    """A pair's score in millionths, its text and kinds part plus 0.3 of its names' overlap (each part
    rounded on its own, so that a new weight rescores a pair from the items alone), or BELOW_BAR where
    it falls short of its bar."""
    if a.id > b.id:  # one order for a pair: of two sides with as many names, the first is the smaller
        a, b = b, a
    score = text_and_kinds + round(0.3 * entity_overlap(a.names, b.names, weights) * _MILLION)
    return score if score >= round(_bar(a, b) * _MILLION) else BELOW_BAR


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
