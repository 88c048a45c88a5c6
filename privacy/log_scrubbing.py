"""No message text in the logs at the default level (README "Data protection").

Rasa 3.6's REST channel logs the user's whole message at error level when a turn is cancelled (the client or a
proxy gave up waiting) or fails: `rest.message.received.timeout` and `rest.message.received.failure`. This filter
keeps those records (they say something went wrong) but replaces the text with its length.
"""
from __future__ import annotations

import json
import logging
import re

LOGGERS = ("rasa.core.channels.rest",)
_TEXT_FIELD = re.compile(r'"text": "(?:[^"\\]|\\.)*"')


class DropMessageText(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, dict) and "text" in record.msg:
            record.msg = {**record.msg, "text": f"[{len(str(record.msg['text']))} characters, not logged]"}
        elif isinstance(record.msg, str) and '"text":' in record.msg:
            record.msg = _TEXT_FIELD.sub(lambda m: f'"text": "[{len(json.loads("{" + m.group(0) + "}")["text"])} '
                                                   f'characters, not logged]"', record.msg)
        return True


def install() -> None:
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, DropMessageText) for f in logger.filters):
            logger.addFilter(DropMessageText())
