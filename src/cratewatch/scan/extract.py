"""Read a crate, from its ``.crate`` archive or its directory, into memory, as cargo sees it.

A ``.crate`` is a gzip'd tar of ``<name>-<version>/...``. Cargo unpacks only what is under
that one top folder, takes names as they are (on Unix ``src\\lib.rs`` is a file of its own,
not ``src/lib.rs``) and keeps the last copy of a member written twice, so the scanner
does the same: otherwise a benign file could stand in for the malicious one that cargo
compiles. Files under another top folder are kept too (as ``../<top>/...``, a key no
member of the crate can have) so that they are scanned, and reported.

Files are never written to disk. The archive is read by ``scan.tar`` within limits;
what stops the read (a path leaving the crate, a link out, a member or a whole over its
limit, a truncated or corrupt archive) is a *blocking* problem: the crate was not
examined fully, and its verdict says so. What no ``cargo package`` output has (backslash
names, several top folders, duplicates, ...) is an *oddity*, kept as evidence. A crate
directory is read the same way (``read_directory``: links not followed, the same
limits). Nothing read here is executed, built or imported.
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import re
import stat
from pathlib import Path
from typing import BinaryIO, Final, NamedTuple

from cratewatch.errors import InputError
from cratewatch.model.scan import ArchiveIssue, ArchiveProblem
from cratewatch.scan.tar import Member, TarLimits, TarStop, read_members

__all__ = ["CrateArchive", "Limits", "ScanInputError", "read_crate", "read_directory"]


class ScanInputError(InputError):
    """A crate path, source directory or download that cannot be used at all."""


class Limits(NamedTuple):
    max_file_bytes: int = 16 * 1024 * 1024  # one file, uncompressed
    max_total_bytes: int = 256 * 1024 * 1024  # the whole crate, uncompressed
    max_files: int = 20_000
    max_ratio: float = 200.0  # uncompressed / compressed size of the archive


DEFAULT_LIMITS: Final = Limits()
#: Below this, the compression ratio is not checked: small archives of empty files
#: compress far better than 200 to 1, and a megabyte harms nobody.
_RATIO_FLOOR: Final = 1024 * 1024
_CRATE_FILE: Final = re.compile(r"[A-Za-z0-9_-]+-\d+\.\d+\.\d+\S*")


class CrateArchive(NamedTuple):
    """The regular files of a crate (paths relative to the crate root, as cargo unpacks
    them) and what was wrong with its archive or directory."""

    root: str  # the top folder, normally "<name>-<version>"
    files: dict[str, bytes]
    problems: tuple[ArchiveProblem, ...]

    @property
    def complete(self) -> bool:
        """Whether every member was read (no blocking problem)."""
        return not any(p.issue.blocking for p in self.problems)


def read_crate(path: Path, limits: Limits = DEFAULT_LIMITS) -> CrateArchive:
    """Read the ``.crate`` archive at ``path`` under ``limits``. An archive that cannot
    be read at all is a crate with an ``unreadable`` problem, not an error, so that one
    bad archive among many is reported and the others scanned."""
    stem = path.name.removesuffix(".crate")
    expected = stem if path.name.endswith(".crate") and _CRATE_FILE.fullmatch(stem) else None
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        detail = f"cannot read ({exc.strerror or exc})"
        return CrateArchive(stem, {}, (ArchiveProblem(ArchiveIssue.UNREADABLE, "", detail),))
    with os.fdopen(fd, "rb") as raw:
        status = os.fstat(raw.fileno())
        if not stat.S_ISREG(status.st_mode):
            problem = ArchiveProblem(ArchiveIssue.UNREADABLE, "", "not a regular file")
            return CrateArchive(stem, {}, (problem,))
        budget = min(limits.max_total_bytes, int(status.st_size * limits.max_ratio))
        tar_limits = TarLimits(limits.max_file_bytes, max(budget, _RATIO_FLOOR), limits.max_files)
        members: list[Member] = []
        stopped: list[ArchiveProblem] = []
        try:
            members.extend(read_members(raw, tar_limits))
        except TarStop as stop:
            stopped.append(ArchiveProblem(stop.issue, stop.member, stop.detail))
        except OSError as exc:
            detail = f"cannot read ({exc.strerror or exc})"
            stopped.append(ArchiveProblem(ArchiveIssue.UNREADABLE, "", detail))
    # The folder cargo unpacks is the one it asked for, which the file's name says in
    # Cargo's caches (``name-version.crate``); an archive kept under another name, or
    # whose named folder is absent, is read from the folder of its first member.
    tops = {m.name.split(b"/", 1)[0].decode("utf-8", "backslashreplace") for m in members}
    view = _CrateView(expected if expected in tops else None)
    for member in members:
        view.add(member)
    view.problems.extend(stopped)
    return view.finish(stem)


class _CrateView:
    """The members of an archive as cargo unpacks them."""

    def __init__(self, root: str | None) -> None:
        self.root = root
        self.files: dict[str, bytes] = {}
        self.folders: set[str] = set()
        self.other_tops: set[str] = set()
        self.problems: list[ArchiveProblem] = []

    def _problem(self, issue: ArchiveIssue, name: str, detail: str) -> None:
        self.problems.append(ArchiveProblem(issue, name, detail))

    def add(self, member: Member) -> None:
        try:
            name = member.name.decode("utf-8")
        except UnicodeDecodeError:
            name = member.name.decode("utf-8", "backslashreplace")
            self._problem(ArchiveIssue.NAME_NOT_UTF8, name, "the name is not UTF-8")
        key = self._key(name, member.kind == "folder")
        if key is None:
            return
        if member.kind == "folder":
            self.folders.add(key)
        elif member.kind == "file":
            if key in self.files:
                self._problem(
                    ArchiveIssue.DUPLICATE_MEMBER, name, "written twice: the last copy is used"
                )
            self.files[key] = member.data
            self.folders.update(_parents(key))
        elif member.kind in ("symlink", "hardlink"):
            self._link(name, key, member)
        elif member.kind == "special":
            self._problem(ArchiveIssue.SPECIAL_FILE, name, "a device, FIFO or socket: skipped")
        else:
            self._problem(ArchiveIssue.UNKNOWN_MEMBER, name, "a member type cargo never writes")

    def _key(self, name: str, folder: bool) -> str | None:
        """Where cargo puts ``name``, relative to the crate root (``../top/...`` for
        members outside it); None for members that are not unpacked."""
        if name.startswith("/"):
            self._problem(ArchiveIssue.UNSAFE_PATH, name, "an absolute path")
            return None
        parts = name.split("/")
        if ".." in parts:
            self._problem(ArchiveIssue.UNSAFE_PATH, name, "a path climbing out with '..'")
            return None
        kept = [part for part in parts if part not in ("", ".")]
        if not kept:
            return None
        if "/".join(kept) + ("/" if folder else "") not in (name, name + "/"):
            self._problem(ArchiveIssue.NON_CANONICAL_NAME, name, "an empty or '.' path component")
        if "\\" in name:
            self._problem(
                ArchiveIssue.BACKSLASH_NAME, name, "'\\' is part of the name, not a separator"
            )
        top, rest = kept[0], "/".join(kept[1:])
        if self.root is None:
            self.root = top
        if top != self.root:
            self.other_tops.add(top)
            return "../" + "/".join(kept)
        if not rest:
            if not folder:
                self._problem(ArchiveIssue.FILE_AND_FOLDER, name, "a file in place of the crate")
                return "../" + top
            return None
        return rest

    def _link(self, name: str, key: str, member: Member) -> None:
        kind = "symbolic" if member.kind == "symlink" else "hard"
        target = member.link.decode("utf-8", "backslashreplace")
        if member.kind == "symlink":
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(key), target))
            outside = target.startswith("/") or resolved == ".." or resolved.startswith("../")
        else:  # a hard link names another member, from the archive's top
            parts = [p for p in target.split("/") if p not in ("", ".")]
            outside = target.startswith("/") or ".." in parts or parts[:1] != [self.root]
        if outside or key.startswith("../"):
            self._problem(
                ArchiveIssue.LINK_OUT, name, f"{kind} link to {target!r}, outside the crate"
            )
        else:
            self._problem(ArchiveIssue.LINK, name, f"{kind} link to {target!r}: not followed")

    def finish(self, fallback_root: str) -> CrateArchive:
        if self.other_tops:
            tops = ", ".join(sorted(self.other_tops)[:5])
            self._problem(
                ArchiveIssue.SEVERAL_TOP_FOLDERS,
                "",
                f"members outside {self.root!r} (under {tops}): cargo refuses such a crate",
            )
        for key in sorted(self.files.keys() & self.folders):
            issue = ArchiveIssue.MANIFEST_FOLDER if key == "Cargo.toml" else None
            self._problem(issue or ArchiveIssue.FILE_AND_FOLDER, key, "both a file and a folder")
        if "Cargo.toml" in self.folders and "Cargo.toml" not in self.files:
            self._problem(ArchiveIssue.MANIFEST_FOLDER, "Cargo.toml", "a folder, not a file")
        elif "Cargo.toml" not in self.files and not any(p.issue.blocking for p in self.problems):
            self._problem(ArchiveIssue.NO_MANIFEST, "", "no Cargo.toml: cargo cannot use it")
        manifest = self.files.get("Cargo.toml")
        if manifest is not None:
            try:
                manifest.decode("utf-8")
            except UnicodeDecodeError:
                self._problem(ArchiveIssue.MANIFEST_NOT_UTF8, "Cargo.toml", "not UTF-8")
        return CrateArchive(self.root or fallback_root, self.files, tuple(self.problems))


def _parents(key: str) -> list[str]:
    parts = key.split("/")
    return ["/".join(parts[:depth]) for depth in range(1, len(parts))]


_SKIP_DIRS: Final = frozenset({".git", "target", "node_modules"})  # not the crate's sources


def read_directory(root: Path, limits: Limits = DEFAULT_LIMITS) -> CrateArchive:
    """A crate directory read like an archive: regular files, and links to regular files
    inside the directory read as the file they name (what ``cargo package`` would store);
    the same limits. Paths stay strings: a ``Path`` object per file cost more than
    reading a typical source file."""
    files: dict[str, bytes] = {}
    problems: list[ArchiveProblem] = []
    total = 0
    real_root = os.path.realpath(root)
    for dirpath, dirnames, filenames in os.walk(root):
        folder = os.path.relpath(dirpath, root).replace(os.sep, "/")
        kept = []
        for name in sorted(dirnames):
            if name in _SKIP_DIRS:
                continue
            if os.path.islink(os.path.join(dirpath, name)):  # noqa: PTH114, PTH118
                filenames.append(name)  # reported with the file links below
            else:
                kept.append(name)
        dirnames[:] = kept
        for filename in sorted(filenames):
            rel = filename if folder == "." else f"{folder}/{filename}"
            file = os.path.join(dirpath, filename)  # noqa: PTH118 (see above)
            try:
                status = os.lstat(file)
                if stat.S_ISLNK(status.st_mode):
                    file, status, problem = _directory_link(file, rel, real_root)
                    if problem is not None:
                        problems.append(problem)
                        continue
                if not stat.S_ISREG(status.st_mode):
                    problems.append(
                        ArchiveProblem(
                            ArchiveIssue.SPECIAL_FILE, rel, "not a regular file: skipped"
                        )
                    )
                    continue
                size = status.st_size
                if size > limits.max_file_bytes:
                    detail = f"{size:,} bytes, over the per-file limit: not read"
                    problems.append(ArchiveProblem(ArchiveIssue.OVERSIZED_MEMBER, rel, detail))
                    continue
                if len(files) >= limits.max_files:
                    detail = f"more than {limits.max_files:,} files: the rest was not read"
                    problems.append(ArchiveProblem(ArchiveIssue.TOO_MANY_MEMBERS, "", detail))
                    return CrateArchive(root.name, files, tuple(problems))
                if total + size > limits.max_total_bytes:
                    detail = f"more than {limits.max_total_bytes:,} bytes: the rest was not read"
                    problems.append(ArchiveProblem(ArchiveIssue.SIZE_LIMIT, "", detail))
                    return CrateArchive(root.name, files, tuple(problems))
                fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
                with os.fdopen(fd, "rb") as handle:
                    opened = os.fstat(fd)
                    if (opened.st_dev, opened.st_ino) != (status.st_dev, status.st_ino):
                        raise OSError(0, "changed while it was read")
                    files[rel] = _read_up_to(handle, opened.st_size, limits.max_file_bytes)
                total += size
            except OSError as exc:
                detail = f"cannot read ({exc.strerror or exc})"
                problems.append(ArchiveProblem(ArchiveIssue.UNREADABLE, rel, detail))
    return CrateArchive(root.name, files, tuple(problems))


def _read_up_to(handle: BinaryIO, size: int, limit: int) -> bytes:
    """A file's bytes, at most ``limit`` + 1 (one over: the file grew past the limit
    since its size was looked at). Read by its size first: a read asked for the limit
    allocates a buffer of the limit's size for every file, a third of the cost of
    reading a crate."""
    data = handle.read(min(size, limit) + 1)
    if len(data) > size:  # (it grew)
        data += handle.read(limit + 1 - len(data))
    return data


def _directory_link(
    file: str, rel: str, real_root: str
) -> tuple[str, os.stat_result, ArchiveProblem | None]:
    """What to do with the link ``file`` (``rel`` in the crate) of a crate directory: the
    path and status of the regular file inside the directory it names, to read in its
    place, or why it is not read. Nothing outside the directory is ever read: a link to another
    user's files would otherwise end up in the report. A link out to Rust code or a
    manifest leaves out code cargo would compile: the scan is incomplete."""
    target = os.readlink(file)  # noqa: PTH115 (paths stay strings here, see read_directory)
    resolved = os.path.realpath(file)
    status = os.lstat(file)
    if os.path.commonpath((resolved, real_root)) == real_root:
        with contextlib.suppress(OSError):
            status = os.stat(resolved)  # noqa: PTH116
        if stat.S_ISREG(status.st_mode):
            return resolved, status, None
        detail = f"link to the folder or special file {target!r}: not read"
        return file, status, ArchiveProblem(ArchiveIssue.EXTERNAL_LINK, rel, detail)
    if rel.endswith(".rs") or posixpath.basename(rel) == "Cargo.toml":
        detail = f"link to {target!r}, outside the crate: code cargo compiles, not read"
        return file, status, ArchiveProblem(ArchiveIssue.LINK_OUT, rel, detail)
    detail = f"link to {target!r}, outside the crate: not read"
    return file, status, ArchiveProblem(ArchiveIssue.EXTERNAL_LINK, rel, detail)
