"""Start a Rasa server (and SENCO Guide's action server) on loopback for a benchmark or a probe, measure how long
it takes to answer its first message and how much memory it holds, and stop it. Nothing leaves this machine."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import yaml

ROOT = Path(__file__).resolve().parent.parent
RASA = str(Path(sys.executable).with_name("rasa"))
START_TIMEOUT = 240
PINNED_TODAY = "2026-11-22"  # the tests' date, so replies can be compared run to run


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post_message(url: str, sender: str, text: str, timeout: float = 60) -> list[dict]:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(f"{url}/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read() or b"[]")


@dataclass
class Process:
    popen: subprocess.Popen
    log: Path
    started: float

    def rss_mb(self) -> tuple[float, float]:
        """(current, peak) resident memory in MB, from /proc."""
        fields = {}
        for line in Path(f"/proc/{self.popen.pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            fields[key] = value.strip()
        return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024

    def stop(self) -> None:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()


def start(command: list[str], log: Path, cwd: Path, env: dict | None = None) -> Process:
    started = time.perf_counter()
    popen = subprocess.Popen(command, cwd=cwd, env={**os.environ, **(env or {})}, stdout=log.open("w"),
                             stderr=subprocess.STDOUT)
    return Process(popen, log, started)


def wait_until_up(url: str, popen: subprocess.Popen, log: Path, poll_s: float = 0.2) -> None:
    """Wait until `url` answers; fail at once, with the log's tail, if the process exits first."""
    deadline = time.time() + START_TIMEOUT
    while time.time() < deadline:
        if popen.poll() is not None:
            raise RuntimeError(f"{url}: the process exited early:\n{log.read_text()[-3000:]}")
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(poll_s)
    raise TimeoutError(f"{url} did not answer in {START_TIMEOUT} s:\n{log.read_text()[-3000:]}")


def wait_for_url(process: Process, url: str) -> None:
    wait_until_up(url, process.popen, process.log)


def wait_until_answering(process: Process, url: str) -> float:
    """Seconds from start until the server answered a real message over REST (model loaded and warm)."""
    wait_for_url(process, f"{url}/")
    post_message(url, "readiness-probe", "hello")
    return time.perf_counter() - process.started


def write_endpoints(source: Path, target: Path, action_port: int, db: Path) -> None:
    """The project's endpoints (its tracker store and action endpoint settings) with this run's port and database."""
    config = yaml.safe_load(source.read_text())
    config["action_endpoint"]["url"] = f"http://127.0.0.1:{action_port}/webhook"
    config["tracker_store"]["db"] = str(db)
    target.write_text(yaml.safe_dump(config))


@dataclass
class RunningAssistant:
    url: str
    rasa: Process
    actions: Process | None
    ready_s: float


@contextmanager
def rasa_server(bot_dir: Path, model: Path, work: Path, endpoints: Path | None = None,
                env: dict | None = None) -> Iterator[RunningAssistant]:
    """A Rasa server for the bot in `bot_dir` (the REST channel only); for SENCO Guide also its action server."""
    port = free_port()
    actions = None
    env = {"TF_CPP_MIN_LOG_LEVEL": "2", "PYTHONWARNINGS": "ignore::DeprecationWarning", **(env or {})}
    command = [RASA, "run", "--model", str(model), "--port", str(port), "--interface", "127.0.0.1"]
    try:
        if endpoints is not None:
            action_port = free_port()
            actions = start([RASA, "run", "actions", "--actions", "actions", "--port", str(action_port)],
                            work / "actions.log", bot_dir, env)
            write_endpoints(endpoints, work / "endpoints.yml", action_port, work / "tracker.db")
            (work / "credentials.yml").write_text("rest:\n")
            command += ["--endpoints", str(work / "endpoints.yml"), "--credentials", str(work / "credentials.yml")]
            wait_for_url(actions, f"http://127.0.0.1:{action_port}/health")
        rasa = start(command, work / "rasa.log", bot_dir, env)
        try:
            ready = wait_until_answering(rasa, f"http://127.0.0.1:{port}")
            yield RunningAssistant(f"http://127.0.0.1:{port}", rasa, actions, ready)
        finally:
            rasa.stop()
    finally:
        if actions is not None:
            actions.stop()


@contextmanager
def senco_guide(work: Path, model: Path | None = None) -> Iterator[RunningAssistant]:
    """SENCO Guide as the README runs it (its own endpoints.yml: SQLite store, action server), date pinned."""
    with rasa_server(ROOT, model or ROOT / "models" / "senco.tar.gz", work, ROOT / "endpoints.yml",
                     {"SENCO_TODAY": PINNED_TODAY}) as running:
        yield running
