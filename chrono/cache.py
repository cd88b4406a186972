"""The per-file extraction cache: a rebuild re-reads only the files that are new or changed.

One sqlite table maps a key to a file's extraction and its summary (`pipeline.FileSummary`: what the
whole-corpus stages read, without the text), pickled: workers pickle their results anyway to hand them
back, so the cache keeps those very bytes, and unpickling is the quickest way back (at 10,000 articles
JSON took 6 s to write and 3 s to read; pickle 0 s and 2.4 s). A rebuild reads every summary and only
the few extractions it renders anew. Like any pickle, the cache is
trusted like chrono's own code: keep it where only you write (the default is beside the site). The key
hashes the file's bytes, its name in the corpus (article ids contain it) and chrono's code fingerprint
(its version and the digest of its own source), so any change to chrono invalidates every entry and a
stale extraction can never be served; a cache of another layout (SCHEMA) is emptied on opening.

    cache = Cache(Path(".chrono-cache"))
    k = key(data, name)
    cache.summary(k) or cache.put(k, pickle.dumps(extraction), pickle.dumps(summary))
    cache.get(k)  # the extraction
    cache.keep_only(keys_of_this_corpus); cache.close()
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import chrono
from chrono.model import FileExtraction

if TYPE_CHECKING:
    from chrono.summary import FileSummary

T = TypeVar("T")
SCHEMA = 3  # 1: JSON text; 2: pickled bytes; 3: and a summary


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """chrono's version and a digest of every source file of the package: what an extraction depends on."""
    digest = hashlib.sha256(chrono.__version__.encode())
    root = Path(chrono.__file__).parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def key(data: bytes, name: str) -> str:
    return hashlib.sha256(code_fingerprint().encode() + b"\0" + name.encode() + b"\0" + data).hexdigest()


class Cache:
    """A sqlite file of extractions by key. Safe to delete at any time: it only saves work."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(directory / "extractions.sqlite")
        if self._db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA:
            self._db.execute("DROP TABLE IF EXISTS extraction")
            self._db.execute(f"PRAGMA user_version = {SCHEMA}")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS extraction"
            " (key TEXT PRIMARY KEY, data BLOB NOT NULL, summary BLOB NOT NULL)"
        )

    def get(self, k: str) -> FileExtraction | None:
        row = self._db.execute("SELECT data FROM extraction WHERE key = ?", (k,)).fetchone()
        return pickle.loads(row[0]) if row else None

    def summary(self, k: str) -> FileSummary | None:
        row = self._db.execute("SELECT summary FROM extraction WHERE key = ?", (k,)).fetchone()
        return pickle.loads(row[0]) if row else None

    def put(self, k: str, extraction: bytes, summary: bytes) -> None:
        """Store an extraction and its summary, each given pickled."""
        self._db.execute(
            "INSERT OR REPLACE INTO extraction (key, data, summary) VALUES (?, ?, ?)",
            (k, extraction, summary),
        )

    def keep_only(self, keys: set[str]) -> None:
        """Forget every entry but these (files deleted or changed since, or made by another chrono)."""
        stale = [k for (k,) in self._db.execute("SELECT key FROM extraction") if k not in keys]
        self._db.executemany("DELETE FROM extraction WHERE key = ?", [(k,) for k in stale])

    def close(self) -> None:
        self._db.commit()
        self._db.close()


def load_saved(path: Path, fingerprint: str, kind: type[T]) -> T | None:
    """A value `save` wrote at `path` with this `fingerprint`, if it is a `kind`; else None (absent,
    unreadable, or made by another chrono). Trusted like the cache: it is a pickle."""
    gc.disable()  # millions of small objects, none cyclic: collecting while loading only costs time
    try:
        with path.open("rb") as f:
            saved, value = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
        return None
    finally:
        gc.enable()
    return value if saved == fingerprint and isinstance(value, kind) else None


def save(path: Path, fingerprint: str, value: object) -> None:
    """Write `value` whole or not at all: a build killed while saving leaves the previous file."""
    partial = path.with_name(path.name + ".partial")
    with partial.open("wb") as f:
        pickle.dump((fingerprint, value), f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(partial, path)
