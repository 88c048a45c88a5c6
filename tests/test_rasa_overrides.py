"""rasa_overrides: what it replaces in Rasa is pinned, and each override behaves as the Rasa code it replaces.

If a Rasa upgrade changes any pinned function, test_replaced_rasa_code_is_unchanged fails: read the new Rasa code,
check the override still does the same job, then update the pin.
"""
from __future__ import annotations

import asyncio
import hashlib
import inspect
import json

import jsonschema
import pytest
import rasa
import rasa_sdk
import yaml
from rasa.core.actions.action import ActionExtractSlots, RemoteAction
from rasa.core.tracker_store import SQLTrackerStore, create_tracker_store
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted, ActiveLoop, BotUttered, SessionStarted, SlotSet, UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.utils.endpoints import EndpointConfig
from rasa_sdk.interfaces import Tracker as SdkTracker

from rasa.core.actions.forms import FormAction
from rasa.core.processor import MessageProcessor
from rasa_overrides import (action_calls, action_server_down, answering, incoming_text, lock_waiting,
                            model_loading, response_selection, slot_reading)
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.utils.tensorflow.models import RasaModel
from rasa_overrides.tracker_store import WindowedSQLTrackerStore
from tests.conftest import ROOT

# sha256 of the source of each Rasa 3.6.21 / rasa-sdk 3.6.2 function an override replaces or relies on.
PINNED = {
    "RemoteAction._validate_action_result":
        "f8cdb4be6812396167ced74161b2ccd65c5ea676ad86d7d359d8c322d9d8dc42",
    "RemoteAction._action_call_format":
        "428795b944f22edba142d278ec47a30098975b01463ba337ec447dade52a0492",
    "SQLTrackerStore.retrieve":
        "0d99846daced97d3dee3fae5eecfef6179c7afaeb872b68bbe064bbd65223641",
    "SQLTrackerStore.save":
        "57165e46eab3de0866e77f03df0bf7fd5eac2c1de617ed431b934c9a4edfeef6",
    "SQLTrackerStore._retrieve":
        "c8adbf6f4b61ddd1124690944ebdf2ebc82d0723bd07c6704caab0b80120a0ef",
    "SQLTrackerStore._event_query":
        "cd44f7901b860bfd598a813bde17d0d5b0d7bab129feaf76bb2dca87d628625b",
    "SQLTrackerStore._additional_events":
        "d22f99eb863acb07afee63d9fe3a04ca8464251e67a43eb7d36c2d65ffc1653f",
    "DialogueStateTracker.current_state":
        "a9f1526ceddf7a2871ca65f0f664bec9b06546942cdb37ff020e87747608244c",
    "sdk Tracker.slots_to_validate":
        "71bd6212ac8b8673c1aa67a1b635c6ce602c0cfb95ad3da94f4f371fa4f4c655",
    "sdk Tracker.get_latest_input_channel":
        "6a0b2baa14c49da5891dcb617d1870f71e12a45e48e22dc222e184d801b1cb94",
    "sdk Tracker.from_dict":
        "dbab650bf85d5be3706b23b7384daf7586b77b2023857afd5efdc87eb7412ed1",
    "ActionExtractSlots._run_custom_action":
        "a20d71ee74b1cd5c0eb2c8853b3433085b144828fcc0c92c850dded44f1cd1e4",
    "ResponseSelector.process":
        "789655ec69275a95e3ee339a846700613bf05c3b9f829084647d9f1e65582aee",
    "RasaModel.load":
        "84fd81c0fdd01a8048de2d9b5b3022bdbf1e155f7b4d67737eb51ecb0787d292",
    "RemoteAction.run":
        "ccabf6f1160d527a157fad5bd285ce69e8221b1bcad23f8a61499b4360a1c17e",
    # action_server_down: a form whose validation or question failed goes on with the slots already read.
    "FormAction.validate_slots":
        "b00dc863e49a8fde42276ac936821e49b02c6af596862d9ad2ffa595611b9d12",
    "FormAction.request_next_slot":
        "d00c226ee5da6e1d3148f3c924fc0ef82136de2e64af8de160f4dd52408148b8",
    "MessageProcessor.handle_message":
        "0c41d4780d2d46769ef2ae2b3f450b88d2602e916590e8be9975aa474db9f7f4",
    "LockStore._acquire_lock":
        "ead2fff373291c24619f2a2b53453f64ed2975ed68f53dce0e56041061356f05",
}


def _replaced_code() -> dict:
    return {
        "RemoteAction._validate_action_result": action_calls.REPLACED["_validate_action_result"],
        "RemoteAction._action_call_format": action_calls.REPLACED["_action_call_format"],
        "SQLTrackerStore.retrieve": SQLTrackerStore.retrieve, "SQLTrackerStore.save": SQLTrackerStore.save,
        "SQLTrackerStore._retrieve": SQLTrackerStore._retrieve,
        "SQLTrackerStore._event_query": SQLTrackerStore._event_query,
        "SQLTrackerStore._additional_events": SQLTrackerStore._additional_events,
        "DialogueStateTracker.current_state": DialogueStateTracker.current_state,
        "sdk Tracker.slots_to_validate": SdkTracker.slots_to_validate,
        "sdk Tracker.get_latest_input_channel": SdkTracker.get_latest_input_channel,
        "sdk Tracker.from_dict": SdkTracker.from_dict,
        "ActionExtractSlots._run_custom_action": slot_reading.REPLACED["_run_custom_action"],
        "RasaModel.load": model_loading.REPLACED["load"].__func__,
        "ResponseSelector.process": response_selection.REPLACED["process"],
        "RemoteAction.run": answering.REPLACED["run"],
        "FormAction.validate_slots": FormAction.validate_slots,
        "FormAction.request_next_slot": FormAction.request_next_slot,
        "MessageProcessor.handle_message": incoming_text.REPLACED["handle_message"],
        "LockStore._acquire_lock": lock_waiting.REPLACED["_acquire_lock"],
    }


def _sha(function) -> str:
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()


def test_replaced_rasa_code_is_unchanged():
    assert (rasa.__version__, rasa_sdk.__version__) == ("3.6.21", "3.6.2")
    assert set(_replaced_code()) == set(PINNED)
    changed = {name: _sha(fn) for name, fn in _replaced_code().items() if _sha(fn) != PINNED[name]}
    assert not changed, f"Rasa code under an override changed; re-check rasa_overrides, then pin: {changed}"


def test_overrides_are_installed():
    assert RemoteAction._validate_action_result is action_calls.validate_action_result
    assert RemoteAction._action_call_format is action_calls.action_call_format
    assert RasaModel.load.__func__ is model_loading.load
    assert ResponseSelector.process is response_selection.process
    assert ActionExtractSlots._run_custom_action.replaces is slot_reading.REPLACED["_run_custom_action"]
    assert RemoteAction.run.never_silent  # outermost, around answering's in-process run
    assert RemoteAction.run.replaces.replaces is answering.REPLACED["run"]
    assert action_server_down.REPLACED["run"] is answering.REPLACED["run"]
    assert MessageProcessor.handle_message.replaces is incoming_text.REPLACED["handle_message"]


# Reading details in process -----------------------------------------------------------------------------------

READINGS = [
    ("I'm a teaching assistant at an academy in England", "inform", None),
    ("yes", "affirm", "has_qts"),
    ("no", "deny", "induction_complete"),
    ("March 2025", "inform", "appointment_date"),
    ("not yet", "deny", "appointment_date"),
    ("I became SENCO on 3 February 2025, when is my deadline?", "ask_deadline", None),
    ("I started my NASENCo in March 2024, does it count?", "ask_which_qualification", None),
    ("I've finished it", "inform", "nasenco_status"),
    ("I'm a teacher", "inform", "role"),
    ("I don't have QTS", "inform", None),
    ("what is an EHCP", "faq", None),
]


@pytest.fixture(scope="module")
def entities_for():
    """Entities as the NLU pipeline's SpacyEntityExtractor gives them, from the project's own spaCy pipeline."""
    import spacy

    nlp = spacy.load(ROOT / "build" / "spacy_en_senco")
    return lambda text: [{"entity": e.label_, "value": e.text, "start": e.start_char, "end": e.end_char}
                         for e in nlp(text).ents]


@pytest.mark.parametrize("text, intent, requested", READINGS)
def test_in_process_reading_sets_the_slots_the_action_server_sets(text, intent, requested, domain, entities_for):
    from actions.topic_actions import ActionReadDetails
    from rasa_sdk.executor import CollectingDispatcher

    events = [ActionExecuted("action_listen"), SlotSet("requested_slot", requested),
              UserUttered(text, {"name": intent, "confidence": 0.9}, entities_for(text))]
    tracker = DialogueStateTracker.from_events("reading", events, domain.slots)
    ours = {e.key: e.value for e in slot_reading.read_details(tracker)}
    sdk_tracker = SdkTracker.from_dict(tracker.current_state(EventVerbosity.ALL))
    theirs = asyncio.run(ActionReadDetails().run(CollectingDispatcher(), sdk_tracker, {}))
    assert ours == {e["name"]: e["value"] for e in theirs}
    assert ours or intent == "faq"


# Answering in process -----------------------------------------------------------------------------------------

def _tracker(text: str, intent: str, domain, slots=(), entities=(), selected: str | None = None):
    """A tracker whose latest message is `text`, after `slots` were set; `selected` is the FAQ answer chosen."""
    parse = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": list(entities)}
    if selected:
        parse["response_selector"] = {"faq": {"response": {"intent_response_key": selected}}}
    events = [ActionExecuted("action_listen"), *(SlotSet(k, v) for k, v in slots),
              UserUttered(text, parse["intent"], list(entities), parse)]
    return DialogueStateTracker.from_events("answering", events, domain.slots)


def _answer(name: str, tracker, domain) -> list:
    from rasa.core.channels import CollectingOutputChannel
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator

    action = RemoteAction(name, None)  # no action endpoint at all: only an in-process action can run
    return asyncio.run(action.run(CollectingOutputChannel(), TemplatedNaturalLanguageGenerator(domain.responses),
                                  tracker, domain))


def test_answering_runs_in_process_with_the_action_servers_code(domain):
    from rasa_sdk.executor import CollectingDispatcher
    from actions.topic_actions import ActionAnswerQuestion

    tracker = _tracker("and for an independent school?", "inform", domain,
                       [("last_topic", "ask_funding"), ("setting_type", "independent_school")],
                       [{"entity": "setting_type", "value": "independent school"}])
    ours = _answer("action_answer_question", tracker, domain)
    said = [e.text for e in ours if isinstance(e, BotUttered)]
    assert said and said[0].startswith("Not funded:") and "£1,265" in said[0]
    # The same events the action server's code returns for the same tracker.
    dispatcher = CollectingDispatcher()
    theirs = asyncio.run(ActionAnswerQuestion().run(dispatcher, SdkTracker.from_dict(
        tracker.current_state(EventVerbosity.ALL)), {}))
    assert [e.as_dict()["name"] for e in ours if isinstance(e, SlotSet)] == [e["name"] for e in theirs]
    assert said == [m["text"] for m in dispatcher.messages]


@pytest.fixture(scope="module")
def domain_with_answers() -> Domain:
    """The domain as the trained model has it: domain.yml plus the FAQ answers in data/responses."""
    from rasa.shared.importers.importer import TrainingDataImporter

    return TrainingDataImporter.load_from_config(str(ROOT / "config.yml"), str(ROOT / "domain.yml"),
                                                 [str(ROOT / "data")]).get_domain()


def test_a_general_answer_is_uttered_by_name_without_the_action_server(domain_with_answers):
    domain = domain_with_answers
    tracker = _tracker("how is it assessed", "faq", domain, selected="faq/npq_assessment")
    out = _answer("action_answer_question", tracker, domain)
    assert any(isinstance(e, BotUttered) and "8-day window" in e.text for e in out)


def test_other_custom_actions_still_go_to_the_action_server(domain):
    # None to reach here: the user is told to try again (action_server_down), never an exception or silence.
    out = _answer("validate_eligibility_form", _tracker("an academy", "inform", domain), domain)
    assert [e.text for e in out if isinstance(e, BotUttered)] == [action_server_down.APOLOGY]


# The action server down ---------------------------------------------------------------------------------------

def test_a_form_question_comes_from_the_static_table_and_the_apology_once_a_turn(domain, caplog):
    tracker = _tracker("an academy", "inform", domain)
    first = _answer("validate_eligibility_form", tracker, domain)
    tracker.update_with_events(first, domain)
    question = _answer("action_ask_role", tracker, domain)
    assert [e.text for e in question] == ["What is your role now?"]  # no second apology in the same turn
    assert question[0].data["buttons"][0] == {"title": "Teacher", "payload": "I'm a teacher"}
    next_turn = _tracker("I'm a teacher", "inform", domain)
    assert [e.text for e in _answer("action_ask_has_qts", next_turn, domain)] == [
        action_server_down.APOLOGY, "Do you hold qualified teacher status (QTS)?"]
    assert sum("cannot run" in r.getMessage() for r in caplog.records) <= 1  # logged when it went down, once


def test_a_form_rejection_is_not_a_failure():
    from rasa.core.actions.action import ActionExecutionRejection

    async def rejects(*_args):
        raise ActionExecutionRejection("validate_eligibility_form")

    with pytest.raises(ActionExecutionRejection):
        asyncio.run(action_server_down.never_silent(rejects)(RemoteAction("validate_eligibility_form", None),
                                                             None, None, DialogueStateTracker("x", []), None))


def test_a_hung_action_server_is_given_up_on_within_the_timeout():
    async def hangs(*_args):
        await asyncio.sleep(30)

    endpoint = EndpointConfig("http://127.0.0.1:9/webhook", timeout=0.2)
    started = asyncio.run(_timed(action_server_down.never_silent(hangs)(
        RemoteAction("action_eligibility_summary", endpoint), None, None, DialogueStateTracker("x", []), None)))
    assert started[0] < 1 and [e.text for e in started[1]] == [action_server_down.APOLOGY]


async def _timed(coroutine):
    import time

    began = time.perf_counter()
    result = await coroutine
    return time.perf_counter() - began, result


# Validation ---------------------------------------------------------------------------------------------------

GOOD_REPLIES = [
    {"events": [{"event": "slot", "name": "role", "value": "teacher"}], "responses": [{"text": "hi"}]},
    {"events": [], "responses": []},
    {},
]
BAD_REPLIES = [
    {"events": [{"event": "no_such_event"}]},
    {"events": "not a list"},
    {"responses": [1, 2]},
    [],
]


@pytest.mark.parametrize("reply", GOOD_REPLIES)
def test_validator_accepts_what_rasa_accepts(reply):
    jsonschema.validate(reply, RemoteAction.action_response_format_spec())
    assert action_calls.validate_action_result(RemoteAction("x", None), reply) is True


@pytest.mark.parametrize("reply", BAD_REPLIES)
def test_validator_rejects_what_rasa_rejects_with_the_same_error(reply):
    with pytest.raises(jsonschema.ValidationError) as rasa_error:
        action_calls.REPLACED["_validate_action_result"](RemoteAction("x", None), reply)
    with pytest.raises(jsonschema.ValidationError) as our_error:
        action_calls.validate_action_result(RemoteAction("x", None), reply)
    assert our_error.value.message == rasa_error.value.message


# Payload ------------------------------------------------------------------------------------------------------

def _turn(text: str, slot_value: str) -> list:
    return [UserUttered(text, {"name": "inform", "confidence": 1.0}), ActionExecuted("action_extract_slots"),
            SlotSet("role", slot_value), ActionExecuted("utter_x"), BotUttered("ok"), ActionExecuted("action_listen")]


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


def test_action_call_carries_only_the_current_turn_and_the_full_state(domain):
    events = [ActionExecuted("action_listen")]
    for number in range(200):
        events += _turn(f"message {number}", f"role {number}")
    events += [UserUttered("I'm a teacher", {"name": "inform", "confidence": 1.0}, input_channel="rest"),
               ActionExecuted("action_extract_slots"), SlotSet("role", "teacher"), SlotSet("has_qts", True)]
    tracker = DialogueStateTracker.from_events("payload", events, domain.slots)
    ours = action_calls.action_call_format(RemoteAction("validate_eligibility_form", None), tracker, domain)
    rasas = action_calls.REPLACED["_action_call_format"](RemoteAction("validate_eligibility_form", None), tracker,
                                                         domain)
    assert len(rasas["tracker"]["events"]) == len(events) and len(ours["tracker"]["events"]) == 4
    assert {k: v for k, v in ours["tracker"].items() if k != "events"} == \
           {k: v for k, v in rasas["tracker"].items() if k != "events"}
    sdk_ours, sdk_rasas = (SdkTracker.from_dict(body["tracker"]) for body in (ours, rasas))
    for read in (lambda t: t.slots_to_validate(), lambda t: t.get_latest_input_channel(),
                 lambda t: t.latest_message, lambda t: t.slots, lambda t: t.active_loop_name):
        assert read(sdk_ours) == read(sdk_rasas)
    assert sdk_ours.slots_to_validate() == {"role": "teacher", "has_qts": True}


def test_current_turn_is_bounded_without_a_user_message():
    events = [ActionExecuted("action_listen")] * 500
    assert len(action_calls.current_turn(events)) == action_calls.MAX_EVENTS


# Tracker store ------------------------------------------------------------------------------------------------

def _store(path, domain, **kwargs) -> WindowedSQLTrackerStore:
    return WindowedSQLTrackerStore(domain=domain, dialect="sqlite", db=str(path), **kwargs)


async def _play_turns(store, sender: str, turns: int, start: int = 0) -> DialogueStateTracker:
    for number in range(start, start + turns):
        tracker = await store.get_or_create_tracker(sender)
        for event in _turn(f"message {number}", f"role {number}"):
            tracker.update(event)
        await store.save(tracker)
    return tracker


def test_endpoints_file_loads_the_windowed_store(tmp_path, domain):
    config = yaml.safe_load((ROOT / "endpoints.yml").read_text())["tracker_store"]
    config["db"] = str(tmp_path / "tracker.db")
    store = create_tracker_store(EndpointConfig.from_dict(config), domain)
    assert isinstance(getattr(store, "_tracker_store", store), WindowedSQLTrackerStore)


def test_every_event_reaches_the_database_in_order_and_long_trackers_are_windowed(tmp_path, domain):
    async def scenario():
        store = _store(tmp_path / "t.db", domain, window_events=60)
        tracker = await _play_turns(store, "long", 50)
        tracker.update(ActiveLoop("eligibility_form"))
        tracker.update(SlotSet("requested_slot", "has_qts"))
        await store.save(tracker)
        tracker = await _play_turns(store, "long", 30, start=50)
        in_memory = await store.retrieve("long")
        rasas = await SQLTrackerStore(domain=domain, dialect="sqlite", db=str(tmp_path / "t.db")).retrieve("long")
        return in_memory, rasas

    in_memory, rasas = asyncio.run(scenario())
    assert len(rasas.events) == 1 + 80 * 6 + 2  # action_listen, 80 turns, the form's two events: none lost
    assert [e.as_dict() for e in rasas.events][-6:] == [e.as_dict() for e in in_memory.events][-6:]
    assert len(in_memory.events) <= 60
    assert in_memory.current_slot_values() == rasas.current_slot_values()
    assert in_memory.active_loop_name == rasas.active_loop_name == "eligibility_form"
    assert in_memory.latest_message.text == rasas.latest_message.text == "message 79"
    recent = lambda t: [s for s in t.past_states(domain)][-8:]  # noqa: E731  what the policies look at
    assert recent(in_memory) == recent(rasas)


def test_another_process_writing_is_noticed(tmp_path, domain):
    async def scenario():
        ours, theirs = _store(tmp_path / "t.db", domain), _store(tmp_path / "t.db", domain)
        await _play_turns(ours, "shared", 2)
        await _play_turns(theirs, "shared", 1, start=2)  # e.g. another replica behind the load balancer
        return await ours.retrieve("shared")

    assert asyncio.run(scenario()).latest_message.text == "message 2"


def test_a_turn_that_failed_before_saving_is_not_kept(tmp_path, domain):
    async def scenario():
        store = _store(tmp_path / "t.db", domain)
        tracker = await _play_turns(store, "failed", 2)
        tracker.update(UserUttered("never saved", {"name": "inform", "confidence": 1.0}))  # then an exception
        return await store.retrieve("failed")

    assert asyncio.run(scenario()).latest_message.text == "message 1"


def test_a_new_session_is_read_back_as_rasa_reads_it(tmp_path, domain):
    async def scenario():
        store = _store(tmp_path / "t.db", domain)
        tracker = await _play_turns(store, "sessions", 3)
        tracker.update(ActionExecuted("action_session_start"))
        tracker.update(SessionStarted())
        tracker.update(ActionExecuted("action_listen"))
        await store.save(tracker)
        rasas = await SQLTrackerStore(domain=domain, dialect="sqlite", db=str(tmp_path / "t.db")).retrieve("sessions")
        return await store.retrieve("sessions"), rasas

    ours, rasas = asyncio.run(scenario())
    assert [e.as_dict() for e in ours.events] == [e.as_dict() for e in rasas.events]


def test_stored_rows_match_rasas(tmp_path, domain):
    async def scenario():
        await _play_turns(_store(tmp_path / "ours.db", domain), "rows", 3)
        rasa_store = SQLTrackerStore(domain=domain, dialect="sqlite", db=str(tmp_path / "rasa.db"))
        await _play_turns(rasa_store, "rows", 3)

    asyncio.run(scenario())
    import sqlite3

    def rows(name):
        with sqlite3.connect(tmp_path / name) as db:
            found = db.execute("select type_name, intent_name, action_name, data from events order by id").fetchall()
        return [(t, i, a, {k: v for k, v in json.loads(d).items() if k != "timestamp"}) for t, i, a, d in found]

    assert rows("ours.db") == rows("rasa.db")


def test_state_for_verbosity_is_what_rasa_sends(domain):
    """current_state(NONE) plus our events is exactly Rasa's body but for the events (guards the payload copy)."""
    tracker = DialogueStateTracker.from_events("v", [ActionExecuted("action_listen")], domain.slots)
    full, bare = tracker.current_state(EventVerbosity.ALL), tracker.current_state(EventVerbosity.NONE)
    assert set(full) == set(bare) and bare["events"] is None


def test_a_restarted_process_carries_on_the_conversation(tmp_path, domain):
    """The widget's session persistence and Teams need a conversation to survive a restart of the server."""
    async def scenario():
        before = _store(tmp_path / "t.db", domain, window_events=60)
        tracker = await _play_turns(before, "restart", 30)
        tracker.update(ActiveLoop("eligibility_form"))
        tracker.update(SlotSet("requested_slot", "role"))
        await before.save(tracker)
        after = _store(tmp_path / "t.db", domain, window_events=60)  # a new process on the same database
        return tracker, await after.retrieve("restart")

    running, restarted = asyncio.run(scenario())
    assert restarted.current_slot_values() == running.current_slot_values()
    assert restarted.active_loop_name == "eligibility_form"
    assert restarted.latest_message.text == "message 29"


# Waiting for a conversation's lock --------------------------------------------------------------------------------

def test_a_message_behind_a_dead_holders_ticket_goes_ahead_once_it_expires():
    import time

    from rasa.core.lock import Ticket
    from rasa.core.lock_store import InMemoryLockStore

    store = InMemoryLockStore()
    lock = store.get_or_create_lock("c")
    lock.tickets.append(Ticket(1, time.time() + 0.3))  # held by a replica that was killed
    store.save_lock(lock)

    async def next_message() -> float:
        began = time.perf_counter()
        async with store.lock("c", lock_lifetime=0.3, wait_time_in_seconds=0.1):  # its own ticket expires too
            return time.perf_counter() - began

    assert asyncio.run(asyncio.wait_for(next_message(), 5)) < 2
    with pytest.raises(asyncio.TimeoutError):  # the same case with Rasa's own wait: it never ends
        asyncio.run(asyncio.wait_for(_rasas_wait(store), 2))


async def _rasas_wait(store):
    import time

    from rasa.core.lock import Ticket

    lock = store.get_or_create_lock("d")
    lock.tickets.append(Ticket(1, time.time() + 0.3))
    store.save_lock(lock)
    ticket = store.issue_ticket("d", 0.3)
    return await lock_waiting.REPLACED["_acquire_lock"](store, "d", ticket, 0.1)
