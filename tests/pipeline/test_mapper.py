"""The per-file stage plugs into any map (a thread pool's, a Dask or Ray client's, plain `map`): build() gives
the same events.json with any of them as with the default process pool, and on a rebuild the map is handed
only the files that the cache does not already hold."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from chrono.model import FileExtraction
from chrono.pipeline import Job, build

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FIRST = [
    "2014-06-mosul-falls.txt",
    "2016-06-fallujah-liberated.txt",
    "2019-10-baghdadi-killed.txt",
    "wire.jsonl",
]
ADDED = "2017-12-victory-declared.txt"


class Recorder:
    """A mapper over the built-in map that notes the name of every file it is handed, call by call."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, fn: Callable[[Job], FileExtraction], jobs: Iterable[Job]) -> Iterator[FileExtraction]:
        jobs = list(jobs)
        self.calls.append([name for _, name in jobs])
        return map(fn, jobs)


def _corpus(root: Path) -> Path:
    root.mkdir(parents=True)
    for name in FIRST:
        shutil.copy(EXAMPLES / name, root / name)
    return root


def _events(out: Path) -> dict[str, Any]:
    doc = json.loads((out / "data" / "events.json").read_text(encoding="utf-8"))
    assert doc.pop("generated")
    return doc


def _build(corpus: Path, out: Path, cache: Path, **kwargs: Any) -> dict[str, Any]:
    problems: list[str] = []
    build(corpus, out, report=problems.append, cache_dir=cache, quiet=True, **kwargs)
    assert problems == []
    return _events(out)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("mapper") / "corpus")


@pytest.fixture(scope="module")
def default(corpus: Path) -> dict[str, Any]:
    """events.json from the default mapper: a local pool of two processes."""
    out = corpus.parent / "default"
    return _build(corpus, out / "site", out / "cache", jobs=2)


def test_default_build_has_every_file(default: dict[str, Any]) -> None:
    assert {a["file"] for a in default["articles"]} == set(FIRST)
    assert default["events"]


def test_thread_pool_map_gives_the_same_events(tmp_path: Path, corpus: Path, default: dict[str, Any]) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        got = _build(corpus, tmp_path / "site", tmp_path / "cache", mapper=pool.map)
    assert got == default


def test_plain_map_sees_every_file_once_in_corpus_order(
    tmp_path: Path, corpus: Path, default: dict[str, Any]
) -> None:
    recorder = Recorder()
    got = _build(corpus, tmp_path / "site", tmp_path / "cache", mapper=recorder)
    assert recorder.calls == [sorted(FIRST)]
    assert got == default


def test_lazy_lambda_over_map(tmp_path: Path, corpus: Path, default: dict[str, Any]) -> None:
    seen: list[str] = []
    mapper = lambda fn, jobs: map(lambda job: seen.append(job[1]) or fn(job), jobs)  # noqa: E731
    got = _build(corpus, tmp_path / "site", tmp_path / "cache", mapper=mapper)
    assert seen == sorted(FIRST)
    assert got == default


def test_rebuild_maps_only_new_and_changed_files(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    cache, site = tmp_path / "cache", tmp_path / "site"
    recorder = Recorder()
    _build(corpus, site, cache, mapper=recorder)
    assert recorder.calls == [sorted(FIRST)]

    shutil.copy(EXAMPLES / ADDED, corpus / ADDED)
    changed = corpus / FIRST[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nوقال مصدر أمني إن الهدوء عاد أمس.\n", "utf-8")
    (corpus / FIRST[0]).unlink()
    recorder.calls.clear()
    rebuilt = _build(corpus, site, cache, mapper=recorder)
    assert recorder.calls == [sorted([ADDED, FIRST[1]])]

    recorder.calls.clear()
    again = _build(corpus, site, cache, mapper=recorder)
    assert recorder.calls == []  # everything cached: the map is not called at all
    assert again == rebuilt

    clean = _build(corpus, tmp_path / "clean", tmp_path / "clean-cache", jobs=2)
    assert rebuilt == clean
    assert {a["file"] for a in rebuilt["articles"]} == {ADDED, *FIRST[1:]}
