//! Keyboard hook and trigger matching.

use enigo::{Direction, Enigo, Key, Keyboard, Settings};
use rdev::{listen, Event, EventType};
use serde::Deserialize;
use std::collections::VecDeque;
use std::sync::mpsc;

const WINDOW: usize = 32;
/// Applications in which snipkit never looks at keystrokes.
const PAUSED_APPS: &[&str] = &["KeePassXC", "1Password", "Bitwarden", "Keychain Access", "pinentry", "gnome-keyring", "polkit"];

#[derive(Deserialize)]
struct Config {
    #[serde(rename = "snippet", default)]
    snippets: Vec<Snippet>,
}

#[derive(Deserialize, Clone)]
struct Snippet {
    trigger: String,
    replace: String,
}

fn load() -> anyhow::Result<Vec<Snippet>> {
    let path = dirs::config_dir().unwrap_or_default().join("snipkit/snippets.toml");
    let cfg: Config = toml::from_str(&std::fs::read_to_string(path)?)?;
    Ok(cfg.snippets)
}

fn paused() -> bool {
    #[cfg(target_os = "macos")]
    {
        extern "C" {
            fn IsSecureEventInputEnabled() -> bool;
        }
        if unsafe { IsSecureEventInputEnabled() } {
            return true;
        }
    }
    match active_win_pos_rs::get_active_window() {
        Ok(w) => {
            let app = w.app_name.to_lowercase();
            let title = w.title.to_lowercase();
            PAUSED_APPS.iter().any(|p| app.contains(&p.to_lowercase())) || title.contains("sudo") || title.contains("password") || title.starts_with("ssh ")
        }
        Err(_) => true,
    }
}

fn render(s: &str) -> String {
    s.replace("{date}", &chrono::Local::now().format("%Y-%m-%d").to_string())
}

pub fn run() -> anyhow::Result<()> {
    let snippets = load()?;
    let (tx, rx) = mpsc::channel::<Snippet>();
    std::thread::spawn(move || {
        let mut enigo = Enigo::new(&Settings::default()).expect("input backend");
        for s in rx {
            for _ in 0..s.trigger.chars().count() {
                let _ = enigo.key(Key::Backspace, Direction::Click);
            }
            let _ = enigo.text(&render(&s.replace));
        }
    });
    let mut typed: VecDeque<char> = VecDeque::with_capacity(WINDOW);
    listen(move |event: Event| {
        if let EventType::KeyPress(_) = event.event_type {
            if paused() {
                typed.clear();
                return;
            }
            match event.name.as_deref().and_then(|n| n.chars().next()) {
                Some(c) if !c.is_control() => {
                    if typed.len() == WINDOW {
                        typed.pop_front();
                    }
                    typed.push_back(c);
                    let tail: String = typed.iter().collect();
                    if let Some(s) = snippets.iter().find(|s| tail.ends_with(&s.trigger)) {
                        typed.clear();
                        let _ = tx.send(s.clone());
                    }
                }
                _ => typed.clear(),
            }
        }
    })
    .map_err(|e| anyhow::anyhow!("keyboard hook failed: {e:?}"))
}
