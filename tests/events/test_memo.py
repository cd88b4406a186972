"""The merge memo saves work and never changes a result: a merge reusing the memo of any earlier merge gives
the chronology a merge from scratch gives."""

from __future__ import annotations

import importlib
import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from chrono.events.memo import MergeMemo
from chrono.events.merge import Source, items_of, merge_items, merge_sources, sources
from chrono.model import Chronology, EventMention
from tests.events.build import article, dated
from tests.events.test_merge import (
    COALITION_FOUNDED,
    MEETING_HELD,
    MEETING_PLANNED,
    MINISTER_DATED,
    MINISTER_UNDATED,
    MOSUL_DAY,
    MOSUL_MONTH,
    MOSUL_SEIZED,
    MOSUL_YEAR,
    OPERATION,
    SAME_DAY_BOMB,
    TWO_STORIES,
    YEAR_FIGURES,
)

merge_module = importlib.import_module("chrono.events.merge")  # the package exports its function `merge`
PLACES = ("الموصل", "تكريت", "الرمادي", "بيجي", "سنجار", "هيت")
VERBS = ("قصف", "داهمت", "اعتقلت", "فككت", "حررت", "أغلقت")


def crowd(n: int, seed: int, days: int) -> list[tuple[EventMention, ...]]:
    """`n` one-article files telling, in one template, raids on داعش within `days` days of March 2017:
    with more than merge.CROWD of them in a few days, the template's words are crowded keys there."""
    rng = random.Random(seed)
    files = []
    for k in range(n):
        day = date(2017, 3, 1) + timedelta(days=rng.randrange(days))
        place, verb = rng.choice(PLACES), rng.choice(VERBS)
        text = f"{verb} القوات العراقية مواقع لتنظيم داعش في {place} يوم {day.day} آذار 2017 وقتلت {k} مسلحا."
        files.append(
            dated(
                article(text, id=f"crowd{k}.txt#0", published=day + timedelta(days=1), outlet=f"وكالة {k}"),
                (f"{day.day} آذار 2017", day.isoformat()),
            )
        )
    return files


STORIES = [
    MINISTER_DATED,
    MINISTER_UNDATED,
    SAME_DAY_BOMB,
    MOSUL_MONTH,
    MOSUL_DAY,
    MOSUL_YEAR,
    COALITION_FOUNDED,
    MOSUL_SEIZED,
    MEETING_PLANNED,
    MEETING_HELD,
    YEAR_FIGURES,
    OPERATION,
    TWO_STORIES,
]
FILES = STORIES + crowd(40, seed=1, days=20)


def keyed(files: list[tuple[EventMention, ...]]) -> list[Source]:
    """Each file's mentions with ids, its key standing for its content as the cache key does."""
    return [s for ems in files for s in sources(repr(ems), ems)]


def test_crowd_fixture_is_crowded() -> None:
    assert len(FILES) - len(STORIES) > merge_module.CROWD


@pytest.mark.parametrize("seed", range(6))
def test_a_merge_with_an_earlier_memo_is_the_merge_from_scratch(seed: int) -> None:
    rng = random.Random(seed)
    before = rng.sample(FILES, rng.randrange(len(FILES) // 2, len(FILES)))
    after = [f for f in before if rng.random() > 0.1] + rng.sample(FILES, 5)  # some gone, some new
    after = list(dict.fromkeys(after))
    _, memo = merge_sources(keyed(before))
    assert same_merge(merge_sources(keyed(after), memo=memo), merge_sources(keyed(after)))


@pytest.mark.parametrize("size", range(merge_module.CROWD - 3, merge_module.CROWD + 14))
def test_one_file_more_or_less_at_the_crowd_and_weight_thresholds(size: int) -> None:
    """Around CROWD mentions of one key in two days, one file more makes the key crowded for all of them;
    around 32 mentions in all, every entity's weight changes (weights count in powers of two)."""
    files = STORIES + crowd(size, seed=size, days=2)
    for before, after in ((files[:-1], files), (files, files[:-1])):
        _, memo = merge_sources(keyed(before))
        assert same_merge(merge_sources(keyed(after), memo=memo), merge_sources(keyed(after)))


@pytest.mark.parametrize("seed", range(8))
def test_one_file_more_or_less_where_the_key_is_crowded_for_some_mentions_only(seed: int) -> None:
    """Mentions spread over days, so that each counts its own crowd, some near CROWD, some above: one file
    more or less must send again searching those whose crowd it can tip over, and only those need."""
    files = STORIES + crowd(45, seed=seed, days=9)
    rng = random.Random(seed)
    for _ in range(3):
        k = rng.randrange(len(STORIES), len(files))
        less = files[:k] + files[k + 1 :]
        for before, after in ((less, files), (files, less)):
            _, memo = merge_sources(keyed(before))
            assert same_merge(merge_sources(keyed(after), memo=memo), merge_sources(keyed(after)))


def same_merge(got: tuple[Chronology, MergeMemo], scratch: tuple[Chronology, MergeMemo]) -> bool:
    """The same chronology, and the same memo entries: the pairs searched and scored, the index, and the
    clustering's whole history are those of a merge from scratch (a stale entry could hide in a chronology
    that happens to come out the same)."""
    (chronology, memo), (expected, fresh) = got, scratch
    return chronology == expected and vars(memo) == vars(fresh)


def merged_items(
    files: list[tuple[EventMention, ...]], memo: MergeMemo | None, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[EventMention], MergeMemo]:
    """merge_items over the files' items (made first: a file's items are cached with it), returning the
    mentions it profiled to score pairs."""
    given = keyed(files)
    items, _ = items_of(given)
    made: list[EventMention] = []
    real = merge_module.profile
    monkeypatch.setattr(merge_module, "profile", lambda em: made.append(em) or real(em))
    _, memo = merge_items(items, 2014, memo, lambda item: given[item.index][1])
    return made, memo


def test_the_memo_of_the_same_mentions_needs_no_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    made, memo = merged_items(FILES, None, monkeypatch)
    assert made
    again, _ = merged_items(FILES, memo, monkeypatch)
    assert again == []


def test_one_new_file_profiles_only_the_mentions_it_touches(monkeypatch: pytest.MonkeyPatch) -> None:
    _, memo = merge_sources(keyed(FILES[:-1]))
    made, _ = merged_items(FILES, memo, monkeypatch)
    assert FILES[-1][0] in made
    assert 0 < len(made) < len(keyed(FILES)) // 2


def test_a_memo_of_a_changed_since_still_gives_the_scratch_result() -> None:
    _, memo = merge_sources(keyed(FILES), since=2018)
    assert merge_sources(keyed(FILES), memo=memo)[0] == merge_sources(keyed(FILES))[0]


def test_a_memo_round_trips_and_is_refused_by_another_chrono(tmp_path: Path) -> None:
    path = tmp_path / "merge.pickle"
    _, memo = merge_sources(keyed(FILES))
    memo.save(path, "chrono-a")
    loaded = MergeMemo.load(path, "chrono-a")
    assert loaded is not None and vars(loaded) == vars(memo)
    assert MergeMemo.load(path, "chrono-b") is None
    path.write_bytes(b"not a pickle")
    assert MergeMemo.load(path, "chrono-a") is None
    assert MergeMemo.load(tmp_path / "absent.pickle", "chrono-a") is None


def test_a_changed_weight_rescores_pairs_without_profiling_their_mentions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Raids of 2015, each told by two outlets: seven mentions name الموصل; one more raid there in 2020
    makes eight and changes the name's weight (weights count in powers of two), and so the score of the
    2015 pairs naming it. Their text and kinds part is kept: only the new mention is profiled, and the
    result is still the merge from scratch."""
    raids = [(PLACES[0], 2)] * 3 + [(PLACES[0], 1)] + [(PLACES[1 + k % 5], 2) for k in range(17)]
    files = []
    for k, (place, tellings) in enumerate([*raids, (PLACES[0], 1)]):
        day = date(2015, 1, 1) + timedelta(days=7 * k) if k < len(raids) else date(2020, 6, 1)
        expression = f"{day.day}/{day.month}/{day.year}"
        text = f"قصفت طائرات التحالف مواقع لتنظيم داعش قرب {place} يوم {expression}."
        files += [
            dated(
                article(text, id=f"raid{k}-{t}.txt#0", published=day, outlet=f"وكالة {t}"),
                (expression, day.isoformat()),
            )
            for t in range(tellings)
        ]
    _, memo = merge_sources(keyed(files[:-1]))
    made, after = merged_items(files, memo, monkeypatch)
    assert {em.article for em in made} == {f"raid{len(raids)}-0.txt#0"}
    assert after.weights[PLACES[0]] != memo.weights[PLACES[0]]
    assert any(PLACES[0] in {e.name for e in em.entities} for em in files[0])  # the raids name it
    assert same_merge(merge_sources(keyed(files), memo=memo), merge_sources(keyed(files)))
