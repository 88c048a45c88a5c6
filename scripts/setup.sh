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

# The web widget (rasa-webchat, pinned by web/package-lock.json) is served from web/node_modules: no CDN.
if [ ! -f web/node_modules/rasa-webchat/lib/index.js ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then
    echo "Installing the web widget (npm ci)..."
    (cd web && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi

# Browser tests drive Debian's Chromium (Playwright must never download its own browser).
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing Chromium for the browser tests (apt-get)..."
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
    else
        echo "Note: Chromium is not installed; the browser test needs Debian's chromium package." >&2
    fi
fi

echo "Building the spaCy pipeline (build/spacy_en_senco)..."
.venv/bin/python -m nlp.build_pipeline >/dev/null

# The model in models/ is up to date when it was trained from this config, domain and data. (Rasa's own dry run
# only says whether its training cache holds every component: after data is changed and changed back, it answers
# "nothing to train" while models/senco.tar.gz is still the other data's model.)
fingerprint=$(scripts/model_fingerprint.sh)
if [ -f models/senco.tar.gz ] && [ "$(cat models/senco.fingerprint 2>/dev/null)" = "$fingerprint" ]; then
    echo "Model is up to date: models/senco.tar.gz"
else
    echo "Training the model (about 3 to 4 minutes on 2 cores; less when Rasa's cache has the parts)..."
    .venv/bin/rasa train --fixed-model-name senco > build/train.log 2>&1 || { tail -50 build/train.log; exit 1; }
    echo "$fingerprint" > models/senco.fingerprint
    echo "Trained: models/senco.tar.gz"
fi
