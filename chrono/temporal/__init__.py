"""chrono's Arabic date engine: `find_dates(text, published)` gives every date expression of a text with its
TIMEX3 value. Language data lives in `lexicon/`, the rules in `grammar.py`, anchoring in `resolve.py`."""

from chrono.temporal.find import find_dates

__all__ = ["find_dates"]
