"""`rasa`, as the run scripts start it: third-party deprecation warnings are not shown.

TensorFlow, Click, pkg_resources, matplotlib and others warn about their own deprecated APIs at import, a screen
of text before "Bot loaded" that says nothing to someone chatting or running the server. PYTHONWARNINGS cannot
hide them: a library imported on the way adds a "once" filter for DeprecationWarning ahead of it. So the warning
is dropped where it would be shown. The tests run plain `rasa` and still see them.
"""
import logging
import sys
import warnings

DEPRECATIONS = (DeprecationWarning, PendingDeprecationWarning)
_show = warnings.showwarning


def _show_unless_deprecation(message, category, *args, **kwargs):
    if not issubclass(category, DEPRECATIONS):
        _show(message, category, *args, **kwargs)


class _NoDeprecations(logging.Filter):  # for when warnings are routed to logging (logging.captureWarnings)
    def filter(self, record: logging.LogRecord) -> bool:
        return "DeprecationWarning" not in record.getMessage()


warnings.showwarning = _show_unless_deprecation
logging.getLogger("py.warnings").addFilter(_NoDeprecations())

if __name__ == "__main__":
    from rasa.__main__ import main

    sys.exit(main())
