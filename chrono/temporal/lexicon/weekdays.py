"""Weekday names (Python's numbering: Monday 0 ... Sunday 6).

`الأحد` without the article is also "one/anyone" (أحد القادة), so the grammar requires the article or a
preceding يوم for every weekday; the bare forms listed here are only used after يوم.
"""

from __future__ import annotations

WEEKDAYS: tuple[tuple[str, int], ...] = (
    ("الاثنين", 0),
    ("الإثنين", 0),
    ("الأثنين", 0),
    ("اثنين", 0),
    ("الثلاثاء", 1),
    ("ثلاثاء", 1),
    ("الأربعاء", 2),
    ("الاربعاء", 2),
    ("أربعاء", 2),
    ("الخميس", 3),
    ("خميس", 3),
    ("الجمعة", 4),
    ("جمعة", 4),
    ("السبت", 5),
    ("سبت", 5),
    ("الأحد", 6),
    ("أحد", 6),
)
