"""The held-out questions (tests/heldout_*.yml) measure the assistant on questions it never trained on: none of
their sentences, nor a near copy, may appear in the training data or the probe conversations."""
from __future__ import annotations

import difflib
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ROOT / "tests" / "heldout_questions.yml"  # the set written before any data changed
HELD_OUT_SETS = sorted((ROOT / "tests").glob("heldout_*.yml"))
TRAINING = [*sorted((ROOT / "data").rglob("*.yml")), ROOT / "benchmarks" / "probe_conversations.yml"]
NEAR_COPY = 0.9  # difflib ratio above which two sentences count as the same question


def normalise(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # "[academy](setting_type)" -> "academy"
    return " ".join(re.findall(r"[a-z0-9£']+", text.lower()))


def held_out_sentences() -> list[str]:
    cases = [case for path in HELD_OUT_SETS for case in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return [normalise(turn["say"]) for case in cases for turn in case["turns"]]


def training_sentences() -> list[str]:
    found = []
    for path in TRAINING:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line.startswith("- ") or line.startswith("say:") or line.startswith("- say:"):
                found.append(normalise(line.split(":", 1)[1] if line.lstrip("- ").startswith("say:") else line[2:]))
    return [s for s in found if len(s.split()) >= 3]


def test_the_held_out_set_is_big_enough():
    assert len(yaml.safe_load(HELD_OUT.read_text(encoding="utf-8"))) >= 60


def test_no_held_out_sentence_is_in_the_training_data():
    training = training_sentences()
    assert len(training) > 500
    copies = []
    for sentence in held_out_sentences():
        if len(sentence.split()) < 3:
            continue  # "how long?" is not a sentence anyone can own
        close = difflib.get_close_matches(sentence, training, n=1, cutoff=NEAR_COPY)
        if close:
            copies.append((sentence, close[0]))
    assert not copies, copies
