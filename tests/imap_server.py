"""Test helpers: a real Dovecot IMAP server on loopback, and a TCP proxy that cuts connections."""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
# Dovecot refuses to run its login processes as root: use the package's own unprivileged users.
default_login_user = dovenull
default_internal_user = dovecot
default_internal_group = dovecot
first_valid_uid = 1
first_valid_gid = 1
mail_max_userip_connections = 100
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={root}/home/%u
}}
mail_location = maildir:{root}/mail/%u
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""


def available() -> bool:
    return os.path.exists(DOVECOT) and os.geteuid() == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
                if sock.recv(16).startswith(b"* OK"):
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"Dovecot did not start on port {port}")


class Dovecot:
    """`dovecot -F` with a throwaway config, one passwd-file user and maildirs in a temp folder."""

    user = "hfk"
    password = "geheim-test"

    def __init__(self) -> None:
        # Not under pytest's tmp_path: that is root-only (0700) and Dovecot's own users need the path.
        self.root = Path(tempfile.mkdtemp(prefix="hfk-dovecot-"))
        os.chmod(self.root, 0o755)
        for name in ("mail", "home"):
            (self.root / name).mkdir()
            shutil.chown(self.root / name, "dovecot", "dovecot")
        (self.root / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}::::\n")
        self.port = free_port()
        (self.root / "dovecot.conf").write_text(CONFIG.format(root=self.root, port=self.port))
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.root / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_port(self.port)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        # The master is gone; wait until its children have released the port and pid file.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and (self.root / "run" / "master.pid").exists():
            time.sleep(0.05)

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


class CuttingProxy:
    """Forwards loopback TCP to the server; cuts a connection when the byte count passes a threshold.

    `gaps` are byte counts over all traffic in both directions: after the first gap the connection
    that carries the byte is cut, after the next gap (counted from that cut) the next one, and so
    on, wherever the IMAP conversation happens to be.
    """

    def __init__(self, target_port: int, gaps: list[int] | None = None) -> None:
        self.target_port = target_port
        self.gaps = list(gaps or [])
        self.next_cut = self.gaps.pop(0) if self.gaps else None
        self.cuts_done = 0
        self.bytes = 0
        self.lock = threading.Lock()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self.connections: list[tuple[socket.socket, socket.socket]] = []
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            pair = (client, server)
            with self.lock:
                self.connections.append(pair)
            threading.Thread(target=self._pump, args=(client, server, pair), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, pair), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, pair) -> None:
        while True:
            try:
                data = source.recv(4096)
            except OSError:
                data = b""
            if not data:
                self._close(pair)
                return
            with self.lock:
                before = self.bytes
                self.bytes += len(data)
                cut_at = None
                if self.next_cut is not None and self.bytes >= self.next_cut:
                    cut_at = self.next_cut - before
                    self.cuts_done += 1
                    self.next_cut = self.bytes + self.gaps.pop(0) if self.gaps else None
            if cut_at is not None:
                try:
                    sink.sendall(data[: max(0, cut_at)])  # part of the chunk, then the line dies
                except OSError:
                    pass
                self._close(pair)
                return
            try:
                sink.sendall(data)
            except OSError:
                self._close(pair)
                return

    def _close(self, pair) -> None:
        for sock in pair:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def cut_all(self) -> None:
        with self.lock:
            pairs = list(self.connections)
        for pair in pairs:
            self._close(pair)

    def close(self) -> None:
        self.closed = True
        self.listener.close()
        self.cut_all()


def random_gaps(count: int, low: int, high: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    return [rng.randint(low, high) for _ in range(count)]
