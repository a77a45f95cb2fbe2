"""What the commands show on a terminal: reports on stdout, a progress line on stderr."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from cratewatch.errors import UsageError

__all__ = ["ProgressLine", "print_text", "sigterm_exits", "write_output"]


def print_text(text: str) -> None:
    """Print a report on standard output (one line error if it cannot be written)."""
    write_output(text, None)


def write_output(text: str, output: Path | None) -> None:
    """Write a report to ``output``, or to standard output (one-line error if it fails)."""
    if output is None:
        try:
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
            sys.stdout.flush()
        except OSError as exc:
            raise UsageError(f"cannot write to standard output: {exc.strerror or exc}") from None
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{output}: cannot write output: {exc.strerror or exc}") from None


class ProgressLine:
    """A one-line progress display on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.monotonic()
        self.width = 0

    def __call__(self, stage: str, done: int | None, total: int | None) -> None:
        if not self.enabled:
            return
        if done is not None and total:
            filled = min(30, 30 * done // total)
            count = f" [{'#' * filled}{'.' * (30 - filled)}] {100 * done // total:3d}%"
        else:
            count = "" if done is None else f" {done:,}"
        text = f"\r[{time.monotonic() - self.started:6.1f} s] {stage}{count}"
        pad = max(0, self.width - len(text))
        self.width = len(text)
        sys.stderr.write(text + " " * pad)
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            sys.stderr.flush()


@contextlib.contextmanager
def sigterm_exits() -> Iterator[None]:
    """Within the block, SIGTERM raises ``SystemExit(143)`` instead of ending the process
    on the spot, so ``finally`` blocks and ``with`` statements remove temporary files
    (a half-written store, an extracted dump) before it ends. Only the main thread can
    take signals; elsewhere this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, _frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
