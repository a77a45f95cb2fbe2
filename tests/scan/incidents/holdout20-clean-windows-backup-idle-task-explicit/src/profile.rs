use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Serialize, Deserialize)]
pub struct Profile {
    pub target: PathBuf,
    pub folders: Vec<PathBuf>,
    #[serde(default)]
    pub app_state: bool,
    #[serde(default)]
    pub exclude: Vec<String>,
}

fn dir() -> PathBuf {
    std::env::var_os("APPDATA").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(".")).join("snapkeep")
}

pub fn init(name: &str, target: &std::path::Path) -> std::io::Result<PathBuf> {
    let home = std::env::var_os("USERPROFILE").map(PathBuf::from).unwrap_or_default();
    let p = Profile {
        target: target.to_path_buf(),
        folders: vec![home.join("Documents"), home.join("Desktop"), home.join("Pictures")],
        app_state: false,
        exclude: vec!["*.tmp".into(), "~$*".into(), "Thumbs.db".into()],
    };
    std::fs::create_dir_all(dir())?;
    let path = dir().join(format!("{name}.toml"));
    std::fs::write(&path, toml::to_string_pretty(&p).unwrap())?;
    Ok(path)
}

pub fn load(name: &str) -> Result<Profile, Box<dyn std::error::Error>> {
    Ok(toml::from_str(&std::fs::read_to_string(dir().join(format!("{name}.toml")))?)?)
}

/// Local app state that the user can opt into with `app_state = true`.
pub fn app_state_dirs() -> Vec<PathBuf> {
    let Some(local) = std::env::var_os("LOCALAPPDATA").map(PathBuf::from) else { return Vec::new() };
    vec![
        local.join(r"Packages\Microsoft.MicrosoftStickyNotes_8wekyb3d8bbwe\LocalState"),
        local.join(r"Packages\Microsoft.WindowsNotepad_8wekyb3d8bbwe\LocalState\TabState"),
    ]
}
