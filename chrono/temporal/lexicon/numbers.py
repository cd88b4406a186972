"""Number words: cardinals (for counts of units), ordinals (for days of a month), and decades.

Feminine and masculine, nominative and oblique forms all appear in news; the folded spelling (ة→ه) makes
ثلاث/ثلاثة/ثلاثه one family, but the table lists what a writer types.
"""

from __future__ import annotations

CARDINALS: tuple[tuple[str, int], ...] = (
    ("واحد", 1),
    ("واحدة", 1),
    ("اثنين", 2),
    ("اثنان", 2),
    ("اثنتين", 2),
    ("اثنتان", 2),
    ("ثلاث", 3),
    ("ثلاثة", 3),
    ("أربع", 4),
    ("أربعة", 4),
    ("خمس", 5),
    ("خمسة", 5),
    ("ست", 6),
    ("ستة", 6),
    ("سبع", 7),
    ("سبعة", 7),
    ("ثماني", 8),
    ("ثمانية", 8),
    ("ثمان", 8),
    ("تسع", 9),
    ("تسعة", 9),
    ("عشر", 10),
    ("عشرة", 10),
    ("أحد عشر", 11),
    ("إحدى عشرة", 11),
    ("احدى عشرة", 11),
    ("اثني عشر", 12),
    ("اثنا عشر", 12),
    ("اثنتي عشرة", 12),
    ("اثنتا عشرة", 12),
    ("ثلاثة عشر", 13),
    ("ثلاث عشرة", 13),
    ("أربعة عشر", 14),
    ("أربع عشرة", 14),
    ("خمسة عشر", 15),
    ("خمس عشرة", 15),
    ("ستة عشر", 16),
    ("ست عشرة", 16),
    ("سبعة عشر", 17),
    ("سبع عشرة", 17),
    ("ثمانية عشر", 18),
    ("ثماني عشرة", 18),
    ("تسعة عشر", 19),
    ("تسع عشرة", 19),
    ("عشرين", 20),
    ("عشرون", 20),
    ("ثلاثين", 30),
    ("ثلاثون", 30),
    ("أربعين", 40),
    ("أربعون", 40),
    ("خمسين", 50),
    ("خمسون", 50),
    ("ستين", 60),
    ("ستون", 60),
    ("سبعين", 70),
    ("سبعون", 70),
    ("ثمانين", 80),
    ("ثمانون", 80),
    ("تسعين", 90),
    ("تسعون", 90),
    ("مئة", 100),
    ("مائة", 100),
)

# Day-of-month ordinals: "الثالث من نوفمبر". Compound ordinals ("الحادي والعشرين") are built by the grammar
# from UNITS_ORDINAL + "و" + TENS_ORDINAL; the units also stand alone in ORDINALS.
UNITS_ORDINAL: tuple[tuple[str, int], ...] = (
    ("الحادي", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
)
ORDINALS: tuple[tuple[str, int], ...] = (
    ("الأول", 1),
    ("الاول", 1),
    ("الأولى", 1),
    ("الثانية", 2),
    *UNITS_ORDINAL,
    ("العاشر", 10),
    # Maghrebi "الفاتح من جانفي", and غرة for the first day of a (Hijri) month.
    ("الفاتح", 1),
    ("فاتح", 1),
    ("أول", 1),  # "أول نوفمبر" is 1 November; early November is "أوائل نوفمبر"
    ("غرة", 1),
    ("الحادي عشر", 11),
    ("الثاني عشر", 12),
    ("الثالث عشر", 13),
    ("الرابع عشر", 14),
    ("الخامس عشر", 15),
    ("السادس عشر", 16),
    ("السابع عشر", 17),
    ("الثامن عشر", 18),
    ("التاسع عشر", 19),
    ("العشرين", 20),
    ("الثلاثين", 30),
)
TENS_ORDINAL: tuple[tuple[str, int], ...] = (("العشرين", 20),)

# Decade words: the digit the decade starts with in the 1900s (التسعينات = 199), or the 2000s when the
# text says so ("القرن الحالي"). Every stem comes with and without ال, in -ات and -يات.
_DECADE_STEMS = (
    ("عشرين", 2),
    ("ثلاثين", 3),
    ("أربعين", 4),
    ("خمسين", 5),
    ("ستين", 6),
    ("سبعين", 7),
    ("ثمانين", 8),
    ("تسعين", 9),
)
DECADES: tuple[tuple[str, int], ...] = tuple(
    (article + stem + ending, digit)
    for stem, digit in _DECADE_STEMS
    for article in ("", "ال")
    for ending in ("ات", "يات")
)

# "بضعة أيام", "عدة أشهر": an unknown count of a unit (TIMEX3 "X").
FEW: tuple[str, ...] = ("بضعة", "بضع", "عدة", "بعض", "عشرات", "قليلة", "قليل", "معدودة", "معدودات")
