"""The per-file extraction cache: a rebuild re-reads only the files that are new or changed.

One sqlite table maps a key to a file's extraction, pickled: workers pickle their results anyway to hand
them back, so the cache keeps those very bytes, and unpickling is the quickest way back (at 10,000
articles JSON took 6 s to write and 3 s to read; pickle 0 s and 2.4 s). Like any pickle, the cache is
trusted like chrono's own code: keep it where only you write (the default is beside the site). The key
hashes the file's bytes, its name in the corpus (article ids contain it) and chrono's code fingerprint
(its version and the digest of its own source), so any change to chrono invalidates every entry and a
stale extraction can never be served; a cache of another layout (SCHEMA) is emptied on opening.

    cache = Cache(Path(".chrono-cache"))
    k = key(data, name)
    cache.get(k) or cache.put(k, pickle.dumps(extract_file((data, name))))
    cache.keep_only(keys_of_this_corpus); cache.close()
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from functools import lru_cache
from pathlib import Path

import chrono
from chrono.model import FileExtraction

SCHEMA = 2  # 1: JSON text; 2: pickled bytes


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
        self._db.execute("CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, data BLOB NOT NULL)")

    def get(self, k: str) -> FileExtraction | None:
        row = self._db.execute("SELECT data FROM extraction WHERE key = ?", (k,)).fetchone()
        return pickle.loads(row[0]) if row else None

    def put(self, k: str, pickled: bytes) -> None:
        """Store an extraction given as `pickle.dumps(extraction)`."""
        self._db.execute("INSERT OR REPLACE INTO extraction (key, data) VALUES (?, ?)", (k, pickled))

    def keep_only(self, keys: set[str]) -> None:
        """Forget every entry but these (files deleted or changed since, or made by another chrono)."""
        stale = [k for (k,) in self._db.execute("SELECT key FROM extraction") if k not in keys]
        self._db.executemany("DELETE FROM extraction WHERE key = ?", [(k,) for k in stale])

    def close(self) -> None:
        self._db.commit()
        self._db.close()
