"""What Rust users expect of a cargo tool: ``--color`` with ``CARGO_TERM_COLOR`` and
``NO_COLOR``, ``--manifest-path``, a ``-q`` that quiets the report, progress on the slow
steps, and a SIGTERM that cleans up."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from cratewatch.advisories.database import open_database
from cratewatch.cli.main import main
from cratewatch.cli.terminal import color_choice, sigterm_exits
from cratewatch.errors import UsageError
from cratewatch.registry.interface import index_path
from tests.cli.test_audit_cli import BAT_2020, Result, assert_one_line_error, run
from tests.conftest import ADVISORY_DB, NEWEST_RIPGREP, PROJECT_ROOT, require
from tests.registry.support import line
from tests.scan.test_diff import LIB, LIB_PATCHED, crate_dir, manifest

ESC = "\x1b["
INCIDENTS = PROJECT_ROOT / "tests" / "scan" / "incidents"
CRATES_IO = "registry+https://github.com/rust-lang/crates.io-index"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run_on_terminal(*args: str | Path) -> Result:
    """Run the CLI in-process with standard output a terminal."""
    out, err = _Terminal(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return Result(code, out.getvalue(), err.getvalue())


# -- colour ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "env", "tty", "output", "expected"),
    [
        (None, {}, True, None, True),  # auto: a terminal
        (None, {}, False, None, False),  # auto: a pipe
        (None, {}, True, Path("report.txt"), False),  # auto: -o FILE
        (None, {"NO_COLOR": "1"}, True, None, False),
        (None, {"NO_COLOR": ""}, True, None, True),  # empty means unset (no-color.org)
        (None, {"TERM": "dumb"}, True, None, False),
        (None, {"CARGO_TERM_COLOR": "always"}, False, None, True),
        (None, {"CARGO_TERM_COLOR": "never"}, True, None, False),
        (None, {"CARGO_TERM_COLOR": ""}, True, None, True),
        (None, {"CARGO_TERM_COLOR": "always", "NO_COLOR": "1"}, False, None, True),
        (None, {"CARGO_TERM_COLOR": "auto", "NO_COLOR": "1"}, True, None, False),
        ("always", {"CARGO_TERM_COLOR": "never", "NO_COLOR": "1"}, False, None, True),
        ("always", {}, False, Path("report.txt"), True),  # always means always
        ("never", {"CARGO_TERM_COLOR": "always"}, True, None, False),
        ("auto", {"CARGO_TERM_COLOR": "always"}, False, None, False),  # the flag wins
        ("auto", {"NO_COLOR": "yes"}, True, None, False),  # auto honours NO_COLOR
    ],
)
def test_color_choice_follows_cargo(
    flag: str | None, env: dict[str, str], tty: bool, output: Path | None, expected: bool
) -> None:
    stream = _Terminal() if tty else io.StringIO()
    assert color_choice(flag, stream, output, env) is expected


def test_an_unknown_cargo_term_color_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="CARGO_TERM_COLOR: 'sometimes'"):
        color_choice(None, io.StringIO(), None, {"CARGO_TERM_COLOR": "sometimes"})
    # the flag overrides the variable, so the variable is not even looked at
    assert color_choice("never", io.StringIO(), None, {"CARGO_TERM_COLOR": "sometimes"}) is False


def test_audit_colours_a_terminal_unless_told_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("NO_COLOR", "CARGO_TERM_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    args = ["audit", str(require(BAT_2020)), "--no-config", "--db", str(require(ADVISORY_DB))]
    assert ESC in run_on_terminal(*args).stdout
    assert ESC not in run(*args).stdout  # a pipe
    assert ESC not in run_on_terminal(*args, "--color", "never").stdout
    assert ESC not in run_on_terminal(*args, "--no-color").stdout  # the old spelling
    assert ESC in run(*args, "--color", "always").stdout
    saved = tmp_path / "report.txt"
    run_on_terminal(*args, "-o", saved)
    assert ESC not in saved.read_text()
    run(*args, "-o", saved, "--color", "always")
    assert ESC in saved.read_text()

    monkeypatch.setenv("NO_COLOR", "1")
    assert ESC not in run_on_terminal(*args).stdout
    monkeypatch.setenv("CARGO_TERM_COLOR", "always")
    assert ESC in run(*args).stdout
    assert ESC not in run(*args, "--color", "auto").stdout
    monkeypatch.setenv("CARGO_TERM_COLOR", "sometimes")
    assert_one_line_error(run(*args), 2, "CARGO_TERM_COLOR", "sometimes")
    assert run(*args, "--format", "json", "-q").exit_code == 1  # colour plays no part there


def test_every_command_with_a_human_report_takes_color(tmp_path: Path) -> None:
    old = crate_dir(tmp_path / "old", {"Cargo.toml": manifest("demo", "1.0.0"), "src/lib.rs": LIB})
    new = crate_dir(
        tmp_path / "new", {"Cargo.toml": manifest("demo", "1.0.1"), "src/lib.rs": LIB_PATCHED}
    )
    for args in (
        ["db", "info", "--db", str(require(ADVISORY_DB))],
        ["scan", str(INCIDENTS / "clean-sys-build-script")],
        ["diff", str(old), str(new)],
    ):
        for when in ("--color=always", "--color=never", "--no-color"):
            result = run(*args, when)
            assert result.exit_code == 0, (args, when, result.output)
        assert_one_line_error(run(*args, "--color", "sometimes"), 2, "--color")


# -- --manifest-path ----------------------------------------------------------------------


def _workspace(tmp_path: Path) -> Path:
    """A workspace whose member has no lockfile of its own; returns the member's manifest."""
    shutil.copy(require(NEWEST_RIPGREP), tmp_path / "Cargo.lock")
    (tmp_path / "Cargo.toml").write_text('[workspace]\nmembers = ["crates/member"]\n')
    member = tmp_path / "crates" / "member"
    member.mkdir(parents=True)
    (member / "Cargo.toml").write_text(manifest("member", "0.1.0").decode())
    return member / "Cargo.toml"


def test_manifest_path_finds_the_workspace_lockfile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = _workspace(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the working directory plays no part
    (tmp_path / "cratewatch.toml").write_text('[audit.levels]\ndatabase-stale = "deny"\n')
    db = ["--db", str(require(ADVISORY_DB))]
    result = run("audit", "--manifest-path", member, *db, "--format", "json", "-q")
    report = json.loads(result.stdout)
    assert report["lockfile"] == str(tmp_path / "Cargo.lock")
    # the project's configuration is found from the manifest, as from PATH
    assert result.exit_code == 1 and report["summary"]["failed"] is True
    same = run("audit", member, *db, "--format", "json", "-q")
    assert json.loads(same.stdout)["findings"] == report["findings"]


def test_a_bad_manifest_path_is_a_one_line_usage_error(tmp_path: Path) -> None:
    member = _workspace(tmp_path)
    missing = tmp_path / "gone" / "Cargo.toml"
    assert_one_line_error(run("audit", "--manifest-path", missing), 2, str(missing), "no such file")
    lockfile = tmp_path / "Cargo.lock"
    assert_one_line_error(run("audit", "--manifest-path", lockfile), 2, str(lockfile), "Cargo.toml")
    assert_one_line_error(run("audit", "--manifest-path", tmp_path), 2, "not a Cargo.toml")
    folder = tmp_path / "odd" / "Cargo.toml"
    folder.mkdir(parents=True)
    assert_one_line_error(run("audit", "--manifest-path", folder), 2, "directory")
    both = run("audit", tmp_path, "--manifest-path", member)
    assert_one_line_error(both, 2, "PATH", "--manifest-path", "not both")
    (tmp_path / "Cargo.lock").unlink()
    assert_one_line_error(run("audit", "--manifest-path", member), 3, "no Cargo.lock found")


def test_scan_takes_the_lockfile_from_a_manifest_path(tmp_path: Path) -> None:
    project = tmp_path / "project"
    sample = INCIDENTS / "clean-sys-build-script"
    vendored = (sample / "Cargo.toml").read_text()
    name = vendored.split('name = "', 1)[1].split('"', 1)[0]
    version = vendored.split('version = "', 1)[1].split('"', 1)[0]
    shutil.copytree(sample, project / "vendor" / name)
    lockfile = project / "Cargo.lock"
    lockfile.write_text(
        f'version = 4\n\n[[package]]\nname = "project"\nversion = "0.1.0"\n\n'
        f'[[package]]\nname = "{name}"\nversion = "{version}"\nsource = "{CRATES_IO}"\n'
    )
    (project / "Cargo.toml").write_text(manifest("project", "0.1.0").decode())
    result = run("scan", "--manifest-path", project / "Cargo.toml", "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["lockfile"] == str(lockfile)
    assert [c["verdict"] for c in document["crates"]] == ["clean"]
    both = run("scan", "--manifest-path", project / "Cargo.toml", "--lockfile", lockfile)
    assert_one_line_error(both, 2, "--lockfile", "--manifest-path")
    assert_one_line_error(run("scan", "--manifest-path", lockfile), 2, "not a Cargo.toml")


# -- -q -----------------------------------------------------------------------------------


def test_quiet_audit_prints_only_what_fails_or_warns() -> None:
    args = ["audit", str(require(BAT_2020)), "--no-config", "--db", str(require(ADVISORY_DB))]
    full = run(*args)
    quiet = run(*args, "-q")
    assert quiet.exit_code == full.exit_code == 1
    assert quiet.stderr == ""
    assert quiet.stdout.startswith("Vulnerabilities (")
    for extra in ("audit of", "Advisory database:", "Sources:", "WARNING", "Skipped", "FAILED"):
        assert extra in full.stdout and extra not in quiet.stdout, extra
    assert "warning[database-stale]" in quiet.stdout  # a diagnostic: it warns
    for finding in ("RUSTSEC-2021-0003", "smallvec 0.6.10", "Unmaintained crates ("):
        assert finding in quiet.stdout


def test_quiet_audit_with_nothing_to_report_prints_nothing(tmp_path: Path) -> None:
    args = ["audit", str(require(NEWEST_RIPGREP)), "--no-config", "--db", str(require(ADVISORY_DB))]
    args += ["--allow", "database-stale"]
    assert "passed" in run(*args).stdout
    quiet = run(*args, "-q")
    assert (quiet.exit_code, quiet.stdout, quiet.stderr) == (0, "", "")
    saved = tmp_path / "report.txt"
    assert run(*args, "-q", "-o", saved).exit_code == 0
    assert saved.read_text() == ""


def test_quiet_scan_shows_only_the_crates_that_are_not_clean() -> None:
    paths = [INCIDENTS / "telegram-build-script", INCIDENTS / "clean-sys-build-script"]
    full = run("scan", *paths)
    quiet = run("scan", *paths, "-q")
    assert quiet.exit_code == full.exit_code == 1
    assert "MALICIOUS" in quiet.stdout and "CLEAN" in full.stdout
    assert "CLEAN" not in quiet.stdout
    assert "scan failed" in full.stdout and "scan failed" not in quiet.stdout
    assert quiet.stdout.splitlines() == [
        text for text in full.stdout.splitlines() if text in quiet.stdout.splitlines()
    ]
    clean = run("scan", INCIDENTS / "clean-sys-build-script", "-q")
    assert (clean.exit_code, clean.stdout, clean.stderr) == (0, "", "")


def test_quiet_diff_is_silent_about_an_unremarkable_change(tmp_path: Path) -> None:
    old = crate_dir(tmp_path / "old", {"Cargo.toml": manifest("demo", "1.0.0"), "src/lib.rs": LIB})
    new = crate_dir(
        tmp_path / "new", {"Cargo.toml": manifest("demo", "1.0.1"), "src/lib.rs": LIB_PATCHED}
    )
    assert "UNCHANGED-RISK" in run("diff", old, new).stdout
    assert run("diff", old, new, "-q").output == ""
    grown = crate_dir(
        tmp_path / "grown",
        {
            "Cargo.toml": manifest("demo", "1.0.2", '[dependencies]\nreqwest = "0.12"\n'),
            "src/lib.rs": LIB,
        },
    )
    review = run("diff", old, grown, "-q")
    assert review.stdout == run("diff", old, grown).stdout
    assert "REVIEW" in review.stdout or "RISKY" in review.stdout


# -- progress -----------------------------------------------------------------------------


def test_compiling_a_database_is_reported_once(tmp_path: Path) -> None:
    seen: list[tuple[str, int | None, int | None]] = []
    db = str(require(ADVISORY_DB))
    open_database([db], tmp_path, progress=lambda *event: seen.append(event))
    assert [stage for stage, _, _ in seen] == [f"compiling the advisory database {db}"]
    seen.clear()
    open_database([db], tmp_path, progress=lambda *event: seen.append(event))
    assert seen == []  # compiled already: nothing slow left


def _git_database(tmp_path: Path) -> Path:
    remote = tmp_path / "remote"
    shutil.copytree(require(ADVISORY_DB) / "crates" / "smallvec", remote / "crates" / "smallvec")
    git = ["git", "-c", "user.email=t@example.invalid", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q"], cwd=remote, check=True)
    subprocess.run([*git, "add", "-A"], cwd=remote, check=True)
    subprocess.run([*git, "commit", "-qm", "db"], cwd=remote, check=True)
    return remote


def test_fetching_a_git_database_is_reported_and_shown_on_a_terminal(tmp_path: Path) -> None:
    url = _git_database(tmp_path).as_uri()
    seen: list[str] = []
    open_database([url], tmp_path / "cache", progress=lambda stage, *_: seen.append(stage))
    assert seen == [f"fetching {url}", f"compiling the advisory database {url}"]

    err = _Terminal()
    args = ["audit", str(require(BAT_2020)), "--no-config", "--db", url, "--fetch"]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        assert main([*args, "--format", "json"]) == 1
    shown = err.getvalue()
    assert f"fetching {url}" in shown
    assert shown.rsplit("\r", 2)[-2].strip() == ""  # the line is wiped before the summary
    err = _Terminal()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        main([*args, "--format", "json", "-q"])
    assert err.getvalue() == ""  # -q: no progress line either
    plain = run(*args, "--format", "json")
    assert "\r" not in plain.stderr and "fetching" not in plain.stderr


# -- SIGTERM ------------------------------------------------------------------------------


def test_sigterm_handler_is_installed_for_the_run_and_not_in_forked_workers() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with sigterm_exits():
        ours = signal.getsignal(signal.SIGTERM)
        assert ours is not before
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # a worker of parallel.map_on_cores: SIGTERM simply ends it
            os.write(
                write, b"default" if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL else b"x"
            )
            os._exit(0)
        os.close(write)
        os.waitpid(pid, 0)
        assert os.read(read, 16) == b"default"
        os.close(read)
    assert signal.getsignal(signal.SIGTERM) is before


class _SlowRegistry(BaseHTTPRequestHandler):
    """A sparse registry whose downloads never finish: one chunk, then nothing."""

    protocol_version = "HTTP/1.1"
    downloading = threading.Event()
    release = threading.Event()

    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}/"
        if self.path == "/config.json":
            body = json.dumps({"dl": base + "dl"}).encode()
        elif self.path == "/" + index_path("demo"):
            body = (line("demo", "1.0.0", cksum="ab" * 32) + "\n").encode()
        elif self.path.startswith("/dl/"):
            self.send_response(200)
            self.send_header("Content-Length", "1000000")
            self.end_headers()
            self.wfile.write(b"\x1f\x8b" + b"\0" * 4096)
            self.wfile.flush()
            type(self).downloading.set()
            type(self).release.wait(60)
            return
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def slow_registry() -> Iterator[str]:
    _SlowRegistry.downloading.clear()
    _SlowRegistry.release.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _SlowRegistry)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        _SlowRegistry.release.set()
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_sigterm_during_a_download_removes_the_temporary_files(
    tmp_path: Path, slow_registry: str
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")
    }
    env.update(
        TMPDIR=str(scratch),
        NO_PROXY="127.0.0.1",
        CRATEWATCH_CACHE_DIR=str(tmp_path / "cache"),
        PYTHONPATH=str(PROJECT_ROOT / "src"),
    )
    command = [sys.executable, "-m", "cratewatch", "scan", "--download", "demo@1.0.0"]
    process = subprocess.Popen(
        [*command, "--registry", slow_registry],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert _SlowRegistry.downloading.wait(60), process.communicate(timeout=5)
        deadline = time.monotonic() + 10
        while not list(scratch.glob("cratewatch-scan-*/.demo-1.0.0.crate.*.part")):
            assert time.monotonic() < deadline, list(scratch.rglob("*"))
            time.sleep(0.05)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert (process.returncode, out, err) == (143, "", "error: terminated\n")
    assert list(scratch.iterdir()) == []
