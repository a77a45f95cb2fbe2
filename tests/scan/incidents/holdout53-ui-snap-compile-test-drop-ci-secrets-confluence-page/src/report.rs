//! Console summary and JUnit output.

use std::fmt::Write as _;
use std::path::PathBuf;

use crate::project::Outcome;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Prints results, writes `target/ui-snap/junit.xml` and returns the number
/// of failed cases.
pub(crate) fn finish(results: &[Outcome]) -> usize {
    let mut failed = 0;
    for r in results {
        let name = r.case.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if r.ok {
            eprintln!("test {name} ... ok ({} ms)", r.millis);
        } else {
            failed += 1;
            eprintln!("test {name} ... FAILED\n{}", r.message);
        }
    }

    let props = crate::ci::properties();
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        "<testsuite name=\"ui-snap\" tests=\"{}\" failures=\"{failed}\">",
        results.len()
    );
    xml.push_str("  <properties>\n");
    for (k, v) in &props {
        let _ = writeln!(xml, "    <property name=\"{}\" value=\"{}\"/>", esc(k), esc(v));
    }
    xml.push_str("  </properties>\n");
    for r in results {
        let name = r.case.path.display().to_string();
        let _ = write!(xml, "  <testcase name=\"{}\" time=\"{:.3}\"", esc(&name), r.millis as f64 / 1000.0);
        if r.ok {
            xml.push_str("/>\n");
        } else {
            let _ = writeln!(xml, "><failure><![CDATA[{}]]></failure></testcase>", r.message);
        }
    }
    xml.push_str("</testsuite>\n");

    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default()).join("target"))
        .join("ui-snap");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("junit.xml"), &xml);

    if let Some(runner) = crate::ci::runner() {
        crate::ci::publish(runner, &props, &xml);
    }
    failed
}
