"""A second start on the same workspace brings the running window forward instead of opening another.

The instance that holds the workspace lock and shows its main window listens on a local socket (a named pipe on
Windows) named after the workspace folder and the user. A later start asks it to raise its window; when it
answers, the later start ends quietly with ``EXIT_ALREADY_OPEN``. When nobody answers (the other GreenDesk is
still at its sign-in, or runs on another computer), the lock refusal explains who has the workspace.
"""

from __future__ import annotations

import ctypes
import getpass
import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

RAISE = b"raise\n"
RAISED = b"raised\n"
TIMEOUT_MS = 1500


def server_name(data_dir: Path) -> str:
    """One name per workspace folder and user; Windows compares folder names without case."""
    folder = str(data_dir.resolve())
    if sys.platform == "win32":
        folder = folder.casefold()
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        user = ""
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:24]
    return f"GreenDesk-{digest}"


def _bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class RaiseServer(QObject):
    """Listens while ``window`` lives (it is the parent) and raises it when a later start asks."""

    def __init__(self, window: QWidget, data_dir: Path) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        # A socket file left by a GreenDesk that was killed; only the lock holder listens, so it is not live.
        QLocalServer.removeServer(name)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda connection=connection: self._answer(connection))
            connection.disconnected.connect(connection.deleteLater)

    def _answer(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(RAISE):
            _bring_forward(self.window)
            connection.write(RAISED)
            connection.flush()
        connection.disconnectFromServer()


def _allow_foreground() -> None:
    """Windows lets only the foreground process hand the foreground on: this start (the user's click) does."""
    if sys.platform == "win32":
        any_process = -1
        ctypes.windll.user32.AllowSetForegroundWindow(any_process)


def ask_running_to_raise(data_dir: Path) -> bool:
    """True when a GreenDesk showing this workspace's window answered and brought it forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    try:
        _allow_foreground()
        socket.write(RAISE)
        if not socket.waitForBytesWritten(TIMEOUT_MS):
            return False
        answer = b""
        while RAISED not in answer and socket.waitForReadyRead(TIMEOUT_MS):
            answer += bytes(socket.readAll().data())
        return RAISED in answer
    finally:
        socket.abort()
