"""Shared test set-up: the project root on sys.path, and a pinned 'today' so date answers are stable."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

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


@pytest.fixture(scope="session")
def running_servers(tmp_path_factory, microsoft, web_page):
    """Base URL of a running assistant (Rasa + action server) on free loopback ports, started once per session,
    with its own SQLite store and every channel: REST, socket.io and Teams (pointed at the stand-ins)."""
    if not MODEL.exists():
        pytest.fail("No trained model: run scripts/setup.sh first")
    work = tmp_path_factory.mktemp("live")
    rasa_port, action_port = free_port(), free_port()
    endpoints = work / "endpoints.yml"
    write_endpoints(ROOT / "endpoints.yml", endpoints, action_port, work / "tracker.db")
    credentials = work / "credentials.yml"
    credentials.write_text(
        "rest:\nsocketio:\n  user_message_evt: user_uttered\n  bot_message_evt: bot_uttered\n"
        "  session_persistence: true\n"
        f"channels.teams.TeamsInput:\n  app_id: {APP_ID}\n  app_password: test-secret\n  tenant_id: {TENANT_ID}\n"
        f"  openid_metadata_url: {microsoft.openid_url}\n  token_url: {microsoft.token_url}\n  issuer: {ISSUER}\n"
    )
    env = {**os.environ, "SENCO_TODAY": "2026-11-22"}
    logs = [work / "actions.log", work / "rasa.log"]
    commands = [
        [RASA, "run", "actions", "--actions", "actions", "--port", str(action_port)],
        [RASA, "run", "--model", str(MODEL), "--port", str(rasa_port), "--interface", "127.0.0.1",
         "--endpoints", str(endpoints), "--credentials", str(credentials), "--cors", web_page],
    ]
    processes = [subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
                 for cmd, log in zip(commands, logs)]
    try:
        wait_until_up(f"http://127.0.0.1:{action_port}/health", processes[0], logs[0])
        wait_until_up(f"http://127.0.0.1:{rasa_port}/", processes[1], logs[1])
        yield {"url": f"http://127.0.0.1:{rasa_port}", "endpoints": endpoints, "env": env}
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
