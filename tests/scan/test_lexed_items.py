"""What a file's items tell, read from its tokens (scan/lexed_items.py) as the parse reads it:
unsafe code, test and cfg regions, module declarations."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cratewatch.model.scan import UnsafeCounts
from cratewatch.scan.lexer import itemised, lexed_rust
from cratewatch.scan.syntax import RustSource, parse_rust, parser
from tests.scan.test_lexer import REAL_FILES


def _items(data: bytes) -> RustSource | None:
    read = lexed_rust(data)
    return None if read is None else itemised(read)


def _same_as_parse(data: bytes) -> bool:
    """Whether the lexer reads the file's unsafe code, gates and modules as the parse does
    (False where it leaves the file to the parse)."""
    lexed = _items(data)
    if lexed is None:
        return False
    parsed = parse_rust(data)
    assert lexed.unsafe == parsed.unsafe
    assert lexed.facts.get("unsafe") == parsed.facts.get("unsafe")
    assert lexed.modules == parsed.modules
    if b"unsafe" in data or parsed.modules:  # (the regions matter only to them: not read)
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
        ('pub unsafe extern "C" fn cb(p: *const u8) {}', UnsafeCounts(functions=1)),
        # a function pointer's type is no unsafe code of its own
        ('type F = unsafe fn(u8);\ntype G = unsafe extern "C" fn(*mut u8);', UnsafeCounts()),
        # a macro_rules! among another macro's tokens is only tokens
        (
            "macro_rules! outer { () => { macro_rules! inner { [unsafe] => {}; } }; }",
            UnsafeCounts(in_macros=1),
        ),
    ],
)
def test_counts(source: str, counts: UnsafeCounts) -> None:
    lexed = _items(source.encode())
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
    lexed = _items(source)
    parsed = parse_rust(source)
    assert lexed is None  # (`pub` above `unsafe fn`: where the node starts, left to the parse)
    one_line = source.replace(b"pub\nunsafe fn", b"pub unsafe fn")
    assert _same_as_parse(one_line)
    lexed = _items(one_line)
    assert lexed is not None and lexed.facts == {"unsafe": 8}
    assert [r.label for r in lexed.cfgs] == ["windows", 'all(unix, feature = "fast")']
    assert parsed.facts["unsafe"] == 8  # (where the function's node starts: at `pub`)


@pytest.mark.parametrize(
    "source",
    [
        'unsafe extern "C" { fn f(); }',
        'extern "C" { fn f(); }\nfn g() { unsafe { f() } }',  # (an extern block: the parse's)
        "#[unsafe(no_mangle)] pub fn f() {}",
        # a gate on what the lexer cannot delimit (`<`: a comparison or a type's?)
        "fn f() { #[cfg(x)] a < b; unsafe { h() } }",
        "fn f() { unsafe { ( }",  # brackets that do not pair
    ],
)
def test_what_the_lexer_cannot_tell_is_left_to_the_parse(source: str) -> None:
    assert _items(source.encode()) is None


@pytest.mark.parametrize(
    "source",
    [
        # statements and list elements a gate stands on, delimited as the parse delimits them
        "fn f() {\n    #[cfg(unix)]\n    {\n        g();\n    }\n    unsafe { h() }\n}",
        "fn f() {\n    #[cfg(unix)]\n    unsafe {\n        g()\n    }\n}",
        "fn f() {\n    #[cfg(unix)]\n    if let Some(x) = y {\n        a(x);\n    } else {\n"
        "        b();\n    }\n    unsafe { h() }\n}",
        "fn f() {\n    #[cfg(unix)]\n    'outer: loop {\n        break 'outer;\n    }\n"
        "    unsafe { h() }\n}",
        "fn f() {\n    #[cfg(unix)]\n    self.span.in_scope(|| {\n        g()\n    });\n"
        "    unsafe { h() }\n}",
        '#[cfg(feature = "x")]\nbitflags! {\n    struct F: u8 {}\n}\nunsafe fn g() {}',
        "#[cfg(unix)]\nthread_local!(static N: u8 = 0);\nunsafe fn g() {}",
        "struct S {\n    #[cfg(unix)]\n    fd: HashMap<u32,\n        Vec<u8>>,\n    n: u8,\n}\n"
        "unsafe impl Send for S {}",
        "enum E {\n    #[cfg(unix)]\n    A { fd: i32 },\n    #[cfg(windows)]\n    B(u8),\n}\n"
        "unsafe impl Send for E {}",
        'unsafe extern "C" fn f<T, F: FnMut(T) -> u8>(p: *mut u8) {}\n'
        '#[cfg(unix)]\npub extern "C" fn g() {}',
        # module declarations: nested in inline modules, with their #[path], gated
        "mod a {\n    pub mod b;\n    mod c {\n        mod d;\n    }\n}\nmod e;\nunsafe fn f() {}",
        '#[cfg(test)]\nmod tests;\n#[path = "sys/unix.rs"]\n// which one\n#[cfg(unix)]\n'
        "pub(crate) mod sys;\nm! { mod hidden; }",
        "mod r#type;\nmod x {}",
    ],
)
def test_gated_statements_elements_and_modules_read_as_the_parse_reads_them(source: str) -> None:
    assert _same_as_parse(source.encode())


@pytest.mark.parametrize(
    "source",
    [
        # a gate on a pattern's field, a match arm, a tail literal: the parse's own reading
        "fn f() {\n    let S {\n        a,\n        #[cfg(x)]\n        b: _,\n    } = s;\n"
        "    unsafe { g() }\n}",
        "fn f() {\n    match x {\n        #[cfg(x)]\n        A => 1,\n        _ => 2,\n    };\n"
        "    unsafe { g() }\n}",
        'fn f() -> &str {\n    #[cfg(x)]\n    ""\n}\nunsafe fn g() {}',
        "mod caf\u00e9;",  # a name the lexer does not read as Rust does
    ],
)
def test_what_the_lexer_cannot_delimit_is_left_to_the_parse(source: str) -> None:
    assert _items(source.encode()) is None


def test_a_module_nested_deeper_than_any_crate_is_left_out() -> None:
    deep = b"mod a {" * 65 + b"mod b;" + b"}" * 65 + b"\nmod c;"
    lexed = _items(deep)
    assert lexed is not None and [m.name for m in lexed.modules] == ["c"]
    assert _same_as_parse(b"mod a {" * 64 + b"mod b;" + b"}" * 64 + b"\nmod c;")


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
