"""The eligibility check guard (nlp/eligibility_guard.py): every training example of start_eligibility_check still
asks for a check, and unsure guesses in other words do not start the form."""
from __future__ import annotations

from rasa.shared.nlu.training_data.message import Message

from nlp.eligibility_guard import EligibilityCheckGuard, asks_for_a_check
from tests.test_off_topic import training_examples


def guarded(text: str, confidence: float) -> str:
    message = Message(data={"text": text, "intent": {"name": "start_eligibility_check", "confidence": confidence}})
    EligibilityCheckGuard().process([message])
    return message.get("intent")["name"]


def test_every_training_example_asks_for_a_check():
    assert [text for intent, text in training_examples()
            if intent == "start_eligibility_check" and not asks_for_a_check(text)] == []


def test_an_unsure_guess_in_other_words_does_not_start_the_check():
    assert guarded("cheers, that's what I needed for the governors' meeting", 0.45) == "thank"
    assert guarded("what does a SENCO do all day? wondering if it's my thing", 0.6) == "nlu_fallback"
    assert guarded("could you see whether I could become one", 0.5) == "start_eligibility_check"  # asks for it
    assert guarded("sort me out a plan", 0.95) == "start_eligibility_check"  # the classifier is sure


def test_an_employers_checks_on_someone_else_do_not_start_the_check():
    assert guarded("as HR, what must we check before someone is appointed SENCO?", 0.7) == "nlu_fallback"
