"""Issue 12, item 5: a decompression bomb, a 50 MB line and a workbook of a million rows are refused
within the configured limits, naming them, in bounded memory; the other files of the load go on."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.channels.cli import main
from tests.faults.bad_files import pdf_bomb, workbook_of_rows

pytestmark = pytest.mark.slow  # makes bombs and starts worker processes

REFUSALS = {
    "bomb.pdf": "解压后超过 268,435,456 字节（[limits] max_inflated_bytes），可能是压缩炸弹",
    "million-rows.xlsx": "表格单元格超过 500,000 个（[limits] max_cells）",
    "one-line.txt": "第1行：这一行超过 1,048,576 字节（[limits] max_line_bytes）",
}


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bombs")
    pdf_bomb(folder / "bomb.pdf")
    workbook_of_rows(folder / "million-rows.xlsx", 1_000_000)
    (folder / "one-line.txt").write_bytes("汾阳市财政局预算".encode() + b"9" * 50_000_000)
    return folder


def test_the_bomb_is_about_a_megabyte_inflating_to_400_megabytes(bombs: Path) -> None:
    assert 900_000 < (bombs / "bomb.pdf").stat().st_size <= 1024 * 1024


def test_each_bomb_is_refused_naming_its_limit_and_the_rest_loads(
    bombs: Path, tmp_path: Path, sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "folder"
    shutil.copytree(bombs, folder)
    shutil.copy(sample, folder / "sample.txt")
    started = time.monotonic()
    code = main(["load", str(folder), "--db", f"sqlite:///{tmp_path / 'load.db'}"])
    elapsed = time.monotonic() - started
    out, err = capsys.readouterr()
    assert code == 1 and elapsed < 60
    for name, reason in REFUSALS.items():
        assert f"载入失败 {name}：{reason}" in err, err
    assert "已载入 sample.txt" in out
    assert "共 4 个文件：新载入 1，未变化 0，替换旧版本 0，失败 3" in out


def test_refusing_the_bombs_takes_little_memory(bombs: Path) -> None:
    """Read in a fresh process, whose peak resident memory (VmHWM: ru_maxrss would report the peak of
    the test process that started it) is the refusals' own."""
    script = (
        "import re, sys\n"
        "from pathlib import Path\n"
        "from knowledge.errors import LoadError\n"
        "from loaders import load_file\n"
        "for name in sys.argv[1:]:\n"
        "    try:\n"
        "        load_file(Path(name))\n"
        "    except LoadError as error:\n"
        "        print(error.reason)\n"
        "status = Path('/proc/self/status').read_text()\n"
        "print(int(re.search(r'VmHWM:\\s+(\\d+) kB', status).group(1)) // 1024)\n"
    )
    paths = [str(bombs / name) for name in REFUSALS]
    done = subprocess.run([sys.executable, "-c", script, *paths], capture_output=True, text=True, check=False)
    *reasons, peak_megabytes = done.stdout.splitlines() or [""]
    assert len(reasons) == len(REFUSALS), (done.stdout, done.stderr)
    assert int(peak_megabytes) < 300, done.stdout


def test_with_the_inflate_limit_lifted_the_memory_cap_stops_the_bomb(
    bombs: Path,
    tmp_path: Path,
    sample: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[limits]\nmax_inflated_bytes = 4294967296\nworker_memory_mb = 512\n", encoding="utf-8")
    monkeypatch.setenv("BUDGETBOT_CONFIG", str(config))
    folder = tmp_path / "folder"
    folder.mkdir()
    shutil.copy(bombs / "bomb.pdf", folder / "bomb.pdf")
    shutil.copy(sample, folder / "sample.txt")
    code = main(["load", str(folder), "--db", f"sqlite:///{tmp_path / 'load.db'}"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "载入失败 bomb.pdf：第1页：读取时内存不够（读取进程的上限见 [limits] worker_memory_mb）" in err, (
        err
    )
    assert "共 2 个文件：新载入 1，未变化 0，替换旧版本 0，失败 1" in out
