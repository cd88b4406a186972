"""Debian's chromium as the browser tests and benchmarks/site.py drive it through playwright: offline, no
sandbox (CI runs as root), nothing fetched in the background."""

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
