"""What the commands show on a terminal: reports on stdout, a progress line on stderr,
whether to colour them, and what SIGTERM does to a run."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from cratewatch._lean import TYPE_CHECKING
from cratewatch.errors import UsageError

if TYPE_CHECKING:
    from types import FrameType
    from typing import TextIO

__all__ = [
    "COLOR_CHOICES",
    "EXIT_TERMINATED",
    "ProgressLine",
    "Terminated",
    "color_choice",
    "print_text",
    "report_width",
    "say",
    "sigterm_exits",
    "terminal_columns",
    "write_output",
]

#: The values of ``--color`` and ``CARGO_TERM_COLOR``, as cargo takes them.
COLOR_CHOICES = ("auto", "always", "never")
EXIT_TERMINATED = 128 + 15  # what a shell reports for a process ended by SIGTERM


def color_choice(
    flag: str | None,
    stream: TextIO,
    output: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> bool:
    """Whether to colour a report written to ``stream``, or to the file ``output``.

    Decided as cargo decides: the ``--color`` flag, else ``CARGO_TERM_COLOR``, else
    ``auto``. ``auto`` (given or by default) means no colour when ``NO_COLOR`` is set
    to anything but the empty string (https://no-color.org), when ``TERM`` is
    ``dumb``, when the report goes to a file, or when ``stream`` is not a terminal.
    ``always`` colours even a file. An unknown ``CARGO_TERM_COLOR`` is a usage error,
    as in cargo; an empty one counts as unset.
    """
    env = os.environ if environ is None else environ
    choice = flag
    if choice is None:
        choice = env.get("CARGO_TERM_COLOR", "") or "auto"
        if choice not in COLOR_CHOICES:
            raise UsageError(
                f"CARGO_TERM_COLOR: '{choice}' is not one of {', '.join(COLOR_CHOICES)}"
            )
    if choice != "auto":
        return choice == "always"
    if env.get("NO_COLOR", "") or env.get("TERM") == "dumb" or output is not None:
        return False
    return _isatty(stream)


def report_width(output: Path | None, default: int) -> int:
    """Columns for a report: the terminal's width when it is written to one, else
    ``default``, so that a report saved with ``-o`` or piped does not depend on the
    window it was made in."""
    if output is None and _isatty(sys.stdout):
        return terminal_columns(default)
    return default


def terminal_columns(fallback: int) -> int:
    """``shutil.get_terminal_size((fallback, ...)).columns``: ``COLUMNS`` when set to a
    positive number, else the width of the terminal on standard output, else
    ``fallback``. Without importing shutil (and the compression modules it imports),
    as argparse measures the terminal for every argument a command defines."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    stdout = sys.__stdout__
    try:
        columns = os.get_terminal_size(stdout.fileno()).columns if stdout is not None else 0
    except (ValueError, OSError):
        columns = 0
    return columns or fallback


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):  # closed or detached: not a terminal to colour
        return False


def say(text: str) -> None:
    """One line for people on standard error (errors, summaries), never the report."""
    print(text, file=sys.stderr)


def print_text(text: str) -> None:
    """Print a report on standard output (one line error if it cannot be written)."""
    write_output(text, None)


def write_output(text: str, output: Path | None) -> None:
    """Write a report to ``output``, or to standard output (one-line error if it fails).

    An empty report (``-q`` with nothing to say) prints nothing, not an empty line."""
    if output is None:
        if not text:
            return
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


class Terminated(SystemExit):
    """SIGTERM, raised in the main thread as ``SystemExit(143)``.

    An exception rather than the default of ending on the spot, so that every
    ``finally`` block and ``with`` statement on the way out runs (temporary
    directories of downloads, half-written stores and caches). A ``SystemExit`` so
    that no ``except Exception`` stops it, and so that a process it reaches the top of
    ends with 143 and no traceback; ``main`` reports it in one line.
    """


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Terminated(EXIT_TERMINATED)


_fork_hook_installed = False


def _default_sigterm_in_child() -> None:
    import signal

    # Forked workers (parallel.map_on_cores) inherit the handler: raising there would
    # end a worker with a traceback of its own. A worker simply ends; the parent cleans
    # up and reports.
    if signal.getsignal(signal.SIGTERM) is _terminate:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextmanager
def sigterm_exits() -> Iterator[None]:
    """Within the block, SIGTERM raises ``Terminated`` (a ``SystemExit(143)``) instead
    of ending the process on the spot; the previous handler is restored afterwards.
    Blocks may nest. Only the main thread can take signals: elsewhere this does
    nothing."""
    import signal

    global _fork_hook_installed
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread
        yield
        return
    if not _fork_hook_installed and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_default_sigterm_in_child)
        _fork_hook_installed = True
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
