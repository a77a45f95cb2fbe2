//! Pretty changelog and log rendering.

use owo_colors::OwoColorize;

#[derive(Debug, Clone, Copy)]
pub enum Kind {
    Added,
    Changed,
    Fixed,
    Removed,
}

pub struct Entry<'a> {
    pub kind: Kind,
    pub text: &'a str,
}

pub fn render(version: &str, entries: &[Entry<'_>]) -> String {
    let mut out = format!("{}\n", format!("## {}", version).bold());
    for e in entries {
        let tag = match e.kind {
            Kind::Added => "added".green().to_string(),
            Kind::Changed => "changed".yellow().to_string(),
            Kind::Fixed => "fixed".cyan().to_string(),
            Kind::Removed => "removed".red().to_string(),
        };
        out.push_str(&format!("  - [{}] {}\n", tag, e.text));
    }
    out
}

pub fn log(level: &str, msg: &str) {
    println!("{} {}", format!("[{}]", level).dimmed(), msg);
}
