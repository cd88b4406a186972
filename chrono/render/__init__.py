"""Rendering: a chronology in, a static Arabic website and its data files (JSON, CSV, iCalendar) out.

    write_site(chronology, articles, mentions, Path("site"), generated="2025-03-25T10:00:00Z")
    serve(Path("site"), port=8000)

Modules: dates (how a date reads), marks (escaped text with <mark>s), links (where pages live), exports
(data files), charts (plotly figures), pages (jinja2 -> pages for mkdocs), site (the mkdocs build), hooks
(mkdocs hooks named in mkdocs.yml), serve (HTTP).
"""

from chrono.render.serve import serve
from chrono.render.site import write_site

__all__ = ["serve", "write_site"]
