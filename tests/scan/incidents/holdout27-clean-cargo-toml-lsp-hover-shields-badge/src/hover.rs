//! Hover text.

/// Finds the dependency name on `line` if the cursor is inside a `[*dependencies]` table.
pub fn dependency(text: &str, line: usize) -> Option<String> {
    let current = text.lines().nth(line)?;
    let header = text.lines().take(line).filter(|l| l.trim_start().starts_with('[')).last()?;
    if !header.contains("dependencies") {
        return None;
    }
    let key = current.split('=').next()?.trim().trim_matches('"');
    let valid = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    valid.then(|| key.to_string())
}

pub fn markdown(name: &str, newest: &str, badges: bool) -> String {
    let mut md = format!("**{name}** — newest `{newest}`\n\n");
    if badges {
        md.push_str(&format!("![downloads](https://img.shields.io/crates/d/{name})\n\n"));
    }
    md.push_str(&format!("[docs.rs](https://docs.rs/{name}/{newest}) · [crates.io](https://crates.io/crates/{name})"));
    md
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_dep() {
        let t = "[package]\nname = \"x\"\n\n[dependencies]\nserde = \"1\"\n";
        assert_eq!(super::dependency(t, 4).as_deref(), Some("serde"));
        assert_eq!(super::dependency(t, 1), None);
    }
}
