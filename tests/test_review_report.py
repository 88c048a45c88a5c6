"""The review report reads a tracker store that this test fills through Rasa's own SQL tracker store, as the
assistant would: messages that fell back, got low confidence, or were followed by "that's not what I asked"."""
from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from reporting.review_report import build_report

ROOT = Path(__file__).resolve().parent.parent


def user(text: str, intent: str, confidence: float, ranking: list[str] | None = None, faq: str | None = None):
    names = ranking or [intent]
    parse = {"text": text, "intent": {"name": intent, "confidence": confidence},
             "intent_ranking": [{"name": n, "confidence": confidence} for n in names], "entities": []}
    if faq:
        parse["response_selector"] = {"faq": {"response": {"intent_response_key": faq}}}
    return UserUttered(text, parse["intent"], [], parse)


def turn(*events):
    return [*events, ActionExecuted("action_listen")]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("review") / "tracker.db"
    store = SQLTrackerStore(Domain.load(str(ROOT / "domain.yml")), dialect="sqlite", db=str(db))
    conversations = {
        "fell-back": [
            *turn(user("can I job share the senco role", "nlu_fallback", 0.3, ["nlu_fallback", "ask_can_be_senco"]),
                  ActionExecuted("action_suggest_topics"), BotUttered("Sorry, I'm not sure I understood.")),
            *turn(user("who pays for the npq", "ask_funding", 0.95), ActionExecuted("action_answer_question")),
        ],
        "unsure-then-unhappy": [
            *turn(user("npq cost for a pru", "ask_funding", 0.5), ActionExecuted("action_answer_question")),
            *turn(user("/feedback_not_helpful", "feedback_not_helpful", 1.0),
                  ActionExecuted("utter_ask_what_was_missing")),
            *turn(user("the price for a pupil referral unit", "ask_funding", 0.9),
                  ActionExecuted("action_answer_question")),
        ],
        "another-fall-back": [
            *turn(user("can I job share the senco role", "nlu_fallback", 0.35, ["nlu_fallback", "ask_can_be_senco"]),
                  ActionExecuted("action_suggest_topics")),
            *turn(user("what does the npq cover", "faq", 0.99, faq="faq/npq_content"),
                  ActionExecuted("action_answer_question")),
            *turn(user("that's not what I asked", "feedback_not_helpful", 0.9),
                  ActionExecuted("utter_ask_what_was_missing")),
        ],
    }
    for sender, events in conversations.items():
        asyncio.run(store.save(DialogueStateTracker.from_events(sender, events)))
    return db


def test_fallbacks_are_grouped_by_their_likely_topic_with_counts(store_path):
    report = build_report(store_path)
    assert report.conversations == 3
    assert report.flagged["fell back"]["ask_can_be_senco"]["can I job share the senco role"] == 2


def test_low_confidence_and_not_what_i_asked_are_listed(store_path):
    report = build_report(store_path)
    assert report.flagged["low confidence"]["ask_funding"]["npq cost for a pru"] == 1
    unhappy = report.flagged["not what they asked"]
    assert unhappy["ask_funding"]["npq cost for a pru"] == 1
    assert unhappy["faq/npq_content"]["what does the npq cover"] == 1
    assert "who pays for the npq" not in json.dumps(report.as_dict())  # a good answer is not flagged


def test_what_users_said_was_missing_is_kept(store_path):
    assert build_report(store_path).missing["the price for a pupil referral unit"] == 1


def test_the_command_prints_the_report(store_path):
    result = subprocess.run([sys.executable, "-m", "reporting.review_report", "--db", str(store_path), "--since", "7d"],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    assert "## fell back: 2" in result.stdout and "2 x can I job share the senco role" in result.stdout
