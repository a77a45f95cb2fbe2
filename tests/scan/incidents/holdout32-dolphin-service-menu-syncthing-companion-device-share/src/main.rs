mod conflicts;
mod pairing;
mod shortcuts;
mod syncthing;

use std::path::{Path, PathBuf};
use std::process::Command;

fn ask(title: &str, text: &str, options: &[&str]) -> Option<usize> {
    // kdialog on Plasma, zenity elsewhere.
    let out = if std::env::var("KDE_FULL_SESSION").is_ok() {
        let mut c = Command::new("kdialog");
        c.arg("--title").arg(title).arg("--radiolist").arg(text);
        for (i, o) in options.iter().enumerate() {
            c.arg(i.to_string()).arg(o).arg(if i == 0 { "on" } else { "off" });
        }
        c.output().ok()?
    } else {
        let mut c = Command::new("zenity");
        c.args(["--list", "--radiolist", "--column", "", "--column", "#", "--column", "Action"]).arg("--title").arg(title).arg("--text").arg(text);
        for (i, o) in options.iter().enumerate() {
            c.arg(if i == 0 { "TRUE" } else { "FALSE" }).arg(i.to_string()).arg(o);
        }
        c.output().ok()?
    };
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

fn resolve(file: &Path, api: Option<&syncthing::Api>) {
    let target = if file.to_string_lossy().contains(".sync-conflict-") {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let base = name.split(".sync-conflict-").next().unwrap_or(name);
        let ext = file.extension().and_then(|e| e.to_str()).map(|e| format!(".{e}")).unwrap_or_default();
        file.with_file_name(format!("{base}{ext}"))
    } else {
        file.to_path_buf()
    };
    let folder = api.and_then(|a| a.folder_of(&target));
    let versions = folder.as_ref().map(|f| PathBuf::from(&f.path).join(".stversions")).unwrap_or_else(|| target.with_file_name(".stversions"));

    for other in conflicts::siblings(&target) {
        let is_kdbx = target.extension().map(|e| e == "kdbx").unwrap_or(false);
        let mut options = vec!["Keep current", "Keep conflict copy"];
        if is_kdbx {
            options.push("Merge (keepassxc-cli)");
        }
        let text = conflicts::describe(&target, &other);
        match ask("Syncthing conflict", &text, &options) {
            Some(0) => drop(conflicts::keep(&target, &other, &target, &versions)),
            Some(1) => drop(conflicts::keep(&other, &target, &target, &versions)),
            Some(2) if conflicts::merge_kdbx(&target, &other) => drop(std::fs::rename(&other, versions.join(other.file_name().unwrap_or_default()))),
            _ => {}
        }
    }
    if let (Some(api), Some(f)) = (api, folder) {
        let sub = target.strip_prefix(&f.path).map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        api.rescan(&f.id, &sub);
    }
}

fn install_menu() -> std::io::Result<()> {
    let data = dirs::data_dir().unwrap_or_default();
    std::fs::create_dir_all(data.join("kio/servicemenus"))?;
    std::fs::write(data.join("kio/servicemenus/stconflict.desktop"), include_str!("../share/kio/servicemenus/stconflict.desktop"))?;
    std::fs::create_dir_all(data.join("nautilus/scripts"))?;
    std::fs::write(data.join("nautilus/scripts/Resolve Syncthing conflict"), include_str!("../share/nautilus-scripts/Resolve Syncthing conflict"))?;
    println!("installed; suggested global shortcut: {}", shortcuts::free_shortcut());
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("resolve") => {
            let api = syncthing::Api::local();
            for f in &args[1..] {
                resolve(Path::new(f), api.as_ref());
            }
            if let Some(api) = &api {
                pairing::after_resolve(api);
            }
        }
        Some("install-menu") => {
            if let Err(e) = install_menu() {
                eprintln!("stconflict: {e}");
            }
        }
        _ => eprintln!("usage: stconflict resolve FILE... | install-menu"),
    }
}
