"""Text from a crate never reaches the terminal raw: member names, snippets and reasons in
the scan's and the diff's human reports show control characters as escapes."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

from tests.cli.test_audit_cli import run

FORGED = "\x1b[2K\rerror: everything is fine"
MANIFEST = b'[package]\nname = "x"\nversion = "1.0.0"\n'


def _crate(path: Path, files: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(f"x-1.0.0/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def _hostile(path: Path) -> Path:
    source = f'pub const C: &str = "https://discord.com/api/webhooks/1/x"; // {FORGED}\n'
    return _crate(
        path,
        {
            "Cargo.toml": MANIFEST,
            "src/lib.rs": source.encode(),
            f"src/{FORGED}.rs": source.encode(),
            "src/a\\b.rs": b"",  # an oddity whose report quotes the name
        },
    )


def test_scan_escapes_what_the_crate_says(tmp_path: Path) -> None:
    result = run("scan", _hostile(tmp_path / "x-1.0.0.crate"))
    assert "\x1b" not in result.stdout and "\r" not in result.stdout
    assert "\\x1b[2K\\x0derror: everything is fine" in result.stdout
    assert not any(line.startswith("error:") for line in result.stdout.splitlines())


def test_diff_escapes_what_the_crate_says(tmp_path: Path) -> None:
    old = _crate(tmp_path / "x-0.9.0.crate", {"Cargo.toml": MANIFEST})
    result = run("diff", old, _hostile(tmp_path / "x-1.0.0.crate"))
    assert "\x1b" not in result.stdout and "\r" not in result.stdout
    assert "\\x1b[2K" in result.stdout


def test_an_error_quoting_input_is_escaped(tmp_path: Path) -> None:
    result = run("scan", tmp_path / f"missing{FORGED}")
    assert result.exit_code == 3
    assert "\x1b" not in result.stderr and "\\x1b[2K" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_invisible_characters_that_carry_text_are_shown(tmp_path: Path) -> None:
    """Tag characters and zero-width characters in a snippet would hide text from whoever
    reads the report (or from a model reading it for them): they are shown as escapes."""
    hidden = "".join(chr(0xE0000 + ord(c)) for c in "https://evil.example/x")
    source = f'pub const LANGUAGE: &str = "Solidity{hidden}\u200b";\n'
    crate = _crate(
        tmp_path / "x-1.0.0.crate", {"Cargo.toml": MANIFEST, "src/lib.rs": source.encode()}
    )
    result = run("scan", crate)
    assert "\\u{e0068}" in result.stdout and "\\u200b" in result.stdout
    assert not any(0xE0000 <= ord(c) <= 0xE007F or c == "\u200b" for c in result.stdout)
