//! Reads menuentry / submenu titles from grub.cfg and renders them in GRUB_DEFAULT's
//! "Submenu>Entry" form.

use std::path::Path;

fn title(line: &str) -> Option<String> {
    let rest = line.trim_start().strip_prefix("menuentry ").or_else(|| line.trim_start().strip_prefix("submenu "))?;
    let q = rest.chars().next()?;
    let end = rest[1..].find(q)? + 1;
    Some(rest[1..end].to_owned())
}

pub fn menu_entries(cfg: &Path) -> anyhow::Result<Vec<String>> {
    let text = std::fs::read_to_string(cfg)?;
    let mut stack: Vec<(String, usize)> = Vec::new();
    let mut out = Vec::new();
    let mut depth = 0usize;
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("submenu ") {
            if let Some(name) = title(t) {
                stack.push((name, depth));
            }
        } else if t.starts_with("menuentry ") {
            if let Some(name) = title(t) {
                let prefix: Vec<&str> = stack.iter().map(|(n, _)| n.as_str()).collect();
                out.push(if prefix.is_empty() { name } else { format!("{}>{}", prefix.join(">"), name) });
            }
        }
        depth += t.matches('{').count();
        depth = depth.saturating_sub(t.matches('}').count());
        while stack.last().is_some_and(|(_, d)| *d >= depth) && t.contains('}') {
            stack.pop();
        }
    }
    Ok(out)
}
