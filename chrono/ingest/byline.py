"""Bylines: the "place – outlet" line under a headline, which says who published the article.

    match_byline("بغداد – موازين نيوز")  # Byline(outlet="موازين نيوز", place="بغداد", end=19)

Forms: two short sides around a dash, slash or spaced tatweel, in either order ("بغداد اليوم ـ بغداد"); one
side and a trailing dash ("بغداد اليوم -"); and, on a glued line, two sides and a dash attached to the last
word, then the body ("بغداد/ شبكة أخبار العراق- قال ..."). The side that is exactly a known place, or a word
such as "متابعة", is not the outlet (outlets.py). Two sides that are neither make no byline: that is a
headline ("ترامب – بوتين"), not a credit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chrono.arabic import normalise
from chrono.ingest.outlets import BYLINE_PLACES, BYLINE_WORDS

_PLACES = frozenset(normalise(p) for p in BYLINE_PLACES)
_WORDS = frozenset(normalise(w) for w in BYLINE_WORDS)

_SIDE = r"[^\s\-–—ـ/|.،,:؛!؟?«»\"“”()][^\-–—ـ/|.،,:؛!؟?«»\"“”()\n]*"
_SEP = r"\s*[-–—/]\s*|\s+ـ\s*|\s*ـ\s+"
_TWO_SIDES = re.compile(rf"\s*(?P<a>{_SIDE})(?:{_SEP})(?P<b>{_SIDE})")
_ONE_SIDE = re.compile(rf"\s*(?P<a>{_SIDE})[-–—ـ]\s*$")
# The dash that ends a glued byline hangs on its last word ("العراق- قال"); a spaced dash after a few words
# is more often a parenthesis in the first sentence ("بغداد – قال مسؤول – إن").
_GLUED_END = re.compile(r"[-–—ـ]\s+(?=\S)")
_MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class Byline:
    """Who and where a byline names; `end` is the offset just past it in the string searched."""

    outlet: str | None
    place: str | None
    end: int


def match_byline(piece: str) -> Byline | None:
    """The byline at the start of `piece`: the whole piece, or the head of a glued line."""
    two = _TWO_SIDES.match(piece)
    if two:
        rest = piece[two.end() :]
        glued = None if two["b"][-1].isspace() else _GLUED_END.match(rest)
        if glued or not rest.strip():
            return _two_sides(
                two["a"].strip(), two["b"].strip(), two.end() + glued.end() if glued else len(piece)
            )
    one = _ONE_SIDE.match(piece)
    if one and _short(one["a"]):
        side = one["a"].strip()
        kind = _kind(side)
        return Byline(side if kind == "name" else None, side if kind == "place" else None, len(piece))
    return None


def _two_sides(a: str, b: str, end: int) -> Byline | None:
    """A place or a byline word on one side, a name on the other; anything else is not a credit."""
    if not (_short(a) and _short(b)):
        return None
    ka, kb = _kind(a), _kind(b)
    if {ka, kb} not in ({"place", "name"}, {"word", "name"}):
        return None
    place = a if ka == "place" else b if kb == "place" else None
    return Byline(a if ka == "name" else b, place, end)


def _kind(side: str) -> str:
    folded = normalise(side)
    if folded in _PLACES:
        return "place"
    if folded in _WORDS:
        return "word"
    return "name"


def _short(side: str) -> bool:
    return 0 < len(side.split()) <= _MAX_WORDS
