"""Does our spaCy pipeline (tokens, lookup lemmas, EntityRuler) help DIET? Train NLU-only models with each
pipeline variant and score them on the held-out phrasings (tests/nlu_holdout.yml).

    .venv/bin/python benchmarks/compare_nlu_pipelines.py [--variants spacy,whitespace,spacy_no_lemma]

Takes about 3 minutes a variant on 2 cores. Writes build/pipeline_comparison.json and prints a table.
"""
from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
RASA = str(Path(sys.executable).with_name("rasa"))


def variant_config(name: str) -> dict:
    config = yaml.safe_load((ROOT / "config.yml").read_text())
    pipeline = copy.deepcopy(config["pipeline"])
    if name == "whitespace":
        # No spaCy at all: whitespace tokens, no lemmas, no EntityRuler (so no entities for the actions).
        spacy_parts = {"SpacyNLP", "SpacyTokenizer", "SpacyEntityExtractor"}
        pipeline = [c for c in pipeline if c["name"] not in spacy_parts]
        pipeline.insert(0, {"name": "WhitespaceTokenizer"})
    elif name == "spacy_no_lemma":
        for component in pipeline:
            if component["name"] == "CountVectorsFeaturizer" and component.get("analyzer", "word") == "word":
                component["use_lemma"] = False
    elif name != "spacy":
        raise ValueError(name)
    config["pipeline"] = pipeline
    config.pop("policies", None)
    return config


def evaluate(name: str, work: Path) -> dict:
    config_path = work / f"{name}.yml"
    config_path.write_text(yaml.safe_dump(variant_config(name)))
    started = time.perf_counter()
    subprocess.run([RASA, "train", "nlu", "--config", str(config_path), "--nlu", "data/nlu", "--out", str(work),
                    "--fixed-model-name", name], cwd=ROOT, check=True, capture_output=True)
    trained_in = time.perf_counter() - started
    out = work / f"results-{name}"
    subprocess.run([RASA, "test", "nlu", "--model", str(work / f"{name}.tar.gz"), "--nlu", "tests/nlu_holdout.yml",
                    "--out", str(out)], cwd=ROOT, check=True, capture_output=True)
    intents = json.loads((out / "intent_report.json").read_text())
    selection_file = out / "response_selection_report.json"
    selection = round(json.loads(selection_file.read_text())["accuracy"], 3) if selection_file.exists() else None
    return {"variant": name, "intent_accuracy": round(intents["accuracy"], 3),
            "intent_weighted_f1": round(intents["weighted avg"]["f1-score"], 3),
            "response_selection_accuracy": selection, "training_seconds": round(trained_in)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default="spacy,whitespace,spacy_no_lemma")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in args.variants.split(","):
            results.append(evaluate(name, work))
            print(results[-1], flush=True)
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "pipeline_comparison.json").write_text(json.dumps(results, indent=1))
    print(f"\n{'variant':<16}{'intent acc':>11}{'intent F1':>11}{'response sel':>14}{'train s':>9}")
    for r in results:
        print(f"{r['variant']:<16}{r['intent_accuracy']:>11}{r['intent_weighted_f1']:>11}"
              f"{str(r['response_selection_accuracy']):>14}{r['training_seconds']:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
