"""The pure core of ingest: one file's bytes and its corpus path in, its articles and problems out.

    parse_file(Path("corpus/a.txt").read_bytes(), "a.txt")  # Loaded(articles=(...), problems=(), ...)

No I/O and no clock: the pipeline caches this per file by content hash and runs files in parallel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath

from chrono.ingest.decode import decode
from chrono.ingest.page import page_articles
from chrono.ingest.records import Found, json_articles, jsonl_articles
from chrono.model import Article


def _page(text: str, name: str) -> Found:
    return page_articles(text, name), ()


# The readers, by file extension (lower case): a file's text and corpus name in, articles and problems out.
READERS: dict[str, Callable[[str, str], Found]] = {
    ".txt": _page,
    ".jsonl": jsonl_articles,
    ".json": json_articles,
}


@dataclass(frozen=True, slots=True)
class Loaded:
    """What one file gave: its articles, a human line per problem, and whether the whole file was unusable."""

    articles: tuple[Article, ...]
    problems: tuple[str, ...]
    skipped: bool


def parse_file(data: bytes, name: str) -> Loaded:
    """The articles of one file. `name` is its path relative to the corpus root (posix), used for Article.file
    and Article.id; its extension picks the reader. Never raises: bad input becomes problems."""
    reader = READERS.get(PurePosixPath(name).suffix.lower())
    if reader is None:
        return Loaded((), (f"{name}: unsupported file type; skipped",), True)
    decoded = decode(data, name)
    if decoded.text is None:
        return Loaded((), decoded.problems, True)
    articles, problems = reader(decoded.text, name)
    if not articles:
        # The reader's own lines say why (malformed JSON, each bad record); if it gave none, say it here.
        why = problems or (f"{name}: no article found; skipped",)
        return Loaded((), (*decoded.problems, *why), True)
    return Loaded(articles, (*decoded.problems, *problems), False)
