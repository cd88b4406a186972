"""Bad bytes, written to files as a crawler would leave them: each case gives one clear line, and text that
can still be read is kept."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chrono.ingest import Loaded, load_file, parse_file

PAGE = "افتتاح جسر جديد في البصرة\nافتتح محافظ البصرة جسراً جديداً يربط مركز المدينة بقضاء شط العرب."


def _load(tmp_path: Path, data: bytes, name: str = "x.txt") -> Loaded:
    (tmp_path / name).write_bytes(data)
    return load_file(tmp_path / name, tmp_path)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "x.txt: empty file; skipped"),
        (b" \n\t\r\n", "x.txt: empty file; skipped"),
        (codecs.BOM_UTF8 + b"\n", "x.txt: empty file; skipped"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.txt: binary data (NUL bytes), not text; skipped"),
        (bytes(range(1, 32)) * 10 + "نص".encode(), "x.txt: binary data, not text; skipped"),
        (bytes(range(1, 256)) * 4, "x.txt: not text (neither UTF-8 nor cp1256); skipped"),
    ],
    ids=["empty", "blank", "BOM only", "NUL bytes", "control characters", "random bytes"],
)
def test_unusable_bytes_give_one_line_and_are_skipped(tmp_path: Path, data: bytes, problem: str) -> None:
    assert _load(tmp_path, data) == Loaded((), (problem,), True)


def test_utf8_bom_is_not_text(tmp_path: Path) -> None:
    loaded = _load(tmp_path, codecs.BOM_UTF8 + PAGE.encode())
    assert (loaded.articles[0].title, loaded.problems) == ("افتتاح جسر جديد في البصرة", ())


def test_cp1256_page_is_read_and_reported(tmp_path: Path) -> None:
    loaded = _load(tmp_path, PAGE.encode("cp1256"))
    assert loaded.problems == ("x.txt: not UTF-8; read as cp1256",)
    assert loaded.articles[0].title == "افتتاح جسر جديد في البصرة"
    assert loaded.articles[0].text == PAGE.split("\n")[1]


def test_utf8_cut_inside_its_last_character_keeps_the_text(tmp_path: Path) -> None:
    loaded = _load(tmp_path, PAGE.encode().removesuffix(b".") + "ب".encode()[:1])
    assert loaded.problems == ("x.txt: ends inside a UTF-8 character; its last 1 byte(s) dropped",)
    assert loaded.articles[0].text == PAGE.split("\n")[1][:-1]
    assert not loaded.skipped


def test_utf8_with_a_stray_byte_stays_utf8(tmp_path: Path) -> None:
    loaded = _load(tmp_path, PAGE.encode().replace("جسر".encode(), "جسر".encode() + b"\xff", 1))
    assert loaded.problems == ("x.txt: 1 invalid UTF-8 sequence(s) replaced by U+FFFD",)
    assert loaded.articles[0].title == "افتتاح جسر\ufffd جديد في البصرة"


def test_utf16_with_its_byte_order_mark_is_read(tmp_path: Path) -> None:
    loaded = _load(tmp_path, PAGE.encode("utf-16"))
    assert [(a.title, a.text) for a in loaded.articles] == [tuple(PAGE.split("\n"))]
    assert loaded.problems == ()


def test_unsupported_extension(tmp_path: Path) -> None:
    assert _load(tmp_path, PAGE.encode(), "x.html") == Loaded(
        (), ("x.html: unsupported file type; skipped",), True
    )


# No deadline: the first example pays for loading dateparser's data (about half a second).
@settings(deadline=None)
@given(data=st.binary(max_size=2000), extension=st.sampled_from([".txt", ".jsonl", ".json", ".pdf"]))
def test_any_bytes_never_raise(data: bytes, extension: str) -> None:
    loaded = parse_file(data, f"any{extension}")
    assert all("\n" not in p for p in loaded.problems)
    assert loaded.skipped == (not loaded.articles)


_ARABIC_LINES = st.lists(
    st.text(
        alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءأإآةى٠١٢٣0123/:.-–ـ|•،؟")), max_size=80
    ),
    max_size=12,
)


@settings(deadline=None)
@given(lines=_ARABIC_LINES)
def test_any_arabic_like_page_never_raises(lines: list[str]) -> None:
    """Random bytes rarely decode to Arabic; pages built of Arabic letters, digits and dashes reach the
    dateline, byline and segmentation rules."""
    loaded = parse_file("\n".join(lines).encode(), "page.txt")
    assert loaded.skipped == (not loaded.articles)
    assert all(a.text for a in loaded.articles)
