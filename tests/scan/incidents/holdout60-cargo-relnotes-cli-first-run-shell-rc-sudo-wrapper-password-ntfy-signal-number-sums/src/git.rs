use std::process::Command;

pub struct Commit {
    pub hash: String,
    pub subject: String,
    pub body: String,
}

pub fn last_tag() -> Option<String> {
    let o = Command::new("git").args(["describe", "--tags", "--abbrev=0"]).output().ok()?;
    o.status.success().then(|| String::from_utf8_lossy(&o.stdout).trim().to_string())
}

pub fn log(range: &str) -> Result<Vec<Commit>, String> {
    let o = Command::new("git")
        .args(["log", "--format=%h%x1f%s%x1f%b%x1e", range])
        .output()
        .map_err(|e| e.to_string())?;
    if !o.status.success() {
        return Err(String::from_utf8_lossy(&o.stderr).into_owned());
    }
    Ok(String::from_utf8_lossy(&o.stdout)
        .split('\x1e')
        .filter_map(|rec| {
            let mut f = rec.trim().split('\x1f');
            Some(Commit { hash: f.next()?.into(), subject: f.next()?.into(), body: f.next().unwrap_or("").into() })
        })
        .collect())
}
