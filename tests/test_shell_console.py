"""`rasa shell` with the action server, driven under a pseudo-terminal as a person would type into it."""
from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import free_port

ROOT = Path(__file__).resolve().parent.parent
RASA = str(Path(sys.executable).with_name("rasa"))
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\r")


def read_until(fd: int, pattern: str, timeout: float) -> str:
    seen = ""
    deadline = time.time() + timeout
    while time.time() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen += ANSI.sub("", os.read(fd, 65536).decode(errors="replace"))
            except OSError:
                break
            if re.search(pattern, seen, re.I | re.S):
                return seen
    raise AssertionError(f"no /{pattern}/ within {timeout} s; the shell showed:\n{seen[-2000:]}")


def test_shell_answers_a_question(running_servers):
    main, secondary = pty.openpty()
    shell = subprocess.Popen(
        # As scripts/run.sh starts it (rasa_quiet.py: no screen of third-party deprecation warnings). rasa shell
        # serves on a port of its own (5005 by default, which may be taken): use a free one.
        [sys.executable, "scripts/rasa_quiet.py", "shell", "--model", "models/senco.tar.gz", "--endpoints", str(running_servers["endpoints"]),
         "--port", str(free_port())],
        cwd=ROOT, env={**running_servers["env"], "TERM": "xterm"},
        stdin=secondary, stdout=secondary, stderr=secondary, close_fds=True,
    )
    os.close(secondary)
    try:
        opening = read_until(main, r"Your input ->", timeout=180)
        assert "DeprecationWarning" not in opening and "deprecated" not in opening.lower(), opening[:2000]
        os.write(main, b"is the npq senco funded for academies\r")
        answer = read_until(main, r"scholarship funding.*Source:.*Your input ->", timeout=60)
        assert "rule from" in answer
        os.write(main, b"/stop\r")
        shell.wait(timeout=30)
    finally:
        if shell.poll() is None:
            shell.kill()
        os.close(main)
