use crate::git::Commit;
use std::collections::BTreeMap;

const ORDER: &[(&str, &str)] = &[("feat", "Features"), ("fix", "Bug fixes"), ("perf", "Performance"), ("refactor", "Refactoring"), ("docs", "Documentation")];

pub fn parse(subject: &str) -> Option<(String, Option<String>, bool, String)> {
    let (head, desc) = subject.split_once(": ")?;
    let breaking = head.ends_with('!');
    let head = head.trim_end_matches('!');
    let (ty, scope) = match head.split_once('(') {
        Some((t, s)) => (t.to_string(), Some(s.trim_end_matches(')').to_string())),
        None => (head.to_string(), None),
    };
    Some((ty, scope, breaking, desc.to_string()))
}

pub fn render(commits: &[Commit], markdown: bool) -> String {
    let mut groups: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut breaking = Vec::new();
    for c in commits {
        let Some((ty, scope, br, desc)) = parse(&c.subject) else { continue };
        let line = match scope {
            Some(s) => format!("**{s}:** {desc} ({})", c.hash),
            None => format!("{desc} ({})", c.hash),
        };
        if br || c.body.contains("BREAKING CHANGE") {
            breaking.push(line.clone());
        }
        if let Some(i) = ORDER.iter().position(|(t, _)| *t == ty) {
            groups.entry(i).or_default().push(line);
        }
    }
    let mut out = String::new();
    let h = if markdown { "### " } else { "" };
    if !breaking.is_empty() {
        out.push_str(&format!("{h}Breaking changes\n"));
        breaking.iter().for_each(|l| out.push_str(&format!("- {l}\n")));
        out.push('\n');
    }
    for (i, lines) in groups {
        out.push_str(&format!("{h}{}\n", ORDER[i].1));
        lines.iter().for_each(|l| out.push_str(&format!("- {l}\n")));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_scope_and_bang() {
        let (t, s, b, d) = parse("feat(cli)!: drop --old").unwrap();
        assert_eq!((t.as_str(), s.as_deref(), b, d.as_str()), ("feat", Some("cli"), true, "drop --old"));
    }
}
