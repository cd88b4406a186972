"""Strings that look like dates but are not, each with the reason. The grammar drops any match inside one."""

from __future__ import annotations

# Outlets and programmes whose names contain a time word; a weekday right after makes it a date again
# ("العراق اليوم الأحد" is "Iraq, today Sunday").
OUTLETS_WITH_TIME_WORD: tuple[str, ...] = (
    "بغداد اليوم", "العراق اليوم", "عين اليوم", "روسيا اليوم", "مصر اليوم", "الشرق اليوم", "سوريا اليوم",
    "فلسطين اليوم", "لبنان اليوم", "اليمن اليوم", "الأردن اليوم", "المغرب اليوم", "الخليج اليوم",
    "الجزائر اليوم", "تونس اليوم", "ليبيا اليوم", "السودان اليوم", "كردستان اليوم", "الوطن اليوم",
    "الاقتصاد اليوم", "أخبار اليوم", "صحيفة اليوم", "العالم اليوم", "عرب اليوم", "السومرية اليوم",
    "الموصل اليوم", "البصرة اليوم", "اليوم السابع",
)
# Agency end-of-dispatch codes: "انتهى29/6ن", "انتهى 12/ت" (the digits are an editor's code, not a date).
AGENCY_CODE = r"انتهي\s*[0-9]{1,3}\s*/\s*[0-9]{0,3}\s*[\u0600-\u06ff]?"
