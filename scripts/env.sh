# Shared by the scripts: find Python 3.10 (Rasa 3.6 needs >=3.8,<3.11) and quieten TensorFlow's start-up logs.
export TF_CPP_MIN_LOG_LEVEL=2 SQLALCHEMY_SILENCE_UBER_WARNING=1
# No telemetry or crash reports to Rasa (Sentry, Segment): conversations are personal data, and nothing here may
# reach the internet at run time.
export RASA_TELEMETRY_ENABLED=false

find_python310() {
    # `python3.10` may be a pyenv shim that is not active, so check each candidate really runs 3.10.
    local candidate
    for candidate in python3.10 "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.10*/bin/python3.10 \
                     /root/.pyenv/versions/3.10*/bin/python3.10 /usr/local/bin/python3.10 /usr/bin/python3.10; do
        if "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1; then
            echo "$candidate"
            return 0
        fi
    done
    echo "Python 3.10 not found: Rasa 3.6 needs Python >=3.8,<3.11" >&2
    return 1
}
