"""Rasa NLU component: a request to delete the user's own conversation ("delete my conversation", "please erase my
data", "forget me") is the intent `delete_my_conversation`, whatever the classifiers guessed.

Read by rule, not learnt: the request is short and formulaic, and a learnt intent moved the classifier's other
answers (measured: adding 20 examples of it changed 5 of the 159 recorded replies, two of them to the fallback).
The assistant asks to confirm before deleting anything, so a false match costs one question.
"""
from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

INTENT = "delete_my_conversation"

_DELETE = r"(?:delete|erase|remove|wipe|clear|destroy|get rid of|forget)"
_MINE = r"(?:my|this|our|the|all|everything|what)"
_WHAT = r"(?:conversation|chat|chats|data|messages?|history|details|information|info|transcript|records?)"
_REQUEST = re.compile(
    rf"\b{_DELETE}\b(?:\s+\w+){{0,3}}?\s+{_MINE}\b(?:\s+\w+){{0,3}}?\s+{_WHAT}\b"  # delete (all of) my chat (history)
    rf"|\b{_WHAT}\s+(?:to\s+be\s+|be\s+|)(?:deleted|erased|removed|wiped)\b"  # I want my data deleted
    r"|\bright\s+to\s+(?:erasure|be\s+forgotten)\b|\bforget\s+(?:about\s+)?me\b"
    r"|\bdelete\s+(?:everything|it\s+all)\b",
    re.IGNORECASE,
)


def is_erasure_request(text: str) -> bool:
    return bool(text) and not text.startswith("/") and _REQUEST.search(text) is not None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class ErasureRequestReader(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "ErasureRequestReader":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            if is_erasure_request(message.get("text") or ""):
                message.set("intent", {"name": INTENT, "confidence": 1.0}, add_to_output=True)
        return messages
