"""One window per data folder: a second launch hands its paths to the running window.

The first vtviewer to open a data folder listens on a local socket named after the user
and that folder (QLocalServer); a later launch with the same folder connects, sends the
paths it was given (a PDF or folder from a file manager, or nothing: then the window is
only raised) and exits. Another data folder (--data-dir) is another archive and gets its
own window.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

#: How long a second launch waits for the running window to answer.
TIMEOUT_MS = 2000
#: A request is a few paths; anything larger is not ours.
MAX_REQUEST = 1_000_000


def server_name(data_root: Path) -> str:
    """The socket's name for this user and data folder (short: sockets have a length
    limit, and the folder's path may be long)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    digest = hashlib.sha256(f"{user}\0{data_root.resolve()}".encode()).hexdigest()[:16]
    return f"vtviewer-{digest}"


def hand_over(name: str, paths: Sequence[str], timeout_ms: int = TIMEOUT_MS) -> bool:
    """Give ``paths`` to the window listening as ``name``; False when none answers (this
    launch opens the window itself)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    payload = json.dumps({"paths": list(paths)}).encode("utf-8") + b"\n"
    socket.write(payload)
    if not socket.waitForBytesWritten(timeout_ms):
        socket.abort()
        return False
    answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()).startswith(
        b"ok"
    )
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later launches of vtviewer on the same data folder.

    Signals:
        paths_received(list): the paths a later launch was given (may be empty: raise
            the window).
    """

    paths_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def listen(self) -> bool:
        """Start listening; a socket left behind by a vtviewer that crashed is removed
        first (no window answers on it: ``hand_over`` was tried before)."""
        if self._server.listen(self._name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self._name)
            if self._server.listen(self._name):
                return True
        log.warning("cannot listen for other launches: %s", self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer.extend(bytes(socket.readAll().data()))
        if len(buffer) > MAX_REQUEST:
            log.warning("a request from another launch was too large; dropped")
            socket.abort()
            return
        if b"\n" not in buffer:
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        try:
            data = json.loads(line.decode("utf-8"))
            paths = [str(p) for p in data.get("paths", []) if isinstance(p, str)]
        except (ValueError, AttributeError, UnicodeDecodeError):
            log.warning("a request from another launch could not be read; dropped")
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.paths_received.emit(paths)
