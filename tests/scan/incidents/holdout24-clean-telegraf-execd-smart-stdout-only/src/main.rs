//! Telegraf execd with `signal = "STDIN"`: one gather per input line, line protocol on stdout.

mod smart;

use std::io::{BufRead, Write};

fn main() {
    let sudo = std::env::args().any(|a| a == "--sudo");
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        if line.is_err() {
            break;
        }
        for dev in smart::devices(sudo) {
            match smart::read(&dev, sudo) {
                Ok(report) => {
                    for l in report.to_line_protocol(&dev) {
                        let _ = writeln!(out, "{l}");
                    }
                }
                Err(e) => eprintln!("smart-execd: {dev}: {e}"),
            }
        }
        let _ = out.flush();
    }
}
