"""Play a fixed set of conversations to the assistant and record, or compare, every reply.

    .venv/bin/python benchmarks/reply_probe.py --record      # write tests/recorded_replies.json
    .venv/bin/python benchmarks/reply_probe.py               # compare with it; exit 1 on any difference

Without --url it starts its own servers (date pinned to the tests' date); with --url it asks a running one,
which must run with SENCO_TODAY=2026-11-22 for the dates to match. The conversations are the user turns of
tests/test_stories.yml plus benchmarks/probe_conversations.yml. tests/test_recorded_replies.py runs the same
comparison against the test session's servers, so a speed change that alters an answer fails the suite.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.assistant_process import post_message, senco_guide  # noqa: E402

RECORDED = ROOT / "tests" / "recorded_replies.json"
ANNOTATION = re.compile(r"\[([^\]]+)\]\([^)]*\)")  # "[npq senco](qualification)" -> "npq senco"


def conversations() -> dict[str, list[str]]:
    """Conversation id -> user turns."""
    found: dict[str, list[str]] = {}
    for story in yaml.safe_load((ROOT / "tests" / "test_stories.yml").read_text())["stories"]:
        turns = [ANNOTATION.sub(r"\1", step["user"]).strip() for step in story["steps"] if "user" in step]
        found[f"story: {story['story']}"] = turns
    for case in yaml.safe_load((ROOT / "benchmarks" / "probe_conversations.yml").read_text()):
        found[case["id"]] = case["turns"]
    return found


def reply_lines(messages: list[dict]) -> list[str]:
    """A reply as comparable lines: each text, then each button as 'title -> payload'."""
    lines = []
    for message in messages:
        lines.append(message.get("text", ""))
        lines.extend(f"  [{b.get('title')} -> {b.get('payload')}]" for b in message.get("buttons") or [])
    return lines


def play(url: str, run_id: str = "probe") -> dict[str, list[dict]]:
    played = {}
    for number, (name, turns) in enumerate(conversations().items()):
        sender = f"{run_id}-{number}"
        played[name] = [{"say": text, "reply": reply_lines(post_message(url, sender, text))} for text in turns]
    return played


def differences(recorded: dict, played: dict) -> list[str]:
    """Human-readable differences, one block per changed turn."""
    found = []
    for name in sorted(set(recorded) | set(played)):
        before, after = recorded.get(name), played.get(name)
        if before is None or after is None:
            found.append(f"{name}: only in {'the new run' if before is None else 'the recording'}")
            continue
        for turn_before, turn_after in zip(before, after):
            if turn_before != turn_after:
                diff = "\n".join(difflib.unified_diff(turn_before["reply"], turn_after["reply"], lineterm="", n=0))
                found.append(f"{name} / {turn_after['say']!r}:\n{diff}")
        if len(before) != len(after):
            found.append(f"{name}: {len(before)} turns recorded, {len(after)} played")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running assistant (started with SENCO_TODAY=2026-11-22)")
    parser.add_argument("--record", action="store_true", help="write the recording instead of comparing")
    args = parser.parse_args()
    if args.url:
        played = play(args.url)
    else:
        with tempfile.TemporaryDirectory() as work, senco_guide(Path(work)) as assistant:
            played = play(assistant.url)
    if args.record:
        RECORDED.write_text(json.dumps(played, indent=1, ensure_ascii=False) + "\n")
        print(f"recorded {sum(len(t) for t in played.values())} turns of {len(played)} conversations")
        return 0
    found = differences(json.loads(RECORDED.read_text()), played)
    print("\n\n".join(found) or "no differences")
    print(f"{len(found)} changed turns of {sum(len(t) for t in played.values())}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
