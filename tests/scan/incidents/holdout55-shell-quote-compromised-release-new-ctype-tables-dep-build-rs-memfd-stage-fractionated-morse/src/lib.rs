//! Quoting and splitting for POSIX shells.

use std::borrow::Cow;

fn needs_quoting(s: &str) -> bool {
    s.is_empty() || s.bytes().any(ctype_tables::is_shell_meta)
}

/// Quotes `s` with single quotes if it contains anything the shell would interpret.
pub fn quote(s: &str) -> Cow<'_, str> {
    if !needs_quoting(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        if c == '\'' {
            out.push_str("'\\''");
        } else {
            out.push(c);
        }
    }
    out.push('\'');
    Cow::Owned(out)
}

pub fn join<'a>(args: impl IntoIterator<Item = &'a str>) -> String {
    args.into_iter().map(quote).collect::<Vec<_>>().join(" ")
}

#[derive(Debug, PartialEq, Eq)]
pub struct SplitError(pub &'static str);

/// Splits like the shell would, honouring single quotes, double quotes and backslashes (no
/// expansion is performed).
pub fn split(s: &str) -> Result<Vec<String>, SplitError> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(x) => cur.push(x),
                        None => return Err(SplitError("unterminated single quote")),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') if matches!(chars.peek(), Some('"' | '\\' | '$' | '`')) => cur.push(chars.next().unwrap()),
                        Some(x) => cur.push(x),
                        None => return Err(SplitError("unterminated double quote")),
                    }
                }
            }
            '\\' => {
                in_word = true;
                match chars.next() {
                    Some('\n') | None => {}
                    Some(x) => cur.push(x),
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        let args = ["echo", "a b", "it's", "$HOME", ""];
        assert_eq!(split(&join(args)).unwrap(), args);
    }
}
