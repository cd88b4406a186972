"""The whole-corpus stages' work split across local cores: rendering thousands of events and article pages
from what this process already holds in memory.

The per-file stage's workers (pipeline.py) are started before the merge and would have to be sent every
mention again; children forked after it inherit the build's state as it is, so only each chunk's indexes
go out and its results come back.

    made = fork_map(render_chunk, state, work, jobs=2)  # == render_chunk(state, work)
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

# Chunks per worker: a few, so that a worker given slow items does not keep the others waiting.
CHUNKS_PER_WORKER = 4
# Fewer items per worker than this are done in this process: forking and sending results cost more.
LEAST = 200
_state: Any = None
S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")


def fork_map(
    fn: Callable[[S, Sequence[T]], list[R]],
    state: S,
    items: Sequence[T],
    *,
    jobs: int | None,
) -> list[R]:
    """`fn(state, items)`, its work split into chunks run in `jobs` forked processes (one per core by
    default) that inherit `state` (it is never pickled): the same list, in the same order. `fn` must be a
    module's function; items and results are pickled. In this process when there are fewer than LEAST items
    per worker, or where processes cannot be forked."""
    workers = min(jobs or os.cpu_count() or 1, len(items) // LEAST)
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return fn(state, items)
    size = -(-len(items) // (workers * CHUNKS_PER_WORKER))
    chunks = [items[k : k + size] for k in range(0, len(items), size)]
    context = multiprocessing.get_context("fork")
    # Frozen, the objects the children inherit are never visited by their garbage collector, which would
    # touch, and so copy, every page of the heap they share with this process. A caller that froze its own
    # state (pipeline.build) unfreezes it itself, when done with it.
    frozen = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        with context.Pool(workers, initializer=_inherit, initargs=(state,)) as pool:
            parts = pool.map(_call, [(fn, chunk) for chunk in chunks], chunksize=1)
    finally:
        if not frozen:
            gc.unfreeze()
    return [r for part in parts for r in part]


def _inherit(state: Any) -> None:
    global _state
    _state = state


def _call(job: tuple[Callable[[Any, Sequence[T]], list[R]], Sequence[T]]) -> list[R]:
    fn, chunk = job
    return fn(_state, chunk)
