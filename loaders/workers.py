"""Reading files in worker processes that cannot take the load down with them.

Each worker reads one file at a time and sends back a LoadedDocument or a ReadFailure: plain data, never
a library's exception. A worker that dies (killed, out of memory) or overruns [limits] seconds_per_file
fails only its file and is replaced. Workers are forked from this process when it runs no other thread
while it loads (a fork copies another thread's locks held; the CLI's progress bar refreshes per file, not
from a thread): a fork costs milliseconds. A process that runs threads (the Telegram bot) starts them
with "spawn" instead: a fresh interpreter, which imports the loaders again (most of a second) but copies
no lock. They cap their own memory, leave SIGINT and SIGTERM to this process, and die with it, even when
it is SIGKILLed.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import math
import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
from collections.abc import Generator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkContext, SpawnContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Literal

from knowledge.settings import LimitSettings
from loaders import ReadFailure, read_or_fail
from loaders.blocks import LoadedDocument

PR_SET_PDEATHSIG = 1
STOP_SECONDS = 2.0
"""How long a worker told to stop may take before it is killed."""

Read = LoadedDocument | ReadFailure
StartMethod = Literal["fork", "spawn"]


def exit_with_parent() -> None:
    """Make this worker exit when the load that forked it goes, however it goes.

    On Linux the kernel sends the worker SIGKILL when its parent exits (PR_SET_PDEATHSIG); elsewhere a
    thread watches the parent's sentinel pipe, which the kernel closes when the parent dies.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent.pid:
            os._exit(1)
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def mapped_bytes() -> int:
    """The address space this process maps already (a forked worker starts with its parent's: a bot
    serving answers maps far more than a worker reads with); 0 where the system does not say."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def cap_memory(megabytes: int) -> None:
    """Limit this worker's address space to what it starts with and `megabytes` more, so a runaway file
    fails with MemoryError, not the machine, however much the process it was forked from maps."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = mapped_bytes() + megabytes * 1024 * 1024
    resource.setrlimit(
        resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard)
    )


def serve_reads(connection: Connection, limits: LimitSettings) -> None:
    """A worker's life: read each path sent, send back what was read or why not, until told to stop (None;
    the pipe does not close while later workers hold copies of this process's end)."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_IGN)
    exit_with_parent()
    cap_memory(limits.worker_memory_mb)
    # A library's log lines (pdfminer's "Invalid MediaBox") are not printed over the load's summary:
    # what matters comes back as the file's problems.
    logging.getLogger().addHandler(logging.NullHandler())
    while True:
        try:
            path = connection.recv()
        except EOFError:
            return
        if path is None:
            return
        read = read_or_fail(Path(path), limits)
        try:
            connection.send(read)
        except (MemoryError, RecursionError, TypeError, ValueError) as error:
            connection.send(ReadFailure(path, f"读取结果无法送回（{type(error).__name__}）", None, None))


def death_reason(exitcode: int | None) -> str:
    """Why a worker that died while reading a file failed it, as the person will read it."""
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        hint = "，可能是内存不足被系统终止" if -exitcode == signal.SIGKILL else ""
        return f"读取这个文件的进程被 {name} 终止{hint}，文件没有载入"
    return f"读取这个文件的进程意外退出（退出码 {exitcode}），文件没有载入"


@dataclass
class Worker:
    process: BaseProcess
    connection: Connection
    index: int | None = None
    deadline: float = math.inf


class Readers:
    """Up to `jobs` workers reading the files of one load; results are kept by the file's index."""

    def __init__(
        self, paths: list[Path], jobs: int, limits: LimitSettings, start_method: StartMethod = "fork"
    ) -> None:
        self.paths = paths
        self.jobs = max(1, min(jobs, len(paths)))
        self.limits = limits
        self.workers: list[Worker] = []
        self.results: dict[int, Read] = {}
        self.context: ForkContext | SpawnContext = (
            multiprocessing.get_context("spawn")
            if start_method == "spawn"
            else multiprocessing.get_context("fork")
        )

    def start_worker(self) -> Worker:
        ours, theirs = self.context.Pipe()
        process = self.context.Process(target=serve_reads, args=(theirs, self.limits), daemon=True)
        process.start()
        theirs.close()
        worker = Worker(process, ours)
        self.workers.append(worker)
        return worker

    def give(self, index: int) -> bool:
        """Hand a file to an idle worker (starting one if allowed); False when every worker is busy.
        An idle worker found dead (the kernel's OOM killer may pick one) is replaced, failing no file."""
        while True:
            worker = next((worker for worker in self.workers if worker.index is None), None)
            if worker is None and len(self.workers) < self.jobs:
                worker = self.start_worker()
            if worker is None:
                return False
            try:
                worker.connection.send(str(self.paths[index]))
            except OSError:
                worker.process.join()
                self.fail(worker, "")
                continue
            worker.index = index
            worker.deadline = time.monotonic() + self.limits.seconds_per_file
            return True

    def fail(self, worker: Worker, reason: str) -> None:
        """The worker's file fails with the reason; the worker is gone."""
        if worker.index is not None:
            self.results[worker.index] = ReadFailure(str(self.paths[worker.index]), reason, None, None)
        worker.connection.close()
        self.workers.remove(worker)

    def collect(self) -> None:
        """Wait for a worker to finish, die or overrun its time, and record what it means for its file."""
        busy = [worker for worker in self.workers if worker.index is not None]
        timeout = max(0.0, min(worker.deadline for worker in busy) - time.monotonic())
        ready = set(wait([w.connection for w in busy] + [w.process.sentinel for w in busy], timeout))
        for worker in busy:
            if worker.connection in ready:
                self.receive(worker)
            elif worker.process.sentinel in ready:
                worker.process.join()
                self.fail(worker, death_reason(worker.process.exitcode))
            elif time.monotonic() >= worker.deadline:
                worker.process.kill()
                worker.process.join()
                self.fail(
                    worker,
                    f"读取超过 {self.limits.seconds_per_file:g} 秒（[limits] seconds_per_file），已停止，文件没有载入",
                )

    def receive(self, worker: Worker) -> None:
        try:
            read = worker.connection.recv()
        except (EOFError, OSError):
            worker.process.join()
            self.fail(worker, death_reason(worker.process.exitcode))
            return
        assert worker.index is not None
        self.results[worker.index] = read
        worker.index, worker.deadline = None, math.inf

    def stop(self) -> None:
        """End every worker: an idle one when told to, a busy one (an abandoned file) at once."""
        for worker in self.workers:
            if worker.index is not None:
                worker.process.kill()
            else:
                with contextlib.suppress(OSError):
                    worker.connection.send(None)
            worker.connection.close()
        for worker in self.workers:
            worker.process.join(STOP_SECONDS)
            if worker.process.exitcode is None:
                worker.process.kill()
                worker.process.join()
        self.workers = []


def read_many(
    paths: list[Path], jobs: int, limits: LimitSettings, start_method: StartMethod = "fork"
) -> Generator[tuple[Path, Read], None, None]:
    """Read the files in up to `jobs` worker processes and give back each one's result in the order given;
    at most two files per worker wait, read, to be taken. Leaving the loop early stops the workers.
    `start_method` is "fork", or "spawn" in a process running threads."""
    readers = Readers(paths, jobs, limits, start_method)
    window = 2 * readers.jobs
    following = 0
    try:
        for given, path in enumerate(paths):
            while given not in readers.results:
                while following < min(len(paths), given + window) and readers.give(following):
                    following += 1
                readers.collect()
            yield path, readers.results.pop(given)
    finally:
        readers.stop()
