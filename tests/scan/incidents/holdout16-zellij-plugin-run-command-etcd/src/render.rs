use unicode_width::UnicodeWidthStr;

use crate::git::Status;

const BRANCH: &str = "\u{e0a0}";

pub fn line(status: Option<&Status>, cols: usize) -> String {
    let Some(s) = status else { return String::new() };
    let mut parts = vec![format!("{BRANCH} {}", s.branch)];
    if s.ahead > 0 {
        parts.push(format!("↑{}", s.ahead));
    }
    if s.behind > 0 {
        parts.push(format!("↓{}", s.behind));
    }
    if s.staged + s.modified + s.untracked > 0 {
        parts.push(format!("●{} ✚{} …{}", s.staged, s.modified, s.untracked));
    }
    truncate(&format!(" {} ", parts.join(" ")), cols)
}

/// Truncates to a display width, counting double-width characters (CJK, Hangul) as two.
pub fn truncate(s: &str, cols: usize) -> String {
    if s.width() <= cols {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if out.width() + c.to_string().width() + 1 > cols {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}
