"""Rasa NLU component: a message with no letters or digits ("👍👍🎉", "?????") says nothing the classifiers can read,
so it is nlu_fallback, whatever they guessed (the fallback action then says it caught no words)."""
from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

FALLBACK_INTENT = "nlu_fallback"


def has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text or "")


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class NoWordsGuard(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "NoWordsGuard":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get("text") or ""
            if not has_words(text) and not text.startswith("/"):
                message.set("intent", {"name": FALLBACK_INTENT, "confidence": 1.0}, add_to_output=True)
        return messages
