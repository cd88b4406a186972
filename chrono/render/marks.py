"""Untrusted text as safe HTML, with date expressions wrapped in <mark>.

Article text is escaped piece by piece around the marks, so nothing in it can become markup:
    >>> str(mark("سقطت <b>الموصل</b> أمس", [Span(19, 22, "2014-06-10")]))
    'سقطت &lt;b&gt;الموصل&lt;/b&gt; <mark title="2014-06-10">أمس</mark>'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from markupsafe import Markup, escape

from chrono.model import Mention
from chrono.render import dates


@dataclass(frozen=True, slots=True)
class Span:
    """Characters [start, end) of a text to mark; `title` shows on hover; `unresolved` styles a date that
    could not be placed."""

    start: int
    end: int
    title: str
    unresolved: bool = False


def mention_span(mention: Mention, offset: int = 0) -> Span:
    """The mark for a date mention, shifted by `offset` (the start of the sentence it is shown in).

    The hover says the resolved value and mod ("2017 (END)"), or why there is none."""
    if mention.value is None:
        return Span(
            mention.start - offset, mention.end - offset, f"بلا قيمة: {dates.reason(mention.reason)}", True
        )
    title = f"{mention.value} ({mention.mod})" if mention.mod else mention.value
    return Span(mention.start - offset, mention.end - offset, title)


def mark(text: str, spans: Iterable[Span]) -> Markup:
    """`text` escaped, with each span in a <mark>; spans outside the text or overlapping an earlier one are
    dropped (the earliest, then longest, wins)."""
    # Plain strings of escaped pieces: Markup.format per mark took most of a 10,000-article site's time.
    out: list[str] = []
    pos = 0
    for span in _disjoint(spans, len(text)):
        css = ' class="unresolved"' if span.unresolved else ""
        out.append(escape(text[pos : span.start]))
        out.append(f'<mark title="{escape(span.title)}"{css}>{escape(text[span.start : span.end])}</mark>')
        pos = span.end
    out.append(escape(text[pos:]))
    return Markup("".join(out))


def paragraphs(text: str, spans: Sequence[Span]) -> list[Markup]:
    """The non-blank lines of `text`, each marked; a span across a line break is cut in two."""
    result = []
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if line.strip():
            inside = [
                replace(s, start=max(s.start, offset) - offset, end=min(s.end, end) - offset)
                for s in spans
                if s.start < end and s.end > offset
            ]
            result.append(mark(line, inside))
        offset = end + 1
    return result


def sentence_span(sentence: str, sentence_start: int, mention: Mention) -> Span | None:
    """Where a mention sits in the sentence quoted on an event card.

    Offsets are trusted only when they point at the mention's own text; otherwise the first occurrence of
    that text is marked, and None is returned when the sentence does not contain it at all."""
    span = mention_span(mention, sentence_start)
    if sentence[span.start : span.end] == mention.text and span.end > span.start >= 0:
        return span
    found = sentence.find(mention.text) if mention.text else -1
    if found < 0:
        return None
    return replace(span, start=found, end=found + len(mention.text))


def _disjoint(spans: Iterable[Span], length: int) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if 0 <= span.start < span.end <= length and (not kept or span.start >= kept[-1].end):
            kept.append(span)
    return kept
