//! Minimal RFC 1524 mailcap lookup.
pub(crate) fn files() -> Vec<std::path::PathBuf> {
    let mut v = Vec::new();
    if let Some(h) = std::env::var_os("HOME") { v.push(std::path::Path::new(&h).join(".mailcap")); }
    v.push("/etc/mailcap".into());
    v
}

pub(crate) fn lookup(mime: &str) -> Option<String> {
    for f in files() {
        let Ok(text) = std::fs::read_to_string(&f) else { continue };
        for line in text.lines().map(str::trim).filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let mut fields = line.splitn(3, ';');
            let (Some(ty), Some(cmd)) = (fields.next(), fields.next()) else { continue };
            let ty = ty.trim();
            let hit = ty == mime || ty.strip_suffix("/*").map_or(false, |p| mime.starts_with(p));
            if hit { return Some(cmd.trim().to_string()); }
        }
    }
    None
}
