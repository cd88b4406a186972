"""chrono: a folder of Arabic news articles in, one deduplicated, sourced chronology of events out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("chrono")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
