"""Bytes to text, for any bytes at all: a scraped corpus holds empty files, images saved as .txt, pages in
Windows Arabic (cp1256) and files cut off mid-character by a crawler's size limit.

    decode(b"\\xc8\\xdb\\xcf\\xc7\\xcf", "x.txt")
    # Decoded(text="بغداد", problems=("x.txt: not UTF-8; read as cp1256",))

Order: a UTF-16 byte-order mark (Windows "Unicode" files); UTF-8 with or without its BOM; UTF-8 cut inside
its last character (kept, reported); UTF-8 with a few corrupt bytes (replaced, reported); cp1256. cp1256
maps every byte to some character, so what it gives is accepted only if it reads as text; anything else is
reported and skipped, never raised.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# C0 and C1 controls other than tab, newlines and form feeds, and the replacement character: each counts
# against a file being text.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
# Above this share of control characters a "text" is binary data (random bytes give about one in eight).
_MAX_CONTROL_SHARE = 0.02
# A UTF-8 file with a few corrupt bytes is still UTF-8 if its good multi-byte characters outnumber the bad
# sequences this many times; read as cp1256 it would turn every Arabic letter into two wrong ones. Arabic in
# cp1256 read as UTF-8 gives almost no good multi-byte characters, so it still falls through to cp1256.
_MIN_GOOD_PER_BAD = 50


@dataclass(frozen=True, slots=True)
class Decoded:
    """The text of a file, or None when it is unusable, and one line per thing worth reporting."""

    text: str | None
    problems: tuple[str, ...] = ()


def decode(data: bytes, name: str) -> Decoded:
    """The file's text, reporting every fallback; `name` only prefixes the problem lines."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data.decode("utf-16", errors="replace"), name, ())
    if not data.removeprefix(codecs.BOM_UTF8).strip():
        return Decoded(None, (f"{name}: empty file; skipped",))
    if b"\x00" in data:
        return Decoded(None, (f"{name}: binary data (NUL bytes), not text; skipped",))
    body = data.removeprefix(codecs.BOM_UTF8)
    try:
        return _checked(body.decode("utf-8"), name, ())
    except UnicodeDecodeError as error:
        cut = _cut_at_end(body, error)
    if cut is not None:
        dropped = len(body) - len(cut.encode("utf-8"))
        return _checked(
            cut, name, (f"{name}: ends inside a UTF-8 character; its last {dropped} byte(s) dropped",)
        )
    lenient = body.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    non_ascii = len(lenient) - len(lenient.encode("ascii", errors="ignore"))
    if bad * _MIN_GOOD_PER_BAD <= non_ascii - bad:
        return _checked(lenient, name, (f"{name}: {bad} invalid UTF-8 sequence(s) replaced by U+FFFD",))
    text = body.decode("cp1256")
    if _is_text(text):
        return _checked(text, name, (f"{name}: not UTF-8; read as cp1256",))
    return Decoded(None, (f"{name}: not text (neither UTF-8 nor cp1256); skipped",))


def _cut_at_end(body: bytes, error: UnicodeDecodeError) -> str | None:
    """The text before a multi-byte character cut short by the end of the file, if that is the only fault."""
    if error.reason != "unexpected end of data" or error.end != len(body):
        return None
    try:
        return body[: error.start].decode("utf-8")
    except UnicodeDecodeError:
        return None


def _checked(text: str, name: str, problems: tuple[str, ...]) -> Decoded:
    if not text.strip():
        return Decoded(None, (*problems, f"{name}: empty file; skipped"))
    if not _is_text(text):
        return Decoded(None, (*problems, f"{name}: binary data, not text; skipped"))
    return Decoded(text, problems)


def _is_text(text: str) -> bool:
    return len(_NOT_TEXT.findall(text)) <= _MAX_CONTROL_SHARE * len(text)
