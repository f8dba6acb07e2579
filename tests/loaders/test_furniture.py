"""Furniture: what on a page is neither table nor narrative (page numbers, stray marks), and what only looks so."""

from __future__ import annotations

import pytest

from loaders.furniture import is_page_junk


@pytest.mark.parametrize("text", ["- 3 -", "12", "第3页", "第 3 页/共 20 页", "*"])
def test_page_numbers_and_stray_marks_are_junk(text: str) -> None:
    assert is_page_junk(text)


@pytest.mark.parametrize("text", ["56%。", "8%；", "。", "）", "3.5%"])
def test_the_wrapped_end_of_a_sentence_is_no_junk(text: str) -> None:
    """…比上年增加132.40万元，增长5. / 56%。: the line a sentence wraps onto is part of it, however short."""
    assert not is_page_junk(text)
