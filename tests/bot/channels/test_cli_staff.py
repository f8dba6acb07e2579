"""`budgetbot check` and `budgetbot chart` as a person runs them, on files and on loaded documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import Session, select

from bot.channels.cli import main
from knowledge.database import open_engine
from knowledge.models import Disclosure
from knowledge.store import store_disclosure
from tests.knowledge.audit_documents import consistent_disclosure


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'staff.db'}"


def document_count(url: str) -> int:
    engine = open_engine(url)
    with Session(engine) as session:
        count = len(session.exec(select(Disclosure)).all())
    engine.dispose()
    return count


def test_check_of_the_sample_reports_the_four_known_problems_and_exits_1(
    capsys: pytest.CaptureFixture[str], sample: Path, db: str
) -> None:
    code, out, _ = run(capsys, "check", str(sample), "--db", db)
    assert code == 1
    assert "【错误】" in out and "【警告】" in out and "舍入容差" in out
    assert "合计 887.80，各项之和 887.79，相差 0.01（舍入差异）" in out
    assert "山西绥民律师事务所法律顾问费" in out and "山西恒民律师事务所法律顾问费" in out
    assert "实有小型车辆3部" in out and "实有2辆" in out
    assert "17.35 万元" in out and "173600 元" in out and "181000 元" in out
    assert document_count(db) == 0, "checking a file must not load it into the person's database"


def test_check_json_is_one_object_per_document_with_exact_amounts(
    capsys: pytest.CaptureFixture[str], sample: Path, db: str
) -> None:
    code, out, _ = run(capsys, "check", str(sample), "--json", "--db", db)
    assert code == 1
    report = json.loads(out)
    assert report["has_errors"] is True
    project_total = next(f for f in report["findings"] if f["rule"] == "T02" and "887.80" in f["message"])
    assert [s["value"] for s in project_total["sources"]] == ["887.80", "887.79"]
    assert project_total["sources"][0]["table"] == "表十二《2024年项目支出预算表（本年预算）》"


def test_check_of_a_loaded_consistent_document_exits_0(capsys: pytest.CaptureFixture[str], db: str) -> None:
    store_disclosure(open_engine(db), consistent_disclosure())
    code, out, _ = run(capsys, "check", "测试局", "--db", db)
    assert code == 0
    assert "发现：错误 0 项" in out


def test_check_of_an_unknown_document_says_so(capsys: pytest.CaptureFixture[str], db: str) -> None:
    store_disclosure(open_engine(db), consistent_disclosure())
    code, _out, err = run(capsys, "check", "财政局", "--db", db)
    assert code == 1 and "没有找到文档“财政局”" in err


def test_chart_writes_the_png_and_prints_its_caption(
    capsys: pytest.CaptureFixture[str], sample: Path, db: str, tmp_path: Path
) -> None:
    output = tmp_path / "charts" / "projects.png"
    code, out, _ = run(capsys, "chart", "主要项目", "--doc", str(sample), "-o", str(output), "--db", db)
    assert code == 0
    assert output.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "来源：表十二《2024年项目支出预算表（本年预算）》" in out


def test_chart_with_several_documents_asks_which(
    capsys: pytest.CaptureFixture[str], sample: Path, db: str, tmp_path: Path
) -> None:
    store_disclosure(open_engine(db), consistent_disclosure())
    run(capsys, "load", str(sample), "--db", db)
    code, _out, err = run(capsys, "chart", "income", "-o", str(tmp_path / "i.png"), "--db", db)
    assert code == 1 and "请用 --doc 指定" in err
    assert not (tmp_path / "i.png").exists()


def test_check_of_a_file_that_does_not_load_says_why_and_loads_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, db: str
) -> None:
    broken = tmp_path / "draft.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip at all")
    code, out, err = run(capsys, "check", str(broken), "--db", db)
    assert code == 1 and out == ""
    assert "draft.docx" in err and "文件已损坏" in err and "Traceback" not in err
    assert document_count(db) == 0


@pytest.mark.parametrize(
    ("name", "told"),
    [
        ("", "是一个文件夹；请在 -o 后给出图片文件名"),
        ("chart.pdf", "图只能保存为 PNG"),
        ("a-file/chart.png", "无法保存图片"),
    ],
)
def test_chart_to_a_place_it_cannot_write_says_so_in_one_line(
    capsys: pytest.CaptureFixture[str], sample: Path, db: str, tmp_path: Path, name: str, told: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    output = tmp_path / name if name else tmp_path
    code, out, err = run(capsys, "chart", "主要项目", "--doc", str(sample), "-o", str(output), "--db", db)
    assert code == 1 and out == ""
    assert told in err and "Traceback" not in err and "Error" not in err
    assert not (tmp_path / "chart.pdf").exists()
