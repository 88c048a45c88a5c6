"""Build the project's own spaCy pipeline: blank English, lookup lemmatiser, EntityRuler for domain terms.

No pretrained pipeline can be downloaded here, so we build one from code and Rasa's SpacyNLP loads it by path.
Usage: python nlp/build_pipeline.py [OUTPUT_DIR]   (default build/spacy_en_senco)
"""
from __future__ import annotations

import sys
from pathlib import Path

import spacy

from nlp.domain_terms import load_terms
DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "build" / "spacy_en_senco"


def ruler_patterns(terms: dict[str, dict[str, list[str]]]) -> list[dict]:
    """One phrase pattern per phrasing; `id` keeps the canonical value for anyone who reads ent_id_."""
    return [
        {"label": label, "pattern": str(phrase), "id": canonical}
        for label, values in terms.items()
        for canonical, phrases in values.items()
        for phrase in phrases
    ]


def build(output: Path = DEFAULT_OUTPUT) -> Path:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    # Patterns written as strings are tokenised through the pipeline, so initialise (load lookup tables) first.
    nlp.initialize()
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    ruler.add_patterns(ruler_patterns(load_terms()))
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return output


if __name__ == "__main__":  # run from the project root: python -m nlp.build_pipeline
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT))
