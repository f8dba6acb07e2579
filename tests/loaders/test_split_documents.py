"""A disclosure published as a narrative file and a tables file is one document, however it is loaded.

Three families (tests/loaders/split_documents.py), each loaded narrative-first and tables-first, in one
`budgetbot load` and in two; then the year of a tables file that prints none, a new version of one half,
and the answers and audit over the whole document.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.channels.cli import main
from bot.engine.composer import Composer
from knowledge.audit import run_checks
from knowledge.database import open_engine
from knowledge.models import Disclosure
from knowledge.versions import read_version
from loaders import load_into, sample_path
from loaders.text import load
from tests.loaders.split_documents import (
    FAMILIES,
    SplitDocument,
    split_jiangsu,
    split_sample,
    write_jiangsu_tables,
)

ORDERS = {"narrative first": ("narrative", "tables"), "tables first": ("tables", "narrative")}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def loaded(folder: Path, *paths: Path) -> Engine:
    """A new database with these files loaded one by one, each without error."""
    engine = open_engine(f"sqlite:///{folder / 'split.db'}")
    for path in paths:
        assert load_into(engine, path).error is None
    return engine


def current_documents(engine: Engine) -> list[Disclosure]:
    with Session(engine) as session:
        ids = session.exec(select(Disclosure.id).where(col(Disclosure.is_current))).all()
        found = [read_version(session, doc_id or 0) for doc_id in ids]
        for doc in found:
            _ = [table.file for table in doc.tables], [passage.file for passage in doc.passages]
        return found


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("commands", ["one command", "two commands"])
def test_the_two_files_give_one_document_whichever_comes_first(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, family: str, order: str, commands: str
) -> None:
    split: SplitDocument = FAMILIES[family](tmp_path)
    db = f"sqlite:///{tmp_path / 'split.db'}"
    paths = [str(getattr(split, part)) for part in ORDERS[order]]
    batches = [paths] if commands == "one command" else [[path] for path in paths]
    outputs = [run(capsys, "load", *batch, "--db", db) for batch in batches]
    assert all(code == 0 for code, _out, _err in outputs)
    assert "合为一份文档" in "".join(out for _code, out, _err in outputs)
    engine = open_engine(db)
    (document,) = current_documents(engine)
    assert document.year == split.year and document.kind == "预算"
    assert document.unit_name == max(split.unit_names, key=len)
    assert {file.name for file in document.files} == {split.narrative.name, split.tables.name}
    assert [file.part for file in document.files] == ["narrative", "tables"]
    assert len(document.tables) == split.table_count
    assert all(table.number for table in document.tables), "numbered by marker or by the narrative's 目录"
    assert {table.file.name for table in document.tables if table.file} == {split.tables.name}
    assert len(document.terms) == split.term_count and document.passages
    assert {passage.file.name for passage in document.passages if passage.file} == {split.narrative.name}
    engine.dispose()


def test_the_sample_in_two_files_holds_the_records_of_the_sample_in_one(tmp_path: Path) -> None:
    split = split_sample(tmp_path)
    engine = loaded(tmp_path, split.tables, split.narrative)
    (merged,) = current_documents(engine)
    whole = load(sample_path()).disclosure

    def figures(document: Disclosure) -> list[tuple[str | None, str, list[Decimal | None]]]:
        return [
            (table.number, row.label, [figure.value for figure in row.figures])
            for table in sorted(document.tables, key=lambda table: table.position)
            for row in sorted(table.rows, key=lambda row: row.position)
        ]

    assert figures(merged) == figures(whole)
    assert [term.term for term in merged.terms] == [term.term for term in whole.terms]
    assert [target.project for target in merged.targets] == [target.project for target in whole.targets]
    assert merged.contents == whole.contents and merged.scope == "单位"
    engine.dispose()


def test_answers_read_the_whole_document_and_name_the_file(tmp_path: Path) -> None:
    split = split_jiangsu(tmp_path)
    engine = loaded(tmp_path, split.narrative, split.tables)
    answer = Composer(engine).answer("省委办公厅“三公”经费预算多少")
    (fact,) = [fact for fact in answer.facts if fact.value == Decimal("508.20") and fact.source.table]
    assert fact.source.file == split.tables.name and fact.source.table == "表三"
    assert split.tables.name in answer.text
    definition = Composer(engine).answer("什么是基本支出")
    assert definition.facts[0].source.file == split.narrative.name
    engine.dispose()


def test_the_narratives_contents_number_the_tables_over_the_tables_files_own(tmp_path: Path) -> None:
    split = split_jiangsu(tmp_path)
    own = (
        "一、收支预算总表",
        "二、一般公共预算“三公”经费、会议费、培训费支出预算表",
        "三、财政拨款支出预算表",
    )
    write_jiangsu_tables(split.tables, contents=own)
    engine = loaded(tmp_path, split.tables)
    (alone,) = current_documents(engine)
    assert [table.number for table in alone.tables] == ["一", "三", "二"]
    assert load_into(engine, split.narrative).error is None
    (merged,) = current_documents(engine)
    assert [table.number for table in merged.tables] == ["一", "二", "三"]
    assert merged.contents[0] == "第一部分 部门概况" and alone.contents[0] == own[0]
    engine.dispose()


def test_the_audit_checks_the_narrative_of_one_file_against_the_tables_of_the_other(tmp_path: Path) -> None:
    split = split_jiangsu(tmp_path)
    narrative = split.narrative.read_text(encoding="utf-8")
    split.narrative.write_text(
        narrative.replace("因公出国（境）费70.00", "因公出国（境）费75.00"), encoding="utf-8"
    )
    engine = loaded(tmp_path, split.tables, split.narrative)
    (document,) = current_documents(engine)
    with Session(engine) as session:
        report = run_checks(session, document)
    (finding,) = [f for f in report.findings if f.rule_id == "S01"]
    assert "75.00" in finding.message and "70.00" in finding.message
    assert {source.file for source in finding.sources} == {split.narrative.name, split.tables.name}
    engine.dispose()


def test_a_tables_file_printing_no_year_takes_the_narratives_year_before_its_file_names(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    split = split_jiangsu(tmp_path, year=2019, tables_name="swbgt-2018-yusuan-tables.txt")
    db = f"sqlite:///{tmp_path / 'split.db'}"
    code, out, err = run(capsys, "load", str(split.tables), str(split.narrative), "--db", db)
    assert code == 0
    assert out.index(split.narrative.name) < out.index(split.tables.name), "the undated file is stored last"
    assert "年度取自同一文档已载入的文件：2019年" in err


def test_a_tables_file_alone_takes_its_year_from_its_file_name_and_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    tables = write_jiangsu_tables(tmp_path / "江苏省委办公厅2018年度部门预算公开表.txt")
    db = f"sqlite:///{tmp_path / 'split.db'}"
    code, out, err = run(capsys, "load", str(tables), "--db", db)
    assert code == 0 and "中共江苏省委办公厅 2018年部门预算" in out, "its 部门： lines say it is a 部门's"
    assert "年度取自文件名：2018年" in err


def test_a_file_naming_its_year_nowhere_or_no_unit_still_fails_clearly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    tables = write_jiangsu_tables(tmp_path / "tables.txt")
    no_unit = tmp_path / "no-unit.txt"
    no_unit.write_text("2018年收支预算总表\n项目\t预算数\n合计\t1.00\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'split.db'}"
    code, _out, err = run(capsys, "load", str(tables), str(no_unit), "--db", db)
    assert code == 1
    assert "tables.txt：找不到文档的年度" in err and "no-unit.txt：找不到单位名称" in err


def test_a_new_tables_file_replaces_that_half_and_the_old_version_can_be_restored(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    split = split_jiangsu(tmp_path)
    db = f"sqlite:///{tmp_path / 'split.db'}"
    assert run(capsys, "load", str(split.narrative), str(split.tables), "--db", db)[0] == 0
    corrected = write_jiangsu_tables(tmp_path / "swbgt-2018-tables-corrected.txt", three_public="508.30")
    code, out, _err = run(capsys, "load", str(corrected), "--db", db)
    assert code == 0 and "已载入，替换了旧版本" in out and f"替换了 #2 中的 {split.tables.name}" in out
    code, out, _err = run(capsys, "docs", "--all", "--db", db)
    rows = [line.split() for line in out.splitlines()[1:]]
    assert [(row[0], row[4]) for row in rows] == [("1", "旧版本"), ("2", "旧版本"), ("3", "当前")]
    assert corrected.name in out.splitlines()[-1] and split.narrative.name in out.splitlines()[-1]
    assert run(capsys, "ask", "三公经费预算多少", "--db", db)[1].count("508.30") >= 1
    code, out, _err = run(capsys, "restore", "2", "--db", db)
    assert code == 0 and "已恢复 #2" in out and "原当前版本 #3 仍保留" in out
    assert "508.20" in run(capsys, "ask", "三公经费预算多少", "--db", db)[1]
    code, _out, err = run(capsys, "restore", "99", "--db", db)
    assert code == 1 and "没有找到编号为 99 的文档版本" in err


def test_a_truncated_copy_warns_and_keeps_the_old_version_unless_replace(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'trunc.db'}"
    assert run(capsys, "load", str(sample), "--db", db)[0] == 0
    lines = sample.read_text(encoding="utf-8").splitlines()
    truncated = tmp_path / "fenyang-truncated.txt"
    truncated.write_text(
        "\n".join(lines[: lines.index("第三部分 2024年度单位预算情况说明")]) + "\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "load", str(truncated), "--db", db)
    assert code == 0 and "已存为新版本，但仍以旧版本为准" in out
    assert "少得多" in err and "--replace" in err
    assert "零工市场" in run(capsys, "ask", "零工市场运营绩效目标", "--db", db)[1]
    code, out, _err = run(capsys, "load", str(truncated), "--replace", "--db", db)
    assert code == 0 and "已恢复为当前版本" in out
    code, out, _err = run(capsys, "docs", "--db", db)
    assert truncated.name in out and sample.name not in out


def test_the_load_summary_says_what_each_file_became(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    split = split_jiangsu(tmp_path)
    db = f"sqlite:///{tmp_path / 'split.db'}"
    _code, out, err = run(capsys, "load", str(split.narrative), "--db", db)
    assert f"已载入 {split.narrative.name}（说明） → #1 江苏省委办公厅 2018年部门预算" in out
    assert "目录列出的 3 张表不在此文件中" in err
    _code, out, err = run(capsys, "load", str(split.tables), "--db", db)
    assert f"已载入并合并 {split.tables.name}（表格） → #2 中共江苏省委办公厅 2018年部门预算：3 张表" in out
    assert f"与 {split.narrative.name} 合为一份文档" in out and "目录列出" not in err
    _code, out, _err = run(capsys, "load", str(split.tables), "--db", db)
    assert "未变化" in out
