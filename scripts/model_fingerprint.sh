#!/usr/bin/env bash
# The fingerprint of what the model is trained from: config, domain and data. scripts/setup.sh and the Dockerfile
# retrain when it differs from models/senco.fingerprint (Rasa's dry run only checks its own training cache).
set -euo pipefail
cd "$(dirname "$0")/.."
cat config.yml domain.yml $(find data -name '*.yml' | sort) | sha256sum | cut -d' ' -f1
