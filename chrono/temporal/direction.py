"""Which way a sentence points: back (a past report), forward (a plan), or no cue at all.

An expression without its own direction ("يوم 15 أبريل", "الخميس", "يناير") is placed by the cue word
nearest to it in its sentence: a past verb or auxiliary points back, a future particle, a planning phrase
or a سـ-prefixed verb points forward. Morphological analysis would be better than word lists, but
camel-tools' analyser needs a database that cannot be downloaded here; the lists cover news prose.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from chrono.arabic import normalise
from chrono.temporal.lexicon import cues

_BREAKS = ".!?؟\n"
_WORD = re.compile(r"\w+")
_CLAUSE = re.compile(r"[،,؛;:]")


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str], tuple[re.Pattern[str], ...], frozenset[str]]:
    past = frozenset(normalise(w) for w in cues.PAST)
    future_words = frozenset(normalise(w) for w in cues.FUTURE if " " not in w)
    future_phrases = tuple(re.compile(re.escape(normalise(w))) for w in cues.FUTURE if " " in w)
    stop = frozenset(normalise(w) for w in cues.FUTURE_PREFIX_STOP)
    return past, future_words, future_phrases, stop


def _strip_conj(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _is_future_verb(word: str, stop: frozenset[str]) -> bool:
    """سيجتمع, ستعقد, سنعمل: سـ + an imperfect prefix + a stem, not a noun like سياسة (first person سأ is
    left out: it would take ساحة, ساعة, سابق)."""
    return len(word) >= 4 and word[0] == "س" and word[1] in "يتن" and word not in stop


def sentence_bounds(norm: str, at: int) -> tuple[int, int]:
    """The [start, end) of the sentence holding position `at` (not itself a break): searched outward from it,
    since it is asked for every expression of a text."""
    lo = max(norm.rfind(c, 0, at) for c in _BREAKS) + 1
    hi = min((i for c in _BREAKS if (i := norm.find(c, at)) >= 0), default=len(norm))
    return lo, hi


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue words of one normalised text, in text order: found once, since every expression of the text
    asks for the nearest one in its clause or sentence (whose bounds never cut a word)."""

    norm: str
    starts: list[int]
    words: list[tuple[int, int, int]]  # (start, end, direction)


def find_cues(norm: str) -> Cues:
    """Every cue word of `norm` and the way it points."""
    past, future_words, _, stop = _tables()
    words: list[tuple[int, int, int]] = []
    for w in _WORD.finditer(norm):
        word = _strip_conj(w[0])
        if w[0] in past or word in past:
            words.append((w.start(), w.end(), -1))
        elif w[0] in future_words or word in future_words or _is_future_verb(word, stop):
            words.append((w.start(), w.end(), 1))
    return Cues(norm, [start for start, _, _ in words], words)


def sentence_direction(found: Cues, start: int, end: int) -> int | None:
    """-1, +1 or None for the expression at [start, end) of normalised text: the cue nearest to it in its
    clause (between commas), else in its sentence; a long sentence often joins a plan to a report."""
    norm = found.norm
    lo, hi = sentence_bounds(norm, start)
    clause_lo = max([lo, *(m.end() for m in _CLAUSE.finditer(norm, lo, start))])
    next_break = _CLAUSE.search(norm, end, hi)
    clause_hi = next_break.start() if next_break else hi
    return _nearest_cue(found, clause_lo, clause_hi, start, end) or _nearest_cue(found, lo, hi, start, end)


def _nearest_cue(found: Cues, lo: int, hi: int, start: int, end: int) -> int | None:
    best: tuple[int, int] | None = None  # (distance, direction)
    for at in range(bisect_left(found.starts, lo), bisect_left(found.starts, hi)):
        w_start, w_end, direction = found.words[at]
        if start <= w_start < end:
            continue
        distance = start - w_end if w_end <= start else w_start - end
        if best is None or distance < best[0]:
            best = (distance, direction)
    for phrase in _tables()[2]:
        for m in phrase.finditer(found.norm, lo, hi):
            distance = start - m.end() if m.start() < start else m.start() - end
            if best is None or distance < best[0]:
                best = (max(distance, 0), 1)
    return best[1] if best else None
