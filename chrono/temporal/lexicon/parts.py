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
    ("أول", "START"),
    ("منتصف", "MID"),
    ("أواسط", "MID"),
    ("وسط", "MID"),
    ("أواخر", "END"),
    ("نهاية", "END"),
    ("نهايات", "END"),
    ("ختام", "END"),
    ("آخر", "END"),
    ("أخر", "END"),
    ("أواخر", "END"),
)
# Parts of the day before a day word ("مساء اليوم", "فجر السبت"): the value stays the day's date.
DAY_PARTS: tuple[str, ...] = (
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
    ("الخريف", "FA"),
    ("خريف", "FA"),
    ("الشتاء", "WI"),
    ("شتاء", "WI"),
)
QUARTERS: tuple[tuple[str, int], ...] = (
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
    ("النصف الأول", 1),
    ("النصف الثاني", 2),
    ("النصف الأخير", 2),
)
