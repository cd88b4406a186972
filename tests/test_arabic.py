"""Normalisation: folds, and an offset map that always points back into the original text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chrono.arabic import _fold_char, normalise, normalise_with_offsets, sentences, to_source_span


def test_folds() -> None:
    assert normalise("إبريل ٢٠١٧") == "ابريل 2017"
    assert normalise("أَبْرِيلُ") == "ابريل"
    assert normalise("مدرسةٌ على") == "مدرسه علي"
    assert normalise("۱۴۰۲ ABC") == "1402 abc"
    assert normalise("ﻻ") == "لا"  # presentation-form ligature unfolds into two letters
    assert normalise("اليـوم") == "اليوم"  # tatweel inside a word is decoration
    assert normalise("بغداد اليوم ـ بغداد") == "بغداد اليوم - بغداد"  # beside a space it is a dash


def test_offsets_point_at_the_source() -> None:
    text = "قال «الوزيرُ» حالياً ﻻ"
    norm, offsets = normalise_with_offsets(text)
    assert len(offsets) == len(norm) + 1 and offsets[-1] == len(text)
    start = norm.index("حاليا")
    s, e = to_source_span(offsets, start, start + len("حاليا"))
    assert text[s:e] == "حالياً"[:-1]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_fast_path_equals_folding_each_character(text: str) -> None:
    """The translate-table path gives what folding character by character gives, offsets included."""
    norm, offsets = normalise_with_offsets(text)
    spaced = "".join(
        "-" if c == "ـ" and (text[i - 1 : i].isspace() or text[i + 1 : i + 2].isspace()) else c
        for i, c in enumerate(text)
    )
    slow = [(_fold_char(c), i) for i, c in enumerate(spaced)]
    assert norm == "".join(f for f, _ in slow)
    assert offsets == [i for f, i in slow for _ in f] + [len(text)]


def test_sentences() -> None:
    text = "قال الوزير إن الهجوم وقع أمس.وأضاف أن 2.5 مليون نزحوا! ثم ماذا؟\nسطر جديد"
    parts = [text[s:e] for s, e in sentences(text)]
    assert parts == ["قال الوزير إن الهجوم وقع أمس.", "وأضاف أن 2.5 مليون نزحوا!", "ثم ماذا؟", "سطر جديد"]
