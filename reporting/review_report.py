"""What real users asked that the assistant did not answer well, for the next round of training data.

Reads the tracker store (Rasa's `events` table, SQLite by default) and lists the user messages that
- fell back (nlu_fallback, or answered with the "did you mean" suggestions),
- were understood with low confidence, or
- were followed by "that's not what I asked" (typed, or the "Not what I needed" button),
grouped by the topic they most likely belong to, with counts; and what users said when asked what was missing.

    .venv/bin/python -m reporting.review_report [--db senco_tracker.db] [--since 7d] [--threshold 0.6] [--json]
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

FALLBACK_INTENT = "nlu_fallback"
FALLBACK_ACTION = "action_suggest_topics"
NOT_HELPFUL_INTENT = "feedback_not_helpful"
WHAT_WAS_MISSING = "utter_ask_what_was_missing"
LOW_CONFIDENCE = 0.6


@dataclass
class UserTurn:
    sender: str
    text: str
    intent: str | None
    confidence: float
    likely_topic: str
    answered_by: list[str] = field(default_factory=list)  # the actions that answered this message


@dataclass
class Report:
    flagged: dict[str, dict[str, Counter]]  # reason -> likely topic -> message text -> count
    missing: Counter  # what users said was missing after "not helpful"
    conversations: int
    user_messages: int

    def as_dict(self) -> dict:
        return {
            "conversations": self.conversations,
            "user_messages": self.user_messages,
            "flagged": {reason: {topic: dict(texts.most_common()) for topic, texts in topics.items()}
                        for reason, topics in self.flagged.items()},
            "what_was_missing": dict(self.missing.most_common()),
        }


def likely_topic(parse_data: dict) -> str:
    """The best guess that is not "I don't know": the top real intent (for faq, the answer the selector chose)."""
    ranking = [i for i in parse_data.get("intent_ranking") or [] if i.get("name") != FALLBACK_INTENT]
    top = ranking[0]["name"] if ranking else (parse_data.get("intent") or {}).get("name") or "unknown"
    if top == "faq":
        chosen = ((parse_data.get("response_selector") or {}).get("faq") or {}).get("response") or {}
        return chosen.get("intent_response_key") or "faq"
    return top


def since_seconds(text: str) -> float:
    """"7d", "12h", "30m" -> seconds."""
    match = re.fullmatch(r"(\d+)([dhm])", text.strip())
    if not match:
        raise argparse.ArgumentTypeError("use a number and d, h or m, e.g. 7d")
    return int(match[1]) * {"d": 86400, "h": 3600, "m": 60}[match[2]]


def read_turns(db: Path, since: float | None = None) -> list[list[UserTurn | tuple[str, str]]]:
    """Each conversation's user turns, with the bot actions between them, oldest first."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        query = "SELECT sender_id, type_name, action_name, data FROM events"
        params: tuple = ()
        if since is not None:
            query += " WHERE timestamp >= ?"
            params = (time.time() - since,)
        rows = connection.execute(query + " ORDER BY sender_id, id", params).fetchall()
    conversations: dict[str, list] = defaultdict(list)
    for sender, type_name, action_name, data in rows:
        if type_name == "user":
            event = json.loads(data)
            parse = event.get("parse_data") or {}
            intent = parse.get("intent") or {}
            conversations[sender].append(UserTurn(sender, event.get("text") or "", intent.get("name"),
                                                  float(intent.get("confidence") or 0.0), likely_topic(parse)))
        elif type_name == "action" and action_name not in (None, "action_listen", "action_read_details",
                                                           "action_extract_slots"):
            if conversations[sender] and isinstance(conversations[sender][-1], UserTurn):
                conversations[sender][-1].answered_by.append(action_name)
    return list(conversations.values())


def build_report(db: Path, since: float | None = None, threshold: float = LOW_CONFIDENCE) -> Report:
    flagged: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    missing: Counter = Counter()
    conversations = read_turns(db, since)
    messages = 0
    for turns in conversations:
        messages += len(turns)
        for before, turn, after in zip([None, *turns[:-1]], turns, [*turns[1:], None]):
            if turn.intent == NOT_HELPFUL_INTENT:
                continue  # the complaint itself: its question is flagged below
            if before is not None and WHAT_WAS_MISSING in before.answered_by:
                missing[turn.text] += 1
            if turn.intent == FALLBACK_INTENT or FALLBACK_ACTION in turn.answered_by:
                flagged["fell back"][turn.likely_topic][turn.text] += 1
            elif turn.confidence < threshold and not turn.text.startswith("/"):
                flagged["low confidence"][turn.likely_topic][turn.text] += 1
            if after is not None and after.intent == NOT_HELPFUL_INTENT:
                flagged["not what they asked"][turn.likely_topic][turn.text] += 1
    return Report(flagged, missing, len(conversations), messages)


def print_report(report: Report) -> None:
    print(f"{report.conversations} conversations, {report.user_messages} user messages.")
    for reason in ("fell back", "low confidence", "not what they asked"):
        topics = report.flagged.get(reason, {})
        total = sum(sum(texts.values()) for texts in topics.values())
        print(f"\n## {reason}: {total}")
        for topic, texts in sorted(topics.items(), key=lambda item: -sum(item[1].values())):
            print(f"  {topic} ({sum(texts.values())})")
            for text, count in texts.most_common():
                print(f"    {count} x {text}")
    print(f"\n## what users said was missing: {sum(report.missing.values())}")
    for text, count in report.missing.most_common():
        print(f"    {count} x {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("senco_tracker.db"))
    parser.add_argument("--since", type=since_seconds, help="only conversations from the last 7d, 12h, 30m")
    parser.add_argument("--threshold", type=float, default=LOW_CONFIDENCE, help="low confidence below this")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"No tracker store at {args.db}: start the assistant and talk to it first.")
    report = build_report(args.db, args.since, args.threshold)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        print_report(report)


if __name__ == "__main__":
    main()
