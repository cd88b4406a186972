"""Escaped text with <mark>s: offsets honoured, overlaps and stray offsets dropped, lines kept apart."""

from __future__ import annotations

from datetime import date

from chrono.model import Mention
from chrono.render.marks import Span, mark, mention_span, paragraphs, sentence_span


def _mention(
    start: int, text: str, value: str | None, mod: str | None = None, reason: str | None = None
) -> Mention:
    return Mention(start, start + len(text), text, "DATE", value, mod, date(2017, 12, 10), reason=reason)


def test_mark_escapes_around_and_inside() -> None:
    assert str(mark("<b>أمس</b> & غدا", [Span(3, 6, 'x"y')])) == (
        '&lt;b&gt;<mark title="x&#34;y">أمس</mark>&lt;/b&gt; &amp; غدا'
    )


def test_overlapping_and_stray_spans_are_dropped() -> None:
    spans = [Span(0, 4, "a"), Span(2, 6, "b"), Span(5, 40, "c"), Span(-1, 2, "d")]
    assert str(mark("0123456789", spans)) == '<mark title="a">0123</mark>456789'


def test_mention_title_says_value_mod_or_reason() -> None:
    assert mention_span(_mention(5, "أواخر العام", "2017", "END")) == Span(5, 16, "2017 (END)")
    assert mention_span(_mention(5, "15 يناير", None, reason="no anchor"), offset=5) == Span(
        0, 8, "بلا قيمة: no anchor", True
    )


def test_paragraphs_split_lines_and_cut_spans() -> None:
    text = "سطر أول\n\nسطر ثان"
    assert [str(p) for p in paragraphs(text, [Span(4, 11, "v")])] == [
        'سطر <mark title="v">أول</mark>',
        '<mark title="v">سط</mark>ر ثان',
    ]


def test_sentence_span_falls_back_to_the_text() -> None:
    sentence = "أعلن العبادي السبت النصر"
    assert sentence_span(sentence, 100, _mention(113, "السبت", "2017-12-09")) == Span(13, 18, "2017-12-09")
    # Offsets from another version of the text: the expression is found by its text.
    assert sentence_span(sentence, 0, _mention(2, "السبت", "2017-12-09")) == Span(13, 18, "2017-12-09")
    assert sentence_span(sentence, 0, _mention(2, "الأحد", "2017-12-10")) is None
