"""Latency and throughput of a running assistant over REST, measured on this machine (loopback only).

    .venv/bin/python benchmarks/latency.py [--url http://localhost:5005] [--conversations 20]

Runs short scripted conversations (each turn goes through NLU, dialogue and, for topic questions, the action
server and rules module), then single long messages. Every loop is bounded; nothing leaves this machine.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import urllib.request
import uuid

CONVERSATION = [
    "hello",
    "is the npq senco funded for academies",
    "I became SENCO in March 2025, when is my deadline?",
    "what is the graduated approach",
    "can a teaching assistant be a senco",
    "thanks",
]
LONG_MESSAGE = ("I would like to know how to become a SENCO in a primary school. " * 160)[:10_000]


def send(url: str, sender: str, text: str) -> float:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(f"{url}/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        response.read()
    return time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://localhost:5005")
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--long-messages", type=int, default=5)
    args = parser.parse_args()

    send(args.url, "warm-up", "hello")
    turns: list[float] = []
    started = time.perf_counter()
    for _ in range(args.conversations):
        sender = f"bench-{uuid.uuid4().hex[:8]}"
        turns.extend(send(args.url, sender, text) for text in CONVERSATION)
    elapsed = time.perf_counter() - started
    long_ones = [send(args.url, f"bench-long-{i}", LONG_MESSAGE) for i in range(args.long_messages)]

    print(f"{len(turns)} turns in {elapsed:.1f} s: {len(turns) / elapsed:.1f} messages/s (one client)")
    print(f"turn latency: p50 {1000 * statistics.median(turns):.0f} ms, p95 {1000 * percentile(turns, 0.95):.0f} ms, "
          f"max {1000 * max(turns):.0f} ms")
    print(f"10,000-character message: p50 {1000 * statistics.median(long_ones):.0f} ms, "
          f"max {1000 * max(long_ones):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
