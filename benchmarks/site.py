"""How the site scales: build time, home page size and home page load time for synthetic chronologies.

    .venv/bin/python benchmarks/site.py            # 1,000 and 10,000 events
    .venv/bin/python benchmarks/site.py 500 2000   # other sizes

Events are made up (seeded, so every run builds the same sites): one to three sources each, half of the
articles cited twice, days, months and years as grains, a pool of actors, places and outlets. Load time
is "first paint / timeline drawn": chromium's first contentful paint (the text, before plotly.min.js
runs), and the time from navigation to the timeline drawn (its .main-svg), served from 127.0.0.1;
without chromium and playwright that column says why it is empty. Timing never fails anything.
"""

from __future__ import annotations

import random
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

from chrono.model import Article, Chronology, Entity, Event, EventMention, Mention
from chrono.render import write_site
from chrono.render.serve import make_server
from chrono.temporal import timex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.render.chromium import ARGS, CHROMIUM  # noqa: E402

OUTLETS = (
    "صحيفة الضفتين",
    "وكالة البيان للأنباء",
    "قناة الرافدين",
    "شبكة الرافدين",
    "موقع الحدث",
    "إذاعة دجلة",
)
ACTORS = tuple(
    Entity(n, k)
    for n, k in (
        ("داعش", "ORG"),
        ("الجيش العراقي", "ORG"),
        ("التحالف الدولي", "ORG"),
        ("الحشد الشعبي", "ORG"),
        ("البيشمركة", "ORG"),
        ("حيدر العبادي", "PER"),
        ("مصطفى الكاظمي", "PER"),
        ("محمد شياع السوداني", "PER"),
        ("الأمم المتحدة", "ORG"),
        ("وزارة الدفاع", "ORG"),
        ("جهاز مكافحة الإرهاب", "ORG"),
    )
)
PLACES = tuple(
    Entity(n, "LOC") for n in ("الموصل", "الفلوجة", "الرمادي", "تكريت", "سنجار", "كركوك", "بغداد", "الأنبار")
)
VERBS = ("هجوم على", "تحرير", "معارك في", "انفجار في", "زيارة إلى", "اتفاق بشأن", "عودة النازحين إلى")


def chronology(n: int, seed: int = 1) -> tuple[Chronology, list[Article], dict[str, list[Mention]]]:
    """A made-up chronology of `n` events over 2014–2025."""
    rng = random.Random(seed)
    articles: list[Article] = []
    mentions: dict[str, list[Mention]] = {}
    statements: list[EventMention] = []
    for i in range(n // 2 + 1):
        published = date(2014, 1, 1) + timedelta(days=rng.randrange(0, 4380))
        outlet = rng.choice(OUTLETS)
        place, actor = rng.choice(PLACES), rng.choice(ACTORS)
        expression, value, mod = _expression(rng, published)
        sentence = f"أعلن {actor.name} {expression} {rng.choice(VERBS)} {place.name} بحسب مصادر محلية."
        text = (
            f"{sentence}\nوقال مسؤولون إن الوضع في {place.name} مستقر.\n"
            f"وتابعت {outlet} التطورات والتحالف الدولي."
        )
        article = Article(
            id=f"synthetic/{i // 100:03d}.jsonl#{i % 100}",
            file=f"synthetic/{i // 100:03d}.jsonl",
            index=i % 100,
            kind="main",
            title=f"{rng.choice(VERBS)} {place.name}",
            outlet=outlet,
            published=published,
            published_from=published.isoformat(),
            text=text,
        )
        start = text.index(expression)
        first, last = timex.interval(value, mod)
        found = Mention(
            start, start + len(expression), expression, "DATE", value, mod, published, first, last
        )
        articles.append(article)
        mentions[article.id] = [found]
        statements.append(
            EventMention(
                article.id, article.file, outlet, published, article.title, sentence, 0, found, (actor, place)
            )
        )
    events = []
    for i in range(n):
        cited = tuple(rng.sample(statements, rng.choice((1, 1, 2, 3))))
        lead = cited[0]
        events.append(
            Event(
                id=f"synthetic-{i:05d}",
                date=lead.mention.value,
                mod=lead.mention.mod,
                start=lead.mention.first,
                end=lead.mention.last,
                title=f"{rng.choice(VERBS)} {rng.choice(PLACES).name}",
                summary=lead.sentence,
                mentions=cited,
                entities=tuple(dict.fromkeys(e for m in cited for e in m.entities)),
                outlets=tuple(sorted({m.outlet for m in cited if m.outlet})),
            )
        )
    return Chronology(tuple(events), ()), articles, mentions


def _expression(rng: random.Random, published: date) -> tuple[str, str, str | None]:
    day = published - timedelta(days=rng.randrange(0, 3))
    roll = rng.random()
    if roll < 0.8:
        return f"يوم {day.day}/{day.month}/{day.year}", day.isoformat(), None
    if roll < 0.95:
        return f"خلال شهر {day.month} من {day.year}", timex.month(day.year, day.month), None
    return f"أواخر {day.year}", str(day.year), "END"


def load_time(site: Path) -> str:
    """Seconds to first paint and to the timeline drawn, or why they cannot be measured here."""
    if not Path(CHROMIUM).exists():
        return f"(no {CHROMIUM})"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return "(no playwright)"
    server = make_server(site, 0, quiet=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            began = time.perf_counter()
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/index.html")
            page.wait_for_selector("#chart-timeline .main-svg", timeout=120_000)
            page.wait_for_function("document.querySelector('#chart-timeline')._fullData !== undefined")
            took = time.perf_counter() - began
            paint = page.evaluate(
                "performance.getEntriesByName('first-contentful-paint').map(e => e.startTime)[0] || 0"
            )
            browser.close()
        return f"{paint / 1000:.2f} s / {took:.2f} s"
    finally:
        server.shutdown()
        server.server_close()


def main(sizes: list[int]) -> None:
    print(
        f"{'events':>8} {'articles':>9} {'build':>9} {'pages':>7} {'home':>9} {'search index':>13} "
        f"{'home paint / chart':>20}"
    )
    for n in sizes:
        chrono_, articles, mentions = chronology(n)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "site"
            began = time.perf_counter()
            write_site(chrono_, articles, mentions, out, generated="benchmark")
            build = time.perf_counter() - began
            pages = sum(1 for _ in out.rglob("*.html"))
            home = (out / "index.html").stat().st_size / 1e6
            index = (out / "search" / "search_index.json").stat().st_size / 1e6
            print(
                f"{n:>8} {len(articles):>9} {build:>7.1f} s {pages:>7} {home:>6.2f} MB {index:>10.1f} MB "
                f"{load_time(out):>20}",
                flush=True,
            )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1_000, 10_000])
