"""What kind of event a sentence tells, from its event words: data for the merge.

Two reports of one event often share few words ("أعلن العراق تحرير كامل أراضيه" and "أُعلن النصر عليه"),
and two different events of one year often share the same actors ("داعش", "العراق"). The kind of event
bridges the first gap and separates the second: "تحرير" and "النصر" are both VICTORY, "أنشئ" (FOUNDING) is
not "سيطر" (SEIZURE).

A stem matches a word (under any of its clitic forms, see `tokens.bases`) that begins with it, so "هجم"
covers هجوم's plural هجمات and هجماته; imperfect and future forms are listed where the prefix differs
(سيطر, يسيطر, تسيطر). Stems are written as spelled; `similarity.py` folds them with `chrono.arabic.normalise`.
Kinds in one FAMILY never conflict: "ضربة أمريكية قتلت سليماني" (ATTACK) and "مقتل سليماني" (KILLING) can be
one event; they only count as sharing a kind when the kind itself is the same.
Left out on purpose: أعلن and قال (every statement), عملية (any operation), فجر (also dawn), وقع (also
"happened"), إعادة (any "re-"), القبض (its stem قبض is also قبضة, "grip": "من قبضة داعش"), and زار alone,
which would match وزارة ("ministry") read as و + زارة.
"""

from __future__ import annotations

KINDS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (kind, tuple(stems.split()))
    for kind, stems in (
        ("VICTORY", "تحرير حرر يحرر تحرر استعاد نصر انتصار انتصر هزيم هزم دحر اندحار"),
        ("SEIZURE", "سيطر يسيطر تسيطر احتل يحتل اجتاح اجتياح سقوط سقط استولى استيلاء"),
        ("FOUNDING", "إنشاء أنشئ أنشأ تأسيس تأسس"),
        (
            "MEETING",
            "اجتماع اجتمع يجتمع تجتمع سيجتمع ستجتمع التقى يلتقي تلتقي سيلتقي لقاء قمة"
            " زارت زاروا زيارة يزور تزور سيزور",
        ),
        ("ATTACK", "هجوم هجم هاجم يهاجم تفجير انفجار قصف غارة غارات استهداف استهدف اعتداء"),
        ("KILLING", "مقتل قتل يقتل اغتيال اغتيل مصرع"),
        ("ABDUCTION", "اختطاف اختطف خطف مختطف اختفاء فقدان فقدت"),
        ("WITHDRAWAL", "انسحاب انسحب ينسحب سحب رحيل مغادرة"),
        ("LAW", "قانون تشريع إقرار تصويت"),
        ("ELECTION", "انتخابات انتخاب اقتراع"),
        ("ARREST", "اعتقال اعتقل توقيف"),
        ("PROTEST", "تظاهر مظاهرة احتجاج اقتحام اقتحم اعتصام"),
        ("AGREEMENT", "اتفاق اتفاقية معاهدة"),
    )
)

# Kinds that may tell one event between them; a kind not listed is its own family.
FAMILIES: dict[str, str] = {
    "ATTACK": "VIOLENCE",
    "KILLING": "VIOLENCE",
    "ARREST": "CAPTURE",
    "ABDUCTION": "CAPTURE",
}
