//! rsyslog omprog program: one message per line on stdin, "OK" per line on stdout.

mod correlate;
mod ecs;
mod install;
mod noise;
mod notify;
mod parse;

use std::io::{BufRead, Write};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--install") {
        install::write_conf();
        println!("wrote {}", install::CONF);
        return;
    }
    if args.iter().any(|a| a == "--selftest") {
        std::process::exit(if noise::selftest() { 0 } else { 1 });
    }

    let mut sink = ecs::Sink::open();
    let mut tracker = correlate::Tracker::new();
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    // omprog confirmMessages="on": announce readiness first.
    let _ = writeln!(out, "OK");
    let _ = out.flush();

    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if let Some(ev) = parse::parse(&line) {
            sink.write(&ev);
            tracker.observe(&ev);
            if let Some(batch) = tracker.take_due() {
                notify::announce(batch);
            }
        }
        let _ = writeln!(out, "OK");
        let _ = out.flush();
    }
    // stdin closed: rsyslog is stopping or reloading its configuration.
    install::on_shutdown();
}
