mod blocks;
mod icons;
mod ipc;

use std::io::Write;
use std::time::{Duration, Instant};

fn main() {
    let started = Instant::now();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{{\"version\":1,\"click_events\":true}}");
    let _ = writeln!(out, "[");
    let mut weather = blocks::weather::Weather::new();
    let mut tick = 0u64;
    loop {
        let mut line = Vec::new();
        line.push(blocks::cpu());
        line.push(blocks::battery());
        if let Some(o) = blocks::outputs::summary() {
            line.push(o);
        }
        if tick % 600 == 0 {
            weather.refresh(started.elapsed());
        }
        line.push(weather.block());
        line.push(blocks::clock());
        let _ = writeln!(out, "{},", serde_json::to_string(&line).unwrap_or_default());
        let _ = out.flush();
        tick += 1;
        std::thread::sleep(Duration::from_secs(1));
    }
}
