"""Where a turn's CPU goes: py-spy samples the Rasa process (and the action server) under the 20-user load.

    .venv/bin/pip install py-spy          # a profiler, not a dependency of the assistant
    .venv/bin/python benchmarks/profile_turns.py [--seconds 20] [--top 30]

Prints the functions with the largest inclusive share of samples and writes the collapsed stacks to
build/profile-*.txt (open them with speedscope or flamegraph.pl). Loopback only; the load is bounded.
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.assistant_process import senco_guide  # noqa: E402
from benchmarks.vs_stock import SENCO_CONVERSATION, closed_loop  # noqa: E402


def _short(frame: str) -> str:
    """"run (rasa/core/processor.py:123)" with the path cut to its file name."""
    name, _, where = frame.partition(" (")
    return f"{name} ({where.rpartition('/')[2]}" if where else name


def summarise(collapsed: Path, top: int) -> str:
    inclusive: collections.Counter = collections.Counter()
    total = 0
    for line in collapsed.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        total += int(count)
        for frame in set(stack.split(";")):
            inclusive[_short(frame)] += int(count)
    rows = [f"{100 * n / total:5.1f}%  {frame}" for frame, n in inclusive.most_common(top)]
    return f"{total} samples\n" + "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--gil", action="store_true", help="sample only the thread holding Python's lock")
    args = parser.parse_args()
    py_spy = shutil.which("py-spy", path=str(Path(sys.executable).parent)) or shutil.which("py-spy")
    if not py_spy:
        print("py-spy is not installed: .venv/bin/pip install py-spy", file=sys.stderr)
        return 2
    out = ROOT / "build"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as work, senco_guide(Path(work)) as assistant:
        recorders = {
            name: subprocess.Popen([py_spy, "record", "--pid", str(process.popen.pid), "--duration", str(args.seconds),
                                    "--format", "raw", "--output", str(out / f"profile-{name}.txt"), "--nonblocking",
                                    *(["--gil"] if args.gil else [])],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for name, process in (("rasa", assistant.rasa), ("actions", assistant.actions))
        }
        try:
            asyncio.run(asyncio.wait_for(closed_loop(assistant.url, SENCO_CONVERSATION, 20, args.messages),
                                         args.seconds + 5))
        except asyncio.TimeoutError:
            pass  # the profile window is what matters
        for recorder in recorders.values():
            recorder.wait(timeout=120)
    for name in ("rasa", "actions"):
        print(f"\n== {name} ==\n{summarise(out / f'profile-{name}.txt', args.top)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
