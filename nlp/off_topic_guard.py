"""Rasa NLU component: a message about something else entirely is out_of_scope, whatever the classifier guessed.

"Can you help me write a cover letter?" sounds like ask_capabilities (whose reply lists what we do, as if we could
help); "the application deadline for undergraduate nursing" sounds like ask_deadline; "the wifi password for the
education building" sounds like anything. A message that names nothing of ours and asks for a task or about
another field (nlp/off_topic.py decides) is out_of_scope instead, so the reply says plainly that it is not
something we can help with. Small talk ("thanks, have a good holiday!") keeps its intent. Runs after the
classifiers.
"""
from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

from nlp.off_topic import about_something_else

OUT_OF_SCOPE_INTENT = "out_of_scope"
SMALL_TALK = {"greet", "goodbye", "thank", "affirm", "deny", "bot_challenge", "stop", "start_over",
              "feedback_helpful", "feedback_not_helpful", "other_language", "change_answer"}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class OffTopicGuard(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "OffTopicGuard":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = message.get("intent") or {}
            text = message.get("text") or ""
            if intent.get("name") not in SMALL_TALK | {OUT_OF_SCOPE_INTENT} and not text.startswith("/") \
                    and about_something_else(text, message.get("entities") or []):
                message.set("intent", {"name": OUT_OF_SCOPE_INTENT, "confidence": intent.get("confidence", 1.0)},
                            add_to_output=True)
        return messages
