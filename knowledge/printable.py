"""Text safe to show in a terminal.

What a person types may hold control characters (an escape sequence repaints the screen), and a file's
name may hold them too, or bytes that are not UTF-8 (Python keeps those as lone surrogates, which cannot
be printed or stored). Questions lose such characters; names show them escaped, so the file can be found.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

DIRECTION_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Characters that reorder how the rest of a line is displayed (a name can be made to read backwards)."""


ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
"""An ANSI escape sequence: CSI (colours, cursor moves, clearing), OSC (window titles) or a two-byte one."""


def is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc" or char in DIRECTION_CONTROLS


def without_controls(text: str) -> str:
    """Given typed text, return it with each terminal escape sequence (\x1b[31m) and control character
    replaced by a space."""
    if text.isprintable():
        return text
    return "".join(" " if is_control(char) else char for char in ESCAPE_SEQUENCE.sub(" ", text))


def shown_name(path: Path | str) -> str:
    """Given a path, return its file name as it can be printed: undecodable bytes and control
    characters as \\xNN escapes."""
    name = os.path.basename(str(path)) or str(path)
    raw = os.fsencode(name).decode("utf-8", errors="backslashreplace")
    if raw.isprintable():
        return raw
    return "".join(
        char.encode("unicode_escape").decode("ascii") if is_control(char) else char for char in raw
    )


def is_utf8_name(path: Path) -> bool:
    """Whether the file's name is valid UTF-8 (and so can be stored and shown as it is)."""
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
