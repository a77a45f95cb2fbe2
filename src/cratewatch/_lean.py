"""``NamedTuple``, ``NewType`` and ``TYPE_CHECKING`` without importing ``typing``.

Every ``cratewatch audit`` is a new process, and importing ``typing`` (and
building each ``typing.NamedTuple``, which compiles every field's annotation)
costs a large share of an audit of a small lockfile. The modules an audit
imports take these three names from here instead: type checkers see
``typing``'s own, and at run time the classes are what ``typing`` would build,
except that ``__annotations__`` keeps the annotations as written (strings, as
``from __future__ import annotations`` leaves them).

``TYPE_CHECKING`` works under any module's name: type checkers treat every
``if TYPE_CHECKING:`` as true.
"""

from __future__ import annotations

TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
    from typing import NewType as NewType
else:
    import collections

    __all__ = ["TYPE_CHECKING", "NamedTuple", "NewType"]

    # As typing.NamedTupleMeta has them (Python 3.11).
    _PROHIBITED = frozenset(
        {
            "__new__",
            "__init__",
            "__slots__",
            "__getnewargs__",
            "_fields",
            "_field_defaults",
            "_make",
            "_replace",
            "_asdict",
            "_source",
        }
    )
    _SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})

    class _NamedTupleMeta(type):
        def __new__(mcls, typename, bases, ns):
            if not bases:  # NamedTuple itself
                return super().__new__(mcls, typename, bases, ns)
            if bases != (NamedTuple,):
                raise TypeError("can only inherit from a NamedTuple type")
            annotations = ns.get("__annotations__", {})
            with_default = []
            for name in annotations:
                if name in ns:
                    with_default.append(name)
                elif with_default:
                    raise TypeError(
                        f"Non-default namedtuple field {name} cannot follow default field"
                        f"{'s' if len(with_default) > 1 else ''} {', '.join(with_default)}"
                    )
            cls = collections.namedtuple(
                typename,
                list(annotations),
                defaults=[ns[name] for name in with_default],
                module=ns["__module__"],
            )
            cls.__annotations__ = cls.__new__.__annotations__ = dict(annotations)
            for key, value in ns.items():
                if key in _PROHIBITED:
                    raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
                if key not in _SPECIAL and key not in cls._fields:
                    setattr(cls, key, value)
            return cls

    class NamedTuple(metaclass=_NamedTupleMeta):
        """Base class of a typed named tuple, as ``typing.NamedTuple``."""

    def NewType(name, supertype):
        """A distinct type for type checkers; at run time, calling it returns its argument."""

        def new_type(value):
            return value

        new_type.__name__ = new_type.__qualname__ = name
        new_type.__supertype__ = supertype
        return new_type
