"""What one merge leaves for the next, so that a rebuild after a few new articles redoes only their share.

The merge is a function of its mentions alone; the memo only saves work, and the merge uses an entry only
where its inputs are provably those of the last build (`merge.py`, "Memo"). Every mention is known by an id
unique to its content (`merge.sources`), and the memo holds, per id and per pair of ids, what the merge
worked out:

    memo = MergeMemo.load(path, fingerprint)  # None if absent, unreadable or made by another chrono
    clusters, memo = merge_items(items, since, memo, mentions)
    memo.save(path, fingerprint)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from chrono.cache import load_saved, save

# An item's (first day ordinal, interval-length class, index keys), which decide whom its searches find.
Footprint = tuple[int, int, tuple[str, ...]]


@dataclass
class MergeMemo:
    weights: dict[str, float] = field(default_factory=dict)  # each entity's weight
    footprints: dict[int, Footprint] = field(default_factory=dict)
    near: dict[int, tuple[int, ...]] = field(default_factory=dict)  # the ids an item's own searches found
    scores: dict[int, float | None] = field(default_factory=dict)  # pair -> score, None below its bar

    @classmethod
    def load(cls, path: Path, fingerprint: str) -> MergeMemo | None:
        """The memo saved at `path` by this very chrono (`fingerprint`), else None."""
        return load_saved(path, fingerprint, cls)

    def save(self, path: Path, fingerprint: str) -> None:
        save(path, fingerprint, self)
