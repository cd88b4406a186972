"""Regeneration: a rebuild after adding, changing or deleting files equals a clean build; two clean builds
are byte-identical but for the one build-time field; a failed build leaves the previous site in place."""

from __future__ import annotations

import errno
import gc
import json
import os
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from chrono import forked, pipeline, render
from chrono.cache import Cache, key
from chrono.pipeline import build, extract_corpus
from chrono.render import site as render_site
from chrono.summary import summarize

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _corpus(tmp_path: Path, names: list[str]) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(EXAMPLES / name, corpus / name)
    return corpus


def _snapshot(out: Path) -> dict[str, bytes]:
    """Every file of a built output, with the build-time field blanked."""
    files = {}
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.name == "events.json":
            doc = json.loads(data)
            doc["generated"] = None
            data = json.dumps(doc, ensure_ascii=False, sort_keys=True).encode()
        files[path.relative_to(out).as_posix()] = data
    return files


def _build(corpus: Path, out: Path, cache: Path) -> pipeline.BuildSummary:
    return build(corpus, out, report=lambda _: None, jobs=1, cache_dir=cache, quiet=True)


@pytest.fixture(scope="module")
def names() -> list[str]:
    return sorted(p.name for p in EXAMPLES.glob("*.txt"))[:4]


def test_two_clean_builds_are_identical(tmp_path: Path, names: list[str]) -> None:
    corpus = _corpus(tmp_path, names)
    _build(corpus, tmp_path / "a", tmp_path / "cache-a")
    _build(corpus, tmp_path / "b", tmp_path / "cache-b")
    a, b = _snapshot(tmp_path / "a"), _snapshot(tmp_path / "b")
    assert a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []


def test_rebuild_after_add_change_delete_equals_clean_build(tmp_path: Path, names: list[str]) -> None:
    corpus = _corpus(tmp_path, names[:3])
    cache = tmp_path / "cache"
    _build(corpus, tmp_path / "site", cache)
    shutil.copy(EXAMPLES / names[3], corpus / names[3])  # added
    (corpus / names[0]).unlink()  # deleted
    changed = corpus / names[1]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nوقال مصدر أمني إن الهدوء عاد أمس.\n", encoding="utf-8"
    )
    _build(corpus, tmp_path / "site", cache)
    clean = tmp_path / "clean"
    _build(corpus, clean, tmp_path / "cache-clean")
    assert _snapshot(tmp_path / "site") == _snapshot(clean)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "cache-clean", "clean", "corpus", "site"]
    files = {
        m["file"]
        for e in json.loads((clean / "data/events.json").read_text())["events"]
        for m in e["mentions"]
    }
    assert names[0] not in files and names[3] in files


def test_rebuild_reads_only_what_changed(
    tmp_path: Path, names: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path, names[:2])
    cache = Cache(tmp_path / "cache")
    extract_corpus(corpus, report=lambda _: None, cache=cache)
    shutil.copy(EXAMPLES / names[2], corpus / names[2])
    extracted: list[str] = []
    real = pipeline.extract_file
    monkeypatch.setattr(pipeline, "extract_file", lambda job: extracted.append(job[1]) or real(job))
    results = extract_corpus(corpus, report=lambda _: None, cache=cache)
    cache.close()
    assert extracted == [names[2]]
    assert [r.file for r in results] == sorted(names[:3])


def test_files_as_last_seen_are_not_read_and_touched_ones_not_extracted(
    tmp_path: Path, names: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file whose size and modification time are those of its last read is known without reading it; a
    file only touched (new time, same bytes) is read again but, its key unchanged, not extracted."""
    corpus = _corpus(tmp_path, names[:3])
    cache = Cache(tmp_path / "cache")
    first = extract_corpus(corpus, report=lambda _: None, cache=cache)
    touched = corpus / names[1]
    later = touched.stat().st_mtime_ns + 10**9
    os.utime(touched, ns=(later, later))
    read: list[str] = []
    extracted: list[str] = []
    real_read, real_extract = pipeline._read, pipeline.extract_file
    monkeypatch.setattr(
        pipeline, "_read", lambda path, root, name: read.append(name) or real_read(path, root, name)
    )
    monkeypatch.setattr(pipeline, "extract_file", lambda job: extracted.append(job[1]) or real_extract(job))
    again = extract_corpus(corpus, report=lambda _: None, cache=cache)
    cache.close()
    assert (read, extracted) == ([names[1]], [])
    assert again == first


def test_a_rebuild_renders_only_new_events_and_keeps_the_mkdocs_build(
    tmp_path: Path, names: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path, names[:3])
    out, cache = tmp_path / "site", tmp_path / "cache"
    _build(corpus, out, cache)
    before = _snapshot(out)
    rendered: list[str] = []
    built: list[Path] = []
    real_record, real_mkdocs = render.event_record, render_site._mkdocs
    monkeypatch.setattr(render, "event_record", lambda e, *a: rendered.append(e.id) or real_record(e, *a))
    monkeypatch.setattr(
        render_site,
        "_mkdocs",
        lambda c, docs, nav, site: built.append(site) or real_mkdocs(c, docs, nav, site),
    )
    _build(corpus, out, cache)
    assert (rendered, built) == ([], [])
    assert _snapshot(out) == before
    shutil.copy(EXAMPLES / names[3], corpus / names[3])
    summary = _build(corpus, out, cache)
    assert 0 < len(rendered) < summary.events


def test_a_cache_on_another_file_system_is_copied_not_linked(
    tmp_path: Path, names: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hard links cannot cross file systems (EXDEV): the kept mkdocs build and unchanged pages are copied."""
    corpus = _corpus(tmp_path, names[:2])
    _build(corpus, tmp_path / "linked", tmp_path / "cache-linked")

    def cross_device(source: object, target: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(render_site.os, "link", cross_device)
    out = tmp_path / "copied"
    _build(corpus, out, tmp_path / "cache-copied")
    _build(corpus, out, tmp_path / "cache-copied")  # a rebuild: the kept shells and pages are copied too
    assert _snapshot(out) == _snapshot(tmp_path / "linked")


def test_failed_build_leaves_previous_site(
    tmp_path: Path, names: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path, names[:2])
    out = tmp_path / "site"
    _build(corpus, out, tmp_path / "cache")
    before = _snapshot(out)

    def killed(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # the build is stopped while the site is being written

    monkeypatch.setattr("chrono.render.write_records", killed)
    shutil.copy(EXAMPLES / names[2], corpus / names[2])
    with pytest.raises(KeyboardInterrupt):
        _build(corpus, out, tmp_path / "cache")
    assert _snapshot(out) == before


def test_parallel_extraction_equals_serial(
    tmp_path: Path, names: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path, names)
    workers: list[int | None] = []
    real = pipeline.local_mapper
    monkeypatch.setattr(pipeline, "local_mapper", lambda jobs: workers.append(jobs) or real(jobs))
    serial = extract_corpus(corpus, report=lambda _: None, jobs=1)
    monkeypatch.setattr(pipeline, "POOL_FROM", 1)
    parallel = extract_corpus(corpus, report=lambda _: None, jobs=2)
    assert workers == [1, 2]
    assert serial == parallel


def test_rendering_and_scoring_across_forked_workers_equals_serial(
    tmp_path: Path, names: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path, names)
    _build(corpus, tmp_path / "serial", tmp_path / "cache-serial")
    forks: list[str] = []
    real = forked.fork_map
    monkeypatch.setattr(forked, "LEAST", 1)
    monkeypatch.setattr(
        forked, "fork_map", lambda fn, *a, **k: forks.append(fn.__name__) or real(fn, *a, **k)
    )
    build(
        corpus, tmp_path / "forked", report=lambda _: None, jobs=2, cache_dir=tmp_path / "cache", quiet=True
    )
    assert sorted(set(forks)) == ["_render_articles", "_render_events", "_scores"]
    assert _snapshot(tmp_path / "forked") == _snapshot(tmp_path / "serial")


def test_a_few_files_are_extracted_without_starting_workers(
    tmp_path: Path, names: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path, names[: pipeline.POOL_FROM - 1])
    workers: list[int | None] = []
    real = pipeline.local_mapper
    monkeypatch.setattr(pipeline, "local_mapper", lambda jobs: workers.append(jobs) or real(jobs))
    extract_corpus(corpus, report=lambda _: None, jobs=2)
    assert workers == [1]


def test_a_cache_of_an_older_layout_is_emptied_not_read(tmp_path: Path, names: list[str]) -> None:
    corpus = _corpus(tmp_path, names[:1])
    (tmp_path / "cache").mkdir()
    db = sqlite3.connect(tmp_path / "cache" / "extractions.sqlite")
    db.execute("CREATE TABLE extraction (key TEXT PRIMARY KEY, json TEXT NOT NULL)")
    db.execute("INSERT INTO extraction VALUES ('k', '{}')")
    db.commit()
    db.close()
    cache = Cache(tmp_path / "cache")
    assert cache.get("k") is None
    results = extract_corpus(corpus, report=lambda _: None, cache=cache)
    cache.close()
    again = Cache(tmp_path / "cache")
    assert [again.get(key((corpus / names[0]).read_bytes(), names[0]))] == results
    again.close()


def test_rebuild_reuses_unchanged_article_pages(tmp_path: Path, names: list[str]) -> None:
    """An article page whose inputs did not change is the previous build's file (hard-linked, same inode);
    a page whose article changed is written anew, and the result equals a clean build (test above)."""
    corpus = _corpus(tmp_path, names[:2])
    out = tmp_path / "site"
    _build(corpus, out, tmp_path / "cache")
    inodes = {p.name: p.stat().st_ino for p in (out / "articles").iterdir()}
    changed = corpus / names[1]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nوقال مصدر أمني إن الهدوء عاد أمس.\n", encoding="utf-8"
    )
    _build(corpus, out, tmp_path / "cache")
    after = {p.name: p.stat().st_ino for p in (out / "articles").iterdir()}
    untouched = [n for n in inodes if n.startswith(names[0].replace(".txt", "-txt-"))]
    assert untouched and all(after[n] == inodes[n] for n in untouched)
    assert [n for n in after if after[n] != inodes.get(n)]  # the changed file's new or rewritten pages


def test_summaries_from_the_cache_equal_fresh_ones_after_add_change_touch_delete(
    tmp_path: Path, names: list[str]
) -> None:
    """The summaries a rebuild reads back from the cache (all in one query) are those a scan without a cache
    makes, file for file, after a file is added, one changed, one touched and one deleted; the cache then
    keeps the summaries of this corpus's files only."""
    corpus = _corpus(tmp_path, names[:3])
    cache = Cache(tmp_path / "cache")
    pipeline.scan_corpus(corpus, report=lambda _: None, cache=cache)
    shutil.copy(EXAMPLES / names[3], corpus / names[3])
    (corpus / names[0]).unlink()
    changed = corpus / names[1]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nوقال مصدر أمني إن الهدوء عاد أمس.\n", encoding="utf-8"
    )
    touched = corpus / names[2]
    later = touched.stat().st_mtime_ns + 10**9
    os.utime(touched, ns=(later, later))
    rebuilt = pipeline.scan_corpus(corpus, report=lambda _: None, cache=cache).summaries
    kept = cache.summaries()
    cache.close()
    fresh = pipeline.scan_corpus(corpus, report=lambda _: None).summaries
    assert rebuilt == fresh
    assert [s.file for s in rebuilt] == sorted(names[1:4])
    assert sorted(kept) == sorted(s.key for s in fresh)


def test_the_render_collects_its_garbage_but_never_walks_the_loaded_corpus(
    tmp_path: Path, names: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the site is written the collector runs, with what was loaded and merged frozen out of its
    sight; after the build, done or failed, nothing is left frozen and collection is as it was."""
    corpus = _corpus(tmp_path, names[:2])
    seen: list[tuple[bool, int]] = []
    real = render.write_records

    def watched(*args: object, **kwargs: object) -> None:
        seen.append((gc.isenabled(), gc.get_freeze_count()))
        real(*args, **kwargs)

    monkeypatch.setattr(render, "write_records", watched)
    _build(corpus, tmp_path / "site", tmp_path / "cache")
    assert seen[0][0] and seen[0][1] > 0
    assert (gc.isenabled(), gc.get_freeze_count()) == (True, 0)

    def killed(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(render, "write_records", killed)
    with pytest.raises(KeyboardInterrupt):
        _build(corpus, tmp_path / "site", tmp_path / "cache")
    assert (gc.isenabled(), gc.get_freeze_count()) == (True, 0)


def test_records_of_another_render_are_forgotten_and_this_ones_kept(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    for fingerprint in ("a", "b", "c"):
        cache.keep_records(fingerprint, {b"1": fingerprint.encode(), b"2": b"x"}, [])
    cache.keep_records("b", {}, [b"2"])
    assert cache.records("b") == {b"1": b"b"}
    assert cache.records("a") == {} and cache.records("c") == {}  # forgotten when "b" was asked for
    cache.close()


def test_mention_ids_follow_what_a_file_gave_not_the_code_that_read_it(names: list[str]) -> None:
    """Ids break ties between pairs that score alike: a change to chrono that leaves a file's results as
    they were must not merge them otherwise."""
    data = (EXAMPLES / names[0]).read_bytes()
    extraction = pipeline.extract_file((data, names[0]))
    ids = [item.id for item in summarize(extraction).items]
    assert ids and ids == [item.id for item in summarize(replace(extraction, key="another chrono")).items]
    more = pipeline.extract_file((data + "\nوقال مصدر أمني إن الهدوء عاد أمس.\n".encode(), names[0]))
    assert not set(ids) & {item.id for item in summarize(more).items}
