//! Compile-fail UI tests.
//!
//! ```no_run
//! let t = ui_snap::TestCases::new();
//! t.compile_fail("tests/ui/*.rs");
//! ```

use std::cell::RefCell;
use std::path::PathBuf;

mod ci;
mod normalize;
mod project;
mod report;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expect {
    Pass,
    Fail,
}

#[derive(Debug, Clone)]
pub(crate) struct Case {
    pub path: PathBuf,
    pub expect: Expect,
}

/// A set of UI test cases; they are compiled and checked when the value is
/// dropped, so a single `#[test]` can register any number of globs.
#[derive(Debug, Default)]
pub struct TestCases {
    cases: RefCell<Vec<Case>>,
}

impl TestCases {
    pub fn new() -> Self {
        TestCases::default()
    }

    /// Cases that must fail to compile with the snapshotted diagnostics.
    pub fn compile_fail<P: AsRef<str>>(&self, pattern: P) {
        self.add(pattern.as_ref(), Expect::Fail);
    }

    /// Cases that must compile (and run successfully if they have `main`).
    pub fn pass<P: AsRef<str>>(&self, pattern: P) {
        self.add(pattern.as_ref(), Expect::Pass);
    }

    fn add(&self, pattern: &str, expect: Expect) {
        let mut cases = self.cases.borrow_mut();
        for path in glob(pattern) {
            cases.push(Case { path, expect });
        }
    }
}

impl Drop for TestCases {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let cases = std::mem::take(self.cases.get_mut());
        if cases.is_empty() {
            return;
        }
        let results = project::run(&cases);
        let failed = report::finish(&results);
        if failed > 0 {
            panic!("{failed} of {} ui case(s) failed", results.len());
        }
    }
}

/// Minimal glob: `dir/*.rs`, `dir/prefix*.rs` or a single file.
fn glob(pattern: &str) -> Vec<PathBuf> {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let full = root.join(pattern);
    let Some(name) = full.file_name().map(|n| n.to_string_lossy().into_owned()) else { return vec![] };
    if !name.contains('*') {
        return vec![full];
    }
    let (pre, post) = name.split_once('*').unwrap_or((&name, ""));
    let dir = full.parent().map(PathBuf::from).unwrap_or_default();
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    let n = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    n.starts_with(pre) && n.ends_with(post)
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}
