"""What the whole-corpus stages need of one file, without its text: a rebuild reads this of every file and
the whole extraction only of the few files it merges or renders anew.

    summary = summarize(extraction)  # pure, made where the extraction is (a worker), cached with it
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from chrono.events.merge import Item, items_of, sources
from chrono.model import EventMention, FileExtraction
from chrono.render.records import ArticleRecord, article_record


@dataclass(frozen=True)
class FileSummary:
    file: str
    key: str  # the file's cache key; "" for a file not read
    problems: tuple[str, ...]
    skipped: bool
    articles: tuple[ArticleRecord, ...]  # in the file's order
    items: tuple[Item, ...]  # its dated mentions, as the merge reads them
    undated: tuple[EventMention, ...]  # its mentions no date places


def summarize(extraction: FileExtraction) -> FileSummary:
    items, undated = items_of(sources(_digest(extraction), extraction.events))
    return FileSummary(
        file=extraction.file,
        key=extraction.key,
        problems=extraction.problems,
        skipped=extraction.skipped,
        articles=tuple(article_record(a) for a in extraction.articles),
        items=tuple(items),
        undated=tuple(undated),
    )


def _digest(extraction: FileExtraction) -> str:
    """What the file gave, digested: its mentions' ids (`merge.sources`) change with it, and only with it.
    Not the cache key, which changes with chrono's code too: ids break ties between pairs that score alike,
    so the same results would have merged differently after any change to the code."""
    given = (
        extraction.file,
        extraction.articles,
        extraction.mentions,
        extraction.events,
        extraction.problems,
    )
    return hashlib.sha256(repr(given).encode()).hexdigest()
