//! Terminal title while a command runs, with secrets masked.

use std::io::Write;

const SECRET_VARS: &[&str] = &["PASSWORD", "PASSWD", "PGPASSWORD", "MYSQL_PWD", "TOKEN", "SECRET", "API_KEY", "ACCESS_KEY"];

/// Returns the command with secret-looking values replaced, and the values that were replaced.
pub fn redact(cmd: &str) -> (String, Vec<String>) {
    let mut found = Vec::new();
    let words: Vec<&str> = cmd.split_whitespace().collect();
    let mut out = Vec::with_capacity(words.len());
    let mut mask_next = false;
    let program = words.iter().find(|w| !w.contains('=')).copied().unwrap_or("");
    for (i, w) in words.iter().enumerate() {
        if mask_next {
            found.push(w.to_string());
            out.push("•••".to_string());
            mask_next = false;
            continue;
        }
        if let Some((name, value)) = w.split_once('=') {
            let upper = name.trim_start_matches("--").to_ascii_uppercase().replace('-', "_");
            if !value.is_empty() && SECRET_VARS.iter().any(|s| upper.ends_with(s)) {
                found.push(w.to_string());
                out.push(format!("{name}=•••"));
                continue;
            }
        }
        if let Some(rest) = w.split_once("://").map(|(_, r)| r) {
            if let Some((auth, _)) = rest.split_once('@') {
                if auth.contains(':') {
                    found.push(w.to_string());
                    out.push(w.replacen(auth.split(':').nth(1).unwrap_or(""), "•••", 1));
                    continue;
                }
            }
        }
        let prog = program.rsplit('/').next().unwrap_or("");
        match (prog, *w) {
            ("mysql" | "mariadb" | "mysqldump", p) if p.starts_with("-p") && p.len() > 2 => {
                found.push(format!("{prog} {p}"));
                out.push("-p•••".into());
                continue;
            }
            ("curl", "-u" | "--user") | ("docker" | "podman" | "helm", "-p" | "--password") | ("sshpass", "-p") => mask_next = true,
            ("vault", "login") if i + 1 < words.len() && !words[i + 1].starts_with('-') => mask_next = true,
            _ => {}
        }
        out.push(w.to_string());
    }
    if found.iter().any(|f| !f.contains(program)) && !program.is_empty() {
        found.insert(0, program.to_string());
    }
    (out.join(" "), found)
}

pub fn set(title: &str) {
    if std::env::var_os("LUMEN_NO_TITLE").is_some() {
        return;
    }
    if let Ok(mut tty) = std::fs::OpenOptions::new().write(true).open("/dev/tty") {
        let title: String = title.chars().filter(|c| !c.is_control()).take(120).collect();
        let _ = write!(tty, "\x1b]2;{title}\x07");
    }
}
