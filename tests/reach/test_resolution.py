"""Resolution details beyond the labelled workspaces: receivers typed by a struct's
field declarations, qualified paths, features chosen on the command line, and the cfg
predicate evaluator's laws (property-based)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cratewatch.model.target import Target
from cratewatch.project.cfg import CfgEnv, evaluate, target_cfg
from tests.cli.test_audit_cli import run
from tests.reach.test_cli import DB, _project
from tests.reach.test_workspaces import WORKSPACES

CLOCKS = """
struct SafeClock;
struct LeakyClock;
impl SafeClock { fn stamp(&self) -> u64 { 0 } }
impl LeakyClock { fn stamp(&self) -> u64 { time::now(); 1 } }
"""


def _state(project: Path, *options: str) -> str:
    result = run("reach", project, *DB, "--format", "json", *options)
    (finding,) = json.loads(result.stdout)["findings"]
    return str(finding["state"])


def test_a_field_declared_with_a_type_calls_that_types_method(tmp_path: Path) -> None:
    main = CLOCKS + (
        "struct App { clock: SafeClock }\n"
        "impl App { fn run(&self) -> u64 { self.clock.stamp() } }\n"
        "fn main() { let _other = LeakyClock; let app = App { clock: SafeClock }; app.run(); }\n"
    )
    assert _state(_project(tmp_path / "safe", main)) == "not-reachable"
    leaky = main.replace("clock: SafeClock", "clock: LeakyClock")
    assert _state(_project(tmp_path / "leaky", leaky)) == "reachable"


def test_qualified_paths_name_the_types_function(tmp_path: Path) -> None:
    main = (
        CLOCKS
        + "trait Stamp { fn stamp(&self) -> u64; }\n"
        + ("fn main() { let c = LeakyClock; <LeakyClock>::stamp(&c); }\n")
    )
    assert _state(_project(tmp_path / "a", main)) == "reachable"
    main = main.replace("<LeakyClock>::stamp(&c)", "<SafeClock as Stamp>::stamp(&SafeClock)")
    assert _state(_project(tmp_path / "b", main)) == "not-reachable"


def test_features_given_on_the_command_line_are_on() -> None:
    workspace = WORKSPACES / "optional-dependency-feature-off"
    assert _state(workspace) == "not-reachable"
    assert _state(workspace, "--features", "clock") == "reachable"
    assert _state(workspace, "--all-features") == "reachable"


_ATOMS = st.sampled_from(
    ["unix", "windows", 'target_os = "linux"', 'feature = "a"', "test", "docsrs", "x(", '"'],
)
_PREDICATES = st.recursive(
    _ATOMS,
    lambda inner: st.one_of(
        inner.map(lambda p: f"not({p})"),
        st.lists(inner, max_size=3).map(lambda ps: f"all({', '.join(ps)})"),
        st.lists(inner, max_size=3).map(lambda ps: f"any({', '.join(ps)})"),
    ),
    max_leaves=12,
)
_ENVS = [
    CfgEnv(None, frozenset({"a"})),
    CfgEnv(target_cfg(Target.parse("x86_64-unknown-linux-gnu")), frozenset()),
    CfgEnv(target_cfg(Target.parse("x86_64-pc-windows-msvc")), frozenset({"a"}), True),
]


@given(_PREDICATES, st.sampled_from(_ENVS))
def test_not_negates_and_all_any_are_and_or(predicate: str, env: CfgEnv) -> None:
    value = evaluate(predicate, env)
    negated = evaluate(f"not({predicate})", env)
    assert negated == (None if value is None else not value)
    assert evaluate(f"all({predicate}, {predicate})", env) == value
    assert evaluate(f"any({predicate})", env) == value


def test_a_target_decides_platform_predicates() -> None:
    linux = CfgEnv(target_cfg(Target.parse("aarch64-unknown-linux-musl")), frozenset())
    assert evaluate("unix", linux) is True
    assert evaluate('all(target_env = "musl", target_pointer_width = "64")', linux) is True
    assert evaluate("windows", linux) is False
    assert evaluate("windows", CfgEnv(None, frozenset())) is None


def test_a_value_made_by_a_function_has_the_type_it_declares(tmp_path: Path) -> None:
    main = CLOCKS + (
        "fn clock() -> SafeClock { SafeClock }\n"
        "fn main() { let _other = LeakyClock; let c = clock(); c.stamp(); }\n"
    )
    assert _state(_project(tmp_path / "safe", main)) == "not-reachable"
    leaky = main.replace(
        "fn clock() -> SafeClock { SafeClock }", "fn clock() -> LeakyClock { LeakyClock }"
    )
    assert _state(_project(tmp_path / "leaky", leaky)) == "reachable"
    chained = CLOCKS + (
        "impl SafeClock { fn new() -> Self { SafeClock } }\n"
        "fn main() { let _other = LeakyClock; SafeClock::new().stamp(); }\n"
    )
    assert _state(_project(tmp_path / "chained", chained)) == "not-reachable"


SHAPES = {
    # reachable: `super::` and `crate::` paths, UFCS through a trait, closures in a Box<dyn Fn>
    # and in iterator adapters, fn pointers in locals, glob and group imports, re-exported
    # aliases, operators, `?` into From, Drop, async fns, default methods through bounds,
    # `impl Trait` returns
    "super": "mod a { pub mod b { pub fn f() { super::g() } } pub fn g() { time::now(); } }\n"
    "fn main() { a::b::f(); }\n",
    "crate": "mod a { pub fn f() { crate::b::g() } }\nmod b { pub fn g() { time::now(); } }\n"
    "fn main() { a::f(); }\n",
    "ufcs": "trait T { fn go(&self); }\nstruct S;\nimpl T for S { fn go(&self) { time::now(); } }\n"
    "fn main() { let s = S; T::go(&s); }\n",
    "boxed-closure": "fn main() { let f: Box<dyn Fn()> = Box::new(|| { time::now(); }); f(); }\n",
    "adapter": "fn main() { let v = vec![1];\n"
    "let _t: Vec<_> = v.iter().map(|_| time::now()).collect(); }\n",
    "fn-pointer": "fn tick() { time::now(); }\nfn main() { let f: fn() = tick; f(); }\n",
    "glob-self": "mod clock { pub fn read() { time::now(); } }\nuse self::clock::*;\n"
    "fn main() { read(); }\n",
    "group": "use time::{self as t};\nfn main() { t::now(); }\n",
    "re-exported-alias": "mod m { pub use time::now as stamp; }\nfn main() { m::stamp(); }\n",
    "operator": "use std::ops::Add;\nstruct W(u8);\n"
    "impl Add for W { type Output = W; fn add(self, o: W) -> W { time::now(); W(self.0 + o.0) } }\n"
    "fn main() { let _ = W(1) + W(2); }\n",
    "question-mark": "struct E;\n"
    "impl From<std::io::Error> for E { fn from(_: std::io::Error) -> E { time::now(); E } }\n"
    'fn run() -> Result<(), E> { std::fs::read("x")?; Ok(()) }\nfn main() { let _ = run(); }\n',
    "drop": "struct G;\nimpl Drop for G { fn drop(&mut self) { time::now(); } }\n"
    "fn main() { let _g = G; }\n",
    "async": "async fn go() { time::now(); }\nfn main() { let _f = go(); }\n",
    "default-method": "trait T { fn go(&self) { time::now(); } }\nstruct S;\nimpl T for S {}\n"
    "fn call<X: T>(x: &X) { x.go(); }\nfn main() { call(&S); }\n",
    "impl-trait": "trait T { fn go(&self); }\nstruct S;\n"
    "impl T for S { fn go(&self) { time::now(); } }\n"
    "fn make() -> impl T { S }\nfn main() { make().go(); }\n",
}
NOT_REACHABLE = {
    # a Drop or From impl of a type nobody builds or converts into, a trait impl of a type
    # nobody constructs
    "drop-of-unbuilt": "struct G;\nimpl Drop for G { fn drop(&mut self) { time::now(); } }\n"
    "fn main() {}\n",
    "from-unused": "struct E;\n"
    "impl From<std::io::Error> for E { fn from(_: std::io::Error) -> E { time::now(); E } }\n"
    'fn main() { let _ = std::fs::read("x"); }\n',
    "dyn-unbuilt": "trait T { fn go(&self); }\nstruct S;\nstruct U;\n"
    "impl T for S { fn go(&self) { time::now(); } }\nimpl T for U { fn go(&self) {} }\n"
    "fn main() { let u: &dyn T = &U; u.go(); }\n",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_shapes_that_reach(shape: str, tmp_path: Path) -> None:
    assert _state(_project(tmp_path, SHAPES[shape])) == "reachable"


@pytest.mark.parametrize("shape", sorted(NOT_REACHABLE))
def test_shapes_that_do_not(shape: str, tmp_path: Path) -> None:
    assert _state(_project(tmp_path, NOT_REACHABLE[shape])) == "not-reachable"


def _shared_dependency(tmp_path: Path, edition: str) -> Path:
    """An app whose build script turns a feature of a dependency on that its program also
    uses: only Cargo's resolver 1 unifies the two."""
    project = tmp_path / edition
    shutil.copytree(WORKSPACES / "direct-call" / "vendor", project / "vendor")
    (project / "src").mkdir()
    (project / "Cargo.toml").write_text(
        f'[package]\nname = "app"\nversion = "0.1.0"\nedition = "{edition}"\n'
        '[dependencies]\nclockcore = "0.1"\n'
        '[build-dependencies]\nclockcore = { version = "0.1", features = ["clock"] }\n'
    )
    (project / "build.rs").write_text("fn main() { clockcore::version(); }\n")
    (project / "src" / "main.rs").write_text("fn main() { clockcore::stamp(); }\n")
    core = project / "vendor" / "clockcore"
    (core / "src").mkdir(parents=True)
    (core / "Cargo.toml").write_text(
        '[package]\nname = "clockcore"\nversion = "0.1.0"\n'
        '[features]\nclock = []\n[dependencies]\ntime = "0.1"\n'
    )
    (core / "src" / "lib.rs").write_text(
        "pub fn version() -> u32 { 1 }\n"
        '#[cfg(feature = "clock")]\npub fn stamp() { time::now(); }\n'
        '#[cfg(not(feature = "clock"))]\npub fn stamp() {}\n'
    )
    registry = 'source = "registry+https://github.com/rust-lang/crates.io-index"\n'
    checksum = 'checksum = "' + "0" * 64 + '"\n'
    (project / "Cargo.lock").write_text(
        'version = 3\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = ["clockcore"]\n'
        '[[package]]\nname = "clockcore"\nversion = "0.1.0"\n'
        + registry
        + checksum
        + 'dependencies = ["time"]\n'
        '[[package]]\nname = "time"\nversion = "0.1.45"\n' + registry + checksum
    )
    return project


def test_build_dependencies_features_stay_apart_with_resolver_2(tmp_path: Path) -> None:
    assert _state(_shared_dependency(tmp_path, "2021")) == "not-reachable"
    assert _state(_shared_dependency(tmp_path, "2018")) == "reachable"  # resolver 1 unifies
