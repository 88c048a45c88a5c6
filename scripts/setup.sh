#!/usr/bin/env bash
# Set up everything on a fresh machine: a Python 3.10 .venv with the pinned dependencies, the project's spaCy
# pipeline, and a trained model. Each step is skipped when nothing it depends on has changed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

if ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1; then
    rm -rf .venv
    "$(find_python310)" -m venv .venv
fi

wanted=$(sha256sum requirements.lock | cut -d' ' -f1)
if [ "$(cat .venv/.requirements.sha256 2>/dev/null)" != "$wanted" ]; then
    echo "Installing pinned dependencies (about 2 minutes)..."
    .venv/bin/pip install --quiet --disable-pip-version-check "pip==24.0"
    .venv/bin/pip install --quiet --disable-pip-version-check -r requirements.lock
    echo "$wanted" > .venv/.requirements.sha256
fi

echo "Building the spaCy pipeline (build/spacy_en_senco)..."
.venv/bin/python -m nlp.build_pipeline >/dev/null

# Rasa's dry run exits 0 when the model in models/ matches config, domain and data.
if .venv/bin/rasa train --dry-run --fixed-model-name senco >/dev/null 2>&1 && [ -f models/senco.tar.gz ]; then
    echo "Model is up to date: models/senco.tar.gz"
else
    echo "Training the model (about 3 to 4 minutes on 2 cores)..."
    .venv/bin/rasa train --fixed-model-name senco > build/train.log 2>&1 || { tail -50 build/train.log; exit 1; }
    echo "Trained: models/senco.tar.gz"
fi
