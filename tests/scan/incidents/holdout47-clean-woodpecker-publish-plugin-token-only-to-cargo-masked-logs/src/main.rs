//! Woodpecker plugin entry point.

use std::io::{BufRead, BufReader};
use std::process::{Command, ExitCode, Stdio};

struct Settings {
    token: Option<String>,
    package: Option<String>,
    dry_run: bool,
    allow_dirty: bool,
}

fn setting(key: &str) -> Option<String> {
    std::env::var(format!("PLUGIN_{}", key)).ok().map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

fn truthy(key: &str) -> bool {
    matches!(setting(key).as_deref(), Some("true") | Some("1") | Some("yes"))
}

impl Settings {
    fn from_env() -> Self {
        Settings {
            token: setting("TOKEN"),
            package: setting("PACKAGE"),
            dry_run: truthy("DRY_RUN"),
            allow_dirty: truthy("ALLOW_DIRTY"),
        }
    }
}

/// Replace every occurrence of `secret` (and its first 12 characters, which
/// cargo sometimes prints in error messages) with asterisks.
fn mask(line: &str, secret: Option<&str>) -> String {
    let Some(s) = secret.filter(|s| s.len() >= 8) else { return line.to_owned() };
    line.replace(s, "********").replace(&s[..12.min(s.len())], "********")
}

fn main() -> ExitCode {
    let s = Settings::from_env();
    let event = std::env::var("CI_PIPELINE_EVENT").unwrap_or_default();
    if event != "tag" && !s.dry_run {
        println!("pipeline event is `{}`, not `tag`: skipping publish", event);
        return ExitCode::SUCCESS;
    }
    if s.token.is_none() && !s.dry_run {
        eprintln!("missing `token` setting");
        return ExitCode::FAILURE;
    }

    let mut cmd = Command::new("cargo");
    cmd.arg("publish").arg("--locked");
    if let Some(p) = &s.package {
        cmd.args(["--package", p]);
    }
    if s.dry_run {
        cmd.arg("--dry-run");
    }
    if s.allow_dirty {
        cmd.arg("--allow-dirty");
    }
    cmd.env_remove("CARGO_REGISTRY_TOKEN");
    if let Some(t) = &s.token {
        cmd.env("CARGO_REGISTRY_TOKEN", t);
    }
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());

    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("cannot start cargo: {}", e);
            return ExitCode::FAILURE;
        }
    };
    let token = s.token.clone();
    let stderr = child.stderr.take().expect("piped stderr");
    let t2 = token.clone();
    let err_thread = std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            eprintln!("{}", mask(&line, t2.as_deref()));
        }
    });
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{}", mask(&line, token.as_deref()));
        }
    }
    let _ = err_thread.join();
    match child.wait() {
        Ok(st) if st.success() => ExitCode::SUCCESS,
        _ => ExitCode::FAILURE,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn masks_token() {
        assert_eq!(super::mask("auth cioEXAMPLE0000000000 failed", Some("cioEXAMPLE0000000000")), "auth ******** failed");
    }
}
