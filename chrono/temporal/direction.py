"""Which way a sentence points: back (a past report), forward (a plan), or no cue at all.

An expression without its own direction ("يوم 15 أبريل", "الخميس", "يناير") is placed by the cue word
nearest to it in its sentence: a past verb or auxiliary points back, a future particle, a planning phrase
or a سـ-prefixed verb points forward. Morphological analysis would be better than word lists, but
camel-tools' analyser needs a database that cannot be downloaded here; the lists cover news prose.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chrono.arabic import normalise
from chrono.temporal.lexicon import cues

_BREAKS = ".!?؟\n"
_WORD = re.compile(r"\w+")
_CLAUSE = re.compile(r"[،,؛;:]")


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    past = frozenset(normalise(w) for w in cues.PAST)
    future_words = frozenset(normalise(w) for w in cues.FUTURE if " " not in w)
    future_phrases = tuple(normalise(w) for w in cues.FUTURE if " " in w)
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


def sentence_direction(norm: str, start: int, end: int) -> int | None:
    """-1, +1 or None for the expression at [start, end) of normalised text: the cue nearest to it in its
    clause (between commas), else in its sentence; a long sentence often joins a plan to a report."""
    lo, hi = sentence_bounds(norm, start)
    clause_lo = max([lo, *(m.end() for m in _CLAUSE.finditer(norm, lo, start))])
    next_break = _CLAUSE.search(norm, end, hi)
    clause_hi = next_break.start() if next_break else hi
    return _nearest_cue(norm, clause_lo, clause_hi, start, end) or _nearest_cue(norm, lo, hi, start, end)


def _nearest_cue(norm: str, lo: int, hi: int, start: int, end: int) -> int | None:
    past, future_words, future_phrases, stop = _tables()
    best: tuple[int, int] | None = None  # (distance, direction)
    for w in _WORD.finditer(norm, lo, hi):
        if start <= w.start() < end:
            continue
        word = _strip_conj(w[0])
        if w[0] in past or word in past:
            direction = -1
        elif w[0] in future_words or word in future_words or _is_future_verb(word, stop):
            direction = 1
        else:
            continue
        distance = start - w.end() if w.end() <= start else w.start() - end
        if best is None or distance < best[0]:
            best = (distance, direction)
    for phrase in future_phrases:
        for m in re.finditer(re.escape(phrase), norm[lo:hi]):
            at = lo + m.start()
            distance = start - (at + len(phrase)) if at < start else at - end
            if best is None or distance < best[0]:
                best = (max(distance, 0), 1)
    return best[1] if best else None
