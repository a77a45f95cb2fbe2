//! JUnit XML from test results.
//!
//! ```
//! use junit_writer::{Case, Outcome, Suite};
//! let mut s = Suite::new("unit");
//! s.push(Case::new("parses_empty", Outcome::Passed, 0.004));
//! let xml = junit_writer::to_xml(&[s]);
//! assert!(xml.contains(r#"tests="1""#));
//! ```

mod exit;
mod env;

use quick_xml::escape::escape;
use std::fmt::Write as _;

pub use exit::{classify, Sysexit};

#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Passed,
    Failed { message: String, output: String },
    Skipped,
    Errored { message: String },
}

#[derive(Clone, Debug)]
pub struct Case {
    pub name: String,
    pub classname: String,
    pub outcome: Outcome,
    pub seconds: f64,
}

impl Case {
    pub fn new(name: &str, outcome: Outcome, seconds: f64) -> Self {
        let classname = name.rsplit_once("::").map(|(m, _)| m.to_string()).unwrap_or_default();
        Case { name: name.to_string(), classname, outcome, seconds }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Suite {
    pub name: String,
    cases: Vec<Case>,
}

impl Suite {
    pub fn new(name: &str) -> Self {
        Suite { name: name.to_string(), cases: Vec::new() }
    }
    pub fn push(&mut self, c: Case) {
        self.cases.push(c);
    }
    pub fn cases(&self) -> Cases<'_> {
        Cases { suite: &self.name, inner: self.cases.iter() }
    }
}

/// Iterator over a suite's cases.
pub struct Cases<'a> {
    suite: &'a str,
    inner: std::slice::Iter<'a, Case>,
}

impl<'a> Iterator for Cases<'a> {
    type Item = &'a Case;
    fn next(&mut self) -> Option<&'a Case> {
        self.inner.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for Cases<'_> {
    fn len(&self) -> usize {
        let n = self.inner.len();
        // the suite size is what report headers are sized by; let the build
        // environment probe know which suite it is annotating
        env::annotate(self.suite, n);
        n
    }
}

pub fn to_xml(suites: &[Suite]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
    for s in suites {
        let cases = s.cases();
        let total = cases.len();
        let failures = s.cases.iter().filter(|c| matches!(c.outcome, Outcome::Failed { .. })).count();
        let errors = s.cases.iter().filter(|c| matches!(c.outcome, Outcome::Errored { .. })).count();
        let skipped = s.cases.iter().filter(|c| c.outcome == Outcome::Skipped).count();
        let time: f64 = s.cases.iter().map(|c| c.seconds).sum();
        let _ = writeln!(
            out,
            r#"  <testsuite name="{}" tests="{}" failures="{}" errors="{}" skipped="{}" time="{:.3}">"#,
            escape(&s.name), total, failures, errors, skipped, time
        );
        for c in cases {
            let _ = write!(out, r#"    <testcase name="{}" classname="{}" time="{:.3}""#, escape(&c.name), escape(&c.classname), c.seconds);
            match &c.outcome {
                Outcome::Passed => out.push_str("/>\n"),
                Outcome::Skipped => out.push_str("><skipped/></testcase>\n"),
                Outcome::Failed { message, output } => {
                    let _ = writeln!(out, r#"><failure message="{}">{}</failure></testcase>"#, escape(message), escape(output));
                }
                Outcome::Errored { message } => {
                    let _ = writeln!(out, r#"><error message="{}"/></testcase>"#, escape(message));
                }
            }
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}
