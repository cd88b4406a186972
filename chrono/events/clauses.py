"""The words around a date expression: the clause that holds it, widened until it says something.

    around(event_mention)  # -> (clause text, offset of the expression's end in it)

One sentence often tells two events ("بعد تسعة أشهر من انطلاق العمليات في 17 تشرين الأول 2016، وبعد ثلاث
سنوات من سيطرة التنظيم على المدينة في حزيران 2014"), so what kind of event a date anchors is read from its
own clause, not from the whole sentence; the same clause makes a short title. A clause ends at a comma,
semicolon, colon or full stop. One shorter than MIN_WORDS takes the clause before it (or, at the start
of the sentence, the next one): news puts the time after the verb and its subject ("سيطر المسلحون على
الموصل، أمس الثلاثاء، بعد انسحاب..."). A relative clause takes the one before it too, since "الذي استهدف
كنيسة في 30 أبريل 2023" does not say what was attacked.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from chrono.arabic import strip_span
from chrono.model import EventMention

MIN_WORDS = 8
_CUT = re.compile(r"[،,؛;:]|\.\s")
_RELATIVE = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي")


def around(em: EventMention) -> tuple[str, int]:
    """The clause of `em.sentence` that holds its date expression (the whole sentence for an article's own
    news, which has none), and where the expression ends in it."""
    start, end = span(em)
    at = em.mention.end - em.sentence_start - start if em.mention else 0
    return em.sentence[start:end], max(0, at)


def span(em: EventMention) -> tuple[int, int]:
    """Where in `em.sentence` the clause of `around` begins and ends."""
    sentence = em.sentence
    if em.mention is None:
        return strip_span(sentence, 0, len(sentence))
    at = em.mention.end - em.sentence_start
    starts, ends = [0], []
    for cut in _CUT.finditer(sentence):
        ends.append(cut.start())
        starts.append(cut.end())
    ends.append(len(sentence))
    lo = hi = max(0, bisect_left(starts, at) - 1)  # the last clause to start before `at`; starts rise
    while len(sentence[starts[lo] : ends[hi]].split()) < MIN_WORDS and (lo > 0 or hi + 1 < len(starts)):
        if lo > 0:
            lo -= 1
        else:
            hi += 1
    if lo > 0 and sentence[starts[lo] : ends[hi]].strip().startswith(_RELATIVE):
        lo -= 1
    return strip_span(sentence, starts[lo], ends[hi])


def window(text: str, at: int, size: int) -> str:
    """At most `size` words of `text`: its start, or, when the offset `at` lies further on, the words that
    end there; "…" marks what was cut."""
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    if len(spans) <= size:
        return text
    last = max((i for i, (s, _) in enumerate(spans) if s < at), default=0)
    first = max(0, last + 1 - size)
    chosen = text[spans[first][0] : spans[first + size - 1][1]]
    return ("…" if first else "") + chosen + ("…" if first + size < len(spans) else "")
