"""Unsafe code counted from a file's tokens (scan/lexed_unsafe.py), as the parse counts it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cratewatch.model.scan import UnsafeCounts
from cratewatch.scan.lexer import lexed_rust
from cratewatch.scan.syntax import parse_rust, parser
from tests.scan.test_lexer import REAL_FILES


def _same_as_parse(data: bytes) -> bool:
    """Whether the lexer reads the file's unsafe code and gates as the parse does (False
    where it leaves the file to the parse)."""
    lexed = lexed_rust(data, unsafe=True)
    if lexed is None:
        return False
    parsed = parse_rust(data)
    assert lexed.unsafe == parsed.unsafe
    assert lexed.facts.get("unsafe") == parsed.facts.get("unsafe")
    assert sorted(lexed.tests) == sorted(parsed.tests)
    assert lexed.cfgs == parsed.cfgs
    return True


@pytest.mark.parametrize(
    ("source", "counts"),
    [
        ("fn f(p: *const u8) -> u8 { unsafe { *p } }", UnsafeCounts(blocks=1)),
        ("pub(crate) const unsafe fn f() {}\npub unsafe trait T {}", UnsafeCounts(1, 0, 0, 1)),
        ("unsafe impl Send for S {}\nunsafe auto trait A {}", UnsafeCounts(impls=1, traits=1)),
        ("trait T { unsafe fn f(&self); }", UnsafeCounts(functions=1)),
        ("fn a() {} unsafe fn b() {}", UnsafeCounts(functions=1)),
        ("m!(unsafe { x }); quote! { unsafe impl X for Y {} }", UnsafeCounts(in_macros=2)),
        # a macro's matchers are patterns, its transcribers tokens; `try!` is an expression
        ("macro_rules! m { (unsafe $b:block) => { unsafe $b }; }", UnsafeCounts(in_macros=1)),
        ("fn f() -> R { try!(unsafe { g() }) }", UnsafeCounts(blocks=1)),
        (
            "#![forbid(unsafe_code)]\nfn is_unsafe() {} // unsafe { }",
            UnsafeCounts(forbids_unsafe=True),
        ),
        ("fn f() { let s = \"unsafe { }\"; let c = '{'; }\nunsafe fn g() {}", UnsafeCounts(1)),
        # a function with a foreign ABI is no extern block
        ('pub extern "C" fn cb(p: *const u8) -> u8 { unsafe { *p } }', UnsafeCounts(blocks=1)),
    ],
)
def test_counts(source: str, counts: UnsafeCounts) -> None:
    lexed = lexed_rust(source.encode(), unsafe=True)
    assert lexed is not None and lexed.unsafe == counts
    assert _same_as_parse(source.encode())


def test_the_first_unsafe_line_outside_tests_and_its_gate() -> None:
    source = b"""#[cfg(test)]
mod tests {
    fn t() { unsafe { x() } }
}

#[cfg(windows)]
#[inline]
pub
unsafe fn w() {}

#[cfg(all(unix, feature = "fast"))]
impl<T, const N: usize> Buf<T, { N }> {
    fn get(&self) -> u8 { unsafe { *self.p } }
}
"""
    lexed = lexed_rust(source, unsafe=True)
    parsed = parse_rust(source)
    assert lexed is None  # (`pub` above `unsafe fn`: where the node starts, left to the parse)
    one_line = source.replace(b"pub\nunsafe fn", b"pub unsafe fn")
    assert _same_as_parse(one_line)
    lexed = lexed_rust(one_line, unsafe=True)
    assert lexed is not None and lexed.facts == {"unsafe": 8}
    assert [r.label for r in lexed.cfgs] == ["windows", 'all(unix, feature = "fast")']
    assert parsed.facts["unsafe"] == 8  # (where the function's node starts: at `pub`)


@pytest.mark.parametrize(
    "source",
    [
        "type F = unsafe fn(u8);",  # a type, not a function
        'unsafe extern "C" { fn f(); }',
        'extern "C" { fn f(); }\nfn g() { unsafe { f() } }',  # (an extern block: the parse's)
        "#[unsafe(no_mangle)] pub fn f() {}",
        "fn f() { #[cfg(x)] g(unsafe { h() }); }",  # a gate on what the lexer cannot delimit
        "fn f() { unsafe { ( }",  # brackets that do not pair
    ],
)
def test_what_the_lexer_cannot_tell_is_left_to_the_parse(source: str) -> None:
    assert lexed_rust(source.encode(), unsafe=True) is None


def test_real_files_count_as_the_parse_counts() -> None:
    read = [path for path in REAL_FILES if b"unsafe" in path.read_bytes()]
    assert read
    for path in read:
        try:
            _same_as_parse(path.read_bytes())
        except AssertionError as error:
            raise AssertionError(str(path)) from error


_PIECES = st.sampled_from(
    [
        "unsafe { a(); }",
        "pub unsafe fn f() {}",
        "unsafe impl Send for S {}",
        "unsafe trait T {}",
        "m!(unsafe { b });",
        "macro_rules! r { (unsafe) => { unsafe {} }; }",
        "#[cfg(test)]",
        '#[cfg(feature = "x")]',
        "#[test]",
        "fn g() { c(); }",
        "mod m { fn h() {} }",
        "struct S;",
        '// unsafe "x"',
        'let s = "unsafe";',
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=16))
def test_any_sequence_of_items_counts_as_the_parse_counts(pieces: list[str]) -> None:
    data = "\n".join(pieces).encode()
    if parser().parse(data).root_node.has_error:
        return  # (the parse's recovery from a syntax error is its own)
    _same_as_parse(data)
