"""The I/O edge of ingest: which files a corpus holds, and reading one of them.

    files, problems = corpus_files(Path("examples"))
    loaded = [load_file(path, Path("examples")) for path in files]

Everything after the read is `parse_file`, which is pure. Hidden files and folders (".git", ".chrono-cache")
are not part of a corpus and are passed over silently; other files of an unknown type are reported.
"""

from __future__ import annotations

from pathlib import Path

from chrono.ingest.parse import READERS, Loaded, parse_file

MAX_BYTES = 20 * 1024 * 1024
_MB = 1024 * 1024


def corpus_files(root: Path) -> tuple[list[Path], list[str]]:
    """The supported files under `root` (recursively; `root` may be one file), sorted by their corpus path,
    and a problem line for each file that is not supported."""
    if root.is_file():
        candidates = [root]
    elif root.is_dir():
        candidates = sorted(
            (p for p in root.rglob("*") if p.is_file() and not _hidden(p.relative_to(root))),
            key=lambda p: p.relative_to(root).as_posix(),
        )
    else:
        return [], [f"{root}: no such file or folder"]
    files: list[Path] = []
    problems: list[str] = []
    for path in candidates:
        if path.suffix.lower() in READERS:
            files.append(path)
        else:
            problems.append(f"{corpus_name(path, root)}: unsupported file type; skipped")
    return files, problems


def load_file(path: Path, root: Path, max_bytes: int = MAX_BYTES) -> Loaded:
    """Read one corpus file and parse it; a file too large or unreadable is one problem line, skipped."""
    data = read_file(path, root, max_bytes)
    return data if isinstance(data, Loaded) else parse_file(data, corpus_name(path, root))


def read_file(path: Path, root: Path, max_bytes: int = MAX_BYTES) -> bytes | Loaded:
    """A corpus file's bytes, or, when it is too large or cannot be read, a skipped `Loaded` saying why.

    Apart from `load_file` for a caller that hashes the bytes before parsing them (a cache keyed by content).
    """
    name = corpus_name(path, root)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Loaded(
                (), (f"{name}: {size / _MB:.1f} MB, over the {max_bytes / _MB:g} MB limit; skipped",), True
            )
        return path.read_bytes()
    except OSError as error:
        return Loaded((), (f"{name}: cannot be read ({error.strerror or error}); skipped",), True)


def corpus_name(path: Path, root: Path) -> str:
    """A file's name in the corpus: its path under `root` in posix form, or its own name when `root` is it."""
    if path == root:
        return path.name
    return path.relative_to(root).as_posix()


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)
