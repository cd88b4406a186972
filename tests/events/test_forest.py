"""The clustering's history (forest.py): replaying only the dirty clusters from the last build's links
leaves the links a build from scratch leaves, and from scratch it is the plain best-first greedy."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from chrono.events.forest import Forest, Links, rank, replay

END = 1 << 200


class World:
    """Items with day intervals and accepted pairs with scores (many ties), as the merge hands them over."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        self.days: dict[int, tuple[int, int]] = {}
        self.scores: dict[tuple[int, int], int] = {}
        for _ in range(n):
            self.add()

    def add(self) -> int:
        x = self.rng.getrandbits(64)
        first = self.rng.randrange(40)
        self.days[x] = (first, first + self.rng.choice((0, 0, 1, 3, 10)))
        for y in self.rng.sample(sorted(self.days), min(len(self.days), 4)):
            if y != x:
                self.scores[min(x, y), max(x, y)] = self.rng.choice((300_000, 450_000, 500_000, 800_000))
        return x

    def remove(self, x: int) -> None:
        del self.days[x]
        self.scores = {p: s for p, s in self.scores.items() if x not in p}

    def pairs(self, x: int) -> Iterator[tuple[int, int]]:
        for (a, b), s in self.scores.items():
            if x in (a, b):
                yield s, b if a == x else a

    def accepted(self) -> dict[int, set[tuple[int, int]]]:  # (score, other) of each item
        return {x: set(self.pairs(x)) for x in self.days}

    def replay(self, links: Links, dirty: list[int], gone: list[int]) -> Links:
        return replay(links, dirty, gone, self.pairs, self.days).links


def clusters(forest: Forest, items: list[int]) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for x in items:
        groups.setdefault(forest.find(x, END), set()).add(x)
    return {frozenset(g) for g in groups.values()}


def greedy(world: World) -> set[frozenset[int]]:
    """The merge's rule, plainly: pairs best first, joined while the members keep a day in common."""
    parent = {x: x for x in world.days}
    span = dict(world.days)

    def root(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for r in sorted(rank(s, a, b) for (a, b), s in world.scores.items()):
        a, b = root((r >> 64) & (2**64 - 1)), root(r & (2**64 - 1))
        if a != b:
            first, last = max(span[a][0], span[b][0]), min(span[a][1], span[b][1])
            if first <= last:
                parent[b] = a
                span[a] = (first, last)
    groups: dict[int, set[int]] = {}
    for x in world.days:
        groups.setdefault(root(x), set()).add(x)
    return {frozenset(g) for g in groups.values()}


@pytest.mark.parametrize("seed", range(30))
def test_from_scratch_it_is_the_greedy(seed: int) -> None:
    world = World(random.Random(seed), 60)
    links = world.replay({}, list(world.days), [])
    assert clusters(Forest(links), list(world.days)) == greedy(world)


@pytest.mark.parametrize("seed", range(60))
def test_a_replay_after_changes_leaves_the_links_of_a_build_from_scratch(seed: int) -> None:
    rng = random.Random(seed)
    world = World(rng, rng.randrange(20, 80))
    links = world.replay({}, list(world.days), [])
    before = world.accepted()
    gone = rng.sample(sorted(world.days), rng.randrange(0, 4))
    for x in gone:
        world.remove(x)
    new = [world.add() for _ in range(rng.randrange(0, 4))]
    for pair in rng.sample(sorted(world.scores), min(len(world.scores), rng.randrange(0, 3))):
        world.scores[pair] = rng.choice((300_000, 450_000, 500_000, 800_000))
    after = world.accepted()
    dirty = [x for x in world.days if before.get(x) != after[x]]
    assert set(new) <= set(dirty)
    replayed = world.replay(links, dirty, gone)
    scratch = world.replay({}, list(world.days), [])
    assert replayed == scratch
    assert clusters(Forest(replayed), list(world.days)) == greedy(world)


def test_a_dirty_cluster_makes_the_one_it_joined_before_dirty() -> None:
    """a-b join first, then b-c; when a goes, b's cluster is replayed and so must c's be: c joined b's cluster
    (with a in it) in the last build, and now joins b alone, at the same rank."""
    world = World(random.Random(0), 0)
    a, b, c = 1, 2, 3
    world.days = {a: (0, 0), b: (0, 5), c: (5, 5)}
    world.scores = {(a, b): 900_000, (b, c): 500_000}
    links = world.replay({}, [a, b, c], [])
    assert clusters(Forest(links), [a, b, c]) == {frozenset({a, b}), frozenset({c})}  # c shares no day with a
    world.remove(a)
    replayed = world.replay(links, [b], [a])
    assert clusters(Forest(replayed), [b, c]) == {frozenset({b, c})}
    assert replayed == world.replay({}, [b, c], [])


@pytest.mark.parametrize("seed", range(20))
def test_a_replay_after_many_items_went_still_queues_what_follows_a_clean_cluster(seed: int) -> None:
    """Sixty items with no pair go, one new item comes and joins the clusters that stayed clean: the gone
    and the new outnumber all the rest, yet clean clusters remain, whose later joins the replay must
    queue in rank order (it once took the many gone items for "everything is dirty" and only sorted)."""
    rng = random.Random(seed)
    world = World(rng, 20)
    lonely = [rng.getrandbits(64) for _ in range(60)]
    world.days.update(dict.fromkeys(lonely, (100, 100)))
    links = world.replay({}, list(world.days), [])
    before = world.accepted()
    for x in lonely:
        world.remove(x)
    world.add()
    after = world.accepted()
    dirty = [x for x in world.days if before.get(x) != after[x]]
    assert len(dirty) < len(world.days)  # some clusters stay clean
    assert world.replay(links, dirty, lonely) == world.replay({}, list(world.days), [])
