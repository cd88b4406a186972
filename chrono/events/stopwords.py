"""Words that carry no event: left out of the text similarity so that two sentences do not look alike just
because both are news prose ("وقال ... إن ... في ... الذي ...").

Function words, reporting verbs, and the time words that dated sentences share whatever they tell
(اليوم، أمس، عام). Written as spelled; `similarity.py` folds them with `chrono.arabic.normalise` and
compares them with a word's clitic-free stem (`tokens.stem`), so وقال and فقال are covered by قال.
"""

from __future__ import annotations

PARTICLES = """
    في من على إلى الى عن مع أن إن ان أنه إنه أنها إنها لا ما لم لن قد كما أو ثم حتى بين عند لدى ضد عبر حول
    نحو خلال منذ بعد قبل وفق وفقا بحسب حسب حيث إذ اذا إذا لكن غير أي كل بعض جميع عدة أكثر أقل نفس أيضا
    فيما بينما ضمن إطار هناك هنا ذلك تلك هذا هذه هؤلاء الذي التي الذين اللذين اللتين هو هي هم هما نحن له
    لها لهم به بها فيه فيها منه منها عليه عليها كان كانت كانوا يكون تكون ليس ليست لقد إنما سوف يا أما
"""
REPORTING = """
    قال قالت يقول تقول أضاف أضافت مضيفا مضيفة تابع تابعت أكد أكدت مؤكدا مؤكدة أشار أشارت مشيرا مشيرة أوضح
    أوضحت ذكر ذكرت أفاد أفادت صرح صرحت تصريح تصريحات بيان قوله قولها بالقول
"""
TIME_WORDS = """
    اليوم أمس غدا عام العام سنة السنة شهر الشهر يوم مساء صباح الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة
    السبت
"""

STOPWORDS: frozenset[str] = frozenset((PARTICLES + REPORTING + TIME_WORDS).split())
