"""What the channels accept (channels/incoming.py) and the supervisor that keeps the action server running."""
from __future__ import annotations

import subprocess
import time

import pytest

from channels.incoming import MAX_MESSAGE_CHARS, clean_text, is_too_long, parse_body, problem_with_body
from rasa_overrides.incoming_text import prepared_text
from tests.conftest import ROOT


@pytest.mark.parametrize("raw, cleaned", [
    ("what does a SENCO do \ud800", "what does a SENCO do"),
    ("is the\x00 NPQ\x07 funded", "is the NPQ funded"),
    ("who\u200b can\u200d be\ufeff SENCO", "who can be SENCO"),
    ("\u202ewho can be a SENCO\u202c", "who can be a SENCO"),
    ("line one\nline two\t\ttab", "line one line two tab"),
    ("كيف أصبح منسق؟", "كيف أصبح منسق؟"),
    ("Ysgol Gymraeg – ADY 🙂", "Ysgol Gymraeg – ADY 🙂"),
    ("\u200b\u200c", ""),
])
def test_text_is_cleaned_of_broken_and_invisible_characters(raw, cleaned):
    assert clean_text(raw) == cleaned


def test_the_length_limit_is_measured_after_cleaning():
    assert not is_too_long("a" * MAX_MESSAGE_CHARS) and is_too_long("a" * (MAX_MESSAGE_CHARS + 1))
    assert prepared_text("\u200b" * 5_000 + "hi") == "hi"
    assert prepared_text(None) is None and not is_too_long("")


@pytest.mark.parametrize("body, problem", [
    ([1], "JSON object, not an array"),
    ("hi", "JSON object, not a string"),
    ({"sender": "a"}, 'no "message"'),
    ({"sender": "a", "message": None}, "not null"),
    ({"sender": "a", "message": 3}, "not a number"),
    ({"sender": "a", "message": {}}, "not an object"),
    ({"message": "hi"}, '"sender" must be'),
    ({"sender": " ", "message": "hi"}, '"sender" must be'),
    ({"sender": "a" * 201, "message": "hi"}, "longer than 200"),
    ({"sender": "a", "message": "hi", "metadata": [1]}, '"metadata" must be an object'),
    ({"sender": "a", "message": "hi", "metadata": "not json"}, '"metadata" must be an object'),
])
def test_a_body_that_is_no_message_says_why(body, problem):
    assert problem in problem_with_body(body)


@pytest.mark.parametrize("body", [
    {"sender": "a", "message": ""},
    {"sender": "a", "message": "hi", "metadata": {"lang": "en"}},
    {"sender": "a", "message": "hi", "metadata": None},
    {"sender": "a", "message": "hi", "metadata": '{"lang": "en"}'},
])
def test_a_message_body_is_accepted(body):
    assert problem_with_body(body) is None


def test_socketio_names_its_conversation_by_session_id():
    assert problem_with_body({"message": "hi", "session_id": "s1"}, sender_key="session_id") is None
    assert "session_id" in problem_with_body({"message": "hi"}, sender_key="session_id")
    assert problem_with_body({"message": "hi"}, sender_key=None) is None


def test_unparseable_bodies_say_so():
    assert "empty" in parse_body(b"")[1]
    assert "not valid JSON" in parse_body(b"{x")[1]
    assert "not valid JSON" in parse_body(b"\xff\xfe")[1]
    assert parse_body(b'{"a": 1}') == ({"a": 1}, None)


def test_the_supervisor_starts_a_crashed_server_again(tmp_path):
    log, runs = tmp_path / "server.log", tmp_path / "runs"
    server = f"echo started >> {runs}; exit 3"  # a server that crashes at once
    supervisor = subprocess.Popen([str(ROOT / "scripts" / "supervise.sh"), str(log), "bash", "-c", server],
                                  env={"PATH": "/usr/bin:/bin", "SUPERVISE_PAUSE_S": "0.2"})
    try:
        deadline = time.time() + 10
        while time.time() < deadline and (not runs.exists() or runs.read_text().count("started") < 3):
            time.sleep(0.1)
        assert runs.read_text().count("started") >= 3
        assert "exited (status 3); starting it again" in log.read_text()
    finally:
        supervisor.terminate()
        supervisor.wait(timeout=10)
    assert supervisor.returncode == 0  # stopped cleanly when told to


def test_rasa_internal_commands_typed_by_hand_are_read_as_words():
    assert prepared_text("/session_start") == "session_start" and prepared_text("/back") == "back"
    assert prepared_text("/restart") == "/restart"  # starting again is the user's to ask for
    assert prepared_text('/ask_funding{"setting_type": "academy"}') == '/ask_funding{"setting_type": "academy"}'


def test_text_speak_that_is_never_a_word_is_spelled_out_and_nothing_else_changes():
    from channels.incoming import spelled_out
    assert spelled_out("hw lng iz teh npq senko cors??") == "how long is the npq senco course??"
    assert spelled_out("wen do i hav to finish") == "when do i have to finish"
    unchanged = ["im a TA, dont have a degree, whats my route?", "do u need qts", "wat.com", "see hw/lng", "Watford"]
    assert [spelled_out(text) for text in unchanged] == unchanged


def test_a_long_message_is_read_for_the_question_at_its_end():
    from channels.incoming import question_at_the_end
    email = ("I have worked in a bank for twenty years and volunteer with a reading charity. " * 40
             + "So, put simply: without any teaching qualification, could I ever become a SENCO? Many thanks, Sam")
    assert question_at_the_end(email) == "So, put simply: without any teaching qualification, could I ever become a SENCO?"
    assert question_at_the_end("I need help. " * 200) is None  # no question: asked for one at a time
    assert question_at_the_end("x" * 1_000_000) is None
