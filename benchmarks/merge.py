"""How merge time grows with the number of event mentions: 1,000, 10,000 and 100,000 synthetic mentions.

    .venv/bin/python benchmarks/merge.py [sizes...]

The mentions are made up but shaped like news: stories spread over 2014-2025, each told one to four
times by different outlets at different grains (mostly a day, some a month, a year or "late" in a year,
some dated only by the article's publication day), in sentences that share the story's own words and names
plus common filler and the few names every article has (العراق, داعش). Words are random letter strings,
drawn with a long tail so that some are everywhere and most are rare, as in a real corpus. The ratio
column is the growth of time over the growth of input: near 1 means near-linear. Times are CPU seconds
of this process after a warm-up merge (the caches of word forms fill on first use), so that other work on
the machine skews them less. Run by hand; it is not a test and its timings depend on the machine.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

from chrono.events import merge
from chrono.events.gazetteer import NAMES
from chrono.model import Entity, EventMention, Mention
from chrono.temporal import timex

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
START, DAYS = date(2014, 1, 1), 12 * 365
ARTICLE_SIZE = 5  # mentions per synthetic article
EVERYWHERE = (Entity("العراق", "LOC"), Entity("داعش", "ORG"))


def vocabulary(rng: random.Random, size: int) -> list[str]:
    return ["".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7))) for _ in range(size)]


def long_tail(rng: random.Random, words: list[str], k: int) -> list[str]:
    """k words, the first of `words` far more often than the last (Zipf-like)."""
    return [words[min(int(rng.paretovariate(1.1)) - 1, len(words) - 1)] for _ in range(k)]


def dated_value(rng: random.Random, day: date) -> tuple[str, str | None]:
    roll = rng.random()
    if roll < 0.7:
        return day.isoformat(), None
    if roll < 0.85:
        return f"{day.year:04d}-{day.month:02d}", None
    if roll < 0.95:
        return f"{day.year:04d}", None
    return f"{day.year:04d}", "END"


def mentions(n: int, seed: int = 0) -> list[EventMention]:
    rng = random.Random(seed)
    words = vocabulary(rng, 50_000)
    names = [Entity(name.name, name.kind) for name in NAMES]
    out: list[EventMention] = []
    while len(out) < n:
        day = START + timedelta(rng.randrange(DAYS))
        story = rng.sample(words, 8)
        cast = rng.sample(names, rng.randint(1, 3))
        for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
            body = " ".join(rng.sample(story, 6) + long_tail(rng, words, 8))
            published = day + timedelta(rng.randint(0, 400))
            if rng.random() < 0.1:
                mention, published = None, day
                sentence = body
            else:
                value, mod = dated_value(rng, day)
                expression = f"في {value}"
                sentence = f"{body} {expression}"
                first, last = timex.interval(value, mod) or (day, day)
                at = len(body) + 1
                mention = Mention(at, at + len(expression), expression, "DATE", value, mod, None, first, last)
            index = len(out)
            out.append(
                EventMention(
                    article=f"synthetic/{index // ARTICLE_SIZE}.txt#0",
                    file=f"synthetic/{index // ARTICLE_SIZE}.txt",
                    outlet=f"outlet {rng.randrange(40)}",
                    published=published,
                    title=None,
                    sentence=sentence,
                    sentence_start=0,
                    mention=mention,
                    entities=tuple(dict.fromkeys(EVERYWHERE + tuple(cast))),
                )
            )
    rng.shuffle(out)
    return out[:n]


def main(sizes: list[int]) -> None:
    merge(mentions(2_000, seed=1))
    print(f"{'mentions':>9} {'events':>8} {'seconds':>8} {'µs/mention':>11} {'ratio':>6}")
    previous: tuple[int, float] | None = None
    for n in sizes:
        batch = mentions(n)
        began = time.process_time()
        chronology = merge(batch)
        seconds = time.process_time() - began
        ratio = f"{(seconds / previous[1]) / (n / previous[0]):6.2f}" if previous else f"{'':>6}"
        print(f"{n:>9,} {len(chronology.events):>8,} {seconds:>8.2f} {seconds / n * 1e6:>11.1f} {ratio}")
        previous = (n, seconds)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1_000, 10_000, 100_000])
