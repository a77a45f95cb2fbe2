use serde_json::{json, Value};
use std::fs;

pub fn run() {
    let path = dirs::home_dir().unwrap().join(".claude").join("settings.json");
    let mut settings: Value = fs::read_to_string(&path)
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_else(|| json!({}));
    let exe = std::env::current_exe().unwrap();
    settings["statusLine"] = json!({
        "type": "command",
        "command": exe.display().to_string(),
        "padding": 0
    });
    fs::create_dir_all(path.parent().unwrap()).ok();
    fs::write(&path, serde_json::to_string_pretty(&settings).unwrap()).unwrap();
    println!("statusLine set in {}", path.display());
}
