"""Kill a GreenDesk operation just before its Nth file-system call (SIGKILL), many times over.

One long-lived child imports GreenDesk once, then forks a process per run (Python's start-up would
otherwise dominate the loop). The test's ``RUN`` code defines ``run(fields, kill_before)``: it does
its set-up, calls ``kill_before(limit)`` to hook the os functions named in ``hooked``, and then the
operation; the child reports whether the run was killed or how it exited.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable, Sequence

LOOP = """
import os, signal, sys, traceback

HOOKED = {hooked!r}


def kill_before(limit):
    calls = [0]

    def hooked(real):
        def call(*args, **kwargs):
            calls[0] += 1
            if calls[0] == limit:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)

        return call

    for name in HOOKED:
        setattr(os, name, hooked(getattr(os, name)))


for line in sys.stdin:
    fields = line.rstrip("\\n").split("\\t")
    pid = os.fork()
    if pid == 0:
        try:
            run(fields, kill_before)
        except BaseException:
            traceback.print_exc()
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    print("killed" if killed else f"exit {{os.waitstatus_to_exitcode(status)}}", flush=True)
"""


class KillChild:
    """The forking child: ``run_once(fields)`` returns ``"killed"`` or ``"exit N"``."""

    def __init__(self, run_code: str, hooked: Iterable[str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", run_code + LOOP.format(hooked=tuple(hooked))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONPATH": os.getcwd()},
        )

    def run_once(self, fields: Sequence[str]) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("\t".join(fields) + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
