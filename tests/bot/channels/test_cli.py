"""The budgetbot command as a person runs it: load, docs, tables, show, on a real database file."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.channels.cli import build_parser, main
from knowledge.database import default_path
from tests.faults.processes import run_budgetbot
from tests.loaders.split_documents import SplitDocument, split_county_budget, split_jiangsu, split_sample

SAMPLE_TITLE_12 = "2024年项目支出预算表（本年预算）"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_load_prints_a_summary_and_twice_is_a_no_op(
    capsys: pytest.CaptureFixture[str], db: str, sample: Path
) -> None:
    code, out, _ = run(capsys, "load", str(sample), "--db", db)
    assert code == 0
    assert "已载入" in out and "汾阳市人力资源和社会保障局 2024年单位预算" in out
    code, out, _ = run(capsys, "load", str(sample), "--db", db)
    assert code == 0 and "未变化" in out


def test_tables_lists_thirteen_numbered_tables(
    capsys: pytest.CaptureFixture[str], db: str, sample: Path
) -> None:
    run(capsys, "load", str(sample), "--db", db)
    code, out, _ = run(capsys, "tables", "--db", db)
    assert code == 0
    numbers = re.findall(r"表[一二三四五六七八九十]+", out)
    assert numbers == [
        "表一", "表二", "表三", "表四", "表五", "表六", "表七",
        "表八", "表九", "表十", "表十一", "表十二", "表十三",
    ]  # fmt: skip
    assert SAMPLE_TITLE_12 in out and "万元" in out and "本表无数据" in out


def test_show_prints_the_project_table_with_its_figures(
    capsys: pytest.CaptureFixture[str], db: str, sample: Path
) -> None:
    run(capsys, "load", str(sample), "--db", db)
    code, out, _ = run(capsys, "show", "表十二", "--db", db, "--width", "100")
    assert code == 0
    assert SAMPLE_TITLE_12 in out
    lines = out.splitlines()
    assert any("汾阳市人力资源和社会保障局" in line and "887.80" in line for line in lines)
    assert any("2024年中央财政就业补助资金" in line and "548.00" in line for line in lines)
    assert any("2023年吕梁市第四届职业技能大赛费用" in line for line in lines)
    assert all(len(line) <= 100 for line in lines)


def test_show_accepts_other_spellings_of_the_number(
    capsys: pytest.CaptureFixture[str], db: str, sample: Path
) -> None:
    run(capsys, "load", str(sample), "--db", db)
    for reference in ("十二", "12", "项目支出预算表（本年预算）"):
        code, out, _ = run(capsys, "show", reference, "--db", db)
        assert code == 0 and SAMPLE_TITLE_12 in out


def test_show_unknown_table_says_not_found_with_nearest(
    capsys: pytest.CaptureFixture[str], db: str, sample: Path
) -> None:
    run(capsys, "load", str(sample), "--db", db)
    code, _, err = run(capsys, "show", "表九十九", "--db", db)
    assert code == 1 and "没有找到" in err


@pytest.fixture
def default_database(monkeypatch: pytest.MonkeyPatch) -> Path:
    """No --db, no $BUDGETBOT_DATABASE_URL, no config: the per-user file (under the test's XDG_DATA_HOME)."""
    monkeypatch.delenv("BUDGETBOT_DATABASE_URL")
    return default_path()


def test_the_first_query_on_the_default_database_loads_the_bundled_sample_and_says_so(
    capsys: pytest.CaptureFixture[str], default_database: Path
) -> None:
    code, out, _ = run(capsys, "ask", "零工市场花了多少钱")
    assert code == 0 and "57.60" in out and "内置的示例文档" in out
    assert default_database.is_file()


def test_a_named_empty_database_gets_no_sample(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "ask", "零工市场花了多少钱", "--db", db)
    assert code == 0 and "57.60" not in out and "还没有载入任何文档" in out


def test_a_default_database_whose_loads_all_failed_never_answers_from_the_sample(
    capsys: pytest.CaptureFixture[str], default_database: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    code, _, _ = run(capsys, "load", str(junk))
    assert code == 1 and default_database.is_file()
    code, out, _ = run(capsys, "ask", "零工市场花了多少钱")
    assert code == 0 and "57.60" not in out and "还没有载入任何文档" in out


def test_failed_file_is_named_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db: str, sample: Path, tmp_path: Path
) -> None:
    run(capsys, "load", str(sample), "--db", db)
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    code, out, err = run(capsys, "load", str(junk), "--db", db)
    assert code == 1 and "junk.txt" in err
    code, out, _ = run(capsys, "docs", "--db", db)
    assert out.count("汾阳市人力资源和社会保障局") == 1


def test_load_a_folder(capsys: pytest.CaptureFixture[str], db: str, sample: Path, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / sample.name).write_bytes(sample.read_bytes())
    code, out, _ = run(capsys, "load", str(folder), "--db", db)
    assert code == 0 and "共 1 个文件：新载入 1，未变化 0，替换旧版本 0，失败 0" in out


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).parents[3] / "README.md").read_text(encoding="utf-8")
    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert [name for name in commands.choices if f"budgetbot {name}" not in readme] == []


SPLIT_FAMILIES = [split_sample, split_county_budget, split_jiangsu]
TABLES_ELSEWHERE = "张表不在此文件中"


@pytest.mark.parametrize("split", SPLIT_FAMILIES, ids=lambda split: split.__name__)
def test_a_narrative_whose_tables_file_comes_in_the_same_load_is_not_told_to_load_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, split: Callable[[Path], SplitDocument]
) -> None:
    document = split(tmp_path)
    together = f"sqlite:///{tmp_path / 'together.db'}"
    code, out, err = run(capsys, "load", str(document.narrative), str(document.tables), "--db", together)
    assert code == 0 and "合为一份文档" in out
    assert TABLES_ELSEWHERE not in err
    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    code, _out, err = run(capsys, "load", str(document.narrative), "--db", alone)
    assert code == 0 and TABLES_ELSEWHERE in err and document.narrative.name in err


def test_a_folder_load_names_the_files_it_did_not_read(
    capsys: pytest.CaptureFixture[str], db: str, sample: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / sample.name).write_bytes(sample.read_bytes())
    (folder / "说明.md").write_text("来源", encoding="utf-8")
    (folder / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    code, out, _ = run(capsys, "load", str(folder), "--db", db)
    assert code == 0
    assert "文件夹里另有 2 个文件不是可载入的格式，没有读取：" in out
    assert "scan.jpg" in out and "说明.md" in out


def test_show_of_a_table_in_several_documents_says_how_to_name_one(
    capsys: pytest.CaptureFixture[str], db: str, sample: Path, tmp_path: Path
) -> None:
    second = tmp_path / "xiaoyi-rsj-2024-yusuan.txt"
    second.write_text(
        sample.read_text(encoding="utf-8").replace("汾阳市", "孝义市").replace("汾阳", "孝义"),
        encoding="utf-8",
    )
    run(capsys, "load", str(sample), str(second), "--db", db)
    code, out, err = run(capsys, "show", "表十二", "--db", db)
    assert code == 1 and out == "" and "2份文档都有" in err
    example = err.split("用 --doc 指明文档，如 ")[1].strip()
    assert example.startswith("budgetbot show 表十二 --doc ")
    code, out, _ = run(capsys, *example.split()[1:], "--db", db)
    assert code == 0 and SAMPLE_TITLE_12 in out


@pytest.mark.parametrize("command", [["docs"], ["docs", "--all"], ["tables"], ["check"]])
def test_listing_an_empty_database_says_how_to_load(
    capsys: pytest.CaptureFixture[str], db: str, command: list[str]
) -> None:
    code, out, err = run(capsys, *command, "--db", db)
    assert code == 0 and err == ""
    assert out.strip() == "还没有载入任何文档。用 budgetbot load 文件或文件夹 载入预算/决算公开文件。"


def test_chart_of_an_empty_database_says_nothing_is_loaded(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "chart", "income", "-o", str(tmp_path / "i.png"), "--db", db)
    assert code == 1 and "还没有载入任何文档" in err and "0 份" not in err


def test_restoring_the_current_version_says_nothing_changed(
    capsys: pytest.CaptureFixture[str], db: str, sample: Path, tmp_path: Path
) -> None:
    corrected = tmp_path / "fenyang-corrected.txt"
    corrected.write_text(
        sample.read_text(encoding="utf-8").replace("57.60\t57.60", "58.60\t58.60"), encoding="utf-8"
    )
    run(capsys, "load", str(sample), str(corrected), "--db", db)
    code, out, _ = run(capsys, "restore", "2", "--db", db)
    assert code == 0 and "#2" in out and "已经是当前版本，没有改变" in out and "已恢复" not in out
    code, out, _ = run(capsys, "restore", "1", "--db", db)
    assert code == 0 and out.startswith("已恢复 #1") and "原当前版本 #2 仍保留" in out


def test_a_folder_without_disclosures_says_what_it_holds_and_what_loads(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "page1.jpg").write_bytes(b"\xff\xd8\xff")
    code, out, err = run(capsys, "load", str(folder), "--db", db)
    assert code == 1 and out == ""
    assert "没有找到可载入的文件（只有其他文件：page1.jpg）" in err and "PDF" in err and "Excel" in err


def test_a_clean_load_from_cron_writes_nothing_to_stderr(sample: Path, tmp_path: Path) -> None:
    """cron mails whatever a job writes to stderr: a load without problems writes none there, also when
    it loads enough files to show a progress bar at a terminal."""
    text = sample.read_text(encoding="utf-8")
    for town in ("汾阳", "孝义", "介休"):
        (tmp_path / f"{town}.txt").write_text(text.replace("汾阳", town), encoding="utf-8")
    done = run_budgetbot("load", str(tmp_path), "--db", f"sqlite:///{tmp_path / 'cron.db'}")
    assert done.returncode == 0 and done.stderr == ""
    assert "共 3 个文件：新载入 3" in done.stdout
