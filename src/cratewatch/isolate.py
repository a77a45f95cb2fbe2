"""Run one function over items in a forked child, each item within a time limit, the
child within a memory limit: a hostile input that hangs the work or exhausts memory
costs its own item, never the caller.

The child gets the items and the function by forking (nothing is pickled on the way
in) and sends each result back as soon as it has it; the caller waits for each result
at most ``seconds``. When the child overruns, dies or is killed (an out-of-memory kill,
a crash in native code), the item it was on is reported as failed with the reason, and
a new child goes on with the items after it.

``os.fork`` rather than ``multiprocessing``: the work may run inside a daemonic process
(a dask worker's), which ``multiprocessing`` refuses to give children.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import pickle
import resource
import select
import signal
import struct
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Final, Generic, NamedTuple, TypeVar

__all__ = ["Failed", "limit_memory", "run_isolated"]

T = TypeVar("T")
R = TypeVar("R")

_HEADER: Final = struct.Struct("<Q")
_M_TRIM_THRESHOLD: Final = -1  # glibc's mallopt parameter
_TRIM_THRESHOLD: Final = 256 * 1024 * 1024
_CHUNK: Final = 1 << 16


class Failed(NamedTuple):
    """An item the child did not finish, and why (one line)."""

    reason: str


class _Outcome(NamedTuple, Generic[R]):
    ok: bool
    value: R | str


def limit_memory(headroom: int) -> None:
    """Cap this process's address space at what it maps now plus ``headroom`` bytes:
    past it, allocations fail (``MemoryError``) instead of the machine swapping. Where
    the limit cannot be set (not Linux), nothing is capped."""
    try:
        with open("/proc/self/statm") as statm:  # noqa: PTH123 (Linux only, small)
            mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        resource.setrlimit(resource.RLIMIT_AS, (mapped + headroom, resource.RLIM_INFINITY))
    except (OSError, ValueError):
        pass


def _keep_freed_memory() -> None:
    """Let glibc keep what the child frees instead of handing it back to the system at
    once: the child is short-lived, and a parent that asks for eager trimming (dask's
    workers set ``MALLOC_TRIM_THRESHOLD_=65536``) would otherwise slow an allocating
    scan by a tenth. Nothing happens where the C library is not glibc."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD)
    except (OSError, AttributeError):
        pass


def run_isolated(
    func: Callable[[T], R], items: Sequence[T], *, seconds: float, memory: int
) -> Generator[R | Failed, None, None]:
    """``func(item)`` for each item, in order, computed in a forked child limited to
    ``memory`` bytes more than it starts with; an item that raises, takes more than
    ``seconds`` or loses the child is a ``Failed``. Results must pickle."""
    done = 0
    while done < len(items):
        pid, pipe = _start(func, items[done:], memory)
        try:
            overran: list[bool] = []
            for outcome in _results(pipe, seconds, overran):
                done += 1
                yield outcome.value if outcome.ok else Failed(str(outcome.value))  # type: ignore[misc]
            if done < len(items):  # the child ended, or overran, before its last item
                reason, pid = _why_ended(pid, seconds if overran else None), 0
                done += 1
                yield Failed(reason)
        finally:
            os.close(pipe)
            if pid:
                _reap(pid)


def _start(func: Callable[[T], R], items: Sequence[T], memory: int) -> tuple[int, int]:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        status = 0
        try:
            os.close(read)
            limit_memory(memory)
            _keep_freed_memory()
            for item in items:
                try:
                    outcome: _Outcome[R] = _Outcome(True, func(item))
                except BaseException as exc:  # reported, the next item goes on
                    outcome = _Outcome(False, f"{type(exc).__name__}: {exc}".splitlines()[0])
                data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
                _write_all(write, _HEADER.pack(len(data)) + data)
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(write)
    return pid, read


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _results(pipe: int, seconds: float, overran: list[bool]) -> Iterator[_Outcome[object]]:
    """Each outcome the child sends, waiting at most ``seconds`` for each; returns
    when the child closes the pipe or overruns (then ``overran`` gets a True)."""
    buffer = bytearray()
    deadline = time.monotonic() + seconds
    while True:
        while len(buffer) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(buffer)
            if len(buffer) < _HEADER.size + size:
                break
            data = bytes(buffer[_HEADER.size : _HEADER.size + size])
            del buffer[: _HEADER.size + size]
            yield pickle.loads(data)  # our own child's bytes
            deadline = time.monotonic() + seconds
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([pipe], [], [], left)[0]:
            overran.append(True)
            return
        chunk = os.read(pipe, _CHUNK)
        if not chunk:
            return
        buffer += chunk


def _why_ended(pid: int, overran: float | None) -> str:
    """Why the child stopped sending: killed here for overrunning the limit
    ``overran``, or ended by itself (it closed the pipe: reaped at once)."""
    if overran is not None:
        _reap(pid)
        return f"stopped at the time limit of {overran:g} s"
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        name = signal.Signals(number).name if number in signal.valid_signals() else str(number)
        hint = " (out of memory?)" if number == signal.SIGKILL else ""
        return f"the scanning process was killed by {name}{hint}"
    return f"the scanning process ended early (exit code {os.WEXITSTATUS(status)})"


def _reap(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
