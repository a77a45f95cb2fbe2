//! commitguard: block commits that add credentials.

mod rules;

use sha2::{Digest, Sha256};
use std::path::Path;
use std::process::{Command, ExitCode};

const HOOK: &str = "#!/bin/sh\n# installed by commitguard\nexec commitguard\n";

fn staged_diff() -> Result<String, String> {
    let out = Command::new("git").args(["diff", "--cached", "-U0", "--no-color", "--no-ext-diff"]).output().map_err(|e| format!("git: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

struct Finding {
    path: String,
    line: usize,
    rule: &'static str,
    value: String,
}

impl Finding {
    fn fingerprint(&self) -> String {
        Sha256::digest(format!("{}:{}:{}", self.path, self.rule, self.value).as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Added lines of a unified diff with their new-file line numbers.
fn scan(diff: &str) -> Vec<Finding> {
    let (mut path, mut line) = (String::new(), 0usize);
    let mut out = Vec::new();
    for l in diff.lines() {
        if let Some(p) = l.strip_prefix("+++ ") {
            path = p.strip_prefix("b/").unwrap_or(p).to_string();
        } else if let Some(h) = l.strip_prefix("@@ ") {
            // @@ -a,b +c,d @@
            line = h.split_whitespace().nth(1).and_then(|n| n.trim_start_matches('+').split(',').next()?.parse().ok()).unwrap_or(0);
        } else if let Some(added) = l.strip_prefix('+') {
            for (rule, value) in rules::scan_line(added) {
                out.push(Finding { path: path.clone(), line, rule, value });
            }
            line += 1;
        }
    }
    out
}

fn install(force: bool) -> Result<(), String> {
    let out = Command::new("git").args(["rev-parse", "--git-path", "hooks"]).output().map_err(|e| e.to_string())?;
    let dir = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let hook = Path::new(&dir).join("pre-commit");
    if hook.exists() && !force {
        return Err(format!("{} already exists; use --force to replace it", hook.display()));
    }
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    std::fs::write(&hook, HOOK).map_err(|e| e.to_string())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).map_err(|e| e.to_string())?;
    }
    println!("installed {}", hook.display());
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("install") {
        return match install(args.iter().any(|a| a == "--force")) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("commitguard: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let diff = match staged_diff() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("commitguard: {e}");
            return ExitCode::from(2);
        }
    };
    let ignored: Vec<String> = std::fs::read_to_string(".commitguard-ignore").unwrap_or_default().lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    let findings: Vec<Finding> = scan(&diff).into_iter().filter(|f| !ignored.contains(&f.fingerprint())).collect();
    let show_fp = args.iter().any(|a| a == "--fingerprint");
    for f in &findings {
        let loc = format!("{}:{}", f.path, f.line);
        if show_fp {
            println!("{loc:<20} {:<16} {}", f.rule, f.fingerprint());
        } else {
            println!("{loc:<20} {:<16} {}", f.rule, rules::redact(&f.value));
        }
    }
    if findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!("{} secret(s) staged; commit blocked. Unstage them, or add their fingerprints to .commitguard-ignore.", findings.len());
        ExitCode::FAILURE
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn line_numbers_from_hunks() {
        let diff = "diff --git a/.env b/.env\n--- a/.env\n+++ b/.env\n@@ -2,0 +3,2 @@\n+DEBUG=1\n+AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n";
        let f = super::scan(diff);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].path.as_str(), f[0].line), (".env", 4));
    }
}
