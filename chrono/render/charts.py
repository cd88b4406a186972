"""The home page's charts, built with plotly (Python) and drawn in the browser by assets/charts.js.

Each chart is a JSON string {"data", "layout", "config"} that the page embeds in a
<script type="application/json"> element, with "<", ">" and "&" escaped so that no text from an article
can close that element. Hover texts go through plotly's own markup (<br>, <b>, <a>), so every
text from the data is HTML-escaped first: plotly shows "&lt;" as "<" and never reads it as a tag.

The timeline uses scattergl (WebGL), which stays fluid at 10,000 points where SVG scatter does not.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING

import plotly.graph_objects as go

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


def timeline(events: Sequence[EventRecord]) -> str:
    """Every event as a point: x its date (the middle of its interval), one row per actor.

    A point's customdata is the URL of its card (relative to the home page), which charts.js opens on
    click. Rows are jittered by a hash of the event id, so events of one day do not hide each other and
    the picture is the same on every build. plotly makes and checks each row's trace without its points,
    which are then put in as plain lists: checking 10,000 points element by element took seconds and
    finds nothing, since they are dates, numbers, symbols and strings made here."""
    actors = _actors(events)
    rows = _rows(actors)
    fig = go.Figure()
    points = []
    for row, name in enumerate(rows):
        members = [e for e in events if actors[e.id] == name]
        fig.add_trace(
            go.Scattergl(
                name=name,
                mode="markers",
                marker={"size": 9 if len(events) <= DENSE else 5, "opacity": 0.8},
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
        points.append(
            {
                "x": [_middle(e).isoformat() for e in members],
                "y": [round(row + _jitter(e.id), 3) for e in members],
                "symbol": [SYMBOLS.get(e.label.grain, COARSE_SYMBOL) for e in members],
                "hovertext": [f"{escape(e.label.text)}<br>{escape(e.title)}" for e in members],
                "customdata": [links.event_page(e) for e in members],
            }
        )
    fig.update_layout(
        height=160 + 48 * len(rows),
        margin={"l": 130, "r": 20, "t": 30, "b": 40},
        template="plotly_white",
        font={"family": FONT},
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        hovermode="closest",
        dragmode="zoom",
        showlegend=False,
        xaxis={"type": "date", "title": {"text": "التاريخ"}},
        yaxis={
            "tickmode": "array",
            "tickvals": list(range(len(rows))),
            "ticktext": [escape(r) for r in rows],
            "range": [len(rows) - 0.5, -0.5],
            "fixedrange": True,
            "zeroline": False,
        },
    )
    figure = fig.to_plotly_json()
    for trace, given in zip(figure["data"], points, strict=True):
        trace["marker"]["symbol"] = given.pop("symbol")
        trace.update(given)
    return _json(figure)


def per_month(events: Sequence[EventRecord]) -> str:
    """Events per month, counting those dated to a day, week or month; coarser ones cannot be placed in a
    month and are left out (the page says how many)."""
    counts = Counter(date(e.start.year, e.start.month, 1) for e in events if _monthly(e))
    months = sorted(counts)
    fig = go.Figure(
        go.Bar(
            x=[m.isoformat() for m in months],
            y=[counts[m] for m in months],
            hovertext=[f"{dates.MONTHS[m.month - 1]} {m.year}" for m in months],
            hovertemplate="%{hovertext}: %{y}<extra></extra>",
        )
    )
    fig.update_layout(
        height=280,
        margin={"l": 50, "r": 20, "t": 20, "b": 40},
        template="plotly_white",
        font={"family": FONT},
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        bargap=0.1,
        xaxis={"type": "date", "title": {"text": "الشهر"}},
        # Whole numbers only: with a handful of events plotly would tick 0.2, 0.4...
        yaxis={
            "title": {"text": "عدد الأحداث"},
            "rangemode": "tozero",
            "dtick": max(1, -(-max(counts.values(), default=0) // 5)),
        },
    )
    return _json(fig)


def coarse_count(events: Sequence[EventRecord]) -> int:
    """How many events per_month leaves out."""
    return sum(1 for e in events if not _monthly(e))


def _monthly(event: EventRecord) -> bool:
    return dates.grain(event.date) in dates.MONTHLY


def _actors(events: Sequence[EventRecord]) -> dict[str, str]:
    """Each event's row: its actor (person or organisation) that is most frequent over the whole
    chronology, ties broken by name."""
    frequency = Counter(n for e in events for n in {x.name for x in e.entities if x.kind in ("PER", "ORG")})
    top = {name for name, _ in sorted(frequency.items(), key=lambda kv: (-kv[1], kv[0]))[:ROWS]}
    result = {}
    for event in events:
        names = sorted(
            {x.name for x in event.entities if x.kind in ("PER", "ORG")}, key=lambda n: (-frequency[n], n)
        )
        if not names:
            result[event.id] = NO_ACTOR
        else:
            result[event.id] = names[0] if names[0] in top else OTHER_ACTORS
    return result


def _rows(actors: dict[str, str]) -> list[str]:
    counts = Counter(actors.values())
    named = sorted((n for n in counts if n not in (OTHER_ACTORS, NO_ACTOR)), key=lambda n: (-counts[n], n))
    return named + [n for n in (OTHER_ACTORS, NO_ACTOR) if n in counts]


def _middle(event: EventRecord) -> date:
    return event.start + timedelta(days=(event.end - event.start).days // 2)


def _jitter(event_id: str) -> float:
    return int(hashlib.sha1(event_id.encode()).hexdigest()[:4], 16) / 0xFFFF * 0.6 - 0.3


def _json(fig: go.Figure | dict[str, object]) -> str:
    """The figure as JSON that is safe inside <script type="application/json">: "<", ">" and "&" as \\u
    escapes, so no text can end the element. Arabic stays as UTF-8 (a third of the size of \\u escapes).
    Plain json: the figure holds only strings and numbers made here (plotly's encoder, for numpy arrays and
    NaN, encodes, parses and encodes again)."""
    figure = fig if isinstance(fig, dict) else fig.to_plotly_json()
    text = json.dumps({**figure, "config": CONFIG}, ensure_ascii=False, allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
