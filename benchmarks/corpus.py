"""End-to-end speed and memory on synthetic corpora: full build, each stage, and a rebuild after one new file.

    .venv/bin/python benchmarks/corpus.py [--sizes 1000 10000] [--jobs N] [--keep DIR] [--seed S] [--profile]

For each size N it writes a corpus of about N articles to a temporary folder (or DIR with --keep), then:
one full `build()` with a fresh cache; the stages again on their own (extraction without cache, merge,
site); a second `build()` on the same cache after one more file is written; and, after another, the CLI
in a fresh process, as a user rebuilds (it imports chrono and compiles its grammar and templates first).
--profile also runs each stage once in this process under cProfile (jobs=1) and prints its top functions.

The corpus is deterministic (random.Random(seed)) and shaped like the scraped pages chrono reads: .txt pages
of one to three articles (a main article; related ones after "إقرأ أيضاً:"; a list of headlines after
"مقالات مشابهة"), plus a few .jsonl files of records. Each article has a title, a dateline in one of the
five forms chrono reads, a byline, and 4-8 sentences from the templates below: a lead that dates its story
relative to the publication day (أمس الثلاثاء), recalls of earlier stories with absolute dates in several
month-name systems and grains, relative, future and vague dates, durations and undated sentences. Stories
(2014-2025) are told by one to four articles of different outlets, so merge has real clusters to find.
Run by hand; it is not a test and its figures depend on the machine.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import pstats
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from bisect import bisect_left
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

# --- the templates, as data -------------------------------------------------------------------------------

WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")  # date.weekday() order
MONTHS = {
    "msa": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "levant": "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول",
    "maghreb": "يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر",
    "algeria": "جانفي فيفري مارس أفريل ماي جوان جويلية أوت سبتمبر أكتوبر نوفمبر ديسمبر",
    "english": "January February March April May June July August September October November December",
}
MONTHS = {k: [m.replace("_", " ") for m in v.split()] for k, v in MONTHS.items()}
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PRIME_MINISTERS = (  # (in office from, name): the actor a story's date calls for
    (date(2006, 5, 20), "نوري المالكي"),
    (date(2014, 9, 8), "حيدر العبادي"),
    (date(2018, 10, 25), "عادل عبد المهدي"),
    (date(2020, 5, 7), "مصطفى الكاظمي"),
    (date(2022, 10, 27), "محمد شياع السوداني"),
)
ACTORS = (
    "رئيس الوزراء {pm}",
    "رئيس الوزراء {pm}",
    "قائد العمليات المشتركة",
    "جهاز مكافحة الإرهاب",
    "الجيش العراقي",
    "المتحدث باسم التحالف الدولي",
    "وزير الداخلية",
    "قائد قوات البيشمركة",
)
OTHERS = ("الحشد الشعبي", "التحالف الدولي", "وزير الدفاع", "محافظ نينوى", "السفير الأمريكي", "مجلس النواب")
PLACES = (
    "الموصل", "الفلوجة", "الرمادي", "تكريت", "بيجي", "سنجار", "تلعفر", "الحويجة", "القائم", "راوة",
    "جرف الصخر", "سامراء", "بعقوبة", "كركوك", "هيت", "القيارة", "الشرقاط", "طوز خورماتو", "عانة",
    "وادي حوران", "سلسلة جبال حمرين", "مخيم الهول",
)  # fmt: skip
BYLINE_PLACES = ("بغداد", "الموصل", "أربيل", "الأنبار", "كركوك", "البصرة", "النجف", "صلاح الدين")
OUTLETS = (
    "وكالة الفرات للأنباء", "صحيفة الضفتين", "شبكة الرافدين", "دجلة اليوم", "السومرية نيوز", "شفق نيوز",
    "المدى برس", "الأطلس 24", "موازين نيوز", "بغداد اليوم", "وكالة البيان للأنباء", "صحيفة الجسر",
)  # fmt: skip
# A story: (headline, lead with its date {w}, recall with an absolute date {w}); {a} actor, {p} place, {n}.
STORIES = (
    (
        "{a} يعلن تحرير {p} من «داعش»",
        "أعلن {a}، {w}، تحرير {p} بالكامل من قبضة تنظيم «داعش» بعد معارك استمرت أسابيع.",
        "وكان {a} قد أعلن تحرير {p} من قبضة التنظيم {w}.",
    ),
    (
        "مقتل {n} من عناصر «داعش» بضربة للتحالف الدولي في {p}",
        "قُتل {n} من عناصر تنظيم «داعش»، {w}، بضربة جوية نفذها طيران التحالف الدولي في {p}.",
        "وكانت ضربة للتحالف الدولي قد قتلت {n} من عناصر التنظيم في {p} {w}.",
    ),
    (
        "هجوم انتحاري يستهدف نقطة تفتيش في {p}",
        "استهدف هجوم انتحاري، {w}، نقطة تفتيش للجيش العراقي في {p}، ما أسفر عن سقوط {n} بين قتيل وجريح.",
        "وكان هجوم انتحاري قد استهدف نقطة تفتيش في {p} {w}.",
    ),
    (
        "الحشد الشعبي يطلق عملية لتأمين {p}",
        "أطلقت قوات الحشد الشعبي، {w}، عملية عسكرية واسعة لتأمين {p} وملاحقة خلايا «داعش».",
        "وكانت قوات الحشد الشعبي قد أطلقت عملية لتأمين {p} {w}.",
    ),
    (
        "{a} يزور {p} ويلتقي القادة الميدانيين",
        "وصل {a}، {w}، إلى {p} في زيارة تفقد خلالها القطعات العسكرية المنتشرة في المنطقة.",
        "وكان {a} قد زار {p} {w}.",
    ),
    (
        "عودة {n} عائلة نازحة إلى {p}",
        "عادت {n} عائلة نازحة، {w}، إلى منازلها في {p} بعد تأمينها من قبل القوات الأمنية.",
        "وكانت {n} عائلة نازحة قد عادت إلى {p} {w}.",
    ),
    (
        "اعتقال قيادي في «داعش» بعملية نوعية في {p}",
        "أعلن جهاز مكافحة الإرهاب، {w}، اعتقال قيادي بارز في تنظيم «داعش» خلال عملية نوعية في {p}.",
        "وكان جهاز مكافحة الإرهاب قد اعتقل قيادياً في التنظيم في {p} {w}.",
    ),
    (
        "العثور على مقبرة جماعية في {p}",
        "عثرت فرق الدفاع المدني، {w}، على مقبرة جماعية تضم رفات {n} شخصاً في {p}.",
        "وكانت فرق الدفاع المدني قد عثرت على مقبرة جماعية في {p} {w}.",
    ),
)
# Other sentences, by the kind of date phrase {d} they carry; {o} another actor, {p} a place, {n} a number.
FILLERS = {
    "past": (
        "وكان {o} قد زار {p} {d} لبحث الأوضاع الأمنية مع القادة الميدانيين.",
        "وأفاد مصدر أمني بأن القوات اعتقلت {n} مشتبهاً بهم في {p} {d}.",
    ),
    "future": (
        "ومن المقرر أن يعقد {o} اجتماعاً {d} لمناقشة ملف النازحين في {p}.",
        "ويتوقع أن تنطلق عملية عسكرية جديدة في {p} {d}.",
    ),
    "vague": (
        "وتشهد {p} {d} تحسناً ملحوظاً في الأوضاع الأمنية.",
        "وقال محللون إن هجمات «داعش» في {p} تراجعت {d} بشكل كبير.",
    ),
    "duration": (
        "ويسيطر التنظيم على أجزاء من {p} {d}.",
        "واستمرت المعارك في محيط {p} {d} قبل أن تهدأ.",
    ),
    "none": (
        "وحذرت الأمم المتحدة من تدهور الأوضاع الإنسانية في {p}.",
        "ودعا {o} إلى تعزيز التنسيق بين القوات الأمنية في {p}.",
        "وتقدّر مصادر محلية عدد المسلحين في {p} بنحو {n} عنصر.",
    ),
}
PHRASES = {
    "past": ("الأسبوع الماضي", "قبل ثلاثة أيام", "قبل أسبوعين", "الشهر الماضي", "أمس الأول", "يوم السبت"),
    "future": ("الخميس المقبل", "الأسبوع المقبل", "الشهر المقبل", "بعد غد", "مطلع العام المقبل"),
    "vague": ("في الآونة الأخيرة", "خلال الفترة الماضية", "منذ سنوات", "حالياً", "خلال شهر رمضان"),
    "duration": ("منذ أكثر من عامين", "طوال ثلاثة أشهر", "لمدة أسبوع", "خلال ستة أشهر", "منذ عشرة أيام"),
}
FILLER_KINDS = ("recall", "recall", "past", "future", "vague", "duration", "none", "none")
RELATED_MARKERS = ("مقالات مشابهة", "مقالات ذات صلة", "اقرأ أيضا", "أخبار ذات صلة")
FOOTERS = ("شارك", "شارك على فيسبوك", "اترك تعليقاً", "زر العودة إلى الأعلى", "اشترك في النشرة البريدية")
SECTIONS = ("أمن", "محليات", "سياسية")
FIRST, LAST = date(2014, 1, 1), date(2025, 6, 30)

# --- the generator ----------------------------------------------------------------------------------------


class Corpus:
    """Stories spread over 2014-2025, and pages telling them; `write(folder, n)` writes about n articles."""

    def __init__(self, n: int, seed: int) -> None:
        self.rng = rng = random.Random(seed)
        days = (LAST - FIRST).days
        count = max(10, n * 10 // 22)  # each told about 2.2 times
        self.stories = sorted(
            (FIRST + timedelta(rng.randrange(days)), rng.randrange(len(STORIES)), rng.choice(ACTORS),
             rng.choice(PLACES), rng.randint(3, 60))
            for _ in range(count)
        )  # fmt: skip
        self.days = [s[0] for s in self.stories]

    def _slots(self, story: tuple) -> dict[str, str]:
        day, _, actor, place, n = story
        pm = [name for start, name in PRIME_MINISTERS if start <= day][-1]
        return {"a": actor.format(pm=pm), "p": place, "n": str(n)}

    def headline(self, story: tuple) -> str:
        return STORIES[story[1]][0].format(**self._slots(story))

    def date_text(self, day: date) -> str:
        """An absolute date in the body: day, month or year grain, in one of several month systems."""
        rng = self.rng
        style = rng.choice(("combo", "msa", "levant", "levant", "indic", "algeria"))
        msa, lev = MONTHS["msa"][day.month - 1], MONTHS["levant"][day.month - 1]
        month = {"combo": f"{lev}/{msa}", "msa": msa, "levant": lev, "indic": lev}.get(style)
        month = month or MONTHS["algeria"][day.month - 1]
        grain = rng.random()
        if grain < 0.6:
            text = f"في {day.day} {month} {day.year}"
        elif grain < 0.8:
            text = f"في {month} {day.year}"
        elif grain < 0.9:
            text = f"{rng.choice(('أواخر', 'مطلع', 'منتصف'))} {day.year}"
        else:
            text = f"عام {day.year}"
        return text.translate(INDIC) if style == "indic" else text

    def dateline(self, day: date) -> str:
        rng = self.rng
        form = rng.randrange(6)
        h, m = rng.randrange(24), rng.randrange(60)
        if form == 0:
            suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day.day, "th")
            return f"تاريخ النشر: {day.day}{suffix}, {MONTHS['english'][day.month - 1]} {day.year} GMT"
        if form == 1:
            section = f"{rng.choice(SECTIONS)} |   " if rng.random() < 0.5 else ""
            return f"{section}{h:02d}:{m:02d} – {day.day:02d}/{day.month:02d}/{day.year}"
        if form == 2:
            noon = "م" if h >= 12 else "ص"
            clock = f"{(h - 1) % 12 + 1}:{m:02d} {noon}"
            return f"آخر تحديث: {day.day} {MONTHS['maghreb'][day.month - 1]} {day.year} - {clock}"
        if form == 3:
            return f"نشر في {day.day} {MONTHS['levant'][day.month - 1]} {day.year}"
        text = (
            f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS['msa' if form == 4 else 'levant'][day.month - 1]}"
        )
        return f"{text} {day.year}".translate(INDIC) if form == 5 else f"{text} {day.year}"

    def lead_when(self, day: date, published: date) -> str:
        """The lead's date: the story's day said relative to the publication day."""
        delta, wd = (published - day).days, WEEKDAYS[day.weekday()]
        if delta == 0:
            return self.rng.choice((f"اليوم {wd}", f"صباح اليوم {wd}", f"مساء اليوم {wd}"))
        if delta == 1:
            return self.rng.choice((f"أمس {wd}", f"مساء أمس {wd}"))
        if delta == 2:
            return self.rng.choice(("أمس الأول", "قبل يومين"))
        return f"يوم {wd} الماضي"

    def sentences(self, story: tuple, published: date) -> list[str]:
        rng = self.rng
        slots = self._slots(story)
        out = [STORIES[story[1]][1].format(**slots, w=self.lead_when(story[0], published))]
        earlier = self.stories[: bisect_left(self.days, story[0])]
        for kind in rng.sample(FILLER_KINDS, rng.randint(3, 7)):
            if kind == "recall" and earlier:
                old = rng.choice(earlier[-200:]) if rng.random() < 0.8 else rng.choice(earlier)
                out.append(STORIES[old[1]][2].format(**self._slots(old), w=self.date_text(old[0])))
            elif kind != "recall":
                d = rng.choice(PHRASES[kind]) if kind != "none" else ""
                template = rng.choice(FILLERS[kind])
                out.append(
                    template.format(o=rng.choice(OTHERS), p=rng.choice(PLACES), n=rng.randint(5, 900), d=d)
                )
        return out

    def telling(self, story: tuple) -> tuple[date, str, list[str]]:
        """When an outlet published a story, which outlet, and the article's sentences."""
        delta = self.rng.choices((0, 1, 2, 3, 5), (40, 35, 10, 10, 5))[0]
        published = story[0] + timedelta(delta)
        return published, self.rng.choice(OUTLETS), self.sentences(story, published)

    def article(self, story: tuple) -> list[str]:
        """A page's lines for one article: title, dateline and byline (in either order), body, source."""
        rng = self.rng
        published, outlet, body = self.telling(story)
        dash = rng.choice(("–", "ـ", "-"))
        byline = f"{rng.choice(BYLINE_PLACES)} {dash} {outlet}"
        head = [self.dateline(published), byline]
        if rng.random() < 0.3:
            head.reverse()
        tail = [f"المصدر: {outlet}"] if rng.random() < 0.6 else []
        if rng.random() < 0.4:
            tail.append(f"كلمات دلالية: {slots_words(self._slots(story))}")
        return [self.headline(story), *head, *body, *tail]

    def page(self) -> tuple[list[str], int]:
        """One .txt page of one to three articles, and how many chrono should find on it."""
        rng = self.rng
        full = rng.choices((1, 2, 3), (45, 40, 15))[0]
        lines = self.article(rng.choice(self.stories))
        for _ in range(full - 1):
            lines += ["إقرأ أيضاً:", *self.article(rng.choice(self.stories))]
        lines += rng.sample(FOOTERS, 2)
        if full < 3 and rng.random() < 0.5:
            heads = [self.headline(rng.choice(self.stories)) for _ in range(3)]
            lines += [rng.choice(RELATED_MARKERS), *(f"  • {h}" for h in heads)]
            full += 1
        return lines, full

    def record(self, index: int) -> dict[str, str]:
        """A JSON Lines record, under the field names of one of two scrapers."""
        story = self.rng.choice(self.stories)
        published, outlet, body = self.telling(story)
        stamp = f"{published.isoformat()}T{self.rng.randrange(24):02d}:{self.rng.randrange(60):02d}:00+03:00"
        fields = (("title", "text", "published", "source"), ("headline", "body", "pubDate", "outlet"))
        names = fields[index % 2]
        values = (self.headline(story), " ".join(body), stamp, outlet)
        return {**dict(zip(names, values, strict=True)), "url": f"https://example.org/news/{index}"}

    def write(self, folder: Path, n: int) -> tuple[int, int]:
        """About n articles into `folder` (pages by year of publication, a few .jsonl files); how many files
        and articles were written."""
        records = min(n // 20, 40 * max(1, n // 2000))
        jsonl = max(1, records // 40) if records else 0
        for i in range(jsonl):
            rows = [self.record(j) for j in range(i * 40, min(records, (i + 1) * 40))]
            text = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
            (folder / f"wire-{i:02d}.jsonl").write_text(text, encoding="utf-8")
        articles, files = records, jsonl
        while articles < n:
            articles += self.add_page(folder, files)
            files += 1
        return files, articles

    def add_page(self, folder: Path, index: int) -> int:
        lines, count = self.page()
        year = folder / lines_year(lines)
        year.mkdir(exist_ok=True)
        (year / f"{index:06d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return count


def slots_words(slots: dict[str, str]) -> str:
    return " ".join((slots["p"], "داعش", "الأمن", "النازحين"))


def lines_year(lines: list[str]) -> str:
    """The page's folder: the first four-digit year of its head (its dateline)."""
    for ch in " ".join(lines[1:3]).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")).split():
        if len(ch) >= 4 and ch[-4:].isdigit() and ch[-4:].startswith("20"):
            return ch[-4:]
    return "other"


# --- the measurements -------------------------------------------------------------------------------------


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child (workers), in MB (Linux: KB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


class TreeMemory:
    """The peak, over a run, of the memory this process and all its descendants hold together, sampled
    every `every` seconds: the sum of their proportional set sizes (PSS, Linux's smaps_rollup), which
    counts a page shared by n processes (forked children share the build's heap) as 1/n in each, so the
    sum is what the tree really occupies. Unavailable (None) where /proc has no smaps_rollup."""

    def __init__(self, every: float = 0.1) -> None:
        self.peak_mb: float | None = None
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> TreeMemory:
        if Path(f"/proc/{os.getpid()}/smaps_rollup").exists():
            self.peak_mb = 0.0
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(self._every):
            total = sum(_pss_kb(pid) for pid in _tree(os.getpid())) / 1024
            self.peak_mb = max(self.peak_mb or 0.0, total)


def _tree(pid: int) -> list[int]:
    """`pid` and its descendants, from /proc's children lists (processes that end meanwhile are skipped)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                todo.extend(int(c) for c in (task / "children").read_text().split())
            except OSError:
                continue
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(n: int, jobs: int, seed: int, root: Path, profile: bool) -> None:
    from chrono.events import merge
    from chrono.pipeline import build, extract_corpus
    from chrono.render import write_site

    corpus = root / "corpus"
    shutil.rmtree(root, ignore_errors=True)
    corpus.mkdir(parents=True)
    gen = Corpus(n, seed)
    started = time.perf_counter()
    files, articles = gen.write(corpus, n)
    size = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file()) / 1024 / 1024
    took = time.perf_counter() - started
    print(f"\n== {n:,} articles: {files:,} files ({size:.1f} MB) written in {took:.1f} s")

    problems: list[str] = []
    started = time.perf_counter()
    with TreeMemory() as memory:
        full = build(
            corpus, root / "site", report=problems.append, jobs=jobs, cache_dir=root / "cache", quiet=True
        )
    full_s = time.perf_counter() - started
    print(f"full build        {full_s:8.1f} s   (target < 60 s for 10,000 articles on 2 cores)")
    print(f"                  {full.describe()}")
    if problems:
        print(f"  {len(problems)} problems reported, e.g. {problems[:3]}")

    started = time.perf_counter()
    extractions = extract_corpus(corpus, report=lambda _: None, jobs=jobs)
    extract_s = time.perf_counter() - started
    found = [a for e in extractions for a in e.articles]
    full_articles = [a for a in found if a.kind != "related-headlines"]  # headline lists carry no dateline
    dated = sum(a.published is not None for a in full_articles) / max(len(full_articles), 1)
    mentions = {a.id: ms for e in extractions for a, ms in zip(e.articles, e.mentions, strict=True)}
    ems = [m for e in extractions for m in e.events]
    print(
        f"extraction        {extract_s:8.1f} s   {len(found) / extract_s:,.0f} articles/s "
        f"({len(found):,} articles, {len(found) - len(full_articles):,} of them headline lists; {dated:.1%} "
        f"of the others dated; {len(ems):,} event mentions)"
    )
    started = time.perf_counter()
    chronology = merge(ems)
    merge_s = time.perf_counter() - started
    print(f"merge             {merge_s:8.1f} s   {len(chronology.events):,} events")
    started = time.perf_counter()
    write_site(chronology, found, mentions, root / "staged-site", generated=datetime.now(UTC).isoformat())
    site_s = time.perf_counter() - started
    print(f"site              {site_s:8.1f} s")

    # A rebuild runs in a process of its own (the CLI): what the stages above hold is let go first, or its
    # garbage collections would walk it too.
    del extractions, found, full_articles, mentions, ems, chronology
    gc.collect()
    extra = gen.add_page(corpus, files)
    started = time.perf_counter()
    build(corpus, root / "site", report=lambda _: None, jobs=jobs, cache_dir=root / "cache", quiet=True)
    re_s = time.perf_counter() - started
    own, child = peak_mb()
    print(
        f"rebuild +1 file   {re_s:8.1f} s   ({extra} article(s)) = {re_s / full_s:.1%} of the full build "
        f"(target < 5%)"
    )
    # As a user rebuilds: the CLI in a process of its own, which imports chrono and compiles its grammar and
    # templates first.
    extra = gen.add_page(corpus, files + 1)
    command = "import sys; from chrono.cli import main; sys.exit(main(sys.argv[1:]))"
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-c",
            command,
            "build",
            str(corpus),
            "-o",
            str(root / "site"),
            "--cache",
            str(root / "cache"),
            "--quiet",
            "--jobs",
            str(jobs),
        ],
        check=True,
        capture_output=True,
    )
    cli_s = time.perf_counter() - started
    print(
        f"  by the CLI      {cli_s:8.1f} s   ({extra} article(s)) in a fresh process = {cli_s / full_s:.1%} "
        "of the full build"
    )
    tree = f"{memory.peak_mb:,.0f} MB" if memory.peak_mb is not None else "unknown (no /proc)"
    print(
        f"peak memory       {tree} in all (the full build's processes, PSS; target < 2048 MB); peak RSS "
        f"{own:,.0f} MB this process, {child:,.0f} MB largest child"
    )
    if profile:
        run_profiles(corpus, root)


def run_profiles(corpus: Path, root: Path) -> None:
    """Each stage once in this process (jobs=1) under cProfile: the top functions by own time."""
    from chrono.events import merge
    from chrono.pipeline import extract_corpus
    from chrono.render import write_site

    state: dict[str, object] = {}

    def extract() -> None:
        state["x"] = extract_corpus(corpus, report=lambda _: None, jobs=1)

    def merged() -> None:
        state["c"] = merge(m for e in state["x"] for m in e.events)

    def site() -> None:
        xs = state["x"]
        found = [a for e in xs for a in e.articles]
        mentions = {a.id: ms for e in xs for a, ms in zip(e.articles, e.mentions, strict=True)}
        write_site(state["c"], found, mentions, root / "profiled-site", generated="x")

    for name, stage in (("extraction", extract), ("merge", merged), ("site", site)):
        prof = cProfile.Profile()
        prof.runcall(stage)
        out = io.StringIO()
        stats = pstats.Stats(prof, stream=out)
        print(f"\n-- profile: {name}, {stats.total_tt:.1f} s (jobs=1), top by own time")
        stats.sort_stats("tottime").print_stats(12)
        print("\n".join(line for line in out.getvalue().splitlines()[6:] if line.strip()))
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(r"chrono", 12)
        print(f"-- profile: {name}, chrono's functions by cumulative time")
        print("\n".join(line for line in out.getvalue().splitlines()[6:] if line.strip()))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="articles per corpus")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    p.add_argument("--keep", type=Path, help="write the corpora and sites here and keep them")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--profile", action="store_true", help="profile each stage (jobs=1) on each corpus")
    args = p.parse_args()
    import chrono.render  # noqa: F401  (jinja2, plotly and mkdocs load once, outside the timings)

    print(f"chrono corpus benchmark: jobs={args.jobs}, {os.cpu_count()} cores, seed {args.seed}")
    with tempfile.TemporaryDirectory(prefix="chrono-bench-") as tmp:
        base = args.keep or Path(tmp)
        for n in args.sizes:
            measure(n, args.jobs, args.seed, base / f"n{n}", args.profile)


if __name__ == "__main__":
    main()
