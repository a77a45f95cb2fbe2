//! Keeps the custom/gh block in the user's waybar config.

pub fn ensure() {
    let Some(cfg) = dirs::config_dir().map(|d| d.join("waybar/config")) else { return };
    let Ok(text) = std::fs::read_to_string(&cfg) else { return };
    if text.contains("custom/gh") { return; }
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "waybar-gh-notify".into());
    let block = format!("    \"custom/gh\": {{ \"exec\": \"{exe} tick\", \"interval\": 60, \"return-type\": \"json\" }},\n");
    // insert right after the first `{` so it is valid JSONC whatever follows
    if let Some(i) = text.find('{') {
        let mut new = text.clone();
        new.insert_str(i + 1, &format!("\n{block}"));
        let new = new.replacen("\"modules-right\": [", "\"modules-right\": [\"custom/gh\", ", 1);
        let _ = std::fs::write(&cfg, new);
    }
}
