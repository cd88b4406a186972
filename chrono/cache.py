"""The per-file extraction cache: a rebuild re-reads only the files that are new or changed.

One sqlite table maps a key to a file's extraction as JSON. The key hashes the file's bytes, its name in the
corpus (article ids contain it) and chrono's code fingerprint (its version and the digest of its own source),
so any change to chrono invalidates every entry and a stale extraction can never be served.

    cache = Cache(Path(".chrono-cache"))
    k = key(data, name)
    cache.get(k) or cache.put(k, extract_file((data, name)))
    cache.keep_only(keys_of_this_corpus); cache.close()
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from functools import lru_cache
from pathlib import Path

import chrono
from chrono.model import FileExtraction, file_extraction_from_json, to_json


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
        self._db.execute("CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, json TEXT NOT NULL)")

    def get(self, k: str) -> FileExtraction | None:
        row = self._db.execute("SELECT json FROM extraction WHERE key = ?", (k,)).fetchone()
        return file_extraction_from_json(json.loads(row[0])) if row else None

    def put(self, k: str, extraction: FileExtraction) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO extraction (key, json) VALUES (?, ?)",
            (k, json.dumps(to_json(extraction), ensure_ascii=False)),
        )

    def keep_only(self, keys: set[str]) -> None:
        """Forget every entry but these (files deleted or changed since, or made by another chrono)."""
        stale = [k for (k,) in self._db.execute("SELECT key FROM extraction") if k not in keys]
        self._db.executemany("DELETE FROM extraction WHERE key = ?", [(k,) for k in stale])

    def close(self) -> None:
        self._db.commit()
        self._db.close()
