"""Understanding a message on a thread of its own. Replaces `MessageProcessor.parse_message` of Rasa 3.6.21
(rasa/core/processor.py).

Rasa serves every request on one event-loop thread and runs the NLU pipeline (spaCy, featurizers, DIET's
TensorFlow model) on that thread too: while one message is being understood, no other request moves, so the
second core sits idle and the event loop is the bottleneck. Here the pipeline runs on one worker thread: the event
loop meanwhile reads and writes trackers, predicts actions and calls the action server for other conversations,
and TensorFlow, which releases Python's lock while it computes, overlaps with it. One conversation's messages still
go one at a time (Rasa's lock store), the pipeline runs one message at a time as before, and its result is the same.
"""
from __future__ import annotations

import asyncio
import copy
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Optional

from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor, structlogger
from rasa.shared.core.trackers import DialogueStateTracker

REPLACED = {"parse_message": MessageProcessor.parse_message}
_nlu_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nlu")


async def parse_message(self: MessageProcessor, message: UserMessage,
                        tracker: Optional[DialogueStateTracker] = None,
                        only_output_properties: bool = True) -> dict[str, Any]:
    """Rasa's parse_message, with the graph run on the NLU thread."""
    if self.http_interpreter:
        return await REPLACED["parse_message"](self, message, tracker, only_output_properties)
    if tracker is None:
        tracker = DialogueStateTracker.from_events(message.sender_id, [])
    parse_data = await asyncio.get_running_loop().run_in_executor(
        _nlu_thread, self._parse_message_with_graph, message, tracker, only_output_properties
    )
    self._update_full_retrieval_intent(parse_data)
    structlogger.debug(
        "processor.message.parse",
        parse_data_text=copy.deepcopy(parse_data["text"]),
        parse_data_intent=parse_data["intent"],
        parse_data_entities=copy.deepcopy(parse_data["entities"]),
    )
    self._check_for_unseen_features(parse_data)
    return parse_data


def install() -> None:
    MessageProcessor.parse_message = parse_message  # type: ignore[method-assign]
