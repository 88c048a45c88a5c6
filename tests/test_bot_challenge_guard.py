"""The bot-challenge guard (nlp/bot_challenge_guard.py): every training example of bot_challenge is still about the
one answering, and an unsure guess in other words is not told "I'm a bot"."""
from __future__ import annotations

from rasa.shared.nlu.training_data.message import Message

from nlp.bot_challenge_guard import BotChallengeGuard, about_the_answerer
from tests.test_off_topic import training_examples


def guarded(text: str, confidence: float) -> str:
    message = Message(data={"text": text, "intent": {"name": "bot_challenge", "confidence": confidence}})
    BotChallengeGuard().process([message])
    return message.get("intent")["name"]


def test_every_training_example_is_about_the_one_answering():
    assert [text for intent, text in training_examples()
            if intent == "bot_challenge" and not about_the_answerer(text)] == []


def test_an_unsure_guess_in_other_words_is_not_told_it_is_talking_to_a_bot():
    assert guarded("my daughter struggles with reading and the school isn't helping, who should I talk to?",
                   0.5) == "nlu_fallback"
    assert guarded("am I talking to an actual human being", 0.5) == "bot_challenge"
    assert guarded("r u a bot lol", 0.4) == "bot_challenge"
    assert guarded("who should I contact", 0.95) == "bot_challenge"  # the classifier is sure
