"""The per-file extraction cache: a rebuild re-reads only the files that are new or changed.

One sqlite file maps a key to a file's extraction and its summary (`summary.FileSummary`: what the
whole-corpus stages read, without the text), pickled: workers pickle their results anyway to hand them
back, so the cache keeps those very bytes, and unpickling is the quickest way back (at 10,000 articles
JSON took 6 s to write and 3 s to read; pickle 0 s and 2.4 s). A rebuild reads every summary and only
the few extractions it renders anew. Like any pickle, the cache is
trusted like chrono's own code: keep it where only you write (the default is beside the site). The key
hashes the file's bytes, its name in the corpus (article ids contain it) and chrono's code fingerprint
(its version and the digest of its own source), so any change to chrono invalidates every entry and a
stale extraction can never be served; a cache of another layout (SCHEMA) is emptied on opening.

    cache = Cache(Path(".chrono-cache"))
    kept = cache.summaries()
    k = cache.known(name, os.stat(path)) or key(data, name)
    pickle.loads(kept[k]) if k in kept else cache.put(k, pickle.dumps(extraction), pickle.dumps(summary))
    cache.get(k)  # the extraction
    cache.keep_only(keys_of_this_corpus, names_of_this_corpus); cache.close()
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import chrono
from chrono.model import FileExtraction

T = TypeVar("T")
SCHEMA = 5  # 1: JSON text; 2: pickled bytes; 3: and a summary; 4: and event records; 5: tables apart


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
    """A sqlite file of extractions and their summaries by key, of what each corpus file was when last read
    (`known`), and of the records of the last build's events (`records`). Safe to delete at any time: it
    only saves work."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(directory / "extractions.sqlite")
        if self._db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA:
            for table in ("extraction", "summary", "seen", "record"):
                self._db.execute(f"DROP TABLE IF EXISTS {table}")
            self._db.execute(f"PRAGMA user_version = {SCHEMA}")
        # Summaries apart from extractions: a rebuild reads every summary, and sqlite would have to walk
        # past a row's large extraction to reach a column after it.
        self._db.execute("CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS summary (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS seen"
            " (name TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, fingerprint TEXT, key TEXT)"
        )
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS record"
            " (fingerprint TEXT NOT NULL, id BLOB NOT NULL, data BLOB NOT NULL,"
            " PRIMARY KEY (fingerprint, id))"
        )
        self._seen: dict[str, tuple[int, int, str, str]] | None = None

    def get(self, k: str) -> FileExtraction | None:
        row = self._db.execute("SELECT data FROM extraction WHERE key = ?", (k,)).fetchone()
        return pickle.loads(row[0]) if row else None

    def summaries(self) -> dict[str, bytes]:
        """Every summary kept, pickled, by key: one query, where a rebuild asking for each file's would make
        thousands. The cache keeps only the last corpus's files (`keep_only`), so little of it goes unused;
        the caller unpickles only those it uses."""
        return dict(self._db.execute("SELECT key, data FROM summary"))

    def put(self, k: str, extraction: bytes, summary: bytes) -> None:
        """Store an extraction and its summary, each given pickled."""
        self._db.execute("INSERT OR REPLACE INTO extraction (key, data) VALUES (?, ?)", (k, extraction))
        self._db.execute("INSERT OR REPLACE INTO summary (key, data) VALUES (?, ?)", (k, summary))

    def known(self, name: str, stat: os.stat_result) -> str | None:
        """The key of the corpus file `name` when its size and modification time are those it had when
        this chrono last read it (`saw`): the file need not be read again to be known. (Like make and
        rsync, this trusts that a file rewritten with other content gets another modification time.)"""
        if self._seen is None:
            rows = self._db.execute("SELECT name, size, mtime, fingerprint, key FROM seen")
            self._seen = {name: (size, mtime, fp, k) for name, size, mtime, fp, k in rows}
        got = self._seen.get(name)
        if got is None or got[:3] != (stat.st_size, stat.st_mtime_ns, code_fingerprint()):
            return None
        return got[3]

    def saw(self, name: str, stat: os.stat_result, k: str) -> None:
        """Remember that the file `name`, with this size and modification time, has key `k`."""
        if self._seen is not None:
            self._seen[name] = (stat.st_size, stat.st_mtime_ns, code_fingerprint(), k)
        self._db.execute(
            "INSERT OR REPLACE INTO seen (name, size, mtime, fingerprint, key) VALUES (?, ?, ?, ?, ?)",
            (name, stat.st_size, stat.st_mtime_ns, code_fingerprint(), k),
        )

    def keep_only(self, keys: set[str], names: set[str]) -> None:
        """Forget every entry but these keys (files deleted or changed since, or made by another chrono),
        and every file but these names."""
        for table in ("extraction", "summary"):
            stale = [k for (k,) in self._db.execute(f"SELECT key FROM {table}") if k not in keys]
            self._db.executemany(f"DELETE FROM {table} WHERE key = ?", [(k,) for k in stale])
        gone = [n for (n,) in self._db.execute("SELECT name FROM seen") if n not in names]
        self._db.executemany("DELETE FROM seen WHERE name = ?", [(n,) for n in gone])

    def records(self, fingerprint: str) -> dict[bytes, bytes]:
        """The records kept under `fingerprint` (the render's: `render.fingerprint`), pickled, by id; those
        of any other fingerprint are forgotten."""
        # Two ranges of the primary key, not "!=", which sqlite answers by reading the whole table.
        self._db.execute(
            "DELETE FROM record WHERE fingerprint < ? OR fingerprint > ?", (fingerprint, fingerprint)
        )
        return dict(self._db.execute("SELECT id, data FROM record WHERE fingerprint = ?", (fingerprint,)))

    def keep_records(self, fingerprint: str, new: dict[bytes, bytes], gone: Iterable[bytes]) -> None:
        """Add records (pickled, by id) and forget others: each build writes only what changed."""
        self._db.executemany(
            "DELETE FROM record WHERE fingerprint = ? AND id = ?", [(fingerprint, i) for i in gone]
        )
        self._db.executemany(
            "INSERT OR REPLACE INTO record (fingerprint, id, data) VALUES (?, ?, ?)",
            [(fingerprint, i, data) for i, data in new.items()],
        )

    def close(self) -> None:
        self._db.commit()
        self._db.close()


@contextmanager
def uncollected(*, freeze: bool = False) -> Iterator[None]:
    """No garbage collection while loading or merging: hundreds of thousands of small objects, none cyclic,
    which the collector would walk again and again (twice the loading time) to free nothing.

    With `freeze`, what the block made stays out of the collector's sight after it too (`gc.freeze`), until
    the caller's `gc.unfreeze()`: without, the first collections after the block walk all of it, from the
    youngest generation to the oldest (0.8 s of a rebuild at 10,000 articles). Frozen before collection
    resumes: the first allocation after would start one."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


def load_saved(path: Path, fingerprint: str, kind: type[T]) -> T | None:
    """A value `save` wrote at `path` with this `fingerprint`, if it is a `kind`; else None (absent,
    unreadable, or made by another chrono). Trusted like the cache: it is a pickle."""
    with uncollected():
        try:
            with path.open("rb") as f:
                saved, value = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            return None
    return value if saved == fingerprint and isinstance(value, kind) else None


def save(path: Path, fingerprint: str, value: object) -> None:
    """Write `value` whole or not at all: a build killed while saving leaves the previous file."""
    partial = path.with_name(path.name + ".partial")
    with partial.open("wb") as f:
        pickle.dump((fingerprint, value), f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(partial, path)
