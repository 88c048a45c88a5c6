"""Where SENCO Guide changes how Rasa 3.6.21 itself behaves, all for the cost of a turn. Nothing else does.

- `answering`: the actions that only translate between the conversation and the rules module (answering a
  question, the deadline, the suggestions) run in the Rasa process with rasa-sdk's own executor, instead of an
  HTTP call to the action server (replaces `RemoteAction.run` for those three).
- `action_server_down`: when a custom action cannot be run (action server down, slow or failing), the user gets
  "please try again in a minute" and the static answer where one exists, never an empty reply; logged once.
- `incoming_text`: every message's text is cleaned (broken and invisible characters) before Rasa reads it, and a
  message over the length limit is answered with "one question at a time" instead of being read.
- `lock_waiting`: a message waiting behind a ticket whose holder died goes ahead once that ticket expires (Rasa's
  waited for ever once its own ticket had expired too).
- `action_calls`: the action server's reply is validated with a schema validator built once, and each call
  carries only the current turn's events (replaces two `RemoteAction` methods).
- `model_loading`: a trained DIET or ResponseSelector is loaded for prediction without first tracing a training
  step (half of the start-up time); the weights are the checkpoint's either way.
- `nlu_thread`: the NLU pipeline runs on a worker thread, so the event loop serves other requests meanwhile.
- `response_selection`: the faq ResponseSelector runs only on messages whose intent is faq (one TensorFlow
  inference per message instead of two).
- `slot_reading`: the user's details are read in the Rasa process by the same plain-Python reader the action
  `action_read_details` uses, instead of a call to the action server on every message.
- `tracker_store`: `WindowedSQLTrackerStore`, the SQL tracker store that keeps recent conversations in memory and
  writes new events through to the database (a subclass; endpoints.yml names it). It also removes personal data
  from what it stores and erases a conversation its user asked to delete (`privacy/`).

Importing this package installs the others. endpoints.yml's tracker store type imports it, so
`rasa run`, `rasa shell` and the scripts all load it. `tests/test_rasa_overrides.py` pins the Rasa code these
replace: after a Rasa upgrade it fails until each override has been checked against the new code.
"""
from rasa_overrides import (action_calls, action_server_down, answering, incoming_text, lock_waiting, model_loading,
                            nlu_thread, response_selection, slot_reading)

from privacy import log_scrubbing  # noqa: E402  (not an override: a log filter, installed with them)

log_scrubbing.install()
action_calls.install()
answering.install()
action_server_down.install()  # after answering: it wraps whichever RemoteAction.run is in place
incoming_text.install()
lock_waiting.install()
model_loading.install()
nlu_thread.install()
response_selection.install()
slot_reading.install()
