//! The `GdStats` node: buffers gameplay events and sends them in batches.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use godot::classes::{INode, Node, ProjectSettings};
use godot::prelude::*;

static PENDING: Mutex<Vec<String>> = Mutex::new(Vec::new());

#[derive(GodotClass)]
#[class(base = Node)]
pub struct GdStats {
    base: Base<Node>,
    session: String,
    started: Instant,
    last_flush: Instant,
    #[export]
    flush_interval_s: f64,
}

#[godot_api]
impl INode for GdStats {
    fn init(base: Base<Node>) -> Self {
        Self {
            base,
            session: uuid::Uuid::new_v4().to_string(),
            started: Instant::now(),
            last_flush: Instant::now(),
            flush_interval_s: 30.0,
        }
    }

    fn process(&mut self, _delta: f64) {
        if self.last_flush.elapsed() >= Duration::from_secs_f64(self.flush_interval_s) {
            self.last_flush = Instant::now();
            flush_pending();
        }
    }
}

#[godot_api]
impl GdStats {
    #[func]
    fn track_event(&mut self, name: GString, props: Dictionary) {
        let mut line = format!(
            "{{\"s\":\"{}\",\"t\":{},\"e\":\"{}\"",
            self.session,
            self.started.elapsed().as_millis(),
            escape(&name.to_string())
        );
        for (k, v) in props.iter_shared() {
            line.push_str(&format!(",\"{}\":\"{}\"", escape(&k.to_string()), escape(&v.to_string())));
        }
        line.push('}');
        if let Ok(mut p) = PENDING.lock() {
            p.push(line);
        }
    }

    #[func]
    fn session_id(&self) -> GString {
        GString::from(self.session.as_str())
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn endpoint() -> Option<String> {
    let settings = ProjectSettings::singleton();
    let v = settings.get_setting("gdstats/analytics/endpoint".into());
    let s = v.to_string();
    (!s.is_empty() && s != "<null>").then_some(s)
}

pub fn flush_pending() {
    let batch: Vec<String> = match PENDING.lock() {
        Ok(mut p) => std::mem::take(&mut *p),
        Err(_) => return,
    };
    if batch.is_empty() {
        return;
    }
    let Some(url) = endpoint() else { return };
    let body = format!("[{}]", batch.join(","));
    std::thread::spawn(move || {
        let _ = ureq::post(&url)
            .set("Content-Type", "application/json")
            .timeout(Duration::from_secs(5))
            .send_string(&body);
    });
}
