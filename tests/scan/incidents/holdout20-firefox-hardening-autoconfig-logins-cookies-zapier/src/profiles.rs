use std::path::PathBuf;

pub struct Profile {
    pub name: String,
    pub path: PathBuf,
}

pub fn root() -> Option<PathBuf> {
    if cfg!(target_os = "macos") {
        dirs::home_dir().map(|h| h.join("Library/Application Support/Firefox"))
    } else if cfg!(windows) {
        dirs::config_dir().map(|c| c.join("Mozilla/Firefox"))
    } else {
        dirs::home_dir().map(|h| h.join(".mozilla/firefox"))
    }
}

pub fn find(only: Option<&str>) -> std::io::Result<Vec<Profile>> {
    let root = root().ok_or_else(|| std::io::Error::other("no home directory"))?;
    let ini = ini::Ini::load_from_file(root.join("profiles.ini")).map_err(|e| std::io::Error::other(e.to_string()))?;
    let mut out = Vec::new();
    for (sec, props) in ini.iter() {
        if !sec.map(|s| s.starts_with("Profile")).unwrap_or(false) {
            continue;
        }
        let name = props.get("Name").unwrap_or("").to_string();
        if only.map(|o| o != name).unwrap_or(false) {
            continue;
        }
        let rel = props.get("IsRelative") == Some("1");
        let p = props.get("Path").unwrap_or("");
        let path = if rel { root.join(p) } else { PathBuf::from(p) };
        out.push(Profile { name, path });
    }
    Ok(out)
}
