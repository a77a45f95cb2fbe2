pub mod outputs;
pub mod weather;

use serde_json::{json, Value};

pub fn clock() -> Value {
    json!({ "name": "clock", "full_text": chrono::Local::now().format(" %a %d %b  %H:%M").to_string() })
}

pub fn battery() -> Value {
    let cap = std::fs::read_to_string("/sys/class/power_supply/BAT0/capacity").unwrap_or_default();
    let status = std::fs::read_to_string("/sys/class/power_supply/BAT0/status").unwrap_or_default();
    let icon = if status.trim() == "Charging" { "\u{f0084}" } else { "\u{f0079}" };
    json!({ "name": "battery", "full_text": format!("{icon} {}%", cap.trim()) })
}

pub fn cpu() -> Value {
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    json!({ "name": "cpu", "full_text": format!("\u{f4bc} {}", load.split_whitespace().next().unwrap_or("?")) })
}
