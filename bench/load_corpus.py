"""Load the corpus PDFs one after another and report speed and memory.

    .venv/bin/python bench/load_corpus.py [folder] [--jobs N]     (default: tests/corpus, 1 job)

For each file: pages, seconds to read its blocks, seconds to assemble records, pages per second, and the
peak resident memory of the process that loaded it; a file that does not load is listed with its reason.
With --jobs 2 the files are loaded by two worker processes at once (documents are independent; pdfminer's
parsing is pure Python and bound to one core). Target: at least 13 pages/s with 2 jobs.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from knowledge.errors import LoadError
from loaders.assemble import blocks_to_document
from loaders.pdf import read_blocks

DEFAULT_FOLDER = Path(__file__).resolve().parents[1] / "tests" / "corpus"
TARGET_PAGES_PER_SECOND = 13.0


def peak_memory_mb() -> float:
    """Peak resident set size of this process (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_one(path: Path) -> tuple[int, float, float, float, float, str]:
    """Load one PDF to records; return pages, seconds reading blocks, seconds assembling, CPU seconds
    (what an otherwise idle machine would take), peak MB, and why it failed ('' when it loaded)."""
    cpu_started = time.process_time()
    started = time.perf_counter()
    data = path.read_bytes()
    blocks, _, page_count = read_blocks(path)
    read_seconds = time.perf_counter() - started
    started = time.perf_counter()
    failure = ""
    try:
        blocks_to_document(
            blocks,
            source_name=path.name,
            source_format="pdf",
            content_hash=hashlib.sha256(data).hexdigest(),
            page_count=page_count,
        )
    except LoadError as error:
        failure = error.reason
    build_seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    return page_count or 0, read_seconds, build_seconds, cpu_seconds, peak_memory_mb(), failure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes loading files at once")
    arguments = parser.parse_args()
    paths = sorted(arguments.folder.glob("*.pdf"))
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=arguments.jobs) as pool:
        results = list(pool.map(load_one, paths))
    wall_seconds = time.perf_counter() - started
    print(f"{'file':34} {'pages':>5} {'read s':>7} {'build s':>7} {'cpu s':>7} {'pages/s':>7} {'peak MB':>8}")
    for path, (pages, read_seconds, build_seconds, cpu_seconds, peak_mb, failure) in zip(
        paths, results, strict=True
    ):
        pages_per_second = pages / (read_seconds + build_seconds)
        print(
            f"{path.name:34} {pages:5d} {read_seconds:7.2f} {build_seconds:7.2f} {cpu_seconds:7.2f} "
            f"{pages_per_second:7.1f} {peak_mb:8.0f}" + (f"  failed: {failure}" if failure else "")
        )
    total_pages = sum(result[0] for result in results)
    cpu_total = sum(result[3] for result in results)
    rate = total_pages / wall_seconds
    verdict = "meets" if rate >= TARGET_PAGES_PER_SECOND else "BELOW"
    failed = sum(1 for result in results if result[5])
    print(
        f"{len(paths)} files ({failed} failed), {total_pages} pages in {wall_seconds:.2f} s wall clock with "
        f"{arguments.jobs} job(s): {rate:.1f} pages/s ({verdict} the {TARGET_PAGES_PER_SECOND:.0f} pages/s "
        f"target); {cpu_total:.2f} CPU s in all"
    )


if __name__ == "__main__":
    main()
