"""Waiting for a conversation's lock. Replaces `LockStore._acquire_lock` of Rasa 3.6.21 (rasa/core/lock_store.py).

Rasa serves a conversation's messages one at a time by tickets with a lifetime (TICKET_LOCK_LIFETIME). A message
waits while the ticket being served is not its own. When a replica is killed while holding a ticket, that ticket
only expires; but the waiting message's own ticket, issued a moment later, expires a moment later too, and once
both have gone Rasa compares "now serving: none" with its ticket and waits for ever (measured with the Redis lock
store: a message behind a dead ticket got no reply within 60 s; the REST client saw a timeout). Here a message
goes ahead as soon as no live ticket older than its own is left, whether or not its own is still there, and a lock
that has disappeared (deleted by the last holder) no longer raises LockError: there is nothing left to wait for.
"""
from __future__ import annotations

import asyncio
import logging

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LockStore

logger = logging.getLogger(__name__)


async def acquire_lock(self: LockStore, conversation_id: str, ticket: int, wait_time_in_seconds: float) -> TicketLock:
    while True:
        lock = self.get_lock(conversation_id)
        if lock is None:
            return self.get_or_create_lock(conversation_id)
        if not any(t.number < ticket and not t.has_expired() for t in lock.tickets):
            return lock
        await asyncio.sleep(wait_time_in_seconds)
        self.update_lock(conversation_id)


REPLACED = {"_acquire_lock": LockStore._acquire_lock}


def install() -> None:
    LockStore._acquire_lock = acquire_lock  # type: ignore[method-assign]
