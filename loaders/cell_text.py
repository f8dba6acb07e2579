"""Printed text made plain: wrapped lines joined and letter-spacing between Chinese characters removed.

Chinese typesetting spreads characters to fill a line or a cell ("援 滇 干 部", "合  计") and wraps long
labels ("机关事业单位基本养老保险缴\\n费支出"); every format loader cleans its text the same way here.
"""

from __future__ import annotations

import re
import unicodedata

from knowledge.text import without_spaces

CJK_CHARACTER = (
    "[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef“”‘’…—]"
)
SPACE_BESIDE_CJK = re.compile(rf"(?<={CJK_CHARACTER})[ \t\u3000\xa0]+|[ \t\u3000\xa0]+(?={CJK_CHARACTER})")
SPACES = re.compile(r"[ \t\u3000\xa0]+")
LOOKALIKE_IDEOGRAPH = re.compile("[\u2f00-\u2fdf\uf900-\ufaff]")
LETTER_SPACED = re.compile(r"[\u4e00-\u9fff](?:[ \t\u3000\xa0]+[\u4e00-\u9fff])+")
"""Chinese characters spread one by one to fill a cell (收 入 总 计, 合  计): one word."""


def is_cjk(character: str) -> bool:
    return bool(re.fullmatch(CJK_CHARACTER, character))


def clean_line(text: str) -> str:
    """Given one line, drop spaces next to Chinese characters and squeeze the others to one.

    Kangxi radicals and compatibility ideographs some PDF producers emit (⼀, ⾦) become the usual characters.
    """
    text = LOOKALIKE_IDEOGRAPH.sub(lambda match: unicodedata.normalize("NFKC", match.group()), text)
    return SPACES.sub(" ", SPACE_BESIDE_CJK.sub("", text)).strip()


def join_wrapped(pieces: list[str], runs_on: tuple[bool, ...] = ()) -> str:
    """Given the lines of one wrapped label or paragraph, return it as one line.

    Pieces meet without a space when either side is Chinese, with one space between Latin words or numbers
    — unless the piece before ran out of room (`runs_on`, per piece: its line filled the cell from edge to
    edge), when the break cut a word or a number (548000 / 0元) and the pieces meet as printed.
    """
    joined = ""
    glue = False
    for index, piece in enumerate(clean_line(piece) for piece in pieces):
        if not piece:
            continue
        if joined and not (glue or is_cjk(joined[-1]) or is_cjk(piece[0])):
            joined += " "
        joined += piece
        glue = index < len(runs_on) and runs_on[index]
    return joined


def clean_cell(raw: str | None) -> str:
    """Given a cell as a format returns it (None for a merged-away cell), return its text on one line."""
    if raw is None:
        return ""
    return join_wrapped(raw.splitlines())


def join_spaced_letters(text: str) -> str:
    """Given a cell exported as plain text, return it without the spaces that spread its characters to
    fill the cell (收 入 总 计 → 收入总计); text of words and spaces otherwise (项目资金 (元)) stays as printed."""
    stripped = text.strip()
    return without_spaces(stripped) if LETTER_SPACED.fullmatch(stripped) else stripped
