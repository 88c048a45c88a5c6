"""Rasa NLU component: "are you a bot?" stands only when the message is about who or what is answering.

"who am I speaking to" is a bot_challenge example, so "my son has dyslexia and I don't think his school is doing
enough. Who should I speak to?" can be heard as one, and a parent is told "I'm SENCO Guide, an automated assistant".
A guess the classifier is not sure of, in words that name no bot, person or "you", becomes nlu_fallback, whose
action answers the question if plain words settle it. Runs after the classifiers.
"""
from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

BOT_INTENT = "bot_challenge"
SURE = 0.9  # above this the classifier's reading stands
# Words about the one answering: "are you a bot", "is this a real person", "who am I speaking to", "what are you"
ABOUT_THE_ANSWERER = re.compile(
    r"\b(bots?|chat ?bot|robot|human|person|people|real|ai|artificial|machine|computer|automated|automatic|chat ?gpt|"
    r"who am i|who is this|who's this|(are|r) (you|u)|you a)\b", re.I)


def about_the_answerer(text: str) -> bool:
    return bool(ABOUT_THE_ANSWERER.search(text))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class BotChallengeGuard(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "BotChallengeGuard":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = message.get("intent") or {}
            text = message.get("text") or ""
            if intent.get("name") != BOT_INTENT or intent.get("confidence", 0.0) >= SURE \
                    or text.startswith("/") or about_the_answerer(text):
                continue
            message.set("intent", {"name": "nlu_fallback", "confidence": intent.get("confidence", 0.0)},
                        add_to_output=True)
        return messages
