"""What each chart draws: the table figures as bars in 万元."""

from __future__ import annotations

from bot.services.chart_data import spending_data, three_public_data
from tests.knowledge.audit_documents import consistent_disclosure


def test_bars_are_the_table_figures_in_wan_yuan() -> None:
    data = spending_data(consistent_disclosure())
    assert [(bar.label, str(bar.value)) for bar in data.bars] == [
        ("社会保障和就业支出", "120.00"),
        ("住房保障支出", "30.00"),
    ]


def test_three_public_chart_shows_all_four_items_even_when_empty() -> None:
    data = three_public_data(consistent_disclosure())
    assert [bar.label for bar in data.bars] == [
        "因公出国(境)费",
        "公务接待费",
        "公务用车购置费",
        "公务用车运行维护费",
    ]
    assert [str(bar.value) for bar in data.bars] == ["0", "0", "0", "5.00"]
