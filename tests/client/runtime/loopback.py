"""A raw-socket HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, for faults httpx2.MockTransport hides.

Each connection runs ``serve(connection)`` in its own thread. The server counts the connections it accepted
and those still open, so tests see whether the client reused, closed or leaked them.
"""

from __future__ import annotations

import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

Serve = Callable[["Connection"], None]
HEAD_END = b"\r\n\r\n"


class Connection:
    """One accepted connection: read requests from it, write raw bytes to it."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self._buffer = b""

    def read_request(self) -> bytes | None:
        """The next request (head and Content-Length body), or None when the client closed the connection."""
        while HEAD_END not in self._buffer:
            if not self._receive():
                return None
        head, _, rest = self._buffer.partition(HEAD_END)
        length = _content_length(head)
        while len(rest) < length:
            if not self._receive():
                return None
            rest = self._buffer.partition(HEAD_END)[2]
        self._buffer = rest[length:]
        return head + HEAD_END + rest[:length]

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def reset(self) -> None:
        """Abort the connection: the client's next read fails with a reset, not a clean end."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()

    def wait_closed(self) -> None:
        """Block until the client closes its end (or the server shuts down)."""
        while self._receive():
            pass

    def _receive(self) -> bool:
        try:
            data = self.sock.recv(65536)
        except OSError:
            return False
        self._buffer += data
        return bool(data)


class LoopbackServer:
    def __init__(self, serve: Serve, tls: ssl.SSLContext | None = None) -> None:
        self._serve = serve
        self._tls = tls
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.accepted = 0
        self.open = 0
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)

    def stop(self) -> None:
        with suppress(OSError):  # wakes the accept() that close() alone would leave blocked
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(timeout=5)

    def wait_until(self, condition: Callable[[LoopbackServer], bool], seconds: float = 5.0) -> bool:
        """Poll ``condition`` until it holds or ``seconds`` pass (connection threads finish asynchronously)."""
        deadline = time.monotonic() + seconds
        while not condition(self):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)
        return True

    def _accept(self) -> None:
        while True:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.accepted += 1
                self.open += 1
                self._sockets.append(sock)
            thread = threading.Thread(target=self._run, args=(sock,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _run(self, sock: socket.socket) -> None:
        try:
            if self._tls is not None:
                sock = self._tls.wrap_socket(sock, server_side=True)
            self._serve(Connection(sock))
        except OSError:
            pass  # the client went away mid-answer, which some tests do on purpose
        finally:
            sock.close()
            with self._lock:
                self.open -= 1


@contextmanager
def loopback(serve: Serve, tls: ssl.SSLContext | None = None) -> Iterator[LoopbackServer]:
    server = LoopbackServer(serve, tls)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def keep_alive(answer: Callable[[bytes], bytes]) -> Serve:
    """Serve every request on a connection with ``answer(request)``, until the client closes it."""

    def serve(connection: Connection) -> None:
        while (request := connection.read_request()) is not None:
            connection.send(answer(request))

    return serve


def http_response(status: int, body: bytes, *headers: str, reason: str = "X") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def chunked(*parts: bytes) -> bytes:
    """A chunked transfer-encoded body of ``parts``, with the terminating zero-length chunk."""
    return b"".join(f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in parts if part) + b"0\r\n\r\n"


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0
