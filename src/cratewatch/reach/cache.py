"""What ``reach`` keeps between runs: each target's modules and items, by the content of
its crate's files, and the answers of a whole project, by what they depend on.

Reading a target (parsing its files, collecting what each function names) is about half
of a ``reach`` run; the answer depends only on the crate's Rust files and the root file,
so it is kept in the user cache directory (``reach/``) under a digest of those, as JSON
(never pickle: a cache file is data, not code). A file that does not read back (another
format, damaged, written by another version) is read afresh; a cache that cannot be
written is skipped. Each of the 256 shard folders keeps at most ``MAX_PER_SHARD``
entries, the oldest let go first.

A project's answers depend on its lockfile, its members' files, where each dependency's
sources are and their files' sizes and times (``files.signature``), the options, and
each advisory's functions: with the same of all, a second run gives the kept answers
without reading a crate.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from cratewatch.cachedir import write_whole
from cratewatch.model.reach import CallStep, Phase, Reachability, ReachReason, ReachState
from cratewatch.reach.items import Function, Module, Reference, Target, read_target

__all__ = [
    "MAX_PER_SHARD",
    "cached_target",
    "decoded",
    "encoded",
    "keep_answers",
    "kept_answers",
]

_FORMAT: Final = "cratewatch reach target 3"
MAX_PER_SHARD: Final = 256


def cached_target(files: Mapping[str, bytes], root: str, directory: Path | None) -> Target:
    """``read_target(files, root)``, from ``directory`` when it keeps it."""
    if directory is None:
        return read_target(files, root)
    digest = hashlib.sha256(f"{_FORMAT}\0{root}\0".encode())
    for path in sorted(files):
        if path.endswith(".rs"):
            digest.update(path.encode() + b"\0" + hashlib.sha256(files[path]).digest())
    key = digest.hexdigest()
    entry = directory / key[:2] / f"{key}.json"
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError, IndexError):
        return decoded(json.loads(entry.read_bytes()))
    target = read_target(files, root)
    with contextlib.suppress(OSError):
        _store(entry, json.dumps(encoded(target), separators=(",", ":")).encode())
    return target


def encoded(target: Target) -> dict[str, Any]:
    """``target`` as JSON-able values (functions by their place in its list)."""
    index = {id(f): i for i, f in enumerate(target.functions)}
    return {
        "functions": [
            [
                *f.key,
                f.name,
                list(f.module),
                f.owner,
                f.trait,
                f.public,
                list(f.cfgs),
                f.test,
                f.file,
                f.line,
                [[*r[:3], list(r.receiver), r.tokens] for r in f.references],
                f.constructs,
                list(f.returns),
                list(f.converts),
            ]
            for f in target.functions
        ],
        "modules": [
            [
                list(m.path),
                m.public,
                list(m.cfgs),
                m.test,
                m.file,
                {
                    name: [[kind, _item(kind, item, index)] for kind, item in entries]
                    for name, entries in m.items.items()
                },
                [list(i) for i in m.imports],
            ]
            for m in target.modules.values()
        ],
        "macros": {name: list(value) for name, value in target.macros.items()},
        "impls": [list(i) for i in target.impls],
        "problems": target.problems,
        "fields": [[*k, *v] for k, v in target.fields.items()],
    }


def decoded(data: dict[str, Any]) -> Target:
    """The ``Target`` that ``encoded`` wrote (``ValueError``, ``KeyError``, ``TypeError`` or
    ``IndexError`` for anything else)."""
    functions = [
        Function(
            key=(str(f[0]), int(f[1])), name=f[2], module=tuple(f[3]), owner=f[4], trait=f[5],
            public=bool(f[6]), cfgs=tuple(f[7]), test=bool(f[8]), file=f[9], line=int(f[10]),
            references=tuple(
                Reference(r[0], r[1], int(r[2]), (r[3][0], r[3][1]), r[4]) for r in f[11]
            ),
            constructs=bool(f[12]),
            returns=(f[13][0], f[13][1]),
            converts=tuple(f[14]),
        )
        for f in data["functions"]
    ]  # fmt: skip
    modules = {}
    for path, public, cfgs, test, file, items, imports in data["modules"]:
        module = Module(
            tuple(path),
            bool(public),
            tuple(cfgs),
            bool(test),
            {
                name: [(kind, _restored(kind, value, functions)) for kind, value in entries]
                for name, entries in items.items()
            },
            [(a, u, bool(p)) for a, u, p in imports],
            file,
        )
        modules[module.path] = module
    return Target(
        modules,
        functions,
        {name: (body, bool(exported)) for name, (body, exported) in data["macros"].items()},
        [(trait, owner) for trait, owner in data["impls"]],
        [str(p) for p in data["problems"]],
        {(s, f): (how, path) for s, f, how, path in data["fields"]},
    )


def _item(kind: str, item: Any, index: Mapping[int, int]) -> Any:
    if kind == "fn":
        return index[id(item)]
    if kind in ("type", "trait"):
        return [list(item[0]), item[1]]
    if kind == "mod":
        return list(item)
    return item  # a macro's name


def _restored(kind: str, value: Any, functions: list[Function]) -> Any:
    if kind == "fn":
        return functions[value]
    if kind in ("type", "trait"):
        return (tuple(value[0]), value[1])
    if kind == "mod":
        return tuple(value)
    if not isinstance(value, str):
        raise TypeError(kind)
    return value


def _store(entry: Path, data: bytes) -> None:
    """Write ``entry`` whole or not at all, then keep its shard within its bound."""
    write_whole(entry, data)
    kept = sorted(entry.parent.glob("*.json"), key=lambda p: p.stat().st_mtime)
    for old in kept[: max(0, len(kept) - MAX_PER_SHARD)]:
        with contextlib.suppress(OSError):
            old.unlink()


def kept_answers(
    directory: Path, key: str, wanted: list[str]
) -> tuple[dict[str, Reachability], list[str]] | None:
    """The answers kept under ``key`` for every one of ``wanted`` (findings' keys), and
    the problems of that run; None when any is missing or the entry does not read."""
    entry = directory / "answers" / key[:2] / f"{key}.json"
    try:
        data = json.loads(entry.read_bytes())
        answers = {k: _answer(data["answers"][k]) for k in wanted}
        return answers, [str(p) for p in data["problems"]]
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def keep_answers(
    directory: Path, key: str, answers: Mapping[str, Reachability], problems: list[str]
) -> None:
    document = {
        "answers": {
            k: [
                a.state.value,
                a.reason.value if a.reason else None,
                a.detail,
                a.phase.value if a.phase else None,
                [[*step[:3], list(step.conditions)] for step in a.path],
                a.used,
            ]
            for k, a in answers.items()
        },
        "problems": problems,
    }
    entry = directory / "answers" / key[:2] / f"{key}.json"
    with contextlib.suppress(OSError):
        _store(entry, json.dumps(document, separators=(",", ":")).encode())


def _answer(value: list[Any]) -> Reachability:
    state, reason, detail, phase, path, used = value
    return Reachability(
        ReachState(state),
        ReachReason(reason) if reason is not None else None,
        str(detail),
        Phase(phase) if phase is not None else None,
        tuple(CallStep(str(f), str(file), int(line), tuple(c)) for f, file, line, c in path),
        bool(used),
    )
