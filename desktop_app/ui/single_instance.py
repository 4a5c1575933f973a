"""One window per notes folder: a second launch hands what it was asked to open to the running window and
exits, as Anki and Zotero do.

The window listens on a local socket (a named pipe on Windows) named after the user and the data folder,
so an installed copy and a portable copy on a USB stick, with their own notes, still run side by side.
The message is one line of JSON: {"operands": [...], "cwd": "..."}; the receiver answers "ok". The notes
file's own lock keeps protecting it against two writers whatever happens here.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MAX_MESSAGE_BYTES = 256 * 1024  # a few hundred paths or links; anything more is not from a launch
MAX_OPERANDS = 100
ANSWER = b"ok\n"
HAND_OVER_MS = 3000


def server_name(data_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this user id (a container, say): the folder alone tells
        user = ""
    key = f"{user}\n{data_dir.expanduser().resolve()}".encode()
    return "44days-" + hashlib.sha256(key).hexdigest()[:24]


def hand_over(name: str, operands: list[str], cwd: Path, timeout_ms: int = HAND_OVER_MS) -> bool:
    """Give `operands` to the window listening on `name`; False when none is listening (or it did not
    answer), and this process should open the window itself."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    message = json.dumps({"operands": operands[:MAX_OPERANDS], "cwd": str(cwd)}).encode() + b"\n"
    socket.write(message)
    if not socket.waitForBytesWritten(timeout_ms):
        return False
    answer = b""
    while len(answer) < len(ANSWER) and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer.startswith(ANSWER)


class InstanceServer(QObject):
    """Listens for later launches; `received` carries their operands and working folder."""

    received = Signal(list, str)
    # `received` goes out from the event loop, never from inside the socket's readyRead: opening may ask a
    # question in a dialog, the launch leaves meanwhile, and its socket deleted under its own readyRead crashed
    # the window.
    _heard = Signal(list, str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._heard.connect(self.received, Qt.ConnectionType.QueuedConnection)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # this user's launches only
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False if another window got there first (hand over to it instead)."""
        if self._server.listen(self.name):
            return True
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(500):  # a live window: it is the one
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)  # left behind by a window that crashed
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE_BYTES:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        self._buffers[socket] = b""
        try:
            message = json.loads(data.split(b"\n", 1)[0])
            operands = [str(o) for o in message["operands"]][:MAX_OPERANDS]
            cwd = str(message["cwd"])
        except (ValueError, KeyError, TypeError):
            socket.abort()  # not a 44 Days launch
            return
        socket.write(ANSWER)
        socket.flush()
        self._heard.emit(operands, cwd)
