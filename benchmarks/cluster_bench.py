"""What the production topology carries on this machine, in one run: messages per second and p50/p95 latency at 20
and 100 concurrent users (Locust, headless, closed loop) for

  1. one Rasa replica on SQLite (the README's default: `scripts/run.sh --server`),
  2. one Rasa replica on PostgreSQL + Redis (deploy/cluster.py with --replicas 1, the replica addressed directly),
  3. two replicas behind nginx (deploy/cluster.py, as `scripts/cluster.sh up` starts it),

and the peak memory of each process. Everything on loopback; Locust runs in build/bench-venv (created on first use
from benchmarks/requirements-bench.txt). One configuration runs at a time: they share the machine's 2 cores.

    .venv/bin/python benchmarks/cluster_bench.py [--seconds 30] [--users 20 100]
"""
from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.assistant_process import PINNED_TODAY, senco_guide  # noqa: E402
from deploy.cluster import Cluster  # noqa: E402

BENCH_VENV = ROOT / "build" / "bench-venv"
LOCUSTFILE = ROOT / "benchmarks" / "locustfile.py"


def locust() -> str:
    binary = BENCH_VENV / "bin" / "locust"
    if not binary.exists():
        subprocess.run(["python3", "-m", "venv", str(BENCH_VENV)], check=True)
        subprocess.run([str(BENCH_VENV / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check", "-r",
                        str(ROOT / "benchmarks" / "requirements-bench.txt")], check=True)
    return str(binary)


def load(url: str, users: int, seconds: int, work: Path) -> dict[str, float]:
    """One headless Locust run; its aggregated figures."""
    prefix = work / f"locust-{users}"
    subprocess.run([locust(), "-f", str(LOCUSTFILE), "--headless", "--host", url, "-u", str(users), "-r",
                    str(users), "-t", f"{seconds}s", "--csv", str(prefix), "--only-summary", "--loglevel", "ERROR"],
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=seconds + 120)
    with open(f"{prefix}_stats.csv") as stats:
        row = next(r for r in csv.DictReader(stats) if r["Name"] == "Aggregated")
    return {"rps": float(row["Requests/s"]), "p50": float(row["50%"]), "p95": float(row["95%"]),
            "failures": int(row["Failure Count"]), "requests": int(row["Request Count"])}


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def total_rss_mb(command: str) -> float:
    done = subprocess.run(["ps", "-C", command, "-o", "rss="], capture_output=True, text=True)
    return sum(int(x) for x in done.stdout.split()) / 1024


def run_config(name: str, url: str, users: list[int], seconds: int, work: Path) -> list[dict]:
    load(url, 5, 5, work)  # warm up: the first turns load TensorFlow's graphs
    rows = []
    for n in users:
        figures = load(url, n, seconds, work)
        rows.append({"config": name, "users": n, **figures})
        print(f"{name}, {n} users: {figures['rps']:.1f} msg/s, p50 {figures['p50']:.0f} ms, "
              f"p95 {figures['p95']:.0f} ms, {figures['failures']} failed of {figures['requests']}", flush=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--users", type=int, nargs="+", default=[20, 100])
    args = parser.parse_args()
    locust()
    (ROOT / "run").mkdir(exist_ok=True)
    rows, memory = [], []
    # In the project (run/), not /tmp: PostgreSQL runs as the postgres user, who cannot enter root's private folders.
    with tempfile.TemporaryDirectory(dir=ROOT / "run") as tmp:
        work = Path(tmp)
        work.chmod(0o755)
        (work / "sqlite").mkdir()
        with senco_guide(work / "sqlite") as single:
            rows += run_config("1 replica, SQLite", single.url, args.users, args.seconds, work)
            memory.append(("1 replica, SQLite", f"rasa {single.rasa.rss_mb()[1]:.0f} MB, "
                                                f"actions {single.actions.rss_mb()[1]:.0f} MB"))
        for replicas, name in ((1, "1 replica, PostgreSQL + Redis"), (2, "2 replicas behind nginx")):
            cluster = Cluster(work / f"cluster-{replicas}", 28000 + 100 * replicas, replicas=replicas,
                              action_servers=replicas, env={"SENCO_TODAY": PINNED_TODAY})
            try:
                cluster.up()
                url = cluster.replica_url(0) if replicas == 1 else cluster.url
                rows += run_config(name, url, args.users, args.seconds, work)
                memory.append((name, ", ".join(f"{k} {peak_rss_mb(pid):.0f} MB" for k, pid in cluster.state.pids.items())
                               + f", postgres {total_rss_mb('postgres'):.0f} MB, redis {total_rss_mb('redis-server'):.0f}"
                               f" MB, nginx {total_rss_mb('nginx'):.0f} MB"))
            finally:
                cluster.down()
    print(f"\n{os.cpu_count()} cores. Closed-loop users (each sends its next message when the reply comes).\n")
    print("| configuration | users | messages/s | p50 | p95 | failed |\n|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['config']} | {r['users']} | {r['rps']:.1f} | {r['p50']:.0f} ms | {r['p95']:.0f} ms | "
              f"{r['failures']} of {r['requests']} |")
    print("\n| configuration | peak memory |\n|---|---|")
    for name, text in memory:
        print(f"| {name} | {text} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
