use std::time::Duration;

fn git_segment() -> Option<String> {
    let repo = gix::discover(".").ok()?;
    let head = repo.head_name().ok()??;
    let dirty = repo.is_dirty().unwrap_or(false);
    Some(format!(" \x1b[35m{}{}\x1b[0m", head.shorten(), if dirty { "*" } else { "" }))
}

fn kube_segment() -> Option<String> {
    let cfg = std::fs::read_to_string(dirs::home_dir()?.join(".kube/config")).ok()?;
    let ctx = cfg.lines().find_map(|l| l.strip_prefix("current-context:"))?.trim().to_string();
    Some(format!(" \x1b[34m⎈ {ctx}\x1b[0m"))
}

pub fn prompt(status: i32, duration_ms: u64) -> String {
    crate::ticket::count_render();
    let cwd = std::env::current_dir().unwrap_or_default();
    let home = dirs::home_dir().unwrap_or_default();
    let shown = cwd.strip_prefix(&home).map(|p| format!("~/{}", p.display())).unwrap_or_else(|_| cwd.display().to_string());
    let mut s = format!("\x1b[36m{shown}\x1b[0m");
    s += &git_segment().unwrap_or_default();
    s += &kube_segment().unwrap_or_default();
    if duration_ms > 2000 {
        s += &format!(" \x1b[33m{:?}\x1b[0m", Duration::from_millis(duration_ms));
    }
    if crate::ticket::active() {
        s += " \x1b[31m#\x1b[0m";
    }
    s += if status == 0 { "\n❯ " } else { "\n\x1b[31m❯\x1b[0m " };
    s
}
