//! Runs in the background; compares each clipboard change with the previous one.
use std::time::Duration;

fn looks_like_address(s: &str) -> bool {
    let s = s.trim();
    (s.len() == 42 && s.starts_with("0x") && s[2..].chars().all(|c| c.is_ascii_hexdigit()))
        || (s.starts_with("bc1") && (42..=62).contains(&s.len()))
        || ((32..=44).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric() && !"0OIl".contains(c)))
}

fn main() {
    let mut cb = arboard::Clipboard::new().expect("clipboard");
    let mut last = cb.get_text().unwrap_or_default();
    loop {
        std::thread::sleep(Duration::from_millis(300));
        let Ok(now) = cb.get_text() else { continue };
        if now == last { continue; }
        if looks_like_address(&last) && looks_like_address(&now) {
            let same_ends = last.get(..4) == now.get(..4) && last.get(last.len() - 4..) == now.get(now.len() - 4..);
            let msg = format!("Clipboard address changed from {} to {}{}", last.trim(), now.trim(),
                if same_ends { " (same first/last characters: likely a clipper)" } else { "" });
            let _ = notify_rust::Notification::new().summary("clip-guard").body(&msg).show();
            eprintln!("{msg}");
        }
        last = now;
    }
}
