"""What a question may be, for every channel: a sentence, at most MAX_QUESTION_CHARS characters.

A longer text is refused with the limit named, never cut to the limit and read as another question. This
module imports nothing heavy: the CLI reads it before it starts answering.
"""

from __future__ import annotations

MAX_QUESTION_CHARS = 500
"""A question is a sentence; a longer text is refused, never cut and misread."""
TOO_LONG = "问题太长了：最多 {limit} 个字，这条有 {length:,} 个字。请只写要问的内容，再发一次。"


def too_long(text: str) -> str | None:
    """The refusal for a question over MAX_QUESTION_CHARS, naming the limit; None when it fits."""
    if len(text) <= MAX_QUESTION_CHARS:
        return None
    return TOO_LONG.format(limit=MAX_QUESTION_CHARS, length=len(text))
