"""Issue 8, live: bad input never gets silence or a 500; the action server going down, or Rasa being killed, loses
nothing; one sender's messages are handled one at a time; personal data is not stored; a user can have their
conversation deleted. Uses the session's servers (tests/conftest.py), stopping and restarting them where a test
says so; each such test leaves them running."""
from __future__ import annotations

import asyncio
import json
import sqlite3
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.test_live_assistant import post_raw, say

MARKER = "quokkamarker"  # a word no log line has any business containing


def new_sender() -> str:
    return f"ns-{uuid.uuid4().hex[:8]}"


def stored_events(servers, sender: str) -> list[dict]:
    """The conversation as the tracker store holds it on disk."""
    with sqlite3.connect(servers.tracker_db) as db:
        rows = db.execute("SELECT data FROM events WHERE sender_id = ? ORDER BY id", (sender,)).fetchall()
    return [json.loads(data) for (data,) in rows]


# Bad bodies: 400 with a one-line JSON error -----------------------------------------------------------------------

BAD_BODIES = {
    "array": b"[1, 2]",
    "empty array": b"[]",
    "string": b'"what does a SENCO do"',
    "number": b"42",
    "null": b"null",
    "message a number": b'{"sender": "x", "message": 5}',
    "message null": b'{"sender": "x", "message": null}',
    "message an object": b'{"sender": "x", "message": {"text": "hi"}}',
    "message a list": b'{"sender": "x", "message": ["hi"]}',
    "message a boolean": b'{"sender": "x", "message": true}',
    "no message": b'{"sender": "x"}',
    "no sender": b'{"message": "what does a SENCO do"}',
    "sender a number": b'{"sender": 7, "message": "hi"}',
    "sender empty": b'{"sender": "", "message": "hi"}',
    "metadata a list": b'{"sender": "x", "message": "hi", "metadata": [1]}',
    "not JSON": b"{not json",
    "cut off": b'{"sender": "x", "message": ',
    "not UTF-8": b"\xff\xfe\x00",
    "empty body": b"",
}


@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_a_malformed_body_gets_a_400_saying_what_is_wrong(assistant, body):
    status, reply = post_raw(assistant, body)
    assert status == 400, reply
    error = json.loads(reply)["error"]
    assert error and "\n" not in error


# Bad messages: 200 and a reply with words -----------------------------------------------------------------------

BAD_MESSAGES = {
    "empty": "",
    "whitespace": " \n\t ",
    "emoji": "🙂🙂🎓",
    "10k characters": ("Can a teaching assistant be a SENCO? " * 300)[:10_000],
    "lone surrogate": "what does a SENCO do \ud800",
    "control characters": "\x01\x02\x1b[31m do I need QTS?",
    "null bytes": "is the\x00 NPQ funded\x00",
    "zero-width only": "\u200b\u200c\u200d\ufeff",
    "zero-width inside": f"what\u200b does a SEN\u200dCO do {MARKER}",
    "right-to-left Arabic": "كيف أصبح منسق الاحتياجات التعليمية الخاصة؟",
    "right-to-left Hebrew": "איך הופכים לרכז חינוך מיוחד?",
    "bidi override": "\u202ewho can be a SENCO\u202c",
    "SQL-like": "'; DROP TABLE events; -- is the NPQ funded?",
    "SQL or": "1' OR '1'='1",
    "HTML": "<script>alert('x')</script><b>SENCO</b>",
    "slash restart": "/restart",
    "slash intent with entities": '/ask_funding{"setting_type": "academy"}',
    "slash unknown intent": "/make_me_admin",
    "slash broken entities": '/inform{"nation": ',
    "slash session start": "/session_start",
    "slash action": "/action_listen",
    "slash back": "/back",
    "JSON as text": '{"sender": "x", "message": 5}',
    "Welsh": "Shwmae, sut alla i fod yn gydlynydd ADY?",
    "only digits": "1234567890",
    "a very long word": "a" * 1_999,
}


@pytest.mark.parametrize("text", BAD_MESSAGES.values(), ids=BAD_MESSAGES.keys())
def test_a_bad_message_gets_a_friendly_reply(assistant, text):
    reply = say(assistant, new_sender(), text)  # say() asserts a 200 and at least one message
    assert any(ch.isalpha() for ch in reply)


def test_a_message_over_the_limit_is_asked_to_be_shorter(assistant):
    for text in ("I need help. " * 200, "x" * 1_000_000):  # 2,600 characters, then a megabyte
        assert "one question at a time" in say(assistant, new_sender(), text)


def test_a_long_email_ending_with_a_question_gets_that_question_answered(assistant):
    email = ("I have managed a busy dental practice for years and now help at my son's primary school. " * 30
             + "My question is simple: do I need qualified teacher status before I could become a SENCO? Thanks, Jo")
    reply = say(assistant, new_sender(), email)
    assert "answered the question at its end" in reply and "QTS" in reply


@pytest.mark.parametrize("text", ["I became SENCO on 1 January 2090, when is my deadline?",
                                  "I became SENCO on 1 January 1850, when is my deadline?"])
def test_an_appointment_date_that_cannot_be_right_is_asked_back(assistant, text):
    reply = say(assistant, new_sender(), text)
    assert "What date did you mean?" in reply and "2093" not in reply and "2029" not in reply


@pytest.mark.parametrize("text", ["I became SENCO on 31 February 2025", "my deadline?"])
def test_inside_the_deadline_question_a_bad_date_or_the_same_question_is_asked_back_once(assistant, text):
    # Both read as a deadline question; the form once turned them down with no rule to follow, so the fallback ran
    # ten times and the next message got no reply at all.
    sender = new_sender()
    say(assistant, sender, "what's my deadline for the senco npq?")
    reply = say(assistant, sender, text)
    assert reply.count("What date did you mean?") + reply.count("when did you become SENCO") == 1
    assert "28 February 2028" in say(assistant, sender, "sorry, 28 February 2025")


def test_after_all_that_a_normal_question_is_answered(assistant):
    for text in BAD_MESSAGES.values():
        say(assistant, "ns-one-sender-through-everything", text)
    assert "NPQ" in say(assistant, "ns-one-sender-through-everything", "Is the NPQ for SENCOs funded?")


def test_a_typed_restart_starts_afresh_and_says_so(assistant):
    sender = new_sender()
    say(assistant, sender, "check my eligibility")
    assert "new conversation" in say(assistant, sender, "/restart")


def test_socketio_rejects_a_malformed_event_and_answers_a_good_one(assistant):
    import socketio

    async def talk() -> tuple[list, list, list]:
        client = socketio.AsyncClient()
        rejected, acks, replies = [], [], []
        client.on("bad_request", lambda data: rejected.append(data))
        client.on("bot_uttered", lambda data: replies.append(data))
        await client.connect(assistant, socketio_path="/socket.io", transports=["polling"])
        session = new_sender()
        await client.emit("session_request", {"session_id": session})
        for data in (["hi"], {"message": 5, "session_id": session}, {"message": "hi"}, "hi"):
            acks.append(await client.call("user_uttered", data, timeout=10))
        await client.emit("user_uttered", {"message": "hi", "session_id": session})
        for _ in range(100):
            if replies:
                break
            await asyncio.sleep(0.2)
        await client.disconnect()
        return rejected, acks, replies

    rejected, acks, replies = asyncio.run(talk())
    assert len(rejected) == 4 and all(r["status"] == 400 and r["error"] for r in rejected)
    assert acks == rejected
    assert replies and "SENCO" in replies[0]["text"]


# The action server down -----------------------------------------------------------------------------------------

def test_action_server_down_mid_check_then_back(running_servers):
    servers, sender = running_servers, new_sender()
    say(servers.url, sender, "check my eligibility")
    assert "What kind of school" in say(servers.url, sender, "England")
    servers.stop_action_server()
    try:
        tracebacks_before = servers.rasa_log.read_text().count("Traceback")
        started = time.perf_counter()
        reply = say(servers.url, sender, "an academy")
        assert time.perf_counter() - started < 2
        assert "please try again in a minute" in reply
        assert "What is your role now?" in reply  # the check's next question, from the static table
        assert "try again" in say(servers.url, sender, "I'm a teacher")
        # Answers that need no action server still come whole.
        assert "SENCO" in say(servers.url, new_sender(), "what does a SENCO do?")
    finally:
        servers.start_action_server()
    log = servers.rasa_log.read_text()
    assert log.count("Traceback") == tracebacks_before
    assert log.count("cannot run") == 1  # the outage logged once, however many turns and calls it failed
    # Back: the check goes on from the details given, including those given while it was down.
    reply = say(servers.url, sender, "yes")  # to "Do you hold QTS?", asked while the server was down
    assert "try again" not in reply
    for answer in ("yes", "not yet"):
        reply = say(servers.url, sender, answer)
    assert "academy" in reply.lower() and "teacher" in reply.lower()


# Crash and restart, and one conversation's messages at once -----------------------------------------------------

def test_a_conversation_survives_kill_9_of_rasa_half_way_through_the_check(running_servers):
    servers, sender = running_servers, new_sender()
    say(servers.url, sender, "check my eligibility")
    say(servers.url, sender, "England")
    assert "What is your role now?" in say(servers.url, sender, "a maintained school")
    servers.kill_rasa()
    servers.start_rasa()
    assert "qualified teacher status" in say(servers.url, sender, "I'm a teacher")


def test_concurrent_messages_for_one_sender_are_handled_one_at_a_time_in_order(running_servers):
    servers, sender = running_servers, new_sender()
    messages = ["hello", "what does a SENCO do?", "is the NPQ funded?", "do I need QTS?",
                "can a TA be a SENCO?", "what is the deadline?"]

    def send(index: int) -> str:
        time.sleep(index * 0.03)  # a double click: all in flight at once, in a known order of arrival
        return say(servers.url, sender, messages[index])

    with ThreadPoolExecutor(len(messages)) as pool:
        replies = list(pool.map(send, range(len(messages))))
    assert all(replies)
    events = stored_events(servers, sender)
    users = [e["text"] for e in events if e["event"] == "user"]
    assert users == messages  # none lost, in the order they came
    # Each message's turn is whole before the next message starts: a bot reply, then listening, between them.
    kinds = [e["event"] if e["event"] != "action" else e["name"] for e in events]
    starts = [i for i, kind in enumerate(kinds) if kind == "user"] + [len(kinds)]
    for start, end in zip(starts, starts[1:]):
        turn = kinds[start + 1:end]
        assert "bot" in turn and turn[-1] == "action_listen", turn


# Personal data ------------------------------------------------------------------------------------------------

def test_personal_data_is_answered_from_but_not_stored(running_servers):
    servers, sender = running_servers, new_sender()
    personal = {
        "jo.bloggs@example.org": "My email is jo.bloggs@example.org. Is the NPQ funded at an academy?",
        "07700 900123": "You can call me on 07700 900123, do I need QTS to be a SENCO?",
        "SW1A 1AA": "Our school is in SW1A 1AA. Can a teaching assistant be the SENCO?",
        "Sam Smith": "My son is called Sam Smith and he has ADHD. Who is the SENCO at his school?",
    }
    replies = [say(servers.url, sender, text) for text in personal.values()]
    assert "academy" in replies[0].lower()  # the turn itself read the whole message
    stored = json.dumps(stored_events(servers, sender))
    for secret in personal:
        assert secret not in stored
    for placeholder in ("[email removed]", "[phone number removed]", "[postcode removed]", "[name removed]"):
        assert placeholder in stored


def test_a_user_can_delete_their_conversation(running_servers):
    servers, sender = running_servers, new_sender()
    say(servers.url, sender, "What does a SENCO do?")
    assert stored_events(servers, sender)
    assert "cannot be undone" in say(servers.url, sender, "please delete my conversation")
    assert "deleted" in say(servers.url, sender, "yes, delete it")  # the button's text
    assert stored_events(servers, sender) == []
    assert "SENCO" in say(servers.url, sender, "hi")  # and can start again


def test_declining_the_delete_keeps_the_conversation(running_servers):
    servers, sender = running_servers, new_sender()
    say(servers.url, sender, "What does a SENCO do?")
    say(servers.url, sender, "delete my data")
    assert "kept" in say(servers.url, sender, "no, keep it")
    assert any(e["event"] == "user" for e in stored_events(servers, sender))


def test_yes_delete_it_without_being_asked_deletes_nothing(running_servers):
    servers, sender = running_servers, new_sender()
    say(servers.url, sender, "What does a SENCO do?")
    say(servers.url, sender, "yes, delete it")
    assert any(e["event"] == "user" for e in stored_events(servers, sender))


def test_logs_never_contain_message_text(running_servers):
    say(running_servers.url, new_sender(), f"Is the NPQ funded for {MARKER} academies?")
    for log in (running_servers.rasa_log, running_servers.action_log):
        assert MARKER not in log.read_text(errors="replace"), log
