"""A one-line progress bar on stderr for long builds: files done, events found, rate. Silent when disabled
(not a terminal, or --quiet), so logs and pipes stay clean."""

from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._total = 0
        self._done = 0
        self._events = 0
        self._started = time.perf_counter()
        self._shown = 0.0

    def total(self, files: int, done: int = 0) -> None:
        self._total, self._done = files, done
        self._show(force=True)

    def advance(self, events: int = 0) -> None:
        self._done += 1
        self._events += events
        self._show()

    def close(self) -> None:
        if self.enabled and self._total:
            self._show(force=True)
            sys.stderr.write("\n")

    def _show(self, force: bool = False) -> None:
        now = time.perf_counter()
        if not self.enabled or (not force and now - self._shown < 0.1):
            return
        self._shown = now
        width = 30
        filled = width * self._done // self._total if self._total else width
        rate = self._done / max(now - self._started, 1e-9)
        sys.stderr.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {self._done}/{self._total} files, "
            f"{self._events} event mentions, {rate:.0f} files/s"
        )
        sys.stderr.flush()
