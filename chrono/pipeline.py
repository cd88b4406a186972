"""Runs chrono's stages over a corpus: per file (ingest, dates, event mentions) in parallel and cached, then
over the whole corpus (merge, render).

The per-file stage, `extract_file`, is a pure function of a file's bytes and its name in the corpus, so it is
cached by their hash and can run anywhere; with it, its summary (`summary.py`), all that the whole-corpus
stages read of a file they do not merge or render anew. Any function with the signature of the built-in
`map` runs it: the default is a local process pool; a Dask or Ray cluster plugs in the same way, e.g. with
Dask

    client = distributed.Client(...)
    build(corpus, out, mapper=lambda fn, jobs: client.gather(client.map(fn, list(jobs))), report=print)
"""

from __future__ import annotations

import gc
import os
import pickle
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from chrono import forked, render
from chrono.cache import Cache, code_fingerprint, key, uncollected
from chrono.events import event_mentions
from chrono.events.memo import MergeMemo
from chrono.events.merge import Item, event_of, merge_items
from chrono.ingest import Loaded, corpus_listing, parse_file, read_file
from chrono.model import Article, EventMention, FileExtraction, Mention
from chrono.progress import Progress
from chrono.render.exports import ordered_events, ordered_mentions
from chrono.summary import FileSummary, summarize
from chrono.temporal import find_dates

# In the cache directory, beside the extractions: what the last build's merge and render leave the next.
MERGE_MEMO = "merge.pickle"
MKDOCS = "mkdocs"
# Fewer files than this are extracted in this process: starting workers (each importing chrono) takes
# longer than extracting a few files, the usual rebuild.
POOL_FROM = 16
Report = Callable[[str], None]
Job = tuple[bytes, str]
Mapper = Callable[[Callable[[Job], Any], Iterable[Job]], Iterable[Any]]


def extract_file(job: Job) -> FileExtraction:
    """One file's bytes ingested, dated and made event mentions: pure, the unit of caching and parallelism."""
    data, name = job
    loaded = parse_file(data, name)
    mentions = tuple(tuple(find_dates(a.text, a.published)) for a in loaded.articles)
    events = tuple(e for a, ms in zip(loaded.articles, mentions, strict=True) for e in event_mentions(a, ms))
    return FileExtraction(
        name, loaded.articles, mentions, events, loaded.problems, loaded.skipped, key(data, name)
    )


def _extract_pickled(job: Job) -> tuple[bytes, bytes]:
    """extract_file's result and its summary, pickled where they are made: what a worker sends back, and
    what the cache keeps."""
    extraction = extract_file(job)
    return (
        pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL),
        pickle.dumps(summarize(extraction), protocol=pickle.HIGHEST_PROTOCOL),
    )


def _read(path: Path, root: Path, name: str) -> Job | FileSummary:
    """A file's bytes and corpus name, or a skipped file's summary saying why it could not be read."""
    got = read_file(path, root, name=name)
    if isinstance(got, Loaded):
        return _skipped(name, got.problems)
    return got, name


def _skipped(name: str, problems: tuple[str, ...]) -> FileSummary:
    return FileSummary(name, "", problems, True, (), (), ())


@contextmanager
def local_mapper(jobs: int | None) -> Iterator[Mapper]:
    """A process pool's map over `jobs` workers (one per core by default), or plain map for one."""
    workers = jobs or os.cpu_count() or 1
    if workers == 1:
        yield map
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield lambda fn, items: pool.map(fn, items, chunksize=4)


class CorpusRun:
    """Every corpus file's summary, in corpus order, and each file's extraction on demand: made in this
    run, or read back from the cache (which must stay open while extractions are asked for)."""

    def __init__(self, summaries: list[FileSummary], made: dict[str, FileExtraction], cache: Cache | None):
        self.summaries = summaries
        self._made = made
        self._cache = cache

    def extraction(self, summary: FileSummary) -> FileExtraction:
        if summary.skipped:
            return FileExtraction(summary.file, (), (), (), summary.problems, True)
        got = self._made.get(summary.key)
        if got is None:
            got = self._made[summary.key] = self._cache.get(summary.key) if self._cache else None
        if got is None:
            raise LookupError(f"no extraction of {summary.file}: the cache lost it during the build")
        return got


def scan_corpus(
    root: Path,
    *,
    report: Report,
    jobs: int | None = 1,
    cache: Cache | None = None,
    mapper: Mapper | None = None,
    progress: Progress | None = None,
) -> CorpusRun:
    """Every corpus file's summary: files the cache knows are not extracted again, and the cache keeps only
    this corpus's files; every problem is reported once."""
    listed, problems = corpus_listing(root)
    base = root if root.is_dir() else root.parent
    # A file of an unknown type is skipped like an unreadable one: it counts, and is reported once, below.
    slots: list[FileSummary | None] = [_skipped("", (p,)) for p in problems]
    pending: list[tuple[int, Job, str]] = []
    used: set[str] = set()
    kept = cache.summaries() if cache else {}
    for name, path in listed:
        try:
            stat = os.stat(path)  # before the read: a file changed during it is read again next time
        except OSError:
            stat = None  # _read says why
        k = cache.known(name, stat) if cache and stat else None
        if k not in kept:
            got = _read(path, base, name)
            if isinstance(got, FileSummary):
                slots.append(got)
                continue
            k = key(*got)
            if cache and stat:
                cache.saw(name, stat, k)
            if k not in kept:
                pending.append((len(slots), got, k))
        used.add(k)
        slots.append(pickle.loads(kept[k]) if k in kept else None)
    if progress:
        progress.total(len(slots), done=len(slots) - len(pending))
    made: dict[str, FileExtraction] = {}
    if pending:
        local = jobs if len(pending) >= POOL_FROM else 1
        with local_mapper(local) if mapper is None else _given(mapper) as run:
            for (i, _, k), (extraction, summary) in zip(
                pending, run(_extract_pickled, [j for _, j, _ in pending]), strict=True
            ):
                made[k] = pickle.loads(extraction)
                slots[i] = pickle.loads(summary)
                if cache:
                    cache.put(k, extraction, summary)
                if progress:
                    progress.advance(events=len(made[k].events))
    if cache:
        cache.keep_only(used, {name for name, _ in listed})
    summaries = [s for s in slots if s is not None]
    for result in summaries:
        for problem in result.problems:
            report(problem)
    return CorpusRun(summaries, made, cache)


def extract_corpus(root: Path, *, report: Report, **options: Any) -> list[FileExtraction]:
    """Every corpus file's extraction, in corpus order: `scan_corpus` (with the same options), each
    extraction read."""
    run = scan_corpus(root, report=report, **options)
    return [run.extraction(s) for s in run.summaries]


@contextmanager
def _given(mapper: Mapper) -> Iterator[Mapper]:
    yield mapper


@dataclass(frozen=True, slots=True)
class BuildSummary:
    files: int
    articles: int
    events: int
    undated: int
    skipped: int
    seconds: float
    out: Path

    def describe(self) -> str:
        return (
            f"{self.files} files, {self.articles} articles -> {self.events} events, {self.undated} "
            f"undated; {self.skipped} files skipped; {self.seconds:.1f} s; site in {self.out}"
        )


def build(
    corpus: Path,
    out: Path,
    *,
    report: Report,
    since: int = 2014,
    jobs: int | None = None,
    cache_dir: Path | None = None,
    quiet: bool = False,
    mapper: Mapper | None = None,
) -> BuildSummary:
    """The chronology of a corpus: data files and static site in `out`.

    The new output is written beside `out` and swapped in only once complete, so a build that fails or is
    killed leaves the previous site as it was. What the previous build left in `cache_dir` (extractions,
    the merge memo, the records of its events, the mkdocs build) spares a rebuild everything but what
    changed.
    """
    started = time.perf_counter()
    cache_dir = cache_dir or out.parent / ".chrono-cache"
    cache = Cache(cache_dir)
    progress = Progress(enabled=not quiet and sys.stderr.isatty())
    try:
        # Everything the render is given outlives it, frozen out of the collector's sight until the end.
        with uncollected(freeze=True):
            try:
                run = scan_corpus(
                    corpus, report=report, jobs=jobs, cache=cache, mapper=mapper, progress=progress
                )
            finally:
                progress.close()
            summaries = run.summaries
            owner = {item.id: s for s in summaries for item in s.items}

            def mention(item: Item) -> EventMention:
                return run.extraction(owner[item.id]).events[item.index]

            memo = MergeMemo.load(cache_dir / MERGE_MEMO, code_fingerprint())
            clusters, memo = merge_items((i for s in summaries for i in s.items), since, memo, mention, jobs)
            articles = [a for s in summaries for a in s.articles]
            records = _event_records(cache, clusters, {a.id: a for a in articles}, mention, jobs)
            sources = _article_sources(run)
        staging = out.with_name(out.name + ".building")
        shutil.rmtree(staging, ignore_errors=True)
        render.write_records(
            ordered_events(records),
            ordered_mentions(em for s in summaries for em in s.undated),
            articles,
            sources,
            staging,
            generated=datetime.now(UTC).isoformat(timespec="seconds"),
            previous=out if out.is_dir() else None,
            shells=cache_dir / MKDOCS,
            jobs=jobs,
        )
        old = _swap(staging, out)
        # The old site's thousands of files are removed while the memo is saved.
        remover = threading.Thread(target=shutil.rmtree, args=(old,), kwargs={"ignore_errors": True})
        remover.start()
        memo.save(cache_dir / MERGE_MEMO, code_fingerprint())
        remover.join()
    finally:
        gc.unfreeze()
        cache.close()
    return BuildSummary(
        files=len(summaries),
        articles=len(articles),
        events=len(records),
        undated=sum(len(s.undated) for s in summaries),
        skipped=sum(s.skipped for s in summaries),
        seconds=time.perf_counter() - started,
        out=out,
    )


def _event_records(
    cache: Cache,
    clusters: list[tuple[Item, ...]],
    articles: dict[str, render.ArticleRecord],
    mention: Callable[[Item], EventMention],
    jobs: int | None,
) -> list[render.EventRecord]:
    """Each cluster's event record: the one the cache keeps for the same members (an event is a function of
    its members), else made now (across cores, when there are many) and kept; the records of clusters gone
    are forgotten."""
    fingerprint = render.fingerprint()
    kept = cache.records(fingerprint)
    names = [b"".join(m.id.to_bytes(8, "big") for m in members) for members in clusters]
    new = [members for members, name in zip(clusters, names, strict=True) if name not in kept]
    made = iter(forked.fork_map(_render_events, (articles, mention), new, jobs=jobs))
    fresh: dict[bytes, bytes] = {}
    records: list[render.EventRecord] = []
    for name in names:
        pickled = kept.pop(name, None)
        if pickled is None:
            pickled = fresh[name] = next(made)
        records.append(pickle.loads(pickled))
    cache.keep_records(fingerprint, fresh, kept)  # what is left of `kept` is gone
    return records


def _render_events(
    state: tuple[dict[str, render.ArticleRecord], Callable[[Item], EventMention]],
    clusters: Sequence[tuple[Item, ...]],
) -> list[bytes]:
    """The records of some clusters' events, pickled: as the cache keeps them, and as a worker sends them."""
    articles, mention = state
    card = render.cards()
    return [
        pickle.dumps(
            render.event_record(event_of(members, [mention(m) for m in members]), articles, card),
            protocol=pickle.HIGHEST_PROTOCOL,
        )
        for members in clusters
    ]


def _article_sources(run: CorpusRun) -> list[render.ArticleSource]:
    """Each article's page source: its text read back from its file's extraction only if its page is
    rendered anew."""
    return [
        render.ArticleSource(a.id, f"{s.key}#{i}", partial(_article, run, s, i))
        for s in run.summaries
        for i, a in enumerate(s.articles)
    ]


def _article(run: CorpusRun, summary: FileSummary, index: int) -> tuple[Article, tuple[Mention, ...]]:
    extraction = run.extraction(summary)
    return extraction.articles[index], extraction.mentions[index]


def _swap(new: Path, out: Path) -> Path:
    """Replace `out` by `new` with two renames, so a reader never meets a half-written site: returns where
    the old site went, for the caller to remove."""
    old = out.with_name(out.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    new.rename(out)
    return old
