"""载入了哪些文档, 这是部门预算还是单位预算, 是决算吗: questions about the loaded documents themselves are
answered from what is loaded (unit, year, scope, kind), on the sample, Shanghai and Jiangsu documents; a
question about an item's figure that uses the same words is not one of them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.engine.composer import Composer
from bot.engine.followup import Context
from bot.engine.read_loaded import documents_asked
from knowledge.database import open_engine
from loaders import load_into, sample_path

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scope_unsaid(tmp_path_factory: pytest.TempPathFactory, cache_home: Path) -> Iterator[Composer]:
    """The sample with every 单位预算 and 部门预算 said as 预算: a document that states no scope."""
    folder = tmp_path_factory.mktemp("scope-unsaid")
    text = sample_path().read_text(encoding="utf-8").replace("单位预算", "预算").replace("部门预算", "预算")
    (folder / "fenyang.txt").write_text(text, encoding="utf-8")
    engine = open_engine(f"sqlite:///{folder / 'db.db'}")
    assert load_into(engine, folder / "fenyang.txt").error is None
    yield Composer(engine)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("汾阳人社局是部门预算还是单位预算", "汾阳市人力资源和社会保障局 2024年的文档是单位预算。"),
        ("省检察院2018年的是部门预算还是单位预算", "江苏省人民检察院 2018年的文档是部门预算。"),
        ("上海市财政局2025年的文件是单位预算还是部门预算", "上海市财政局 2025年的文档是单位预算。"),
        ("普陀区财政局2024年的是预算还是决算", "上海市普陀区财政局 2024年的文档是部门决算。"),
        ("规划资源局是预算还是决算", "上海市普陀区规划和自然资源局 2024年的文档是部门决算。"),
    ],
)
def test_which_kind_a_document_is_is_answered_from_what_is_loaded(
    families: Composer, question: str, said: str
) -> None:
    answer = families.answer(question)
    assert answer.intent == "documents" and answer.status == "answered", answer.text
    assert answer.text.splitlines()[0] == said and not answer.facts


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("万里街道2023年是部门预算吗", "是，上海市普陀区人民政府万里街道办事处 2023年的文档是部门预算。"),
        ("上海市财政局2025年是部门预算吗", "不是，上海市财政局 2025年的文档是单位预算。"),
        ("省高院2019年是决算吗", "不是，江苏省高级人民法院 2019年的文档是部门预算。"),
        ("汾阳人社局是不是单位预算", "是，汾阳市人力资源和社会保障局 2024年的文档是单位预算。"),
    ],
)
def test_whether_a_document_is_of_a_kind_is_answered_yes_or_no(
    families: Composer, question: str, verdict: str
) -> None:
    answer = families.answer(question)
    assert answer.text.splitlines()[0] == verdict, answer.text


def test_a_scope_the_document_does_not_state_is_said_to_be_unstated_never_guessed(
    scope_unsaid: Composer,
) -> None:
    for question in ("这是部门预算还是单位预算", "是部门预算吗", "是单位预算吗"):
        first = scope_unsaid.answer(question).text.splitlines()[0]
        assert first == "汾阳市人力资源和社会保障局 2024年的文档是预算，文件没有写明是部门预算还是单位预算。"
    assert scope_unsaid.answer("是决算吗").text.startswith("不是，")


@pytest.mark.parametrize("question", ["载入了哪些文档", "能查哪些单位", "你有哪些数据", "有几份文件"])
def test_what_is_loaded_lists_every_document_by_unit(families: Composer, question: str) -> None:
    heads = families.index.heads
    answer = families.answer(question)
    assert answer.intent == "documents", answer.text
    lines = answer.text.splitlines()
    units = {head.unit_name for head in heads}
    assert lines[0] == f"已载入 {len(heads)} 份文档，共 {len(units)} 个单位："
    assert {line.split("：")[0] for line in lines[1:]} == units
    for head in heads:
        line = next(line for line in lines[1:] if line.startswith(f"{head.unit_name}："))
        assert f"{head.year}年{head.scope}{head.kind}" in line


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("普陀区财政局有几份文档", "上海市普陀区财政局已载入 2 份文档：2025年部门预算、2024年部门决算。"),
        ("省人大有哪些文件", "江苏省人大常委会办公厅已载入 2 份文档：2019年部门预算、2017年部门预算。"),
    ],
)
def test_the_documents_of_a_unit_named_are_listed(families: Composer, question: str, said: str) -> None:
    assert families.answer(question).text == said


@pytest.mark.parametrize(
    ("question", "region"),
    [
        ("上海的单位有哪些", "上海"),
        ("普陀区有哪些单位", "普陀区"),
        ("普陀区的单位都有哪几个", "普陀区"),
        ("江苏省的部门有哪些", "江苏"),
        ("汾阳的单位有哪些", "汾阳"),
    ],
)
def test_the_units_of_a_region_are_the_loaded_units_in_it_however_the_order(
    families: Composer, question: str, region: str
) -> None:
    """上海的单位有哪些 as 普陀区有哪些单位: the documents loaded of the units in that region, every one."""
    answer = families.answer(question)
    assert answer.intent == "documents", answer.text
    names = {head.unit_name for head in families.index.heads}
    assert {name for name in names if name in answer.text} == {name for name in names if region in name}


@pytest.mark.parametrize(
    "question",
    [
        "三公经费是预算还是决算数",
        "三公经费是预算吗",
        "普陀区财政局有哪些单位",
        "这是什么意思",
        "决算的单位有哪些",
    ],
)
def test_a_question_of_an_items_figure_or_of_a_units_members_is_no_question_about_documents(
    families: Composer, question: str
) -> None:
    assert families.answer(question).intent != "documents"


def test_a_year_not_loaded_is_not_loaded(families: Composer) -> None:
    answer = families.answer("2030年有哪些文档")
    assert answer.status == "not_found" and "没有找到2030年" in answer.text


def test_a_question_pointing_at_the_document_is_of_the_one_answered_before(families: Composer) -> None:
    """这是部门预算还是单位预算 after an answer from one document is of that document; 那2024年的呢 asks it
    again of another year, and an item asked next is read with the unit, not inside the question."""
    _, context = families.answer_in_context("普陀区财政局2025年三公经费多少", None)
    answer, context = families.answer_in_context("这是部门预算还是单位预算", context)
    assert answer.text.startswith("上海市普陀区财政局 2025年的文档是部门预算。"), answer.text
    answer, context = families.answer_in_context("那2024年的呢", context)
    assert "上海市普陀区财政局 2024年的文档是部门决算。" in answer.text, answer.text
    answer, _ = families.answer_in_context("那三公经费呢", context)
    assert answer.status == "answered" and answer.facts, answer.text
    assert all(fact.source.document == "上海市普陀区财政局 2024年决算" for fact in answer.facts)


def test_what_is_loaded_is_asked_of_every_document_in_a_conversation(families: Composer) -> None:
    _, context = families.answer_in_context("普陀区财政局2025年三公经费多少", None)
    assert isinstance(context, Context)
    answer, _ = families.answer_in_context("有哪些文件", context)
    assert answer.text.startswith(f"已载入 {len(families.index.heads)} 份文档"), answer.text


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("这是部门预算还是单位预算", ("部门预算", "单位预算")),
        ("是预算还是决算", ("预算", "决算")),
        ("这是部门决算", ("部门决算",)),
        ("这份文件是哪1年的", ()),
    ],
)
def test_the_kinds_offered_are_read_from_the_question(text: str, offered: tuple[str, ...]) -> None:
    asked = documents_asked(text)
    assert asked is not None and asked.offered == offered
