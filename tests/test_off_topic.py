"""The off-topic guard (nlp/off_topic.py) declines only what is not ours: no training example of any intent but
out_of_scope, and no turn of a held-out case that is not itself off-topic, may read as "about something else"."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from nlp.off_topic import about_something_else

ROOT = Path(__file__).parent.parent
OFF_TOPIC_ID = re.compile(r"off-?topic|oos", re.I)  # an off-topic case filed under another topic ("chitchat")
ANNOTATION = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # "[academy](setting_type)" -> "academy"


def training_examples() -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for item in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            if "intent" not in item or item["intent"] == "out_of_scope":
                continue
            for line in (item.get("examples") or "").splitlines():
                text = ANNOTATION.sub(r"\1", line.strip()[2:].strip())
                if text:
                    found.append((item["intent"], text))
    return found


def on_topic_held_out_turns() -> list[tuple[str, str]]:
    found = []
    for path in sorted(ROOT.glob("tests/heldout_*.yml")) + [ROOT.parent / "shared" / "eval" / "dev.yml"]:
        if not path.exists():
            continue
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if case.get("topic") in ("out-of-scope", "offtopic", "off-topic") or OFF_TOPIC_ID.search(case["id"]):
                continue
            found += [(case["id"], turn.get("say") or "") for turn in case.get("turns", [])]
    return found


def test_no_training_example_is_declined_as_off_topic():
    declined = [(intent, text) for intent, text in training_examples() if about_something_else(text, [])]
    assert not declined


def test_no_on_topic_held_out_turn_is_declined_as_off_topic():
    declined = [(case, text) for case, text in on_topic_held_out_turns() if about_something_else(text, [])]
    assert not declined
