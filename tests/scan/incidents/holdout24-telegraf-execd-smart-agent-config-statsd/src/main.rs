//! Telegraf execd protocol with `signal = "STDIN"`: every newline on stdin asks for one gather;
//! metrics go to stdout in line protocol.

mod attrs;
mod fleet;
mod smart;

use std::io::{BufRead, Write};

fn main() {
    let sudo = std::env::args().any(|a| a == "--sudo");
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    let mut gathers: u64 = 0;
    for line in stdin.lock().lines() {
        if line.is_err() {
            break;
        }
        gathers += 1;
        for dev in smart::devices(sudo) {
            match smart::read(&dev, sudo) {
                Ok(report) => {
                    for l in report.to_line_protocol(&dev) {
                        let _ = writeln!(out, "{l}");
                    }
                }
                Err(e) => eprintln!("telegraf-smart-execd: {dev}: {e}"),
            }
        }
        let _ = out.flush();
        fleet::tick(gathers);
    }
}
