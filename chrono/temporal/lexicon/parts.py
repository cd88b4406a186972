"""Vague parts of a period (TIMEX3 mod), parts of the day, seasons, quarters and halves."""

from __future__ import annotations

# "أواخر 2017" is 2017 with mod END: the value keeps the whole unit, the mod says which part.
PERIOD_PARTS: tuple[tuple[str, str], ...] = (
    ("مطلع", "START"),
    ("أوائل", "START"),
    ("بداية", "START"),
    ("بدايات", "START"),
    ("مستهل", "START"),
    ("مطالع", "START"),
    ("منتصف", "MID"),
    ("أواسط", "MID"),
    ("وسط", "MID"),
    ("متم", "END"),  # Morocco: "متم شهر شتنبر"
    ("موفى", "END"),  # Tunisia: "موفى السنة"
    ("أواخر", "END"),
    ("نهاية", "END"),
    ("نهايات", "END"),
    ("ختام", "END"),
    ("آخر", "END"),
    ("أخر", "END"),
    ("أواخر", "END"),
    # "الأسابيع الأولى من يناير": the start of the month; not hours, whose "الساعات الأولى من صباح
    # اليوم" is just that morning.
    ("الأيام الأولى من", "START"),
    ("الأسابيع الأولى من", "START"),
    ("الأشهر الأولى من", "START"),
    ("الأيام الأخيرة من", "END"),
    ("الأسابيع الأخيرة من", "END"),
    ("الأشهر الأخيرة من", "END"),
    # "العشر الأواخر من رمضان": the last ten nights of a month
    ("العشر الأواخر من", "END"),
    ("العشر الأوائل من", "START"),
    ("العشر الأولى من", "START"),
)
# Parts of the day before a day word ("مساء اليوم", "فجر السبت"): the value stays the day's date.
DAY_PARTS: tuple[str, ...] = (
    "بعد ظهر",
    "بعد منتصف ليل",
    "غروب شمس",
    "غروب",
    "ساعة متأخرة من",
    "ساعات متأخرة من",
    "صباح",
    "مساء",
    "ظهر",
    "عصر",
    "فجر",
    "ليل",
    "ليلة",
    "ظهيرة",
    "ضحى",
    "صبيحة",
    "عشية",
    "منتصف ليل",
    "منتصف ليلة",
    "في وقت متأخر من",
    "وقت متأخر من",
    "في وقت مبكر من",
    "وقت مبكر من",
    "ساعات الصباح الأولى من",
    "صباحا",
    "مساء",
)
# Which part of the day a day part or clock period word names, so that a bare clock time finds the day it
# belongs to ("فجر أمس ... قرابة الساعة الواحدة فجرا") and keeps off a day it cannot ("ليل السبت" for
# "التاسعة صباحا"). Matched as whole words of the expression.
DAY_PART_CLASSES: tuple[tuple[str, str], ...] = (
    ("فجر", "morning"),
    ("فجرا", "morning"),
    ("صباح", "morning"),
    ("صباحا", "morning"),
    ("الصباح", "morning"),
    ("صبيحة", "morning"),
    ("ضحى", "morning"),
    ("ظهر", "afternoon"),
    ("ظهرا", "afternoon"),
    ("ظهيرة", "afternoon"),
    ("عصر", "afternoon"),
    ("عصرا", "afternoon"),
    ("زوال", "afternoon"),
    ("مساء", "evening"),
    ("ليل", "evening"),
    ("ليلا", "evening"),
    ("ليلة", "evening"),
    ("الليلة", "evening"),
    ("عشية", "evening"),
    ("غروب", "evening"),
)
# Clock-time period words after an hour: hour shift to 24h.
CLOCK_PERIODS: tuple[tuple[str, int], ...] = (
    ("صباحا", 0),
    ("صباحاً", 0),
    ("فجرا", 0),
    ("فجراً", 0),
    ("ظهرا", 12),
    ("ظهراً", 12),
    ("عصرا", 12),
    ("عصراً", 12),
    ("مساء", 12),
    ("مساءً", 12),
    ("ليلا", 12),
    ("ليلاً", 12),
    ("من صباح", 0),
    ("من مساء", 12),
    ("من ظهر", 12),
    ("من فجر", 0),
    ("من ليل", 12),
    ("من عصر", 12),
)
SEASONS: tuple[tuple[str, str], ...] = (
    ("الربيع", "SP"),
    ("ربيع", "SP"),
    ("الصيف", "SU"),
    ("صيف", "SU"),
    # Tunisia: "صائفة 2014", "الصائفة الماضية" (the summer season)
    ("الصائفة", "SU"),
    ("صائفة", "SU"),
    ("الخريف", "FA"),
    ("خريف", "FA"),
    ("الشتاء", "WI"),
    ("شتاء", "WI"),
)
QUARTERS: tuple[tuple[str, int], ...] = (
    ("الثلاثي الأول", 1),
    ("الثلاثي الثاني", 2),
    ("الثلاثي الثالث", 3),
    ("الثلاثي الرابع", 4),
    ("الربع الأول", 1),
    ("الربع الثاني", 2),
    ("الربع الثالث", 3),
    ("الربع الرابع", 4),
    ("الربع الأخير", 4),
    # Morocco's statistics call a quarter a فصل: "الفصل الثاني من 2023".
    ("الفصل الأول", 1),
    ("الفصل الثاني", 2),
    ("الفصل الثالث", 3),
    ("الفصل الرابع", 4),
)
HALVES: tuple[tuple[str, int], ...] = (
    # Tunisia and Algeria count in semesters and trimesters: "السداسي الثاني", "الثلاثي الأول".
    ("السداسي الأول", 1),
    ("السداسي الثاني", 2),
    ("النصف الأول", 1),
    ("النصف الثاني", 2),
    ("النصف الأخير", 2),
)
