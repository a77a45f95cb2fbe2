use crate::{chime, history::{History, Note}};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use zbus::zvariant::Value;

pub struct Server {
    next_id: AtomicU32,
    hist: Arc<History>,
    bar: bool,
}

impl Server {
    pub fn new(hist: Arc<History>, bar: bool) -> Self {
        Server { next_id: AtomicU32::new(1), hist, bar }
    }
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Server {
    #[allow(clippy::too_many_arguments)]
    async fn notify(
        &self,
        app_name: &str,
        replaces_id: u32,
        _app_icon: &str,
        summary: &str,
        body: &str,
        _actions: Vec<&str>,
        hints: HashMap<&str, Value<'_>>,
        _expire_timeout: i32,
    ) -> u32 {
        let id = if replaces_id != 0 { replaces_id } else { self.next_id.fetch_add(1, Ordering::Relaxed) };
        let urgency = match hints.get("urgency") {
            Some(Value::U8(u)) => *u,
            _ => 1,
        };
        let note = Note::new(id, app_name, summary, body, urgency);
        if self.bar {
            println!("{}", note.bar_line());
        }
        if urgency < 2 && !hints.contains_key("suppress-sound") {
            chime::ring(chime::DEFAULT);
        }
        self.hist.push(note);
        id
    }

    async fn close_notification(&self, id: u32) {
        self.hist.dismiss(id);
    }

    async fn get_capabilities(&self) -> Vec<&str> {
        vec!["body", "persistence", "sound"]
    }

    async fn get_server_information(&self) -> (&str, &str, &str, &str) {
        ("notifyd-lite", "notifyd-lite", env!("CARGO_PKG_VERSION"), "1.2")
    }
}
