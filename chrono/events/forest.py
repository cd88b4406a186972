"""The merge's clustering, best pair first, kept as a history so that a rebuild replays only what changed.

The merge joins accepted pairs best first while the members of a cluster keep a day in common (merge.py,
step 5). Which pairs join depends on the order and on every join before, so one new pair can change joins
long after it, anywhere its clusters go. Yet a join depends only on the two clusters it meets: where both
are what they were in the last build, at that point of the order, it goes as it went. So the last build
keeps its history as a persistent union-find (`Forest`: each join a link from one cluster's root to the
other's, stamped with its pair's rank), and a rebuild replays only the clusters that may differ
("dirty"), in rank order:

- at the start, the items whose accepted pairs changed (new, gone, rescored or searched again);
- when the last build joined a dirty cluster to a clean one, the clean one, as it was then (the old join
  is a link in the history);
- when this build joins a dirty cluster to a clean one, the clean one, as it was then.

A dirty cluster's pairs are decided anew, against the other side's state at that rank: a dirty cluster's
from this replay, a clean one's read from the history (its links before that rank). Clean clusters keep
their links; a dirty cluster keeps those before it became dirty and gets this build's. Every cluster of
every rank is then what a build from scratch would have, so the forest is the one it would leave too
(tests/events/test_forest.py and test_memo.py compare them). From scratch everything is dirty and this
is the plain greedy.

A pair's rank is one int, best score first, then the two ids (`rank`), so that a link's rank also tells
which pair made it, and the replay's queue is a heap of plain ints.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial

Links = dict[int, tuple[int, int]]  # a joined root -> (the root it joined, the rank of the join)
# What the replay does at a rank, as one int, `rank << 1 | what`: at one rank, the consequence of the last
# build's join (0: its clusters were joined, so a dirty side makes the other dirty) first, then this
# build's decision on the pair (1). Both sides of either are the pair's, read back from the rank.
_DECIDE = 1
_TOP = 1_000_000
_MASK = (1 << 64) - 1


def rank(millionths: int, a: int, b: int) -> int:
    """A pair's place in the clustering order: higher score first (millionths of 1), then by ids."""
    lo, hi = (a, b) if a < b else (b, a)
    return (_TOP - millionths) << 128 | lo << 64 | hi


class Forest:
    """A persistent union-find: each item's cluster at any rank, from the links made before it."""

    def __init__(self, links: Links) -> None:
        self.links = dict(links)
        self.children: dict[int, list[tuple[int, int]]] = {}
        for child, (parent, at) in self.links.items():
            self.children.setdefault(parent, []).append((at, child))

    def find(self, x: int, before: int) -> int:
        """The root of x's cluster just before rank `before`."""
        links = self.links
        while (up := links.get(x)) is not None and up[1] < before:
            x = up[0]
        return x

    def members(self, root: int, before: int) -> list[int]:
        """The items of the cluster `root` is the root of just before rank `before`."""
        found, stack = [], [root]
        while stack:
            x = stack.pop()
            found.append(x)
            stack.extend(child for at, child in self.children.get(x, ()) if at < before)
        return found

    def link(self, child: int, parent: int, at: int) -> None:
        self.links[child] = (parent, at)
        self.children.setdefault(parent, []).append((at, child))

    def unlink(self, child: int) -> tuple[int, int] | None:
        up = self.links.pop(child, None)
        if up is not None:
            self.children[up[0]].remove((up[1], child))
        return up


def replay(
    links: Links,
    dirty: Iterable[int],
    gone: Iterable[int],
    pairs: Callable[[int], Iterator[tuple[int, int]]],
    days: Mapping[int, tuple[int, int]],
) -> Forest:
    """This build's clustering, from the last build's `links` (empty from scratch).

    `dirty`: the items whose accepted pairs are not those of the last build (every item, from scratch);
    `gone`: the last build's items no longer here; `pairs(x)`: x's accepted pairs now, as (score in
    millionths, other); `days`: each item's (first, last) day ordinals, within which its cluster must
    keep a day in common."""
    forest = Forest(links)
    links = forest.links  # the forest's own, as the replay changes it
    since: dict[int, int] = {}  # dirty item -> the rank from which it is replayed
    spans: dict[int, tuple[int, int, int]] = {}  # dirty root -> (first, last, size) of its cluster

    def mark(x: int, at: int) -> list[int]:
        """x's cluster as it was just before rank `at`, clean until now, is replayed from `at` on: returns
        the queue's entries for it, from `at` on (`rank << 1 | what`)."""
        root = forest.find(x, at)
        members = forest.members(root, at)
        for m in members:
            since[m] = at
        # Its joins in the last build from here on make the other side dirty in turn.
        up = forest.unlink(root)
        todo = [when << 1 for when, _ in forest.children.get(root, ()) if when >= at]
        if up is not None:
            todo.append(up[1] << 1)
        if root in days:  # not a gone item's
            spans[root] = _span([days[m] for m in members], len(members))
            # A pair with another dirty item was queued when that one became dirty, if after then.
            todo += [
                r << 1 | _DECIDE
                for m in members
                for score, y in pairs(m)
                if y not in since and (r := rank(score, m, y)) > at
            ]
        return todo

    queue = [entry for x in (*gone, *dirty) if x not in since for entry in mark(x, -1)]
    if all(x in since for x in days):  # every cluster is dirty from the start (from scratch): nothing
        queue.sort(reverse=True)  # will be queued, only sorted
        pop = queue.pop
    else:  # some clusters are clean: dirty ones may join them, and queue what follows
        heapq.heapify(queue)
        pop = partial(heapq.heappop, queue)
    while queue:
        entry = pop()
        at = entry >> 1
        a, b = at >> 64 & _MASK, at & _MASK
        if not entry & _DECIDE:  # the last build joined a's and b's clusters here
            if (a in since) != (b in since):
                for todo in mark(b if a in since else a, at):
                    heapq.heappush(queue, todo)
            continue
        ra = forest.find(a, at) if a in links else a
        rb = forest.find(b, at) if b in links else b
        if ra == rb:
            continue
        fa, la, na = spans.get(ra) or _state(forest, days, ra, at)
        fb, lb, nb = spans.get(rb) or _state(forest, days, rb, at)
        first, last = fa if fa > fb else fb, la if la < lb else lb
        if first > last:
            continue
        for x in (a, b):
            if x not in since:
                for todo in mark(x, at):
                    heapq.heappush(queue, todo)
        child, parent = (ra, rb) if (na, -ra) < (nb, -rb) else (rb, ra)
        forest.link(child, parent, at)
        del spans[child]
        spans[parent] = (first, last, na + nb)
    for x in gone:
        forest.children.pop(x, None)
    return forest


def _state(forest: Forest, days: Mapping[int, tuple[int, int]], root: int, at: int) -> tuple[int, int, int]:
    """A clean cluster's (first, last, size) just before rank `at`, from the history."""
    members = forest.members(root, at)
    return _span([days[m] for m in members], len(members))


def _span(days: list[tuple[int, int]], size: int) -> tuple[int, int, int]:
    return max(d[0] for d in days), min(d[1] for d in days), size
