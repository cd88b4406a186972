"""Month names of every calendar and regional system Arabic news uses.

Gregorian months have four naming systems (Egypt/Gulf transliterations, Levantine/Iraqi Syriac names,
Moroccan and Algerian/Tunisian French-derived names); Hijri months have one, with spelling variants.
`ambiguous` marks a form that is also a common word ("آب" father, "صفر" zero, "ماي"), which the grammar
accepts only in a date context (with a day or year, after شهر, or beside its twin in a dual form).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Calendar = Literal["gregorian", "hijri"]


@dataclass(frozen=True, slots=True)
class MonthName:
    form: str
    month: int
    calendar: Calendar = "gregorian"
    ambiguous: bool = False
    note: str = ""
    epithet: bool = False  # a description that names the month alone ("الشهر الفضيل"): needs no context


def _g(month: int, *forms: str, note: str = "", ambiguous: tuple[str, ...] = ()) -> list[MonthName]:
    return [MonthName(f, month, "gregorian", f in ambiguous, note) for f in forms]


def _h(month: int, *forms: str, ambiguous: tuple[str, ...] = ()) -> list[MonthName]:
    return [MonthName(f, month, "hijri", f in ambiguous, "Hijri") for f in forms]


_RAMADAN_EPITHETS = ("الشهر الفضيل", "الشهر الكريم", "شهر الصيام")

MONTHS: tuple[MonthName, ...] = tuple(
    _g(1, "يناير", "ينير", "إينار", note="MSA; ينير Morocco")
    + _g(2, "فبراير", "فبرير", "فيبراير", note="MSA; فبرير Morocco")
    + _g(3, "مارس", "مارت", note="MSA")
    + _g(4, "أبريل", "إبريل", "ابريل", note="MSA, with and without hamza")
    + _g(5, "مايو", "ماي", "مايس", note="MSA; ماي Maghreb; مايس Iraq (old)", ambiguous=("ماي",))
    + _g(6, "يونيو", "يونيه", "يونيوز", note="MSA; يونيه Egypt")
    + _g(7, "يوليو", "يوليه", "يوليوز", note="MSA; يوليه Egypt; يوليوز Morocco")
    + _g(8, "أغسطس", "اغسطس", "أغشت", "غشت", note="MSA; غشت Morocco")
    + _g(9, "سبتمبر", "شتنبر", "سيبتمبر", note="MSA; شتنبر Morocco")
    + _g(10, "أكتوبر", "اكتوبر", "أكتوبير", note="MSA")
    + _g(11, "نوفمبر", "نونبر", "نوفمير", note="MSA; نونبر Morocco")
    + _g(12, "ديسمبر", "دجنبر", "ديسيمبر", note="MSA; دجنبر Morocco")
    # Algeria and Tunisia: French-derived names.
    + _g(1, "جانفي", note="Algeria/Tunisia")
    + _g(2, "فيفري", note="Algeria/Tunisia")
    + _g(4, "أفريل", note="Algeria/Tunisia")
    + _g(6, "جوان", note="Algeria/Tunisia")
    + _g(7, "جويلية", "جويليه", note="Algeria/Tunisia")
    + _g(8, "أوت", note="Algeria/Tunisia; also 'أوت' rarely as a word", ambiguous=("أوت",))
    # Levant and Iraq: Syriac-derived names.
    + _g(1, "كانون الثاني", "كانون ثاني", note="Levant/Iraq")
    + _g(2, "شباط", note="Levant/Iraq")
    + _g(3, "آذار", "اذار", note="Levant/Iraq")
    + _g(4, "نيسان", note="Levant/Iraq; also the car maker", ambiguous=("نيسان",))
    + _g(5, "أيار", "ايار", note="Levant/Iraq")
    + _g(6, "حزيران", note="Levant/Iraq")
    + _g(7, "تموز", note="Levant/Iraq")
    + _g(8, "آب", note="Levant/Iraq; also 'father'", ambiguous=("آب",))
    + _g(9, "أيلول", "ايلول", note="Levant/Iraq")
    + _g(10, "تشرين الأول", "تشرين أول", note="Levant/Iraq")
    + _g(11, "تشرين الثاني", "تشرين ثاني", note="Levant/Iraq")
    + _g(12, "كانون الأول", "كانون أول", note="Levant/Iraq")
    # Hijri months.
    + _h(1, "محرم", "المحرم")
    + _h(2, "صفر", ambiguous=("صفر",))
    + _h(3, "ربيع الأول", "ربيع أول", "ربيع الاول")
    + _h(4, "ربيع الثاني", "ربيع الآخر", "ربيع ثاني", "ربيع آخر")
    + _h(5, "جمادى الأولى", "جمادى الأول", "جمادى أولى")
    + _h(6, "جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني")
    # Also first names (رجب طيب أردوغان, شعبان, رمضان): alone they need a date context too.
    + _h(7, "رجب", ambiguous=("رجب",))
    + _h(8, "شعبان", ambiguous=("شعبان",))
    + _h(9, "رمضان", ambiguous=("رمضان",))
    # Ramadan by its epithets, unnamed: "خلال الشهر الفضيل", "أول أيام الشهر الكريم".
    + [MonthName(f, 9, "hijri", note="epithet of Ramadan", epithet=True) for f in _RAMADAN_EPITHETS]
    + _h(10, "شوال")
    + _h(11, "ذو القعدة", "ذي القعدة", "ذوالقعدة")
    + _h(12, "ذو الحجة", "ذي الحجة", "ذوالحجة")
)


@dataclass(frozen=True, slots=True)
class Feast:
    form: str
    month: int
    day: int
    calendar: Calendar = "hijri"
    note: str = ""


# Feasts on a fixed day of their calendar. Without a year, a Hijri feast is the nearest around the
# publication date; a Gregorian one likewise, unless a cue says which ("عيد الميلاد المقبل").
FEASTS: tuple[Feast, ...] = (
    Feast("عيد الفطر", 10, 1),
    Feast("عاشوراء", 1, 10),
    Feast("عيد الأضحى", 12, 10),
    Feast("يوم عرفة", 12, 9),
    Feast("يوم التروية", 12, 8, note="the day pilgrims go to Mina, 8 Dhu al-Hijja"),
    Feast("المولد النبوي", 3, 12),
    Feast("رأس السنة الهجرية", 1, 1),
    Feast("ليلة القدر", 9, 27),
    Feast("عيد الميلاد", 12, 25, "gregorian", "Christmas; 'عيد ميلاده' (a birthday) has no article"),
    Feast("رأس السنة الميلادية", 1, 1, "gregorian", "New Year's Day"),
    Feast("عيد رأس السنة", 1, 1, "gregorian", "New Year's Day"),
    Feast("عيد العمال", 5, 1, "gregorian", "Labour Day"),
    Feast("عيد الشغل", 5, 1, "gregorian", "Labour Day (Maghreb)"),
    Feast("عيد العرش", 7, 30, "gregorian", "Morocco's Throne Day, 30 July since 1999"),
)
