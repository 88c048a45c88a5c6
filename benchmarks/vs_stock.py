"""SENCO Guide against a stock `rasa init` bot, side by side on this machine, in one run.

    benchmarks/vs_stock.sh                     # trains both from scratch, then measures both
    benchmarks/vs_stock.sh --senco-model models/senco.tar.gz   # skip SENCO Guide's training (quicker)

For each bot, one at a time (they share 2 cores): full training time (cold cache), time from start until it
answers its first message, a closed-loop REST load of 6-turn conversations (400 messages) at 1 and at 20
concurrent users, one 200-turn conversation, and the Rasa process's peak memory. Prints one markdown table with
each ratio to stock and the issue's goals. Every request goes to 127.0.0.1; every loop is bounded.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.assistant_process import RASA, rasa_server, senco_guide  # noqa: E402
from benchmarks.latency import CONVERSATION as SENCO_CONVERSATION  # noqa: E402  the same turns latency.py plays

STOCK_CONVERSATION = ["hello", "I am feeling very sad", "yes", "are you a bot?", "I am great now", "goodbye"]
STOCK_LONG = ["hi", "I am sad", "yes", "no", "are you a bot?", "I feel great", "good morning", "perfect", "bye",
              "hello there"]
SENCO_LONG = [
    "hello", "who pays for the npq for sencos", "what is an EHCP", "I work in an academy",
    "when is the next npq cohort", "what does a senco do", "can a teaching assistant be a senco",
    "how do I get QTS", "is the nasenco still accepted", "thanks",
]
REQUEST_TIMEOUT = 120
LOAD_DEADLINE = 900  # seconds: a load that has not finished by then is reported as incomplete


@dataclass
class Load:
    users: int
    messages: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: int = 0

    @property
    def per_second(self) -> float:
        return len(self.latencies) / self.seconds


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def _send(session: aiohttp.ClientSession, url: str, sender: str, text: str) -> float:
    started = time.perf_counter()
    async with session.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}) as response:
        await response.read()
        response.raise_for_status()
    return time.perf_counter() - started


async def closed_loop(url: str, conversation: list[str], users: int, messages: int) -> Load:
    """`users` clients, each sending the next turn as soon as the last reply came, until `messages` were sent."""
    budget = itertools.count()
    load = Load(users, messages, 0.0)
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)

    async def user(session: aiohttp.ClientSession) -> None:
        while True:
            sender = f"load-{uuid.uuid4().hex[:10]}"
            for text in conversation:
                if next(budget) >= messages:
                    return
                try:
                    load.latencies.append(await _send(session, url, sender, text))
                except (aiohttp.ClientError, asyncio.TimeoutError):
                    load.errors += 1

    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=users)) as session:
        for text in conversation:  # warm-up, not counted
            await _send(session, url, "warm-up", text)
        started = time.perf_counter()
        await asyncio.wait_for(asyncio.gather(*(user(session) for _ in range(users))), LOAD_DEADLINE)
        load.seconds = time.perf_counter() - started
    return load


async def long_conversation(url: str, turns: list[str], count: int) -> list[float]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)) as session:
        sender = f"long-{uuid.uuid4().hex[:10]}"
        return [await _send(session, url, sender, text) for text in itertools.islice(itertools.cycle(turns), count)]


def train(command: list[str], cwd: Path, cache: Path) -> float:
    """Seconds for a full training with a cold cache."""
    started = time.perf_counter()
    env = {**os.environ, "RASA_CACHE_DIRECTORY": str(cache), "TF_CPP_MIN_LOG_LEVEL": "2"}
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError((result.stdout + result.stderr)[-3000:])
    return time.perf_counter() - started


def measure(name: str, running, conversation: list[str], long_turns: list[str], args) -> dict:
    print(f"[{name}] ready in {running.ready_s:.1f} s; loading...", flush=True)
    figures = {"ready_s": running.ready_s}
    for users in (1, 20):
        load = asyncio.run(closed_loop(running.url, conversation, users, args.messages))
        figures[users] = load
        print(f"[{name}] {users} users: {load.per_second:.1f} msg/s, p50 {1000 * statistics.median(load.latencies):.0f} "
              f"ms, p95 {1000 * percentile(load.latencies, 0.95):.0f} ms, errors {load.errors}", flush=True)
    long = asyncio.run(long_conversation(running.url, long_turns, args.long_turns))
    figures["long_first"] = statistics.median(long[:20])
    figures["long_last"] = statistics.median(long[-20:])
    figures["rss_mb"] = running.rasa.rss_mb()[1]
    if running.actions is not None:
        figures["actions_rss_mb"] = running.actions.rss_mb()[1]
    print(f"[{name}] 200-turn conversation: turns 1-20 p50 {1000 * figures['long_first']:.0f} ms, last 20 p50 "
          f"{1000 * figures['long_last']:.0f} ms; peak RSS {figures['rss_mb']:.0f} MB", flush=True)
    return figures


def table(stock: dict, senco: dict, args) -> str:
    ms = lambda s: f"{1000 * s:.0f} ms"  # noqa: E731
    rows = []

    def row(label: str, a, b, fmt, goal: str = "", met: bool | None = None, ratio: bool = True):
        r = f"{b / a:.2f}x" if ratio and a else ""
        verdict = "" if met is None else ("yes" if met else "**no**")
        rows.append(f"| {label} | {fmt(a)} | {fmt(b)} | {r} | {goal} | {verdict} |")

    for users in (1, 20):
        s, g = stock[users], senco[users]
        mps = lambda v: f"{v:.1f}"  # noqa: E731
        goal = "≥ 2x stock" if users == 20 else ""
        row(f"messages/s, {users} user{'s' * (users > 1)}", s.per_second, g.per_second, mps, goal,
            g.per_second >= 2 * s.per_second if users == 20 else None)
        for share, label in ((0.5, "p50"), (0.95, "p95"), (0.99, "p99")):
            a, b = percentile(s.latencies, share), percentile(g.latencies, share)
            goal, met = "", None
            if users == 1 and label == "p50":
                goal, met = "≤ 25 ms", b <= 0.025
            if users == 20 and label == "p95":
                goal, met = "≤ 400 ms", b <= 0.4
            row(f"{label} latency, {users} user{'s' * (users > 1)}", a, b, ms, goal, met)
        if s.errors or g.errors:
            rows.append(f"| failed requests, {users} users | {s.errors} | {g.errors} | | 0 | |")
    row("200-turn conversation: p50 of turns 1-20", stock["long_first"], senco["long_first"], ms)
    row("200-turn conversation: p50 of turns 181-200", stock["long_last"], senco["long_last"], ms)
    growth = lambda f: f["long_last"] / f["long_first"]  # noqa: E731
    row("growth, turns 181-200 / turns 1-20", growth(stock), growth(senco), lambda v: f"{v:.2f}x", "≤ 1.5x",
        growth(senco) <= 1.5, ratio=False)
    row("ready after start (first answer)", stock["ready_s"], senco["ready_s"], lambda v: f"{v:.1f} s", "≤ 15 s",
        senco["ready_s"] <= 15)
    if "train_s" in stock and "train_s" in senco:
        row("full training (cold cache)", stock["train_s"], senco["train_s"], lambda v: f"{v:.0f} s", "≤ 90 s",
            senco["train_s"] <= 90)
    row("Rasa process peak RSS", stock["rss_mb"], senco["rss_mb"], lambda v: f"{v:.0f} MB", "≤ 900 MB",
        senco["rss_mb"] <= 900)
    if "actions_rss_mb" in senco:
        rows.append(f"| action server peak RSS | none | {senco['actions_rss_mb']:.0f} MB | | | |")
    head = (f"Measured {dt.date.today():%d %B %Y} on this machine ({os.cpu_count()} cores), {args.messages} "
            f"messages per load, closed loop over REST on loopback, one bot at a time.\n\n"
            "| figure | stock `rasa init` | SENCO Guide | SENCO / stock | goal | met |\n|---|---|---|---|---|---|")
    return "\n".join([head, *rows])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=400)
    parser.add_argument("--long-turns", type=int, default=200)
    parser.add_argument("--senco-model", type=Path, help="use this model instead of training SENCO Guide")
    parser.add_argument("--senco-only", action="store_true",
                        help="measure SENCO Guide alone (quick checks while working; the README's table needs both)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="vs-stock-") as tmp:
        work = Path(tmp)
        stock_dir = work / "stock"
        stock_dir.mkdir()
        if not args.senco_only:
            print("Training the stock bot (rasa init)...", flush=True)
            stock_train = train([RASA, "init", "--no-prompt", "--init-dir", str(stock_dir)], work,
                                work / "stock-cache")
            stock_model = next((stock_dir / "models").glob("*.tar.gz"))
        if args.senco_model:
            senco_model, senco_train = args.senco_model.resolve(), None
        else:
            print("Training SENCO Guide...", flush=True)
            senco_train = train([RASA, "train", "--force", "--fixed-model-name", "senco", "--out",
                                 str(work / "senco-models")], ROOT, work / "senco-cache")
            senco_model = work / "senco-models" / "senco.tar.gz"

        if not args.senco_only:
            (work / "stock-run").mkdir()
            with rasa_server(stock_dir, stock_model, work / "stock-run") as running:
                stock = measure("stock", running, STOCK_CONVERSATION, STOCK_LONG, args)
            stock["train_s"] = stock_train
        (work / "senco-run").mkdir()
        with senco_guide(work / "senco-run", senco_model) as running:
            senco = measure("SENCO Guide", running, SENCO_CONVERSATION, SENCO_LONG, args)
        if senco_train is not None:
            senco["train_s"] = senco_train
    if args.senco_only:
        print(f"SENCO Guide alone: training {senco.get('train_s', 0):.0f} s")
        return 0
    print()
    print(table(stock, senco, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
