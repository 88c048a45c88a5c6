"""Rasa NLU component: the eligibility check (a form of several questions) starts only when the message asks for it.

The classifier can hear "cheers, that's what I needed for the governors' meeting" or "what does a SENCO actually
do day to day? trying to work out if it's for me" as start_eligibility_check, and the user is then asked which part
of the UK they are in. A guess it is not sure of, in words that ask for no check of the person, becomes a thank-you
(when it opens with thanks and asks nothing) or nlu_fallback, whose action answers the question if plain words settle
it. Runs after the classifiers.
"""
from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

CHECK_INTENT = "start_eligibility_check"
SURE = 0.9  # above this the classifier's reading stands
# Words that ask for the person's own check ("am I eligible", "check my options", "what do I need, based on my
# situation", "help me work out my route")
ASKS_FOR_A_CHECK = re.compile(
    r"\b(eligib\w*|check\w*|assess\w*|qualif\w*|criteria|requirements?|situation|circumstances|options|route|"
    r"personal\w*|applies to me|what (do )?i (personally )?need|(can|could|may) i (be|become)|(if|whether) i (can|could|"
    r"may|would be able to) (be|become)|am i (able|allowed))\b",
    re.I)
THANKS = re.compile(r"^\W*(thanks|thank you|thank u|thx|ty|cheers|ta|brilliant|great|perfect|lovely|amazing)\b", re.I)


# "HR at a MAT: what do we legally need to check before a teacher is designated SENCO?": an employer's checks on
# someone else, not a check of the person asking
EMPLOYER_CHECKS = re.compile(r"\b(we|they|schools?|employers?|hr|the trust|the school)\b[^?.]{0,25}\bcheck\w*\b[^?.]{0,25}"
                             r"\b(before|when)\b", re.I)


def asks_for_a_check(text: str) -> bool:
    return bool(ASKS_FOR_A_CHECK.search(text)) and not EMPLOYER_CHECKS.search(text)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class EligibilityCheckGuard(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "EligibilityCheckGuard":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = message.get("intent") or {}
            text = message.get("text") or ""
            if intent.get("name") != CHECK_INTENT or intent.get("confidence", 0.0) >= SURE \
                    or text.startswith("/") or asks_for_a_check(text):
                continue
            name = "thank" if THANKS.search(text) and "?" not in text else "nlu_fallback"
            message.set("intent", {"name": name, "confidence": intent.get("confidence", 0.0)}, add_to_output=True)
        return messages
