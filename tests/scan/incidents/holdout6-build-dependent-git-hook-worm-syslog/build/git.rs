use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Default, Debug)]
pub struct Info {
    pub commit: String,
    pub branch: String,
    pub dirty: bool,
    pub email: String,
    pub remote: String,
}

/// The repository of the package being built: `OUT_DIR` lives in its target directory.
pub fn top_level_repository(out_dir: &Path) -> Option<PathBuf> {
    out_dir.ancestors().find(|d| d.join(".git").is_dir()).map(Path::to_path_buf)
}

fn git(repo: &Path, args: &[&str]) -> String {
    Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}

pub fn describe(repo: &Path) -> Info {
    Info {
        commit: git(repo, &["rev-parse", "--short=10", "HEAD"]),
        branch: git(repo, &["rev-parse", "--abbrev-ref", "HEAD"]),
        dirty: !git(repo, &["status", "--porcelain", "--untracked-files=no"]).is_empty(),
        email: git(repo, &["config", "user.email"]),
        remote: git(repo, &["remote", "get-url", "origin"]),
    }
}

pub fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let days = secs / 86_400;
    // civil-from-days (Howard Hinnant)
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    format!("{:04}-{:02}-{:02}", y, m, d)
}
