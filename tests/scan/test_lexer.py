"""The lexer reads a file's literals, comments and arrays as the parse does (``lexer.py``),
and a file it reads is skipped only where the parse would find nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cratewatch.scan import analyze
from cratewatch.scan.analyze import Context, analyze_file
from cratewatch.scan.lexer import lexed_rust
from cratewatch.scan.syntax import parse_rust, parser

HERE = Path(__file__).resolve().parent
# Rust as crates write it: the inert samples (hostile by design) and Debian's semver crate
REAL_FILES = sorted(
    [
        *(HERE / "incidents").rglob("*.rs"),
        *(HERE / "techniques").rglob("*.rs"),
        *(
            path
            for root in Path("/usr/share/cargo/registry").glob("semver-1.*")
            for path in root.rglob("*.rs")
        ),
    ]
)


def _same_as_parse(data: bytes) -> None:
    read, parsed = lexed_rust(data), parse_rust(data)
    assert read is not None
    lexed = read.source
    assert lexed.strings == parsed.strings
    assert lexed.code_bytes == parsed.code_bytes
    # (arrays: those the parse finds, and also any among a macro's tokens)
    assert set(parsed.byte_arrays) <= set(lexed.byte_arrays)
    assert set(parsed.wide_arrays) <= set(lexed.wide_arrays)


@pytest.mark.parametrize(
    "source",
    [
        'let a = r#"a "quoted" \\ word"#; let b = br##"x"# y"##; let c = r"C:\\";',
        'let s = b"bytes\\x00"; let c = c"text"; let e = "esc \\" quote \\\\";',
        "let q = '\"'; let e = '\\''; let b = b'\"'; fn f<'a>(x: &'a str) -> &'a str { x }",
        '/* outer /* nested "not a literal" */ still comment */ let s = "real";',
        '/// doc "comment"\n//! inner\n// plain "x"\nlet s = "after";',
        '    // one\n    // two "x"\n\t// tabbed\nlet s = "y";',
        'assert_eq!(x, "compared"); assert!(f("argument"), "message {}", g("inner"));',
        'macro_rules! m { () => { assert_eq!(a, "kept in a macro body"); }; }',
        'check!(assert_eq!(a, "kept among a macro\'s tokens"));',
        'similar_asserts::assert_eq!(a, "a path: not an assertion to the parse");',
        'debug_assert_ne!(v, [1, 2, 3, 4], "arrays stay");',
        'let s = "continued \\\n    over lines";',
        "def!(f, |s| s.find('(')); assert_eq!(\"dropped\", f());",
        "let a = [104, 116, 116, 112, 115];\n"
        "let w = vec![0x1F600, 0x1F601, 0x1F602, 0x1F603, 0x1F604, 0x1F605];",
        'let r#type = 1; let ident_r = 2; let s = ident_b"x";',
    ],
)
def test_literals_comments_and_arrays_are_those_the_parse_finds(source: str) -> None:
    _same_as_parse(source.encode())


def test_real_files_read_as_the_parse_reads_them() -> None:
    assert len(REAL_FILES) > 1000
    for path in REAL_FILES:
        try:
            _same_as_parse(path.read_bytes())
        except AssertionError as error:
            raise AssertionError(f"{path.relative_to(HERE.parent.parent)}") from error


@pytest.mark.parametrize(
    "source",
    ['let s = "never closed;', "/* never closed", 'let s = r#"never closed"; ', "let q = '\"';\""],
)
def test_what_does_not_end_is_left_to_the_parse(source: str) -> None:
    assert lexed_rust(source.encode()) is None


_PIECES = st.sampled_from(
    [
        'let a = "plain";',
        'let b = "with \\" escaped quote";',
        'let c = r#"raw "inside" raw"#;',
        'let d = b"\\x41\\x42";',
        "let e = '\"';",
        "let f = '\\'';",
        "fn g<'a>(x: &'a u8) -> &'a u8 { x }",
        '// comment with "quotes"',
        '/* block /* nested */ "x" */',
        'assert_eq!(x, "asserted", "message");',
        'println!("{}", "argument");',
        "let h = [1, 2, 3, 4, 5];",
        "\n",
        "    ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=20))
def test_any_sequence_of_tokens_reads_as_the_parse_reads_it(pieces: list[str]) -> None:
    data = "\n".join(pieces).encode()
    if parser().parse(data).root_node.has_error:
        return  # (the parse's recovery from a syntax error is its own)
    _same_as_parse(data)


@pytest.mark.parametrize(
    ("data", "skipped"),
    [
        (
            b'/// Adds.\npub fn add(a: u32, b: u32) -> u32 { a + b }\nconst N: &str = "adder";\n',
            True,
        ),
        (b'const U: &str = "aHR0cHM6Ly9leGFtcGxlLmNvbS9wYXlsb2FkLnNo";\n', False),
        (b'fn key() -> &\'static str { "0x39D100AB67D5BD8C04010205FB3751F1587DAEF1" }\n', False),
        (b"pub fn get(p: *const u8) -> u8 { unsafe { *p } }\n", True),  # (counted by the lexer)
        (b"#![forbid(unsafe_code)]\npub fn id(x: u8) -> u8 { x }\n", True),
        (b"pub type F = unsafe fn(u8);\n", True),  # (a type: no unsafe code)
        (b"#[unsafe(no_mangle)]\npub fn f() {}\n", False),  # (in an attribute: parsed)
        (b"mod inner;\npub use inner::*;\n", True),  # (module declarations read by the lexer)
        (b'#[cfg(test)]\nmod tests;\n#[path = "os/unix.rs"]\nmod os;\n', True),
        (b"mod caf\xc3\xa9;\n", False),  # (a name the lexer does not read as Rust does)
        (b'pub const HELP: &str = "one \\\n    line";\n', True),  # (joined by the lexer too)
        (b'pub extern "C" fn callback(x: u8) -> u8 { x }\n// see the link below\n', True),
        (b'extern "C" { fn abs(x: i32) -> i32; }\n', False),  # (an extern block: parsed)
        (b'extern /* ABI */ "C" {\n    fn abs(x: i32) -> i32;\n}\n', False),
        (b'#[link(name = "z")]\nextern {}\n', False),
    ],
)
def test_a_file_is_skipped_only_where_the_parse_finds_nothing(
    data: bytes, skipped: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing to find, or unsafe code and modules the lexer reads (skipped); a literal
    that decodes to a URL, a string a rule matches only whole, what the lexer cannot tell
    (parsed): the same result either way."""
    parses = []
    monkeypatch.setattr(analyze, "parse_rust", lambda d: parses.append(d) or parse_rust(d))
    read = analyze_file("src/lib.rs", data, Context.LIBRARY)
    assert (not parses) is skipped
    monkeypatch.setattr(analyze, "_lexed", lambda *arguments: None)
    assert read == analyze_file("src/lib.rs", data, Context.LIBRARY)
