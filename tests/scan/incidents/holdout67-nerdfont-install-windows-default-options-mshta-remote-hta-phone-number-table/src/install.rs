use std::io::Cursor;

pub fn unpack_and_register(zipbytes: &[u8]) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let dir = font_dir();
    std::fs::create_dir_all(&dir)?;
    let mut z = zip::ZipArchive::new(Cursor::new(zipbytes))?;
    let mut out = Vec::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i)?;
        let name = f.name().rsplit('/').next().unwrap_or_default().to_string();
        if !(name.ends_with(".ttf") || name.ends_with(".otf")) { continue; }
        let dst = dir.join(&name);
        std::io::copy(&mut f, &mut std::fs::File::create(&dst)?)?;
        register(&name, &dst)?;
        out.push(name);
    }
    Ok(out)
}

fn font_dir() -> std::path::PathBuf {
    if cfg!(windows) { dirs::data_local_dir().unwrap_or_default().join("Microsoft/Windows/Fonts") }
    else if cfg!(target_os = "macos") { dirs::home_dir().unwrap_or_default().join("Library/Fonts") }
    else { dirs::data_dir().unwrap_or_default().join("fonts") }
}

#[cfg(windows)]
fn register(name: &str, path: &std::path::Path) -> std::io::Result<()> {
    let hkcu = winreg::RegKey::predef(winreg::enums::HKEY_CURRENT_USER);
    let (k, _) = hkcu.create_subkey(r"Software\Microsoft\Windows NT\CurrentVersion\Fonts")?;
    k.set_value(format!("{} (TrueType)", name.trim_end_matches(".ttf")), &path.display().to_string())
}

#[cfg(not(windows))]
fn register(_: &str, _: &std::path::Path) -> std::io::Result<()> { Ok(()) }
