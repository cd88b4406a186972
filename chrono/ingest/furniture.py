"""Page furniture and page structure, as data: the words a news site wraps around its articles.

Phrases are spelled as the pages spell them; `page.py` folds both sides with `chrono.arabic.normalise`, so
"اترك تعليقاً" also matches "اترك تعليقا" and "إقرأ أيضاً" matches "اقرأ أيضا". Furniture is never article
text: a comment form or a tag line left in the body would hand the date engine words that belong to no
article (a tag line of place names, a newsletter's "دوري").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Where = Literal["line", "start", "inside"]


@dataclass(frozen=True, slots=True)
class Furniture:
    """Phrases of one kind of furniture, and where in a line they must sit to make the line furniture.

    `line`: the whole line is the phrase (a trailing colon allowed), for short words that also occur in prose
    ("شارك" is also "took part"). `start`: the line opens with the phrase. `inside`: the phrase anywhere, only
    for phrases no article sentence would use.
    """

    where: Where
    note: str
    phrases: tuple[str, ...]


FURNITURE: tuple[Furniture, ...] = (
    Furniture(
        "line",
        "share and print buttons",
        (
            "شارك",
            "شارك الخبر",
            "شارك على فيسبوك",
            "شارك على تويتر",
            "شارك عبر واتساب",
            "مشاركة",
            "طباعة",
            "انسخ الرابط",
            "تم نسخ الرابط",
            "فيسبوك",
            "تويتر",
            "واتساب",
            "تيليجرام",
        ),
    ),
    Furniture(
        "start",
        "comment forms",
        (
            "اترك تعليقاً",
            "اترك رداً",
            "أضف تعليقاً",
            "أضف تعليق",
            "لن يتم نشر عنوان بريدك",
            "لن يظهر بريدك الإلكتروني",
            "الحقول الإلزامية مشار إليها",
        ),
    ),
    Furniture("line", "comment counters", ("التعليقات", "تعليقات", "لا توجد تعليقات")),
    Furniture(
        "line",
        "navigation",
        (
            "زر الذهاب إلى الأعلى",
            "زر العودة إلى الأعلى",
            "العودة إلى الأعلى",
            "إغلاق",
            "الرئيسية",
            "اقسام فرعية",
            "القائمة",
            "بحث",
            "التالي",
            "السابق",
        ),
    ),
    Furniture(
        "inside",
        "newsletter footers (seed 004 names its outlet in one; outlets.py spots it before the line goes)",
        ("اشترك بنشرتنا", "اشترك في النشرة", "النشرة البريدية", "صندوق بريدك الإلكتروني"),
    ),
    Furniture(
        "start",
        "links back to the source page",
        ("يمكن قراءة الخبر من المصدر", "اقرأ الخبر من المصدر", "رابط المصدر"),
    ),
    Furniture(
        "start", "tag lines: a list of names, not a sentence", ("كلمات دلالية", "الكلمات الدلالية", "الوسوم")
    ),
    Furniture("inside", "copyright footers", ("جميع الحقوق محفوظة",)),
)

# "المصدر: البوابة نيوز" names the outlet (outlets.py decides between several); the line is not article text.
SOURCE_LABELS: tuple[str, ...] = ("المصدر", "مصدر الخبر")

# Lines that end one article and open a related one (or a list of related headlines): the page's own
# boundary marks. A marker may carry the related article's title after a colon ("اقرأ أيضاً: عنوان").
RELATED_MARKERS: tuple[str, ...] = (
    "اقرأ أيضاً",
    "اقرأ المزيد",
    "شاهد أيضاً",
    "مقالات مشابهة",
    "مقالات ذات صلة",
    "أخبار ذات صلة",
    "أخبار مشابهة",
    "مواضيع ذات صلة",
    "موضوعات ذات صلة",
    "الأكثر قراءة",
    "المزيد من الأخبار",
)

# A section label before a dateline, "سياسية |   07:17 – 04/09/2019": one or two words and a bar.
SECTION_LABEL = r"[^\s|]+(?: [^\s|]+)?\s*\|\s*"

# A bulleted headline in a related list: "  • الخميس المقبل موعداً ...".
BULLET = r"[•●▪■◦·▸►*-]\s*"
