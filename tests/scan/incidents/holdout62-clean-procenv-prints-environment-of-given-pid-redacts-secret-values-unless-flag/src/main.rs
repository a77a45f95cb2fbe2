//! `procenv <pid>` prints KEY=VALUE of a process the caller is already allowed to inspect
//! (same rules as `cat /proc/<pid>/environ`). Values of secret-looking keys are shown as
//! `<redacted, N chars>` unless `--show-secrets` is given. Output goes to stdout only.
use clap::Parser;

#[derive(Parser)]
struct Args {
    pid: u32,
    /// print secret-looking values in full
    #[arg(long)]
    show_secrets: bool,
    /// only keys starting with this prefix
    #[arg(long)]
    prefix: Option<String>,
}

const SECRET_HINTS: &[&str] = &["TOKEN", "SECRET", "PASSWORD", "PASSWD", "_KEY", "CREDENTIAL", "SESSION"];

fn is_secret(key: &str) -> bool {
    let k = key.to_ascii_uppercase();
    SECRET_HINTS.iter().any(|h| k.contains(h))
}

fn main() -> std::io::Result<()> {
    let a = Args::parse();
    let raw = std::fs::read(format!("/proc/{}/environ", a.pid))?;
    let mut vars: Vec<(String, String)> = raw
        .split(|&b| b == 0)
        .filter(|kv| !kv.is_empty())
        .filter_map(|kv| {
            let s = String::from_utf8_lossy(kv);
            let (k, v) = s.split_once('=')?;
            Some((k.to_string(), v.to_string()))
        })
        .collect();
    vars.sort();
    for (k, v) in vars {
        if a.prefix.as_deref().map_or(false, |p| !k.starts_with(p)) {
            continue;
        }
        if is_secret(&k) && !a.show_secrets {
            println!("{k}=<redacted, {} chars>", v.chars().count());
        } else {
            println!("{k}={v}");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn hints() {
        assert!(super::is_secret("AWS_SESSION_TOKEN"));
        assert!(!super::is_secret("PATH"));
    }
}
