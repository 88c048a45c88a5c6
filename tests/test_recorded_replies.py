"""The live replies to a fixed set of conversations are the ones recorded in tests/recorded_replies.json.

So a change made for speed (or anything else) cannot quietly change an answer. When a change is meant to improve
answers, re-record with `benchmarks/reply_probe.py --record` and name each difference in the commit message.
"""
from __future__ import annotations

import json

from benchmarks.reply_probe import RECORDED, differences, play


def test_replies_are_the_recorded_ones(assistant):
    found = differences(json.loads(RECORDED.read_text()), play(assistant, run_id="pytest-probe"))
    assert not found, "\n\n".join(found)
