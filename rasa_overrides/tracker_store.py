"""A SQL tracker store that keeps recent conversations in memory and writes only new events to the database.

Replaces `SQLTrackerStore.retrieve` and `.save` of Rasa 3.6.21 (rasa/core/tracker_store.py) for the turns of a
conversation this process already knows. Rasa re-reads every event of the session from the database and replays
them into a new tracker on every turn, and counts the stored events on every save; so a turn costs more the longer
the conversation. Here:

- The database stays the record: every event is written, in order, as Rasa writes it (same table and columns), so
  a restart, `rasa export` and `retrieve_full_tracker` see the whole conversation.
- Each conversation this process has seen is kept in memory (the most recent `cached_conversations` of them). A
  turn checks with one indexed query that no other process wrote to the conversation since (the newest event id
  is the one we wrote) and then uses the tracker in memory; otherwise it reads the conversation from the database
  as Rasa does.
- PostgreSQL (production, deploy/endpoints.production.yml) connections are checked before use, so a restarted
  database server is reconnected to on the next turn.
- SQLite (the embedded default) keeps one connection and a write-ahead log instead of a new connection and a disk
  sync for every commit (see `_tune_sqlite`).
- Personal data is not kept: each new user message is redacted (`privacy.redaction`: emails, UK phone numbers,
  postcodes, a child's name) in the events written and in the tracker kept in memory, after the turn has been
  answered from the original text. `forget` deletes a conversation from the database and from memory (a user's
  confirmed "delete my conversation", rasa_overrides/incoming_text.py).
- At start-up the database is checked: a damaged or locked SQLite file stops the start with a message saying what
  to do (`DatabaseUnusable`), instead of Rasa falling back to an in-memory store that loses every conversation.
- The tracker in memory is kept to a window of recent events: past `window_events`, it is rebuilt from its last
  `window_events // 2` or so, starting at a turn boundary, after a short prefix that restores the slots and active
  form at that boundary (the shape of a new session whose slots were carried over). Rasa's policies, its
  `tracker.copy()` and the action server's payload then work on a bounded tracker. Our policies look back a few
  turns (MemoizationPolicy max_history 5, rules a few steps), far inside the window.

Loaded by endpoints.yml (`type: rasa_overrides.tracker_store.WindowedSQLTrackerStore`).
"""
from __future__ import annotations

import itertools
import json
import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy import event, orm, pool
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from privacy.redaction import redact
from privacy.retention import delete_conversation

logger = logging.getLogger(__name__)

BOOKKEEPING = "_windowed_store"  # attribute on a tracker this store handed out


class DatabaseUnusable(RuntimeError):
    """The conversation database cannot be used; the message says what to do."""


@dataclass
class Bookkeeping:
    persisted: int  # how many of the tracker's events are already in the database (or are the window's prefix)
    last_id: int  # id of the newest database row of the conversation when we last read or wrote it


class WindowedSQLTrackerStore(SQLTrackerStore):
    def __init__(self, domain=None, cached_conversations: int = 500, window_events: int = 120,
                 **kwargs: Any) -> None:
        try:
            super().__init__(domain=domain, **kwargs)
        except sa.exc.DatabaseError as error:
            raise DatabaseUnusable(_what_to_do(kwargs, error)) from error
        if self.engine.dialect.name == "sqlite":
            self._tune_sqlite()
        else:
            self._reconnect_after_restarts()
        self._check_usable(kwargs)
        self.cached_conversations = int(cached_conversations)
        self.window_events = int(window_events)
        self._trackers: "OrderedDict[str, DialogueStateTracker]" = OrderedDict()
        # Built once: SQLAlchemy then reuses their compiled form instead of rebuilding it on every turn.
        table = self.SQLEvent.__table__
        self._insert_events = table.insert()
        self._newest_id_query = sa.select(sa.func.max(table.c.id)).where(table.c.sender_id == sa.bindparam("sender"))

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        tracker = self._trackers.get(sender_id)
        if tracker is not None and self._is_current(tracker):
            self._trackers.move_to_end(sender_id)
            if len(tracker.events) > self.window_events:
                tracker = self._remember(self._windowed(tracker), self._bookkeeping(tracker).last_id)
            return tracker
        self._trackers.pop(sender_id, None)
        tracker = await super().retrieve(sender_id)  # the whole session, replayed: once per process
        if tracker is None:
            return None
        with self.engine.connect() as connection:
            last_id = self._newest_id(connection, sender_id)
        return self._remember(self._windowed(tracker), last_id)

    async def save(self, tracker: DialogueStateTracker) -> None:
        bookkeeping = getattr(tracker, BOOKKEEPING, None)
        new_events = list(itertools.islice(tracker.events, bookkeeping.persisted if bookkeeping else 0, None))
        for new_event in new_events:
            if isinstance(new_event, UserUttered):
                _redact_user_message(new_event)
        if bookkeeping is None:
            # A tracker we did not hand out (a new conversation, or one built elsewhere): Rasa's own save.
            await super().save(tracker)
            with self.engine.connect() as connection:
                self._remember(tracker, self._newest_id(connection, tracker.sender_id))
            return
        if self.event_broker is not None:
            await self._stream_new_events(self.event_broker, new_events, tracker.sender_id)
        last_id = bookkeeping.last_id
        if new_events:
            # SQLAlchemy Core, one statement for the turn's rows: the ORM's unit of work cost more than the insert.
            with self.engine.begin() as connection:
                connection.execute(self._insert_events, [self._row(tracker.sender_id, event) for event in new_events])
                last_id = self._newest_id(connection, tracker.sender_id)
        bookkeeping.persisted, bookkeeping.last_id = len(tracker.events), last_id
        if any(isinstance(event, SessionStarted) for event in new_events):
            # A new session: Rasa reads only the latest session back, so read it from the database next time.
            self._trackers.pop(tracker.sender_id, None)
        elif tracker.sender_id not in self._trackers:
            self._remember(tracker, last_id)

    def forget(self, sender_id: str) -> None:
        """Delete every stored event of the conversation, and the copy in memory."""
        with self.engine.begin() as connection:
            delete_conversation(connection, self.SQLEvent.__table__, sender_id)
        self._trackers.pop(sender_id, None)
        logger.info("A conversation was deleted at its user's request.")

    def _check_usable(self, settings: dict[str, Any]) -> None:
        """Read the events table and take the write lock for a moment: a damaged file or one another program
        holds locked fails here, at start-up, with what to do, not later as lost conversations."""
        try:
            with self.engine.connect() as connection:
                if self.engine.dialect.name == "sqlite":
                    connection.exec_driver_sql("PRAGMA busy_timeout = 5000")
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                connection.execute(sa.select(sa.func.count()).select_from(self.SQLEvent.__table__).limit(1))
                if self.engine.dialect.name == "sqlite":
                    connection.exec_driver_sql("ROLLBACK")
        except sa.exc.DatabaseError as error:  # OperationalError ("locked") is one too
            raise DatabaseUnusable(_what_to_do(settings, error)) from error

    def _reconnect_after_restarts(self) -> None:
        """A database server (PostgreSQL) that restarts leaves dead connections in the pool; each is tested before
        use and replaced, so the first turn after a restart works instead of failing."""
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)
        self.sessionmaker = orm.sessionmaker(bind=self.engine)

    def _tune_sqlite(self) -> None:
        """One connection kept open, and a write-ahead log synced at checkpoints rather than on every commit.

        Rasa opens a new SQLite connection for every read and write, and SQLite's default journal syncs the disk
        on every commit: about a tenth of a turn. With WAL and synchronous=NORMAL a commit survives the process
        being killed (kill -9) but may be lost if the machine itself loses power before the next checkpoint.
        """
        self.engine.dispose()
        self.engine = sa.create_engine(self.engine.url, poolclass=pool.SingletonThreadPool)

        @event.listens_for(self.engine, "connect")
        def _on_connect(connection: Any, _record: Any) -> None:
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA secure_delete=ON")  # a deleted conversation is overwritten, not just unlinked
            cursor.close()

        self.sessionmaker = orm.sessionmaker(bind=self.engine)

    # Helpers -----------------------------------------------------------------------------------------------------

    @staticmethod
    def _row(sender_id: str, event: Event) -> dict[str, Any]:
        """The row Rasa's SQLTrackerStore.save writes for an event."""
        data = event.as_dict()
        return {
            "sender_id": sender_id,
            "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"),
            "data": json.dumps(data),
        }

    def _newest_id(self, connection: Any, sender_id: str) -> int:
        return connection.execute(self._newest_id_query, {"sender": sender_id}).scalar() or 0

    def _bookkeeping(self, tracker: DialogueStateTracker) -> Bookkeeping:
        return getattr(tracker, BOOKKEEPING)

    def _is_current(self, tracker: DialogueStateTracker) -> bool:
        """Saved as it is now, and nobody else has written to the conversation since."""
        bookkeeping = self._bookkeeping(tracker)
        if bookkeeping.persisted != len(tracker.events):
            return False  # changed in memory but never saved (a turn that failed half way): don't trust it
        with self.engine.connect() as connection:
            return self._newest_id(connection, tracker.sender_id) == bookkeeping.last_id

    def _remember(self, tracker: DialogueStateTracker, last_id: int) -> DialogueStateTracker:
        setattr(tracker, BOOKKEEPING, Bookkeeping(len(tracker.events), last_id))
        self._trackers[tracker.sender_id] = tracker
        self._trackers.move_to_end(tracker.sender_id)
        while len(self._trackers) > self.cached_conversations:
            self._trackers.popitem(last=False)
        return tracker

    def _windowed(self, tracker: DialogueStateTracker) -> DialogueStateTracker:
        """The tracker, or past `window_events` a shorter one with the same state and the same recent turns."""
        events = list(tracker.events)
        if len(events) <= self.window_events:
            return tracker
        keep_from = len(events) - self.window_events // 2
        cut = next((i for i in range(keep_from, len(events)) if _is_listen(events[i])), None)
        if cut is None:
            return tracker
        before = DialogueStateTracker.from_events(tracker.sender_id, events[:cut], self.domain.slots)
        prefix: list[Event] = [ActionExecuted(ACTION_SESSION_START_NAME, timestamp=events[cut].timestamp),
                               SessionStarted(timestamp=events[cut].timestamp)]
        initial = {slot.name: slot.initial_value for slot in self.domain.slots}
        prefix += [SlotSet(name, value, timestamp=events[cut].timestamp)
                   for name, value in before.current_slot_values().items() if value != initial.get(name)]
        if before.active_loop_name:
            prefix.append(ActiveLoop(before.active_loop_name, timestamp=events[cut].timestamp))
        windowed = DialogueStateTracker.from_events(tracker.sender_id, prefix + events[cut:], self.domain.slots)
        windowed.model_id, windowed.assistant_id = tracker.model_id, tracker.assistant_id
        logger.debug(f"Conversation '{tracker.sender_id}': kept {len(events) - cut} of {len(events)} events in memory")
        return windowed


def _redact_user_message(event: UserUttered) -> None:
    """The message as stored: personal data replaced by placeholders (in place, so memory and database agree)."""
    if event.text:
        redacted = redact(event.text)
        if redacted != event.text:
            event.text = redacted
            if isinstance(event.parse_data, dict) and "text" in event.parse_data:
                event.parse_data["text"] = redacted


def _what_to_do(settings: dict[str, Any], error: Exception) -> str:
    reason = str(getattr(error, "orig", error))
    if settings.get("dialect", "sqlite") != "sqlite":
        return (f"Cannot use the conversation database ({reason}). Check that the database server is running and "
                f"the tracker_store settings in endpoints.yml (host, port, db, username, password).")
    db = settings.get("db", "rasa.db")
    if "locked" in reason:
        return (f"The conversation database {db} is locked by another program ({reason}). Stop the other SENCO "
                f"Guide (or whatever has {db} open: `fuser {db}` shows it), then start again.")
    return (f"The conversation database {db} cannot be read ({reason}). Nothing has been changed. Move it aside "
            f"(`mv {db} {db}.damaged`) and start again: a new, empty one is created. The old file can then be "
            f"inspected or recovered with `sqlite3 {db}.damaged .recover`.")


def _is_listen(event: Event) -> bool:
    return isinstance(event, ActionExecuted) and event.action_name == ACTION_LISTEN_NAME
