"""When the assistant is unsure, it offers the likeliest topics as buttons instead of a dead end."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.replies import noted_line
from actions.situation_slots import situation_from_tracker
from actions.topic_actions import answer_this_message, said_now, this_turn

# Intent -> button title. Only topics a suggestion makes sense for.
TOPIC_BUTTONS = {
    "start_eligibility_check": "Check my eligibility",
    "ask_deadline": "When must I have the qualification?",
    "ask_which_qualification": "NPQ for SENCOs or NASENCo?",
    "ask_funding": "Is the NPQ funded? What does it cost?",
    "ask_can_be_senco": "Who can be a SENCO?",
    "ask_npq_registration": "How do I apply for the NPQ?",
    "ask_npq_cohorts": "When does the next NPQ start?",
    "ask_qts_routes": "How do I get QTS?",
    "ask_settings_duty": "Which schools must have a SENCO?",
    "ask_other_nations": "Wales, Scotland or Northern Ireland",
}
# Thanks the classifier was unsure of ("cheers, that's sorted it"): a thank-you, not a question to guess at.
THANKS = re.compile(r"^\W*((ok(ay)?|great|brilliant|lovely|perfect|super|amazing|fab|ace|nice one|right|brill)\W+)?"
                    r"(thanks?|thank you|thankyou|thx|ty|cheers|ta(?= (very much|muchly|mate|love)|\W*$)|much appreciated|"
                    r"appreciate it)\b|"
                    r"\bthat'?s? (has )?(sorted|answered|cleared up|helped|been (really |very )?helpful)\b", re.I)
NOT_THANKS = re.compile(r"\b(nothing|not|no|but|(did|does|has|have|was|is|wo|ca|could|do)n'?t)\b", re.I)  # "that has sorted out nothing", "thanks but..."
DEFAULT_SUGGESTIONS = ("start_eligibility_check", "ask_can_be_senco", "ask_funding", "ask_deadline")
MAX_BUTTONS = 4


def suggestions(intent_ranking: list[dict]) -> list[str]:
    """The likeliest topic intents, topped up with the common ones."""
    ranked = [i.get("name") for i in intent_ranking or [] if i.get("name") in TOPIC_BUTTONS]
    for intent in DEFAULT_SUGGESTIONS:
        if intent not in ranked:
            ranked.append(intent)
    return ranked[:MAX_BUTTONS]


def loop_rejected_this_turn(tracker: Tracker) -> bool:
    """Did a form turn this message down? Then no rule follows, and the fallback alone ends the turn."""
    return any(event.get("event") == "action_execution_rejected" for event in this_turn(tracker))


class ActionSuggestTopics(Action):
    def name(self) -> str:
        return "action_suggest_topics"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list:
        events = await self._reply(dispatcher, tracker)
        # After a form rejected the message, the policies would pick this fallback again and again until Rasa's
        # limit of 10 actions, and the next message would get no reply. Listening here keeps the form waiting.
        if loop_rejected_this_turn(tracker):
            events = [*events, FollowupAction("action_listen")]
        return events

    async def _reply(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> list:
        # An unclear message that only adds a detail ("in a free school?") continues the last topic.
        if (events := answer_this_message(dispatcher, tracker)) is not None:
            return events
        text = tracker.latest_message.get("text") or ""
        if THANKS.search(text) and "?" not in text and not NOT_THANKS.search(text):
            dispatcher.utter_message(response="utter_youre_welcome")
            return []
        if not any(ch.isalnum() for ch in text):
            # Empty, spaces or only emoji: nothing to guess from, so say so and offer the usual starts.
            dispatcher.utter_message(
                text="I didn't catch any words there. Ask me a question about becoming a SENCO, for example "
                     "\"Do I need QTS?\" or \"Is the NPQ for SENCOs funded?\"",
                buttons=[{"title": TOPIC_BUTTONS[i], "payload": f"/{i}"} for i in DEFAULT_SUGGESTIONS],
            )
            return []
        if "?" not in text and any(value is not None for value in said_now(tracker).values()) \
                and (noted := noted_line(situation_from_tracker(tracker))):
            # "Hi - bit of background first. I'm an HLTA at a primary academy ...": details, no question yet
            dispatcher.utter_message(text=noted)
            dispatcher.utter_message(response="utter_what_next")
            return []
        ranking = tracker.latest_message.get("intent_ranking") or []
        buttons = [{"title": TOPIC_BUTTONS[i], "payload": f"/{i}"} for i in suggestions(ranking)]
        dispatcher.utter_message(
            text="Sorry, I'm not sure I understood. Did you mean one of these? You can also ask "
                 "about the SENCO role, the law, QTS or the NPQ for SENCOs in your own words.",
            buttons=buttons,
        )
        return []
