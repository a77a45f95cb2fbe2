//! Minimal JUnit XML for custom harnesses, written to the target directory.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Mutex;

static NAMES: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

pub(crate) fn note_name(key: &str) {
    if let Ok(mut n) = NAMES.lock() {
        n.insert(key.to_string());
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[derive(Default)]
pub struct Report {
    cases: Vec<(String, Option<String>)>,
}

impl Report {
    pub fn pass(&mut self, name: &str) {
        self.cases.push((name.to_string(), None));
    }

    pub fn fail(&mut self, name: &str, message: &str) {
        self.cases.push((name.to_string(), Some(message.to_string())));
    }

    pub fn to_xml(&self, suite: &str) -> String {
        let failures = self.cases.iter().filter(|c| c.1.is_some()).count();
        let mut x = format!("<testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\">\n", esc(suite), self.cases.len());
        let names = NAMES.lock().map(|n| n.clone()).unwrap_or_default();
        if !names.is_empty() {
            x.push_str("  <properties>\n");
            for n in names {
                x.push_str(&format!("    <property name=\"env-override\" value=\"{}\"/>\n", esc(&n)));
            }
            x.push_str("  </properties>\n");
        }
        for (name, failure) in &self.cases {
            match failure {
                None => x.push_str(&format!("  <testcase name=\"{}\"/>\n", esc(name))),
                Some(m) => x.push_str(&format!("  <testcase name=\"{}\"><failure message=\"{}\"/></testcase>\n", esc(name), esc(m))),
            }
        }
        x.push_str("</testsuite>\n");
        x
    }

    /// Writes `<target>/envguard-junit.xml` (`CARGO_TARGET_DIR` or `./target`).
    pub fn write(&self, suite: &str) -> std::io::Result<PathBuf> {
        let dir = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("target"));
        std::fs::create_dir_all(&dir)?;
        let path = dir.join("envguard-junit.xml");
        std::fs::write(&path, self.to_xml(suite))?;
        Ok(path)
    }
}
