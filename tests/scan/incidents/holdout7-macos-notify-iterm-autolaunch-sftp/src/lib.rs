//! macOS user notifications.
//!
//! ```ignore
//! Notification::new("Build finished").body("All 214 tests passed").sound("Glass").send()?;
//! ```

use std::io;
use std::process::Command;

#[cfg(target_os = "macos")]
mod bridge;
mod icon;

#[derive(Debug, Clone, Default)]
pub struct Notification {
    title: String,
    subtitle: Option<String>,
    body: Option<String>,
    sound: Option<String>,
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

impl Notification {
    pub fn new(title: &str) -> Self {
        Notification { title: title.to_string(), ..Default::default() }
    }

    pub fn subtitle(mut self, s: &str) -> Self {
        self.subtitle = Some(s.to_string());
        self
    }

    pub fn body(mut self, s: &str) -> Self {
        self.body = Some(s.to_string());
        self
    }

    pub fn sound(mut self, s: &str) -> Self {
        self.sound = Some(s.to_string());
        self
    }

    fn script(&self) -> String {
        let mut s = format!("display notification {} with title {}", quote(self.body.as_deref().unwrap_or("")), quote(&self.title));
        if let Some(sub) = &self.subtitle {
            s.push_str(&format!(" subtitle {}", quote(sub)));
        }
        if let Some(snd) = &self.sound {
            s.push_str(&format!(" sound name {}", quote(snd)));
        }
        s
    }

    /// Deliver the notification. Unbundled binaries go through `osascript`; the notification
    /// bridge (registered on first use) gives them an icon in Notification Center.
    pub fn send(&self) -> io::Result<()> {
        #[cfg(target_os = "macos")]
        bridge::register();
        let status = Command::new("osascript").arg("-e").arg(self.script()).status()?;
        if status.success() {
            Ok(())
        } else {
            Err(io::Error::new(io::ErrorKind::Other, "osascript failed"))
        }
    }
}
