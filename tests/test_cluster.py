"""Issue 9: the production topology on this machine (deploy/cluster.py, as `scripts/cluster.sh up` starts it):
PostgreSQL, Redis, 2 Rasa replicas and 2 action servers behind nginx, all on loopback. Brought up once for the
module (about a minute) and down at the end. Replies are compared with the session's single-process assistant
(SQLite), which answers the same conversations."""
from __future__ import annotations

import json
import random
import shutil
import socket
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from deploy.cluster import Cluster
from tests.conftest import ROOT

pytestmark = pytest.mark.cluster

CONVERSATIONS = [
    ["hi", "what does a SENCO do?", "is the NPQ funded for academies?", "what about an independent school?",
     "check my eligibility", "England", "a maintained school", "I'm a teacher"],
    ["do I need QTS to be a SENCO?", "can a teaching assistant be a SENCO?",
     "I became SENCO in March 2025, when is my deadline?", "when does the next NPQ start?", "how is the NPQ assessed?",
     "how long?", "thanks", "bye"],
    ["what is the graduated approach?", "is a SENCO a legal requirement for a nursery?", "who pays for the NPQ?",
     "I'm in Wales", "what is a NASENCo?", "I started the NASENCo in 2023 and finish in 2025, does it count?",
     "what can you help with?", "goodbye"],
    ["check my eligibility", "England", "an academy", "I'm a teacher", "yes", "yes", "not yet",
     "what is the deadline?"],
]


def post(url: str, sender: str, text: str, timeout: float = 60) -> tuple[int, list]:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(f"{url}/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"[]")
    except urllib.error.HTTPError as error:
        return error.code, []


def flat(messages: list) -> str:
    return "\n".join(m.get("text", "") + "".join(f" [{b['title']}]" for b in m.get("buttons", [])) for m in messages)


SENT: dict[str, int] = {}  # sender: how many messages the bot sent it


def talk(url: str, sender: str, turns: list[str]) -> list[str]:
    replies = []
    for text in turns:
        status, messages = post(url, sender, text)
        assert status == 200, (sender, text, status)
        replies.append(flat(messages))
        SENT[sender] = SENT.get(sender, 0) + len(messages)
    return replies


def free_base_port() -> int:
    """A base port with the 40 above it free (the cluster's ports follow from it)."""
    for _ in range(50):
        base = random.randrange(20000, 40000, 50)
        try:
            for port in range(base, base + 40):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
    raise RuntimeError("no free range of ports")


@pytest.fixture(scope="module")
def cluster():
    # In the project (run/, git-ignored), not pytest's tmp folder: PostgreSQL runs as the postgres user, who cannot
    # enter root's private temporary folders.
    folder = ROOT / "run" / f"test-cluster-{uuid.uuid4().hex[:6]}"
    servers = Cluster(folder, free_base_port(), replicas=2, action_servers=2, env={"SENCO_TODAY": "2026-11-22"})
    try:
        servers.up()
        yield servers
    finally:
        servers.down()
        shutil.rmtree(folder, ignore_errors=True)


def stored(cluster: Cluster, sender: str) -> list[dict]:
    rows = cluster.psql(f"SELECT data FROM events WHERE sender_id = '{sender}' ORDER BY id;")
    return [json.loads(line) for line in rows.splitlines() if line]


def assert_whole_turns(events: list[dict], messages: list[str]) -> None:
    """Every message stored once, in order, each turn whole (its replies, then listening) before the next."""
    assert [e["text"] for e in events if e["event"] == "user"] == messages
    kinds = [e["event"] if e["event"] != "action" else e["name"] for e in events]
    starts = [i for i, kind in enumerate(kinds) if kind == "user"] + [len(kinds)]
    for start, end in zip(starts, starts[1:]):
        assert kinds[end - 1] == "action_listen", kinds[start:end]
    keys = [json.dumps(e, sort_keys=True) for e in events]
    assert len(keys) == len(set(keys)), "an event was stored twice"


def test_twenty_conversations_through_nginx_match_a_single_process(cluster, assistant):
    runs = [(f"c-{i}-{uuid.uuid4().hex[:6]}", CONVERSATIONS[i % len(CONVERSATIONS)]) for i in range(20)]
    with ThreadPoolExecutor(20) as pool:
        through_nginx = list(pool.map(lambda run: talk(cluster.url, *run), runs))
    reference = {i: talk(assistant, f"ref-{i}-{uuid.uuid4().hex[:6]}", turns) for i, turns in enumerate(CONVERSATIONS)}
    for index, ((sender, turns), replies) in enumerate(zip(runs, through_nginx)):
        assert replies == reference[index % len(CONVERSATIONS)], sender
        events = stored(cluster, sender)
        assert_whole_turns(events, turns)
        assert sum(e["event"] == "bot" for e in events) == SENT[sender]
    upstreams = (cluster.logs / "nginx-upstream.log").read_text().split()
    served = {i: upstreams.count(f"127.0.0.1:{cluster.ports.replica(i)}") for i in range(2)}
    assert all(count > 20 for count in served.values()), served  # round robin: both replicas took turns


def test_one_conversation_at_once_on_two_replicas_is_handled_in_order(cluster):
    sender, messages = f"lock-{uuid.uuid4().hex[:6]}", ["what does a SENCO do?", "is the NPQ funded?"]

    def send(i: int) -> int:
        time.sleep(i * 0.02)
        return post(cluster.replica_url(i), sender, messages[i])[0]

    with ThreadPoolExecutor(2) as pool:
        assert list(pool.map(send, range(2))) == [200, 200]
    assert_whole_turns(stored(cluster, sender), messages)


def test_a_killed_action_server_leaves_the_other_to_answer(cluster, assistant):
    cluster.kill_action_server(0)
    try:
        turns = CONVERSATIONS[3]  # the eligibility check: every turn calls the action servers
        replies = talk(cluster.url, f"act-{uuid.uuid4().hex[:6]}", turns)
        assert replies == talk(assistant, f"act-ref-{uuid.uuid4().hex[:6]}", turns)
        assert not any("try again" in reply for reply in replies)
    finally:
        cluster.start_action_server(0)


def test_postgresql_restarted_during_the_run_loses_nothing(cluster):
    sender = f"pg-{uuid.uuid4().hex[:6]}"
    talk(cluster.url, sender, ["what does a SENCO do?", "is the NPQ funded?"])
    before = stored(cluster, sender)
    cluster.stop_postgres()
    try:
        post(cluster.url, sender, "do I need QTS?", timeout=30)  # whatever happens to this turn, nothing breaks
    finally:
        cluster.start_postgres()
    status, messages = post(cluster.url, sender, "can a teaching assistant be a SENCO?")
    assert status == 200 and messages
    after = stored(cluster, sender)
    assert after[:len(before)] == before  # nothing written before the stop is lost
    assert any(e["event"] == "user" and e["text"] == "can a teaching assistant be a SENCO?" for e in after)


def test_a_replica_killed_mid_load_costs_at_most_the_turns_in_flight(cluster, capsys):
    clients, failed, recovered = 10, [], []
    started = threading.Event()

    def client(i: int) -> None:
        sender, turns = f"kill-{i}-{uuid.uuid4().hex[:6]}", CONVERSATIONS[i % 3]
        for n, text in enumerate(turns):
            if n == 3:
                started.set()
            status, messages = post(cluster.url, sender, text)
            if status != 200 or not messages:
                failed.append((sender, text, status))
                retries = []
                while (status != 200 or not messages) and len(retries) < 3:  # a client retries, after a second
                    time.sleep(1)
                    status, messages = post(cluster.url, sender, text)
                    retries.append(status)
                recovered.append((retries, status == 200 and bool(messages)))
        assert [e["text"] for e in stored(cluster, sender) if e["event"] == "user"][-1] == turns[-1]

    with ThreadPoolExecutor(clients) as pool:
        futures = [pool.submit(client, i) for i in range(clients)]
        started.wait(60)
        cluster.kill_replica(0)
        for future in futures:
            future.result()
    with capsys.disabled():
        print(f"\nkill -9 of one replica under {clients} clients: {len(failed)} turn(s) failed, "
              f"{sum(ok for _, ok in recovered)} recovered by the client's retries "
              f"({sum(ok and len(r) == 1 for r, ok in recovered)} at the first); retry statuses {recovered}")
    assert len(failed) <= clients and all(ok for _, ok in recovered), (failed, recovered)
    cluster.start_replica(0)  # it rejoins
    cluster.wait_for_replica(0)
    assert post(cluster.replica_url(0), f"back-{uuid.uuid4().hex[:6]}", "hi")[0] == 200
