"""Rasa NLU component: "can you help me write a cover letter for a retail job?" asks for a task, not for the menu.

The classifier hears "can you help me" and says ask_capabilities, whose reply lists what we do, as if we could
help. A request for a task that names nothing of ours (no domain entity, no SENCO, school or SEND word) is
out_of_scope instead, so the reply says plainly that it is not something we can help with. Runs after the
classifiers.
"""
from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

CAPABILITIES_INTENT = "ask_capabilities"
OUT_OF_SCOPE_INTENT = "out_of_scope"

# A named task: "help me write ...", "could you book ...", "help with my tax return". Not "how can you help me?".
TASK_REQUEST = re.compile(
    r"\b(help|assist) (me |us )?(with|to|write|writing|do|doing|make|making|plan|planning|fix|fixing|find|finding|"
    r"book|booking|choose|choosing|sort|sorting|draft|drafting)\b\s*\w+|"
    r"(?<!what )(?<!how )\b(can|could|will|would) you (please )?(write|draft|make|fix|book|find|translate|do|recommend|"
    r"plan|sort|order|buy|check|proofread|mark)\b\s*(?!for me\b)\w+", re.I)
# Words that make a request ours even without a domain entity ("help me with my SEN information report").
OUR_WORDS = re.compile(
    r"\b(send?cos?|sen|send|npq\w*|nasen\s?co|qts|qtls|ehc\w*|special (educational )?needs?|disabilit\w*|"
    r"teach\w*|school\w*|academ\w*|nurser\w*|college|pupils?|child\w*|sons?|daughters?|induction|ect|pgce|"
    r"qualif\w*|cohort|deadline|fund\w*|governors?|headteachers?|head|trust|local offer|eligib\w*)\b", re.I)


def asks_for_other_task(text: str, entities: list[dict]) -> bool:
    return bool(TASK_REQUEST.search(text or "")) and not entities and not OUR_WORDS.search(text or "")


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class TaskRequestGuard(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "TaskRequestGuard":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = message.get("intent") or {}
            if intent.get("name") == CAPABILITIES_INTENT and asks_for_other_task(message.get("text") or "",
                                                                                 message.get("entities") or []):
                message.set("intent", {"name": OUT_OF_SCOPE_INTENT, "confidence": intent.get("confidence", 1.0)},
                            add_to_output=True)
        return messages
