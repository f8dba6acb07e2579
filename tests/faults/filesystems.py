"""What a test may fill or break: a small tmpfs mounted for the test, and a PostgreSQL server of its own.

Both need root (mount(8); running the server as the postgres user) and skip with the reason elsewhere.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest


def mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@contextmanager
def small_tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of the given size mounted on folder for the test; skips where the machine does not allow it."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small filesystem needs root and mount(8)")
    folder.mkdir(parents=True, exist_ok=True)
    mounted = mount("-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(folder))
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], check=False, capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def remount_read_only(folder: Path) -> None:
    remounted = mount("-o", "remount,ro", str(folder))
    if remounted.returncode != 0:
        pytest.skip(f"cannot remount read-only: {remounted.stderr.strip()}")


@dataclass(frozen=True)
class PrivateServer:
    url: str
    space: Path
    """A small tmpfs the server's user owns, for a tablespace to fill."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def private_postgres(space_size: str) -> Iterator[PrivateServer]:
    """A throwaway PostgreSQL server (initdb, pg_ctl) on 127.0.0.1, run as the postgres user, with a small
    tmpfs for a tablespace; stopped before the tmpfs is unmounted, then removed."""
    initdb = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not initdb or os.geteuid() != 0:
        pytest.skip("a private PostgreSQL server needs root and the PostgreSQL server binaries")
    try:
        owner = pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("no postgres user to run a private PostgreSQL server as")
    binaries = Path(initdb[-1]).parent
    folder = Path(tempfile.mkdtemp(prefix="budgetbot-private-pg-", dir="/tmp"))
    os.chown(folder, owner.pw_uid, owner.pw_gid)
    port = free_port()

    def as_owner(*command: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True)

    pg_ctl = [str(binaries / "pg_ctl"), "-D", str(folder / "data")]
    try:
        with small_tmpfs(folder / "space", space_size) as space:
            os.chown(space, owner.pw_uid, owner.pw_gid)
            as_owner(str(binaries / "initdb"), "-D", str(folder / "data"), "-A", "trust", "-U", "postgres")
            options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
            as_owner(*pg_ctl, "-l", str(folder / "log"), "-w", "-o", options, "start")
            try:
                yield PrivateServer(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", space)
            finally:
                as_owner(*pg_ctl, "-m", "immediate", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
