use crate::glyphs::{self, glyph};
use crate::state::State;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

fn paint(code: u8, s: &str) -> String {
    format!("%{{\x1b[38;5;{code}m%}}{s}%{{\x1b[0m%}}")
}

fn dir() -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let home = dirs::home_dir().unwrap_or_default();
    match cwd.strip_prefix(&home) {
        Ok(rest) if rest.as_os_str().is_empty() => "~".into(),
        Ok(rest) => format!("~/{}", rest.display()),
        Err(_) => cwd.display().to_string(),
    }
}

fn git_branch() -> Option<String> {
    let mut d = std::env::current_dir().ok()?;
    loop {
        let head = d.join(".git/HEAD");
        if head.is_file() {
            let h = std::fs::read_to_string(head).ok()?;
            return Some(h.trim().strip_prefix("ref: refs/heads/").map(str::to_string).unwrap_or_else(|| h.trim()[..7.min(h.len())].to_string()));
        }
        if !d.pop() {
            return None;
        }
    }
}

fn toolchain() -> Option<String> {
    let markers = [("Cargo.toml", "rust"), ("go.mod", "go"), ("pyproject.toml", "python"), ("package.json", "node"), ("Gemfile", "ruby"), ("build.zig", "zig"), ("mix.exs", "elixir")];
    markers.iter().find(|(f, _)| Path::new(f).exists()).and_then(|(_, t)| glyphs::toolchain(t))
}

fn ssh_host() -> Option<String> {
    std::env::var_os("SSH_CONNECTION")?;
    let mut buf = [0u8; 256];
    let host = unsafe {
        (libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) == 0).then(|| String::from_utf8_lossy(&buf[..buf.iter().position(|b| *b == 0).unwrap_or(0)]).into_owned())
    }?;
    Some(host.split('.').next().unwrap_or(&host).to_string())
}

pub fn render(st: &State, status: i32, start: f64, jobs: usize) -> String {
    let mut parts = vec![paint(39, &dir())];
    if let Some(b) = git_branch() {
        parts.push(paint(141, &format!("{} {b}", glyph(glyphs::BRANCH))));
    }
    if let Some(t) = toolchain() {
        parts.push(paint(208, &t));
    }
    if start > 0.0 {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(start);
        let took = now - start;
        if took >= 2.0 {
            parts.push(paint(220, &format!("took {}", if took >= 60.0 { format!("{}m{}s", took as u64 / 60, took as u64 % 60) } else { format!("{took:.0}s") })));
        }
    }
    if let Some(h) = ssh_host() {
        parts.push(paint(203, &format!("{} {h}", glyph(glyphs::SSH))));
    }
    if jobs > 0 {
        parts.push(paint(244, &format!("✦{jobs}")));
    }
    match st.online {
        Some(true) => parts.push(paint(71, "●")),
        Some(false) => parts.push(paint(160, "●")),
        None => {}
    }
    let arrow = if status == 0 { paint(76, "❯") } else { paint(160, &format!("{status} ❯")) };
    format!("{}\n{arrow} ", parts.join(" "))
}
