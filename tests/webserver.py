"""A real `blocwatch serve` process on a free local port, for the API, browser and load tests."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_store(source: str, target: Path) -> str:
    """A private copy of a store (SQLite's backup API: consistent even with a WAL)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return str(target)


def blocwatch_command() -> list[str]:
    script = Path(sys.executable).parent / "blocwatch"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from blocwatch.cli import main; main()"]


class Server:
    """``blocwatch serve --db DB --port N`` in a subprocess; ``url`` once it answers."""

    def __init__(self, db: str, log: Path, token: str | None = None,
                 env: dict[str, str] | None = None, ready: str = "/api/health") -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log
        environment = {k: v for k, v in os.environ.items() if not k.startswith("BLOCWATCH_")}
        environment |= env or {}
        if token:
            environment["BLOCWATCH_TOKEN"] = token
        self._log = log.open("w")
        self.process = subprocess.Popen(
            [*blocwatch_command(), "serve", "--db", db, "--port", str(self.port)],
            stdout=self._log, stderr=subprocess.STDOUT, env=environment)
        self._wait(ready)

    def _wait(self, ready: str, seconds: float = 60.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"blocwatch serve exited: {self.log_path.read_text()}")
            try:
                if httpx.get(f"{self.url}{ready}", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"blocwatch serve did not answer in {seconds} s: "
                           f"{self.log_path.read_text()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self._log.close()

    def log(self) -> str:
        return self.log_path.read_text()
