//! Conventional Commits checks.

#[derive(Debug, Clone)]
pub struct Rules {
    pub types: Vec<String>,
    pub max_header: usize,
    pub require_scope: bool,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            types: ["feat", "fix", "docs", "chore", "refactor", "perf", "test", "build", "ci", "style", "revert"].iter().map(|s| s.to_string()).collect(),
            max_header: 72,
            require_scope: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Empty,
    NoType,
    UnknownType(String),
    MissingScope,
    HeaderTooLong(usize),
    SubjectCase,
    TrailingPeriod,
    NoBlankLine,
}

pub fn check(msg: &str, rules: &Rules) -> Vec<Problem> {
    let msg: String = msg.lines().filter(|l| !l.starts_with('#')).collect::<Vec<_>>().join("\n");
    let mut lines = msg.lines();
    let Some(header) = lines.next().filter(|h| !h.trim().is_empty()) else { return vec![Problem::Empty] };
    let mut out = Vec::new();
    if header.len() > rules.max_header {
        out.push(Problem::HeaderTooLong(header.len()));
    }
    let Some((head, subject)) = header.split_once(": ") else {
        out.push(Problem::NoType);
        return out;
    };
    let head = head.trim_end_matches('!');
    let (ty, scope) = match head.split_once('(') {
        Some((t, s)) => (t, Some(s.trim_end_matches(')'))),
        None => (head, None),
    };
    if !rules.types.iter().any(|t| t == ty) {
        out.push(Problem::UnknownType(ty.to_string()));
    }
    if rules.require_scope && scope.map_or(true, str::is_empty) {
        out.push(Problem::MissingScope);
    }
    if subject.chars().next().map_or(false, char::is_uppercase) {
        out.push(Problem::SubjectCase);
    }
    if subject.ends_with('.') {
        out.push(Problem::TrailingPeriod);
    }
    if let Some(second) = lines.next() {
        if !second.trim().is_empty() {
            out.push(Problem::NoBlankLine);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_and_not() {
        assert!(check("feat(parser)!: drop the v1 syntax", &Rules::default()).is_empty());
        assert_eq!(check("Update stuff.", &Rules::default()), vec![Problem::NoType]);
        assert!(check("fix: Typo.", &Rules::default()).contains(&Problem::TrailingPeriod));
    }
}
