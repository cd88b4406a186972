"""Any text and any publication date: no exception, spans inside the text, well-formed values."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from chrono.temporal import find_dates
from chrono.temporal.timex import VALUE

# Arabic letters, digits of both kinds, and the punctuation news uses, so that rules actually fire.
ARABIC = st.lists(
    st.sampled_from(
        list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ٠١٢٣٤٥٦٧٨٩0123456789/.-،,()«»:\n")
        + [
            "يناير ",
            "كانون الأول ",
            "اليوم ",
            "أمس ",
            "الماضي ",
            "المقبل ",
            "2017 ",
            "رمضان ",
            "عام ",
            "الخميس ",
            "قبل ",
            "ثلاثة ",
            "أيام ",
            "منتصف ",
            "أواخر ",
            "سنوات ",
            "ونصف ",
            "هـ ",
            "آنذاك ",
        ]
    ),
    max_size=60,
).map("".join)
DATES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


def _check(text: str, published: date | None) -> None:
    for m in find_dates(text, published):
        assert 0 <= m.start < m.end <= len(text)
        assert m.text == text[m.start : m.end]
        assert m.type in ("DATE", "TIME", "DURATION", "SET")
        assert m.value is None or VALUE.match(m.value), m.value
        assert m.value is not None or m.reason or m.type == "SET"
        assert (m.first is None) == (m.last is None)
        assert m.first is None or m.first <= m.last  # type: ignore[operator]


@settings(max_examples=300, deadline=None)
@given(ARABIC, DATES)
def test_arabic_like_text(text: str, published: date | None) -> None:
    _check(text, published)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), DATES)
def test_any_unicode(text: str, published: date | None) -> None:
    _check(text, published)


def test_impossible_dates_are_rejected() -> None:
    assert [m.value for m in find_dates("في 31 فبراير 2017", date(2017, 3, 1))] == [None]
    assert find_dates("الرقم 2017/13/45", date(2017, 3, 1)) == []
