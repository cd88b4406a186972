"""fork_map: the same list as the function called once, made in forked children that inherit the state."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Sequence

import pytest

from chrono import forked


def _tagged(state: Callable[[int], int], items: Sequence[int]) -> list[tuple[int, int]]:
    """Each item through the state's function, with the process that did it."""
    return [(state(i), os.getpid()) for i in items]


def test_forked_children_give_the_same_list_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "LEAST", 3)
    offset = 1000
    state = lambda i: i * i + offset  # noqa: E731 - a lambda cannot be pickled: the children must inherit it
    got = forked.fork_map(_tagged, state, list(range(50)), jobs=2)
    assert [value for value, _ in got] == [i * i + offset for i in range(50)]
    workers = {pid for _, pid in got}
    assert workers and os.getpid() not in workers  # made in children (how many took chunks may vary)


def test_few_items_stay_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "LEAST", 30)
    got = forked.fork_map(_tagged, lambda i: -i, list(range(50)), jobs=2)  # 25 per worker: below LEAST
    assert got == [(-i, os.getpid()) for i in range(50)]


def test_one_job_stays_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "LEAST", 1)
    assert {pid for _, pid in forked.fork_map(_tagged, abs, list(range(10)), jobs=1)} == {os.getpid()}


def test_an_error_in_a_child_reaches_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "LEAST", 1)
    with pytest.raises(ZeroDivisionError):
        forked.fork_map(_tagged, lambda i: 1 // (i - 7), list(range(10)), jobs=2)


@pytest.mark.parametrize("frozen_before", [False, True])
def test_a_callers_frozen_state_stays_frozen_and_nothing_else_does(
    monkeypatch: pytest.MonkeyPatch, frozen_before: bool
) -> None:
    """The build freezes what it loaded until it is done (pipeline.build); fork_map freezes for its children
    and must neither leave its own freeze behind nor undo the caller's."""
    monkeypatch.setattr(forked, "LEAST", 1)
    if frozen_before:
        gc.freeze()
    try:
        forked.fork_map(_tagged, abs, list(range(10)), jobs=2)
        assert (gc.get_freeze_count() > 0) == frozen_before
    finally:
        gc.unfreeze()
