"""The HTTP server of `hfk serve`: werkzeug's threaded server, stopped gracefully by SIGTERM or Ctrl+C."""

from __future__ import annotations

import select
import signal
import threading
import time

from werkzeug.serving import ThreadedWSGIServer, WSGIRequestHandler

# A keep-alive connection with no request for this long is closed: browsers keep idle connections
# open for minutes, and each holds a thread.
IDLE_TIMEOUT_S = 20.0
# A client that stalls in the middle of a request (headers, upload) for this long is dropped.
SOCKET_TIMEOUT_S = 60
# After SIGTERM: how long running requests may take before the process exits anyway.
GRACE_S = 30.0


class _Handler(WSGIRequestHandler):
    timeout = SOCKET_TIMEOUT_S

    def handle_one_request(self) -> None:
        # Wait for the next request in short steps, so that an idle keep-alive connection ends at
        # once when the server stops, while a request that has begun to arrive is still served.
        deadline = time.monotonic() + IDLE_TIMEOUT_S
        while True:
            ready, _, _ = select.select([self.connection], [], [], 0.25)
            if ready:
                break
            if self.server.stopping.is_set() or time.monotonic() > deadline:
                self.close_connection = True
                return
        super().handle_one_request()
        if self.server.stopping.is_set():
            self.close_connection = True  # the answer is out; no further request on this connection


class _Server(ThreadedWSGIServer):
    block_on_close = False  # joined in GracefulServer.drain(), with a deadline

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.stopping = threading.Event()
        self._active: set[threading.Thread] = set()
        self._active_lock = threading.Lock()

    def process_request_thread(self, request, client_address) -> None:
        me = threading.current_thread()
        with self._active_lock:
            self._active.add(me)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._active_lock:
                self._active.discard(me)

    def active(self) -> list[threading.Thread]:
        with self._active_lock:
            return list(self._active)


class GracefulServer:
    """Serve a WSGI app until SIGTERM/SIGINT; then accept nothing new and let running requests finish."""

    def __init__(self, host: str, port: int, app, grace_s: float = GRACE_S) -> None:
        self.http = _Server(host, port, app, handler=_Handler)
        self.port = self.http.server_port
        self.grace_s = grace_s

    def stop(self) -> None:
        """Ask the server to stop (from a signal handler or another thread); returns at once."""
        if not self.http.stopping.is_set():
            self.http.stopping.set()
            # shutdown() waits for serve_forever() to return: never call it on serve_forever's thread.
            threading.Thread(target=self.http.shutdown, name="hfk-shutdown", daemon=True).start()

    def run_until_signal(self) -> int:
        """Serve until SIGTERM or SIGINT; returns how many requests were still running after GRACE_S."""
        previous = {}
        for signum in (signal.SIGTERM, signal.SIGINT):
            previous[signum] = signal.signal(signum, lambda _signum, _frame: self.stop())
        try:
            self.http.serve_forever()  # closes the listening socket when it returns
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        return self.drain()

    def drain(self) -> int:
        deadline = time.monotonic() + self.grace_s
        for thread in self.http.active():
            thread.join(max(0.0, deadline - time.monotonic()))
        return sum(1 for t in self.http.active() if t.is_alive())
