//! `gui-env-sync apply` copies PATH, CARGO_HOME, RUSTUP_HOME ... from your login shell into the
//! launchd user session so Finder-launched apps see them; `gui-env-sync install` re-applies at login.

#[cfg(target_os = "macos")]
mod agent;
#[cfg(target_os = "macos")]
mod preload;

const VARS: &[&str] = &["PATH", "CARGO_HOME", "RUSTUP_HOME", "GOPATH", "JAVA_HOME", "PYENV_ROOT", "NVM_DIR"];

fn shell_env() -> Vec<(String, String)> {
    let shell = std::env::var("SHELL").unwrap_or_else(|_| "/bin/zsh".into());
    let out = std::process::Command::new(&shell).args(["-l", "-i", "-c", "env"]).output();
    let text = out.map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.split_once('='))
        .filter(|(k, _)| VARS.contains(k))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[cfg(target_os = "macos")]
fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("apply") | None => {
            for (k, v) in shell_env() {
                let _ = std::process::Command::new("launchctl").args(["setenv", &k, &v]).status();
                println!("{k} synced");
            }
            preload::apply();
        }
        Some("install") => {
            agent::install();
            println!("will re-apply at every login");
        }
        Some(other) => eprintln!("unknown command {other}"),
    }
}

#[cfg(not(target_os = "macos"))]
fn main() {
    eprintln!("gui-env-sync is only needed on macOS");
}
