"""The I/O edge of ingest: which files a corpus holds, and reading one of them.

    files, problems = corpus_files(Path("examples"))
    loaded = [load_file(path, Path("examples")) for path in files]

Everything after the read is `parse_file`, which is pure. Hidden files and folders (".git", ".chrono-cache")
are not part of a corpus and are passed over silently; other files of an unknown type are reported.
"""

from __future__ import annotations

import os
from pathlib import Path

from chrono.ingest.parse import READERS, Loaded, parse_file

MAX_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024


def corpus_files(root: Path) -> tuple[list[Path], list[str]]:
    """The supported files under `root` (recursively; `root` may be one file), sorted by their corpus path,
    and a problem line for each file that is not supported."""
    found, problems = corpus_listing(root)
    return [path for _, path in found], problems


def corpus_listing(root: Path) -> tuple[list[tuple[str, Path]], list[str]]:
    """`corpus_files` with each file's corpus name (`corpus_name`)."""
    if root.is_file():
        found = [(root.name, root)]
    elif root.is_dir():
        found = []
        _walk(os.fspath(root), "", found)
        found.sort()
    else:
        return [], [f"{root}: no such file or folder"]
    files: list[tuple[str, Path]] = []
    problems: list[str] = []
    for name, path in found:
        if os.path.splitext(name)[1].lower() in READERS:
            files.append((name, path))
        else:
            problems.append(f"{name}: unsupported file type; skipped")
    return files, problems


def _walk(folder: str, prefix: str, found: list[tuple[str, Path]]) -> None:
    """Add every file under `folder` to `found`, named `prefix` + its path under `folder`: like os.walk (a
    link to a folder is not followed, a link to a file is a file), hidden entries passed over. os.scandir
    tells a file from a folder without a stat per file, which os.walk with os.path.isfile made (a tenth of
    a second at 5,000 files); pathlib's per-file overhead was half a second. A folder that cannot be
    listed is passed over, as os.walk does."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                _walk(entry.path, prefix + entry.name + "/", found)
        elif entry.is_file():
            found.append((prefix + entry.name, Path(entry.path)))


def load_file(path: Path, root: Path, max_bytes: int = MAX_BYTES) -> Loaded:
    """Read one corpus file and parse it; a file too large or unreadable is one problem line, skipped."""
    data = read_file(path, root, max_bytes)
    return data if isinstance(data, Loaded) else parse_file(data, corpus_name(path, root))


def read_file(path: Path, root: Path, max_bytes: int = MAX_BYTES, name: str | None = None) -> bytes | Loaded:
    """A corpus file's bytes, or, when it is too large or cannot be read, a skipped `Loaded` saying why.

    Apart from `load_file` for a caller that hashes the bytes before parsing them (a cache keyed by content).
    """
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size <= max_bytes:
                return f.read()
        name = name or corpus_name(path, root)
        return Loaded(
            (), (f"{name}: {size / _MB:.1f} MB, over the {max_bytes / _MB:g} MB limit; skipped",), True
        )
    except OSError as error:
        name = name or corpus_name(path, root)
        return Loaded((), (f"{name}: cannot be read ({error.strerror or error}); skipped",), True)


def corpus_name(path: Path, root: Path) -> str:
    """A file's name in the corpus: its path under `root` in posix form, or its own name when `root` is it."""
    if path == root:
        return path.name
    return os.path.relpath(path, root).replace(os.sep, "/")
