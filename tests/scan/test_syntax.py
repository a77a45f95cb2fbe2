"""The one-pass Rust view: the blanked code, string literals, byte arrays and regions."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cratewatch.scan.syntax import (
    KEPT_SOURCE,
    ByteArray,
    Literal,
    ModuleDecl,
    Region,
    keeping_trees,
    parse_rust,
    syntax_tree,
)


def _line(code: str, number: int) -> str:
    return code.split("\n")[number - 1]


# --- the code view -------------------------------------------------------------------------

COMMENTED = b"""// line comment with "quotes" and unsafe
/* block /* nested */ still comment */ fn kept() {}
/// outer doc comment
//! inner doc comment
/** block doc comment */
fn main() { let x = 1; /* trailing */ }
/* multi
   line */ let y = 2;
"""


def test_code_view_blanks_every_kind_of_comment_and_keeps_the_code() -> None:
    code = parse_rust(COMMENTED).code
    assert len(code.encode()) == len(COMMENTED)
    for blank in (1, 3, 4, 5):
        assert _line(code, blank) == " " * len(COMMENTED.split(b"\n")[blank - 1])
    assert _line(code, 2) == " " * len("/* block /* nested */ still comment */ ") + "fn kept() {}"
    assert _line(code, 6) == "fn main() { let x = 1; " + " " * len("/* trailing */") + " }"
    assert _line(code, 7).strip() == ""
    assert _line(code, 8) == " " * len("   line */ ") + "let y = 2;"
    for word in ("comment", "nested", "doc", "quotes", "unsafe", "trailing", "multi"):
        assert word not in code


LITERALS = b"""fn main() {
    let a = "plain"; let b = r#"raw "quoted" text"#; let c = b"bytes"; let d = br"raw bytes";
    println!("hello {}", name); let e = format!("{}-{}", 1, 2); let f = concat!("foo", "bar");
    let g = "spans
two lines"; let h = 'q';
}
"""


def test_code_view_blanks_every_kind_of_string_literal() -> None:
    code = parse_rust(LITERALS).code
    assert len(code.encode()) == len(LITERALS)
    assert code.count("\n") == LITERALS.count(b"\n")
    assert '"' not in code
    for word in ("plain", "raw", "quoted", "bytes", "hello", "foo", "bar", "spans", "two"):
        assert word not in code
    assert " ".join(_line(code, 2).split()) == "let a = ; let b = ; let c = ; let d = ;"
    assert "println!(" in code and ", name);" in code and "concat!(" in code
    assert "let h = 'q';" in code  # a char literal is not a string


def test_code_view_keeps_byte_length_with_multibyte_text_in_comments_and_strings() -> None:
    source = 'fn f() { let s = "héllo €"; } // naïve 𝄞\nfn g() {}\n'.encode()
    code = parse_rust(source).code
    assert len(code.encode()) == len(source)
    assert code.startswith("fn f() { let s = ") and code.endswith("\nfn g() {}\n")


# --- string literals -----------------------------------------------------------------------


def test_literals_keep_escape_sequences_as_written() -> None:
    source = rb"""fn f() {
    let a = "a\x41";
    let b = "\u{1F600} and \n and \" and \\";
    let c = r"\x41 stays";
    let d = b"\xff\x00";
}
"""
    assert [s.text for s in parse_rust(source).strings] == [
        r"a\x41",
        r"\u{1F600} and \n and \" and \\",
        r"\x41 stays",
        r"\xff\x00",
    ]


def test_literals_are_in_source_order_with_their_first_line() -> None:
    source = b"""fn f() {
    let u = "zeta"; let v = "alpha"; call("mid", "beta");
    let w = r#"raw
spanning"#; let z = "aardvark";
    println!("{}", "last");
}
"""
    assert parse_rust(source).strings == [
        Literal(2, "zeta"),
        Literal(2, "alpha"),
        Literal(2, "mid"),
        Literal(2, "beta"),
        Literal(3, "raw\nspanning"),
        Literal(4, "aardvark"),
        Literal(5, "{}"),
        Literal(5, "last"),
    ]


def test_strings_in_comments_are_not_literals() -> None:
    source = b'// let a = "hidden";\n/* "also hidden" */\nlet b = "seen";\n'
    assert parse_rust(source).strings == [Literal(3, "seen")]


# --- byte arrays ---------------------------------------------------------------------------


def test_byte_arrays_in_every_spelling() -> None:
    source = b"""const A: [u8; 4] = [104, 116, 116, 112];
fn f() { let v = vec![0x68, 0x74, 0x74, 0x70, 0x3a]; }
const B: [u8; 4] = [104u8, 1_16, 0x74_u8, 0b0111_0000];
const C: &[u8] = &[
    0o150,
    0x74,
    116,
    0x70,
];
fn g() { let w = vec![1, 2, 3, 255,]; }
"""
    assert parse_rust(source).byte_arrays == [
        ByteArray(1, b"http"),
        ByteArray(2, b"http:"),
        ByteArray(3, b"http"),
        ByteArray(4, b"http"),
        ByteArray(10, b"\x01\x02\x03\xff"),
    ]


@pytest.mark.parametrize(
    "array",
    [
        "[1, 2, 3]",  # fewer than four items
        "vec![104, 116, 116]",
        "[1, 2, 300, 4]",  # not a byte
        "vec![256, 1, 2, 3]",
        "[1, 2, x, 4]",  # not all integers
        "[1.0, 2.0, 3.0, 4.0]",
        "[-1, 2, 3, 4]",
        '["a", "b", "c", "d"]',
        "[0u8; 16]",  # a repeat expression, not a list
        "vec![x; 4]",
        "[[1, 2], [3, 4], [5, 6], [7, 8]]",
    ],
)
def test_not_byte_arrays(array: str) -> None:
    assert parse_rust(f"fn f() {{ let a = {array}; }}".encode()).byte_arrays == []


def test_vec_with_negative_numbers_is_not_a_byte_array() -> None:
    assert parse_rust(b"fn f() { let a = vec![-1, -2, -3, -4]; }").byte_arrays == []


def test_comments_between_items_do_not_hide_a_byte_array() -> None:
    source = b"const U: [u8; 4] = [104, /* h */ 116, 116, 112];\n"
    assert parse_rust(source).byte_arrays == [ByteArray(1, b"http")]


# --- function regions ----------------------------------------------------------------------


def test_function_regions_include_nested_functions_and_methods() -> None:
    source = b"""fn outer() {
    fn inner() {
    }
}
struct S;
impl S {
    pub fn method(&self) -> u8 {
        0
    }
    fn short(&self) {}
}
trait T {
    fn declared(&self);
    fn provided(&self) {}
}
"""
    assert parse_rust(source).functions == [
        Region(1, 4),
        Region(2, 3),
        Region(7, 9),
        Region(10, 10),
        Region(14, 14),  # a declaration without a body is not a function region
    ]


# --- test and cfg regions ------------------------------------------------------------------


def test_test_module_and_test_functions_are_test_regions() -> None:
    source = b"""pub fn lib() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn works() {
        lib();
    }
}

#[test]
#[should_panic]
fn panics() { panic!() }
"""
    parsed = parse_rust(source)
    assert sorted(parsed.tests) == [Region(4, 11), Region(8, 10), Region(15, 15)]
    assert parsed.cfgs == []


@pytest.mark.parametrize(
    "attribute",
    ["#[cfg(test)]", "#[cfg( test )]", '#[cfg(all(test, feature = "x"))]', "#[cfg(all(test))]"],
)
def test_test_cfgs(attribute: str) -> None:
    parsed = parse_rust(f"{attribute}\nmod helpers {{\n}}\n".encode())
    assert (parsed.tests, parsed.cfgs) == ([Region(2, 3)], [])


@pytest.mark.parametrize(
    ("attribute", "label"),
    [
        ("#[cfg(windows)]", "windows"),
        ('#[cfg(target_os = "windows")]', 'target_os = "windows"'),
        ("#[cfg(not(unix))]", "not(unix)"),
        ("#[cfg(  not(  unix ) )]", "not( unix )"),
        (
            '#[cfg(any(\n    target_os = "linux",\n    target_os = "macos"\n))]',
            'any( target_os = "linux", target_os = "macos" )',
        ),
        ("#[cfg(testing)]", "testing"),  # not the test cfg
        ("#[cfg(not(test))]", "not(test)"),
        ('#[cfg(any(test, feature = "y"))]', 'any(test, feature = "y")'),
    ],
)
def test_cfg_regions_are_labelled_with_the_predicate(attribute: str, label: str) -> None:
    source = f"{attribute}\nfn gated() {{\n}}\n"
    first = source.count("\n") - 1
    parsed = parse_rust(source.encode())
    assert (parsed.tests, parsed.cfgs) == ([], [Region(first, first + 1, label)])


def test_test_cfg_in_any_position_of_all() -> None:
    parsed = parse_rust(b'#[cfg(all(feature = "x", test))]\nmod helpers {}\n')
    assert (parsed.tests, parsed.cfgs) == ([Region(2, 2)], [])


def test_attribute_then_comments_and_other_attributes_then_the_item() -> None:
    source = b"""#[cfg(windows)]
// a line comment
/* a block comment */
/// a doc comment
#[inline]
fn on_windows() {
}
#[cfg(test)]
// helpers for the tests
mod tests {}
"""
    parsed = parse_rust(source)
    assert parsed.cfgs == [Region(6, 7, "windows")]
    assert parsed.tests == [Region(10, 10)]


def test_other_attributes_and_trailing_attributes_make_no_region() -> None:
    source = b"""#[derive(Debug)]
struct A;
#[cfg_attr(test, derive(Clone))]
struct B;
#[inline]
fn f() {}
fn g() {
    #[cfg(unix)]
}
#[cfg(test)]
"""
    parsed = parse_rust(source)
    assert (parsed.tests, parsed.cfgs) == ([], [])


def test_cfg_on_statements_inside_a_function() -> None:
    source = b"""fn f() {
    #[cfg(windows)]
    let shell = "cmd";
    #[cfg(not(windows))]
    let shell = "sh";
}
"""
    assert parse_rust(source).cfgs == [Region(3, 3, "windows"), Region(5, 5, "not(windows)")]


# --- malformed input -----------------------------------------------------------------------


def test_partial_and_malformed_rust_is_parsed_as_far_as_it_goes() -> None:
    source = b'fn broken( {\n    let s = "still a string";\n/* never closed\nfn g() {}\n'
    parsed = parse_rust(source)
    assert len(parsed.code.encode()) == len(source)
    assert Literal(2, "still a string") in parsed.strings
    assert parse_rust(b"").code == ""
    assert parse_rust(b'"unterminated').code.count("\n") == 0


_RUSTY = st.text(
    alphabet=st.sampled_from(list("/*\"'#r\\\nbx{}[]();,0f é€𝄞")) | st.characters(codec="utf-8"),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(_RUSTY)
def test_code_view_of_any_text_keeps_every_byte_or_blanks_it(text: str) -> None:
    data = text.encode()
    parsed = parse_rust(data)
    code = parsed.code.encode()
    assert len(code) == len(data)
    assert all(c == d or (c == 0x20 and d != 0x0A) for c, d in zip(code, data, strict=True))
    lines = data.count(b"\n") + 1
    for region in parsed.functions + parsed.tests + parsed.cfgs:
        assert 1 <= region.first <= region.last <= lines
    assert all(1 <= literal.line <= lines for literal in parsed.strings)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_parse_and_keep_their_lines(data: bytes) -> None:
    parsed = parse_rust(data)
    assert parsed.code.count("\n") == data.count(b"\n")
    assert parsed.unsafe.total >= 0


# --- a real crate --------------------------------------------------------------------------


def test_a_real_crate_from_debian() -> None:
    roots = sorted(Path("/usr/share/cargo/registry").glob("semver-1.*"))
    if not roots:
        pytest.skip("librust-semver-dev is not installed")
    tests = functions = 0
    for path in roots[-1].rglob("*.rs"):
        data = path.read_bytes()
        parsed = parse_rust(data)
        assert len(parsed.code.encode()) == len(data), path
        assert parsed.code.count("\n") == data.count(b"\n"), path
        tests += len(parsed.tests)
        functions += len(parsed.functions)
    assert tests > 10 and functions > 50


def test_first_unsafe_line_is_the_earliest_every_time() -> None:
    # tree-sitter does not always return a capture's nodes in document order (it varied
    # from one parse of the same file to the next): the first line must not depend on it
    items = [
        f"macro_rules! m{i} {{ () => {{ unsafe {{ x() }} }} }}\n"
        f"impl A{i} {{ fn f(&self) -> u32 {{ unsafe {{ g({i}) }} }} }}\n"
        f"unsafe fn h{i}() {{}}\n"
        f"unsafe impl Send for B{i} {{}}\n"
        for i in range(300)
    ]
    source = ("struct S;\n" + "".join(items)).encode()
    assert {parse_rust(source).facts["unsafe"] for _ in range(20)} == {2}


def test_module_declarations_with_their_inline_parents_and_path() -> None:
    source = b"""mod a;
#[cfg(test)]
mod tests {
    mod common;
    pub mod inner { mod deep; }
}
#[cfg(windows)]
#[path = "windows/mod.rs"]
mod sys;
mod inline { fn f() {} }
"""
    assert parse_rust(source).modules == [
        ModuleDecl("a", 1),
        ModuleDecl("sys", 9, "windows/mod.rs"),
        ModuleDecl("tests/common", 4),
        ModuleDecl("tests/inner/deep", 5),
    ]


def test_first_unsafe_line_outside_tests_when_there_is_one() -> None:
    source = b"""#[test]
fn layout() {
    let _ = unsafe { probe() };
}
pub fn f() { unsafe { g() } }
"""
    assert parse_rust(source).facts["unsafe"] == 5
    assert parse_rust(b"#[test]\nfn t() { unsafe { g() } }\n").facts["unsafe"] == 2


def test_include_macros_are_recorded_with_their_path() -> None:
    source = b'include!("../tests/helpers.rs");\nfn f() { let s = include_str!("data.txt"); }\n'
    assert parse_rust(source).includes == [("../tests/helpers.rs", 1)]


def test_trees_are_kept_only_within_a_crate_scan_and_up_to_their_budget() -> None:
    small = b"fn main() { run(); }\n"
    large = b"// filler\n" * (KEPT_SOURCE // 10 + 1)
    assert syntax_tree(small) is not syntax_tree(small)  # outside: parsed each time
    with keeping_trees():
        first = syntax_tree(small)
        assert syntax_tree(bytes(bytearray(small))) is first  # the same source, not object
        assert syntax_tree(large) is not syntax_tree(large)  # beyond the budget
        with keeping_trees():  # a crate scanned within another's scan keeps its own
            assert syntax_tree(small) is not first
        assert syntax_tree(small) is first
    assert syntax_tree(small) is not first
    assert str(first.root_node) == str(syntax_tree(small).root_node)
