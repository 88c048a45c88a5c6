"""The faq ResponseSelector, run only on messages whose intent is faq. Replaces `ResponseSelector.process` of
Rasa 3.6.21 (rasa/nlu/selectors/response_selector.py).

Rasa runs the ResponseSelector's TensorFlow model on every message, although its choice is used only when the
message's intent is the retrieval intent (`utter_faq` answers `faq`). Most messages are something else (greetings,
topic questions, answers to the eligibility check), so their second TensorFlow inference is skipped: about 3 ms of
a 12 ms parse. Messages whose intent is faq get exactly Rasa's selection. (A subclass in config.yml would do the
same, but Rasa then warns that the configuration has no ResponseSelector.)
"""
from __future__ import annotations

from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY
from rasa.shared.nlu.training_data.message import Message

REPLACED = {"process": ResponseSelector.process}


def process(self: ResponseSelector, messages: list[Message]) -> list[Message]:
    asked = [m for m in messages
             if self.retrieval_intent is None or (m.get(INTENT) or {}).get(INTENT_NAME_KEY) == self.retrieval_intent]
    REPLACED["process"](self, asked)
    return messages


def install() -> None:
    ResponseSelector.process = process  # type: ignore[method-assign]
