//! ECS NDJSON output.

use serde_json::json;
use std::fs::{File, OpenOptions};
use std::io::Write;

use crate::parse::{AuthEvent, Outcome};

pub struct Sink {
    file: Option<File>,
}

impl Sink {
    pub fn open() -> Self {
        let _ = std::fs::create_dir_all("/var/log/authlog-ecs");
        let file = OpenOptions::new().create(true).append(true).open("/var/log/authlog-ecs/auth.ndjson").ok();
        Sink { file }
    }

    pub fn write(&mut self, ev: &AuthEvent) {
        let doc = json!({
            "@timestamp": ev.at.to_rfc3339(),
            "event": {
                "category": ["authentication"],
                "outcome": if ev.outcome == Outcome::Success { "success" } else { "failure" },
                "action": ev.method,
            },
            "host": { "name": ev.host },
            "process": { "name": ev.process },
            "source": { "ip": ev.source_ip },
            "user": { "name": ev.user },
        });
        if let Some(f) = self.file.as_mut() {
            let _ = writeln!(f, "{doc}");
        }
    }
}
