"""Issue 12, item 1: every way the database cannot be used is one line naming it (password hidden) and
what to do, exit status 2, within the connect timeout — for every command that opens a database."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from bot.channels.cli import main
from tests.conftest import POSTGRES_URL
from tests.faults.filesystems import private_postgres, remount_read_only, small_tmpfs
from tests.paths import CORPUS

SECRET = "s3cret-pw"
COMMANDS = [
    ["docs"],
    ["ask", "三公经费是多少"],
    ["load", "{sample}"],
    ["tables"],
    ["show", "表一"],
    ["check"],
    ["chart", "收入构成", "-o", "{tmp}/chart.png"],
    ["chat"],
    ["serve"],
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_line_naming(err: str, shown: str, phrase: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert f"数据库 {shown} " in lines[0] and phrase in lines[0], lines[0]
    assert SECRET not in err and "Traceback" not in err


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A TCP port that accepts connections and never says a word."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(16)
        yield int(server.getsockname()[1])


def config_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    config = tmp_path / "faults-config.toml"
    config.write_text(text, encoding="utf-8")
    monkeypatch.setenv("BUDGETBOT_CONFIG", str(config))


def unusable_urls(tmp_path: Path, closed_port: int) -> list[tuple[str, str, str]]:
    """(URL, as shown, what the message says) for databases that cannot be used, no server needed."""
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database, only text " * 100)
    return [
        ("not a url at all", "not a url at all", "不是数据库地址"),
        (f"mysql://root:{SECRET}@localhost/budget", "mysql://root:***@localhost/budget", "不支持"),
        (f"sqlite:///{tmp_path}", f"sqlite:///{tmp_path}", "是一个文件夹"),
        (f"sqlite:///{junk}", f"sqlite:///{junk}", "不是 SQLite 数据库文件"),
        (
            f"postgresql+psycopg://postgres:{SECRET}@127.0.0.1:{closed_port}/postgres",
            f"postgresql+psycopg://postgres:***@127.0.0.1:{closed_port}/postgres",
            "拒绝连接",
        ),
        (
            f"postgresql://reader:{SECRET}@no-such-host.invalid/budget",
            "postgresql://reader:***@no-such-host.invalid/budget",
            "主机名找不到",
        ),
    ]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: command[0])
def test_an_unusable_database_is_one_line_naming_it_and_exit_status_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, closed_port: int, sample: Path, command: list[str]
) -> None:
    args = [part.format(sample=sample, tmp=tmp_path) for part in command]
    for url, shown, phrase in unusable_urls(tmp_path, closed_port):
        code, _out, err = run(capsys, *args, "--db", url)
        assert code == 2, (url, err)
        assert_one_line_naming(err, shown, phrase)


@pytest.mark.parametrize(
    ("change", "phrase"),
    [
        ({"username": "no_such_role_budgetbot", "password": SECRET}, "不接受这个用户"),
        ({"database": "budgetbot_no_such_database"}, "不存在"),
    ],
    ids=["unknown-user", "unknown-database"],
)
@pytest.mark.parametrize("command", [["docs"], ["load", "{sample}"], ["ask", "三公经费"], ["check"]])
def test_a_postgresql_server_that_rejects_the_user_or_the_database_is_named(
    capsys: pytest.CaptureFixture[str],
    sample: Path,
    change: dict[str, str],
    phrase: str,
    command: list[str],
) -> None:
    if not POSTGRES_URL:
        pytest.skip("set BUDGETBOT_TEST_POSTGRES_URL to run the PostgreSQL tests")
    url = make_url(POSTGRES_URL).set(**change)
    args = [part.format(sample=sample) for part in command]
    code, _out, err = run(capsys, *args, "--db", url.render_as_string(hide_password=False))
    assert code == 2
    assert_one_line_naming(err, url.render_as_string(hide_password=True), phrase)


@pytest.mark.slow  # waits out the connect timeout
@pytest.mark.parametrize("command", [["docs"], ["load", "{sample}"]])
def test_a_server_that_never_answers_is_given_up_after_the_connect_timeout(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    silent_server: int,
    sample: Path,
    command: list[str],
) -> None:
    config_with(tmp_path, monkeypatch, "[database]\nconnect_timeout = 2\n")
    url = f"postgresql+psycopg://postgres:{SECRET}@127.0.0.1:{silent_server}/postgres"
    started = time.monotonic()
    code, _out, err = run(capsys, *[part.format(sample=sample) for part in command], "--db", url)
    assert time.monotonic() - started < 6
    assert code == 2
    assert_one_line_naming(err, url.replace(SECRET, "***"), "在 2 秒内没有应答")


def fill(folder: Path) -> None:
    """Write into folder until its filesystem has no byte left."""
    for size in (1 << 16, 1):
        with contextlib.suppress(OSError), (folder / f"filler-{size}").open("wb", buffering=0) as filler:
            while True:
                filler.write(b"\0" * size)


@pytest.mark.slow  # starts worker processes
def test_a_full_disk_stops_the_load_with_one_line_and_keeps_what_was_stored(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample: Path
) -> None:
    with small_tmpfs(tmp_path / "small", "8m") as small:
        url = f"sqlite:///{small / 'budget.db'}"
        assert run(capsys, "load", str(sample), "--db", url)[0] == 0
        fill(small)
        code, out, err = run(capsys, "load", str(CORPUS / "putuo-czj-2025-yusuan.pdf"), "--db", url)
        assert code == 2
        assert "未处理 1 个（数据库出错，载入停止）" in out
        assert_one_line_naming(err, url, "磁盘已满")
        code, out, _err = run(capsys, "docs", "--db", url)
        assert code == 0 and "汾阳市人力资源和社会保障局" in out and "普陀区财政局" not in out
        fresh = f"sqlite:///{small / 'fresh.db'}"
        code, _out, err = run(capsys, "docs", "--db", fresh)
        assert code == 2
        assert_one_line_naming(err, fresh, "")


@pytest.mark.slow  # starts worker processes
def test_a_read_only_database_answers_but_a_load_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sample: Path
) -> None:
    made = tmp_path / "budget.db"
    assert run(capsys, "load", str(sample), "--db", f"sqlite:///{made}")[0] == 0
    if os.geteuid() == 0:
        with small_tmpfs(tmp_path / "ro", "8m") as folder:
            shutil.copy(made, folder / made.name)
            remount_read_only(folder)
            check_read_only(capsys, f"sqlite:///{folder / made.name}")
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        shutil.copy(made, folder / made.name)
        (folder / made.name).chmod(0o444)
        folder.chmod(0o555)
        try:
            check_read_only(capsys, f"sqlite:///{folder / made.name}")
        finally:
            folder.chmod(0o755)


def check_read_only(capsys: pytest.CaptureFixture[str], url: str) -> None:
    code, out, _err = run(capsys, "ask", "零工市场花了多少钱", "--db", url)
    assert code == 0 and "零工市场" in out
    code, out, err = run(capsys, "load", str(CORPUS / "putuo-czj-2025-yusuan.pdf"), "--db", url)
    assert code == 2 and "未处理 1 个" in out
    assert_one_line_naming(err, url, "只读")


@pytest.mark.slow  # runs a PostgreSQL server of its own
def test_a_full_postgresql_tablespace_stops_the_load_with_one_line_and_keeps_what_was_stored(
    capsys: pytest.CaptureFixture[str], sample: Path
) -> None:
    """Filled on a PostgreSQL server of the test's own: a full tablespace stalls a server's checkpoints,
    which a shared server must never suffer."""
    with private_postgres("48m") as server:
        admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE TABLESPACE small LOCATION '{server.space}'"))
            connection.execute(text("CREATE DATABASE budget TABLESPACE small"))
            connection.execute(text("CREATE DATABASE fresh TABLESPACE small"))
        admin.dispose()
        url = make_url(server.url).set(database="budget", password=SECRET)
        written, shown = url.render_as_string(hide_password=False), url.render_as_string(hide_password=True)
        assert run(capsys, "load", str(sample), "--db", written)[0] == 0
        fill(server.space)
        code, out, err = run(capsys, "load", str(CORPUS / "putuo-czj-2025-yusuan.pdf"), "--db", written)
        assert code == 2 and "未处理 1 个（数据库出错，载入停止）" in out
        assert_one_line_naming(err, shown, "磁盘已满")
        code, out, _err = run(capsys, "docs", "--db", written)
        assert code == 0 and "汾阳市人力资源和社会保障局" in out and "普陀区财政局" not in out
        fresh = url.set(database="fresh")
        code, _out, err = run(capsys, "docs", "--db", fresh.render_as_string(hide_password=False))
        assert code == 2
        assert_one_line_naming(err, fresh.render_as_string(hide_password=True), "磁盘已满")
