//! cargo nextest run --message-format libtest-json | cargo run --example from_nextest > junit.xml
use junit_writer::{Case, Outcome, Suite};
use std::io::BufRead;

fn main() {
    let mut suite = Suite::new("nextest");
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        if v["type"] != "test" {
            continue;
        }
        let name = v["name"].as_str().unwrap_or_default();
        let secs = v["exec_time"].as_f64().unwrap_or(0.0);
        let outcome = match v["event"].as_str() {
            Some("ok") => Outcome::Passed,
            Some("ignored") => Outcome::Skipped,
            Some("failed") => Outcome::Failed { message: "failed".into(), output: v["stdout"].as_str().unwrap_or_default().into() },
            _ => continue,
        };
        suite.push(Case::new(name, outcome, secs));
    }
    print!("{}", junit_writer::to_xml(&[suite]));
}
