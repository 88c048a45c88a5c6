"""Live test: start the action server and the Rasa server once per session, talk to them over REST.

Proves what no unit test can: the NLU, dialogue, action server and rules module answer together, and bad input
gets a friendly reply (never a 500).
"""
from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid

import pytest


def post_raw(base: str, body: bytes) -> tuple[int, bytes]:
    request = urllib.request.Request(f"{base}/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def say(base: str, sender: str, text: str) -> str:
    status, body = post_raw(base, json.dumps({"sender": sender, "message": text}).encode())
    assert status == 200, body
    messages = json.loads(body)
    assert messages, f"no reply to {text!r}"
    return "\n".join(m.get("text", "") + " " + " ".join(b["title"] for b in m.get("buttons", [])) for m in messages)


def new_sender() -> str:
    return f"test-{uuid.uuid4().hex[:8]}"


def test_greeting(assistant):
    assert "SENCO" in say(assistant, new_sender(), "hi there")


def test_custom_action_answer_arrives_with_source(assistant):
    reply = say(assistant, new_sender(), "I took on the SENCO role in October 2024, when's my deadline?")
    assert "October 2027" in reply and "Source:" in reply and "rule from" in reply


def test_single_message_with_details_is_answered_directly(assistant):
    reply = say(assistant, new_sender(),
                "I'm a qualified teacher at an academy, appointed SENCO in January 2025, when must I finish the NPQ?")
    assert "January 2028" in reply


def test_general_faq_answer_has_its_source(assistant):
    reply = say(assistant, new_sender(), "what's the graduated approach all about")
    assert "assess" in reply and "review" in reply and "Source:" in reply


def test_other_nation_gets_its_own_answer(assistant):
    # Funding asked from Scotland: the funding answer for Scotland (England only), with Scotland's own position.
    reply = say(assistant, new_sender(), "I work at a school in Glasgow, is the NPQ funded?")
    assert "England only" in reply and "Scotland has no statutory SENCO post" in reply
    assert "GTC Scotland" in say(assistant, new_sender(), "I work at a school in Glasgow, can I train as a SENCO?")


def test_eligibility_check_conversation(assistant):
    sender = new_sender()
    assert "part of the UK" in say(assistant, sender, "please check my eligibility")
    assert "kind of school" in say(assistant, sender, "England")
    # A side question mid-check is answered, then the check carries on.
    reply = say(assistant, sender, "what's a TRN?")
    assert "7-digit" in reply and "kind of school" in reply
    assert "role" in say(assistant, sender, "a maintained primary school")
    assert "QTS" in say(assistant, sender, "I'm a teaching assistant")
    summary = say(assistant, sender, "no")
    assert "summary" in summary and "qualified teacher status (QTS)" in summary and "Source:" in summary


def test_unusable_answer_is_re_asked_kindly(assistant):
    sender = new_sender()
    say(assistant, sender, "when is my deadline for the npq")
    reply = say(assistant, sender, "hmm, sometime")
    assert "couldn't read a date" in reply


def test_stopping_the_check(assistant):
    sender = new_sender()
    say(assistant, sender, "check my eligibility")
    assert "stopped" in say(assistant, sender, "stop")


@pytest.mark.parametrize(
    "text",
    ["", "   ", "👍👍", "x" * 10_000, ("I want to be a SENCO. " * 500)[:10_000],
     "Shwmae, sut alla i fod yn gydlynydd ADY?", "Bonjour, comment devenir coordinateur ?", "?!?!", "<script>alert(1)</script>"],
    ids=["empty", "spaces", "emoji", "10k-x", "10k-words", "welsh", "french", "punctuation", "html"],
)
def test_bad_input_gets_a_friendly_reply(assistant, text):
    reply = say(assistant, new_sender(), text)
    assert any(ch.isalpha() for ch in reply)


@pytest.mark.parametrize("body", [b"{not json", b'{"sender": "x", "message": ', b"\xff\xfe"])
def test_malformed_json_is_a_400_not_a_500(assistant, body):
    status, _ = post_raw(assistant, body)
    assert status == 400


# Issue 7, end to end: the thread of a conversation, sub-questions and dates that cannot be right --------------

def test_a_follow_up_that_names_another_setting_re_answers_funding(assistant):
    sender = new_sender()
    assert "free" in say(assistant, sender, "is the npq senco free?")
    reply = say(assistant, sender, "and for an independent school?")
    assert "independent" in reply and "£1,265" in reply


def test_when_the_npq_ends_is_worked_out_from_its_start(assistant):
    reply = say(assistant, new_sender(), "if I start the npq in november 2026, when will I be done?")
    assert "September 2028" in reply and "18 months" in reply and "must hold" not in reply


def test_two_questions_in_one_message_get_both_answers(assistant):
    reply = say(assistant, new_sender(), "we're an academy: must we have a SENCO, and is the NPQ funded for us?")
    assert "DfE pays" in reply and "must have a SENCO" in reply


def test_a_date_that_cannot_be_right_is_asked_back_then_used(assistant):
    sender = new_sender()
    reply = say(assistant, sender, "I became SENCO on 31 February 2025, what's my deadline?")
    assert "not a real date" in reply and "2028" not in reply
    assert "March 2028" in say(assistant, sender, "sorry, 1 March 2025")


def test_was_this_helpful_is_offered_after_the_third_factual_answer(assistant):
    sender = new_sender()
    replies = [say(assistant, sender, text) for text in
               ("does DfE fund the npq for sencos", "when does the next npq cohort start", "do I need QTS to be a senco")]
    assert ["Not what I needed" in r for r in replies] == [False, False, True]
    assert "What were you looking for?" in say(assistant, sender, "/feedback_not_helpful")
