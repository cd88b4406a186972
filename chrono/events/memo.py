"""What one merge leaves for the next, so that a rebuild after a few new articles redoes only their share.

The merge is a function of its mentions alone; the memo only saves work, and the merge uses an entry only
where its inputs are provably those of the last build (`merge.py`, "Memo"). Every mention is known by an id
unique to its content (`merge.sources`), and the memo holds, per id, what the merge worked out:

    memo = MergeMemo.load(path, fingerprint)  # None if absent, unreadable or made by another chrono
    clusters, memo = merge_items(items, since, memo, mentions)
    memo.save(path, fingerprint)

Lists of ids and scores are kept packed (`ids`, `pack_ids`, ...): a 10,000-article corpus has some 300,000
pairs, which as Python objects would take longer to load than the rebuild they save.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from chrono.cache import load_saved, save
from chrono.events.forest import Links

# An item's (first day ordinal, interval-length class, index keys), which decide whom its searches find.
# The keys are kept as one UTF-8 string (`pack_keys`): a dozen strings per item took longer to load.
Footprint = tuple[int, int, bytes]
_KEY_SEP = "\x1f"
BELOW_BAR = -1  # a pair's score, in millionths, where it falls short of its bar


@dataclass
class MergeMemo:
    weights: dict[str, float] = field(default_factory=dict)  # each entity's weight
    footprints: dict[int, Footprint] = field(default_factory=dict)
    # an index key -> its items by length class, each by first day (merge._Keyed.packed)
    keyed: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)
    near: dict[int, bytes] = field(default_factory=dict)  # the ids an item's own searches found
    partners: dict[int, bytes] = field(default_factory=dict)  # every id it was compared with
    scores: dict[int, bytes] = field(default_factory=dict)  # those pairs' scores, in millionths, or BELOW_BAR
    # and the part of them that names' weights do not change (text and kinds): a reweighed pair's new
    # score needs no profile (merge._judged)
    texts: dict[int, bytes] = field(default_factory=dict)
    links: Links = field(default_factory=dict)  # the clustering's history (forest.py)

    @classmethod
    def load(cls, path: Path, fingerprint: str) -> MergeMemo | None:
        """The memo saved at `path` by this very chrono (`fingerprint`), else None."""
        return load_saved(path, fingerprint, cls)

    def save(self, path: Path, fingerprint: str) -> None:
        save(path, fingerprint, self)


def pack_keys(keys: Iterable[str]) -> bytes:
    return _KEY_SEP.join(keys).encode()


def footprint_keys(footprint: Footprint) -> list[str]:
    return footprint[2].decode().split(_KEY_SEP)


def _packing(typecode: str) -> tuple[Callable[[Iterable[int]], bytes], Callable[[bytes], list[int]]]:
    """A way to pack ints into bytes (an array of `typecode`) and to read them back."""

    def pack(values: Iterable[int]) -> bytes:
        return array(typecode, values).tobytes()

    def unpack(packed: bytes) -> list[int]:
        got = array(typecode)
        got.frombytes(packed)
        return got.tolist()

    return pack, unpack


pack_ids, ids = _packing("Q")  # ids: 64 bits, unsigned
pack_ints, ints = _packing("q")  # day ordinals, lengths and counts
pack_scores, scores = _packing("i")  # millionths, BELOW_BAR
