"""Rasa NLU component: a question that names Wales, Scotland or Northern Ireland is about that nation's rules.

England's SENCO rules do not apply there, so an England topic (or a general FAQ, or an unsure guess) becomes
ask_other_nations, whose answer says what applies instead. Runs after the EntityRuler and the classifiers.
"""
from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

from nlp.domain_terms import canonical

OTHER_NATIONS_INTENT = "ask_other_nations"
ROUTED_INTENTS = {
    "faq", "nlu_fallback", "ask_deadline", "ask_which_qualification", "ask_funding", "ask_can_be_senco",
    "ask_npq_registration", "ask_npq_cohorts", "ask_settings_duty",
}


# "I qualified in Scotland", "my PGCE is from Wales", "Welsh-trained": where someone trained, not where they work.
# Such a question is about getting QTS in England, so it keeps its topic.
TRAINED_IN = re.compile(
    r"\b(qualified|trained|training|train|qts|pgce|pgde|b\.?ed|teaching qualification|teaching degree|registered|"
    r"certified|got my qts|did my pgce|did my pgde)\b[^.,;?!]{0,30}?\b(in|from|with|at)\s+(the\s+)?"
    r"(?P<nation>[a-z]+(?: ireland)?)\b"
    r"|\b(?P<adjective>welsh|scottish|northern irish)[- ](trained|qualified|pgce|teaching qualification|qts)\b"
    # "how do teachers from Scotland get QTS?": teachers from a nation come with its registration
    r"|\bteachers? from (the )?(?P<origin>wales|scotland|northern ireland|ni)\b",
    re.I,
)
WORKING_THERE = re.compile(r"\b(to teach|to work|teach(ing)? (in|at)|work(ing)? (in|at)|job|move|moving|use|using)\b",
                           re.I)
_TRAINED_NATION = {"wales": "wales", "ewc": "wales", "welsh": "wales", "scotland": "scotland", "gtcs": "scotland",
                   "scottish": "scotland", "northern ireland": "northern_ireland", "ni": "northern_ireland",
                   "gtcni": "northern_ireland", "northern irish": "northern_ireland"}


def trained_in_nation(text: str) -> str | None:
    """The nation someone says they trained or qualified in (a nation, its registration body or one of its places:
    "did my PGCE in Swansea"), or None. England is not "another nation"."""
    for match in TRAINED_IN.finditer(text or ""):
        if WORKING_THERE.search(match.group(0)):
            continue  # "use my QTS to teach in Glasgow": where they will work, not where they trained
        word = (match["nation"] or match["adjective"] or match["origin"]).lower()
        nation = _TRAINED_NATION.get(word) or canonical("nation", word)
        if nation and nation != "england":
            return nation
    if re.search(r"\b(gtcs|gtc scotland)[- ]registered\b|\bregistered with (the )?(gtcs|gtc scotland)\b", text or "", re.I):
        return "scotland"
    if re.search(r"\b(gtcni|gtc ni)[- ]registered\b|\bregistered with (the )?(gtcni|gtc ni)\b", text or "", re.I):
        return "northern_ireland"  # "I'm GTCNI registered and teach in Belfast, moving to Liverpool"
    if re.search(r"\bewc[- ]registered\b|\bregistered with (the )?(ewc|education workforce council)\b", text or "", re.I):
        return "wales"
    return None


def names_another_nation(entities: list[dict], text: str = "") -> bool:
    nations = {canonical("nation", str(e.get("value", ""))) for e in entities if e.get("entity") == "nation"}
    return bool(nations - {None, "england", trained_in_nation(text)})


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class OtherNationRouter(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "OtherNationRouter":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = message.get("intent") or {}
            if intent.get("name") in ROUTED_INTENTS and names_another_nation(message.get("entities") or [], message.get("text") or ""):
                message.set("intent", {"name": OTHER_NATIONS_INTENT, "confidence": intent.get("confidence", 1.0)},
                            add_to_output=True)
        return messages
