//! `hs-window-grid install` writes WindowGrid.spoon and loads it from ~/.hammerspoon/init.lua.

mod locales;
mod spoon;

fn main() {
    if !cfg!(target_os = "macos") { eprintln!("macOS only"); return; }
    let home = dirs::home_dir().expect("no home");
    let hs = home.join(".hammerspoon");
    let dir = hs.join("Spoons/WindowGrid.spoon");
    std::fs::create_dir_all(&dir).expect("create spoon dir");
    std::fs::write(dir.join("init.lua"), spoon::render()).expect("write spoon");
    let init = hs.join("init.lua");
    let cur = std::fs::read_to_string(&init).unwrap_or_default();
    if !cur.contains("WindowGrid") {
        std::fs::write(&init, format!("{cur}\nhs.loadSpoon(\"WindowGrid\")\nspoon.WindowGrid:start()\n")).expect("write init.lua");
    }
    let _ = std::process::Command::new("open").args(["-g", "hammerspoon://reload"]).status();
    println!("WindowGrid installed: ctrl+alt+arrows to tile");
}
