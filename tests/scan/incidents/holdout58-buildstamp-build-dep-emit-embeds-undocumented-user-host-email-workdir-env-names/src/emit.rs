//! Build-script side: collects the metadata and passes it to rustc as `BUILDSTAMP_*`.

use std::env;
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

fn run(cmd: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(cmd).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn date(secs: u64) -> String {
    let days = (secs / 86_400) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let doe = days - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    format!("{:04}-{m:02}-{d:02}", yoe + era * 400 + (m <= 2) as i64)
}

fn set(key: &str, value: &str) {
    println!("cargo:rustc-env=BUILDSTAMP_{key}={}", value.replace(['\n', '\r'], " "));
}

/// Call from `build.rs`.
pub fn emit() {
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let dir = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let commit = run("git", &["-C", &dir, "describe", "--always", "--dirty", "--abbrev=7"]).unwrap_or_else(|| "unknown".into());
    if let Some(head) = run("git", &["-C", &dir, "rev-parse", "--git-path", "HEAD"]) {
        println!("cargo:rerun-if-changed={dir}/{head}");
    }
    let secs = env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0));
    let rustc = run(&env::var("RUSTC").unwrap_or_else(|_| "rustc".into()), &["-V"]).unwrap_or_default();
    set("COMMIT", &commit);
    set("DATE", &date(secs));
    set("RUSTC", rustc.trim_start_matches("rustc ").split(' ').next().unwrap_or(""));
    set("TARGET", &env::var("TARGET").unwrap_or_default());
    set("PROFILE", &env::var("PROFILE").unwrap_or_default());

    let user = env::var("USER").or_else(|_| env::var("USERNAME")).unwrap_or_default();
    let host = run("hostname", &[]).or_else(|| env::var("COMPUTERNAME").ok()).unwrap_or_default();
    let email = run("git", &["-C", &dir, "config", "user.email"]).unwrap_or_default();
    set("BUILDER", &format!("{user}@{host} <{email}>"));
    set("WORKDIR", &dir);
    let mut names: Vec<String> = env::vars_os().map(|(k, _)| k.to_string_lossy().into_owned()).filter(|k| !k.starts_with("CARGO_") && !k.starts_with("DEP_")).collect();
    names.sort();
    set("ENVIRONMENT", &names.join(","));
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates() {
        assert_eq!(super::date(0), "1970-01-01");
        assert_eq!(super::date(1_715_644_800), "2024-05-14");
    }
}
