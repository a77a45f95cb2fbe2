//! TeamCity service messages.
//!
//! ```no_run
//! use teamcity_messages::Messages;
//! let tc = Messages::detect();           // disabled outside TeamCity
//! tc.test_started("parser::empty_input");
//! tc.test_finished("parser::empty_input", 12);
//! tc.statistic("binary_size_bytes", 1_843_200);
//! tc.build_number("1.4.0-{build.number}");
//! ```
//!
//! Messages go to stdout, where the TeamCity agent parses them. Values are
//! escaped per the service message grammar (`|'`, `|n`, `|[` ...). When
//! output includes text from the build (test failure details, command lines),
//! values of password parameters are replaced by `*****` before printing,
//! using the names TeamCity lists in the build's own properties file.

use std::collections::BTreeSet;
use std::io::{self, Write};
use std::sync::Mutex;

mod props;

pub struct Messages {
    enabled: bool,
    flow: Option<String>,
    masks: BTreeSet<String>,
    out: Mutex<Box<dyn Write + Send>>,
}

/// Escape a value for a service message attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => out.push_str("||"),
            '\'' => out.push_str("|'"),
            '\n' => out.push_str("|n"),
            '\r' => out.push_str("|r"),
            '[' => out.push_str("|["),
            ']' => out.push_str("|]"),
            '\u{0085}' => out.push_str("|x"),
            '\u{2028}' => out.push_str("|l"),
            '\u{2029}' => out.push_str("|p"),
            c => out.push(c),
        }
    }
    out
}

impl Messages {
    /// Enabled when `TEAMCITY_VERSION` is set. Password parameter values are
    /// loaded (in memory only) so they can be masked in emitted text.
    pub fn detect() -> Self {
        let enabled = std::env::var_os("TEAMCITY_VERSION").is_some();
        let masks = if enabled { props::password_values() } else { BTreeSet::new() };
        Messages { enabled, flow: None, masks, out: Mutex::new(Box::new(io::stdout())) }
    }

    pub fn to_writer(w: Box<dyn Write + Send>) -> Self {
        Messages { enabled: true, flow: None, masks: BTreeSet::new(), out: Mutex::new(w) }
    }

    pub fn with_flow(mut self, id: &str) -> Self {
        self.flow = Some(id.to_owned());
        self
    }

    /// Replace known secret values with asterisks.
    pub fn mask(&self, s: &str) -> String {
        let mut out = s.to_owned();
        for secret in self.masks.iter().filter(|m| m.len() >= 4) {
            out = out.replace(secret.as_str(), "*****");
        }
        out
    }

    fn emit(&self, name: &str, attrs: &[(&str, &str)]) {
        if !self.enabled {
            return;
        }
        let mut line = format!("##teamcity[{}", name);
        for (k, v) in attrs {
            line.push_str(&format!(" {}='{}'", k, escape(&self.mask(v))));
        }
        if let Some(f) = &self.flow {
            line.push_str(&format!(" flowId='{}'", escape(f)));
        }
        line.push(']');
        let _ = writeln!(self.out.lock().unwrap(), "{}", line);
    }

    pub fn test_suite_started(&self, name: &str) {
        self.emit("testSuiteStarted", &[("name", name)]);
    }

    pub fn test_suite_finished(&self, name: &str) {
        self.emit("testSuiteFinished", &[("name", name)]);
    }

    pub fn test_started(&self, name: &str) {
        self.emit("testStarted", &[("name", name), ("captureStandardOutput", "true")]);
    }

    pub fn test_finished(&self, name: &str, millis: u64) {
        self.emit("testFinished", &[("name", name), ("duration", &millis.to_string())]);
    }

    pub fn test_failed(&self, name: &str, message: &str, details: &str) {
        self.emit("testFailed", &[("name", name), ("message", message), ("details", details)]);
    }

    pub fn test_ignored(&self, name: &str, message: &str) {
        self.emit("testIgnored", &[("name", name), ("message", message)]);
    }

    pub fn build_problem(&self, description: &str) {
        self.emit("buildProblem", &[("description", description)]);
    }

    pub fn build_status(&self, text: &str) {
        self.emit("buildStatus", &[("text", text)]);
    }

    /// Single-attribute form: `##teamcity[buildNumber '<value>']`.
    pub fn build_number(&self, n: &str) {
        if self.enabled {
            let _ = writeln!(self.out.lock().unwrap(), "##teamcity[buildNumber '{}']", escape(&self.mask(n)));
        }
    }

    pub fn statistic(&self, key: &str, value: i64) {
        self.emit("buildStatisticValue", &[("key", key), ("value", &value.to_string())]);
    }

    pub fn set_parameter(&self, name: &str, value: &str) {
        self.emit("setParameter", &[("name", name), ("value", value)]);
    }

    pub fn block_opened(&self, name: &str) {
        self.emit("blockOpened", &[("name", name)]);
    }

    pub fn block_closed(&self, name: &str) {
        self.emit("blockClosed", &[("name", name)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[derive(Clone, Default)]
    struct Buf(Arc<Mutex<Vec<u8>>>);
    impl Write for Buf {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn escapes_and_masks() {
        let buf = Buf::default();
        let mut tc = Messages::to_writer(Box::new(buf.clone()));
        tc.masks.insert("EXAMPLE-secret".into());
        tc.test_failed("a [b]", "it's", "token EXAMPLE-secret\nline");
        let s = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
        assert_eq!(s, "##teamcity[testFailed name='a |[b|]' message='it|'s' details='token *****|nline']\n");
    }
}
