"""Bylines: which side of the dash is the outlet."""

from __future__ import annotations

import pytest

from chrono.ingest.byline import match_byline

# piece, outlet, place, what follows the byline on its line
BYLINES = [
    ("البصرة – صحيفة النخيل", "صحيفة النخيل", "البصرة", ""),
    ("النخيل اليوم ـ البصرة", "النخيل اليوم", "البصرة", ""),
    ("البصرة اليوم -", "البصرة اليوم", None, ""),
    ("البصرة -", None, "البصرة", ""),
    ("الموصل/ وكالة الرافد للأنباء- أعلن المحافظ", "وكالة الرافد للأنباء", "الموصل", "أعلن المحافظ"),
    ("موقع الفرات نت – متابعة- افتتح الوزير", "موقع الفرات نت", None, "افتتح الوزير"),
    ("خاص – صحيفة النخيل", "صحيفة النخيل", None, ""),
]


@pytest.mark.parametrize(("piece", "outlet", "place", "rest"), BYLINES, ids=[b[0] for b in BYLINES])
def test_bylines(piece: str, outlet: str | None, place: str | None, rest: str) -> None:
    found = match_byline(piece)
    assert found is not None
    assert (found.outlet, found.place, piece[found.end :]) == (outlet, place, rest)


NOT_BYLINES = [
    ("واشنطن – موسكو", "two places: a headline"),
    ("الصدر – العامري", "two names, no place: a headline"),
    ("البصرة – افتتح المحافظ اليوم مشروعاً للمياه، وقال إن", "the first sentence after a place"),
    ("البصرة – قال مسؤول – إن المشروع تأخر", "a spaced dash is a parenthesis, not the end of a byline"),
    ("البصرة – صحيفة النخيل للأخبار والتحليلات السياسية", "an outlet of more than four words"),
    ("افتتح المحافظ مشروعاً للمياه في البصرة", "no dash"),
]


@pytest.mark.parametrize(("piece", "why"), NOT_BYLINES, ids=[n[0] for n in NOT_BYLINES])
def test_not_bylines(piece: str, why: str) -> None:
    assert match_byline(piece) is None, why
