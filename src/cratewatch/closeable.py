"""Objects that hold files, connections or clients, and release them in ``close``;
``with obj:`` closes them at the end of the block."""

from __future__ import annotations

from types import TracebackType
from typing import Self

__all__ = ["Closeable"]


class Closeable:
    def close(self) -> None:
        """Release what the object holds (nothing, unless a subclass holds something)."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
