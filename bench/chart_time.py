"""Chart time: what the shipped CJK font adds to drawing a chart, first in a process and after.

    .venv/bin/python -m bench.chart_time [--charts 20]

Each scenario runs in a fresh process on the bundled sample: importing matplotlib's font manager,
registering the shipped font (Budgetbot Sans SC), the first chart (the font read and its glyphs
rendered for the first time), then the p50 and max of the next charts (the five kinds in turn), with
the CPU time beside the wall time (a machine shared with other work slows the wall time only). The
same run with the text set in DejaVu Sans, matplotlib's own font (Chinese drawn as boxes), is the
baseline: the difference is what the shipped font costs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from itertools import cycle
from pathlib import Path

from bot.services import charts
from loaders import load_file, sample_path

SCENARIOS = {"shipped": "随包字体 Budgetbot Sans SC", "baseline": "对照 DejaVu Sans（汉字为方框）"}


def elapsed_ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def run(scenario: str, count: int) -> None:
    """Time one scenario in this process and print its line."""
    disclosure = load_file(sample_path()).disclosure
    started = time.perf_counter()
    from matplotlib import font_manager  # noqa: F401  (imported here to time it)

    import_ms = elapsed_ms(started)
    started = time.perf_counter()
    if scenario == "shipped":
        charts.bundled_font()
    else:
        warnings.simplefilter("ignore")  # DejaVu Sans warns of every missing Chinese glyph
        charts.chart_fonts = lambda: ["DejaVu Sans"]
    register_ms = elapsed_ms(started)
    kinds = cycle(kind.key for kind in charts.CHART_KINDS)
    timings, cpu = [], []
    with tempfile.TemporaryDirectory() as folder:
        for number in range(count + 1):
            started, cpu_started = time.perf_counter(), time.process_time()
            charts.render_chart(next(kinds), disclosure, Path(folder) / f"{number}.png")
            timings.append(elapsed_ms(started))
            cpu.append((time.process_time() - cpu_started) * 1000)
    print(
        f"{SCENARIOS[scenario]}: 导入 matplotlib {import_ms:.0f} ms, 注册字体 {register_ms:.1f} ms, "
        f"首张图 {timings[0]:.0f} ms (CPU {cpu[0]:.0f} ms), 之后 {count} 张 p50 "
        f"{statistics.median(timings[1:]):.0f} ms (CPU {statistics.median(cpu[1:]):.0f} ms), "
        f"max {max(timings[1:]):.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--charts", type=int, default=20, help="charts timed after the first")
    parser.add_argument("--scenario", choices=SCENARIOS, help="run one scenario in this process")
    arguments = parser.parse_args()
    if arguments.scenario:
        run(arguments.scenario, arguments.charts)
        return
    for scenario in SCENARIOS:
        command = [sys.executable, "-m", "bench.chart_time", "--scenario", scenario]
        subprocess.run([*command, "--charts", str(arguments.charts)], check=True)


if __name__ == "__main__":
    main()
