"""What one merge leaves for the next, so that a rebuild after a few new articles redoes only their share.

The merge is a function of its mentions alone; the memo only saves work, and the merge uses an entry only
where its inputs are provably those of the last build (`merge.py`, "Memo"). Every mention is known by an id
unique to its content (`merge.sources`), and the memo holds, per id and per pair of ids, what the merge
worked out:

    memo = MergeMemo.load(path, fingerprint)  # None if absent, unreadable or made by another chrono
    chronology, memo = merge_sources(sources, since, memo)
    memo.save(path, fingerprint)
"""

from __future__ import annotations

import gc
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

# An item's (first day ordinal, interval-length class, index keys), which decide whom its searches find.
Footprint = tuple[int, int, tuple[str, ...]]


@dataclass(slots=True)
class MergeMemo:
    weights: dict[str, float] = field(default_factory=dict)  # each entity's weight
    footprints: dict[int, Footprint] = field(default_factory=dict)
    near: dict[int, tuple[int, ...]] = field(default_factory=dict)  # the ids an item's own searches found
    scores: dict[int, float | None] = field(default_factory=dict)  # pair -> score, None below its bar
    titles: dict[tuple[int, ...], str] = field(default_factory=dict)  # a cluster's member ids -> its title

    @classmethod
    def load(cls, path: Path, fingerprint: str) -> MergeMemo | None:
        """The memo saved at `path` by this very chrono (`fingerprint`), else None."""
        gc.disable()  # millions of small objects, none cyclic: collecting while loading only costs time
        try:
            with path.open("rb") as f:
                saved, memo = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            return None
        finally:
            gc.enable()
        return memo if saved == fingerprint and isinstance(memo, cls) else None

    def save(self, path: Path, fingerprint: str) -> None:
        """Write the memo whole or not at all: a build killed while saving leaves the previous one."""
        partial = path.with_name(path.name + ".partial")
        with partial.open("wb") as f:
            pickle.dump((fingerprint, self), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)
