"""`chrono serve`: the built site over plain HTTP on 127.0.0.1, as any static file server would serve it.

Search needs HTTP (its worker fetches search_index.json), so opening index.html as a file is not enough.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
from pathlib import Path


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Tests and benchmarks serve many requests; their log would drown the output."""


def make_server(site: Path, port: int = 0, *, quiet: bool = False) -> http.server.ThreadingHTTPServer:
    """A server for `site` on 127.0.0.1; port 0 picks a free one (read it from `server_address`)."""
    handler = _QuietHandler if quiet else http.server.SimpleHTTPRequestHandler
    return http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(handler, directory=str(Path(site).resolve()))
    )


def serve(site: Path, port: int = 8000) -> None:
    """Serve `site` until interrupted."""
    with make_server(site, port) as server:
        host, bound = server.server_address[:2]
        print(f"http://{host}:{bound}/", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
