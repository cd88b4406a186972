"""The home page's charts, as plotly figures drawn in the browser by assets/charts.js.

Each chart is a JSON string {"data", "layout", "config"} that the page embeds in a
<script type="application/json"> element, with "<", ">" and "&" escaped so that no text from an article
can close that element. Hover texts go through plotly's own markup (<br>, <b>, <a>), so every
text from the data is HTML-escaped first: plotly shows "&lt;" as "<" and never reads it as a tag.

The timeline uses scattergl (WebGL), which stays fluid at 10,000 points where SVG scatter does not.

The figures are written as plain dicts in plotly's schema, not built with plotly.graph_objects: its
validation, which checks values made here, took most of a 10,000-event home page (0.3 s, 0.7 s in a fresh
process). The tests check that plotly takes each figure as it is.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import plotly

from chrono.model import Event
from chrono.render import dates, links

if TYPE_CHECKING:
    from chrono.render.records import EventRecord

FONT = '"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", Tahoma, "Segoe UI", sans-serif'
# Rows of the timeline: the most frequent actors, then the rest together.
ROWS = 8
OTHER_ACTORS = "جهات أخرى"
NO_ACTOR = "بلا جهة محددة"
SYMBOLS = {"day": "circle", "week": "circle", "month": "square"}
COARSE_SYMBOL = "diamond"
# Above this many events, smaller points keep a row of the timeline from becoming one blot.
DENSE = 1000
CONFIG = {"displaylogo": False, "responsive": True, "scrollZoom": True}
# The figures' look: plotly's "plotly_white" template, as plotly ships it.
TEMPLATE = Path(plotly.__file__).parent / "package_data" / "templates" / "plotly_white.json"


class Point(NamedTuple):
    """An event's point on the timeline, but for its row (which depends on the whole chronology): made once
    with the event's record (records.py), as the timeline of 10,000 events took 0.2 s to make them. A
    named tuple: the cache unpickles 10,000 records on every build, and a dataclass takes twice as long."""

    x: str  # the middle of its interval
    jitter: float  # where in its row, by a hash of its id: events of one day do not hide each other
    symbol: str
    hovertext: str
    card: str  # the URL of its card, relative to the home page


def point(event: Event) -> Point:
    """The event's point: at the middle of its interval, its hover text its date and title (escaped)."""
    label = dates.label(event.date, event.mod)
    middle = event.start + timedelta(days=(event.end - event.start).days // 2)
    return Point(
        x=middle.isoformat(),
        jitter=int(hashlib.sha1(event.id.encode()).hexdigest()[:4], 16) / 0xFFFF * 0.6 - 0.3,
        symbol=SYMBOLS.get(label.grain, COARSE_SYMBOL),
        hovertext=f"{escape(label.text)}<br>{escape(event.title)}",
        card=links.event_page(event),
    )


def timeline(events: Sequence[EventRecord]) -> str:
    """Every event as a point (`Point`), one row per actor.

    A point's customdata is the URL of its card, which charts.js opens on click; its y is its row's
    number plus its jitter, so the picture is the same on every build."""
    actors = _actors(events)
    rows = _rows(actors)
    members: dict[str, list[Point]] = {name: [] for name in rows}
    for event in events:
        members[actors[event.id]].append(event.point)
    size = 9 if len(events) <= DENSE else 5
    data = [
        {
            "hovertemplate": "%{hovertext}<extra></extra>",
            "marker": {"opacity": 0.8, "size": size, "symbol": [p.symbol for p in points]},
            "mode": "markers",
            "name": name,
            "type": "scattergl",
            "x": [p.x for p in points],
            "y": [round(row + p.jitter, 3) for p in points],
            "hovertext": [p.hovertext for p in points],
            "customdata": [p.card for p in points],
        }
        for row, (name, points) in enumerate(members.items())
    ]
    layout = {
        "template": _template(),
        "margin": {"l": 130, "r": 20, "t": 30, "b": 40},
        "font": {"family": FONT},
        "xaxis": {"title": {"text": "التاريخ"}, "type": "date"},
        "yaxis": {
            "tickmode": "array",
            "tickvals": list(range(len(rows))),
            "ticktext": [escape(r) for r in rows],
            "range": [len(rows) - 0.5, -0.5],
            "fixedrange": True,
            "zeroline": False,
        },
        "height": 160 + 48 * len(rows),
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "hovermode": "closest",
        "dragmode": "zoom",
        "showlegend": False,
    }
    return _json({"data": data, "layout": layout})


def per_month(events: Sequence[EventRecord]) -> str:
    """Events per month, counting those dated to a day, week or month; coarser ones cannot be placed in a
    month and are left out (the page says how many)."""
    counts = Counter(date(e.start.year, e.start.month, 1) for e in events if _monthly(e))
    months = sorted(counts)
    data = {
        "hovertemplate": "%{hovertext}: %{y}<extra></extra>",
        "hovertext": [f"{dates.MONTHS[m.month - 1]} {m.year}" for m in months],
        "x": [m.isoformat() for m in months],
        "y": [counts[m] for m in months],
        "type": "bar",
    }
    layout = {
        "template": _template(),
        "margin": {"l": 50, "r": 20, "t": 20, "b": 40},
        "font": {"family": FONT},
        "xaxis": {"title": {"text": "الشهر"}, "type": "date"},
        # Whole numbers only: with a handful of events plotly would tick 0.2, 0.4...
        "yaxis": {
            "title": {"text": "عدد الأحداث"},
            "rangemode": "tozero",
            "dtick": max(1, -(-max(counts.values(), default=0) // 5)),
        },
        "height": 280,
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "bargap": 0.1,
    }
    return _json({"data": [data], "layout": layout})


def coarse_count(events: Sequence[EventRecord]) -> int:
    """How many events per_month leaves out."""
    return sum(1 for e in events if not _monthly(e))


def _monthly(event: EventRecord) -> bool:
    return event.label.grain in dates.MONTHLY


def _actors(events: Sequence[EventRecord]) -> dict[str, str]:
    """Each event's row: its actor (person or organisation) that is most frequent over the whole
    chronology, ties broken by name."""
    frequency = Counter(n for e in events for n in e.actors)
    ranked = sorted(frequency.items(), key=lambda kv: (-kv[1], kv[0]))
    rank = {name: i for i, (name, _) in enumerate(ranked)}
    result = {}
    for event in events:
        if not event.actors:
            result[event.id] = NO_ACTOR
        else:
            first = min(event.actors, key=rank.__getitem__)
            result[event.id] = first if rank[first] < ROWS else OTHER_ACTORS
    return result


def _rows(actors: dict[str, str]) -> list[str]:
    counts = Counter(actors.values())
    named = sorted((n for n in counts if n not in (OTHER_ACTORS, NO_ACTOR)), key=lambda n: (-counts[n], n))
    return named + [n for n in (OTHER_ACTORS, NO_ACTOR) if n in counts]


@lru_cache(maxsize=1)
def _template() -> dict[str, Any]:
    """Read once per process; only ever serialised, never changed."""
    return json.loads(TEMPLATE.read_text(encoding="utf-8"))


def _json(figure: dict[str, object]) -> str:
    """The figure as JSON that is safe inside <script type="application/json">: "<", ">" and "&" as \\u
    escapes, so no text can end the element. Arabic stays as UTF-8 (a third of the size of \\u escapes).
    Plain json: the figure holds only strings and numbers made here (plotly's encoder, for numpy arrays and
    NaN, encodes, parses and encodes again)."""
    text = json.dumps({**figure, "config": CONFIG}, ensure_ascii=False, allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
