"""Runs chrono's stages over a corpus: per file (ingest, dates, event mentions) in parallel and cached, then
over the whole corpus (merge, render).

The per-file stage, `extract_file`, is a pure function of a file's bytes and its name in the corpus, so it is
cached by their hash and can run anywhere. Any function with the signature of the built-in `map` runs it: the
default is a local process pool; a Dask or Ray cluster plugs in the same way, e.g. with Dask

    client = distributed.Client(...)
    build(corpus, out, mapper=lambda fn, jobs: client.gather(client.map(fn, list(jobs))), report=print)
"""

from __future__ import annotations

import os
import pickle
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from chrono.cache import Cache, code_fingerprint, key
from chrono.events import event_mentions
from chrono.events.memo import MergeMemo
from chrono.events.merge import merge_sources, sources
from chrono.ingest import Loaded, corpus_files, corpus_name, parse_file, read_file
from chrono.model import FileExtraction
from chrono.progress import Progress
from chrono.temporal import find_dates

Report = Callable[[str], None]
Job = tuple[bytes, str]
Mapper = Callable[[Callable[[Job], FileExtraction], Iterable[Job]], Iterable[FileExtraction]]


def extract_file(job: Job) -> FileExtraction:
    """One file's bytes ingested, dated and made event mentions: pure, the unit of caching and parallelism."""
    data, name = job
    loaded = parse_file(data, name)
    mentions = tuple(tuple(find_dates(a.text, a.published)) for a in loaded.articles)
    events = tuple(e for a, ms in zip(loaded.articles, mentions, strict=True) for e in event_mentions(a, ms))
    return FileExtraction(
        name, loaded.articles, mentions, events, loaded.problems, loaded.skipped, key(data, name)
    )


def _extract_pickled(job: Job) -> bytes:
    """extract_file's result pickled where it is made: what a worker sends back, and what the cache keeps."""
    return pickle.dumps(extract_file(job), protocol=pickle.HIGHEST_PROTOCOL)


def _read(path: Path, root: Path) -> Job | FileExtraction:
    """A file's bytes and corpus name, or a skipped extraction saying why it could not be read."""
    name = corpus_name(path, root)
    got = read_file(path, root)
    if isinstance(got, Loaded):
        return FileExtraction(name, (), (), (), got.problems, True)
    return got, name


@contextmanager
def local_mapper(jobs: int | None) -> Iterator[Mapper]:
    """A process pool's map over `jobs` workers (one per core by default), or plain map for one."""
    workers = jobs or os.cpu_count() or 1
    if workers == 1:
        yield map
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield lambda fn, items: pool.map(fn, items, chunksize=4)


def extract_corpus(
    root: Path,
    *,
    report: Report,
    jobs: int | None = 1,
    cache: Cache | None = None,
    mapper: Mapper | None = None,
    progress: Progress | None = None,
) -> list[FileExtraction]:
    """Every corpus file's extraction, in corpus order. Cached files are not re-read by any stage, and the
    cache keeps only this corpus's files; every problem is reported once."""
    paths, problems = corpus_files(root)
    base = root if root.is_dir() else root.parent
    # A file of an unknown type is skipped like an unreadable one: it counts, and is reported once, below.
    slots: list[FileExtraction | None] = [FileExtraction("", (), (), (), (p,), True) for p in problems]
    pending: list[tuple[int, Job, str]] = []
    used: set[str] = set()
    for path in paths:
        got = _read(path, base)
        if isinstance(got, FileExtraction):
            slots.append(got)
            continue
        k = key(*got)
        used.add(k)
        slots.append(cache.get(k) if cache else None)
        if slots[-1] is None:
            pending.append((len(slots) - 1, got, k))
    if progress:
        progress.total(len(slots), done=len(slots) - len(pending))
    if pending:
        with local_mapper(jobs) if mapper is None else _given(mapper) as run:
            for (i, _, k), pickled in zip(
                pending, run(_extract_pickled, [j for _, j, _ in pending]), strict=True
            ):
                slots[i] = result = pickle.loads(pickled)
                if cache:
                    cache.put(k, pickled)
                if progress:
                    progress.advance(events=len(result.events))
    if cache:
        cache.keep_only(used)
    results = [s for s in slots if s is not None]
    for result in results:
        for problem in result.problems:
            report(problem)
    return results


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
    killed leaves the previous site as it was.
    """
    from chrono.render import write_site  # jinja2, plotly and mkdocs load only for a build

    started = time.perf_counter()
    cache_dir = cache_dir or out.parent / ".chrono-cache"
    cache = Cache(cache_dir)
    progress = Progress(enabled=not quiet and sys.stderr.isatty())
    try:
        extractions = extract_corpus(
            corpus, report=report, jobs=jobs, cache=cache, mapper=mapper, progress=progress
        )
    finally:
        progress.close()
        cache.close()
    articles = [a for e in extractions for a in e.articles]
    mentions = {a.id: ms for e in extractions for a, ms in zip(e.articles, e.mentions, strict=True)}
    memo_path = cache_dir / "merge.pickle"
    chronology, memo = merge_sources(
        (s for e in extractions for s in sources(e.key, e.events)),
        since,
        MergeMemo.load(memo_path, code_fingerprint()),
    )
    staging = out.with_name(out.name + ".building")
    shutil.rmtree(staging, ignore_errors=True)
    write_site(
        chronology,
        articles,
        mentions,
        staging,
        generated=datetime.now(UTC).isoformat(timespec="seconds"),
        previous=out if out.is_dir() else None,
    )
    _swap(staging, out)
    memo.save(memo_path, code_fingerprint())
    return BuildSummary(
        files=len(extractions),
        articles=len(articles),
        events=len(chronology.events),
        undated=len(chronology.undated),
        skipped=sum(e.skipped for e in extractions),
        seconds=time.perf_counter() - started,
        out=out,
    )


def _swap(new: Path, out: Path) -> None:
    """Replace `out` by `new` with two renames, so a reader never meets a half-written site."""
    old = out.with_name(out.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    new.rename(out)
    shutil.rmtree(old, ignore_errors=True)
