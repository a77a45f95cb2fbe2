//! commit-msg hook: checks the first line against the Conventional Commits grammar.

const TYPES: &[&str] = &["feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert"];

fn check(first: &str) -> Result<(), String> {
    let (head, subject) = first.split_once(": ").ok_or("missing `type: subject`")?;
    let ty = head.trim_end_matches('!').split('(').next().unwrap_or("");
    if !TYPES.contains(&ty) {
        return Err(format!("unknown type `{ty}`"));
    }
    if subject.trim().is_empty() {
        return Err("empty subject".into());
    }
    if first.len() > 100 {
        return Err("header longer than 100 characters".into());
    }
    Ok(())
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: commitlint-hooks <commit-msg-file>");
        std::process::exit(2);
    };
    let msg = std::fs::read_to_string(&path).unwrap_or_default();
    let first = msg.lines().find(|l| !l.starts_with('#')).unwrap_or("");
    if let Err(e) = check(first) {
        eprintln!("commitlint: {e}\n  > {first}");
        std::process::exit(1);
    }
}
