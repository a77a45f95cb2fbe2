//! Minimal JUnit XML reader (testsuites / testsuite / testcase / failure / error / skipped).

use quick_xml::events::Event;
use quick_xml::Reader;

#[derive(Debug, Default)]
pub struct Failure {
    pub name: String,
    pub message: String,
    pub file: Option<String>,
    pub line: Option<u32>,
}

#[derive(Debug, Default)]
pub struct Report {
    pub passed: usize,
    pub skipped: usize,
    pub failures: Vec<Failure>,
}

impl Report {
    pub fn merge(&mut self, o: Report) {
        self.passed += o.passed;
        self.skipped += o.skipped;
        self.failures.extend(o.failures);
    }
}

/// Rust panics carry "src/lib.rs:42:9" in their message; use it as the location.
fn location(msg: &str) -> (Option<String>, Option<u32>) {
    for word in msg.split_whitespace() {
        let mut parts = word.trim_end_matches([',', ':']).split(':');
        if let (Some(f), Some(l)) = (parts.next(), parts.next()) {
            if f.ends_with(".rs") {
                return (Some(f.to_string()), l.parse().ok());
            }
        }
    }
    (None, None)
}

pub fn parse(xml: &str) -> Result<Report, quick_xml::Error> {
    let mut r = Reader::from_str(xml);
    let mut report = Report::default();
    let mut case: Option<String> = None;
    let mut failed = false;
    let mut skipped = false;
    let mut text = String::new();
    loop {
        match r.read_event()? {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"testcase" => {
                let name = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.as_ref() == b"name")
                    .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                    .unwrap_or_default();
                case = Some(name);
                failed = false;
                skipped = false;
                text.clear();
            }
            Event::Start(e) | Event::Empty(e) if matches!(e.name().as_ref(), b"failure" | b"error") => {
                failed = true;
                if let Some(m) = e.attributes().flatten().find(|a| a.key.as_ref() == b"message") {
                    text.push_str(&String::from_utf8_lossy(&m.value));
                    text.push('\n');
                }
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"skipped" => skipped = true,
            Event::Text(t) if failed => text.push_str(&t.unescape().unwrap_or_default()),
            Event::CData(t) if failed => text.push_str(&String::from_utf8_lossy(&t)),
            Event::End(e) if e.name().as_ref() == b"testcase" => {
                let name = case.take().unwrap_or_default();
                if failed {
                    let (file, line) = location(&text);
                    report.failures.push(Failure { name, message: text.trim().to_string(), file, line });
                } else if skipped {
                    report.skipped += 1;
                } else {
                    report.passed += 1;
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(report)
}
