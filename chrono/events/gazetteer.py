"""The people, places and organisations chrono recognises, as data: a canonical name, a kind, its spellings.

Spellings are written as Arabic is spelled; `entities.py` folds them with `chrono.arabic.normalise`
(hamza, alef maqsura and ta marbuta variants collapse there) and peels clitics off the text's words
(والموصل, بالموصل, للموصل), so neither the variants nor the glued forms are listed here. A spelling is one
or more whole words: a name never matches inside a longer word ("واسط" does not match "بواسطة").

Left out on purpose, because as words they are common: حديثة (modern), مخمور (drunk), عمّان (also Oman),
"الأسد" and "الصدر" alone, "المهندس" alone, "بارزاني" alone (three leaders share it), "التنظيم" alone.
Kept although ambiguous, with a note: the form is far more often the name in Iraqi news.
tests/events/test_entities.py checks that no folded spelling belongs to two names.
"""

from __future__ import annotations

from dataclasses import dataclass

from chrono.model import EntityKind


@dataclass(frozen=True, slots=True)
class Name:
    name: str  # canonical, as shown on the site
    kind: EntityKind
    spellings: tuple[str, ...]  # every form that names it, the canonical one included
    note: str = ""


def _loc(name: str, *others: str, note: str = "") -> Name:
    return Name(name, "LOC", (name, *others), note)


def _org(name: str, *others: str, note: str = "") -> Name:
    return Name(name, "ORG", (name, *others), note)


def _per(name: str, *others: str, note: str = "") -> Name:
    return Name(name, "PER", (name, *others), note)


# Iraq: the country, its provinces (each with its centre) and the towns the war against داعش made news.
IRAQ: tuple[Name, ...] = (
    _loc("العراق", note="the adjective العراقي/العراقية is not the place and does not match"),
    _loc("بغداد"),
    _loc("نينوى"),
    _loc("الموصل"),
    _loc("البصرة"),
    _loc("الأنبار"),
    _loc("الرمادي"),
    _loc("الفلوجة"),
    _loc("صلاح الدين", note="also a given name; in this domain the province"),
    _loc("تكريت"),
    _loc("سامراء"),
    _loc("بيجي"),
    _loc("ديالى"),
    _loc("بعقوبة"),
    _loc("كركوك"),
    _loc("الحويجة"),
    _loc("أربيل", "هولير"),
    _loc("السليمانية"),
    _loc("دهوك"),
    _loc("حلبجة"),
    _loc("بابل"),
    _loc("الحلة"),
    _loc("كربلاء"),
    _loc("النجف"),
    _loc("واسط"),
    _loc("الكوت"),
    _loc("ميسان"),
    _loc("العمارة", note="also 'building'; in news with a province, the city"),
    _loc("ذي قار", "ذيقار"),
    _loc("الناصرية"),
    _loc("القادسية"),
    _loc("الديوانية"),
    _loc("المثنى"),
    _loc("السماوة"),
    _loc("تلعفر", "تل عفر"),
    _loc("سنجار"),
    _loc("القائم", note="also 'existing' (الوضع القائم): a known false hit, kept for the 2017 campaign"),
    _loc("راوة"),
    _loc("عانة"),
    _loc("هيت"),
    _loc("القيارة"),
    _loc("الشرقاط"),
    _loc("زاخو"),
    _loc("جرف الصخر", "جرف النصر"),
    _loc("طوز خورماتو", "طوزخورماتو"),
    _loc("إقليم كردستان", "كردستان", "كوردستان", "إقليم كوردستان", "كردستان العراق"),
    _loc("المنطقة الخضراء"),
    _loc("مخيم الهول", "الهول"),
)

# Neighbours, the powers in the war, their capitals, and the Syrian towns of the same war.
WORLD: tuple[Name, ...] = (
    _loc("سوريا", "سورية"),
    _loc("إيران"),
    _loc("تركيا"),
    _loc("السعودية", "المملكة العربية السعودية"),
    _loc("الكويت", note="the country and its capital share the name"),
    _loc("الأردن"),
    _loc("الولايات المتحدة", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"),
    _loc("روسيا", note="the adjective الروسية does not match"),
    _loc("فرنسا"),
    _loc("بريطانيا", "المملكة المتحدة"),
    _loc("ألمانيا"),
    _loc("إيطاليا"),
    _loc("مصر"),
    _loc("لبنان"),
    _loc("قطر"),
    _loc("الإمارات"),
    _loc("إسرائيل"),
    _loc("دمشق"),
    _loc("طهران"),
    _loc("أنقرة"),
    _loc("الرياض"),
    _loc("واشنطن"),
    _loc("موسكو"),
    _loc("باريس"),
    _loc("لندن"),
    _loc("روما"),
    _loc("بيروت"),
    _loc("القاهرة"),
    _loc("إسطنبول"),
    _loc("الرقة"),
    _loc("دير الزور"),
    _loc("إدلب"),
    _loc("الحسكة"),
    _loc("البوكمال", "البو كمال"),
)

ORGANISATIONS: tuple[Name, ...] = (
    _org(
        "داعش",
        "تنظيم داعش",
        "تنظيم الدولة",
        "تنظيم الدولة الإسلامية",
        "الدولة الإسلامية",
        "الدولة الإسلامية في العراق والشام",
        note="'الدولة' alone is the state and does not match",
    ),
    _org(
        "التحالف الدولي",
        "التحالف",
        "قوات التحالف",
        "عملية العزم الصلب",
        "العزم الصلب",
        "العزم المتأصل",
        note="'التحالف' alone: in this domain the US-led coalition",
    ),
    _org("الحشد الشعبي", "هيئة الحشد الشعبي", "الحشد", note="'الحشد' alone: in Iraqi news the PMF"),
    _org("البيشمركة", "البشمركة"),
    _org("قسد", "قوات سوريا الديمقراطية", "قوات سورية الديمقراطية"),
    _org("جهاز مكافحة الإرهاب"),
    _org("قيادة العمليات المشتركة", "العمليات المشتركة"),
    _org("وزارة الدفاع"),
    _org("وزارة الداخلية"),
    _org("وزارة الخارجية"),
    _org("الأمم المتحدة"),
    _org("يونامي", "بعثة الأمم المتحدة لمساعدة العراق"),
    _org("مجلس الأمن", "مجلس الأمن الدولي"),
    _org("حلف الناتو", "الناتو", "حلف شمال الأطلسي"),
    _org("القيادة المركزية الأمريكية", "القيادة المركزية", "القيادة المركزية الأميركية", "سنتكوم"),
    _org("البنتاغون", "البنتاجون"),
    _org("الجيش العراقي"),
    _org("مجلس النواب العراقي", "مجلس النواب", "البرلمان العراقي", "البرلمان"),
    _org("كتائب حزب الله"),
    _org("حزب الله"),
    _org("عصائب أهل الحق", "العصائب"),
    _org("الحرس الثوري", "الحرس الثوري الإيراني"),
    _org("فيلق القدس"),
    _org("تنظيم القاعدة", note="'القاعدة' alone is also a military base"),
)

PEOPLE: tuple[Name, ...] = (
    # Iraqi prime ministers and presidents, 2014-2025.
    _per("نوري المالكي", "المالكي"),
    _per("حيدر العبادي", "العبادي"),
    _per("عادل عبد المهدي", "عبد المهدي"),
    _per("مصطفى الكاظمي", "الكاظمي"),
    _per(
        "محمد شياع السوداني",
        "محمد السوداني",
        "شياع السوداني",
        "السوداني",
        note="'السوداني' is also 'Sudanese'; in Iraqi news since 2022 the prime minister",
    ),
    _per("فؤاد معصوم", "معصوم"),
    _per("برهم صالح"),
    _per("عبد اللطيف رشيد", "عبد اللطيف جمال رشيد"),
    # US presidents and secretaries of state.
    _per("باراك أوباما", "أوباما"),
    _per("دونالد ترامب", "ترامب"),
    _per("جو بايدن", "بايدن"),
    _per("جون كيري", "كيري"),
    _per("ريكس تيلرسون", "تيلرسون"),
    _per("مايك بومبيو", "بومبيو"),
    _per("أنتوني بلينكن", "أنطوني بلينكن", "بلينكن"),
    _per("ماركو روبيو", "روبيو"),
    # Commanders of the coalition (CJTF-OIR) and of US Central Command.
    _per("جيمس تيري"),
    _per("شون ماكفارلاند", "ماكفارلاند"),
    _per("ستيفن تاونسند", "تاونسند"),
    _per("بول فانك"),
    _per("بول لاكاميرا", "لاكاميرا", "لا كاميرا"),
    _per("بات وايت"),
    _per("جون برينان"),
    _per("ماثيو ماكفارلين", "ماكفارلين"),
    _per("جويل فاول"),
    _per("كيفن ليهي"),
    _per("جوزيف فوتيل", "فوتيل"),
    _per("كينيث ماكنزي", "ماكنزي"),
    _per("مايكل كوريلا", "كوريلا"),
    # Leaders and spokesmen of داعش.
    _per("أبو بكر البغدادي", "البغدادي", note="also 'of Baghdad' as a family name; here the leader"),
    _per("أبو إبراهيم الهاشمي القرشي"),
    _per("أبو الحسن الهاشمي القرشي"),
    _per("أبو الحسين الحسيني القرشي"),
    _per("أبو حفص الهاشمي القرشي"),
    _per("أبو محمد العدناني", "العدناني"),
    _per("أبو الحسن المهاجر"),
    _per("أبو خديجة"),
    # Other actors the chronology keeps meeting.
    _per("قاسم سليماني", "سليماني"),
    _per("أبو مهدي المهندس"),
    _per("مسعود بارزاني", "مسعود البارزاني"),
    _per("مسرور بارزاني", "مسرور البارزاني"),
    _per("نيجيرفان بارزاني", "نيجيرفان البارزاني"),
    _per("فؤاد حسين"),
    _per("ألينا رومانوفسكي", "رومانوفسكي"),
    _per("يحيى رسول"),
    _per("عبد الأمير يار الله", "يار الله"),
    _per("قيس المحمداوي"),
    _per("عبد الوهاب الساعدي", "الساعدي"),
    _per("هادي العامري", "العامري"),
    _per("فالح الفياض", "الفياض"),
    _per("مقتدى الصدر"),
    _per("علي خامنئي", "خامنئي"),
)

NAMES: tuple[Name, ...] = IRAQ + WORLD + ORGANISATIONS + PEOPLE
