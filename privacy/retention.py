"""How long conversations are kept, and deleting them.

    scripts/forget.sh --older-than 30d     delete every conversation with no message for 30 days (the default:
                                           SENCO_RETENTION_DAYS, else 30)
    scripts/forget.sh --sender <id>        delete one conversation (a user's request made some other way)

Works on whatever tracker store endpoints.yml names (SQLite here, PostgreSQL in production), through Rasa's own
URL for it. A running assistant notices on the conversation's next message (its newest stored event changed) and
starts it afresh. On SQLite, deleted rows are overwritten (`secure_delete`), not just unlinked.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

DEFAULT_RETENTION_DAYS = int(os.environ.get("SENCO_RETENTION_DAYS", "30"))
EVENTS_TABLE = "events"  # Rasa's SQLTrackerStore table


def delete_conversation(connection: Any, events: sa.Table, sender_id: str) -> int:
    """Delete one conversation's events; the number of rows deleted."""
    return connection.execute(events.delete().where(events.c.sender_id == sender_id)).rowcount


def delete_older_than(connection: Any, events: sa.Table, days: float, now: float | None = None) -> int:
    """Delete every conversation whose newest event is older than `days`; the number of conversations deleted."""
    cutoff = (now if now is not None else time.time()) - days * 86400
    stale = sa.select(events.c.sender_id).group_by(events.c.sender_id).having(sa.func.max(events.c.timestamp) < cutoff)
    senders = [row[0] for row in connection.execute(stale)]
    for start in range(0, len(senders), 500):  # SQLite limits the parameters of one statement
        connection.execute(events.delete().where(events.c.sender_id.in_(senders[start:start + 500])))
    return len(senders)


def parse_days(text: str) -> float:
    """'30d', '30' (days) or '12h'."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([dh]?)\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"expected a number of days such as 30d (or hours: 12h), not {text!r}")
    value = float(match.group(1))
    return value / 24 if match.group(2) == "h" else value


def database_url(endpoints_file: Path) -> str:
    """The tracker store's database URL, built by Rasa from endpoints.yml (environment variables expanded)."""
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.core.utils import read_endpoints_from_path

    store = read_endpoints_from_path(endpoints_file).tracker_store
    if store is None:
        raise SystemExit(f"{endpoints_file} names no tracker store: nothing is stored, nothing to delete.")
    settings = dict(store.kwargs)
    return str(SQLTrackerStore.get_db_url(
        settings.get("dialect", "sqlite"), store.url or settings.get("host"), settings.get("port"),
        settings.get("db", "rasa.db"), settings.get("username"), settings.get("password"),
        settings.get("login_db"), settings.get("query")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Delete stored conversations (README: Data protection).")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--older-than", type=parse_days, metavar="DAYS",
                      help=f"delete conversations with no message for this long (default {DEFAULT_RETENTION_DAYS}d)")
    what.add_argument("--sender", help="delete this one conversation")
    parser.add_argument("--endpoints", type=Path, default=Path("endpoints.yml"))
    args = parser.parse_args(argv)

    engine = sa.create_engine(database_url(args.endpoints))
    if not sa.inspect(engine).has_table(EVENTS_TABLE):
        print("No conversations stored yet.")
        return 0
    events = sa.Table(EVENTS_TABLE, sa.MetaData(), autoload_with=engine)
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA secure_delete = ON")
        if args.sender:
            rows = delete_conversation(connection, events, args.sender)
            print(f"Deleted conversation {args.sender!r} ({rows} events).")
        else:
            days = args.older_than if args.older_than is not None else DEFAULT_RETENTION_DAYS
            count = delete_older_than(connection, events, days)
            print(f"Deleted {count} conversation(s) with no message for {days:g} days.")
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:  # fold the write-ahead log in, so old pages leave it too
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
