"""Shared test set-up: the project root on sys.path, and a pinned 'today' so date answers are stable."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.assistant_process import free_port, wait_until_up, write_endpoints  # noqa: E402
from tests.microsoft_standins import APP_ID, ISSUER, TENANT_ID, MicrosoftStandIns  # noqa: E402

TODAY = dt.date(2026, 11, 22)
RASA = str(Path(sys.executable).with_name("rasa"))
MODEL = ROOT / "models" / "senco.tar.gz"


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch):
    """Actions read SENCO_TODAY; rules take today as a parameter."""
    monkeypatch.setenv("SENCO_TODAY", TODAY.isoformat())
    return TODAY


@pytest.fixture(scope="session")
def microsoft():
    """Stand-ins for Microsoft's OpenID, token and Bot Connector services, on loopback."""
    standins = MicrosoftStandIns()
    yield standins
    standins.close()


@pytest.fixture(scope="session")
def web_page():
    """The widget page (web/) served on a free loopback port, as a school's site would serve it."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class QuietHandler(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(ROOT / "web")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def assistant(running_servers):
    """Base URL of the running assistant."""
    return running_servers["url"]


class LiveServers:
    """The session's action server and Rasa server. Tests that stop, kill or restart one (issue 8) use these
    methods, which leave both running again on the same ports, the same SQLite store and the same model."""

    def __init__(self, work: Path, env: dict, rasa_cmd: list[str], action_cmd: list[str], rasa_port: int,
                 action_port: int, tracker_db: Path, endpoints: Path) -> None:
        self.work, self.env, self.tracker_db, self.endpoints = work, env, tracker_db, endpoints
        self.url, self.action_url = f"http://127.0.0.1:{rasa_port}", f"http://127.0.0.1:{action_port}"
        self.rasa_cmd, self.action_cmd = rasa_cmd, action_cmd
        self.rasa_log, self.action_log = work / "rasa.log", work / "actions.log"
        self.rasa = self.action_server = None  # type: subprocess.Popen | None

    def __getitem__(self, key: str):  # the dict the tests have always used
        return {"url": self.url, "endpoints": self.endpoints, "env": self.env}[key]

    def _start(self, cmd: list[str], log: Path, health: str) -> subprocess.Popen:
        process = subprocess.Popen(cmd, cwd=ROOT, env=self.env, stdout=log.open("a"), stderr=subprocess.STDOUT)
        wait_until_up(health, process, log)
        return process

    def start_action_server(self) -> None:
        self.action_server = self._start(self.action_cmd, self.action_log, f"{self.action_url}/health")

    def start_rasa(self) -> None:
        self.rasa = self._start(self.rasa_cmd, self.rasa_log, f"{self.url}/")

    def stop_action_server(self) -> None:
        _stop(self.action_server)

    def kill_rasa(self) -> None:
        """kill -9: no chance to flush or close anything."""
        self.rasa.kill()
        self.rasa.wait()

    def stop(self) -> None:
        for process in (self.rasa, self.action_server):
            _stop(process)


def _stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def running_servers(tmp_path_factory, microsoft, web_page):
    """A running assistant (Rasa + action server) on free loopback ports, started once per session, with its own
    SQLite store and every channel of credentials.yml: REST, socket.io and Teams (pointed at the stand-ins)."""
    if not MODEL.exists():
        pytest.fail("No trained model: run scripts/setup.sh first")
    work = tmp_path_factory.mktemp("live")
    rasa_port, action_port = free_port(), free_port()
    endpoints = work / "endpoints.yml"
    write_endpoints(ROOT / "endpoints.yml", endpoints, action_port, work / "tracker.db")
    credentials = yaml.safe_load((ROOT / "credentials.yml").read_text())
    credentials["channels.teams.TeamsInput"] = {
        "app_id": APP_ID, "app_password": "test-secret", "tenant_id": TENANT_ID,
        "openid_metadata_url": microsoft.openid_url, "token_url": microsoft.token_url, "issuer": ISSUER}
    (work / "credentials.yml").write_text(yaml.safe_dump(credentials))
    servers = LiveServers(
        work, {**os.environ, "SENCO_TODAY": "2026-11-22"},
        rasa_cmd=[RASA, "run", "--model", str(MODEL), "--port", str(rasa_port), "--interface", "127.0.0.1",
                  "--endpoints", str(endpoints), "--credentials", str(work / "credentials.yml"), "--cors", web_page],
        action_cmd=[RASA, "run", "actions", "--actions", "actions", "--port", str(action_port)],
        rasa_port=rasa_port, action_port=action_port, tracker_db=work / "tracker.db", endpoints=endpoints)
    try:
        servers.start_action_server()
        servers.start_rasa()
        yield servers
    finally:
        servers.stop()
