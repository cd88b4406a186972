"""The I/O edge: which files a corpus holds, and reading one."""

from __future__ import annotations

import os
from pathlib import Path

from chrono.ingest import Loaded, corpus_files, load_file, read_file

PAGE = "افتتاح جسر جديد في البصرة\nافتتح محافظ البصرة جسراً جديداً يربط مركز المدينة بقضاء شط العرب."


def test_corpus_files_sorted_recursive_hidden_passed_over_unsupported_reported(tmp_path: Path) -> None:
    for name in ("b.txt", "a/z.jsonl", "a/y.JSON", "a/notes.md", ".git/x.txt", "a/.cache/y.txt", "c/image"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    files, problems = corpus_files(tmp_path)
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a/y.JSON", "a/z.jsonl", "b.txt"]
    assert problems == [
        "a/notes.md: unsupported file type; skipped",
        "c/image: unsupported file type; skipped",
    ]


def test_corpus_files_of_one_file_and_of_nothing(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert corpus_files(page) == ([page], [])
    assert corpus_files(tmp_path / "a.md") == ([], [f"{tmp_path / 'a.md'}: no such file or folder"])
    (tmp_path / "a.md").write_text("# notes", encoding="utf-8")
    assert corpus_files(tmp_path / "a.md") == ([], ["a.md: unsupported file type; skipped"])


def test_load_file_names_articles_by_their_corpus_path(tmp_path: Path) -> None:
    page = tmp_path / "2024" / "03" / "a.txt"
    page.parent.mkdir(parents=True)
    page.write_text(PAGE, encoding="utf-8")
    article = load_file(page, tmp_path).articles[0]
    assert (article.id, article.file) == ("2024/03/a.txt#0", "2024/03/a.txt")
    assert load_file(page, page).articles[0].id == "a.txt#0"


def test_too_large_file_is_not_read(tmp_path: Path) -> None:
    page = tmp_path / "big.txt"
    page.write_bytes(PAGE.encode() * 10_000)
    assert load_file(page, tmp_path, max_bytes=1024 * 1024) == Loaded(
        (), ("big.txt: 1.6 MB, over the 1 MB limit; skipped",), True
    )
    assert not load_file(page, tmp_path).skipped
    assert read_file(page, tmp_path) == PAGE.encode() * 10_000


def test_unreadable_file_is_one_problem(tmp_path: Path) -> None:
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    (tmp_path / "folder.txt").mkdir()
    assert load_file(tmp_path / "link.txt", tmp_path) == Loaded(
        (), ("link.txt: cannot be read (No such file or directory); skipped",), True
    )
    assert load_file(tmp_path / "folder.txt", tmp_path) == Loaded(
        (), ("folder.txt: cannot be read (Is a directory); skipped",), True
    )


def test_corpus_files_follow_links_to_files_not_to_folders(tmp_path: Path) -> None:
    """As os.walk: a link to a file is a file of the corpus (under the link's name), a link to a folder is
    not walked into (it could loop), a dangling link is no file."""
    corpus, elsewhere = tmp_path / "corpus", tmp_path / "elsewhere"
    for name in ("corpus/a/b.txt", "elsewhere/c.txt", "elsewhere/d/e.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    (corpus / "a" / "linked.txt").symlink_to(elsewhere / "c.txt")
    (corpus / "d").symlink_to(elsewhere / "d")
    (corpus / "loop").symlink_to(corpus)
    (corpus / "dangling.txt").symlink_to(elsewhere / "gone.txt")
    files, problems = corpus_files(corpus)
    assert [f.relative_to(corpus).as_posix() for f in files] == ["a/b.txt", "a/linked.txt"]
    assert problems == []
