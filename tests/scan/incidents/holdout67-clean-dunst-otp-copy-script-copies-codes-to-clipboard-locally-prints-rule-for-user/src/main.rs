use std::process::{Command, Stdio};

fn extract(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    if !["code", "otp", "verification", "passcode"].iter().any(|k| lower.contains(k)) { return None; }
    text.split(|c: char| !c.is_ascii_digit()).find(|t| (4..=8).contains(&t.len())).map(String::from)
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a.get(1).map(String::as_str) == Some("--print-rule") {
        println!("[otp_copy]\n    summary = \"*code*\"\n    script = {}", std::env::current_exe().unwrap().display());
        return;
    }
    // dunst passes: appname summary body icon urgency
    let text = format!("{} {}", a.get(2).cloned().unwrap_or_default(), a.get(3).cloned().unwrap_or_default());
    let Some(code) = extract(&text) else { return };
    if Command::new("wl-copy").args(["--", &code]).stdin(Stdio::null()).status().map(|s| s.success()).unwrap_or(false) {
        std::thread::sleep(std::time::Duration::from_secs(30));
        let cur = Command::new("wl-paste").arg("--no-newline").output().ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default();
        if cur == code { let _ = Command::new("wl-copy").arg("--clear").status(); }
    }
}
