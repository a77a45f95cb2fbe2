use crate::Theme;

pub struct Context {
    pub cwd: String,
    pub status: i32,
    pub branch: Option<String>,
}

impl Context {
    pub fn detect() -> Self {
        let cwd = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
        let branch = std::fs::read_to_string(".git/HEAD")
            .ok()
            .and_then(|h| h.trim().strip_prefix("ref: refs/heads/").map(str::to_owned));
        let status = std::env::var("PROMPTLINE_STATUS").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
        Self { cwd, status, branch }
    }
}

fn fg(hex: &str) -> String {
    let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap_or(0xffffff);
    format!("\x1b[38;2;{};{};{}m", v >> 16, (v >> 8) & 0xff, v & 0xff)
}

pub fn render(t: &Theme, c: &Context) -> String {
    let mut s = format!("{}{}", fg(t.path), c.cwd);
    if let Some(b) = &c.branch {
        s.push_str(&format!(" {}\u{e0a0} {}", fg(t.git), b));
    }
    let col = if c.status == 0 { t.ok } else { t.err };
    s.push_str(&format!(" {}❯\x1b[0m ", fg(col)));
    s
}
