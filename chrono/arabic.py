"""Arabic text normalisation that keeps track of where every character came from.

Rules and lexicons match on normalised text: hamza and alef forms folded to bare alef, alef maqsura to ya,
ta marbuta to ha, diacritics and tatweel dropped, Arabic-Indic and Persian digits to ASCII, presentation
forms unfolded (NFKC), Latin lower-cased. Because matching happens on the normalised string but spans must
point into the original article, `normalise_with_offsets` also returns, for every normalised character, the
index of the original character it came from.

    >>> normalise("إبريل ٢٠١٧")
    'ابريل 2017'

camel-tools has dediacritisation and normalisation too, but its functions rewrite the string without an
offset map, and span fidelity is what lets a reader check every claim; so this one small table is ours.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ی": "ي",  # Persian ya (U+06CC) appears in scraped tags
    "ة": "ه",
    "ۀ": "ه",
    "ە": "ه",
    "ک": "ك",
    "\u00a0": " ",
    "\u200f": " ",
    "\u200e": " ",
    "\u202b": " ",
    "\u202c": " ",
    "\u2009": " ",
    "\u202f": " ",
    "–": "-",
    "—": "-",
    "ـ": "",  # tatweel is decoration
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
# Harakat, tanween, shadda, sukun, dagger alef, Quranic marks: dropped for matching.
_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")


def _fold_char(c: str) -> str:
    if c in _DIGITS:
        return _DIGITS[c]
    if c in _FOLD:
        return _FOLD[c]
    if _DIACRITICS.match(c):
        return ""
    if c.isascii():
        return c.lower()
    out = unicodedata.normalize("NFKC", c)
    return "".join(_FOLD.get(o, _DIGITS.get(o, o)) for o in out if not _DIACRITICS.match(o)).lower()


_SPECIAL = (
    frozenset(_FOLD)
    | frozenset(_DIGITS)
    | frozenset(
        chr(c) for c in (*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE))
    )
)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], frozenset[str], re.Pattern[str]]:
    """Every character's fold, precomputed once: a str.translate table for folds to one character or none,
    the characters it deletes, and a pattern for those it cannot hold (ligatures that unfold into several).
    """
    table: dict[int, str] = {}
    deleted: set[str] = set()
    several: list[str] = []
    for code in range(0x10000):
        c = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        if c not in _SPECIAL and unicodedata.is_normalized("NFKC", c) and c == c.lower():
            continue  # the common case, decided in C: the character folds to itself
        folded = _fold_char(c)
        if folded == c:
            continue
        if len(folded) > 1:
            several.append(re.escape(c))
            continue
        table[code] = folded
        if not folded:
            deleted.add(c)
    # Characters beyond the first plane (emoji, mathematical letters) are rare: they take the slow path.
    return table, frozenset(deleted), re.compile("[" + "".join(several) + "\U00010000-\U0010ffff]")


# Tatweel inside a word is decoration; beside a space it is a dash ("بغداد اليوم ـ بغداد").
_SPACED_TATWEEL = re.compile(r"(?<=\s)ـ|ـ(?=\s)")


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """The normalised text, and for each of its characters the index of its source character in `text`.

    The offsets list has one extra entry, len(text), so that an end offset maps too.
    """
    table, deleted, several = _tables()
    if "ـ" in text:
        text = _SPACED_TATWEEL.sub("-", text)  # same length: offsets are unchanged
    if several.search(text):  # a ligature unfolds into several characters: fold one by one
        out: list[str] = []
        offsets: list[int] = []
        for i, c in enumerate(text):
            folded = _fold_char(c)
            out.append(folded)
            offsets.extend([i] * len(folded))
        offsets.append(len(text))
        return "".join(out), offsets
    folded_text = text.translate(table)
    if len(folded_text) == len(text):
        return folded_text, list(range(len(text) + 1))
    offsets = [i for i, c in enumerate(text) if c not in deleted]
    offsets.append(len(text))
    return folded_text, offsets


def normalise(text: str) -> str:
    """Normalised text for matching (see the module docstring)."""
    return normalise_with_offsets(text)[0]


def to_source_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a [start, end) span of normalised text back to the original text."""
    if end <= start:
        return offsets[start], offsets[start]
    return offsets[start], offsets[end - 1] + 1


_SENTENCE_END = re.compile(r"(?<=[.!؟?…])[\"”»']?\s+|\n+|(?<=[.؟!])(?=[^\s\d.،,])")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans [start, end) in `text`: split at . ! ؟ and newlines, including a full stop glued to the
    next word as scraped pages often have it ("...البلاد.وقال"). Decimal points ("2.5") do not split."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > pos and text[pos : m.start()].strip():
            spans.append(strip_span(text, pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append(strip_span(text, pos, len(text)))
    return spans


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the whitespace at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
