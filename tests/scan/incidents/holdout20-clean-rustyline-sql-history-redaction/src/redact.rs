use regex::Regex;
use std::borrow::Cow;
use std::sync::OnceLock;

fn patterns() -> &'static [Regex] {
    static P: OnceLock<Vec<Regex>> = OnceLock::new();
    P.get_or_init(|| {
        [
            r"(?i)(password\s*=?\s*)'[^']*'",
            r"(?i)(identified\s+by\s*)'[^']*'",
            r"(?i)(://[^:/@\s]+:)[^@\s]+(@)",
        ]
        .iter()
        .map(|p| Regex::new(p).unwrap())
        .collect()
    })
}

pub fn contains_secret(line: &str) -> bool {
    patterns().iter().any(|r| r.is_match(line))
}

pub fn redact(line: &str) -> Cow<'_, str> {
    let mut out = Cow::Borrowed(line);
    for (i, r) in patterns().iter().enumerate() {
        let rep = if i == 2 { "${1}<redacted>${2}" } else { "${1}'<redacted>'" };
        if r.is_match(&out) {
            out = Cow::Owned(r.replace_all(&out, rep).into_owned());
        }
    }
    out
}

pub fn mask_for_display(line: &str) -> String {
    let mut out = line.to_string();
    for r in patterns() {
        out = r
            .replace_all(&out, |c: &regex::Captures| {
                let whole = c.get(0).unwrap().as_str();
                let keep = c.get(1).map(|m| m.as_str()).unwrap_or("");
                let tail = c.get(2).map(|m| m.as_str()).unwrap_or("");
                format!("{keep}{}{tail}", "*".repeat(whole.len() - keep.len() - tail.len()))
            })
            .into_owned();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts() {
        assert_eq!(redact("ALTER USER bob PASSWORD 'hunter2';"), "ALTER USER bob PASSWORD '<redacted>';");
        assert_eq!(redact(r"\c postgres://bob:pw@db.example.com/app"), r"\c postgres://bob:<redacted>@db.example.com/app");
        assert_eq!(mask_for_display("x password 'abc'"), "x password *****");
    }
}
