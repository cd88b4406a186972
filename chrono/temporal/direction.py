"""Which way a sentence points: back (a past report), forward (a plan), or no cue at all.

An expression without its own direction ("يوم 15 أبريل", "الخميس", "يناير") is placed by the cue word
nearest to it in its sentence: a past verb or auxiliary points back, a future particle, a planning phrase
or a سـ-prefixed verb points forward. Morphological analysis would be better than word lists, but
camel-tools' analyser needs a database that cannot be downloaded here; the lists cover news prose.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from chrono.arabic import normalise
from chrono.temporal.lexicon import cues

_BREAKS = ".!?؟\n"
_WORD = re.compile(r"\w+")
_CLAUSE = re.compile(r"[،,؛;:]")
_HEAD_GAP = re.compile(r"[.!?؟\n،,؛;:]")  # a sentence break (_BREAKS) or a clause one (_CLAUSE) before a word


@dataclass(frozen=True, slots=True)
class _Tables:
    past: frozenset[str]
    future_words: frozenset[str]
    future_phrases: tuple[re.Pattern[str], ...]
    past_phrases: tuple[re.Pattern[str], ...]
    stop: frozenset[str]
    calls: frozenset[str]
    call_object: re.Pattern[str]
    imperfect_stop: frozenset[str]
    imperfect_short: frozenset[str]
    until: re.Pattern[str]
    measures: frozenset[str]
    paid_for: re.Pattern[str]
    delivery: re.Pattern[str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    def phrases(forms: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(r"(?<!\w)" + re.escape(normalise(w)) + r"(?!\w)") for w in forms if " " in w)

    return _Tables(
        past=frozenset(normalise(w) for w in cues.PAST),
        future_words=frozenset(normalise(w) for w in cues.FUTURE if " " not in w),
        future_phrases=phrases(cues.FUTURE),  # whole words: "على أن" is not "على انفجار"
        past_phrases=phrases(cues.PAST_PHRASES),
        stop=frozenset(normalise(w) for w in cues.FUTURE_PREFIX_STOP),
        calls=frozenset(normalise(w) for w in cues.CALLS),
        call_object=re.compile(r"(?<!\w)" + normalise(cues.CALL_OBJECT) + r"(?!\w)"),
        imperfect_stop=frozenset(normalise(w) for w in cues.IMPERFECT_STOP),
        imperfect_short=frozenset(normalise(w) for w in cues.IMPERFECT_SHORT),
        until=re.compile(r"(?<!\w)[وف]?(?:" + "|".join(normalise(w) for w in cues.UNTIL) + r")\s+$"),
        measures=frozenset(normalise(w) for w in cues.MEASURES),
        paid_for=re.compile(
            r"(?<!\w)[وف]?(?:" + "|".join(normalise(w) for w in cues.PAID_FOR) + r")(?:\s+\w+){0,2}\s+$"
        ),
        delivery=re.compile(r"(?<!\w)(?:" + "|".join(normalise(w) for w in cues.DELIVERY) + r")\s+$"),
    )


def _strip_conj(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


_OBJECT_SUFFIX = re.compile(r"(?:ها|هم|ه)$")


def _unsuffixed(word: str) -> str:
    """هاجمه, استهدفها: a past verb with an object pronoun reads as the verb."""
    return _OBJECT_SUFFIX.sub("", word) if len(word) > 4 else word


def _is_future_verb(word: str, stop: frozenset[str]) -> bool:
    """سيجتمع, ستعقد, سنعمل: سـ + an imperfect prefix + a stem, not a noun like سياسة (first person سأ is
    left out: it would take ساحة, ساعة, سابق)."""
    return len(word) >= 4 and word[0] == "س" and word[1] in "يتن" and word not in stop


_FORM_II_NOUN = re.compile(r"^ت\w\wي\w$")  # تفجير, تقرير, تمديد: verbal nouns, not verbs
_FORM_VI_PAST = re.compile(r"^ت\wا\w\w$")  # تظاهر, تراجع, تزامن: past verbs (and nouns), not imperfect
_NOUN_ENDINGS = ("ات", "اته", "اتها", "اتهم", "ه", "ت")  # تظاهرات, تحركاتهم; تواصلت is a past verb


def _is_past(raw: str, word: str, t: _Tables) -> bool:
    """A past verb, as written (`raw`), without its conjunction (`word`), or without an object pronoun."""
    return raw in t.past or word in t.past or _unsuffixed(word) in t.past


def _is_imperfect(word: str, t: _Tables) -> bool:
    """يبقى, تحتضن, تستمر, ويستأنف: an imperfect verb by its prefix, not a noun such as تظاهرات or تفجير. A
    four-letter ت- word is as often a past verb (تأهل, تقدم) as a present one, so only listed ones count."""
    if word in t.imperfect_short:
        return True
    return (
        (word[:1] == "ي" and len(word) >= 4 or word[:1] == "ت" and len(word) >= 5)
        and not word.endswith(_NOUN_ENDINGS)
        and not _FORM_II_NOUN.match(word)
        and not _FORM_VI_PAST.match(word)
        and word not in t.imperfect_stop
    )


# Words after which the next word heads its clause: "فيما يبقى", "بينما تستمر".
_CLAUSE_OPENERS = frozenset({"فيما", "بينما", "حيث", "كما", "ثم", "وفيما", "وبينما", "وحيث", "وكما"})


def sentence_bounds(norm: str, at: int) -> tuple[int, int]:
    """The [start, end) of the sentence holding position `at` (not itself a break): searched outward from it,
    since it is asked for every expression of a text."""
    lo = max(norm.rfind(c, 0, at) for c in _BREAKS) + 1
    hi = min((i for c in _BREAKS if (i := norm.find(c, at)) >= 0), default=len(norm))
    return lo, hi


# Kinds of cue word: a plain one, an imperfect verb heading its clause, any other imperfect verb (a cue only
# right before the expression), a call ("دعا") that points forward to what follows its إلى.
PLAIN, HEAD_VERB, VERB, CALL = range(4)


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue words of one normalised text, in text order: found once, since every expression of the text
    asks for the nearest one in its clause or sentence (whose bounds never cut a word)."""

    norm: str
    starts: list[int]
    words: list[tuple[int, int, int, int]]  # (start, end, direction, kind)


def find_cues(norm: str, sentences: Iterable[tuple[int, int]] | None = None) -> Cues:
    """Every cue word of `norm`, or of the given sentences of it (`sentence_bounds`, in text order: a
    direction is read within an expression's sentence, so the others need not be read), and the way it
    points."""
    t = _tables()
    words: list[tuple[int, int, int, int]] = []
    for lo, hi in sentences if sentences is not None else [(0, len(norm))]:
        previous_end, previous_word = lo, ""
        for w in _WORD.finditer(norm, lo, hi):
            word = _strip_conj(w[0])
            gap = norm[previous_end : w.start()]
            # a sentence's first word heads its clause, as in a scan of the whole text (a break before it)
            head = previous_end == lo or _HEAD_GAP.search(gap) is not None
            head = head or previous_word in _CLAUSE_OPENERS
            if _is_past(w[0], word, t):
                words.append((w.start(), w.end(), -1, PLAIN))
            elif w[0] in t.future_words or word in t.future_words or _is_future_verb(word, t.stop):
                words.append((w.start(), w.end(), 1, PLAIN))
            elif w[0] in t.calls or word in t.calls:
                words.append((w.start(), w.end(), 1, CALL))
            elif _is_imperfect(word, t):
                words.append((w.start(), w.end(), 1, HEAD_VERB if head else VERB))
            previous_end, previous_word = w.end(), w[0]
    return Cues(norm, [start for start, _, _, _ in words], words)


def sentence_direction(found: Cues, start: int, end: int) -> int | None:
    """-1, +1 or None for the expression at [start, end) of normalised text: the cue nearest to it in its
    clause (between commas), else in its sentence; a long sentence often joins a plan to a report. An
    imperfect verb counts only in the clause, as its head or right before the expression."""
    norm = found.norm
    lo, hi = sentence_bounds(norm, start)
    clause_lo = max([lo, *(m.end() for m in _CLAUSE.finditer(norm, lo, start))])
    next_break = _CLAUSE.search(norm, end, hi)
    clause_hi = next_break.start() if next_break else hi
    if _SINCE.search(norm, max(lo, start - 8), start):
        return -1  # "منذ 20 مارس": since a day that has come
    if _tables().paid_for.search(norm, max(lo, start - 40), start):
        return -1
    if _tables().delivery.search(norm, max(lo, start - 12), start):
        return 1
    if _until_ahead(found, clause_lo, start):
        return 1
    return _nearest_cue(found, clause_lo, clause_hi, start, end, verbs=True) or _nearest_cue(
        found, lo, hi, start, end, verbs=False
    )


_SINCE = re.compile(r"(?<!\w)[وف]?منذ\s+$")


def _until_ahead(found: Cues, clause_lo: int, start: int) -> bool:
    """Whether the expression ends a span that runs on from now (cues.UNTIL, cues.MEASURES): right after
    "حتى", in a clause holding a measure noun or headed by an imperfect verb, with no past verb between."""
    t = _tables()
    norm = found.norm
    if not t.until.search(norm, max(clause_lo, start - 16), start):
        return False
    for w in reversed(list(_WORD.finditer(norm, clause_lo, start))):
        word = _strip_conj(w[0])
        if _is_past(w[0], word, t):
            return False
        if w[0] in t.measures or word in t.measures:
            return True
    at = bisect_left(found.starts, clause_lo)
    return at < len(found.words) and found.words[at][0] < start and found.words[at][3] == HEAD_VERB


_RIGHT_BEFORE = 2  # "يبدأ مساء الثلاثاء": the verb and the expression are next to each other
_HEAD_REACH = 4  # "فيما يستأنف الموظفون عملهم يوم الأحد": a head verb governs the few words after it


def _words_between(norm: str, lo: int, hi: int) -> int:
    return len(_WORD.findall(norm, lo, hi))


def _nearest_cue(found: Cues, lo: int, hi: int, start: int, end: int, verbs: bool) -> int | None:
    t = _tables()
    best: tuple[int, int] | None = None  # (distance, direction)
    for at in range(bisect_left(found.starts, lo), bisect_left(found.starts, hi)):
        w_start, w_end, direction, kind = found.words[at]
        if start <= w_start < end:
            continue
        distance = start - w_end if w_end <= start else w_start - end
        if kind == CALL and not (w_end <= start and t.call_object.search(found.norm, w_end, start)):
            continue
        if kind == VERB and not (verbs and w_end <= start and distance <= _RIGHT_BEFORE):
            continue
        if kind == HEAD_VERB and not (
            verbs and w_end <= start and _words_between(found.norm, w_end, start) <= _HEAD_REACH
        ):
            continue
        if best is None or distance < best[0]:
            best = (distance, direction)
    for phrases, direction in ((t.future_phrases, 1), (t.past_phrases, -1)):
        for phrase in phrases:
            for m in phrase.finditer(found.norm, lo, hi):
                distance = start - m.end() if m.start() < start else m.start() - end
                if best is None or distance < best[0]:
                    best = (max(distance, 0), direction)
    return best[1] if best else None
