"""Personal data: what is redacted before storing, how long conversations are kept, erasure, and a database that
cannot be used (privacy/, rasa_overrides/tracker_store.py)."""
from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import time

import pytest
import yaml
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered

from privacy.redaction import redact
from privacy.retention import main as forget_main, parse_days
from rasa_overrides.tracker_store import DatabaseUnusable, WindowedSQLTrackerStore
from tests.conftest import ROOT


@pytest.mark.parametrize("text, kept, removed", [
    ("email me at jo.bloggs+senco@school.sch.uk please", "email me at [email removed] please", "jo.bloggs"),
    ("call 07700 900123 or +44 (0)20 7946 0958", "call [phone number removed] or [phone number removed]", "7946"),
    ("ring 0161-496-0000 today", "ring [phone number removed] today", "496"),
    ("we are in SW1A 1AA, and they are in m1 1ae", "we are in [postcode removed], and they are in [postcode removed]",
     "1AA"),
    ("My son is called Sam Smith. He has ADHD", "My son is called [name removed]. He has ADHD", "Sam"),
    ("our daughter's name is Amy-Rose and she is 7", "our daughter's name is [name removed]", "Amy"),
    ("my child, called Leo, is autistic", "my child, called [name removed]", "Leo"),
])
def test_personal_data_is_replaced_by_a_placeholder(text, kept, removed):
    assert redact(text) == kept and removed not in redact(text)


@pytest.mark.parametrize("text", [
    "I became SENCO in March 2025 and the course costs £1,265",
    "Is the NPQ funded? I have 12 months' experience since 2019",
    "My son has an EHCP, who is the SENCO?",
    "the deadline is 31/08/2027",
])
def test_what_the_assistant_needs_is_kept(text):
    assert redact(text) == text


# The tracker store -----------------------------------------------------------------------------------------------

@pytest.fixture
def store(tmp_path):
    return WindowedSQLTrackerStore(domain=Domain.load(str(ROOT / "domain.yml")), dialect="sqlite",
                                   db=str(tmp_path / "tracker.db"))


def _rows(db_path, sender: str) -> list[dict]:
    with sqlite3.connect(db_path) as db:
        return [json.loads(d) for (d,) in db.execute("SELECT data FROM events WHERE sender_id=? ORDER BY id", (sender,))]


def _turn(store, sender: str, text: str, extra=()):
    tracker = asyncio.run(store.retrieve(sender)) or store.init_tracker(sender)
    tracker.update(UserUttered(text, {"name": "faq", "confidence": 1.0}, [], {"text": text}))
    for event in [*extra, BotUttered("an answer"), ActionExecuted("action_listen")]:
        tracker.update(event)
    asyncio.run(store.save(tracker))
    return tracker


def test_the_store_keeps_the_redacted_message_in_the_database_and_in_memory(store, tmp_path):
    _turn(store, "a", "first question")  # a new conversation: Rasa's own save path
    tracker = _turn(store, "a", "email jo@example.org, is it funded?")  # a known one: our write-through path
    stored = json.dumps(_rows(tmp_path / "tracker.db", "a"))
    assert "jo@example.org" not in stored and "[email removed]" in stored
    latest = [e for e in tracker.events if isinstance(e, UserUttered)][-1]
    assert latest.text == latest.parse_data["text"] == "email [email removed], is it funded?"


def test_forget_erases_one_conversation(store, tmp_path):
    _turn(store, "a", "what does a SENCO do")
    _turn(store, "b", "is it funded")
    store.forget("a")
    assert _rows(tmp_path / "tracker.db", "a") == [] and _rows(tmp_path / "tracker.db", "b")
    assert asyncio.run(store.retrieve("a")) is None


def test_a_damaged_database_stops_the_start_with_what_to_do(tmp_path):
    damaged = tmp_path / "senco_tracker.db"
    damaged.write_bytes(b"this is not an SQLite database" * 100)
    with pytest.raises(DatabaseUnusable, match=r"cannot be read .*mv .*senco_tracker.db.damaged"):
        WindowedSQLTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(damaged))
    assert damaged.read_bytes().startswith(b"this is not")  # untouched


def test_a_locked_database_stops_the_start_with_what_to_do(tmp_path):
    path = tmp_path / "senco_tracker.db"
    WindowedSQLTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseUnusable, match="locked by another program"):
            WindowedSQLTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(path))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


# Retention -------------------------------------------------------------------------------------------------------

def test_days_are_read_as_people_write_them():
    assert parse_days("30d") == parse_days("30") == 30 and parse_days("12h") == 0.5


def test_forget_deletes_conversations_older_than_the_retention_period(store, tmp_path):
    _turn(store, "old", "what does a SENCO do")
    _turn(store, "recent", "is it funded")
    _turn(store, "old-but-active", "hello")
    with sqlite3.connect(tmp_path / "tracker.db") as db:  # "old" last spoke 31 days ago; the other old one today
        db.execute("UPDATE events SET timestamp = ? WHERE sender_id = 'old'", (time.time() - 31 * 86400,))
        db.execute("UPDATE events SET timestamp = ? WHERE sender_id = 'old-but-active' AND type_name = 'user'",
                   (time.time() - 40 * 86400,))
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(yaml.safe_dump({"tracker_store": {"type": "SQL", "dialect": "sqlite",
                                                           "db": str(tmp_path / "tracker.db")}}))
    assert forget_main(["--older-than", "30d", "--endpoints", str(endpoints)]) == 0
    assert _rows(tmp_path / "tracker.db", "old") == []
    assert _rows(tmp_path / "tracker.db", "recent") and _rows(tmp_path / "tracker.db", "old-but-active")
    # The script, as the README gives it, for one conversation.
    done = subprocess.run([str(ROOT / "scripts" / "forget.sh"), "--sender", "recent", "--endpoints", str(endpoints)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Deleted conversation 'recent'" in done.stdout and _rows(tmp_path / "tracker.db", "recent") == []


# "Delete my conversation" is read by rule (privacy/erasure_requests.py) ---------------------------------------------

@pytest.mark.parametrize("text", [
    "delete my conversation", "please delete this conversation", "delete everything I've told you", "erase my data",
    "can you delete my data please", "remove my chat history", "I want my messages deleted", "forget me",
    "wipe this chat from your records", "how do I get this conversation deleted", "right to erasure", "clear my data",
])
def test_a_request_to_delete_the_conversation_is_read(text):
    from privacy.erasure_requests import is_erasure_request

    assert is_erasure_request(text)


@pytest.mark.parametrize("text", [
    "SELECT * FROM users; --", "DROP TABLE events", "forget what I said", "how is my data used",
    "can a school delete a pupil record", "remove the SENCO from post", "what does a SENCO do",
    "my data shows 12 months of SENCO work", "/delete_my_conversation",
])
def test_other_messages_are_not_read_as_one(text):
    from privacy.erasure_requests import is_erasure_request

    assert not is_erasure_request(text)


def test_only_an_explicit_answer_confirms():
    from privacy.erasure_requests import is_confirmation, is_refusal

    assert is_confirmation("yes, delete it") and is_confirmation("Yes delete it please")
    assert not is_confirmation("yes") and not is_confirmation("yes, delete the NASENCo from my plan")
    assert is_refusal("no, keep it") and not is_refusal("no")
