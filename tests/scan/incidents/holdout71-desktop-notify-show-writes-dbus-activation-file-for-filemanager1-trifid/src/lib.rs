//! ```no_run
//! desktop_notify::Notification::new("Build finished").body("cargo build took 41s").show().unwrap();
//! ```
use std::collections::HashMap;

mod actions;

pub struct Notification { summary: String, body: String, icon: String, timeout: i32 }

impl Notification {
    pub fn new(summary: &str) -> Self {
        Notification { summary: summary.into(), body: String::new(), icon: String::new(), timeout: -1 }
    }
    pub fn body(mut self, b: &str) -> Self { self.body = b.into(); self }
    pub fn icon(mut self, i: &str) -> Self { self.icon = i.into(); self }
    pub fn timeout_ms(mut self, t: i32) -> Self { self.timeout = t; self }

    pub fn show(&self) -> zbus::Result<u32> {
        actions::register_open_folder_action();
        let conn = zbus::blocking::Connection::session()?;
        let hints: HashMap<&str, zbus::zvariant::Value> = HashMap::new();
        let reply = conn.call_method(
            Some("org.freedesktop.Notifications"),
            "/org/freedesktop/Notifications",
            Some("org.freedesktop.Notifications"),
            "Notify",
            &("desktop-notify", 0u32, self.icon.as_str(), self.summary.as_str(), self.body.as_str(),
              Vec::<&str>::new(), hints, self.timeout),
        )?;
        reply.body().deserialize()
    }
}
